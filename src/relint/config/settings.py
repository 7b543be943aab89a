"""One file's effective settings: which rules run, at which severity, with which options, and the
house; resolved from a loaded config's global keys, its matching per-file blocks and the command line
(the most specific selector wins; of equals, the later, as in ruff)."""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Mapping

from ..house import House
from ..model import RuleSpec, Severity
from ..registry import Registry, default_registry

DEFAULT_SELECTION = "<default>"  # every rule that is on by default, at the lowest specificity


@dataclass(frozen=True)
class Settings:
    """One file's effective settings: which rules run, at which severity, with which options."""

    enabled: frozenset[str]
    severity: Mapping[str, Severity]
    options: Mapping[str, Mapping[str, Any]]
    house: House
    fail_on: Severity
    corpus: tuple[str, ...] = ()
    # The enabled rules in registry order; whether any reads more than the text (a PL-only run
    # never parses regions); the enabled cross-release rules.
    rules: tuple[RuleSpec, ...] = field(default=(), compare=False, repr=False)
    reads_structure: bool = field(default=True, compare=False, repr=False)
    corpus_rules: tuple[RuleSpec, ...] = field(default=(), compare=False, repr=False)


@dataclass
class Config:
    """A loaded configuration file (or the defaults), resolved against a registry."""

    path: Path | None
    root: Path
    data: dict = field(default_factory=dict)
    registry: Registry = field(default_factory=default_registry)
    # The house registries and styles, parsed once (from ``data["house"]``, validated).
    house: House = field(init=False, compare=False)
    # Files under the same per-file blocks and options share one resolution.
    _settings: dict = field(default_factory=dict, init=False, repr=False, compare=False)
    _root: Path | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.house = House.parse(self.data.get("house"), self.registry.house_sections)

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
        level = Severity.parse(fail_on or self.data.get("fail-on", "warning"))
        rules = tuple(spec for spec in self.registry if spec.code in enabled)
        return Settings(enabled, severity, merged_options, self.house, level, tuple(self.data.get("corpus", ())),
                        rules, any(spec.reads_structure for spec in rules), tuple(spec for spec in rules if spec.corpus))

    def relative(self, file: str | Path) -> str:
        path = Path(file)
        try:
            if self._root is None:
                self._root = self.root.resolve()
            return path.resolve().relative_to(self._root).as_posix()
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
