"""The learned config as text: each choice with the split it was made from, and ``DECIDE`` where the
releases disagree; and the canonical About texts to save beside it."""

from __future__ import annotations

import datetime as _dt
import json
import re
from collections import Counter

from ..checks.dateline.form import DATELINE
from ..checks.numbers.forms import NUMBERS
from ..checks.people.house import PEOPLE, PEOPLE_STYLE
from ..checks.people.titles import titles_conflict
from ..checks.structure.boilerplate import BOILERPLATE
from ..checks.structure.furniture import CONTACT, END_MARK, TICKERS
from ..checks.trademarks.marks import TRADEMARKS
from ..checks.typography import TYPOGRAPHY
from ..config.validate import FAIL_LEVELS, TOP_LEVEL
from ..house import COMPANY, DATE
from ..read.people import normalise_title
from .observe import HONORIFICS
from .tally import Learner, _About, _company_name, _names_house, _Person

DECIDE = "DECIDE"


def config_text(tally: Learner) -> str:
    """The learned config, commented with its evidence."""
    return _Writer(tally).config()


def boilerplate_files(tally: Learner) -> dict[str, str]:
    """Canonical About texts to save beside the config: file name -> text."""
    return _Writer(tally).boilerplate_files()


class _Writer:
    def __init__(self, tally: Learner):
        self.tally = tally

    def boilerplate_files(self) -> dict[str, str]:
        """Canonical About texts to save beside the config: file name -> text."""
        return {entry[1]: entry[2] for entry in self._boilerplate(self._company())}

    def _company(self) -> tuple[str, str] | None:
        """(the company, why): the mark most releases carry, else the company whose About section
        most carry; either only where more than half of the releases carry it (an archive of many
        companies' releases has no house company)."""
        if self.tally.marks:
            mark = max(self.tally.marks.values(), key=lambda m: (m.releases, m.name))
            if mark.releases * 2 > self.tally.releases:
                return mark.name, f"the mark most releases carry ({mark.releases} of {self.tally.releases})"
        if self.tally.abouts:
            about = max(self.tally.abouts.values(), key=lambda a: (sum(a.texts.values()), a.name))
            carried = sum(about.texts.values())
            if carried * 2 > self.tally.releases:
                return _company_name(about.name), f"the About section most releases carry ({carried} of {self.tally.releases})"
        return None

    def _boilerplate(self, company: tuple[str, str] | None = None) -> list[tuple[str, str, str, _About, int]]:
        """(company, file, canonical text, counts, releases) for each company whose About section
        more than one release carries (and the house company's): the one most releases carry first
        (of equals, the house company's)."""
        house = company[0] if company else None
        chosen = []
        used: set[str] = set()
        for about in sorted(self.tally.abouts.values(), key=lambda a: (
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
            f"{self.tally.releases} release{'s' if self.tally.releases != 1 else ''} by `relint init --learn`.",
            "# Each choice says how the releases split. Entries marked DECIDE are where they disagree:",
            "# read them, choose, and delete the mark. See README.md#configuration for every key.",
            "",
            _top("fail-on", "error"),
            "",
            "# Canonical boilerplate texts are not releases.",
            _top("exclude", "[boilerplate/**]"),
            "",
            "house:",
        ]
        company = self._company()
        boilerplate = self._boilerplate(company)
        if company is not None:
            out += [f"  # {company[1]}", _set("  ", COMPANY, "company", company[0], quoted=True)]
        elif self.tally.marks or self.tally.abouts:
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

    def _choice(self, section, key: str, aspect: str, indent: str, translate=None, quoted: bool = False) -> list[str]:
        """``key: value`` as most releases have it, with the split in a comment; where no value has a
        majority, the most common (of equals, the latest) and a DECIDE mark."""
        vote = self.tally.aspects.get(aspect)
        if vote is None or not vote.counts:
            return []
        chosen = vote.majority()
        if chosen is None:  # the most common form is written, so that the rules still report the others
            chosen = vote.plurality()
            return [f"{indent}# {DECIDE}: no form has a majority ({vote.evidence()}); the most common is written",
                    _set(indent, section, key, translate(chosen) if translate else chosen, quoted=quoted)]
        return [f"{indent}# {vote.evidence()}", _set(indent, section, key, translate(chosen) if translate else chosen, quoted=quoted)]

    def _dateline_lines(self) -> list[str]:
        if not self.tally.forms.counts:
            return []
        lines = ["", "  # The dateline, aspect by aspect."]
        form = self.tally.forms.majority()
        body = []
        if form is not None:
            body += [f"    # the whole form: {self.tally.forms.evidence()}", _set("    ", DATELINE, "form", form, quoted=True)]
        else:
            body += [f"    # {DECIDE}: no whole form has a majority ({self.tally.forms.evidence()});",
                     "    # the most common is written, and each aspect below by its own count",
                     _set("    ", DATELINE, "form", self.tally.forms.plurality(), quoted=True)]
        for key in ("city-case", "date-order", "month-style", "dash", "dash-spacing"):
            body += self._choice(DATELINE, key, key, "    ")
        body += self._choice(DATELINE, "wire-tags", "wire-tags", "    ",
                             translate=lambda v: "required" if v == "wire tag" else "forbidden")
        body += self._choice(DATELINE, "year", "year", "    ", translate=lambda v: "required" if v == "year" else "optional")
        return lines + ["  dateline:"] + body

    def _mark_lines(self) -> list[str]:
        if not self.tally.marks:
            return []
        lines = ["", "  # Every word written with ®, ™ or ℠, and how the releases mark it."]
        lines.append("  trademarks:")
        for mark in sorted(self.tally.marks.values(), key=lambda m: (-m.releases, m.name)):
            term = mark.name
            symbol = mark.symbols.majority() if len(mark.symbols.counts) == 1 else None
            releases = mark.releases
            lines.append(f"    # {_plural(releases, 'release')} mark{'s' if releases == 1 else ''} it "
                         f"(e.g. {mark.example}); "
                         f"{mark.unmarked} mention{'s' if mark.unmarked != 1 else ''} there go without")
            if symbol is None:
                lines.append(f"    # {DECIDE}: written with more than one symbol: {mark.symbols.evidence()}")
                symbol = mark.symbols.counts.most_common(1)[0][0]
            lines.append(_set("    ", TRADEMARKS, "mark", term, quoted=True, item=True))
            lines.append(_set("      ", TRADEMARKS, "symbol", symbol, quoted=True))
            policy = mark.policy.majority()
            if not mark.policy.counts:
                lines.append("      # marked only outside the body text (a headline, an About section)")
                lines.append(_set("      ", TRADEMARKS, "policy", "first-mention"))
            elif policy in ("every-mention", "first-mention"):
                lines.append(f"      # marked: {mark.policy.evidence()}")
                lines.append(_set("      ", TRADEMARKS, "policy", policy))
            else:
                lines.append(f"      # {DECIDE}: how often to mark it: {mark.policy.evidence()}")
                lines.append(_set("      ", TRADEMARKS, "policy", "every-mention"))
            written = mark.variants + Counter({f: n for f, n in mark.forms.items() if f != term})
            variants = [v for v, _ in written.most_common() if v != term]
            if variants:
                lines.append(f"      # written otherwise: {', '.join(f'{v} ({written[v]})' for v in variants)}")
                lines.append(_set("      ", TRADEMARKS, "variants", variants))
        return lines

    def _people_lines(self) -> list[str]:
        titled = {key: p for key, p in self.tally.people.items() if p.titles}
        if not titled:
            return []
        counts = self.tally.honorifics
        first = _side(counts["first", "with"], counts["first", "without"])
        later = _side(counts["later", "with"], counts["later", "without"]) or first
        style = {("without", "without"): "none", ("without", "with"): "later", ("with", "with"): "always"}.get((first, later))
        evidence = (f"first mentions {counts['first', 'with']} with, {counts['first', 'without']} without; "
                    f"later ones {counts['later', 'with']} with, {counts['later', 'without']} without")
        lines = ["", "  # How people are named (AP style writes no courtesy titles: honorifics: none)."]
        lines.append("  people-style:")
        if style is None:
            lines.append(f"    # {DECIDE}: courtesy titles (Mr., Dr.): {evidence}")
            lines.append(_set("    ", PEOPLE_STYLE, "honorifics", "later"))
        else:
            lines.append(f"    # courtesy titles (Mr., Dr.): {evidence}")
            lines.append(_set("    ", PEOPLE_STYLE, "honorifics", style))
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
            lines.append(_set("    ", PEOPLE, "name", name, quoted=True, item=True))
            if inverted and len(orders) == 1:
                lines.append(_set("      ", PEOPLE, "order", "given-family"))
            if honorific is not None:
                lines.append(_set("      ", PEOPLE, "honorific", honorific, quoted=True))
            lines.append("      titles:")
            mentioned = sum(sum(t[0].values()) for t in held)
            for number, (forms, first, last, path) in enumerate(held):
                title = forms.most_common(1)[0][0]
                seen = sum(forms.values())
                when = f"{first.isoformat()} to {last.isoformat()}" if first else "undated"
                alone = " (a one-off: read it)" if conflict and not succession and seen == 1 and mentioned >= 3 else ""
                lines.append(f"        # {seen} mention{'s' if seen != 1 else ''}, {when} (e.g. {path}){alone}")
                lines.append(_set("        ", PEOPLE, "titles.title", title, quoted=True, item=True))
                if succession and number > 0:
                    lines.append(_set("          ", PEOPLE, "titles.from", first))
                if succession and number < len(held) - 1:
                    lines.append(_set("          ", PEOPLE, "titles.to", held[number + 1][1] - _dt.timedelta(days=1)))
        return lines

    def _boilerplate_lines(self, boilerplate, company: tuple[str, str] | None = None) -> list[str]:
        listed = {entry[0] for entry in boilerplate}
        once = sorted(about.name for about in self.tally.abouts.values() if about.name not in listed)
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
        carried = self.tally.about_present.counts["with"]
        for name, file, _text, about, releases in boilerplate:
            heading, _ = about.headings.most_common(1)[0]
            versions = len(about.texts)
            lines.append(f"    # in {releases} release{'s' if releases != 1 else ''}, "
                         f"{versions} version{'s' if versions != 1 else ''} of the text (e.g. {about.example})")
            if versions > 1:
                lines.append(f"    # {DECIDE}: the versions differ; {file} holds {about.canonical()[1]}")
            lines.append(_set("    ", BOILERPLATE, "heading", heading, quoted=True, item=True))
            lines.append(_set("      ", BOILERPLATE, "company", _company_name(name), quoted=True))
            lines.append(_set("      ", BOILERPLATE, "file", file, quoted=True))
            required = "always" if releases * 2 > self.tally.releases else "when-mentioned"
            if required != "always" and _names_house(name, house):
                lines.append(f"      # {DECIDE}: the house company's About section, in only {releases} of {self.tally.releases} "
                             "releases; required: always asks every release for it")
                required = "always"
            lines.append(_set("      ", BOILERPLATE, "required", required)
                         + (f"  # {releases} of {self.tally.releases} releases carry it" if carried else ""))
        return lines

    def _convention_lines(self) -> list[str]:
        lines = []
        quotes = self._choice(TYPOGRAPHY, "quotes", "quotes", "    ")
        if quotes:
            lines += ["", "  typography:"] + quotes
        numbers = self._choice(NUMBERS, "percent", "percent", "    ") + self._choice(NUMBERS, "range", "range", "    ")
        if numbers:
            lines += ["", "  numbers:"] + numbers
        end = self._choice(END_MARK, "end-mark", "end-mark", "  ", quoted=True)
        if end:
            lines += [""] + end
        contact = self.tally.aspects.get("contact")
        if contact is not None and contact.counts:
            if contact.majority() == "with":
                lines += ["", "  contact:", f"    # a media contact section: {contact.evidence()}",
                          _set("    ", CONTACT, "required", True)]
                lines += self._choice(CONTACT, "email-or-phone", "contact-reachable", "    ",
                                      translate=lambda v: v != "neither")
            else:  # that releases go without one is no house decision to copy: relint's default stays
                lines += ["", f"  # A media contact section: {contact.evidence()}. relint asks for one by default;",
                          "  # to drop that, write  contact: {required: false}"]
        return lines

    def _ticker_lines(self) -> list[str]:
        if not self.tally.tickers:
            return []
        lines = ["", "  # Stock tickers, in the form most releases write them.", "  tickers:"]
        for (exchange, symbol), (forms, companies) in sorted(self.tally.tickers.items()):
            form = forms.majority()
            if form is None:
                lines.append(f"    # {DECIDE}: written in several forms ({forms.evidence()}); the most common is written")
                form = forms.plurality()
            else:
                lines.append(f"    # {forms.evidence()}")
            lines.append(_set("    ", TICKERS, "exchange", exchange, quoted=True, item=True))
            lines.append(_set("      ", TICKERS, "symbol", symbol, quoted=True))
            lines.append(_set("      ", TICKERS, "form", form, quoted=True))
            if companies:
                lines.append(_set("      ", TICKERS, "company", companies.most_common(1)[0][0], quoted=True))
        return lines


def _set(indent: str, section, key: str, value, *, quoted: bool = False, item: bool = False) -> str:
    """One ``key: value`` line of the house, its key and value held to the section's declaration (a
    key inside an entry list as "titles.title"): the learned config is valid by construction, and a
    writer that strays raises here instead of writing a config relint refuses."""
    parts = key.split(".")
    settings = section.settings()
    if parts[0] not in settings:
        raise ValueError(f"house.{section.key} has no key {parts[0]!r}")
    shape = settings[parts[0]].shape
    for part in parts[1:]:
        shape = shape[0][part]
    if not _fits(value, shape):
        raise ValueError(f"house.{section.key}.{key}: {value!r} is not what the house takes there")
    if quoted:
        written = _q(value)
    elif isinstance(value, bool):
        written = "true" if value else "false"
    elif isinstance(value, list):
        written = f"[{', '.join(_q(v) for v in value)}]"
    elif isinstance(value, _dt.date):
        written = value.isoformat()
    else:
        written = str(value)
    return f"{indent}{'- ' if item else ''}{parts[-1]}: {written}"


def _fits(value, shape) -> bool:
    if isinstance(shape, frozenset):
        return value in shape
    if shape is DATE:
        return isinstance(value, (str, _dt.date))
    if isinstance(shape, list):
        return isinstance(value, list) and all(_fits(v, shape[0]) for v in value)
    if shape is bool:
        return isinstance(value, bool)
    if shape is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, shape)


def _top(key: str, written: str) -> str:
    """A top-level line of the config (its key one the config takes)."""
    if key not in TOP_LEVEL or (key == "fail-on" and written not in FAIL_LEVELS):
        raise ValueError(f"the config takes no {key}: {written}")
    return f"{key}: {written}"


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




def _own_honorific(person: _Person, style: str | None) -> tuple[str | None, bool]:
    """(the courtesy title to register for a person, whether they were given more than one): the
    one most of their mentions carry; ``none`` for someone named at least twice and never given
    one where the house gives everyone one; else None, and the house policy applies. Under
    ``later`` nothing is registered: a registered title is checked for which it is, no longer for
    when it is used."""
    if style == "later":
        return None, False
    given = Counter({h: n for h, n in person.honorifics.items() if h in HONORIFICS})
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
