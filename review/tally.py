"""Tally review sheets: per rule, findings reviewed, right, wrong, precision and its 95% Wilson
interval, as a Markdown table.

    python review/tally.py review/sheets/NAME [review/sheets/OLDER ...] [--report report.json] [--current]

Several folders are added up rule by rule (a finding read twice counts once, by its newest
verdict). With ``--report`` (a JSON report), the table gives each rule's number of findings in it;
with ``--current`` as well, only verdicts on findings the report still holds are counted, so that
an older review's verdicts carry over to the rules and findings a change left as they were.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
from collections import Counter, defaultdict
from pathlib import Path


def wilson(right: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return (0.0, 0.0)
    p = right / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (max(0.0, centre - half), min(1.0, centre + half))


def key(row: dict) -> tuple:
    return (row["path"], str(row["line"]), str(row["column"]), row["code"], row["message"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sheets", type=Path, nargs="+", help="newest first")
    parser.add_argument("--report", type=Path)
    parser.add_argument("--current", action="store_true")
    parser.add_argument("--overall", action="store_true", help="tally overall.tsv only")
    options = parser.parse_args()
    report = json.loads(options.report.read_text(encoding="utf-8")) if options.report else []
    counts = Counter(f["code"] for f in report)
    severity = {f["code"]: f["severity"] for f in report}
    present = {key(f) for f in report}
    verdicts: dict[str, dict[tuple, str]] = defaultdict(dict)
    for folder in options.sheets:
        sheets = [folder / "overall.tsv"] if options.overall else sorted(p for p in folder.glob("*.tsv") if p.stem != "overall")
        for sheet in sheets:
            if not sheet.exists():
                continue
            with sheet.open(encoding="utf-8", newline="") as f:
                for row in csv.DictReader(f, delimiter="\t"):
                    verdict = row["verdict"].strip().lower()
                    if verdict not in ("right", "wrong") or (options.current and key(row) not in present):
                        continue
                    verdicts["overall" if options.overall else row["code"]].setdefault(key(row), verdict)
    print("| rule | severity | findings | reviewed | right | wrong | precision | 95% interval |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |")
    for code in sorted(verdicts):
        tally = Counter(verdicts[code].values())
        right, wrong = tally["right"], tally["wrong"]
        n = right + wrong
        low, high = wilson(right, n)
        found = sum(counts.values()) if code == "overall" else counts.get(code, 0)
        print(f"| {code} | {severity.get(code, '')} | {found} | {n} | {right} | {wrong} | {right / n:.1%} | "
              f"{low:.1%}–{high:.1%} |")


if __name__ == "__main__":
    main()
