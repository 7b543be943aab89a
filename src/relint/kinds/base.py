"""What the declarative kinds share: term lists as patterns, scoped matching, messages."""

from __future__ import annotations

import string
from typing import Iterator

import regex

from ..model import Span
from ..release import Release

_FIELDS = string.Formatter()


def term_pattern(term: str) -> str:
    """A literal word or phrase, matched as whole words; spaces match any run of white space."""
    parts = [regex.escape(word) for word in term.split()]
    body = r"\s+".join(parts)
    before = r"(?<![\w-])" if term[:1].isalnum() else ""
    after = r"(?![\w-])" if term[-1:].isalnum() else ""
    return before + body + after


def check_message(ctx, message: str, allowed: set[str]) -> None:
    try:
        fields = {name for _, name, _, _ in _FIELDS.parse(message) if name is not None}
    except ValueError as exc:
        raise ctx.error("message", f"cannot be formatted: {exc}") from None
    unknown = fields - allowed
    if unknown:
        raise ctx.error("message", f"unknown placeholder {{{sorted(unknown)[0]}}} (use: {', '.join(sorted(allowed))})")


def scoped_matches(release: Release, pattern: regex.Pattern, scopes: tuple[str, ...], timeout: float) -> Iterator[regex.Match]:
    """Matches of ``pattern`` on the prose inside ``scopes``, never inside URLs, e-mails or markup."""
    spans = sorted({span for scope in scopes for span in release.scope(scope)})
    seen_end = -1
    for span in spans:
        for m in pattern.finditer(release.prose, span.start, span.end, timeout=timeout):
            if m.end() == m.start() or m.start() < seen_end:
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
