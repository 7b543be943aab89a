"""Suppression comments, the same in Markdown and plain text.

    <!-- relint-disable RL201 -->  ...  <!-- relint-enable RL201 -->
    <!-- relint-disable-next-line RL305 -->
    <!-- relint-disable-file -->            (or with codes)
    front matter:  relint: {ignore: [RL5]}

Codes may be full codes, prefixes (RL5) or rule names; no code means every rule.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from .. import lazyre
from ..model import Diagnostic, Span

_COMMENT = lazyre.compile(
    r"<!--\s*relint-(?P<verb>disable-next-line|disable-file|disable|enable)\b(?P<codes>[^>]*?)\s*-->"
)


@dataclass
class Directive:
    """One suppression: which lines it covers, which codes, where it is written, and whether it hid anything."""

    span: Span | None               # the comment (None for front matter)
    codes: tuple[str, ...]          # empty: every rule
    first_line: int
    last_line: int
    used: bool = False

    def covers(self, diagnostic: Diagnostic) -> bool:
        if not self.first_line <= diagnostic.start.line <= self.last_line:
            return False
        return not self.codes or any(_names(c, diagnostic) for c in self.codes)


@dataclass
class Suppressions:
    directives: list[Directive] = field(default_factory=list)

    def hides(self, diagnostic: Diagnostic) -> bool:
        hidden = False
        for directive in self.directives:
            if directive.covers(diagnostic):
                directive.used = True
                hidden = True
        return hidden

    def unused(self) -> list[Directive]:
        return [d for d in self.directives if not d.used and d.span is not None]


def _names(selector: str, d: Diagnostic) -> bool:
    return selector == d.name or d.code.startswith(selector.upper())


def parse_suppressions(release) -> Suppressions:
    result = Suppressions()
    last_line = max(1, len(release.lines))
    ignore = release.front_matter.get("relint", {}) if isinstance(release.front_matter, dict) else {}
    if isinstance(ignore, dict):
        codes = ignore.get("ignore", [])
        if isinstance(codes, str):
            codes = [codes]
        if isinstance(codes, list) and codes:
            result.directives.append(Directive(None, tuple(str(c) for c in codes), 1, last_line))
    open_ranges: dict[str, tuple[int, Span]] = {}
    for m in _COMMENT.finditer(release.text):
        codes = tuple(c for c in regex.split(r"[\s,]+", m.group("codes").strip()) if c)
        span = Span(m.start(), m.end())
        line = release.lines.position(m.start()).line
        verb = m.group("verb")
        if verb == "disable-file":
            result.directives.append(Directive(span, codes, 1, last_line))
        elif verb == "disable-next-line":
            end_line = release.lines.position(m.end()).line
            result.directives.append(Directive(span, codes, end_line + 1, end_line + 1))
        elif verb == "disable":
            for code in codes or ("*",):
                open_ranges.setdefault(code, (line, span))
        else:
            for code in codes or tuple(open_ranges):
                opened = open_ranges.pop(code, None)
                if opened is not None:
                    result.directives.append(Directive(opened[1], () if code == "*" else (code,), opened[0], line))
    for code, (start, span) in open_ranges.items():
        result.directives.append(Directive(span, () if code == "*" else (code,), start, last_line))
    return result
