"""An immutable registry of every rule: the built-in checks plus the YAML rule packs."""

from __future__ import annotations

import difflib
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from .house import CORE
from .model import RuleSpec
from .read import sources
from .read.sources import SourceError
from .read.yamlfile import LocatedList, load_file

PACKAGE_RULES = Path(__file__).parent / "rules"
CHECKOUT_RULES = Path(__file__).resolve().parents[2] / "rules"


def shipped_pack_dir() -> Path:
    """The rule packs installed inside the package, or the checkout's rules/ in an editable install."""
    return PACKAGE_RULES if PACKAGE_RULES.is_dir() else CHECKOUT_RULES


class Registry:
    def __init__(self, rules: Iterable[RuleSpec]):
        self.rules: tuple[RuleSpec, ...] = tuple(sorted(rules, key=lambda r: _code_key(r.code)))
        self.by_key: dict[str, RuleSpec] = {}
        for spec in self.rules:
            for key in (spec.code, spec.name, *spec.aliases):
                other = self.by_key.get(key)
                if other is not None and other is not spec:
                    raise SourceError(spec.source, f"rule {spec.code} reuses {key!r}, already taken by {other.code}")
                self.by_key[key] = spec
        self.house_sections = _house_sections(self.rules)

    def __iter__(self):
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def get(self, key: str) -> RuleSpec | None:
        return self.by_key.get(key) or self.by_key.get(key.upper())

    def matching(self, selector: str) -> list[RuleSpec]:
        """Rules a selector names: ALL, a code, a code prefix or family (RL7, PL), a name or alias."""
        if selector.upper() == "ALL":
            return list(self.rules)
        spec = self.get(selector)
        if spec is not None:
            return [spec]
        prefix = selector.upper()
        return [r for r in self.rules if r.code.startswith(prefix)]

    def suggest(self, selector: str) -> str | None:
        keys = [r.code for r in self.rules] + [r.name for r in self.rules]
        close = difflib.get_close_matches(selector, keys, n=1, cutoff=0.6)
        return close[0] if close else None

    def with_packs(self, paths: Iterable[Path]) -> "Registry":
        return Registry([*self.rules, *load_packs(paths)])


def _house_sections(rules) -> tuple:
    """Every ``house:`` section a rule reads, and the house-wide ones: the config's house schema."""
    sections = {section.key: section for section in CORE}
    for spec in rules:
        for section in spec.house:
            if sections.setdefault(section.key, section) is not section:
                raise SourceError(spec.source, f"rule {spec.code} declares its own house.{section.key}: "
                                               "a house section is declared once")
    return tuple(sections.values())


def _code_key(code: str):
    letters = code.rstrip("0123456789")
    return (letters != "RL", letters, code)


def load_packs(paths: Iterable[Path], *, shipped: bool = False) -> list[RuleSpec]:
    """Rule packs, validated. ``shipped``: relint's own packs, whose patterns the test suite
    compiles, so they compile on first use rather than at every start."""
    from .kinds import compile_rule

    specs = []
    for path in paths:
        if path.is_dir():
            names = sources.list_folder(path)
            files = [path / name for name in sorted(names) if name.endswith(".yaml")]
            files += [path / name for name in sorted(names) if name.endswith(".yml")]
        else:
            files = [path]
        for file in files:
            data = load_file(file)
            if not isinstance(data, dict) or set(data) - {"rules", "description"} or "rules" not in data:
                line = getattr(data, "line", None)
                raise SourceError(file, "a rule pack is a mapping with a 'rules' list (and an optional 'description')", line)
            entries = data["rules"]
            if not isinstance(entries, list):
                raise SourceError(file, "must be a list of rules", data.line_of("rules"), "rules")
            for entry in entries:
                specs.append(compile_rule(entry, str(file), lazy=shipped))
    return specs


@lru_cache(maxsize=1)
def default_registry() -> Registry:
    """Built-in checks and the shipped packs; built once per process."""
    from .checks import load_builtin

    return Registry([*load_builtin(), *load_packs([shipped_pack_dir()], shipped=True)])


__all__ = ["Registry", "default_registry", "load_packs", "shipped_pack_dir", "LocatedList"]
