"""What relint's code is, as the caches key it: its installed files and those of the libraries
whose behaviour shapes a report, found without importing them (the replay path reads this)."""

from __future__ import annotations

import os
from functools import lru_cache

# Libraries whose behaviour shapes a report: a reinstall or an upgrade changes their files.
LIBRARIES = ("regex", "yaml", "click", "re2")


@lru_cache(maxsize=1)
def code_entries() -> list:
    """(file, size, mtime) of relint's installed files and of proselint's, and of the entry file of
    each library in ``LIBRARIES``: all found without importing them. Once a process: the replay's
    key and the result cache's both read it."""
    from importlib.util import find_spec

    entries = _tree(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # the relint package
    spec = find_spec("proselint")
    if spec is not None and spec.origin:
        entries += _tree(os.path.dirname(spec.origin))
    for name in LIBRARIES:
        spec = find_spec(name)
        if spec is not None and spec.origin and os.path.exists(spec.origin):
            info = os.stat(spec.origin)
            entries.append([name, spec.origin, info.st_size, info.st_mtime_ns])
    return entries  # shared: callers only read it


def _tree(folder: str) -> list:
    entries = []
    for directory, subfolders, names in os.walk(folder):
        subfolders[:] = sorted(d for d in subfolders if d != "__pycache__")
        for name in sorted(names):
            if name.endswith((".py", ".yaml", ".yml", ".json")):
                path = os.path.join(directory, name)
                info = os.stat(path)
                entries.append([os.path.relpath(path, folder), info.st_size, info.st_mtime_ns])
    return entries
