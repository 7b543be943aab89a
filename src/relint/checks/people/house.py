"""The house people registry (``house.people``) and style (``house.people-style``), and which
registered person a release's mention names."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from ...house import DATE, Registry, Setting, Style, choice, setting
from ...read.people import Mention, mentions, person_key

PEOPLE_STYLE = Style("people-style", {
    "honorifics": choice("none", "later", "always",
                         doc="Courtesy titles (Mr., Dr.): none (AP), on later references only, or always."),
    "doctor": choice("first", "allow", "never",
                     doc="Where Dr. stays when courtesy titles go: on a person's first reference only (AP), "
                         "on every reference, or never."),
    "title-case": choice("ap", "keep", doc="A formal title after a name in lower case (AP), or as written."),
    "later-reference": choice("family", "any", doc="Later references by family name (AP), or by any name."),
}, doc="How people are named.")

HONORIFIC_VALUES = ("none", "Mr.", "Ms.", "Mrs.", "Dr.", "Prof.", "Mx.")


@dataclass(frozen=True)
class Person:
    name: str
    given: str
    family: str
    order: str
    honorific: str | None
    aliases: tuple[str, ...]
    titles: tuple[tuple[str, _dt.date | None, _dt.date | None], ...]  # (title, from, to)

    @property
    def inverted(self) -> str:
        return f"{self.family} {self.given}" if self.order == "given-family" else f"{self.given} {self.family}"


def as_date(value) -> _dt.date | None:
    """A registry date (a YAML date, or a string holding one)."""
    if value is None or isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _person(entry) -> Person:
    name = entry["name"]
    words = name.split()
    order = entry["order"]
    given, family = (" ".join(words[:-1]), words[-1]) if order == "given-family" else (" ".join(words[1:]), words[0])
    titles = tuple((t["title"], as_date(t.get("from")), as_date(t.get("to"))) for t in entry["titles"])
    return Person(name, given, family, order, entry["honorific"],  # honorific None: the house policy applies
                  tuple(entry["aliases"]), titles)


PEOPLE = Registry("people", {
    "name": setting(str, None, "The person's name as the house writes it."),
    "order": choice("given-family", "family-given", doc="Which of the name's words comes first."),
    "honorific": Setting(frozenset(HONORIFIC_VALUES), None, "Their own courtesy title, or none; unset, the house policy applies.",
                         HONORIFIC_VALUES),
    "aliases": setting([str], (), "Other names the house writes for them."),
    "titles": setting([{"title": str, "from": DATE, "to": DATE, "company": str}], (),
                      "The titles they held, each with the dates it was held (from, to)."),
}, _person, required=("name",), doc="The house's people and their titles.")


def match_person(name: str, people: tuple[Person, ...]) -> tuple[Person | None, bool]:
    """The registry person a mention names, and whether it names them in inverted order: the
    first in the registry's order that the name is, or whose family name it is."""
    for i in people.derived("name-index", _people_index).get(name, ()):
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


def group_person(group: list[Mention], people: tuple[Person, ...]) -> Person | None:
    """The registry person a group of mentions names, from its full name: "Mr. He" after "Mr. Bo
    He" is Bo He, not the registry's Xiang He; "Mr. Xiang" after "Dr. Xiang He" is Xiang He."""
    if not people:
        return None
    full = next((m for m in group if len(m.name_text.split()) > 1), group[0])
    return match_person(full.name_text, people)[0]


def groups(release) -> dict[str, list[Mention]]:
    """Mentions of one person together; a family-name-only mention joins the full name it shortens."""
    groups: dict[str, list[Mention]] = {}
    full: dict[str, str] = {}
    for m in mentions(release):
        words = m.name_text.split()
        if len(words) == 1 and words[0].lower() in full:
            groups[full[words[0].lower()]].append(m)
            continue
        key = person_key(m.name_text)
        groups.setdefault(key, []).append(m)
        for w in words:
            full.setdefault(w.lower(), key)
    return groups


def titles_held(person: Person, date: _dt.date | None) -> list[str]:
    """The titles the registry says ``person`` held on ``date`` (any date: all of them)."""
    titles = []
    for title, start, end in person.titles:
        if date is None or ((start is None or start <= date) and (end is None or date <= end)):
            titles.append(title)
    return titles
