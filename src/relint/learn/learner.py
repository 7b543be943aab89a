"""A house style read from a company's own releases: ``relint init --learn``.

Each release is parsed as the rules parse it, and what the rules read is counted: the dateline's
aspects, every word written with a mark, the people named with a title, the About sections, the
quotation marks, the percent form and the end mark. The config written from the counts chooses
what more than half of the releases that show the aspect do, and says so in a comment (how many
releases, an example file); where no form has a majority, or the releases disagree about a mark's
symbol or a person's title, the entry is marked ``DECIDE`` for a human and never silently chosen.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from collections import Counter
from dataclasses import dataclass, field

from ..read.furniture import DIALLABLE, EMAIL, TICKER_IN_PARENTHESES, listing
from ..checks.people.house import HONORIFIC_VALUES
from ..checks.people.titles import titles_conflict
from ..read.dateline import form_of, form_text, release_date
from ..read.marks import LEADING_FILLER, marked_terms
from ..read.people import TITLE_HEAD, mentions, normalise_title, person_key, title_text
from ..engine.survey import survey
from ..read.release import Release

DECIDE = "DECIDE"
_SYMBOLS = {"(R)": "®", "(TM)": "™", "(SM)": "℠"}
_DASHES = {"—": "em", "–": "en", "--": "double-hyphen", "-": "hyphen"}


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
    """Counts what a back catalogue does; ``config()`` writes it as a commented .relint.yaml."""

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

    def add(self, release: Release) -> None:
        seen = observe(release)
        if seen is not None:
            self.take(seen)

    def take(self, seen: dict) -> None:
        """Count one release's observations (``observe``'s, perhaps from the cache). ValueError, and
        nothing counted, when they are not in ``observe``'s shape (a damaged cache entry)."""
        self.count(_unpack(seen))

    def count(self, seen: dict) -> None:
        """Count observations ``_unpack`` has checked."""
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

    # ------------------------------------------------------------------------------ writing

    def boilerplate_files(self) -> dict[str, str]:
        """Canonical About texts to save beside the config: file name -> text."""
        return {entry[1]: entry[2] for entry in self._boilerplate(self._company())}

    def _company(self) -> tuple[str, str] | None:
        """(the company, why): the mark most releases carry, else the company whose About section
        most carry; either only where more than half of the releases carry it (an archive of many
        companies' releases has no house company)."""
        if self.marks:
            mark = max(self.marks.values(), key=lambda m: (m.releases, m.name))
            if mark.releases * 2 > self.releases:
                return mark.name, f"the mark most releases carry ({mark.releases} of {self.releases})"
        if self.abouts:
            about = max(self.abouts.values(), key=lambda a: (sum(a.texts.values()), a.name))
            carried = sum(about.texts.values())
            if carried * 2 > self.releases:
                return _company_name(about.name), f"the About section most releases carry ({carried} of {self.releases})"
        return None

    def _boilerplate(self, company: tuple[str, str] | None = None) -> list[tuple[str, str, str, _About, int]]:
        """(company, file, canonical text, counts, releases) for each company whose About section
        more than one release carries (and the house company's): the one most releases carry first
        (of equals, the house company's)."""
        house = company[0] if company else None
        chosen = []
        used: set[str] = set()
        for about in sorted(self.abouts.values(), key=lambda a: (
                -sum(a.texts.values()), not _names_house(a.name, house), a.name)):
            releases = sum(about.texts.values())
            if releases < 2 and not _names_house(about.name, house):
                continue
            best, _ = about.canonical()
            slug = base = re.sub(r"[^a-z0-9]+", "-", _company_name(about.name).lower()).strip("-")[:60] or "company"
            number = 1
            while slug in used:  # two names that differ only in case or punctuation
                number += 1
                slug = f"{base}-{number}"
            used.add(slug)
            chosen.append((about.name, f"boilerplate/about-{slug}.txt", best + "\n", about, releases))
        return chosen

    def config(self) -> str:
        """The learned config, commented with its evidence."""
        out = [
            "# relint configuration learned from "
            f"{self.releases} release{'s' if self.releases != 1 else ''} by `relint init --learn`.",
            "# Each choice says how the releases split. Entries marked DECIDE are where they disagree:",
            "# read them, choose, and delete the mark. See README.md#configuration for every key.",
            "",
            "fail-on: error",
            "",
            "# Canonical boilerplate texts are not releases.",
            "exclude: [boilerplate/**]",
            "",
            "house:",
        ]
        company = self._company()
        boilerplate = self._boilerplate(company)
        if company is not None:
            out += [f"  # {company[1]}", f"  company: {_q(company[0])}"]
        elif self.marks or self.abouts:
            out += ["  # No mark or About section is in more than half of the releases: name the company",
                    "  # yourself, e.g.  company: Acme"]
        out += self._dateline_lines()
        out += self._mark_lines()
        out += self._people_lines()
        out += self._boilerplate_lines(boilerplate, company)
        out += self._ticker_lines()
        out += self._convention_lines()
        house = out.index("house:")
        if not any(line.strip() and not line.lstrip().startswith("#") for line in out[house + 1:]):
            out[house] = "house: {}  # nothing the releases show in common"
        # Values are quoted by _q; evidence comments quote what the releases hold, so they are cleaned.
        return "\n".join(_safe_comment(line) if line.lstrip().startswith("#") else line for line in out) + "\n"

    def _choice(self, key: str, aspect: str, indent: str, translate=None) -> list[str]:
        """``key: value`` as most releases have it, with the split in a comment; where no value has a
        majority, the most common (of equals, the latest) and a DECIDE mark."""
        vote = self.aspects.get(aspect)
        if vote is None or not vote.counts:
            return []
        chosen = vote.majority()
        if chosen is None:  # the most common form is written, so that the rules still report the others
            chosen = vote.plurality()
            return [f"{indent}# {DECIDE}: no form has a majority ({vote.evidence()}); the most common is written",
                    f"{indent}{key}: {translate(chosen) if translate else chosen}"]
        return [f"{indent}# {vote.evidence()}", f"{indent}{key}: {translate(chosen) if translate else chosen}"]

    def _dateline_lines(self) -> list[str]:
        if not self.forms.counts:
            return []
        lines = ["", "  # The dateline, aspect by aspect."]
        form = self.forms.majority()
        body = []
        if form is not None:
            body += [f"    # the whole form: {self.forms.evidence()}", f"    form: {_q(form)}"]
        else:
            body += [f"    # {DECIDE}: no whole form has a majority ({self.forms.evidence()});",
                     "    # the most common is written, and each aspect below by its own count",
                     f"    form: {_q(self.forms.plurality())}"]
        body += self._choice("city-case", "city-case", "    ")
        body += self._choice("date-order", "date-order", "    ")
        body += self._choice("month-style", "month-style", "    ")
        body += self._choice("dash", "dash", "    ")
        body += self._choice("dash-spacing", "dash-spacing", "    ")
        body += self._choice("wire-tags", "wire-tags", "    ",
                             translate=lambda v: "required" if v == "wire tag" else "forbidden")
        body += self._choice("year", "year", "    ", translate=lambda v: "required" if v == "year" else "optional")
        return lines + ["  dateline:"] + body

    def _mark_lines(self) -> list[str]:
        if not self.marks:
            return []
        lines = ["", "  # Every word written with ®, ™ or ℠, and how the releases mark it."]
        lines.append("  trademarks:")
        for mark in sorted(self.marks.values(), key=lambda m: (-m.releases, m.name)):
            term = mark.name
            symbol = mark.symbols.majority() if len(mark.symbols.counts) == 1 else None
            releases = mark.releases
            lines.append(f"    # {_plural(releases, 'release')} mark{'s' if releases == 1 else ''} it "
                         f"(e.g. {mark.example}); "
                         f"{mark.unmarked} mention{'s' if mark.unmarked != 1 else ''} there go without")
            if symbol is None:
                lines.append(f"    # {DECIDE}: written with more than one symbol: {mark.symbols.evidence()}")
                symbol = mark.symbols.counts.most_common(1)[0][0]
            lines.append(f"    - mark: {_q(term)}")
            lines.append(f"      symbol: {_q(symbol)}")
            policy = mark.policy.majority()
            if not mark.policy.counts:
                lines.append("      # marked only outside the body text (a headline, an About section)")
                lines.append("      policy: first-mention")
            elif policy in ("every-mention", "first-mention"):
                lines.append(f"      # marked: {mark.policy.evidence()}")
                lines.append(f"      policy: {policy}")
            else:
                lines.append(f"      # {DECIDE}: how often to mark it: {mark.policy.evidence()}")
                lines.append("      policy: every-mention")
            written = mark.variants + Counter({f: n for f, n in mark.forms.items() if f != term})
            variants = [v for v, _ in written.most_common() if v != term]
            if variants:
                lines.append(f"      # written otherwise: {', '.join(f'{v} ({written[v]})' for v in variants)}")
                lines.append(f"      variants: [{', '.join(_q(v) for v in variants)}]")
        return lines

    def _people_lines(self) -> list[str]:
        titled = {key: p for key, p in self.people.items() if p.titles}
        if not titled:
            return []
        counts = self.honorifics
        first = _side(counts["first", "with"], counts["first", "without"])
        later = _side(counts["later", "with"], counts["later", "without"]) or first
        style = {("without", "without"): "none", ("without", "with"): "later", ("with", "with"): "always"}.get((first, later))
        evidence = (f"first mentions {counts['first', 'with']} with, {counts['first', 'without']} without; "
                    f"later ones {counts['later', 'with']} with, {counts['later', 'without']} without")
        lines = ["", "  # How people are named (AP style writes no courtesy titles: honorifics: none)."]
        lines.append("  people-style:")
        if style is None:
            lines.append(f"    # {DECIDE}: courtesy titles (Mr., Dr.): {evidence}")
            lines.append("    honorifics: later")
        else:
            lines.append(f"    # courtesy titles (Mr., Dr.): {evidence}")
            lines.append(f"    honorifics: {style}")
        lines += ["", "  # People named with a title, the titles seen and when (first and last release date)."]
        lines.append("  people:")
        for key, person in sorted(titled.items(), key=lambda item: (-sum(item[1].names.values()), item[0])):
            name, count = person.names.most_common(1)[0]
            others = [f"{n} ({person.names[n]})" for n in person.names if n != name]
            lines.append(f"    # named {_plural(sum(person.names.values()), 'time')}, {name} {count}"
                         + (f"; also written {', '.join(others)}" if others else ""))
            if len(person.honorifics) > 1 or "none" not in person.honorifics:
                lines.append("    # courtesy titles: " + ", ".join(f"{h} {n}" for h, n in person.honorifics.most_common()))
            honorific, several = _own_honorific(person, style)
            if several:
                lines.append(f"    # {DECIDE}: more than one courtesy title; the most common is written")
            orders = {" ".join(sorted(n.split())) for n in person.names}
            inverted = [n for n in person.names if n != name and n.split() == name.split()[::-1]]
            held = sorted(_title_groups(person.titles.values()), key=lambda t: (t[1] or _dt.date.min, t[3]))
            # Titles the rules take for a conflict (two kinds of vice president), not roles held
            # together (founder and chief executive) or one title written shorter ("director").
            conflict = _conflict(held)
            # One title after another, each seen more than once (a title seen once may be a slip).
            succession = conflict and all(t[1] and sum(t[0].values()) > 1 for t in held) and all(
                earlier[2] < later[1] for earlier, later in zip(held, held[1:]))
            if succession:
                lines.append(f"    # {len(held)} titles, one after the other: each is given the dates it was held,"
                             " the change taken as the first release with the new title")
            elif conflict:
                lines.append(f"    # {DECIDE}: {len(held)} titles seen. If one followed the other, give "
                             "each its from: and to: dates; if one is wrong, delete it.")
            elif len(held) > 1:
                lines.append(f"    # {len(held)} roles held together (no two are the same kind of role)")
            if inverted and len(orders) == 1:
                lines.append(f"    # {DECIDE}: written in both orders; the most common is listed, given name first")
            lines.append(f"    - name: {_q(name)}")
            if inverted and len(orders) == 1:
                lines.append("      order: given-family")
            if honorific is not None:
                lines.append(f"      honorific: {_q(honorific)}")
            lines.append("      titles:")
            mentioned = sum(sum(t[0].values()) for t in held)
            for number, (forms, first, last, path) in enumerate(held):
                title = forms.most_common(1)[0][0]
                seen = sum(forms.values())
                when = f"{first.isoformat()} to {last.isoformat()}" if first else "undated"
                alone = " (a one-off: read it)" if conflict and not succession and seen == 1 and mentioned >= 3 else ""
                lines.append(f"        # {seen} mention{'s' if seen != 1 else ''}, {when} (e.g. {path}){alone}")
                lines.append(f"        - title: {_q(title)}")
                if succession and number > 0:
                    lines.append(f"          from: {first.isoformat()}")
                if succession and number < len(held) - 1:
                    lines.append(f"          to: {(held[number + 1][1] - _dt.timedelta(days=1)).isoformat()}")
        return lines

    def _boilerplate_lines(self, boilerplate, company: tuple[str, str] | None = None) -> list[str]:
        listed = {entry[0] for entry in boilerplate}
        once = sorted(about.name for about in self.abouts.values() if about.name not in listed)
        house = company[0] if company else None
        lines = []
        if once:
            lines += ["", f"  # Not listed: {_plural(len(once), 'other About section')}, each in only one release"
                      f" (e.g. {', '.join(once[:3])})"]
        if not boilerplate:
            return lines
        lines += ["", "  # Each company's About section: the text most of its latest releases carry, saved",
                  "  # beside this file."]
        lines.append("  boilerplate:")
        carried = self.about_present.counts["with"]
        for name, file, _text, about, releases in boilerplate:
            heading, _ = about.headings.most_common(1)[0]
            versions = len(about.texts)
            lines.append(f"    # in {releases} release{'s' if releases != 1 else ''}, "
                         f"{versions} version{'s' if versions != 1 else ''} of the text (e.g. {about.example})")
            if versions > 1:
                lines.append(f"    # {DECIDE}: the versions differ; {file} holds {about.canonical()[1]}")
            lines.append(f"    - heading: {_q(heading)}")
            lines.append(f"      company: {_q(_company_name(name))}")
            lines.append(f"      file: {_q(file)}")
            required = "always" if releases * 2 > self.releases else "when-mentioned"
            if required != "always" and _names_house(name, house):
                lines.append(f"      # {DECIDE}: the house company's About section, in only {releases} of {self.releases} "
                             "releases; required: always asks every release for it")
                required = "always"
            lines.append(f"      required: {required}  # {releases} of {self.releases} releases carry it"
                         if carried else f"      required: {required}")
        return lines

    def _convention_lines(self) -> list[str]:
        lines = []
        quotes = self._choice("quotes", "quotes", "    ")
        if quotes:
            lines += ["", "  typography:"] + quotes
        numbers = self._choice("percent", "percent", "    ") + self._choice("range", "range", "    ")
        if numbers:
            lines += ["", "  numbers:"] + numbers
        end = self._choice("end-mark", "end-mark", "  ", translate=_q)
        if end:
            lines += [""] + end
        contact = self.aspects.get("contact")
        if contact is not None and contact.counts:
            if contact.majority() == "with":
                lines += ["", "  contact:", f"    # a media contact section: {contact.evidence()}", "    required: true"]
                lines += self._choice("email-or-phone", "contact-reachable", "    ",
                                      translate=lambda v: "true" if v != "neither" else "false")
            else:  # that releases go without one is no house decision to copy: relint's default stays
                lines += ["", f"  # A media contact section: {contact.evidence()}. relint asks for one by default;",
                          "  # to drop that, write  contact: {required: false}"]
        return lines

    def _ticker_lines(self) -> list[str]:
        if not self.tickers:
            return []
        lines = ["", "  # Stock tickers, in the form most releases write them.", "  tickers:"]
        for (exchange, symbol), (forms, companies) in sorted(self.tickers.items()):
            form = forms.majority()
            if form is None:
                lines.append(f"    # {DECIDE}: written in several forms ({forms.evidence()}); the most common is written")
                form = forms.plurality()
            else:
                lines.append(f"    # {forms.evidence()}")
            lines.append(f"    - exchange: {_q(exchange)}")
            lines.append(f"      symbol: {_q(symbol)}")
            lines.append(f"      form: {_q(form)}")
            if companies:
                lines.append(f"      company: {_q(companies.most_common(1)[0][0])}")
        return lines


def learn(paths: list[str], cache: bool = False, workers: int = 1) -> tuple[Learner, list[str]]:
    """Count the releases at ``paths`` (each observed once: read from the cache when its text is
    unchanged; the others parsed by ``workers`` forked processes). Returns the learner and one
    line per file that could not be read."""
    learner, errors = Learner(), []
    for answer in survey(paths, observe, _unpack, "learn", cache, workers):
        if isinstance(answer, str):
            errors.append(answer)
        elif answer is not None:
            learner.count(answer)
    return learner, errors


def _unpack(seen) -> dict:
    """An observation checked against ``observe``'s shape, with its date read: what ``take`` counts
    can then not fail half-way. ValueError for anything else."""
    try:
        date = _text(seen["date"], none=True)
        dateline = seen["dateline"]
        if dateline is not None:
            dateline = (_text(dateline["form"]), [_aspect(a, v) for a, v in _rows(dateline["aspects"], 2)])
        return {
            "path": _text(seen["path"]),
            "date": _dt.date.fromisoformat(date) if date else None,
            "dateline": dateline,
            "marks": [(_name(term), [_one_of(s, _SYMBOLS_SEEN) for s in _rows(symbols, at_least=1)],
                       _one_of(policy, _POLICIES), _count(unmarked), [(_name(v), _count(n)) for v, n in _rows(variants, 2)])
                      for term, symbols, policy, unmarked, variants in _rows(seen["marks"], 5)],
            "people": [(_name(key), _name(name), _one_of(honorific, _HONORIFICS | {None}), _text(title, none=True))
                       for key, name, honorific, title in _rows(seen["people"], 4)],
            "about": seen["about"] is True,
            "abouts": [(_name(a), _name(b), _text(c)) for a, b, c in _rows(seen["abouts"], 3)],
            "tickers": [(_text(exchange), _text(symbol), [_text(f) for f in _rows(forms)],
                         [_text(c) for c in _rows(companies)])
                        for exchange, symbol, forms, companies in _rows(seen["tickers"], 4)],
            "conventions": [_aspect(a, v) for a, v in _rows(seen["conventions"], 2)],
        }
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"not an observation: {exc}") from None


# What ``observe`` writes for each aspect: a cached entry holding anything else is observed afresh.
_ASPECTS = {
    "city-case": {"caps", "title"}, "date-order": {"mdy", "dmy"}, "month-style": {"full", "ap"},
    "dash": set(_DASHES.values()), "dash-spacing": {"spaced", "closed"}, "wire-tags": {"wire tag", "no wire tag"},
    "year": {"year", "no year"}, "quotes": {"curly", "straight"}, "percent": {"word", "symbol"},
    "range": {"to", "en-dash"}, "end-mark": {"###", "-30-", "none"}, "contact": {"with", "without"},
    "contact-reachable": {"an e-mail address or a telephone number", "neither"},
}
_SYMBOLS_SEEN = frozenset(_SYMBOLS.values())
_POLICIES = frozenset({None, "every-mention", "first-mention", "some-mentions"})


def _aspect(aspect, value) -> tuple[str, str]:
    if aspect in _ASPECTS and value in _ASPECTS[aspect]:
        return aspect, value
    raise ValueError(f"{aspect!r}: {value!r} is not an aspect observe writes")


def _one_of(value, allowed):
    if isinstance(value, (str, type(None))) and value in allowed:
        return value
    raise ValueError(f"{value!r} is not one of {sorted(map(str, allowed))}")


def _name(value) -> str:
    if isinstance(value, str) and value.strip():
        return value
    raise ValueError(f"{value!r} is not a name")


def _text(value, none: bool = False):
    if isinstance(value, str) or (none and value is None):
        return value
    raise ValueError(f"{value!r} is not text")


def _count(value) -> int:
    if type(value) is int and value >= 0:
        return value
    raise ValueError(f"{value!r} is not a count")


def _rows(value, width: int | None = None, at_least: int = 0) -> list:
    if not isinstance(value, (list, tuple)) or len(value) < at_least or width is not None and any(
            not isinstance(row, (list, tuple)) or len(row) != width for row in value):
        raise ValueError(f"{value!r} is not a list of {width or 'values'}")
    return value


def observe(release: Release) -> dict | None:
    """What one release shows, as JSON data (``Learner.take`` counts it; the cache keeps it); None
    for a file with no text, which shows nothing."""
    if not release.prose.strip():
        return None
    date = release_date(release)
    return {
        "path": release.path, "date": date.isoformat() if date else None,
        "dateline": _dateline(release), "marks": _marks(release), "people": _people(release),
        "about": bool(release.abouts), "abouts": _abouts(release), "tickers": _tickers(release),
        "conventions": _conventions(release),
    }


def _dateline(release: Release) -> dict | None:
    shape = form_of(release)
    if shape is None:
        return None
    city_case, place, order, year, month, dash, wire = shape
    aspects = []
    if city_case in ("caps", "title"):
        aspects.append(("city-case", city_case))
    if order in ("mdy", "dmy"):
        aspects.append(("date-order", order))
    if month in ("full", "ap"):  # "either": March to July read the same in both
        aspects.append(("month-style", month))
    if dash in _DASHES:
        aspects.append(("dash", _DASHES[dash]))
        dl = release.dateline
        written = release.text[dl.dash.start:dl.dash.end]
        before = release.text[dl.dash.start - 1:dl.dash.start] if dl.dash.start else ""
        spaced = written != written.strip() or before in (" ", "\u00a0")
        aspects.append(("dash-spacing", "spaced" if spaced else "closed"))
    aspects.append(("wire-tags", "wire tag" if wire == "wire tag" else "no wire tag"))
    aspects.append(("year", "year" if year == "year" else "no year"))
    return {"form": form_text(shape), "aspects": aspects}


def _marks(release: Release) -> list:
    """[term, symbols, the body's policy (None: no mention in the body), unmarked mentions, variants]."""
    prose = release.prose
    caught = []
    for term, span, symbol, _symbol_span in marked_terms(release):
        name = _mark_term(term)
        start = span.end - len(name)
        if prose[start:span.end] == name:
            while start > 0 and prose[start - 1].isalnum():  # "ioRinse™": a name may start in lower case
                start -= 1
            name = _extended(prose, prose[start:span.end], start)
        caught.append((name, _SYMBOLS.get(symbol, symbol)))
    written = {name for name, _ in caught}
    terms: dict[str, list[str]] = {}
    for name, symbol in caught:
        terms.setdefault(_shortest(name, written, prose), []).append(symbol)
    body = [p.span for p in release.body]
    tickers = [(m.start(), m.end()) for span in body
               for m in TICKER_IN_PARENTHESES.finditer(prose, span.start, span.end)]
    found = []
    for term, symbols in terms.items():
        # How the body marks it (About sections and legal names follow rules of their own).
        mentions = [m for span in body for m in _mentions(prose, term, span.start, span.end)
                    if not any(s <= m.start() < e for s, e in tickers)]
        exact = [m for m in mentions if m.group() == term]
        marked = sum(1 for m in exact if _marked_at(prose, m.end()))
        variants = Counter(" ".join(m.group().split()) for m in mentions
                           if m.group() != term and not m.group().islower())  # "closet" is a word, not Closet®
        if not exact:
            policy = None  # marked in a headline or an About section only: the body shows no policy
        elif marked == len(exact):
            policy = "every-mention"
        elif marked == 1 and _marked_at(prose, exact[0].end()):
            policy = "first-mention"
        else:
            policy = "some-mentions"
        found.append([term, sorted(set(symbols)), policy, max(0, len(exact) - marked), sorted(variants.items())])
    return found


# A word and a possessive or an ampersand just before a caught name: "Plato’s Closet", "Thomas & Friends".
_JOINED_BEFORE = re.compile(r"(?<![\w’'&-])([A-Z][\w-]*)(['’]s|[ \t]+&)[ \t]+$")


def _extended(prose: str, name: str, start: int) -> str:
    """The name with a possessive or "&" word before it, where that word is never written on its
    own in the release: "Plato’s Closet®" is one name, "Acme’s Widget®" (Acme written alone
    elsewhere) is a company's product."""
    for _ in range(2):
        m = _JOINED_BEFORE.search(prose, max(0, start - 40), start)
        if m is None:
            break
        word = m.group(1)
        if word.isupper():
            break  # "MCHB’s Fair Offer Promise": an acronym's possessive is a company's
        alone = re.search(rf"(?<![\w-]){re.escape(word)}(?!['’]s\b|[ \t]+&|[\w-])", prose)
        if alone is not None:
            break
        name = prose[m.start():start] + name
        start = m.start()
    return name


def _shortest(name: str, written: set[str], prose: str) -> str:
    """The name a run of capitalised words is really marking: "Commercial Deployment of Texatron"
    is "Texatron" where the release marks that alone; "Where RiskFootprint" is "RiskFootprint"
    where the release writes it without the word before (a last word that is a name on its own:
    an inner capital, a digit, all capitals)."""
    words = name.split()
    if len(words) < 2:
        return name
    for cut in range(len(words) - 1, 0, -1):  # the shortest suffix the release also marks
        if " ".join(words[cut:]) in written:
            return " ".join(words[cut:])
    last = words[-1]
    if _names_itself(last, shortest_capitals=3):
        before = words[-2]
        for m in re.finditer(rf"(?<![\w-]){re.escape(last)}(?![\w-])", prose, re.I):  # REALTOR® and Realtor
            if not prose[max(0, m.start() - len(before) - 8):m.start()].rstrip().endswith(before):
                return last
    return name


def _people(release: Release) -> list:
    """[key, name as written, its courtesy title ("Dr.", or None), title (None: none, or a past one)],
    in text order."""
    found = []
    for m in mentions(release):
        if len(m.name_text.split()) < 2:
            continue
        title = None if m.title is None or m.past else " ".join(title_text(release, m).split())
        if title:  # "RapidFire’s Chief Operating Officer": the company's, not part of the title
            title = _POSSESSIVE_LEAD.sub("", title) or title
        honorific = None
        if m.honorific:
            honorific = release.text[m.honorific.start:m.honorific.end].rstrip(".").capitalize() + "."
        found.append([person_key(m.name_text), m.name_text, honorific, title])
    return found


# A company's possessive before a title ("SFT's President"); not a plural's ("Women’s Health Director").
_POSSESSIVE_LEAD = re.compile(
    r"^(?:[A-Z][\w&.-]*\s+){0,3}(?!(?:Women|Men|Children|People)['’])[\w&.-]*[A-Za-z]['’]s\s+(?=[A-Za-z])")


def _abouts(release: Release) -> list:
    found = []
    for about in release.abouts:
        name = " ".join(release.prose[about.name.start:about.name.end].split()).rstrip(":").strip()
        if not name or not about.paragraphs:
            continue
        text = "\n\n".join(" ".join(release.text[p.start:p.end].split()) for p in about.paragraphs)
        heading = _clean_heading(" ".join(release.text[about.heading.start:about.heading.end].split()).strip("#*: "))
        name = _clean_heading(name)
        if heading and name:
            found.append([name, heading, text])
    return found


def _tickers(release: Release) -> list:
    """[exchange, symbol, forms written, companies named before it]."""
    found: dict[tuple[str, str], list] = {}
    for span in release.scope("prose"):
        for m in TICKER_IN_PARENTHESES.finditer(release.prose, span.start, span.end):
            listed = listing(f"({' '.join(m.group('ticker').split())})")
            if listed is None:
                continue
            entry = found.setdefault(listed, [set(), []])
            entry[0].add(f"({' '.join(m.group('ticker').split())})")
            before = _COMPANY_BEFORE.search(release.prose[max(0, m.start() - 120):m.start()])
            if before:
                entry[1].append(before.group(1))
    return [[exchange, symbol, sorted(forms), companies] for (exchange, symbol), (forms, companies) in found.items()]


def _conventions(release: Release) -> list:
    prose = release.prose
    found = []
    curly = sum(prose.count(c) for c in "“”")
    straight = prose.count('"')
    if curly or straight:
        found.append(("quotes", "curly" if curly >= straight else "straight"))
    # Each pattern only where the text holds what it needs (a scan of the whole text each costs more).
    lower = release.words.lower
    word = len(_PERCENT_WORD.findall(prose)) if "per" in lower else 0
    symbol = len(_PERCENT_SIGN.findall(prose)) if "%" in prose else 0
    if word or symbol:
        found.append(("percent", "word" if word > symbol else "symbol"))
    dashed = len(_DASHED_RANGE.findall(prose)) if "–" in prose else 0
    worded = len(_WORDED_RANGE.findall(prose)) if "from" in lower else 0
    if dashed or worded:
        found.append(("range", "to" if worded > dashed else "en-dash"))
    if release.structured:
        mark = release.text[release.end_mark.start:release.end_mark.end].strip() if release.end_mark else "none"
        found.append(("end-mark", mark if mark in ("###", "-30-") else "none"))
        found.append(("contact", "with" if release.contact else "without"))
        if release.contact:
            written = release[release.contact]
            reachable = EMAIL.search(written) is not None or DIALLABLE.search(written) is not None
            found.append(("contact-reachable", "an e-mail address or a telephone number" if reachable else "neither"))
    return found


_PERCENT_WORD = re.compile(r"\d\s*(?:percent|per cent)\b", re.I)
_PERCENT_SIGN = re.compile(r"\d\s*%")
_DASHED_RANGE = re.compile(r"\d[ \u00a0]?–[ \u00a0]?\d")
_WORDED_RANGE = re.compile(r"\bfrom\s+\$?\d[\d,.]*%?\s+to\s+\$?\d", re.I)


def _mentions(prose: str, term: str, start: int, end: int):
    """Every occurrence of ``term`` in ``prose[start:end]``, in any case, with any white space (or
    none) between its words; not a hashtag, a handle or part of a web address (#AcmeCloud, acme.com)."""
    words = [re.escape(w) for w in term.split()]
    return re.compile(r"(?<![\w#@/.-])" + r"\s*".join(words) + r"(?![\w-]|\.\w)", re.I).finditer(prose, start, end)


_SENTENCE_BREAK = re.compile(r"[.!?:;]\s+")
# Words that start a headline, not a name ("Unveiling of Klotho Patch™"), and a modifier joined by a
# hyphen ("FDA-cleared ViewSite™"). A sentence's first word ("Where RiskFootprint™") is left to
# _shortest, which cuts it only where the release writes the name without it: "After Effects®" and
# "When I Work®" are names.
_LEADING_WORDS = re.compile(
    r"^(?:(?:[A-Z][\w]*-[a-z][\w-]*|(?:Update|Launch|Release|Rollout|Expansion|Deployment|Unveiling|Introduction)"
    r"\s+of(?:\s+the)?)\s+)+")
_CONNECTOR = re.compile(r"\s+(?:and|of|for|the|with|in|at|by|from|to|as|&)\s+")


def _mark_term(term: str) -> str:
    """The name a mark belongs to, where the words before it were caught too: "Eye Diseases.
    MicroPort" and "Bo Peng and MicroPort" -> "MicroPort" (a last word that is a name on its own:
    an inner capital, a digit or all capitals), but "Bank of America" stays whole."""
    term = _SENTENCE_BREAK.split(term)[-1]  # a mark never reaches back over a sentence's end
    lead = LEADING_FILLER.match(term)
    if lead and lead.end() < len(term):
        term = term[lead.end():]
    lead = _LEADING_WORDS.match(term)
    if lead and lead.end() < len(term):
        term = term[lead.end():]
    role, of, rest = term.partition(" of ")
    if of and rest and _is_title(role):  # "CEO of Tint World": the mark is the company's
        term = rest
    last = _CONNECTOR.split(term)[-1]
    if last != term and " " not in last and _names_itself(last, shortest_capitals=2):
        return last
    return term


def _names_itself(word: str, shortest_capitals: int) -> bool:
    """A word that is a name on its own: an inner capital or a digit (RiskFootprint, CNM-Au8), or
    all capitals (CCMP)."""
    return re.search(r"[a-z][A-Z]|\d", word) is not None or (word.isupper() and len(word) >= shortest_capitals)


def _is_title(words: str) -> bool:
    return TITLE_HEAD.fullmatch(words.split()[-1].lower()) is not None if words.split() else False


def _marked_at(prose: str, end: int) -> bool:
    return re.match(r"[ \t]?(?:[®™℠]|\((?:R|TM|SM)\))", prose[end:end + 6]) is not None


_COMPANY_BEFORE = re.compile(r"((?:[A-Z][\w&.'-]*[ \t]+){0,5}[A-Z][\w&.'-]*)(?:[®™])?[ \t]*$")


def _title_groups(titles) -> list[list]:
    """A person's titles, one written shorter counted with the longer it shortens ("director"
    with "director of Annual Giving", "CEO" with "CEO of Acme Cloud": the same words, then "of",
    "for" or "at" and more), where it shortens only one; shown in the form most used (of equals,
    the longest). Nothing else is joined: titles that differ otherwise stay apart, so that a
    conflict or a change over time is seen. Each: [forms, first date, last date, example]."""
    entries = {key: [Counter(forms), first, last, path] for key, (forms, first, last, path) in
               ((normalise_title(t[0].most_common(1)[0][0]), t) for t in titles)}
    for key in sorted(entries, key=len):
        longer = [other for other in entries if other != key and other in entries
                  and re.match(rf"{re.escape(key)} (?:of|for|at) ", other)]
        if len(longer) != 1 or key not in entries:
            continue
        short, into = entries.pop(key), entries[longer[0]]
        into[0].update(short[0])
        into[1] = min(filter(None, (into[1], short[1])), default=None)
        into[2] = max(filter(None, (into[2], short[2])), default=None)
    groups = list(entries.values())
    for group in groups:  # the form shown first: the most used, of equals the longest
        best = max(group[0], key=lambda f: (group[0][f], len(f), f))
        group[0] = Counter({best: group[0][best], **{f: n for f, n in group[0].items() if f != best}})
    return groups


def _conflict(groups: list[list]) -> bool:
    titles = [g[0].most_common(1)[0][0] for g in groups]
    return any(titles_conflict(a, b) for i, a in enumerate(titles) for b in titles[i + 1:])


_HONORIFICS = frozenset(HONORIFIC_VALUES) - {"none"}  # what a registry entry can hold


def _own_honorific(person: _Person, style: str | None) -> tuple[str | None, bool]:
    """(the courtesy title to register for a person, whether they were given more than one): the
    one most of their mentions carry; ``none`` for someone named at least twice and never given
    one where the house gives everyone one; else None, and the house policy applies. Under
    ``later`` nothing is registered: a registered title is checked for which it is, no longer for
    when it is used."""
    if style == "later":
        return None, False
    given = Counter({h: n for h, n in person.honorifics.items() if h in _HONORIFICS})
    total = sum(person.honorifics.values())
    if given:
        best = max(given, key=lambda h: (given[h], h))
        if given[best] * 2 > total:
            return best, len(given) > 1
        return None, False
    if style == "always" and person.honorifics["none"] >= 2:
        return "none", False
    return None, False


def _side(with_: int, without: int) -> str | None:
    if with_ + without == 0 or with_ * 2 == with_ + without:
        return None
    return "with" if with_ * 2 > with_ + without else "without"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


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


def _clean_heading(heading: str) -> str:
    """A heading without Markdown link syntax, a web address or a trailing dash:
    "About [Capital Factory](https://capitalfactory.com/)" -> "About Capital Factory"."""
    heading = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading)
    heading = re.sub(r"\s*\((?:https?://|www\.)[^)]*\)", "", heading)
    heading = heading.replace("[", "").replace("]", "")
    return re.sub(r"[\s\-–—:]+$", "", heading).strip()


def _q(value: str) -> str:
    """A YAML scalar: double-quoted (JSON's escapes are YAML's), and every character YAML does not
    print as itself (C1 controls, line and paragraph separators, non-characters) escaped too."""
    return _NOT_PRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(value, ensure_ascii=False))


# What YAML 1.1 does not allow in a stream as itself (its "printable" set's complement, less what
# JSON escapes already), and what ends a line.
_NOT_PRINTABLE = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")
_LINE_ENDS = re.compile("[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def _safe_comment(line: str) -> str:
    """A comment line with nothing that would end it or that YAML would refuse."""
    return _NOT_PRINTABLE.sub("?", _LINE_ENDS.sub(" ", line))


STARTER = """\
# relint configuration. Every key is optional; README.md#configuration lists them all.
# `relint init --learn PATH...` fills the house registries from your published releases.

# Lowest severity that fails a run: error, warning or info.
fail-on: error

# Files and folders not to lint (globs, relative to this file).
exclude: []

house:
  # The company the releases are from.
  # company: Acme

  # Marks and how the house writes them.
  trademarks: []
  #  - mark: Acme
  #    symbol: "®"
  #    policy: first-mention

  # Executives as the house names them.
  people: []
  #  - name: Jane Doe
  #    titles:
  #      - title: Chief Executive Officer
  #        from: 2024-01-01

  # The dateline form.
  dateline:
    city-case: caps
    month-style: ap
    date-order: mdy
    dash: em

  # Each company's About section, with its canonical text in a file beside this one.
  boilerplate: []
  #  - heading: About Acme
  #    company: Acme
  #    file: boilerplate/about-acme.txt
  #    required: always
"""
