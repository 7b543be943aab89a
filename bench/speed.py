"""Wall time of proselint and relint on the same files, one command each, side by side.

Each command runs as one process tree (relint forks its workers itself, one per core unless -j1):
the same files, the same machine. The commands take turns, round after round (``--repeat``), so a
drift in the machine's speed touches all of them alike. Prints each command's best time and
median, and the ratio proselint / relint two ways: of the best times, and the median of the
ratios within each round (proselint's time in a round over relint's in the same round).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _paths import release_files, targets


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--repeat", type=int, default=1, help="rounds; each round runs every command once")
    parser.add_argument("--pl-only", action="store_true", help="leave out the runs of relint's default rules")
    args = parser.parse_args()
    paths = targets(args.paths)
    files = [str(p) for p in release_files(paths)]
    bin_dir = Path(sys.executable).parent
    proselint = shutil.which("proselint", path=str(bin_dir)) or "proselint"
    # Cold runs: relint's result cache is off, so every file is linted (bench/cache.py times the cache).
    relint = [sys.executable, "-m", "relint", "check", "--format", "concise", "-q", "--color", "never", "--no-cache"]
    where = [str(p) for p in paths]
    # proselint's default config disables its two "restricted" checks; compare the same set of checks.
    same_checks = ["--select", "PL", "--ignore", "restricted-elementary,restricted-top1000"]
    runs = [
        ("proselint check", [proselint, "check", *where]),
        ("relint check --select PL (same checks)", [*relint, *same_checks, *where]),
        ("relint check --select PL -j1 (one process)", [*relint, *same_checks, "-j1", *where]),
    ]
    if not args.pl_only:
        runs += [
            ("relint check (default rules)", [*relint, *where]),
            ("relint check -j1 (default rules, one process)", [*relint, "-j1", *where]),
        ]
    print(f"{len(files)} files, {os.cpu_count()} cores, {args.repeat} round(s)")
    times: dict[str, list[float]] = {label: [] for label, _ in runs}
    for _ in range(args.repeat):
        for label, command in runs:
            times[label].append(timed(command))
    base = times["proselint check"]
    print(f"{'':<46} {'best':>8} {'median':>8}   {'ratio of best':>13} {'median ratio':>12}")
    for label, _ in runs:
        seconds = times[label]
        line = f"{label:<46} {min(seconds):7.2f}s {statistics.median(seconds):7.2f}s"
        if seconds is not base:
            paired = statistics.median(b / s for b, s in zip(base, seconds))
            line += f"   {min(base) / min(seconds):12.1f}x {paired:11.1f}x"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
