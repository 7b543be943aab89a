"""Draw review sheets from a relint JSON report.

A review sheet is a TSV file: one finding a row, with the text around it, and
two columns the reviewer fills in: ``verdict`` (``right`` or ``wrong``) and
``note`` (why, for a wrong one: the pattern the rule misread).

    relint check --format json --no-cache --exit-zero ARCHIVE > report.json
    python review/sample.py report.json --root ARCHIVE_PARENT --out review/sheets/NAME \
        --per-rule 20 --overall 200

``--per-rule N`` writes one sheet a rule (N random findings, or all of them);
``--overall N`` writes ``overall.tsv``: N random findings of any rule at the
severities chosen. The draw is seeded, so the same report gives the same sheets.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
from collections import defaultdict
from pathlib import Path

FIELDS = ("id", "path", "line", "column", "code", "name", "severity", "message", "context",
          "verdict", "note")
WINDOW = 320


def context(text: str, start: int, end: int) -> str:
    """The finding's line (or the window of it around the finding), the span in ⟦ ⟧."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    left = max(line_start, start - WINDOW)
    right = min(line_end, end + WINDOW)
    shown = text[left:start] + "⟦" + text[start:end] + "⟧" + text[end:right]
    shown = ("…" if left > line_start else "") + shown + ("…" if right < line_end else "")
    return " ".join(shown.split())


def rows(findings, root: Path):
    texts: dict[str, str] = {}
    for number, finding in enumerate(findings, 1):
        path = finding["path"]
        if path not in texts:
            try:
                texts[path] = (root / path).read_text(encoding="utf-8", errors="replace")
            except OSError:
                texts[path] = ""
        yield {
            "id": number, "path": path, "line": finding["line"], "column": finding["column"],
            "code": finding["code"], "name": finding["name"], "severity": finding["severity"],
            "message": finding["message"],
            "context": context(texts[path], finding.get("offset") or 0,
                               finding.get("end_offset") or 0),
            "verdict": "", "note": "",
        }


def write(path: Path, findings, root: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as sheet:
        writer = csv.DictWriter(sheet, FIELDS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows(findings, root))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", type=Path)
    parser.add_argument("--root", type=Path, default=Path("."),
                        help="the folder the report's paths are relative to")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--per-rule", type=int, default=0)
    parser.add_argument("--overall", type=int, default=0)
    parser.add_argument("--severity", default="warning,error")
    parser.add_argument("--only", default="", help="a path prefix the findings must have")
    parser.add_argument("--seed", type=int, default=20)
    parser.add_argument("--not-in", type=Path, action="append", default=[],
                        help="sheets already reviewed: their findings are not drawn again")
    options = parser.parse_args()
    severities = set(options.severity.split(","))
    findings = [f for f in json.loads(options.report.read_text(encoding="utf-8"))
                if f["severity"] in severities and f["path"].startswith(options.only)]
    seen = set()
    for folder in options.not_in:
        for sheet in folder.glob("*.tsv"):
            with sheet.open(encoding="utf-8", newline="") as rows_in:
                seen |= {(r["path"], r["line"], r["column"], r["code"]) for r in csv.DictReader(rows_in, delimiter="\t")}
    findings = [f for f in findings if (f["path"], str(f["line"]), str(f["column"]), f["code"]) not in seen]
    findings.sort(key=lambda f: (f["path"], f.get("offset") or 0, f["code"]))
    draw = random.Random(options.seed)
    if options.per_rule:
        by_rule = defaultdict(list)
        for finding in findings:
            by_rule[finding["code"]].append(finding)
        for code, group in sorted(by_rule.items()):
            chosen = group if len(group) <= options.per_rule else draw.sample(group, options.per_rule)
            chosen.sort(key=lambda f: (f["path"], f.get("offset") or 0))
            write(options.out / f"{code}.tsv", chosen, options.root)
    if options.overall:
        chosen = draw.sample(findings, min(options.overall, len(findings)))
        write(options.out / "overall.tsv", chosen, options.root)


if __name__ == "__main__":
    main()
