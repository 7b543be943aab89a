"""A JSON list of findings with exact positions and fixes, for tools."""

from __future__ import annotations

import json


def as_dict(d) -> dict:
    fix = None
    if d.fix is not None:
        span = d.fix.span
        edits = d.fix.edits
        fix = {
            "applicability": str(d.fix.applicability),
            "message": d.fix.description or None,
            "replacement": edits[0].replacement if len(edits) == 1 else None,
            "span": {"start": span.start, "end": span.end},
            "edits": [{"start": e.span.start, "end": e.span.end, "replacement": e.replacement} for e in edits],
        }
    return {
        "path": d.path,
        "line": d.start.line,
        "column": d.start.column,
        "end_line": d.end.line,
        "end_column": d.end.column,
        "offset": d.span.start,
        "end_offset": d.span.end,
        "code": d.code,
        "name": d.name,
        "severity": str(d.severity),
        "message": d.message,
        "fix": fix,
        "detail": d.detail,
    }


def render(results, **_) -> str:
    return json.dumps([as_dict(d) for r in results for d in r.diagnostics], indent=2, ensure_ascii=False) + "\n"
