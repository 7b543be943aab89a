"""RL3xx: each executive named and titled one way, within a release, across releases and
against the house registry.

The registry is ``house.people``: each person with the canonical name, the name order
(``given-family`` or ``family-given``), the preferred courtesy title (``none``, ``Mr.``, ``Dr.``,
...), aliases, and titles with the dates they were held. ``house.people-style`` sets the house
policies; the defaults are AP's: no courtesy titles (``Dr.`` allowed), formal titles lowercase
after a name, family name on later references.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Iterator
from functools import lru_cache

from .. import lazyre
from ..model import Finding, Fix, Span
from ..read.people import Mention, find_mentions, normalise_title, title_core_start
from ..model import Context
from .spec import built_once, freeze, rule, thaw

AP_STYLE = {"honorifics": "none", "doctor": "allow", "title-case": "ap", "later-reference": "family"}
# Words a lowercased title keeps: regions and proper names that stay capitalised in AP style.
PROPER = frozenset("""Asia Pacific Europe European America Americas American North South East West Central Latin
Africa African Middle China Chinese Greater Japan India Canada Canadian Global EMEA APAC US U.S. UK U.K.
Shanghai Hong Kong Yangtze River Delta Texas California New York""".split())


CHINESE_SURNAMES = frozenset("""wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng
liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen
yao shi fu zhong jin tan liao fan fang bai kong qiu qin jia xia gu mao hou shao meng long wan duan lei qian tang yin
yi chang wong lee chan cheung leung lau ho ng tsang kwok yeung chow lam tse chu""".split())


def style(ctx: Context) -> dict:
    return {**AP_STYLE, **dict(ctx.house.get("people-style", {}) or {})}


@dataclass(frozen=True)
class Person:
    name: str
    given: str
    family: str
    order: str
    honorific: str | None
    aliases: tuple[str, ...]
    titles: tuple[tuple[str, _dt.date | None, _dt.date | None], ...]

    @property
    def inverted(self) -> str:
        return f"{self.family} {self.given}" if self.order == "given-family" else f"{self.given} {self.family}"


def registry(ctx: Context) -> tuple[Person, ...]:
    return built_once(ctx.house.get("people") or (), _parsed)


def _parsed(entries) -> tuple:
    return _registry(freeze(list(entries)))


@lru_cache(maxsize=32)
def _registry(frozen: tuple) -> tuple[Person, ...]:
    people = []
    for entry in (thaw(e) for e in frozen):
        name = entry["name"]
        words = name.split()
        order = entry.get("order", "given-family")
        given, family = (" ".join(words[:-1]), words[-1]) if order == "given-family" else (" ".join(words[1:]), words[0])
        titles = tuple((t["title"], _date(t.get("from")), _date(t.get("to"))) for t in entry.get("titles", []))
        honorific = entry.get("honorific")
        people.append(Person(name, given, family, order, honorific,  # None: the house policy applies
                             tuple(entry.get("aliases", ())), titles))
    return tuple(people)


def _date(value):
    if value is None or isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def release_date(release) -> _dt.date | None:
    if release.dateline is not None and release.dateline.as_date is not None:
        return release.dateline.as_date
    from .dateline import _front_matter_date

    return _front_matter_date(release.front_matter.get("date"))


def mentions(release) -> list[Mention]:
    # Not the headline: in title case every word is capitalised, and "Mr. Test Prep Empowers ..." is a brand.
    spans = [p.span for p in release.paragraphs if p.section in ("body", "about")]
    return _cached_mentions(release, tuple(spans))


def _cached_mentions(release, spans):
    # Eight rules and the corpus pass read the same mentions: find them once per release.
    return release.derived(("people", spans), lambda: tuple(find_mentions(release.prose, list(spans))))


def _key(name: str) -> str:
    """People are the same person whatever the order of their names: {he, xiang}."""
    return " ".join(sorted(w.lower().strip(".") for w in name.split()))


def match_person(name: str, people: tuple[Person, ...]) -> tuple[Person | None, bool]:
    """The registry person a mention names, and whether it names them in inverted order: the
    first in the registry's order that the name is, or whose family name it is."""
    for i in built_once(people, _people_index).get(name, ()):
        person = people[i]
        if name == person.name or name in person.aliases:
            return person, False
        if name == person.inverted:
            return person, True
        if name == person.family:
            return person, False
    return None, False


def _people_index(people: tuple[Person, ...]) -> dict[str, list[int]]:
    """Each way a registry names someone (name, aliases, inverted name, family name) -> the people
    it names, in registry order: a registry of hundreds costs one lookup a mention."""
    index: dict[str, list[int]] = {}
    for i, person in enumerate(people):
        for written in {person.name, *person.aliases, person.inverted, person.family}:
            index.setdefault(written, []).append(i)
    return index


def _group_person(group: list[Mention], people: tuple[Person, ...]) -> Person | None:
    """The registry person a group of mentions names, from its full name: "Mr. He" after "Mr. Bo
    He" is Bo He, not the registry's Xiang He; "Mr. Xiang" after "Dr. Xiang He" is Xiang He."""
    if not people:
        return None
    full = next((m for m in group if len(m.name_text.split()) > 1), group[0])
    return match_person(full.name_text, people)[0]


def _groups(release) -> dict[str, list[Mention]]:
    """Mentions of one person together; a family-name-only mention joins the full name it shortens."""
    groups: dict[str, list[Mention]] = {}
    full: dict[str, str] = {}
    for m in mentions(release):
        words = m.name_text.split()
        if len(words) == 1 and words[0].lower() in full:
            groups[full[words[0].lower()]].append(m)
            continue
        key = _key(m.name_text)
        groups.setdefault(key, []).append(m)
        for w in words:
            full.setdefault(w.lower(), key)
    return groups


def _title_text(release, m: Mention) -> str:
    return release.text[m.title.start:m.title.end]


def _held(person: Person, date: _dt.date | None) -> list[str]:
    titles = []
    for title, start, end in person.titles:
        if date is None or ((start is None or start <= date) and (end is None or date <= end)):
            titles.append(title)
    return titles


_LINKS = frozenset({"of", "for", "in", "and", "at", "the", "to", "on"})
# The noun a role is named by; modifiers such as chief, senior or executive are not roles.
ROLE_NOUNS = frozenset("""president officer director manager founder co-founder cofounder chairman chairwoman chairperson
chair partner head owner secretary treasurer dean professor principal governor mayor minister senator attorney editor
counsel commissioner analyst scientist engineer strategist leader superintendent coordinator specialist consultant
advisor adviser ambassador spokesperson spokesman spokeswoman representative administrator architect physician surgeon
researcher fellow producer publisher curator conductor coach captain trustee lead inventor""".split())


def _words(title: str) -> set[str]:
    return set(normalise_title(title).split()) - _LINKS


def _same_title(a: str, b: str) -> bool:
    """The same title in other words: abbreviations, word order, an organisation named or not."""
    wa, wb = _words(a), _words(b)
    return wa == wb or wa <= wb or wb <= wa


def _conflicting(a: str, b: str) -> bool:
    """Two titles for the same kind of role that differ: "first vice president" and "senior vice
    president". A founder who is also chief executive holds two roles, which is no conflict."""
    return not _same_title(a, b) and bool((_words(a) & ROLE_NOUNS) & (_words(b) & ROLE_NOUNS))


# --------------------------------------------------------------------------- rules


@rule("RL301", "title-registry-mismatch", severity="warning", fixable=True)
def title_registry_mismatch(release, ctx: Context):
    """A person's title differs from the title the house registry says they held on the release date.

    ## What it checks
    For each person in `house.people`, each title written next to their name against the titles
    the registry lists for them, with the dates they held each (`from`, `to`). The release date is
    the dateline's, or the front matter's. A title that names the same role in other words
    (`CEO`, `chief executive officer`) is accepted.

    ## Why
    Titles change with promotions; a release that recycles last year's boilerplate gives an
    executive a title they no longer hold, and the executive notices first.

    ## Fix
    Unsafe: the registry title replaces the written one; check the sentence.

    ## Examples
    ```config
    house:
      people:
        - name: Jane Doe
          titles:
            - {title: Chief Operating Officer, from: 2019-01-01, to: 2022-12-31}
            - {title: Chief Executive Officer, from: 2023-01-01}
    ```
    ```bad
    BOSTON, June 2, 2025 — Acme opened a plant, said Jane Doe, chief operating officer of Acme.
    ```
    ```fixed
    BOSTON, June 2, 2025 — Acme opened a plant, said Jane Doe, Chief Executive Officer of Acme.
    ```

    ```good
    BOSTON, June 2, 2021 — Acme opened a plant, said Jane Doe, chief operating officer of Acme.
    ```
    """
    people = registry(ctx)
    if not people:
        return
    date = release_date(release)
    for m in mentions(release):
        if m.title is None or m.past:
            continue
        person, _ = match_person(m.name_text, people)
        if person is None or not person.titles:
            continue
        held = _held(person, date)
        written = _title_text(release, m)
        if not held or any(_same_title(written, t) for t in held):
            continue
        when = f" on {date.isoformat()}" if date else ""
        expected = held[0]
        yield Finding(m.title, f"{person.name}'s title{when} is '{expected}' in the house registry, not '{written}'",
                      Fix.replace(m.title, expected, safe=False, description=f"Write '{expected}'"))


@rule("RL302", "person-titles-mixed", severity="warning")
def person_titles_mixed(release, ctx: Context):
    """One person is given two different titles in one release.

    ## What it checks
    Every person whose name appears with a title more than once: titles that differ in their
    words (not merely in case, articles, marks or abbreviations such as CEO) are reported at the
    later mention, with the earlier title shown.

    ## Why
    Two titles for one executive in one text tell the reader that one of them is wrong.

    ## Examples
    ```bad
    Senior Vice President Xiang He opened the center. "It is a start," said Xiang He, first vice president of MicroPort.
    ```

    ```good
    Senior Vice President Xiang He opened the center. "It is a start," said Xiang He, senior vice president of MicroPort.
    ```
    """
    for group in _groups(release).values():
        titled = [m for m in group if m.title is not None and not m.past]
        reported: list[str] = []
        for i, later in enumerate(titled[1:], start=1):
            written = _title_text(release, later)
            if any(_same_title(written, r) for r in reported):
                continue
            for earlier in titled[:i]:
                first = _title_text(release, earlier)
                if _conflicting(written, first):
                    line = release.lines.position(earlier.title.start).line
                    reported.append(written)
                    yield Finding(later.title, f"{later.name_text} is titled '{written}' here but '{first}' "
                                               f"on line {line}")
                    break


def people_facts(release, ctx: Context):
    """Each titled person in this release: the name as written, the title and the release date."""
    date = release_date(release)
    facts = []
    for m in mentions(release):
        if m.title is not None and not m.past and len(m.name_text.split()) >= 2:
            facts.append((_key(m.name_text), m.name_text, _title_text(release, m), date.isoformat() if date else None))
    return facts or None


def people_summary(facts, ctx: Context):
    """Person key -> every (path, name as written, title, date) across the corpus."""
    seen: dict[str, list] = {}
    for path, entries in facts:
        for key, name, title, date in entries:
            seen.setdefault(key, []).append((path, name, title, date))
    return seen


@rule("RL303", "person-titles-across-releases", severity="warning", facts=people_facts, aggregate=people_summary)
def person_titles_across_releases(release, ctx: Context):
    """A person is given a different title here than in other releases of the same period.

    ## What it checks
    Across the releases linted together (or the configured `corpus:`), the titles written for
    each person. A title that differs from one used in another release is reported, naming that
    release, unless the house registry lists both titles with dates that separate the two
    releases (a promotion).

    ## Why
    Readers and reporters compare releases; an executive promoted and demoted between two
    releases a month apart is a correction waiting to happen.

    ## Examples
    ```corpus
    SHANGHAI, Dec. 12, 2019 — MicroPort First Vice President Xiang He attended.
    ```

    ```bad
    SHANGHAI, Nov. 24, 2020 — MicroPort Senior Vice President Xiang He attended.
    ```

    ```good
    SHANGHAI, Nov. 24, 2020 — MicroPort First Vice President Xiang He attended.
    ```
    """
    summary = ctx.corpus
    if not summary:
        return
    people = registry(ctx)
    here = release_date(release)
    reported: set[str] = set()
    for m in mentions(release):
        if m.title is None or m.past or len(m.name_text.split()) < 2:
            continue
        key = _key(m.name_text)
        if key in reported:
            continue
        written = _title_text(release, m)
        person, _ = match_person(m.name_text, people)
        for path, name, title, date in summary.get(key, ()):
            if path == release.path or not _conflicting(written, title):
                continue
            if person is not None and _registry_separates(person, written, title, here, _date(date)):
                continue
            when = f" ({date})" if date else ""
            reported.add(key)
            yield Finding(m.title, f"{m.name_text} is titled '{written}' here but '{title}' in {path}{when}")
            break


def _registry_separates(person: Person, a: str, b: str, date_a, date_b) -> bool:
    """The registry dates the titles so that each was held at its own release's date and one of them
    not at the other's (a promotion). Two titles the registry lists without dates separate nothing:
    which one is right is still open."""
    def held(title, date):
        return any(_same_title(title, t) for t in _held(person, date))

    return held(a, date_a) and held(b, date_b) and not (held(a, date_b) and held(b, date_a))


@rule("RL304", "name-order-inverted", severity="warning", fixable=True)
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
    people = registry(ctx)
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
        key = _key(m.name_text)
        seen = first_order.setdefault(key, m.name_text)
        if seen != m.name_text and seen.split() == list(reversed(words)):
            yield Finding(m.name, f"'{m.name_text}' is written '{seen}' earlier in this release: use one order",
                          Fix.replace(m.name, seen, safe=False, description=f"Write '{seen}'"))


def _honorific_text(release, m: Mention) -> str:
    return release.text[m.honorific.start:m.honorific.end]


def _removal(release, m: Mention) -> Span:
    end = m.honorific.end
    while end < len(release.text) and release.text[end] in " \t":
        end += 1
    return Span(m.honorific.start, end)


@rule("RL305", "courtesy-title", severity="warning", fixable=True)
def courtesy_title(release, ctx: Context):
    """A courtesy title (Mr., Ms., Mrs., Dr.) where the house style uses none.

    ## What it checks
    With `house.people-style.honorifics: none` (AP, the default), `Mr.`, `Ms.`, `Mrs.` and `Miss`
    before a name; `Dr.` too when `doctor: never` (AP keeps `Dr.` for physicians, so the default
    allows it). With `later`, a courtesy title on the first mention of a person. A person's own
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
    """
    house = style(ctx)
    people = registry(ctx)
    seen: set[str] = set()
    about_names = [release.text[a.name.start:a.name.end] for a in release.abouts]
    whose = {m.name.start: _group_person(group, people)
             for group in _groups(release).values() for m in group} if people else {}
    for m in mentions(release):
        if m.honorific is None:
            continue
        full = release.text[m.honorific.start:m.name.end]
        if any(full in name for name in about_names):
            continue  # "About Mr. Test Prep": a business, not a person
        as_written = _honorific_text(release, m)
        written = as_written.rstrip(".")
        key = _key(m.name_text) if len(m.name_text.split()) > 1 else m.name_text.lower()
        first = key not in seen
        seen.add(key)
        person = whose.get(m.name.start)
        own = person.honorific if person is not None else None  # None: the registry says nothing
        if own not in (None, "none"):
            continue  # the registry gives them one: RL306 checks it is that one
        if own is None:
            if house["honorifics"] == "always":
                continue
            if written in ("Dr", "Prof") and house["doctor"] == "allow":
                continue
            if house["honorifics"] == "later" and not first:
                continue
        house_word = "the house style" if ctx.house.get("people-style") else "AP style"
        why = f"the house writes {person.name} without one" if own == "none" else f"{house_word} uses none"
        if own is None and house["honorifics"] != "none":
            why = f"{house_word} uses none at the first mention"
        removal = _removal(release, m)  # the title and the space after it: the finding covers what the fix removes
        yield Finding(removal, f"courtesy title '{as_written}' before {m.name_text}: {why}",
                      Fix.replace(removal, "", description=f"Remove '{as_written}'"))


@rule("RL306", "honorific-mixed", severity="warning", fixable=True)
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
    people = registry(ctx)
    for group in _groups(release).values():
        first = None
        mixed = False
        person = _group_person(group, people)
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


_ACRONYM = lazyre.compile(r"^[\p{Lu}\d&.\-/]{2,}$")


def _lowercased_title(title: str) -> str:
    """The title in AP lowercase; an organisation name before the title proper keeps its capitals."""
    core = title_core_start(title)
    return title[:core] + _lowercase_words(title[core:])


def _lowercase_words(title: str) -> str:
    words = _SPACE_SPLIT.split(title)
    out = []
    for w in words:
        core = w.strip(",'’")
        if not w.strip() or _ACRONYM.match(core) or core in PROPER or _LOWER_UPPER.search(core) or "®" in w or "™" in w:
            out.append(w)
        else:
            out.append(w.lower())
    return "".join(out)


@rule("RL307", "title-capitalized-after-name", severity="warning", fixable=True)
def title_capitalized_after_name(release, ctx: Context):
    """A formal title after a name, or set off by commas, is capitalised.

    ## What it checks
    AP style capitalises a formal title only directly before a name (`Chief Executive Officer Jane
    Doe`); after the name, or set off by commas, it is lowercase (`Jane Doe, chief executive
    officer of Acme`). Acronyms (CEO), regions (Asia Pacific) and brand names keep their capitals.
    Set `house.people-style.title-case: keep` for a house that capitalises titles everywhere.

    ## Why
    It is the commonest AP correction a wire desk makes to a release.

    ## Fix
    Safe: the title is lowercased.

    ## Examples
    ```bad
    "It is a milestone," said Dr. Chengyun Yue, the First Vice President of Business Development of MicroPort.
    ```
    ```fixed
    "It is a milestone," said Dr. Chengyun Yue, the first vice president of business development of MicroPort.
    ```

    ```good
    "It is a milestone," said Jane Doe, CEO of Acme. Chief Executive Officer Jane Doe joined in 2019.
    ```
    """
    if style(ctx)["title-case"] != "ap":
        return
    for m in mentions(release):
        if m.shape != "after" or m.title is None:
            continue
        written = _title_text(release, m)
        lowered = _lowercased_title(written)
        if lowered != written:
            yield Finding(m.title, f"'{written}' follows the name: AP style writes the title lowercase there",
                          Fix.replace(m.title, lowered, description=f"Write '{lowered}'"))


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


_SAID = lazyre.compile(r"\s*(?:said|says|added|adds|noted|explained|commented)\b|\s*[,.]?\s*$")
_SAID_BEFORE = lazyre.compile(r"(?:said|says|added|noted|explained|commented)\s+$")


@rule("RL308", "later-reference", severity="info")
def later_reference(release, ctx: Context):
    """A later reference to a person uses the given name alone.

    ## What it checks
    After a person's full name, a later attribution by the given name alone (`Jane said`) where AP
    style uses the family name (`Doe said`), respecting the name order of registry people
    (`Peng`, not `Bo`, for Bo Peng). Set `house.people-style.later-reference: any` to turn it off.

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
    if style(ctx)["later-reference"] != "family":
        return
    people = registry(ctx)
    for group in _groups(release).values():
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
        for span in [p.span for p in release.body]:
            for g_start, g_end in _given_alone(release.prose, given, family, max(span.start, full.name.end), span.end):
                after = _SAID.match(release.prose, g_end, min(span.end, g_end + 12))
                before = _SAID_BEFORE.search(release.prose, max(span.start, g_start - 12), g_start)
                if after is None or (not after.group().strip(" ,.") and before is None):
                    continue
                yield Finding(Span(g_start, g_end), f"later references to {full.name_text} use the family name: "
                                                    f"'{family}', not '{given}'")
                break
