"""SARIF 2.1.0, for code-scanning tools (GitHub code scanning, Azure DevOps, IDEs)."""

from __future__ import annotations

import json

from .. import __version__

LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def _region(start, end) -> dict:
    return {"startLine": start.line, "startColumn": start.column, "endLine": end.line, "endColumn": end.column}


def _fix(d, text: str | None) -> list[dict]:
    if d.fix is None or text is None:
        return []
    from ..read.positions import LineIndex

    lines = LineIndex(text)
    replacements = [{"deletedRegion": _region(lines.position(e.span.start), lines.position(e.span.end)),
                     "insertedContent": {"text": e.replacement}} for e in d.fix.edits]
    return [{"description": {"text": f"{d.fix.description or 'Fix'} ({d.fix.applicability})"},
             "artifactChanges": [{"artifactLocation": {"uri": d.path}, "replacements": replacements}]}]


def document(results, registry=None) -> dict:
    used = sorted({(d.code, d.name) for r in results for d in r.diagnostics})
    index = {code: i for i, (code, _) in enumerate(used)}
    rules = []
    for code, name in used:
        spec = registry.get(code) if registry is not None else None
        rule = {"id": code, "name": name, "shortDescription": {"text": spec.summary if spec else name}}
        if spec is not None:
            rule["fullDescription"] = {"text": spec.summary}
            rule["defaultConfiguration"] = {"level": LEVELS[str(spec.severity)]}
            rule["help"] = {"text": f"relint rule {code}"}
        rules.append(rule)
    out = []
    for result in results:
        for d in result.diagnostics:
            item = {
                "ruleId": d.code, "ruleIndex": index[d.code], "level": LEVELS[str(d.severity)],
                "message": {"text": d.message},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": d.path},
                                                    "region": _region(d.start, d.end)}}],
            }
            fixes = _fix(d, result.text)
            if fixes:
                item["fixes"] = fixes
            out.append(item)
    return {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "relint", "version": __version__, "rules": rules}},
            "columnKind": "unicodeCodePoints",  # relint counts columns in characters
            "results": out,
        }],
    }


def render(results, registry=None, **_) -> str:
    return json.dumps(document(results, registry), indent=2, ensure_ascii=False) + "\n"
