"""A person's title: the one the registry dates, one title a release, and lowercase after a name."""

from __future__ import annotations

import regex

from ... import lazyre
from ...model import ALWAYS_SAFE, ALWAYS_UNSAFE, Context, Finding, Fix, Span
from ...read.dateline import release_date
from ...read.people import mentions, normalise_title, title_core_start, title_text
from ...read.roles import roles
from ..spec import rule
from .house import PEOPLE, PEOPLE_STYLE, groups, match_person, titles_held

# Words a lowercased title keeps: regions and proper names that stay capitalised in AP style.
# Words a lowercased title keeps: regions and proper names that stay capitalised in AP style.
PROPER = frozenset("""Asia Pacific Europe European America Americas American North South East West Central Latin
Africa African Middle China Chinese Greater Japan India Canada Canadian Global EMEA APAC US U.S. UK U.K.
Shanghai Hong Kong Yangtze River Delta Texas California New York""".split())

_LINKS = frozenset({"of", "for", "in", "and", "at", "the", "to", "on"})
# The noun a role is named by; modifiers such as chief, senior or executive are not roles.
ROLE_NOUNS = frozenset("""president officer director manager founder co-founder cofounder chairman chairwoman chairperson
chair partner head owner secretary treasurer dean professor principal governor mayor minister senator attorney editor
counsel commissioner analyst scientist engineer strategist leader superintendent coordinator specialist consultant
advisor adviser ambassador spokesperson spokesman spokeswoman representative administrator architect physician surgeon
researcher fellow producer publisher curator conductor coach captain trustee lead inventor""".split())


def _words(title: str) -> set[str]:
    return set(normalise_title(title).split()) - _LINKS


def same_title(a: str, b: str) -> bool:
    """The same title in other words: abbreviations, word order, an organisation named or not."""
    wa, wb = _words(a), _words(b)
    return wa == wb or wa <= wb or wb <= wa


def titles_conflict(a: str, b: str) -> bool:
    """Two titles for the same kind of role that differ: "first vice president" and "senior vice
    president". A founder who is also chief executive holds two roles, which is no conflict."""
    return not same_title(a, b) and bool((_words(a) & ROLE_NOUNS) & (_words(b) & ROLE_NOUNS))


@rule("RL301", "title-registry-mismatch", severity="warning", fix=ALWAYS_UNSAFE, house=(PEOPLE,))
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
    people = PEOPLE.of(ctx.house)
    if not people:
        return
    date = release_date(release)
    for m in mentions(release):
        if m.title is None or m.past:
            continue
        person, _ = match_person(m.name_text, people)
        if person is None or not person.titles:
            continue
        held = titles_held(person, date)
        written = title_text(release, m)
        if not held or any(same_title(written, t) for t in held):
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
    for group in groups(release).values():
        titled = [m for m in group if m.title is not None and not m.past]
        reported: list[str] = []
        for i, later in enumerate(titled[1:], start=1):
            written = title_text(release, later)
            if any(same_title(written, r) for r in reported):
                continue
            for earlier in titled[:i]:
                first = title_text(release, earlier)
                if titles_conflict(written, first):
                    line = release.lines.position(earlier.title.start).line
                    reported.append(written)
                    yield Finding(later.title, f"{later.name_text} is titled '{written}' here but '{first}' "
                                               f"on line {line}")
                    break


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


@rule("RL307", "title-capitalized-after-name", severity="warning", fix=ALWAYS_SAFE, house=(PEOPLE_STYLE,))
def title_capitalized_after_name(release, ctx: Context):
    """A formal title after a name, or set off by commas, is capitalised.

    ## What it checks
    AP style capitalises a formal title only directly before a name (`Chief Executive Officer Jane
    Doe`); after the name, or set off by commas, it is lowercase (`Jane Doe, chief executive
    officer of Acme`). Acronyms (CEO), regions (Asia Pacific) and brand names keep their capitals.
    Set `house.people-style.title-case: keep` for a house that capitalises titles everywhere.
    The same holds for a title that stands without a name, in every construction: `named Jane Roe
    as Chief Marketing Officer`, `she served as Chief Financial Officer at Beta`, `Roe, who is
    Chairman of the Board`, `a retired U.S. Navy Captain`; and for a description that is no formal
    title, even before a name (`said Founder Sam Lee`, `Co-Founder Ana Ruiz`). A title followed by
    more capitalised words (`the Principal Financial Group`), an award (`Director of the Year`), a
    heading, a quotation and a title the house registry writes are left alone. Rosters (list items)
    and contact lines, which list a name and a title, are left alone.

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

    ```bad
    Acme named Jane Doe as Chief Marketing Officer. "We grew," said Co-Founder Sam Lee.
    ```
    ```fixed
    Acme named Jane Doe as chief marketing officer. "We grew," said co-founder Sam Lee.
    ```
    """
    if PEOPLE_STYLE.of(ctx.house)["title-case"] != "ap":
        return
    reported = []
    for m in mentions(release):
        if m.shape != "after" or m.title is None or _listing(release, m.title):
            continue
        written = title_text(release, m)
        lowered = _lowercased_title(written)
        if lowered != written:
            reported.append(m.title)
            yield Finding(m.title, f"'{written}' follows the name: AP style writes the title lowercase there",
                          Fix.replace(m.title, lowered, description=f"Write '{lowered}'"))
    house_titles = {t.lower() for person in PEOPLE.of(ctx.house) for t, _, _ in person.titles}
    for role in standalone_roles(release):
        span = role.title
        if (any(r.overlaps(span) for r in reported) or release.in_quote(span) or _listing(release, span)
                or release.is_protected(span)):
            continue
        written = release.text[span.start:span.end]
        if written.lower() in house_titles and not role.before_name:
            continue  # the house registry writes this title; RL301 holds it to its form
        lowered = written.lower() if role.before_name else _lowercased_title(written)
        if lowered == written:
            continue
        why = ("is a description, not a formal title: AP style writes it lowercase, even before a name" if role.before_name
               else "stands without a name: AP style capitalises a title only directly before one")
        yield Finding(span, f"'{written}' {why}", Fix.replace(span, lowered, description=f"Write '{lowered}'"))


# A roster or a contact line lists a name and a title; it is no sentence for AP's rule.
_LISTING_LINE = lazyre.compile(
    r"[ \t]*(?:[-*+•][ \t]+|\d{1,2}[.)][ \t]+|(?:\*\*|__)?(?:(?:Media|Press|PR|Investor)[ \t]+)?Contacts?\b[^:\n]{0,30}:"
    r"|(?:\*\*|__)?For[ \t]+(?:more|further)[ \t]+information[^:\n]{0,30}:)",
    regex.I,
)


# A contact label in a column of the letterhead: "FOR IMMEDIATE RELEASE          Contact: Dr. Roe, CEO".
_CONTACT_COLUMN = lazyre.compile(r"[ \t\u00a0]{2,}(?:(?:Media|Press|PR|Investor)[ \t]+)?Contacts?\b[^:\n]{0,30}:", regex.I)


def _listing(release, title: Span) -> bool:
    if release.contact is not None and release.contact.start <= title.start < release.contact.end:
        return True
    line_start = release.text.rfind("\n", 0, title.start) + 1
    return (_LISTING_LINE.match(release.text, line_start, title.start) is not None
            or _FIELD_LABEL.search(release.text, line_start, title.start) is not None
            or _CONTACT_COLUMN.search(release.text, line_start, title.start) is not None)


# A media advisory's or a programme's field: "WHO: Jane Roe, VP Product, Acme", "Presenter: Dr. Lee, Scientist".
_FIELD_LABEL = lazyre.compile(
    r"(?:^[ \t]*(?:[-*+•][ \t]+)?|[ \t][-–—|][ \t]+)(?:\*\*|__)?(?:Who|Presenters?|Speakers?|Moderators?|Panell?ists?|Hosts?|Featuring|Keynote"
    r"(?:[ \t]+Speakers?)?|Honou?rees?|Judges?|Attendees?)(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]+(?:[^.!?\n]|(?<=\b(?:Dr|Mr|Mrs|Ms|Prof|Jr|Sr|\p{Lu}))\.)*\Z",
    regex.I | regex.M,
)


_SPACE_SPLIT = lazyre.compile(r"(\s+)")
_LOWER_UPPER = lazyre.compile(r"\p{Ll}\p{Lu}")


def standalone_roles(release):
    """The release's titles that stand without a name (``read.roles``), found once a release."""
    spans = tuple(p.span for p in release.paragraphs if p.section in ("body", "about"))
    return release.derived(("roles", spans), lambda: tuple(roles(release.prose, list(spans))))
