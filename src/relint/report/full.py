"""The compiler view: the concise line, the source line with a caret underline, and the fix."""

from __future__ import annotations

import re

from . import Style
from .concise import line as headline


def render(results, style: Style = Style(), **_) -> str:
    out = []
    for result in results:
        # Split as LineIndex does (str.splitlines also breaks on \f, \u2028, ... and would misnumber lines).
        lines = _LINE_BREAK.split(result.text or "")
        for d in result.diagnostics:
            out.append(headline(d, style))
            out.extend(_excerpt(lines, d, style))
            if d.fix is not None:
                what = d.fix.description or "fix available"
                tag = "" if str(d.fix.applicability) == "safe" else " (unsafe: applied only with --unsafe-fixes)"
                out.append(f"  {style.paint('= help', 'bold', 'cyan')}: {what}{tag}")
            if d.detail:
                out.extend("  " + _paint_diff(line, style) for line in d.detail.splitlines())
            out.append("")
    return "\n".join(out) + ("\n" if out else "")


def _paint_diff(line: str, style: Style) -> str:
    if line.startswith("+") and not line.startswith("+++"):
        return style.paint(line, "green")
    if line.startswith("-") and not line.startswith("---"):
        return style.paint(line, "red")
    return line


_LINE_BREAK = re.compile(r"\r\n|\n|\r")


def _excerpt(lines: list[str], d, style: Style) -> list[str]:
    number = d.start.line
    if number > len(lines):
        return []
    source = lines[number - 1]
    gutter = str(number)
    pad = " " * len(gutter)
    start = d.start.column - 1
    end = d.end.column - 1 if d.end.line == number else len(source)
    shown, offset = _clip(source, start)
    width = max(1, min(end, len(source)) - start)
    # Tabs keep their width under the caret so the underline stays aligned.
    lead = "".join("\t" if ch == "\t" else " " for ch in shown[: start - offset])
    caret = style.paint("^" * min(width, max(1, len(shown) - (start - offset))), "bold", "red")
    return [
        f"{pad} {style.paint('|', 'cyan')}",
        f"{style.paint(gutter, 'cyan')} {style.paint('|', 'cyan')} {shown}",
        f"{pad} {style.paint('|', 'cyan')} {lead}{caret}",
    ]


def _clip(source: str, start: int, width: int = 160) -> tuple[str, int]:
    """Long paragraphs are one line in a release: show a window around the finding."""
    if len(source) <= width:
        return source, 0
    left = max(0, start - 60)
    right = min(len(source), left + width)
    text = source[left:right]
    prefix = "…" if left else ""
    suffix = "…" if right < len(source) else ""
    return prefix + text + suffix, left - len(prefix)
