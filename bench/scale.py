"""relint's default rules on growing back catalogues made by varying the archive: time and memory.

For each count N, N releases are written to a scratch folder: the archive's releases in turn, each
copy given its own path, a different dateline day and a closing line with its number, so no two
texts are the same. ``relint check --no-cache`` runs once on each catalogue. Prints the wall time,
the time per 1,000 releases (flat when time grows linearly) and the peak resident memory of the
largest relint process (the parent or a worker).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _paths import release_files, targets

DAY = __import__("re").compile(r"\b([1-9]|[12][0-9]|3[01])(, 20\d\d)")


def catalogue(sources: list[Path], count: int, folder: Path) -> None:
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sources]
    for number in range(count):
        original = sources[number % len(sources)]
        text = DAY.sub(lambda m: f"{(int(m.group(1)) + number) % 28 + 1}{m.group(2)}", texts[number % len(texts)], count=1)
        target = folder / f"{number // 1000:03d}" / f"{number:06d}-{original.name}"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(f"{text.rstrip()}\n\nRelease {number}.\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", help="releases to vary (default: the shared archive)")
    parser.add_argument("--counts", default="2500,5000,10000,20000", help="comma-separated catalogue sizes")
    parser.add_argument("--select", default=None, help="rules to run (default: relint's default rules)")
    args = parser.parse_args()
    sources = [p for p in release_files(targets(args.paths)) if p.suffix in (".md", ".txt")]
    print(f"varying {len(sources)} releases; {os.cpu_count()} cores")
    print(f"{'releases':>9} {'wall':>9} {'per 1,000':>10} {'peak RSS':>10}")
    for count in (int(c) for c in args.counts.split(",")):
        with tempfile.TemporaryDirectory() as scratch:
            folder = Path(scratch)
            catalogue(sources, count, folder)
            command = [sys.executable, "-m", "relint", "check", "--no-cache", "--format", "concise", "-q",
                       "--color", "never", *(["--select", args.select] if args.select else []), str(folder)]
            started = time.perf_counter()
            # Each count in its own child process, so that RUSAGE_CHILDREN's peak is this run's.
            probe = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL,"
                     " stderr=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
            peak_kib = int(subprocess.run([sys.executable, "-c", probe, *command], capture_output=True, text=True,
                                          check=True).stdout)
            seconds = time.perf_counter() - started
        print(f"{count:>9,} {seconds:>8.1f}s {seconds * 1000 / count:>9.2f}s {peak_kib / 1024:>8.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
