"""Built-in rules, one module (or package) per family. Each declares its rules with ``@rule``."""

from __future__ import annotations

from ..model import RuleSpec


def load_builtin() -> list[RuleSpec]:
    """Every family's rules, then proselint's as PL rules."""
    from . import dashes, dateline, document, numbers, people, structure, trademarks, typography
    from .proselint.rules import pl_specs
    from .spec import rules_in

    families = (dateline, document, numbers, people, structure, trademarks, typography, dashes)
    return [spec for family in families for spec in rules_in(family)] + pl_specs()
