"""Where the shared material is, when it is there."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def targets(args: list[str]) -> list[Path]:
    if args:
        return [Path(a) for a in args]
    found = [p for p in (SHARED / "seeds", SHARED / "corpus" / "archive") if p.exists()]
    if not found:
        sys.exit("no paths given and ../shared is not here: pass the folders to measure")
    return found


def release_files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        files += sorted(p for p in path.rglob("*") if p.suffix in (".md", ".txt")) if path.is_dir() else [path]
    return files
