"""Wall time of proselint and relint on the same files, one process each, side by side."""

from __future__ import annotations

import shutil
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
    paths = targets(sys.argv[1:])
    files = [str(p) for p in release_files(paths)]
    bin_dir = Path(sys.executable).parent
    proselint = shutil.which("proselint", path=str(bin_dir)) or "proselint"
    relint = [sys.executable, "-m", "relint", "check", "--format", "concise", "-q", "--color", "never"]
    print(f"{len(files)} files")
    base = timed([proselint, "check", *[str(p) for p in paths]])
    print(f"proselint check                  {base:7.2f} s")
    # proselint's default config disables its two "restricted" checks; compare the same set of checks.
    same_checks = ["--select", "PL", "--ignore", "restricted-elementary,restricted-top1000"]
    for label, extra in (("relint check --select PL", same_checks), ("relint check (defaults)", [])):
        seconds = timed([*relint, *extra, *[str(p) for p in paths]])
        print(f"{label:<32} {seconds:7.2f} s   proselint / relint = {base / seconds:5.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
