"""The result cache: an unchanged release under unchanged settings is not linted again.

Two kinds of entry, each one JSON file under ``<cache dir>/v1/<kind>/<2 hex>/<key>.json``:

- ``facts``: what each cross-release rule takes from a release (``RuleSpec.facts``), so that the
  corpus index of an unchanged archive is rebuilt without parsing a single release;
- ``result``: a release's diagnostics, keyed also by a digest of the corpus summaries its
  cross-release rules read (``CorpusIndex.summaries``), so that a cross-release finding is never
  served stale: when a change to any release changes a summary, every result of that config is
  computed again (the facts, still cached, cost nothing to gather); a change no summary shows
  (a typo fixed) costs only the changed release.

A key is the SHA-256 of everything a result depends on: relint's code (its version and a signature
of its installed files, so an edited checkout never reads results of older code), proselint's
version, the rule packs in use, the file's effective settings (house registry and boilerplate texts
included), its path, its text and, for results, the date rules compare datelines against.

Entries are written to a temporary file in the same folder and renamed into place, so two runs can
share a cache folder: a reader sees a whole entry or none. JSON only, read without constructing any
object: a cache folder that arrives with a pull request cannot make relint run code. Anything that
goes wrong with the cache (unwritable folder, damaged entry) costs only the cache, never the run.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import sys
import tempfile
from dataclasses import fields, is_dataclass
from enum import Enum
from functools import lru_cache
from pathlib import Path, PurePath
from typing import Any

from ..model import Applicability, Diagnostic, Edit, Fix, Position, Severity, Span

FORMAT = "v1"


class Unencodable(TypeError):
    """A value the cache's JSON encoding cannot carry exactly: it is not cached."""


class Cache:
    def __init__(self, root: Path):
        self.root = root
        self._base = os.path.join(root, FORMAT)
        self.usable = True

    def _file(self, kind: str, key: str) -> str:
        return os.path.join(self._base, kind, key[:2], key + ".json")

    def get(self, kind: str, key: str) -> Any:
        """The entry's value, or None when there is none (or it cannot be read)."""
        try:
            with open(self._file(kind, key), encoding="utf-8") as handle:
                return json.load(handle)
        except (OSError, ValueError):
            return None

    def put(self, kind: str, key: str, value: Any) -> None:
        if not self.usable:
            return
        target = self._file(kind, key)
        folder = os.path.dirname(target)
        try:
            if not os.path.isdir(folder):
                self._prepare()
                os.makedirs(folder, exist_ok=True)
            fd, temporary = tempfile.mkstemp(dir=folder, prefix=".", suffix=".tmp")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    json.dump(value, handle, separators=(",", ":"))
                os.replace(temporary, target)
            except BaseException:
                _unlink(temporary)
                raise
        except OSError:
            self.usable = False  # a read-only or full disk: lint on without the cache

    def _prepare(self) -> None:
        """A new cache folder says what it is: to git (ignore everything) and to backup tools."""
        if self.root.is_dir():
            return
        self.root.mkdir(parents=True, exist_ok=True)
        (self.root / ".gitignore").write_text("# Made by relint: its cache, safe to delete.\n*\n", encoding="utf-8")
        (self.root / "CACHEDIR.TAG").write_text(
            "Signature: 8a477f597d28d172789f06886806bc55\n# This folder is relint's cache.\n", encoding="utf-8")


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


# --------------------------------------------------------------------------------------------- keys


def digest(*parts: Any) -> str:
    """SHA-256 of the parts' canonical encoding (Unencodable if a part cannot be encoded)."""
    if all(type(part) is str for part in parts):  # keys made of other digests: no encoding needed
        return hashlib.sha256("\x00".join(["str", *parts]).encode("utf-8", "surrogatepass")).hexdigest()
    return hashlib.sha256(canonical(list(parts)).encode("utf-8", "surrogatepass")).hexdigest()


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@lru_cache(maxsize=1)
def code_signature() -> str:
    """relint's version and a signature (name, size, mtime) of its installed files and of
    proselint's: results computed by other code, or with another proselint, are never read."""
    from .. import __version__
    from .code import code_entries

    return digest(__version__, sys.version_info[:2], code_entries())


def registry_signature(registry) -> str:
    """The rules in use: their codes, and the bytes of each rule pack they come from."""
    sources = sorted({spec.source for spec in registry if spec.source not in ("built-in", "proselint")})
    packs = []
    for source in sources:
        try:
            packs.append((source, text_digest(Path(source).read_text(encoding="utf-8", errors="surrogateescape"))))
        except OSError:
            packs.append((source, None))
    return digest([spec.code for spec in registry], packs)


def settings_signature(settings) -> str:
    return digest(sorted(settings.enabled), {k: int(v) for k, v in settings.severity.items()},
                  settings.options, settings.house, int(settings.fail_on), list(settings.corpus))


# ------------------------------------------------------------------------------------------ encoding


def canonical(value: Any) -> str:
    """One JSON text per value: dict items and set members in a fixed order."""
    return json.dumps(encode(value, sort=True), separators=(",", ":"))


def encode(value: Any, sort: bool = False) -> Any:
    """JSON data that ``decode`` turns back into an equal value: tuples, sets and dicts with keys
    that are not strings are tagged. Anything else (a compiled pattern, a function) is Unencodable."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, Enum):
        return encode(value.value, sort)
    if isinstance(value, (_dt.date, _dt.time)):  # dates in the house registry (keys only, never decoded)
        return {"c": [type(value).__name__, value.isoformat()]}
    if isinstance(value, PurePath):
        return {"c": ["path", str(value)]}
    if isinstance(value, list):
        return [encode(v, sort) for v in value]
    if isinstance(value, tuple):
        return {"t": [encode(v, sort) for v in value]}
    if isinstance(value, (set, frozenset)):
        members = [encode(v, sort) for v in value]
        return {"s": sorted(members, key=_order) if sort else members}
    if isinstance(value, dict):
        items = [[encode(k, sort), encode(v, sort)] for k, v in value.items()]
        return {"d": sorted(items, key=lambda kv: _order(kv[0])) if sort else items}
    if sort and isinstance(getattr(value, "pattern", None), str) and hasattr(value, "finditer"):
        return {"c": ["pattern", value.pattern, int(value.flags)]}  # a compiled pattern in a key: its source
    if is_dataclass(value) and not isinstance(value, type):
        return {"c": [type(value).__name__, *(encode(getattr(value, f.name), sort) for f in fields(value))]}
    raise Unencodable(type(value).__name__)


def decode(data: Any) -> Any:
    if isinstance(data, list):
        return [decode(v) for v in data]
    if isinstance(data, dict):
        if "t" in data:
            return tuple(decode(v) for v in data["t"])
        if "s" in data:
            return frozenset(decode(v) for v in data["s"])
        if "d" in data:
            return {decode(k): decode(v) for k, v in data["d"]}
        raise ValueError("not a cache encoding")  # dataclasses ("c") are for keys only
    return data


def _order(encoded: Any) -> str:
    return json.dumps(encoded, separators=(",", ":"))


# --------------------------------------------------------------------------------- diagnostics


def diagnostics_to_data(diagnostics: list[Diagnostic]) -> list:
    return [[d.code, d.name, int(d.severity), d.message, d.span.start, d.span.end,
             d.start.line, d.start.column, d.end.line, d.end.column,
             None if d.fix is None else [[[e.span.start, e.span.end, e.replacement] for e in d.fix.edits],
                                         d.fix.applicability.value, d.fix.description],
             d.detail] for d in diagnostics]


def diagnostics_from_data(path: str, data: list) -> list[Diagnostic]:
    found = []
    severities = {int(s): s for s in Severity}
    applicabilities = {a.value: a for a in Applicability}
    for code, name, severity, message, start, end, line1, col1, line2, col2, fix, detail in data:
        if fix is not None:
            edits, applicability, description = fix
            fix = Fix(tuple(Edit(Span(s, e), r) for s, e, r in edits), applicabilities[applicability], description)
        found.append(Diagnostic(path, code, name, severities[severity], message, Span(start, end),
                                Position(line1, col1), Position(line2, col2), fix, detail))
    return found
