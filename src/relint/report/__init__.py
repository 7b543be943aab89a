"""Reporters, one module per output format. Each has ``render(results, options) -> str``."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

FORMATS = ("full", "concise", "json", "json-lines", "sarif", "github", "junit")


@dataclass(frozen=True)
class Style:
    """How to paint text: colour on or off."""

    color: bool = False

    def paint(self, text: str, *codes: str) -> str:
        if not self.color or not codes:
            return text
        table = {"bold": "1", "red": "31", "yellow": "33", "blue": "34", "cyan": "36", "green": "32", "dim": "2"}
        return "\x1b[" + ";".join(table[c] for c in codes) + "m" + text + "\x1b[0m"

    def severity(self, severity) -> str:
        colour = {"error": "red", "warning": "yellow", "info": "blue"}[str(severity)]
        return self.paint(str(severity), "bold", colour)


def reporter(name: str):
    return importlib.import_module(f".{name.replace('-', '_')}", __name__)
