"""Where a run's config file and cache folder are.

The ``relint`` command's replay path finds its cache folder here before anything else of relint is
imported, so this module imports only ``relint.read.sources`` and what it imports (``pathlib`` only
when a path is asked for as a ``Path``).
"""

from __future__ import annotations

import os

from ..read import sources

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing
if TYPE_CHECKING:
    from pathlib import Path

CONFIG_NAMES = (".relint.yaml", ".relint.yml")
CACHE_DIR_NAME = ".relint_cache"
PYPROJECT = "pyproject.toml"


class ConfigFinder:
    """The nearest config file of each folder, each folder asked once.

    A run over a deep archive asks each parent folder once, with one listing of the folder rather
    than a look-up per possible config name. One finder serves one run: what it remembers is what
    that run saw."""

    def __init__(self) -> None:
        self._nearest: dict[str, str | None] = {}
        self._real: dict[str, Path] = {}

    def nearest(self, folder: str) -> str | None:
        """The nearest config file in ``folder`` (absolute, symlinks resolved) or a folder above it."""
        known = self._nearest.get(folder, self)
        if known is not self:
            return known
        found = self._in(folder)
        if found is None:
            parent = os.path.dirname(folder)
            found = None if parent == folder else self.nearest(parent)
        self._nearest[folder] = found
        return found

    def _in(self, folder: str) -> str | None:
        try:
            names = set(sources.list_folder(folder, among=(*CONFIG_NAMES, PYPROJECT)))
        except OSError:  # what an unreadable folder holds cannot be checked again: look each name up
            names = {*CONFIG_NAMES, PYPROJECT}
        for name in CONFIG_NAMES:
            candidate = os.path.join(folder, name)
            if name in names and os.path.isfile(candidate):
                return candidate
        pyproject = os.path.join(folder, PYPROJECT)
        if PYPROJECT in names and os.path.isfile(pyproject) and has_tool_relint(pyproject):
            return pyproject
        return None

    def for_path(self, start: Path, *, resolved: bool = False) -> Path | None:
        """The config file for a file or folder (``resolved``: ``start`` is a folder, symlinks
        resolved already)."""
        from pathlib import Path

        if not resolved:
            directory = start if start.is_dir() else start.parent
            try:
                start = sources.resolve(directory.absolute())
            except (OSError, RuntimeError):  # a symlink loop: look from the folder as written
                start = directory.absolute()
        found = self.nearest(str(start))
        return Path(found) if found is not None else None

    def real_folder(self, folder: str) -> Path:
        """``Path(folder).resolve()`` for an absolute ``folder``, one ``lstat`` per new folder: the
        parent's resolution is remembered and reused unless this folder is itself a symbolic link
        (a '.' or '..' step is resolved whole, once). Raises what ``resolve`` raises."""
        known = self._real.get(folder)
        if known is not None:
            return known
        parent, name = os.path.split(folder)
        if not name or name in (".", "..") or not parent or os.path.islink(folder):
            real = sources.resolve(folder)
        else:
            sources.passed(folder)  # not a link now: it becoming one runs a replayed check again
            real = self.real_folder(parent) / name
        self._real[folder] = real
        return real


def find_config_file(start: Path, *, resolved: bool = False) -> Path | None:
    """The nearest .relint.yaml, .relint.yml or pyproject.toml with [tool.relint], walking up."""
    return ConfigFinder().for_path(start, resolved=resolved)


def has_tool_relint(path: str) -> bool:
    """Whether a pyproject.toml has a [tool.relint] table (a broken file counts: loading it reports it)."""
    import tomllib

    try:
        return "relint" in tomllib.loads(sources.read_bytes(path).decode("utf-8")).get("tool", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return True


def default_cache_dir(config_path: str | None = None, finder: ConfigFinder | None = None) -> str:
    """$RELINT_CACHE_DIR, else .relint_cache beside the config file (given, or found from the
    current folder), else in the current folder."""
    if os.environ.get("RELINT_CACHE_DIR"):
        return os.environ["RELINT_CACHE_DIR"]
    config = config_path or (finder or ConfigFinder()).nearest(os.path.realpath(os.getcwd()))
    return os.path.join(os.path.dirname(config) if config is not None else os.getcwd(), CACHE_DIR_NAME)
