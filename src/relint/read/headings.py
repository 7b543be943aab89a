"""A heading inside a paragraph's text: the lines house rules for running text leave alone."""

from __future__ import annotations

from ..model import Span

_SMALL = frozenset("a an and as at but by for in of on or the to vs with from into per".split())


def heading_line(prose: str, span: Span, at: int) -> bool:
    """The line of ``span`` that holds ``at`` is a heading: it opens with ``#``, or it is a short
    line of capitalised words with no sentence end ("Targeting Explosive $10.8B Legal AI Market",
    "How Jane Roe Became Chief Executive Officer")."""
    start = max(span.start, prose.rfind("\n", span.start, at) + 1)
    end = prose.find("\n", at, span.end)
    line = prose[start:end if end >= 0 else span.end].strip()
    if line.startswith("#"):
        return True
    colon = prose.find(":", at, end if end >= 0 else span.end)
    run_in = [c for c in prose[start:colon] if c.isalpha()] if colon >= 0 else []
    if len(run_in) >= 12 and all(c.isupper() for c in run_in):
        return True  # a run-in heading in capitals: "CRISFIELD IN A STATE OF PERIL ... $36M: The state ..."
    letters = [c for c in line if c.isalpha()]
    if len(letters) >= 12 and sum(c.isupper() for c in letters) >= 0.8 * len(letters):
        return True  # a line in capitals ("CRISFIELD IN A STATE OF PERIL WITH FEDS YANKING $36M:")
    words = [w for w in line.split() if w[:1].isalpha() and w.lower() not in _SMALL]
    if not words or len(line.split()) > 16 or line.rstrip("*_ ").endswith((".", ":", ";", ",", "”", '"')):
        return False
    return sum(w[:1].isupper() for w in words) >= 0.8 * len(words)
