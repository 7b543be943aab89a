"""Built-in rules, one module per family. Each module registers its rules with ``@rule``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from .. import ruledoc
from ..model import Finding, RuleSpec, Severity

BUILTIN: list[RuleSpec] = []


@dataclass(frozen=True)
class Context:
    """What a rule may read besides the release: its options, the house registries, the corpus index."""

    options: Mapping[str, Any] = field(default_factory=dict)
    house: Mapping[str, Any] = field(default_factory=dict)
    corpus: Any = None  # this rule's aggregate over the corpus, or None when linting one release alone
    today: Any = None


def rule(code: str, name: str, *, severity: str = "warning", options: Mapping[str, Any] | None = None,
         fixable: bool = False, aliases: tuple[str, ...] = (), default: bool = True, facts=None, aggregate=None):
    """Register a check function as a rule; its docstring is the rule's documentation."""

    def register(check):
        doc = ruledoc.clean(check.__doc__)
        if not doc:
            raise ValueError(f"rule {code} has no documentation")
        spec = RuleSpec(
            code=code, name=name, severity=Severity.parse(severity), summary=ruledoc.summary(doc), doc=doc,
            check=check, options=dict(options or {}), fixable=fixable,
            aliases=aliases, source=f"{check.__module__}", enabled_by_default=default,
            corpus=facts is not None, facts=facts, aggregate=aggregate,
        )
        BUILTIN.append(spec)
        return check

    return register


def load_builtin() -> list[RuleSpec]:
    """Import every family module once; their decorators fill BUILTIN."""
    from . import dateline, document, numbers, people, structure, trademarks, typography  # noqa: F401
    from .proselint.rules import pl_specs

    return [*BUILTIN, *pl_specs()]


FindingIter = Iterable[Finding]


def freeze(value: Any) -> Any:
    """A hashable copy of config data (mappings and lists), so parsed registries can be cached."""
    if isinstance(value, Mapping):
        return tuple(sorted((str(k), freeze(v)) for k, v in value.items()))
    if isinstance(value, (list, tuple)):
        return tuple(freeze(v) for v in value)
    return value


_BUILT: dict = {}


def built_once(value: Any, build) -> Any:
    """``build(value)`` for an object that lives as long as its config (a registry's entries, a
    parsed registry), keyed by identity: rules ask for their registry for every release, and
    freezing or hashing hundreds of entries each time cost more than the rules did."""
    key = (id(value), build)
    hit = _BUILT.get(key)
    if hit is not None and hit[0] is value:
        return hit[1]
    result = build(value)
    if len(_BUILT) >= 64:
        _BUILT.clear()
    _BUILT[key] = (value, result)
    return result


def thaw(value: Any) -> Any:
    """Back from ``freeze``: tuples of pairs become dicts again (only used on frozen mappings)."""
    if isinstance(value, tuple) and value and all(isinstance(v, tuple) and len(v) == 2 and isinstance(v[0], str)
                                                  for v in value):
        return {k: thaw(v) for k, v in value}
    if isinstance(value, tuple):
        return [thaw(v) for v in value]
    return value
