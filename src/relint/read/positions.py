"""Map character offsets to 1-based lines and columns, as an editor shows them."""

from __future__ import annotations

import bisect
import re

from ..model import Position

# A line ends at \r\n, \n or a lone \r (old Mac exports still reach press offices).
_LINE_END = re.compile(r"\r\n|\n|\r")


class LineIndex:
    """Line starts of one text; columns count characters, so a tab or an emoji is one column."""

    def __init__(self, text: str) -> None:
        self.text = text
        starts = [0]
        ends = []
        for match in _LINE_END.finditer(text):
            ends.append(match.start())
            starts.append(match.end())
        ends.append(len(text))
        self._starts = starts
        self._ends = ends

    def __len__(self) -> int:
        return len(self._starts)

    def position(self, offset: int) -> Position:
        if not 0 <= offset <= len(self.text):
            raise ValueError(f"offset {offset} outside text of length {len(self.text)}")
        index = bisect.bisect_right(self._starts, offset) - 1
        # An offset inside a \r\n pair belongs to the end of its line.
        return Position(index + 1, offset - self._starts[index] + 1)

    def offset(self, line: int, column: int) -> int:
        return self._starts[line - 1] + column - 1

    def line_span(self, line: int) -> tuple[int, int]:
        """Start and end (before the line break) of a 1-based line."""
        return self._starts[line - 1], self._ends[line - 1]

    def line_text(self, line: int) -> str:
        start, end = self.line_span(line)
        return self.text[start:end]

    def lines(self):
        """Yield (start, end) of every line, end excluding the line break."""
        yield from zip(self._starts, self._ends)
