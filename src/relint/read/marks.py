"""Marks as a release writes them: every word or name set with ®, ™ or ℠ (or a typed stand-in,
(R), (TM), (SM)), whatever the house registry says."""

from __future__ import annotations

from .. import lazyre
from ..model import Span

SYMBOLS = {"®": "registered", "™": "unregistered", "℠": "service mark"}
ASCII = {"(R)": "®", "(r)": "®", "(TM)": "™", "(tm)": "™", "(SM)": "℠", "(sm)": "℠"}

# A marked term: the capitalised words right before a symbol ("Miracle Point®", "MicroPort®").
_MARKED = lazyre.compile(
    r"(?P<term>(?:\p{Lu}[\p{L}\p{N}&.+-]*|\p{N}[\p{L}\p{N}]*\p{L}[\p{L}\p{N}]*)(?:[ ](?:\p{Lu}[\p{L}\p{N}&.+-]*|of|and|for|the|de)){0,3})"
    r"(?P<space>[ \t]?)(?P<symbol>[®™℠]|\((?:R|TM|SM)\))"
)
# Words a headline or a sentence puts before a name: never part of the mark.
LEADING_FILLER = lazyre.compile(r"^(?:(?:The|Our|Its|Their|A|An|This|These|With|From|Using|New|All|Every|By|At|In|On|For|And|Of)\s+)+")


def marked_terms(release):
    """(term, span of the term, symbol as written, span of the symbol) for every word written with a mark."""
    return release.derived("marked-terms", lambda: _marked_terms(release))


_ANY_SYMBOL = lazyre.compile(r"[®™℠]|\((?:R|TM|SM)\)")


def _marked_terms(release):
    results = []
    if not _ANY_SYMBOL.search(release.prose):
        return results
    for span in release.scope("prose"):
        for m in _MARKED.finditer(release.prose, span.start, span.end):
            term = m.group("term")
            start = m.start("term")
            lead = LEADING_FILLER.match(term)
            if lead:
                start += lead.end()
                term = term[lead.end():]
            if not term:
                continue
            if m.group("symbol").startswith("(") and m.group("space"):
                continue
            term_span = Span(start, start + len(term))
            if release.is_protected(term_span):
                continue
            results.append((term, term_span, m.group("symbol"), Span(m.start("symbol"), m.end("symbol"))))
    return results
