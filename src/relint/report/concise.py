"""``PATH:LINE:COL: SEVERITY: MESSAGE [CODE NAME]``, one finding a line, for editors and grep."""

from __future__ import annotations

from . import Style


def line(d, style: Style = Style()) -> str:
    location = f"{d.path}:{d.start.line}:{d.start.column}"
    return f"{style.paint(location, 'bold')}: {style.severity(d.severity)}: {d.message} {style.paint(f'[{d.code} {d.name}]', 'dim')}"


def lines(results, style: Style = Style(), **_):
    """The report a line at a time, so a run of many files never holds it whole."""
    for r in results:
        for d in r.diagnostics:
            yield line(d, style) + "\n"


def render(results, style: Style = Style(), **_) -> str:
    return "".join(lines(results, style))
