"""Load a config: a file (YAML, or ``[tool.relint]`` in pyproject.toml), its ``extends`` chain,
its rule packs and its boilerplate texts, validated (``relint.config.validate``) into a ``Config``.

Which file applies to a release is ``relint.config.find``'s business: ``--config FILE``, else the
nearest ``.relint.yaml`` / ``.relint.yml`` or ``pyproject.toml`` with a ``[tool.relint]`` table.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from ..read import sources
from ..read.sources import SourceError
from ..read.yamlfile import Located, load_file
from ..registry import Registry, default_registry
from .settings import Config
from .validate import _line, validate


def load_config(path: Path | None, registry: Registry | None = None, _seen: tuple[Path, ...] = ()) -> Config:
    """Load and validate a config file; ``None`` gives the defaults."""
    registry = registry or default_registry()
    if path is None:
        return Config(None, Path.cwd(), {}, registry)
    path = Path(path)
    if path.name == "pyproject.toml":
        data = _load_pyproject(path)
    else:
        data = load_file(path)
        if data is None:
            data = Located()
            data.line, data.key_lines = 1, {}
    if not isinstance(data, dict):
        raise SourceError(path, "the configuration must be a mapping of keys to values", getattr(data, "line", 1))
    try:
        resolved = path.resolve()
    except RuntimeError:
        raise SourceError(path, "is a symlink loop") from None
    if resolved in _seen:
        chain = " -> ".join(str(p) for p in (*_seen, resolved))
        raise SourceError(path, f"circular extends: {chain}", None, "extends")
    base: dict = {}
    if "extends" in data:
        parent_path = _extends_path(path, data)
        parent = load_config(parent_path, registry, (*_seen, resolved))
        base = parent.data
    registry = _with_packs(registry, path, data)
    validate(data, path, registry)
    _load_boilerplate(data, path, path.parent)
    merged = _merge(base, data)
    return Config(path, path.parent, merged, registry)


def _load_boilerplate(data: dict, path: Path, root: Path) -> None:
    """Read each canonical About text next to the config; a missing file is a config error."""
    entries = (data.get("house") or {}).get("boilerplate") or []
    for i, entry in enumerate(entries):
        if "file" not in entry:
            if "text" not in entry:
                raise SourceError(path, "each entry needs 'file' (the canonical text, beside the config) or 'text'",
                                  _line(entries, i), f"house.boilerplate[{i}]")
            continue
        target = root / entry["file"]
        try:
            raw = sources.read_bytes(target)
            entry["text"] = raw.decode("utf-8-sig").strip()
        except FileNotFoundError:
            raise SourceError(path, f"{entry['file']!r} does not exist (looked in {root})",
                              _line(entry, "file"), f"house.boilerplate[{i}].file") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise SourceError(path, f"cannot read {entry['file']!r}: {exc}", _line(entry, "file"),
                              f"house.boilerplate[{i}].file") from None


def config_from_mapping(data: dict, registry: Registry | None = None, root: Path | None = None,
                        name: str = "<config>") -> Config:
    """A config given as data (a rule example's config block, a test): validated like a file."""
    registry = registry or default_registry()
    validate(data, Path(name), registry)
    _load_boilerplate(data, Path(name), root or Path.cwd())
    return Config(None, root or Path.cwd(), dict(data), registry)


def _extends_path(path: Path, data: Located) -> Path:
    value = data["extends"]
    if not isinstance(value, str):
        raise SourceError(path, "must be a path to another config file", data.line_of("extends"), "extends")
    try:
        target = sources.resolve(path.parent / value)
    except RuntimeError:
        raise SourceError(path, f"{value!r} is a symlink loop", data.line_of("extends"), "extends") from None
    if not target.is_file():
        raise SourceError(path, f"{value!r} does not exist", data.line_of("extends"), "extends")
    return target


def _with_packs(registry: Registry, path: Path, data: dict) -> Registry:
    packs = data.get("packs", [])
    if not packs:
        return registry
    if not isinstance(packs, list):
        raise SourceError(path, "must be a list of rule pack files or folders", _line(data, "packs"), "packs")
    paths = []
    for i, item in enumerate(packs):
        target = path.parent / str(item)
        if not sources.exists(target):
            raise SourceError(path, f"rule pack {item!r} does not exist", _line(data, "packs"), "packs")
        paths.append(target)
    return registry.with_packs(paths)


def _merge(base: dict, data: dict) -> dict:
    merged = dict(base)
    for key, value in data.items():
        if key == "extends":
            continue
        if key in ("severity", "rules") and isinstance(value, dict):
            merged[key] = {**base.get(key, {}), **value}
        elif key == "house" and isinstance(value, dict):
            merged[key] = {**base.get(key, {}), **value}
        else:
            merged[key] = value
    return merged


def _load_pyproject(path: Path) -> dict:
    try:
        raw = sources.read_bytes(path)
        text = raw.decode("utf-8")
        table = tomllib.loads(text).get("tool", {}).get("relint", {})
    except UnicodeDecodeError:
        raise SourceError(path, "not valid UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise SourceError(path, f"invalid TOML: {exc}") from None
    located = Located(table)
    lines = text.splitlines()
    header = next((i + 1 for i, line in enumerate(lines) if line.strip().startswith("[tool.relint")), 1)
    located.line = header
    located.key_lines = {}
    for key in table:
        for i in range(header, len(lines)):
            stripped = lines[i].strip()
            if stripped.startswith((f"{key} ", f"{key}=", f'"{key}"', f"[tool.relint.{key}")):
                located.key_lines[key] = i + 1
                break
    return located

