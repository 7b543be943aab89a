"""A person's name: one order, courtesy titles as the house uses them (one per person), and the
family name on later references."""

from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import regex

from ... import lazyre
from ...model import (
    ALWAYS_SAFE,
    ALWAYS_UNSAFE,
    SOMETIMES_UNSAFE,
    Context,
    Finding,
    Fix,
    Span,
)
from ...read.people import Mention, mentions, person_key
from ..spec import rule
from .house import PEOPLE, PEOPLE_STYLE, group_person, groups, match_person

CHINESE_SURNAMES = frozenset("""wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng
liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen
yao shi fu zhong jin tan liao fan fang bai kong qiu qin jia xia gu mao hou shao meng long wan duan lei qian tang yin
yi chang wong lee chan cheung leung lau ho ng tsang kwok yeung chow lam tse chu""".split())


@rule("RL304", "name-order-inverted", severity="warning", fix=ALWAYS_UNSAFE, house=(PEOPLE,))
def name_order_inverted(release, ctx: Context):
    """A person's name is written in the other order: `He Xiang` for `Xiang He`.

    ## What it checks
    A two-word name that the same release (or the house registry, with the person's name order)
    writes the other way round. Chinese names are often written family name first in Chinese
    and given name first in English; a release should pick one.

    ## Why
    Two orders in one text read as two people, and a reporter cannot tell which name to search.

    ## Fix
    Unsafe: the registry's order, or the release's first order, replaces the inverted one.

    ## Examples
    ```bad
    The event was attended by Dr. Xiang He. According to Dr. He Xiang, it was a success.
    ```
    ```fixed
    The event was attended by Dr. Xiang He. According to Dr. Xiang He, it was a success.
    ```

    ```good
    The event was attended by Dr. Xiang He. According to Dr. Xiang He, it was a success.
    ```
    """
    people = PEOPLE.of(ctx.house)
    first_order: dict[str, str] = {}
    for m in mentions(release):
        words = m.name_text.split()
        if len(words) != 2:
            continue
        person, inverted = match_person(m.name_text, people)
        if person is not None:
            if inverted:
                yield Finding(m.name, f"'{m.name_text}' inverts the house order of {person.name}'s name",
                              Fix.replace(m.name, person.name, safe=False, description=f"Write '{person.name}'"))
            continue
        key = person_key(m.name_text)
        seen = first_order.setdefault(key, m.name_text)
        if seen != m.name_text and seen.split() == list(reversed(words)):
            yield Finding(m.name, f"'{m.name_text}' is written '{seen}' earlier in this release: use one order",
                          Fix.replace(m.name, seen, safe=False, description=f"Write '{seen}'"))


# Words after a name that make it the name of a thing: "the Dr. Hari Saini Grant for Medical Assistants".
_THING_WORDS = frozenset("""Grant Grants Scholarship Scholarships Award Awards Prize Fund Foundation Lecture Lectures
Fellowship Endowment Chair Center Centre Institute Clinic Show Podcast Program Programme Method Protocol Way""".split())
_NEXT_WORD = lazyre.compile(r"[’']?s?\s+(\p{Lu}[\p{L}-]*)")


_LABEL_BEFORE = lazyre.compile(r"(?:\bAbout|\b\p{Lu}[\p{L}/ -]{2,24}:)[ \t]*\Z")


def _later_reference(release, m: Mention) -> bool:
    """The body named this person in full before: "Dr. Dang" after "Andrew T. Dang, MD" or "Dr.
    Andrew Dang". Not a person named only one way ("Dr. Dre", a stage name) nor part of the name
    of a thing ("the Dr. Hari Saini Grant")."""
    if _names_a_thing(release, m) or release.in_quote(m.name) or _LABEL_BEFORE.search(
            release.text, max(0, m.honorific.start - 30), m.honorific.start):
        return False  # a quotation is the speaker's words; "About Dr. ...", "Presenter: Dr. ..." are labels
    body = release.body
    start = body[0].span.start if body else 0
    before = release.text[start:m.honorific.start]
    if len(m.name_text.split()) > 1:
        return _whole_word(m.name_text).search(before) is not None
    return _full_name_ending(m.name_text).search(before) is not None


@lru_cache(maxsize=512)
def _whole_word(name: str):
    return regex.compile(rf"(?<![\p{{L}}]){regex.escape(name)}(?![\p{{L}}])")


@lru_cache(maxsize=512)
def _full_name_ending(family: str):
    """A given name (and an initial) before the family name: "Andrew T. Dang", "Gital Patel"."""
    return regex.compile(rf"(?<![\p{{L}}])(?!(?:Dr|Mr|Mrs|Ms|Prof|Mx)\b)\p{{Lu}}[\p{{Ll}}'’-]+(?:\s+\p{{Lu}}\.)?\s+"
                         rf"{regex.escape(family)}(?![\p{{L}}])")


def _names_a_thing(release, m: Mention) -> bool:
    if m.name_text.split()[-1] in _THING_WORDS:
        return True
    after = _NEXT_WORD.match(release.text, m.name.end)
    return after is not None and after.group(1) in _THING_WORDS


def _honorific_text(release, m: Mention) -> str:
    return release.text[m.honorific.start:m.honorific.end]


def _removal(release, m: Mention) -> Span:
    end = m.honorific.end
    while end < len(release.text) and release.text[end] in " \t":
        end += 1
    return Span(m.honorific.start, end)


@rule("RL305", "courtesy-title", severity="info", fix=ALWAYS_SAFE, house=(PEOPLE, PEOPLE_STYLE))
def courtesy_title(release, ctx: Context):
    """A courtesy title (Mr., Ms., Mrs., Dr.) where the house style uses none.

    ## What it checks
    With `house.people-style.honorifics: none` (AP, the default), `Mr.`, `Ms.`, `Mrs.` and `Miss`
    before a name. `Dr.` (and `Prof.`) follows `doctor`: AP keeps `Dr.` for a physician on the
    first reference only, so with `doctor: first` (the default) it is reported on a later
    reference to the same person (`Dr. Dang said` after `Dr. Thanh Dang`); `allow` keeps it on
    every reference, `never` reports it everywhere. With `later`, a courtesy title on the first
    mention of a person. A person's own
    `honorific` in the registry overrides the house policy for that person (`none`: never; a
    title: RL306 checks it is that one); a registry entry without one follows the house policy.

    ## Why
    AP style identifies people by full name, then family name; courtesy titles make one release
    read like a letter and the next like a news story.

    ## Fix
    Safe: the courtesy title is removed.

    ## Examples
    ```bad
    The agreement was signed by Mr. Bo Peng and Ms. Jane Doe.
    ```
    ```fixed
    The agreement was signed by Bo Peng and Jane Doe.
    ```

    ```good
    The agreement was signed by Bo Peng and Jane Doe. Dr. Ana Ruiz, a cardiologist, attended.
    ```

    ```bad
    Dr. Ana Ruiz, a cardiologist, opened the clinic. "We are ready," Dr. Ruiz said.
    ```
    ```fixed
    Dr. Ana Ruiz, a cardiologist, opened the clinic. "We are ready," Ruiz said.
    ```
    """
    house = PEOPLE_STYLE.of(ctx.house)
    people = PEOPLE.of(ctx.house)
    seen: set[str] = set()
    about_names = [release.text[a.name.start:a.name.end] for a in release.abouts]
    whose = {m.name.start: group_person(group, people)
             for group in groups(release).values() for m in group} if people else {}
    for m in mentions(release):
        if m.honorific is None:
            continue
        full = release.text[m.honorific.start:m.name.end]
        if any(full in name for name in about_names):
            continue  # "About Mr. Test Prep": a business, not a person
        as_written = _honorific_text(release, m)
        written = as_written.rstrip(".")
        key = person_key(m.name_text) if len(m.name_text.split()) > 1 else m.name_text.lower()
        first = key not in seen
        seen.add(key)
        person = whose.get(m.name.start)
        own = person.honorific if person is not None else None  # None: the registry says nothing
        if own not in (None, "none"):
            continue  # the registry gives them one: RL306 checks it is that one
        if own is None:
            if house["honorifics"] == "always":
                continue
            if written in ("Dr", "Prof") and house["doctor"] != "never":
                if house["doctor"] == "allow" or house["honorifics"] != "none" or not _later_reference(release, m):
                    continue
                removal = _removal(release, m)
                yield Finding(removal, f"courtesy title '{as_written}' on a later reference to {m.name_text}: "
                                       f"{'the house style' if house.given else 'AP style'} uses it on the first reference only",
                              Fix.replace(removal, "", description=f"Remove '{as_written}'"))
                continue
            if house["honorifics"] == "later" and not first:
                continue
        house_word = "the house style" if house.given else "AP style"
        why = f"the house writes {person.name} without one" if own == "none" else f"{house_word} uses none"
        if own is None and house["honorifics"] != "none":
            why = f"{house_word} uses none at the first mention"
        removal = _removal(release, m)  # the title and the space after it: the finding covers what the fix removes
        yield Finding(removal, f"courtesy title '{as_written}' before {m.name_text}: {why}",
                      Fix.replace(removal, "", description=f"Remove '{as_written}'"))


@rule("RL306", "honorific-mixed", severity="warning", fix=SOMETIMES_UNSAFE, house=(PEOPLE,))
def honorific_mixed(release, ctx: Context):
    """One person is given two different courtesy titles in one release, or one the registry does not give them.

    ## What it checks
    A person named `Mr.` in one mention and `Dr.` in another (or `Ms.` and `Mrs.`). For a person
    the house registry lists with an `honorific` (`Dr.`), any other courtesy title before their
    name, in any release: `Mr. Xiang He` one week and `Dr. Xiang He` the next is caught too.

    ## Why
    One of the two is wrong, and a reader cannot tell which.

    ## Fix
    Unsafe, and only against the registry: its courtesy title replaces the written one.

    ## Examples
    ```config
    house:
      people-style: {honorifics: always}
      people:
        - name: Xiang He
          honorific: Dr.
    ```
    ```bad
    Mr. Xiang He attended. Later, Dr. Xiang He spoke.
    ```
    ```fixed
    Dr. Xiang He attended. Later, Dr. Xiang He spoke.
    ```

    ```bad
    Ms. Jane Doe attended. Later, Mrs. Jane Doe spoke.
    ```

    ```good
    Dr. Xiang He attended. Later, Dr. Xiang He spoke. Mrs. Jane Doe chaired.
    ```
    """
    people = PEOPLE.of(ctx.house)
    for group in groups(release).values():
        first = None
        mixed = False
        person = group_person(group, people)
        if person is not None and person.honorific == "none":
            continue  # the registry gives them none: RL305 reports each one, whichever it is
        house = person.honorific if person is not None else None
        for m in group:
            if m.honorific is None:
                continue
            written = _honorific_text(release, m)
            if house is not None:
                if written.rstrip(".") != house.rstrip("."):
                    replacement = house if written.endswith(".") else house.rstrip(".")
                    yield Finding(m.honorific, f"{m.name_text} is '{written}' here; the house registry writes '{house}'",
                                  Fix.replace(m.honorific, replacement, safe=False,
                                              description=f"Write '{replacement}'"))
                continue
            if first is None:
                first = written
            elif written.rstrip(".") != first.rstrip(".") and not mixed:
                mixed = True
                yield Finding(m.honorific, f"{m.name_text} is '{written}' here but '{first}' earlier in this release")


_SPACE_RUN = lazyre.compile(r"\s+")
_SPACE_SPLIT = lazyre.compile(r"(\s+)")
_LOWER_UPPER = lazyre.compile(r"\p{Ll}\p{Lu}")


def _given_alone(prose: str, given: str, family: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Where ``given`` stands alone in ``prose[start:end]``: a whole word (not after a letter or a
    full stop, not before a letter), not followed by the family name. (A pattern per person would
    cost a compilation per release.)"""
    at = prose.find(given, start, end)
    while at >= 0:
        after = at + len(given)
        spaces = _SPACE_RUN.match(prose, after, end)
        if not (at > 0 and (prose[at - 1].isalpha() or prose[at - 1] == ".")) \
                and not (after < end and prose[after].isalpha()) \
                and not (spaces and prose.startswith(family, spaces.end()) and spaces.end() + len(family) <= end):
            yield at, after
            at = prose.find(given, after, end)
        else:
            at = prose.find(given, at + 1, end)


# A given name as a sentence's subject or owner: "Prior to his role, Michael enriched ...", "Michael’s career".
_SUBJECT_BEFORE = lazyre.compile(r"(?:\A|[.!?][\"”’)]?[ \t]+|,[ \t]+|\n[ \t]*)\Z")
_SUBJECT_AFTER = lazyre.compile(r"(?:[’']s[ \t]+\p{Ll}|[ \t]+(?!(?:and|or|of|the|a|an|in|at|for|to|from|with|by|on)\b)\p{Ll}{2,}\b)")


def _subject(release, span: Span, start: int, end: int) -> bool:
    """The given name alone opens a clause as its subject or owner, outside a quotation."""
    return (_SUBJECT_BEFORE.search(release.prose, max(span.start, start - 4), start) is not None
            and _SUBJECT_AFTER.match(release.prose, end, span.end) is not None
            and not release.in_quote(Span(start, end)))


_SAID = lazyre.compile(r"\s*(?:said|says|added|adds|noted|explained|commented)\b|\s*[,.]?\s*$")
_SAID_BEFORE = lazyre.compile(r"(?:said|says|added|noted|explained|commented)\s+$")


@rule("RL308", "later-reference", severity="info", house=(PEOPLE, PEOPLE_STYLE))
def later_reference(release, ctx: Context):
    """A later reference to a person uses the given name alone.

    ## What it checks
    After a person's full name, a later attribution by the given name alone (`Jane said`), or the
    given name alone as a clause's subject or owner (`Jane joined in 2019`, `Jane’s career`), where
    AP style uses the family name (`Doe said`), respecting the name order of registry people
    (`Peng`, not `Bo`, for Bo Peng). A release that names two people with one given name, and a
    given name inside a quotation, are left alone. Set `house.people-style.later-reference: any` to turn it off.

    ## Why
    A given name alone reads as familiarity in a news release; the family name is the house voice.

    ## Examples
    ```bad
    Jane Doe, chief executive officer of Acme, opened the plant. "We are proud," Jane said.
    ```

    ```good
    Jane Doe, chief executive officer of Acme, opened the plant. "We are proud," Doe said.
    ```
    """
    if PEOPLE_STYLE.of(ctx.house)["later-reference"] != "family":
        return
    people = PEOPLE.of(ctx.house)
    given_names = [m.name_text.split()[0] for group in groups(release).values() for m in group[:1]
                   if len(m.name_text.split()) >= 2]
    shared_given = {g for g in given_names if given_names.count(g) > 1}
    for group in groups(release).values():
        full = next((m for m in group if len(m.name_text.split()) >= 2), None)
        if full is None:
            continue
        person, inverted = match_person(full.name_text, people)
        words = full.name_text.split()
        given = person.given if person else words[0]
        family = person.family if person else words[-1]
        if inverted or given == family or len(given) < 2:
            continue
        if person is None and words[0].lower() in CHINESE_SURNAMES:
            continue  # "Sun Dong" may be family name first: which word is the family name is unknown
        if given in shared_given:
            continue  # two people of one given name: which one a given name alone means is unknown
        for span in [p.span for p in release.body] + [s for a in release.abouts for s in a.paragraphs]:
            for g_start, g_end in _given_alone(release.prose, given, family, max(span.start, full.name.end), span.end):
                after = _SAID.match(release.prose, g_end, min(span.end, g_end + 12))
                before = _SAID_BEFORE.search(release.prose, max(span.start, g_start - 12), g_start)
                attribution = after is not None and (after.group().strip(" ,.") or before is not None)
                if not attribution and not _subject(release, span, g_start, g_end):
                    continue
                yield Finding(Span(g_start, g_end), f"later references to {full.name_text} use the family name: "
                                                    f"'{family}', not '{given}'")
