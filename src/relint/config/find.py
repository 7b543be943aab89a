"""Where a run's config file and cache folder are: found with ``os`` calls alone.

A replayed run (``relint.replay``) finds its cache folder here before anything else of relint is
imported, so this module imports only the standard library and ``relint.replay``.
"""

from __future__ import annotations

import os
from functools import lru_cache

from ..speed import replay

CONFIG_NAMES = (".relint.yaml", ".relint.yml")
CACHE_DIR_NAME = ".relint_cache"


@lru_cache(maxsize=4096)
def config_in_or_above(folder: str) -> str | None:
    """The nearest config file in ``folder`` (absolute, symlinks resolved) or a folder above it.

    Memoised per folder: a run over a deep archive asks each parent folder once, with one listing
    of the folder rather than a look-up per possible config name."""
    try:
        listing = os.listdir(folder)
    except OSError:
        replay.forbid()  # what an unreadable folder holds cannot be checked again
        names = {*CONFIG_NAMES, "pyproject.toml"}  # look each name up as before
    else:
        replay.note_folder(folder, listing, among=(*CONFIG_NAMES, "pyproject.toml"))
        names = set(listing)
    for name in CONFIG_NAMES:
        candidate = os.path.join(folder, name)
        if name in names and os.path.isfile(candidate):
            return candidate
    pyproject = os.path.join(folder, "pyproject.toml")
    if "pyproject.toml" in names and os.path.isfile(pyproject) and has_tool_relint(pyproject):
        return pyproject
    parent = os.path.dirname(folder)
    return None if parent == folder else config_in_or_above(parent)


def has_tool_relint(path: str) -> bool:
    """Whether a pyproject.toml has a [tool.relint] table (a broken file counts: loading it reports it)."""
    import tomllib

    try:
        with open(path, "rb") as handle:
            raw = handle.read()
        replay.note_file(path, raw)
        return "relint" in tomllib.loads(raw.decode("utf-8")).get("tool", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return True


def default_cache_dir(config_path: str | None = None) -> str:
    """$RELINT_CACHE_DIR, else .relint_cache beside the config file (given, or found from the
    current folder), else in the current folder."""
    if os.environ.get("RELINT_CACHE_DIR"):
        return os.environ["RELINT_CACHE_DIR"]
    config = config_path or config_in_or_above(os.path.realpath(os.getcwd()))
    return os.path.join(os.path.dirname(config) if config is not None else os.getcwd(), CACHE_DIR_NAME)
