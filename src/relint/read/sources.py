"""The one place relint opens what a run reads: drafts, config files, rule packs, boilerplate texts,
baselines, the folders it walks and the links it goes through. Every I/O problem becomes one clear
line (``SourceError``).

What is read is told to an *observer*, when one is installed (``observe``): the replay recorder
(``relint.speed.replay``) is one, and checks it all again before it serves a recorded report. A
feature that reads a new kind of file reads it here, and so can never serve a stale report.

This module imports only the standard library, and only what the ``relint`` command's replay path
needs (no ``pathlib``, no ``typing``): that path reads through it before anything else of relint is
imported, and every module it imports is paid for by every replayed run.
"""

from __future__ import annotations

import codecs
import os
import sys
from collections import namedtuple
from collections.abc import Iterator

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing
if TYPE_CHECKING:
    from pathlib import Path

RELEASE_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".txt")
# A press release is a few kilobytes; ten megabytes is a data dump, and linting it would stall CI.
MAX_BYTES = 10 * 1024 * 1024
SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv", ".tox", ".relint_cache"}


class SourceError(Exception):
    """A problem in a file the user gave us: a draft, config, rule pack or boilerplate. Prints as one line."""

    def __init__(self, path: str | Path, message: str, line: int | None = None, key: str | None = None):
        self.path = str(path)
        self.line = line
        self.key = key
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        what = f"{self.key}: {self.message}" if self.key else self.message
        return f"{where}: {what}"


# ------------------------------------------------------------------------------------- the observer


class Observer:
    """Told of everything a run reads, as it reads it: the methods an observer has (any object with
    them will do; a ``typing.Protocol`` would cost the replay path the ``typing`` import)."""

    def read(self, path: str | os.PathLike, data: bytes) -> None:
        """The run read ``data`` from the file ``path``."""

    def listed(self, folder: str | os.PathLike, names: list[str], among: str | tuple[str, ...]) -> None:
        """The run listed ``folder`` and looked at ``among`` its names: "all", "visible" (not starting
        with a dot: a walk) or the given names (a config file's)."""

    def passed(self, path: str | os.PathLike) -> None:
        """The run went through ``path``: whether it is a symbolic link, and to where, matters."""

    def uncheckable(self) -> None:
        """The run consulted something that cannot be checked again later (standard input, a folder
        that could not be listed, a glob's matches, git)."""

    def wrote(self, path: str | os.PathLike) -> None:
        """The run wrote a file."""


_OBSERVER: Observer | None = None


def observe(observer: Observer | None) -> None:
    """Install ``observer`` (None: no one is told)."""
    global _OBSERVER
    _OBSERVER = observer


def uncheckable() -> None:
    """Tell the observer that the run consulted something it cannot check again (git, say)."""
    if _OBSERVER is not None:
        _OBSERVER.uncheckable()


def passed(path: str | os.PathLike) -> None:
    if _OBSERVER is not None:
        _OBSERVER.passed(path)


def passed_each_step(path: str | os.PathLike) -> None:
    """The run resolves ``path`` whole: each step on the way matters, link or not."""
    if _OBSERVER is not None:
        parts = os.fspath(path).split(os.sep)
        for end in range(1, len(parts) + 1):
            prefix = os.sep.join(parts[:end])
            if prefix and prefix not in (".", ".."):
                _OBSERVER.passed(prefix)


# -------------------------------------------------------------------------------- files and folders


def read_bytes(path: str | os.PathLike) -> bytes:
    """A file's bytes (OSError as ``open`` raises it)."""
    with open(path, "rb") as handle:
        data = handle.read()
    if _OBSERVER is not None:
        _OBSERVER.read(path, data)
    return data


def read_stdin() -> bytes:
    uncheckable()
    return sys.stdin.buffer.read()


def list_folder(folder: str | os.PathLike, among: str | tuple[str, ...] = "all") -> list[str]:
    """The names in ``folder`` (OSError when it cannot be listed: the observer is told)."""
    try:
        names = os.listdir(folder)
    except OSError:
        uncheckable()
        raise
    if _OBSERVER is not None:
        _OBSERVER.listed(folder, names, among)
    return names


def resolve(path: str | os.PathLike) -> Path:
    """``Path(path).resolve()``, each step noted (RuntimeError for a symlink loop, as ``resolve``)."""
    from pathlib import Path

    passed_each_step(path)
    return Path(path).resolve()


def exists(path: str | os.PathLike) -> bool:
    from pathlib import Path

    passed_each_step(path)
    return Path(path).exists()


def glob(pattern: str) -> list[str]:
    """The paths matching a glob: a new file matching it later would not be noticed."""
    import glob as _glob

    uncheckable()
    return _glob.glob(pattern, recursive=True)


# ------------------------------------------------------------------------------------------- drafts


# A named tuple, not a dataclass or a typing.NamedTuple: this module is on the replay path, which
# must not pay for importing dataclasses or typing.
Source = namedtuple("Source", ("path", "text", "encoding", "bom", "newline"),
                    defaults=("utf-8", False, "\n"))
Source.__doc__ = """A decoded draft and what is needed to write it back byte for byte: ``path`` and
``text`` (str), ``encoding`` (str, "utf-8"), ``bom`` (bool, False), ``newline`` (str, "\\n")."""


def discover(paths: list[str]) -> Iterator[tuple[str, bool] | SourceError]:
    """Yield (path, named_explicitly) for every draft under ``paths``, or an error for a bad path."""
    from pathlib import Path

    for raw in paths:
        path = Path(raw)
        if raw == "-":
            yield raw, True
        elif path.is_dir():
            yield from ((p, False) for p in _walk(path))
        elif path.exists() or path.is_symlink():
            yield raw, True
        else:
            yield SourceError(raw, "no such file or directory")


def _walk(root: Path) -> Iterator[str]:
    found = []
    for folder, dirs, files in os.walk(root, followlinks=False, onerror=_unlisted):
        if _OBSERVER is not None:
            _OBSERVER.listed(folder, dirs + files, "visible")
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
        for name in files:
            if name.lower().endswith(RELEASE_SUFFIXES) and not name.startswith("."):
                found.append(os.path.normpath(os.path.join(folder, name)))
    yield from sorted(found)


def _unlisted(error: OSError) -> None:
    uncheckable()  # a folder that cannot be listed now might be listed next time


def read_source(path: str) -> Source:
    """Read and decode a draft; raise SourceError with a writer-readable reason."""
    try:
        raw = read_bytes(path)
        passed(path)  # a release that is (or becomes) a link is matched by where it points
    except FileNotFoundError:
        raise SourceError(path, "no such file or directory") from None
    except IsADirectoryError:
        raise SourceError(path, "is a directory") from None
    except PermissionError:
        raise SourceError(path, "permission denied: cannot read the file") from None
    except OSError as exc:
        raise SourceError(path, f"cannot read the file: {exc.strerror or exc}") from None
    return decode(raw, path)


def read_draft(path: str, report_path: str) -> Source:
    """A draft from a file, or from standard input for '-' (reported as ``report_path``)."""
    if path == "-":
        return decode(read_stdin(), report_path)
    return read_source(path)


def decode(raw: bytes, path: str) -> Source:
    if len(raw) > MAX_BYTES:
        raise SourceError(path, f"is {len(raw) / 1024 / 1024:.1f} MB: too large for a press release "
                                f"(relint reads files up to {MAX_BYTES // 1024 // 1024} MB)")
    if raw.startswith(codecs.BOM_UTF8):
        encoding, bom, body = "utf-8", True, raw[len(codecs.BOM_UTF8):]
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding, bom, body = "utf-16", True, raw
    else:
        encoding, bom, body = "utf-8", False, raw
    if encoding == "utf-8" and b"\x00" in body:
        raise SourceError(path, "binary file (contains NUL bytes), not a press release")
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as exc:
        line = body.count(b"\n", 0, exc.start) + 1
        column = exc.start - (body.rfind(b"\n", 0, exc.start) + 1) + 1
        raise SourceError(
            path, f"not valid {encoding.upper()} (byte 0x{body[exc.start]:02x} at line {line}, column {column}); "
            "save the file as UTF-8", None
        ) from None
    if encoding == "utf-16" and text.startswith("\ufeff"):
        text = text[1:]
    return Source(path, text, encoding, bom, _newline(text))


def _newline(text: str) -> str:
    crlf = text.count("\r\n")
    lf = text.count("\n") - crlf
    cr = text.count("\r") - crlf
    if crlf > lf and crlf >= cr:
        return "\r\n"
    if cr > lf:
        return "\r"
    return "\n"


def encode(source: Source, text: str) -> bytes:
    data = text.encode(source.encoding if source.encoding != "utf-16" else "utf-16")
    if source.encoding == "utf-8" and source.bom:
        data = codecs.BOM_UTF8 + data
    return data


# ------------------------------------------------------------------------------------------ writing


def write_atomic(path: str | os.PathLike, data: bytes, check=None) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it over: never half a file.

    The new file keeps the permissions of the one it replaces (a new one gets the user's defaults).
    A symbolic link at ``path`` is replaced, never written through. ``check(temporary path)`` runs
    before the rename: if it raises, nothing is replaced."""
    import tempfile
    from pathlib import Path

    if _OBSERVER is not None:
        _OBSERVER.wrote(path)
    target = Path(path)
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:  # a new file (or a dangling link): as the user would make it
        mask = os.umask(0)
        os.umask(mask)
        mode = 0o666 & ~mask
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".relint-tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode & 0o7777)
        if check is not None:
            check(Path(tmp))
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
