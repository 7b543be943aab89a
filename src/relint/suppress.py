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

from .model import Diagnostic

_COMMENT = regex.compile(
    r"<!--\s*relint-(?P<verb>disable-next-line|disable-file|disable|enable)\b(?P<codes>[^>]*?)\s*-->"
)


@dataclass
class Suppressions:
    file_codes: list[str] = field(default_factory=list)
    file_all: bool = False
    ranges: list[tuple[int, int, tuple[str, ...]]] = field(default_factory=list)  # start line, end line, codes
    lines: dict[int, tuple[str, ...]] = field(default_factory=dict)

    def hides(self, diagnostic: Diagnostic) -> bool:
        def named(codes: tuple[str, ...] | list[str]) -> bool:
            return not codes or any(_names(c, diagnostic) for c in codes)

        if self.file_all or any(_names(c, diagnostic) for c in self.file_codes):
            return True
        line = diagnostic.start.line
        if line in self.lines and named(self.lines[line]):
            return True
        return any(start <= line <= end and named(codes) for start, end, codes in self.ranges)


def _names(selector: str, d: Diagnostic) -> bool:
    return selector == d.name or d.code.startswith(selector.upper())


def parse_suppressions(release) -> Suppressions:
    result = Suppressions()
    ignore = release.front_matter.get("relint", {}) if isinstance(release.front_matter, dict) else {}
    if isinstance(ignore, dict):
        codes = ignore.get("ignore", [])
        if isinstance(codes, str):
            codes = [codes]
        if isinstance(codes, list):
            result.file_codes.extend(str(c) for c in codes)
    open_ranges: dict[str, int] = {}
    last_line = len(release.lines)
    for m in _COMMENT.finditer(release.text):
        codes = tuple(c for c in regex.split(r"[\s,]+", m.group("codes").strip()) if c)
        line = release.lines.position(m.start()).line
        verb = m.group("verb")
        if verb == "disable-file":
            if codes:
                result.file_codes.extend(codes)
            else:
                result.file_all = True
        elif verb == "disable-next-line":
            end_line = release.lines.position(m.end()).line
            result.lines[end_line + 1] = codes
        elif verb == "disable":
            for code in codes or ("*",):
                open_ranges.setdefault(code, line)
        else:
            for code in codes or tuple(open_ranges):
                start = open_ranges.pop(code, None)
                if start is not None:
                    result.ranges.append((start, line, () if code == "*" else (code,)))
    for code, start in open_ranges.items():
        result.ranges.append((start, last_line, () if code == "*" else (code,)))
    return result
