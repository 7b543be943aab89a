"""Find, load and strictly validate relint's configuration.

Sources, first found wins: ``--config FILE``; else, walking up from each linted file, a
``.relint.yaml`` / ``.relint.yml``, or a ``pyproject.toml`` with a ``[tool.relint]`` table.
Every error names the file, the line and the key.
"""

from __future__ import annotations

import fnmatch
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Any, Mapping

from ..model import Severity
from ..registry import Registry, default_registry
from ..read import sources
from ..read.sources import SourceError
from ..read.yamlfile import Located, load_file

FAIL_LEVELS = ("error", "warning", "info")

# The house registries. The rule families define what each entry holds; unknown keys are errors.
HOUSE_SCHEMA: dict[str, Any] = {
    "company": str,
    "language": str,
    "trademarks": [{
        "mark": str,
        "symbol": frozenset({"®", "™", "℠"}),
        "policy": frozenset({"every-mention", "first-mention", "first-and-headline", "none"}),
        "variants": [str],
        "exempt": [str],
        "headline": frozenset({"allowed", "required", "forbidden"}),
    }],
    "people-style": {
        "honorifics": frozenset({"none", "later", "always"}),
        "doctor": frozenset({"allow", "never"}),
        "title-case": frozenset({"ap", "keep"}),
        "later-reference": frozenset({"family", "any"}),
    },
    "people": [{
        "name": str,
        "order": frozenset({"given-family", "family-given"}),
        "honorific": frozenset({"none", "Mr.", "Ms.", "Mrs.", "Dr.", "Prof.", "Mx."}),
        "aliases": [str],
        "titles": [{"title": str, "from": (str, "date"), "to": (str, "date"), "company": str}],
    }],
    "boilerplate": [{"heading": str, "file": str, "text": str, "company": str,
                     "required": frozenset({"always", "when-mentioned", "never"})}],
    "tickers": [{"exchange": str, "symbol": str, "form": str, "company": str}],
    "dateline": {
        "form": str,
        "city-case": frozenset({"caps", "title", "any"}),
        "month-style": frozenset({"ap", "full", "any"}),
        "date-order": frozenset({"mdy", "dmy", "any"}),
        "dash": frozenset({"em", "en", "double-hyphen", "hyphen", "any"}),
        "dash-spacing": frozenset({"spaced", "closed", "any"}),
        "wire-tags": frozenset({"allowed", "required", "forbidden"}),
        "state-style": frozenset({"ap", "postal", "full", "any"}),
        "place-style": frozenset({"ap", "city-country", "any"}),
        "weekday": frozenset({"omit", "allow"}),
        "year": frozenset({"required", "optional"}),
        "country": str,
    },
    "release-line": frozenset({"required", "forbidden", "allowed"}),
    "end-mark": frozenset({"###", "-30-", "none", "any"}),
    "contact": {"required": bool, "name": bool, "email-or-phone": bool},
    "forward-looking": {"required": frozenset({"always", "when-listed", "never"})},
    "headline": {"case": frozenset({"title", "sentence", "any"}), "max-length": int, "trailing-period": bool},
    "limits": {"lead-words": int, "paragraph-words": int, "sentence-words": int},
    "numbers": {
        "percent": frozenset({"symbol", "word", "any"}),
        "range": frozenset({"en-dash", "to", "any"}),
        "units": frozenset({"abbreviated", "spelled", "consistent", "any"}),
    },
    "typography": {
        "quotes": frozenset({"curly", "straight", "consistent", "any"}),
        "punctuation": frozenset({"us", "uk", "any"}),
        "dash": frozenset({"em", "en", "any"}),
        "dash-spacing": frozenset({"spaced", "closed", "any"}),
    },
    "acronyms": [str],
}

# Keys every entry of a house registry list must have.
HOUSE_REQUIRED = {"trademarks": ("mark",), "people": ("name",), "boilerplate": ("heading",),
                  "tickers": ("exchange", "symbol")}

TOP_LEVEL = {
    "extends", "select", "extend-select", "ignore", "fail-on", "severity", "rules", "exclude",
    "per-file", "corpus", "packs", "house",
}
DEFAULT_SELECTION = "<default>"  # every rule that is on by default, at the lowest specificity
PER_FILE = {"files", "select", "extend-select", "ignore", "severity", "rules"}


@dataclass(frozen=True)
class Settings:
    """One file's effective settings: which rules run, at which severity, with which options."""

    enabled: frozenset[str]
    severity: Mapping[str, Severity]
    options: Mapping[str, Mapping[str, Any]]
    house: Mapping[str, Any]
    fail_on: Severity
    corpus: tuple[str, ...] = ()


@dataclass
class Config:
    """A loaded configuration file (or the defaults), resolved against a registry."""

    path: Path | None
    root: Path
    data: dict = field(default_factory=dict)
    registry: Registry = field(default_factory=default_registry)
    # Files under the same per-file blocks and options share one resolution.
    _settings: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    # ------------------------------------------------------------------ selection

    def settings_for(self, file: str | Path, *, select=None, ignore=None, extend_select=None,
                     fail_on: str | None = None) -> Settings:
        """Resolve everything that applies to ``file``: global keys, then matching per-file blocks, then CLI."""
        rel = self.relative(file) if self.data.get("per-file") else ""
        blocks = tuple(i for i, block in enumerate(self.data.get("per-file", []))
                       if any(_glob_match(rel, pattern) for pattern in block["files"]))
        key = (blocks, tuple(select or ()), tuple(ignore or ()), tuple(extend_select or ()), fail_on)
        if key not in self._settings:
            self._settings[key] = self._resolve_settings([self.data, *(self.data["per-file"][i] for i in blocks)],
                                                         select, ignore, extend_select, fail_on)
        return self._settings[key]

    def _resolve_settings(self, layers, select, ignore, extend_select, fail_on) -> Settings:
        selectors: list[tuple[str, bool]] = [(DEFAULT_SELECTION, True)]
        severity_selectors: list[tuple[str, Severity]] = []
        options: dict[str, dict] = {}
        for layer in layers:
            if "select" in layer:
                selectors = [(s, True) for s in layer["select"]]
            selectors += [(s, True) for s in layer.get("extend-select", [])]
            selectors += [(s, False) for s in layer.get("ignore", [])]
            severity_selectors += [(k, Severity.parse(v)) for k, v in layer.get("severity", {}).items()]
            for key, opts in layer.get("rules", {}).items():
                spec = self.registry.get(key)
                options.setdefault(spec.code, {}).update(opts)
        if select:
            selectors = [(s, True) for s in select]
        selectors += [(s, True) for s in extend_select or ()]
        selectors += [(s, False) for s in ignore or ()]
        enabled = frozenset(r.code for r in self.registry if _resolve(self.registry, r, selectors, False))
        severity = {}
        for spec in self.registry:
            severity[spec.code] = _resolve(self.registry, spec, severity_selectors, spec.severity)
        merged_options = {
            spec.code: {**spec.options, **options.get(spec.code, {})} for spec in self.registry if spec.code in enabled
        }
        level = Severity.parse(fail_on or self.data.get("fail-on", "error"))
        return Settings(enabled, severity, merged_options, self.data.get("house", {}), level,
                        tuple(self.data.get("corpus", ())))

    def relative(self, file: str | Path) -> str:
        path = Path(file)
        try:
            return path.resolve().relative_to(_resolved(self.root)).as_posix()
        except (ValueError, OSError, RuntimeError):  # RuntimeError: a symlink loop
            return path.as_posix()

    def excluded(self, file: str | Path) -> bool:
        patterns = self.data.get("exclude", [])
        if not patterns:
            return False
        rel = self.relative(file)
        return any(_glob_match(rel, pattern) for pattern in patterns)

    def corpus_globs(self) -> list[str]:
        return [str(self.root / g) for g in self.data.get("corpus", [])]


@lru_cache(maxsize=64)
def _resolved(root: Path) -> Path:
    return root.resolve()


def _resolve(registry: Registry, spec, selectors, default):
    """The value of the most specific selector naming ``spec``; later ones win ties (ruff's rule)."""
    best_len, value = -1, default
    for selector, selected in selectors:
        specificity = _specificity(registry, spec, selector)
        if specificity >= 0 and specificity >= best_len:
            best_len, value = specificity, selected
    return value


def _specificity(registry: Registry, spec, selector: str) -> int:
    if selector == DEFAULT_SELECTION:
        return 0 if spec.enabled_by_default else -1
    if selector.upper() == "ALL":
        return 0
    if selector in (spec.code, spec.name, *spec.aliases):
        return 100
    if spec.code.startswith(selector.upper()):
        return len(selector)
    return -1


def _glob_match(rel: str, pattern: str) -> bool:
    pattern = pattern.rstrip("/")
    if PurePosixPath(rel).match(pattern) or fnmatch.fnmatch(rel, pattern):
        return True
    # "drafts" or "drafts/**" also excludes everything under drafts/.
    base = pattern[:-3] if pattern.endswith("/**") else pattern
    return rel == base or rel.startswith(base + "/")


# ---------------------------------------------------------------------- loading


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


# ---------------------------------------------------------------------- validation


def _line(node: Any, key: Any = None) -> int | None:
    if key is not None and hasattr(node, "line_of"):
        return node.line_of(key)
    return getattr(node, "line", None)


def validate(data: dict, path: Path, registry: Registry) -> None:
    def fail(key: str, message: str, node: Any = data, at: Any = None) -> None:
        raise SourceError(path, message, _line(node, key if at is None else at), key)

    for key in data:
        if key not in TOP_LEVEL:
            hint = _did_you_mean(str(key), TOP_LEVEL)
            fail(str(key), f"unknown key{hint} (allowed: {', '.join(sorted(TOP_LEVEL))})")
    _validate_layer(data, path, registry, fail, "")
    if "fail-on" in data and data["fail-on"] not in FAIL_LEVELS:
        fail("fail-on", f"must be one of {', '.join(FAIL_LEVELS)}")
    for key in ("exclude", "corpus"):
        if key in data:
            _strings(data, key, fail)
    if "per-file" in data:
        blocks = data["per-file"]
        if not isinstance(blocks, list):
            fail("per-file", "must be a list of blocks, each with 'files' and the settings to change")
        for block in blocks:
            if not isinstance(block, dict):
                fail("per-file", "each block must be a mapping", blocks)

            def fail_block(key, message, node=block, at=None):
                raise SourceError(path, message, _line(node, key if at is None else at), f"per-file.{key}")

            for key in block:
                if key not in PER_FILE:
                    fail_block(str(key), f"unknown key{_did_you_mean(str(key), PER_FILE)} (allowed: {', '.join(sorted(PER_FILE))})")
            if "files" not in block:
                raise SourceError(path, "each block needs 'files' (a list of globs)", _line(block), "per-file")
            _strings(block, "files", fail_block)
            _validate_layer(block, path, registry, fail_block, "per-file.")
    if "house" in data:
        _validate_shape(data["house"], HOUSE_SCHEMA, path, "house", data, "house")


def _strings(node: dict, key: str, fail) -> None:
    value = node[key]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        fail(key, "must be a list of strings", node)


def _validate_layer(node: dict, path: Path, registry: Registry, fail, prefix: str) -> None:
    for key in ("select", "extend-select", "ignore"):
        if key in node:
            _strings(node, key, fail)
            for selector in node[key]:
                if not registry.matching(selector):
                    fail(key, f"unknown rule code or name {selector!r}{_did_you_mean_rule(registry, selector)}", node)
    if "severity" in node:
        severities = node["severity"]
        if not isinstance(severities, dict):
            fail("severity", "must map rule codes, prefixes or names to error, warning or info", node)
        for selector, level in severities.items():
            if not registry.matching(str(selector)):
                fail("severity", f"unknown rule code or name {selector!r}{_did_you_mean_rule(registry, str(selector))}", severities, selector)
            if str(level).lower() not in FAIL_LEVELS:
                fail("severity", f"{selector}: {level!r} is not error, warning or info", severities, selector)
    if "rules" in node:
        rules = node["rules"]
        if not isinstance(rules, dict):
            fail("rules", "must map rule codes or names to their options", node)
        for key, options in rules.items():
            spec = registry.get(str(key))
            if spec is None:
                fail("rules", f"unknown rule {key!r}{_did_you_mean_rule(registry, str(key))}", rules, key)
            if not isinstance(options, dict):
                fail("rules", f"{key}: options must be a mapping", rules, key)
            for option, value in options.items():
                if option not in spec.options:
                    allowed = ", ".join(sorted(spec.options)) or "none"
                    fail("rules", f"{key}: unknown option {option!r} (options: {allowed})", options, option)
                default = spec.options[option]
                if default is not None and not _same_type(default, value):
                    fail("rules", f"{key}.{option}: must be a {type(default).__name__}", options, option)


def _same_type(default: Any, value: Any) -> bool:
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, (int, float)):
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if isinstance(default, (list, tuple)):
        return isinstance(value, list)
    return isinstance(value, type(default))


def _validate_shape(value: Any, schema: Any, path: Path, key: str, parent: Any, parent_key: Any) -> None:
    def fail(message: str, node: Any = parent, at: Any = parent_key) -> None:
        raise SourceError(path, message, _line(node, at), key)

    if isinstance(schema, dict):
        if not isinstance(value, dict):
            fail("must be a mapping")
        for sub, sub_value in value.items():
            if sub not in schema:
                allowed = ", ".join(sorted(schema))
                raise SourceError(path, f"unknown key{_did_you_mean(str(sub), schema)} (allowed: {allowed})",
                                  _line(value, sub), f"{key}.{sub}")
            _validate_shape(sub_value, schema[sub], path, f"{key}.{sub}", value, sub)
    elif isinstance(schema, list):
        if not isinstance(value, list):
            fail("must be a list")
        required = HOUSE_REQUIRED.get(key.rsplit(".", 1)[-1], ())
        for i, item in enumerate(value):
            _validate_shape(item, schema[0], path, f"{key}[{i}]", value, i)
            for needed in required:
                if isinstance(item, dict) and needed not in item:
                    raise SourceError(path, f"each entry needs '{needed}'", _line(value, i), f"{key}[{i}]")
    elif isinstance(schema, frozenset):
        if value not in schema:
            fail(f"{value!r} is not one of: {', '.join(sorted(schema))}")
    elif isinstance(schema, tuple):
        import datetime

        if not isinstance(value, (str, datetime.date)):
            fail("must be a date (YYYY-MM-DD) or a string")
    elif schema is int:
        if not isinstance(value, int) or isinstance(value, bool):
            fail("must be a whole number")
    elif not isinstance(value, schema):
        fail(f"must be a {schema.__name__}")


def _did_you_mean(word: str, choices) -> str:
    import difflib

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _did_you_mean_rule(registry: Registry, selector: str) -> str:
    close = registry.suggest(selector)
    return f" (did you mean {close!r}?)" if close else ""
