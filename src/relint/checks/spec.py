"""How a built-in rule is declared: a check function, its documentation and its metadata.

``@rule(...)`` turns a check function into a rule: its docstring is the rule's documentation (with
examples that run as tests), and the function carries the RuleSpec the registry collects.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from .. import ruledoc
from ..model import NO_FIX, Finding, FixSpec, RuleSpec, Severity


def rule(code: str, name: str, *, severity: str = "warning", options: Mapping[str, Any] | None = None,
         fix: FixSpec = NO_FIX, aliases: tuple[str, ...] = (), default: bool = True, facts=None, aggregate=None,
         house: tuple = (), governs=None, audits_suppressions=None):
    """Register a check function as a rule; its docstring is the rule's documentation."""

    def register(check):
        doc = ruledoc.clean(check.__doc__)
        if not doc:
            raise ValueError(f"rule {code} has no documentation")
        check.__rule__ = RuleSpec(
            code=code, name=name, severity=Severity.parse(severity), summary=ruledoc.summary(doc), doc=doc,
            check=check, options=dict(options or {}), fix=fix,
            aliases=aliases, source=f"{check.__module__}", enabled_by_default=default,
            corpus=facts is not None, facts=facts, aggregate=aggregate, house=tuple(house),
            governs=governs, audits_suppressions=audits_suppressions,
        )
        return check

    return register


def rules_in(family) -> list[RuleSpec]:
    """The rules a family module declares, in the order it declares them; for a family package,
    those of each of its modules."""
    found = []
    for value in vars(family).values():
        if hasattr(value, "__rule__") and value.__module__ == family.__name__:
            found.append(value.__rule__)
        elif hasattr(family, "__path__") and getattr(value, "__name__", "").startswith(family.__name__ + "."):
            found += rules_in(value)  # a module of the family package
    return found


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
