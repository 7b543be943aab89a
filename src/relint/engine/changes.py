"""Lines changed since a git ref, so CI can fail a pull request only for lines it touched."""

from __future__ import annotations

import subprocess
from pathlib import Path

import regex

from .. import lazyre

_HUNK = lazyre.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", regex.M)


class ChangesError(Exception):
    pass


def changed_lines(ref: str, path: str) -> set[int] | None:
    """1-based lines of ``path`` added or changed since ``ref``; None means every line (a new file)."""
    folder = Path(path).resolve().parent
    try:
        tracked = subprocess.run(["git", "ls-files", "--error-unmatch", Path(path).name], cwd=folder,
                                 capture_output=True, text=True)
        if tracked.returncode != 0:
            return None  # untracked: the whole file is new
        in_ref = subprocess.run(["git", "cat-file", "-e", f"{ref}:./{Path(path).name}"], cwd=folder,
                                capture_output=True, text=True)
        if in_ref.returncode != 0:
            return None  # added since the ref
        diff = subprocess.run(["git", "diff", "--unified=0", "--no-color", ref, "--", Path(path).name], cwd=folder,
                              capture_output=True, text=True)
    except FileNotFoundError:
        raise ChangesError("--changed-since needs git, and git is not installed") from None
    if diff.returncode != 0:
        raise ChangesError(f"git could not compare {path} with {ref!r}: {diff.stderr.strip().splitlines()[-1:]}")
    lines: set[int] = set()
    for m in _HUNK.finditer(diff.stdout):
        start, count = int(m.group(1)), int(m.group(2) or 1)
        lines.update(range(start, start + count))
    return lines


def check_ref(ref: str, cwd: Path) -> None:
    try:
        result = subprocess.run(["git", "rev-parse", "--verify", f"{ref}^{{commit}}"], cwd=cwd,
                                capture_output=True, text=True)
    except FileNotFoundError:
        raise ChangesError("--changed-since needs git, and git is not installed") from None
    if result.returncode != 0:
        raise ChangesError(f"--changed-since: {ref!r} is not a commit git knows here")
