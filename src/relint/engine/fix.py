"""Apply fixes: non-overlapping edits, safe ones unless asked, repeated until nothing changes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

from ..model import Applicability, Diagnostic, Edit

MAX_PASSES = 10


@dataclass(frozen=True)
class Applied:
    code: str
    name: str
    description: str
    line: int


def applicable(diagnostics: Iterable[Diagnostic], unsafe: bool) -> list[Diagnostic]:
    allowed = {Applicability.SAFE, Applicability.UNSAFE} if unsafe else {Applicability.SAFE}
    return [d for d in diagnostics if d.fix is not None and d.fix.applicability in allowed]


def choose(text: str, diagnostics: Iterable[Diagnostic], unsafe: bool = False) -> tuple[list[Edit], list[Applied]]:
    """The edits of every applicable fix that overlaps no fix taken before it (in text order)."""
    chosen: list[Edit] = []
    applied: list[Applied] = []
    taken: list[tuple[int, int]] = []
    for d in sorted(applicable(diagnostics, unsafe), key=lambda d: (d.fix.span.start, d.fix.span.end, d.code)):
        edits = d.fix.edits
        if any(_overlaps(e.span.start, e.span.end, s, t) for e in edits for s, t in taken):
            continue
        if any(text[e.span.start:e.span.end] == e.replacement for e in edits) and len(edits) == 1:
            continue  # a fix that changes nothing is not a fix
        chosen.extend(edits)
        taken.extend((e.span.start, e.span.end) for e in edits)
        applied.append(Applied(d.code, d.name, d.fix.description or d.message, d.start.line))
    return chosen, applied


def apply_once(text: str, diagnostics: Iterable[Diagnostic], unsafe: bool = False) -> tuple[str, list[Applied]]:
    """Apply every applicable fix whose edits overlap no fix taken before it (in text order)."""
    chosen, applied = choose(text, diagnostics, unsafe)
    out = []
    pos = 0
    for edit in sorted(chosen, key=lambda e: (e.span.start, e.span.end)):
        out.append(text[pos:edit.span.start])
        out.append(edit.replacement)
        pos = edit.span.end
    out.append(text[pos:])
    return "".join(out), applied


def _overlaps(a: int, b: int, c: int, d: int) -> bool:
    # Two insertions at one point also conflict: their order would be arbitrary.
    return (a < d and c < b) or (a == b == c == d) or (a == c and (a == b or c == d))


def fix_until_stable(text: str, lint: Callable[[str], list[Diagnostic]], unsafe: bool = False
                     ) -> tuple[str, list[Applied], list[Diagnostic]]:
    """Lint, fix, lint again, until no applicable fix remains (bounded). Returns the remaining findings."""
    applied_all: list[Applied] = []
    diagnostics = lint(text)
    for _ in range(MAX_PASSES):
        new_text, applied = apply_once(text, diagnostics, unsafe)
        if not applied or new_text == text:
            break
        applied_all.extend(applied)
        text = new_text
        diagnostics = lint(text)
    return text, applied_all, diagnostics
