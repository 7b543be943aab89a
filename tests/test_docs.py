"""The rule reference is generated from the rules' documentation; stale docs fail here."""

from __future__ import annotations

from pathlib import Path

from relint.docs import readme_with_table, rule_reference
from relint.registry import default_registry

ROOT = Path(__file__).resolve().parents[1]
HOW = "regenerate with: python -m relint.docs (from the repository root)"


def test_rule_reference_is_current():
    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == rule_reference(default_registry()), HOW


def test_readme_rule_table_is_current():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme == readme_with_table(readme, default_registry()), HOW


def test_every_rule_is_in_the_reference():
    reference = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    for spec in default_registry():
        assert f"### {spec.code} {spec.name}" in reference
