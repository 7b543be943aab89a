"""Tally review sheets: per rule, findings reviewed, right, wrong, precision and its 95% Wilson
interval, as a Markdown table.

    python review/tally.py review/sheets/NAME [--report report.json]

With ``--report`` (the JSON report the sheets were drawn from), the table also gives each rule's
number of findings in the report.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
from collections import Counter
from pathlib import Path


def wilson(right: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return (0.0, 0.0)
    p = right / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (max(0.0, centre - half), min(1.0, centre + half))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sheets", type=Path)
    parser.add_argument("--report", type=Path)
    options = parser.parse_args()
    counts = Counter()
    if options.report:
        counts = Counter(f["code"] for f in json.loads(options.report.read_text(encoding="utf-8")))
    print("| rule | findings | reviewed | right | wrong | precision | 95% interval |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | --- |")
    for sheet in sorted(options.sheets.glob("*.tsv")):
        with sheet.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f, delimiter="\t"))
        verdicts = Counter(row["verdict"].strip().lower() for row in rows)
        right, wrong = verdicts["right"], verdicts["wrong"]
        n = right + wrong
        low, high = wilson(right, n)
        found = counts.get(sheet.stem, "") if sheet.stem != "overall" else sum(counts.values()) or ""
        precision = f"{right / n:.0%}" if n else "-"
        print(f"| {sheet.stem} | {found} | {n} | {right} | {wrong} | {precision} | {low:.0%}–{high:.0%} |")


if __name__ == "__main__":
    main()
