"""The regions of a release, as small frozen values: paragraphs, quotations, About sections, and
an index that answers "does any of these spans contain or overlap this one?"."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from ..model import Span


@dataclass(frozen=True)
class Paragraph:
    span: Span
    section: str  # body | about | forward-looking | contact | other
    sentences: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Quote:
    """A quotation: ``span`` includes the marks, ``inner`` does not; ``speaker`` when attributed."""

    span: Span
    inner: Span
    speaker: Span | None = None


@dataclass(frozen=True)
class About:
    heading: Span
    name: Span           # "MicroPort Institute of Health (MIH)" in "About MicroPort Institute of Health (MIH)"
    body: Span | None    # the boilerplate text under the heading
    paragraphs: tuple[Span, ...] = ()


@dataclass(frozen=True)
class FrontMatterError:
    message: str
    span: Span


class SpanIndex:
    """Sorted spans answering "does any contain / overlap this span?" in logarithmic time."""

    def __init__(self, spans):
        self.spans = sorted(spans)
        self.starts = [s.start for s in self.spans]
        # The longest span ending so far bounds how far back a containing span can start.
        self.max_end = []
        furthest = -1
        for s in self.spans:
            furthest = max(furthest, s.end)
            self.max_end.append(furthest)

    def contains(self, span: Span) -> bool:
        """Some span s with s.start <= span.start and span.end <= s.end."""
        i = bisect.bisect_right(self.starts, span.start) - 1
        while i >= 0 and self.max_end[i] >= span.end:
            if self.spans[i].contains(span):
                return True
            i -= 1
        return False

    def overlaps(self, span: Span) -> bool:
        """Some span s with s.start < span.end and span.start < s.end (Span.overlaps)."""
        i = bisect.bisect_left(self.starts, span.end) - 1
        while i >= 0 and self.max_end[i] > span.start:
            if self.spans[i].overlaps(span):
                return True
            i -= 1
        return False
