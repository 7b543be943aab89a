"""The house trademark registry (``house.trademarks``) and where a release mentions each mark.

Each mark with its symbol (® registered, ™ unregistered, ℠ service mark), a policy
(``every-mention``, ``first-mention``, ``first-and-headline`` or ``none``), known variants, exempt
phrases (legal entity names in which the mark's word stands without a symbol) and a headline choice.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ...house import Registry, choice, setting
from ...model import Span
from ...read.marks import ASCII, SYMBOLS


@dataclass(frozen=True)
class Mark:
    text: str
    symbol: str
    policy: str
    variants: tuple[str, ...]
    exempt: tuple[str, ...]
    headline: str

    @property
    def kind(self) -> str:
        return SYMBOLS[self.symbol]


def _mark(entry) -> Mark:
    return Mark(entry["mark"], entry["symbol"], entry["policy"], tuple(entry["variants"]), tuple(entry["exempt"]),
                entry["headline"])


TRADEMARKS = Registry("trademarks", {
    "mark": setting(str, None, "The mark as the house writes it."),
    "symbol": choice("®", "™", "℠", doc="® for a registered mark, ™ for an unregistered one, ℠ for a service mark."),
    "policy": choice("every-mention", "first-mention", "first-and-headline", "none",
                     doc="Where the symbol goes: every mention, the first in the body, that and the headline, or none."),
    "variants": setting([str], (), "Other ways the mark is written: reported and fixed to the mark."),
    "exempt": setting([str], (), "Phrases in which the mark's word takes no symbol (legal entity names)."),
    "headline": choice("allowed", "required", "forbidden", doc="Whether the headline must, may or must not name it."),
}, _mark, required=("mark",), doc="The house's marks and how each is written.")


@dataclass(frozen=True)
class Mention:
    """One mention of a registered mark: the word(s), and the symbol right after it if any."""

    span: Span              # the mark's text
    symbol: str | None      # "®", "™", "℠", or an ASCII stand-in such as "(R)"
    symbol_span: Span | None
    in_headline: bool


@lru_cache(maxsize=1024)
def _mark_pattern(mark: Mark) -> regex.Pattern:
    body = r"\s+".join(regex.escape(w) for w in mark.text.split())
    return compiled(rf"(?<![\p{{L}}\p{{N}}-]){body}(?![\p{{L}}\p{{N}}])(?P<space>[ \t]?)(?P<symbol>[®™℠]|\((?:R|TM|SM)\))?")


@lru_cache(maxsize=256)
def compiled(source: str) -> regex.Pattern:
    return regex.compile(source)


def mentions(release, mark: Mark) -> tuple[Mention, ...]:
    """Every mention of ``mark`` in the headline and the prose, outside exempt phrases (found once
    a release: several rules ask, for every mark in the registry)."""
    if mark.text.split()[0] not in release.prose:  # the pattern needs the mark's words as written
        return ()
    return release.derived(("mark-mentions", mark), lambda: tuple(_find_mentions(release, mark)))


def _find_mentions(release, mark: Mark) -> list[Mention]:
    exempt = exempt_spans(release, mark)
    headline = release.headline
    found = []
    for scope_span in release.scope("prose"):
        for m in _mark_pattern(mark).finditer(release.prose, scope_span.start, scope_span.end):
            span = Span(m.start(), m.start() + len(m.group()) - len(m.group("space") or "") - len(m.group("symbol") or ""))
            if any(e.contains(span) for e in exempt) or release.is_protected(span):
                continue
            symbol = m.group("symbol")
            symbol_span = Span(m.start("symbol"), m.end("symbol")) if symbol else None
            if symbol and m.group("space") and symbol.startswith("("):
                symbol, symbol_span = None, None  # "(R)" after a space is more likely a party or a label
            found.append(Mention(span, symbol, symbol_span, bool(headline and headline.contains(span))))
    return found


def exempt_spans(release, mark: Mark) -> list[Span]:
    spans = []
    for phrase in mark.exempt:
        body = r"\s+".join(regex.escape(w) for w in phrase.split())
        for m in compiled(body).finditer(release.prose):
            spans.append(Span(m.start(), m.end()))
    return spans


def first_body_index(mentions_: list[Mention]) -> int | None:
    for i, mention in enumerate(mentions_):
        if not mention.in_headline:
            return i
    return None


def wants_symbol(mark: Mark, index: int, mention: Mention, first_body: int | None) -> bool | None:
    """True: the house writes the symbol here; False: it must not; None: either is fine."""
    if mention.in_headline:
        if mark.headline == "forbidden" or mark.policy == "none":
            return False
        if mark.headline == "required" or mark.policy in ("every-mention", "first-and-headline"):
            return True
        return None
    if mark.policy == "every-mention":
        return True
    if mark.policy == "none":
        return False
    return index == first_body


def symbol_text(mention: Mention) -> str:
    return ASCII.get(mention.symbol, mention.symbol) if mention.symbol else ""
