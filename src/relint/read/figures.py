"""Numbers as a release writes them: percentages."""

from __future__ import annotations

import regex

from .. import lazyre

# A percentage after its figure: the sign (group 1) or the word (group 2).
PERCENT = lazyre.compile(r"(?<=\d)\s*(%)|(?<=\d)\s+(percent|per cent)\b", regex.I)
