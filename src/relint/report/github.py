"""GitHub Actions workflow commands: each finding becomes an annotation on the pull request."""

from __future__ import annotations

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render(results, **_) -> str:
    lines = []
    for result in results:
        for d in result.diagnostics:
            props = (f"file={_property(d.path)},line={d.start.line},col={d.start.column},endLine={d.end.line},"
                     f"endColumn={d.end.column},title={_property(f'{d.code} {d.name}')}")
            lines.append(f"::{LEVELS[str(d.severity)]} {props}::{_data(d.message)}")
    return "".join(line + "\n" for line in lines)
