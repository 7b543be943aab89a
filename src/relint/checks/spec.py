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
