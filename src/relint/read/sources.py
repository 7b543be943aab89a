"""Find the drafts to lint and read them, turning every I/O problem into one clear line."""

from __future__ import annotations

import codecs
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..speed import replay
from .yamlfile import SourceError

RELEASE_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".txt")
# A press release is a few kilobytes; ten megabytes is a data dump, and linting it would stall CI.
MAX_BYTES = 10 * 1024 * 1024
SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv", ".tox", ".relint_cache"}


@dataclass(frozen=True)
class Source:
    """A decoded draft and what is needed to write it back byte for byte."""

    path: str
    text: str
    encoding: str = "utf-8"
    bom: bool = False
    newline: str = "\n"


def discover(paths: list[str]) -> Iterator[tuple[str, bool] | SourceError]:
    """Yield (path, named_explicitly) for every draft under ``paths``, or an error for a bad path."""
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
        replay.note_folder(folder, dirs + files, among="visible")
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
        for name in files:
            if name.lower().endswith(RELEASE_SUFFIXES) and not name.startswith("."):
                found.append(os.path.normpath(os.path.join(folder, name)))
    yield from sorted(found)


def _unlisted(error: OSError) -> None:
    replay.forbid()  # a folder that cannot be listed now might be listed next time


def read_source(path: str) -> Source:
    """Read and decode a draft; raise SourceError with a writer-readable reason."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
        replay.note_file(path, raw)
        replay.note_link(path)  # a release that is (or becomes) a link is matched by where it points
    except FileNotFoundError:
        raise SourceError(path, "no such file or directory") from None
    except IsADirectoryError:
        raise SourceError(path, "is a directory") from None
    except PermissionError:
        raise SourceError(path, "permission denied: cannot read the file") from None
    except OSError as exc:
        raise SourceError(path, f"cannot read the file: {exc.strerror or exc}") from None
    return decode(raw, path)


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


def write_atomic(path: str, data: bytes, check=None) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it over: never half a file.

    The new file keeps the permissions of the one it replaces (a new one gets the user's defaults).
    A symbolic link at ``path`` is replaced, never written through. ``check(temporary path)`` runs
    before the rename: if it raises, nothing is replaced."""
    import tempfile

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
