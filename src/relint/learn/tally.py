"""The learner's counts: how the releases that show each aspect split on it (a ``Vote``), and what
they do with each mark, person, About section and ticker."""

from __future__ import annotations

import datetime as _dt
import re
from collections import Counter
from dataclasses import dataclass, field

from ..read.people import normalise_title
from .observe import unpack


@dataclass
class Vote:
    """How the releases that show one aspect split on it: value -> releases, and a file for each."""

    counts: Counter = field(default_factory=Counter)
    examples: dict = field(default_factory=dict)
    latest: dict = field(default_factory=dict)  # value -> the latest release date that shows it

    def add(self, value, path: str, date: _dt.date | None = None) -> None:
        self.counts[value] += 1
        self.examples.setdefault(value, path)
        self.latest[value] = max(self.latest.get(value, _dt.date.min), date or _dt.date.min)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def majority(self):
        """The value more than half of the releases show, else None (a tie or a spread: a human decides)."""
        if not self.counts:
            return None
        value, count = self.counts.most_common(1)[0]
        return value if count * 2 > self.total else None

    def plurality(self):
        """The value most releases show; of equals, the one the latest release shows."""
        return max(self.counts, key=lambda value: (self.counts[value], self.latest[value], str(value)))

    def evidence(self) -> str:
        parts = [f"{value}: {count}" for value, count in
                 sorted(self.counts.items(), key=lambda item: (-item[1], str(item[0])))]
        return f"{'; '.join(parts)} (of {self.total}; e.g. {self.examples[self.counts.most_common(1)[0][0]]})"


@dataclass
class _Mark:
    symbols: Vote = field(default_factory=Vote)
    policy: Vote = field(default_factory=Vote)  # "every-mention" / "first-mention" / "some-mentions"
    unmarked: int = 0  # mentions written without a symbol, in releases that mark it
    releases: int = 0
    example: str = ""
    variants: Counter = field(default_factory=Counter)
    forms: Counter = field(default_factory=Counter)  # marked as written (KOINFOLD™, Koinfold™) -> releases

    @property
    def name(self) -> str:
        """The form most releases mark; of equals, one not in capitals (a headline's)."""
        return min(self.forms, key=lambda f: (-self.forms[f], f.isupper(), f))


@dataclass
class _Person:
    names: Counter = field(default_factory=Counter)
    honorifics: Counter = field(default_factory=Counter)  # "Dr." or "none" -> mentions
    titles: dict = field(default_factory=dict)  # normalised title -> [Counter of forms, first date, last date, path]


@dataclass
class _About:
    names: Counter = field(default_factory=Counter)  # as written: "HeartBeam, Inc." and "HeartBeam Inc." are one
    headings: Counter = field(default_factory=Counter)
    texts: Counter = field(default_factory=Counter)
    latest: dict = field(default_factory=dict)  # text -> the latest release date it appears in
    dated: list = field(default_factory=list)  # (release date, text) for each dated release carrying it
    example: str = ""

    @property
    def name(self) -> str:
        """The name as most releases write it."""
        return max(self.names, key=lambda n: (self.names[n], n))

    def canonical(self) -> tuple[str, str]:
        """(the text to keep, why): the one most of the latest releases carry (the latest quarter of
        the dated ones, at least three), so that a text the company has since replaced is not kept
        for being used longer; of equals, the one most releases carry, then the latest. Undated, the
        one most releases carry."""
        if not self.dated:
            best = max(self.texts, key=lambda t: (self.texts[t], self.latest[t]))
            return best, f"the text most releases carry ({self.texts[best]})"
        recent = sorted(self.dated)[-max(3, (len(self.dated) + 3) // 4):]
        counts = Counter(text for _, text in recent)
        best = max(counts, key=lambda t: (counts[t], self.texts[t], self.latest[t]))
        return best, f"the text {counts[best]} of the latest {len(recent)} dated releases carry"


class Learner:
    """Counts what a back catalogue does; ``relint.learn.write`` writes it as a commented .relint.yaml."""

    def __init__(self) -> None:
        self.releases = 0
        self.aspects: dict[str, Vote] = {}
        self.forms = Vote()
        self.marks: dict[str, _Mark] = {}
        self.people: dict[str, _Person] = {}
        self.abouts: dict[str, _About] = {}
        self.about_present = Vote()
        self.honorifics = Counter()  # ("first" or "later" mention in a release, "with" or "without")
        self.tickers: dict[tuple[str, str], list] = {}  # (exchange, symbol) -> [forms Vote, companies Counter]

    def vote(self, aspect: str, value, seen: dict) -> None:
        self.aspects.setdefault(aspect, Vote()).add(value, seen["path"], seen["date"])

    def take(self, seen: dict) -> None:
        """Count one release's observations (``observe``'s, perhaps from the cache). ValueError, and
        nothing counted, when they are not in ``observe``'s shape (a damaged cache entry)."""
        self.count(unpack(seen))

    def count(self, seen: dict) -> None:
        """Count observations ``unpack`` has checked."""
        path, date = seen["path"], seen["date"]
        self.releases += 1
        if seen["dateline"] is not None:
            form, aspects = seen["dateline"]
            self.forms.add(form, path, date)
            for aspect, value in aspects:
                self.vote(aspect, value, seen)
        # Forms that differ only in case (KOINFOLD™ in a headline, Koinfold™ in the body) are one
        # mark, and a release that writes both counts once.
        rows: dict[str, list] = {}
        for row in seen["marks"]:
            rows.setdefault(row[0].casefold(), []).append(row)
        for key, same in rows.items():
            mark = self.marks.setdefault(key, _Mark(example=path))
            mark.releases += 1
            for symbol in sorted({symbol for row in same for symbol in row[1]}):
                mark.symbols.add(symbol, path)
            policy = next((row[2] for row in same if row[2] is not None), None)
            if policy is not None:
                mark.policy.add(policy, path)
            for term, _symbols, _policy, unmarked, variants in same:
                mark.forms[term] += 1
                mark.unmarked += unmarked
                mark.variants.update(dict(variants))
        named: set[str] = set()
        for key, name, honorific, title in seen["people"]:
            self.honorifics["later" if key in named else "first", "with" if honorific else "without"] += 1
            named.add(key)
            person = self.people.setdefault(key, _Person())
            person.names[name] += 1
            person.honorifics[honorific or "none"] += 1
            if title is None:
                continue
            entry = person.titles.setdefault(normalise_title(title), [Counter(), None, None, path])
            entry[0][title] += 1
            if date is not None:
                entry[1] = date if entry[1] is None else min(entry[1], date)
                entry[2] = date if entry[2] is None else max(entry[2], date)
        self.about_present.add("with" if seen["about"] else "without", path)
        for name, heading, text in seen["abouts"]:
            if _generic(name):
                continue  # "About the Company", "About Us": a heading every company writes
            entry = self.abouts.setdefault(_about_key(name), _About(example=path))
            entry.names[name] += 1
            entry.headings[heading] += 1
            entry.texts[text] += 1
            entry.latest[text] = max(entry.latest.get(text, _dt.date.min), date or _dt.date.min)
            if date is not None:
                entry.dated.append((date, text))
        for exchange, symbol, forms, companies in seen["tickers"]:
            entry = self.tickers.setdefault((exchange, symbol), [Vote(), Counter()])
            for form in forms:
                entry[0].add(form, path, date)
            entry[1].update(companies)
        for aspect, value in seen["conventions"]:
            self.vote(aspect, value, seen)


def _company_name(about_name: str) -> str:
    """"MicroPort® Scientific Corporation (MIH)" -> "MicroPort Scientific Corporation"."""
    name = _MARKS_IN_NAME.sub("", about_name)
    name = re.sub(r"\s*\([^)]*\)\s*$", "", name).strip() or about_name
    return name[4:] if name.lower().startswith("the ") else name


_MARKS_IN_NAME = re.compile(r"\s?(?:[®™℠]|\((?:R|TM|SM)\))")


def _names_house(about_name: str, house: str | None) -> bool:
    """Whether an About section is the house company's: its name is the company's, or starts with
    it ("MicroPort Institute of Health" for MicroPort; not "Novartis" for Nova)."""
    if not house:
        return False
    key, company = _about_key(about_name), _about_key(house)
    return bool(company) and (key == company or key.startswith(company + " "))


def _about_key(name: str) -> str:
    """One key for the ways a company's name is written: case, marks and punctuation aside."""
    return " ".join(re.findall(r"\w+", _company_name(name).casefold()))


# About headings every company writes ("About the Company", "About Us"): they name no one company.
_GENERIC_NAMES = frozenset("""us company companies author authors survey study report research program programme
project event events fund foundation index initiative campaign partnership partners agreement offering transaction
acquisition merger data book artist conference summit award awards competition challenge series organizers
organisers sponsors issuer inc llc ltd corp co plc gmbh ag sa""".split()) | {
    "this release", "this press release", "press release", "the release"}  # "About Inc." names every "X, Inc."


def _generic(name: str) -> bool:
    key = _about_key(name)
    return key in _GENERIC_NAMES or not key
