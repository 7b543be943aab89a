"""What the declarative kinds share: term lists as patterns, scoped matching, messages."""

from __future__ import annotations

import bisect
import string
from functools import lru_cache
from typing import Iterator

import regex

from .. import lazyre
from ..model import Span
from ..read.needs import WordIndex, literal_requirement
from ..read.release import Release
from ..read.words import TextFacts

_FIELDS = string.Formatter()
# A user pattern that backtracks for longer than this is stopped and reported, not left to hang CI.
REGEX_TIMEOUT = 2.0


def term_pattern(term: str) -> str:
    """A literal word or phrase, matched as whole words; spaces match any run of white space."""
    parts = [regex.escape(word) for word in term.split()]
    body = r"\s+".join(parts)
    before = r"(?<![\w-])" if term[:1].isalnum() else ""
    after = r"(?![\w-])" if term[-1:].isalnum() else ""
    return before + body + after


class TermMatcher:
    """Many literal words and phrases in one fast pattern, each match mapped back to its term.

    The word boundaries are factored out of the alternation (one lookaround pair for all
    terms instead of one per term), which makes the scan several times faster on long lists.
    On a text, only the terms whose words the text holds go into the alternation (relint's word
    index, ``relint.read.needs``): a term that cannot match never decides a match, so the findings
    are the same, and a house list of hundreds of terms costs little more than a short one.
    """

    def __init__(self, terms: list[str], ignorecase: bool, compile_with=None):
        self.ignorecase = ignorecase
        self.terms = list(terms)
        self.flags = regex.IGNORECASE if ignorecase else 0
        self.index: dict[str, int] = {}
        for i, term in enumerate(terms):
            self.index.setdefault(self._key(term), i)
        source = self.source(range(len(terms))) or r"(?!)"
        self.pattern = compile_with(source, self.flags) if compile_with else regex.compile(source, self.flags)
        self.words = WordIndex([literal_requirement(t) for t in terms])

    def source(self, chosen) -> str:
        """The alternation of the chosen terms, longest first, boundaries factored out."""
        bounded, loose = [], []
        for i in chosen:
            term = self.terms[i]
            body = r"\s+".join(regex.escape(word) for word in term.split())
            (bounded if term[:1].isalnum() and term[-1:].isalnum() else loose).append((len(term), body, term))
        alternatives = []
        if bounded:
            alternatives.append(r"(?<![\w-])(?:" + "|".join(b for _, b, _ in sorted(bounded, reverse=True)) + r")(?![\w-])")
        alternatives += [term_pattern(t) for _, _, t in sorted(loose, reverse=True)]
        return "|".join(alternatives)

    def source_for(self, words: TextFacts) -> str:
        """The alternation of the terms a text can hold, by its ``words`` ('' when it holds none)."""
        chosen = self.words.candidates(words)
        return self.source(chosen) if chosen else ""

    def pattern_for(self, words: TextFacts, extra: tuple[str, ...] = ()):
        """The compiled pattern for a text, by its ``words``: its possible terms, then ``extra`` alternatives."""
        alternatives = tuple(a for a in (self.source_for(words), *extra) if a)
        return _compiled("|".join(alternatives), self.flags) if alternatives else None

    def _key(self, text: str) -> str:
        key = " ".join(text.split())
        return key.lower() if self.ignorecase else key

    def term_index(self, matched: str) -> int:
        return self.index[self._key(matched)]


@lru_cache(maxsize=1024)
def _compiled(source: str, flags: int):
    return regex.compile(source, flags)


def check_message(ctx, message: str, allowed: set[str]) -> None:
    try:
        fields = {name for _, name, _, _ in _FIELDS.parse(message) if name is not None}
    except ValueError as exc:
        raise ctx.error("message", f"cannot be formatted: {exc}") from None
    unknown = fields - allowed
    if unknown:
        raise ctx.error("message", f"unknown placeholder {{{sorted(unknown)[0]}}} (use: {', '.join(sorted(allowed))})")


_BLANK = lazyre.compile(r"\s*")


def scoped_matches(release: Release, pattern: regex.Pattern, scopes: tuple[str, ...], timeout: float) -> Iterator[regex.Match]:
    """Matches of ``pattern`` on the prose inside ``scopes``, never inside URLs, e-mails or markup.

    Spans separated only by white space (paragraphs) are scanned in one pass; a match must still
    lie inside one span.
    """
    spans = sorted({span for scope in scopes for span in release.scope(scope)})
    if not spans:
        return
    prose = release.prose
    runs: list[list[Span]] = [[spans[0]]]
    for span in spans[1:]:
        last = runs[-1][-1]
        if span.start >= last.end and _BLANK.match(prose, last.end, span.start).end() == span.start:
            runs[-1].append(span)
        else:
            runs.append([span])
    seen_end = -1
    for run in runs:
        starts = [s.start for s in run]
        # The limit stops a backtracking pattern, not a long text: it grows with the length scanned.
        limit = timeout * max(1.0, (run[-1].end - run[0].start) / 200_000)
        for m in pattern.finditer(prose, run[0].start, run[-1].end, timeout=limit):
            if m.end() == m.start() or m.start() < seen_end:
                continue
            owner = run[bisect.bisect_right(starts, m.start()) - 1]
            if m.end() > owner.end:
                continue
            found = Span(m.start(), m.end())
            if release.is_protected(found):
                continue
            seen_end = m.end()
            yield m


def match_case(original: str, replacement: str) -> str:
    """Carry the case of the replaced text over to its replacement: Whilst -> While, WHILST -> WHILE."""
    if original.isupper() and len(original) > 1:
        return replacement.upper()
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement
