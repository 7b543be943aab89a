"""`relint init --learn` on growing back catalogues: cold, filling the cache, cached, one added.

For each count N, N releases are written to a scratch folder by varying the archive (as
bench/scale.py does: each copy its own path, dateline day and closing line). On each catalogue,
in a new cache folder each time: `--no-cache` (every release parsed), the first run with the cache
(parsing and filling it), the same command again (every observation read back), and again with
one release added. With --with-proselint, `proselint check` runs once on the first catalogue, so
the figures can be read as ratios on any machine.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _paths import release_files, targets
from scale import catalogue


def timed(command: list[str], env: dict) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env, check=False)
    if done.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed ({done.returncode}): {done.stderr.strip()}")
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", help="releases to vary (default: the shared archive and seeds)")
    parser.add_argument("--counts", default="1000,5000,20000", help="comma-separated catalogue sizes")
    parser.add_argument("--with-proselint", action="store_true", help="time proselint check on the first catalogue")
    args = parser.parse_args()
    sources = release_files(targets(args.paths))
    print(f"varying {len(sources)} releases; {os.cpu_count()} cores")
    print(f"{'releases':>9} {'--no-cache':>11} {'fill cache':>11} {'cached':>8} {'+1 release':>11}")
    proselint = shutil.which("proselint", path=str(Path(sys.executable).parent)) or "proselint"
    for number, count in enumerate(int(c) for c in args.counts.split(",")):
        with tempfile.TemporaryDirectory() as scratch:
            folder = Path(scratch) / "releases"
            catalogue(sources, count, folder)
            env = {**os.environ, "RELINT_CACHE_DIR": str(Path(scratch) / "cache")}
            learn = [sys.executable, "-m", "relint", "init", "--learn", "--force", "-o",
                     str(Path(scratch) / "house" / ".relint.yaml"), str(folder)]
            cold = timed([*learn, "--no-cache"], env)
            fill = timed(learn, env)
            cached = timed(learn, env)
            (folder / "added.txt").write_text(sources[0].read_text(encoding="utf-8", errors="replace")
                                              + "\nOne more release.\n", encoding="utf-8")
            added = timed(learn, env)
            print(f"{count:>9,} {cold:>10.1f}s {fill:>10.1f}s {cached:>7.1f}s {added:>10.1f}s", flush=True)
            if args.with_proselint and number == 0:
                files = [str(p) for p in sorted(folder.rglob("*.txt")) + sorted(folder.rglob("*.md"))]
                seconds = timed([proselint, "check", *files], env)
                print(f"  proselint check on the same {len(files):,} files: {seconds:.1f}s "
                      f"(learning --no-cache takes {cold / seconds:.2f} of that; cached, {cached / seconds:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
