"""RL303: a person titled otherwise than in other releases of the same period."""

from __future__ import annotations

from ...model import Context, Finding
from ...read.dateline import release_date
from ...read.people import mentions, person_key, title_text
from ..spec import rule
from .house import PEOPLE, Person, as_date, match_person, titles_held
from .titles import same_title, titles_conflict


def people_facts(release, ctx: Context):
    """Each titled person in this release: the name as written, the title and the release date."""
    date = release_date(release)
    facts = []
    for m in mentions(release):
        if m.title is not None and not m.past and len(m.name_text.split()) >= 2:
            facts.append((person_key(m.name_text), m.name_text, title_text(release, m), date.isoformat() if date else None))
    return facts or None


def people_summary(facts, ctx: Context):
    """Person key -> every (path, name as written, title, date) across the corpus."""
    seen: dict[str, list] = {}
    for path, entries in facts:
        for key, name, title, date in entries:
            seen.setdefault(key, []).append((path, name, title, date))
    return seen


@rule("RL303", "person-titles-across-releases", severity="warning", facts=people_facts, aggregate=people_summary, house=(PEOPLE,))
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
    people = PEOPLE.of(ctx.house)
    here = release_date(release)
    reported: set[str] = set()
    for m in mentions(release):
        if m.title is None or m.past or len(m.name_text.split()) < 2:
            continue
        key = person_key(m.name_text)
        if key in reported:
            continue
        written = title_text(release, m)
        person, _ = match_person(m.name_text, people)
        for path, name, title, date in summary.get(key, ()):
            if path == release.path or not titles_conflict(written, title):
                continue
            if person is not None and _registry_separates(person, written, title, here, as_date(date)):
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
        return any(same_title(title, t) for t in titles_held(person, date))

    return held(a, date_a) and held(b, date_b) and not (held(a, date_b) and held(b, date_a))
