"""RL210: a name other releases mark, written here without its mark."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

import regex

from ... import lazyre
from ...model import Context, Finding, Span
from ...read.marks import ASCII, marked_terms
from ...read.needs import WordIndex, literal_requirement
from ..spec import rule
from .marks import TRADEMARKS, exempt_spans


def _distinctive(term: str) -> bool:
    """A term that can only be a name: CamelCase, letters with digits, capitals, or several words."""
    # Short capitals (USA, CEO) are acronyms more often than marks: five letters at least.
    return (bool(_CAMEL.search(_SURNAME_PREFIX.sub("", term))) or bool(_LETTER_DIGIT.search(term))
            or (term.isupper() and len(term) >= 5) or " " in term)


_CAMEL = lazyre.compile(r"\p{Ll}\p{Lu}")
_SURNAME_PREFIX = lazyre.compile(r"\b(?:Ma?c|D[ei]|L[ae])(?=\p{Lu})")  # McAfee, MacLeod, DeLuca, LaSalle
_LETTER_DIGIT = lazyre.compile(r"\p{L}\p{N}|\p{N}\p{L}")


def marks_facts(release, ctx: Context):
    """Which distinctive terms this release writes with a symbol, and how often without."""
    facts: dict[str, list] = {}
    for term, span, symbol, _ in marked_terms(release):
        if not _distinctive(term) or release.prose[max(0, span.start - 2):span.start] == ", ":
            continue  # "Military City, USA®": where the mark starts is unclear
        entry = facts.setdefault(term, [ASCII.get(symbol, symbol), 0])
        entry[1] += 1
    return facts or None


def marks_summary(facts, ctx: Context):
    """Each distinctive term with the releases that mark it, and a matcher to find it unmarked."""
    seen: dict[str, dict] = {}
    for path, terms in facts:
        for term, (symbol, count) in terms.items():
            entry = seen.setdefault(term, {"releases": 0, "symbols": {}, "example": path})
            entry["releases"] += 1
            entry["symbols"][symbol] = entry["symbols"].get(symbol, 0) + 1
    if not seen:
        return None
    alternation = "|".join(r"\s+".join(regex.escape(w) for w in t.split()) for t in sorted(seen, key=len, reverse=True))
    pattern = regex.compile(rf"(?<![\p{{L}}\p{{N}}-])(?:{alternation})(?![\p{{L}}\p{{N}}])(?![ \t]?(?:[®™℠]|\((?:R|TM|SM)\)))")
    return MarkedElsewhere(seen, pattern, len(facts))


@dataclass(frozen=True)
class MarkedElsewhere:
    """The distinctive terms the corpus writes with a mark: term -> {releases, symbols, example}."""

    terms: dict[str, dict]
    pattern: Any  # finds any of them written without a mark
    total: int

    @cached_property
    def index(self) -> tuple[WordIndex, list[str]]:
        """The terms indexed by the words each must contain (``relint.read.needs``), built once a
        corpus: which terms can a text hold at all?"""
        terms = sorted(self.terms)
        return WordIndex([literal_requirement(term) for term in terms]), terms


@rule("RL210", "mark-inconsistent-across-releases", severity="info",
      facts=marks_facts, aggregate=marks_summary, house=(TRADEMARKS,))
def mark_inconsistent_across_releases(release, ctx: Context):
    """A name that carries ® or ™ in other releases appears here without it.

    ## What it checks
    Needs no registry. Across the releases linted together (or the configured `corpus:`),
    relint collects the names written with ®, ™ or ℠ (names only: CamelCase words such as
    `CardioDialysis`, words with digits, capitals, or phrases of several words). A release that
    mentions such a name and never marks it is reported, with the number of releases that do, so a
    team can build its registry from its own back catalogue. A release that marks the name once
    is left to the registry rules.

    ## Why
    The same product written `CardioDialysis™` in one release and `CardioDialysis` in the next
    looks careless to readers and weakens the mark.

    ## Examples
    ```corpus
    The CardioDialysis™ system treats patients at home.
    ~~~
    Doctors prescribed the CardioDialysis™ system.
    ```

    ```bad
    The CardioDialysis system reached 40 clinics.
    ```

    ```good
    The CardioDialysis™ system reached 40 clinics.
    ```
    """
    summary = ctx.corpus
    if summary is None:
        return
    own = {term for term, *_ in marked_terms(release)}
    index, terms = summary.index
    if all(terms[i] in own for i in index.candidates(release.words)):
        return  # the text holds the words of no term but its own marked ones: no look needed
    exempt = [span for mark in TRADEMARKS.of(ctx.house) for span in exempt_spans(release, mark)]
    reported: set[str] = set()
    for span in release.scope("prose"):
        for m in summary.pattern.finditer(release.prose, span.start, span.end):
            term = " ".join(m.group().split())
            info = summary.terms.get(term)
            if info is None or term in own or term in reported:
                continue
            if any(e.contains(Span(m.start(), m.end())) for e in exempt):
                continue  # a legal entity name the registry lists
            if term.lower() in release.words:
                continue  # also an ordinary word in this release
            reported.add(term)
            symbol = max(info["symbols"], key=info["symbols"].get)
            count = info["releases"]
            yield Finding(Span(m.start(), m.end()), f"'{term}' carries {symbol} in {count} other "
                                                    f"release{'s' if count != 1 else ''} (e.g. {info['example']}) "
                                                    "but never here")
