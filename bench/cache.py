"""relint's default rules on the same files with an empty cache, then again with it warm.

Each round starts from a new, empty cache folder. The cold run fills it; the same command again
is replayed (nothing it read has changed: ``relint.speed.replay``); a run with one file touched shows the
cost of one changed release among many (the per-release cache: every other release's facts and,
for the rules that need no corpus, results are read back). Then one file alone, ``--runs`` times:
with the cache (replayed after the first run) and with ``--no-cache``. Prints best and median of
the rounds, and proselint's time on the same files for scale.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _paths import release_files, targets


def timed(command: list[str], env: dict) -> float:
    started = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--repeat", type=int, default=1, help="rounds, each with a new cache folder")
    parser.add_argument("--with-proselint", action="store_true", help="also time proselint check once a round")
    parser.add_argument("--runs", type=int, default=10, help="runs of relint on one file, a round")
    args = parser.parse_args()
    paths = targets(args.paths)
    files = [str(p) for p in release_files(paths)]
    where = [str(p) for p in paths]
    relint = [sys.executable, "-m", "relint", "check", "--format", "concise", "-q", "--color", "never", *where]
    proselint = shutil.which("proselint", path=str(Path(sys.executable).parent)) or "proselint"
    times: dict[str, list[float]] = {"cold cache": [], "warm cache (replayed)": [], "one release touched": [],
                                     "one file, cache": [], "one file, --no-cache": [], "proselint": []}
    one = [*relint[:-len(where)], files[0]]
    print(f"{len(files)} files, {os.cpu_count()} cores, {args.repeat} round(s)")
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "touched.md"
        for round_number in range(args.repeat):
            env = {**os.environ, "RELINT_CACHE_DIR": str(Path(scratch) / f"cache-{round_number}")}
            times["cold cache"].append(timed(relint, env))
            times["warm cache (replayed)"].append(timed(relint, env))
            # A changed release: a copy of the first file with one more line, linted with the others.
            copy.write_text(Path(files[0]).read_text(encoding="utf-8", errors="replace") + f"\nRound {round_number}.\n",
                            encoding="utf-8")
            times["one release touched"].append(timed([*relint, str(copy)], env))
            for _ in range(args.runs):
                times["one file, cache"].append(timed(one, env))
                times["one file, --no-cache"].append(timed([*one, "--no-cache"], env))
            if args.with_proselint:
                times["proselint"].append(timed([proselint, "check", *where], env))
    for label, seconds in times.items():
        if seconds:
            print(f"{label:<24} best {min(seconds):6.2f} s   median {statistics.median(seconds):6.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
