"""Wall time of proselint and relint on the same files, one command each, side by side.

Each command runs as one process tree (relint forks its workers itself, one per core unless -j1):
the same files, the same machine, one after the other, best of ``--repeat`` runs. Prints each
figure and the ratio proselint / relint.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from _paths import release_files, targets


def timed(command: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each command; the best is kept")
    args = parser.parse_args()
    paths = targets(args.paths)
    files = [str(p) for p in release_files(paths)]
    bin_dir = Path(sys.executable).parent
    proselint = shutil.which("proselint", path=str(bin_dir)) or "proselint"
    relint = [sys.executable, "-m", "relint", "check", "--format", "concise", "-q", "--color", "never"]
    where = [str(p) for p in paths]
    print(f"{len(files)} files, {os.cpu_count()} cores")
    base = timed([proselint, "check", *where], args.repeat)
    print(f"{'proselint check':<44} {base:7.2f} s")
    # proselint's default config disables its two "restricted" checks; compare the same set of checks.
    same_checks = ["--select", "PL", "--ignore", "restricted-elementary,restricted-top1000"]
    runs = (
        ("relint check --select PL (same checks)", same_checks),
        ("relint check --select PL -j1 (one process)", [*same_checks, "-j1"]),
        ("relint check (default rules)", []),
        ("relint check -j1 (default rules, one process)", ["-j1"]),
    )
    for label, extra in runs:
        seconds = timed([*relint, *extra, *where], args.repeat)
        print(f"{label:<44} {seconds:7.2f} s   proselint / relint = {base / seconds:5.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
