"""Recall on the gold set: of the slips an editor marked by hand, how many relint reports in place.

The gold set (``bench/recall/gold.yaml``) lists releases of the shared archive, each read by an
editor who did not look at relint's output, with every house-style slip they marked: its line, the
exact text on that line, its kind, and whether it is clear (any AP editor would mark it) or
debatable. ``relint check`` runs once on those releases with the default rules (or the options
given after ``--``); a slip counts as found when a finding touches its text: the finding's span
and the slip's text overlap on the line (a finding of no width touches the character it sits on).
A slip that marks something absent (``missing: dateline``, ``contact`` or ``about``, or a list of
them) has no place to touch: it counts as found when relint reports each of those elements missing
anywhere in the release (RL101, RL413, RL407).

Prints recall by kind for the clear slips, then for all slips, and with ``--misses`` each clear
slip no finding touches. ``--severity warning`` counts only findings at or above warning.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import yaml

from _paths import SHARED

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "bench" / "recall" / "gold.yaml"
KINDS = (
    "dateline title person-name courtesy date money percent number dash quote "
    "org-name acronym trademark structure word punctuation other"
).split()
RANKS = {"info": 0, "warning": 1, "error": 2}
MISSING = {"dateline": "RL101", "contact": "RL413", "about": "RL407"}


class Slip:
    def __init__(self, path: str, entry: dict, lines: list[str]) -> None:
        self.path = path
        self.line = int(entry["line"])
        self.text = str(entry["text"])
        self.kind = entry["kind"]
        self.clear = bool(entry.get("clear", True))
        self.note = entry.get("note", "")
        missing = entry.get("missing") or ()
        self.missing = (missing,) if isinstance(missing, str) else tuple(missing)
        if any(m not in MISSING for m in self.missing):
            raise ValueError(f"{path}:{self.line}: missing must be one of {', '.join(MISSING)}")
        if self.kind not in KINDS:
            raise ValueError(f"{path}:{self.line}: unknown kind {self.kind!r}")
        if not 1 <= self.line <= len(lines):
            raise ValueError(f"{path}:{self.line}: the file has {len(lines)} lines")
        where = lines[self.line - 1].find(self.text)
        if "column" in entry:
            where = int(entry["column"]) - 1
        if where < 0 or lines[self.line - 1][where : where + len(self.text)] != self.text:
            raise ValueError(f"{path}:{self.line}: {self.text!r} is not on that line")
        self.start = (self.line, where + 1)
        self.end = (self.line, where + 1 + len(self.text))

    def found_in(self, findings: list[dict]) -> bool:
        if self.missing:
            codes = {f["code"] for f in findings}
            return all(MISSING[m] in codes for m in self.missing)
        return any(self.touched_by(f) for f in findings)

    def touched_by(self, finding: dict) -> bool:
        start = (finding["line"], finding["column"])
        end = (finding["end_line"], finding["end_column"])
        if end <= start:
            end = (start[0], start[1] + 1)
        return start < self.end and self.start < end


def load(gold: Path, root: Path) -> list[Slip]:
    slips = []
    for release in yaml.safe_load(gold.read_text(encoding="utf-8")):
        path = release["file"]
        lines = (root / path).read_text(encoding="utf-8").splitlines()
        slips += [Slip(path, entry, lines) for entry in release.get("slips") or ()]
    return slips


def findings(paths: list[str], root: Path, extra: list[str]) -> list[dict]:
    command = [sys.executable, "-m", "relint", "check", "--format", "json", "--exit-zero", "--no-cache", *extra, *paths]
    done = subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"relint failed ({done.returncode}): {done.stderr.strip()}")
    return json.loads(done.stdout)


def table(title: str, slips: list[Slip], found: set[int]) -> None:
    total, hit = Counter(), Counter()
    for slip in slips:
        total[slip.kind] += 1
        hit[slip.kind] += id(slip) in found
    print(f"\n{title}")
    print(f"{'kind':<12} {'slips':>5} {'found':>5} {'recall':>7}")
    for kind in KINDS:
        if total[kind]:
            print(f"{kind:<12} {total[kind]:>5} {hit[kind]:>5} {hit[kind] / total[kind]:>7.0%}")
    all_total, all_hit = sum(total.values()), sum(hit.values())
    print(f"{'all':<12} {all_total:>5} {all_hit:>5} {all_hit / max(all_total, 1):>7.0%}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD, help="the gold set (default bench/recall/gold.yaml)")
    parser.add_argument("--root", type=Path, default=SHARED, help="where the gold set's paths start (default ../shared)")
    parser.add_argument("--severity", choices=tuple(RANKS), default="info", help="count findings at or above this")
    parser.add_argument("--misses", action="store_true", help="list each clear slip no finding touches")
    parser.add_argument("relint_args", nargs="*", help="options for relint check, after --")
    args = parser.parse_args()
    if not (args.root / "corpus").exists():
        sys.exit(f"{args.root} has no corpus/: pass --root to the shared material")
    slips = load(args.gold, args.root)
    paths = sorted({slip.path for slip in slips} | {r["file"] for r in yaml.safe_load(args.gold.read_text(encoding="utf-8"))})
    reported = [f for f in findings(paths, args.root, args.relint_args) if RANKS[f["severity"]] >= RANKS[args.severity]]
    by_path: dict[str, list[dict]] = {}
    for finding in reported:
        by_path.setdefault(finding["path"], []).append(finding)
    found = {id(s) for s in slips if s.found_in(by_path.get(s.path, []))}
    print(f"{len(paths)} releases, {len(slips)} slips ({sum(s.clear for s in slips)} clear), {len(reported)} findings at {args.severity} or above")
    table("clear slips", [s for s in slips if s.clear], found)
    table("all slips", slips, found)
    if args.misses:
        print("\nclear slips not found:")
        for slip in slips:
            if slip.clear and id(slip) not in found:
                print(f"  {slip.path}:{slip.line}: [{slip.kind}] {slip.text!r}  ({slip.note})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
