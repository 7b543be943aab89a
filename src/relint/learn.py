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

from .checks import Context
from .release import Release

DECIDE = "DECIDE"
_SYMBOLS = {"(R)": "®", "(TM)": "™", "(SM)": "℠"}
_DASHES = {"—": "em", "–": "en", "--": "double-hyphen", "-": "hyphen"}
_NOTHING = Context(options={}, house={})


def _date(release: Release) -> _dt.date | None:
    from .checks.people import release_date

    return release_date(release)


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


@dataclass
class _Person:
    names: Counter = field(default_factory=Counter)
    titles: dict = field(default_factory=dict)  # normalised title -> [Counter of forms, first date, last date, path]


@dataclass
class _About:
    headings: Counter = field(default_factory=Counter)
    texts: Counter = field(default_factory=Counter)
    latest: dict = field(default_factory=dict)  # text -> the latest release date it appears in
    example: str = ""


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

    def vote(self, aspect: str, value, release: Release) -> None:
        self.aspects.setdefault(aspect, Vote()).add(value, release.path, _date(release))

    def add(self, release: Release) -> None:
        self.releases += 1
        self._dateline(release)
        self._marks(release)
        self._people(release)
        self._abouts(release)
        self._tickers(release)
        self._conventions(release)

    # ------------------------------------------------------------------------------ reading

    def _dateline(self, release: Release) -> None:
        from .checks.dateline import _shape_text, dateline_form_facts

        found = dateline_form_facts(release, _NOTHING)
        if found is None:
            return
        shape, _ = found
        city_case, place, order, year, month, dash, wire = shape
        path = release.path
        self.forms.add(_shape_text(shape), path, _date(release))
        if city_case in ("caps", "title"):
            self.vote("city-case", city_case, release)
        if order in ("mdy", "dmy"):
            self.vote("date-order", order, release)
        if month in ("full", "ap"):  # "either": March to July read the same in both
            self.vote("month-style", month, release)
        if dash in _DASHES:
            self.vote("dash", _DASHES[dash], release)
            dl = release.dateline
            written = release.text[dl.dash.start:dl.dash.end]
            before = release.text[dl.dash.start - 1:dl.dash.start] if dl.dash.start else ""
            spaced = written != written.strip() or before in (" ", "\u00a0")
            self.vote("dash-spacing", "spaced" if spaced else "closed", release)
        self.vote("wire-tags", "wire tag" if wire == "wire tag" else "no wire tag", release)
        self.vote("year", "year" if year == "year" else "no year", release)

    def _marks(self, release: Release) -> None:
        from .checks.trademarks import marked_terms

        found = marked_terms(release)
        terms: dict[str, list[str]] = {}
        for term, _span, symbol, _symbol_span in found:
            terms.setdefault(_mark_term(term), []).append(_SYMBOLS.get(symbol, symbol))
        body = [p.span for p in release.body]
        tickers = [(m.start(), m.end()) for span in body
                   for m in _TICKER_IN_PARENTHESES.finditer(release.prose, span.start, span.end)]
        for term, symbols in terms.items():
            mark = self.marks.setdefault(term, _Mark(example=release.path))
            mark.releases += 1
            for symbol in set(symbols):
                mark.symbols.add(symbol, release.path)
            # How the body marks it (About sections and legal names follow rules of their own).
            mentions = [m for span in body for m in _mentions(release.prose, term, span.start, span.end)
                        if not any(s <= m.start() < e for s, e in tickers)]
            exact = [m for m in mentions if m.group() == term]
            marked = sum(1 for m in exact if _marked_at(release.prose, m.end()))
            mark.unmarked += max(0, len(exact) - marked)
            for m in mentions:
                if m.group() != term and not m.group().islower():  # "closet" is a word, not a way to write Closet®
                    mark.variants[" ".join(m.group().split())] += 1
            if not exact:
                continue  # marked in a headline or an About section only: the body shows no policy
            if marked == len(exact):
                policy = "every-mention"
            elif marked == 1 and _marked_at(release.prose, exact[0].end()):
                policy = "first-mention"
            else:
                policy = "some-mentions"
            mark.policy.add(policy, release.path)

    def _people(self, release: Release) -> None:
        from .checks.people import _key, _title_text, mentions, release_date
        from .people import normalise_title

        date = release_date(release)
        seen: set[str] = set()
        for m in mentions(release):
            key = _key(m.name_text)
            if len(m.name_text.split()) < 2:
                continue
            self.honorifics["later" if key in seen else "first", "with" if m.honorific else "without"] += 1
            seen.add(key)
            person = self.people.setdefault(key, _Person())
            person.names[m.name_text] += 1
            if m.title is None or m.past:
                continue
            title = " ".join(_title_text(release, m).split())
            entry = person.titles.setdefault(normalise_title(title), [Counter(), None, None, release.path])
            entry[0][title] += 1
            if date is not None:
                entry[1] = date if entry[1] is None else min(entry[1], date)
                entry[2] = date if entry[2] is None else max(entry[2], date)

    def _abouts(self, release: Release) -> None:
        from .checks.people import release_date

        date = release_date(release) or _dt.date.min
        self.about_present.add("with" if release.abouts else "without", release.path)
        for about in release.abouts:
            name = " ".join(release.prose[about.name.start:about.name.end].split()).rstrip(":").strip()
            if not name or not about.paragraphs:
                continue
            text = "\n\n".join(" ".join(release.text[p.start:p.end].split()) for p in about.paragraphs)
            entry = self.abouts.setdefault(name, _About(example=release.path))
            entry.headings[" ".join(release.text[about.heading.start:about.heading.end].split()).strip("#*: ")] += 1
            entry.texts[text] += 1
            entry.latest[text] = max(entry.latest.get(text, _dt.date.min), date)

    def _tickers(self, release: Release) -> None:
        forms: dict[tuple[str, str], set] = {}
        for span in release.scope("prose"):
            for m in _TICKER_IN_PARENTHESES.finditer(release.prose, span.start, span.end):
                listing = _listing(f"({m.group('ticker')})")
                if listing is None:
                    continue
                entry = self.tickers.setdefault(listing, [Vote(), Counter()])
                forms.setdefault(listing, set()).add(f"({m.group('ticker')})")
                before = _COMPANY_BEFORE.search(release.prose[max(0, m.start() - 120):m.start()])
                if before:
                    entry[1][before.group(1)] += 1
        for listing, written in forms.items():
            for form in written:
                self.tickers[listing][0].add(form, release.path, _date(release))

    def _conventions(self, release: Release) -> None:
        prose, path = release.prose, release.path
        curly = sum(prose.count(c) for c in "“”")
        straight = prose.count('"')
        if curly or straight:
            self.vote("quotes", "curly" if curly >= straight else "straight", release)
        word = len(_PERCENT_WORD.findall(prose))
        symbol = len(_PERCENT_SIGN.findall(prose))
        if word or symbol:
            self.vote("percent", "word" if word > symbol else "symbol", release)
        if release.structured:
            mark = release.text[release.end_mark.start:release.end_mark.end].strip() if release.end_mark else "none"
            self.vote("end-mark", mark if mark in ("###", "-30-") else "none", release)
            self.vote("contact", "with" if release.contact else "without", release)

    # ------------------------------------------------------------------------------ writing

    def boilerplate_files(self) -> dict[str, str]:
        """Canonical About texts to save beside the config: file name -> text."""
        return {entry[1]: entry[2] for entry in self._boilerplate(self._company())}

    def _company(self) -> tuple[str, str] | None:
        """(the company, why): the mark most releases carry, else the About section most carry."""
        if self.marks:
            term, mark = max(self.marks.items(), key=lambda item: (item[1].releases, item[0]))
            return term, f"the mark most releases carry ({mark.releases} of {self.releases})"
        if self.abouts:
            name, about = max(self.abouts.items(), key=lambda item: (sum(item[1].texts.values()), item[0]))
            return _company_name(name), f"the About section most releases carry ({sum(about.texts.values())})"
        return None

    def _boilerplate(self, company: tuple[str, str] | None = None) -> list[tuple[str, str, str, _About, int]]:
        """(company, file, canonical text, counts, releases) for each company with an About section:
        the one most releases carry first (of equals, the house company's)."""
        house = company[0].lower() if company else ""
        chosen = []
        used: set[str] = set()
        for name, about in sorted(self.abouts.items(), key=lambda item: (
                -sum(item[1].texts.values()), house not in item[0].lower(), item[0])):
            releases = sum(about.texts.values())
            best = max(about.texts, key=lambda t: (about.texts[t], about.latest[t]))
            slug = base = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:60] or "company"
            number = 1
            while slug in used:  # two names that differ only in case or punctuation
                number += 1
                slug = f"{base}-{number}"
            used.add(slug)
            chosen.append((name, f"boilerplate/about-{slug}.txt", best + "\n", about, releases))
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
        out += self._dateline_lines()
        out += self._mark_lines()
        out += self._people_lines()
        out += self._boilerplate_lines(boilerplate)
        out += self._ticker_lines()
        out += self._convention_lines()
        return "\n".join(out) + "\n"

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
        for term, mark in sorted(self.marks.items(), key=lambda item: (-item[1].releases, item[0])):
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
            variants = [v for v, _ in mark.variants.most_common() if v != term]
            if variants:
                lines.append(f"      # written otherwise: {', '.join(f'{v} ({mark.variants[v]})' for v in variants)}")
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
            others = [n for n in person.names if n != name]
            lines.append(f"    # named {_plural(sum(person.names.values()), 'time')}"
                         + (f"; also written {', '.join(others)}" if others else ""))
            if len(person.titles) > 1:
                lines.append(f"    # {DECIDE}: {len(person.titles)} titles seen. If one followed the other, give "
                             "each its from: and to: dates; if one is wrong, delete it.")
            lines.append(f"    - name: {_q(name)}")
            lines.append("      titles:")
            for forms, first, last, path in sorted(person.titles.values(),
                                                   key=lambda t: (t[1] or _dt.date.min, t[3])):
                title = forms.most_common(1)[0][0]
                seen = sum(forms.values())
                when = f"{first.isoformat()} to {last.isoformat()}" if first else "undated"
                lines.append(f"        # {seen} mention{'s' if seen != 1 else ''}, {when} (e.g. {path})")
                lines.append(f"        - title: {_q(title)}")
        return lines

    def _boilerplate_lines(self, boilerplate) -> list[str]:
        if not boilerplate:
            return []
        lines = ["", "  # Each company's About section: the text most releases carry (the latest of equals),",
                 "  # saved beside this file."]
        lines.append("  boilerplate:")
        carried = self.about_present.counts["with"]
        for name, file, _text, about, releases in boilerplate:
            heading, _ = about.headings.most_common(1)[0]
            versions = len(about.texts)
            lines.append(f"    # in {releases} release{'s' if releases != 1 else ''}, "
                         f"{versions} version{'s' if versions != 1 else ''} of the text (e.g. {about.example})")
            if versions > 1:
                lines.append(f"    # {DECIDE}: the versions differ; {file} holds the most used, the latest of equals")
            lines.append(f"    - heading: {_q(heading)}")
            lines.append(f"      company: {_q(_company_name(name))}")
            lines.append(f"      file: {_q(file)}")
            required = "always" if releases * 2 > self.releases or name == boilerplate[0][0] else "when-mentioned"
            lines.append(f"      required: {required}  # {releases} of {self.releases} releases carry it"
                         if carried else f"      required: {required}")
        return lines

    def _convention_lines(self) -> list[str]:
        lines = []
        quotes = self._choice("quotes", "quotes", "    ")
        if quotes:
            lines += ["", "  typography:"] + quotes
        percent = self._choice("percent", "percent", "    ")
        if percent:
            lines += ["", "  numbers:"] + percent
        end = self._choice("end-mark", "end-mark", "  ", translate=_q)
        if end:
            lines += [""] + end
        contact = self.aspects.get("contact")
        if contact is not None and contact.counts:  # a style the releases cannot show: relint's default stays
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


_PERCENT_WORD = re.compile(r"\d\s*(?:percent|per cent)\b", re.I)
_PERCENT_SIGN = re.compile(r"\d\s*%")


def _mentions(prose: str, term: str, start: int, end: int):
    """Every occurrence of ``term`` in ``prose[start:end]``, in any case, with any white space (or
    none) between its words."""
    words = [re.escape(w) for w in term.split()]
    return re.compile(r"(?<![\w-])" + r"\s*".join(words) + r"(?![\w-])", re.I).finditer(prose, start, end)


_SENTENCE_BREAK = re.compile(r"[.!?:;]\s+")
_CONNECTOR = re.compile(r"\s+(?:and|of|for|the|with|in|at|by|from|to|as|&)\s+")


def _mark_term(term: str) -> str:
    """The name a mark belongs to, where the words before it were caught too: "Eye Diseases.
    MicroPort" and "Bo Peng and MicroPort" -> "MicroPort" (a last word that is a name on its own:
    an inner capital, a digit or all capitals), but "Bank of America" stays whole."""
    from .checks.trademarks import _LEADING_FILLER

    term = _SENTENCE_BREAK.split(term)[-1]  # a mark never reaches back over a sentence's end
    lead = _LEADING_FILLER.match(term)
    if lead and lead.end() < len(term):
        term = term[lead.end():]
    last = _CONNECTOR.split(term)[-1]
    if last != term and " " not in last and (re.search(r"[a-z][A-Z]|\d", last) or
                                            (last.isupper() and len(last) > 1)):
        return last
    return term


def _marked_at(prose: str, end: int) -> bool:
    return re.match(r"[ \t]?(?:[®™℠]|\((?:R|TM|SM)\))", prose[end:end + 6]) is not None


# A ticker in parentheses, perhaps with more inside: "(00853.HK, MicroPort®)" writes "(00853.HK)".
_TICKER_IN_PARENTHESES = re.compile(
    r"\([^()\n]{0,60}?(?<![\w.])(?P<ticker>\d{4,5}\.HK|HK\s*\d{4,5}|(?:NYSE(?:\s+American)?|NASDAQ|Nasdaq|HKEX|SEHK|"
    r"TSXV?|ASX|LSE|OTC\w*|CSE|AMEX)\s*:\s*[\w.]*\w)(?![\w])[^()\n]{0,60}?\)")
_COMPANY_BEFORE = re.compile(r"((?:[A-Z][\w&.'-]*[ \t]+){0,5}[A-Z][\w&.'-]*)(?:[®™])?[ \t]*$")
_EXCHANGE_SYMBOL = re.compile(r"\((?P<exchange>[A-Za-z][\w ]*?)\s*:\s*(?P<symbol>[\w.]+)\)")
_HK = re.compile(r"\((?:(?P<a>\d{4,5})\.HK|HK\s*(?P<b>\d{4,5}))\)")


def _listing(form: str) -> tuple[str, str] | None:
    """(exchange, symbol) of a ticker as written: "(NASDAQ: ABCD)", "(00853.HK)", "(HK 00853)"."""
    m = _HK.fullmatch(form)
    if m:
        return "HKEX", m.group("a") or m.group("b")
    m = _EXCHANGE_SYMBOL.fullmatch(form)
    if m:
        exchange = " ".join(m.group("exchange").split())
        return ("HKEX" if exchange == "SEHK" else exchange.upper() if exchange != "NYSE American" else exchange), m.group("symbol")
    return None


def _side(with_: int, without: int) -> str | None:
    if with_ + without == 0 or with_ * 2 == with_ + without:
        return None
    return "with" if with_ * 2 > with_ + without else "without"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _company_name(about_name: str) -> str:
    """"MicroPort Scientific Corporation (MIH)" -> "MicroPort Scientific Corporation"."""
    name = re.sub(r"\s*\([^)]*\)\s*$", "", about_name).strip() or about_name
    return name[4:] if name.lower().startswith("the ") else name


def _q(value: str) -> str:
    """A YAML scalar: double-quoted (JSON's escapes are YAML's)."""
    return json.dumps(value, ensure_ascii=False)


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
