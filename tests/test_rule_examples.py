"""Every rule's documented examples are tests: bad raises the rule, good does not, fixed is the fix.

The cases are generated from the rules' own documentation, so the docs cannot drift from behaviour.
"""

from __future__ import annotations

import pytest

from relint.config.load import config_from_mapping
from relint.engine.corpus import CorpusIndex
from relint.engine.fix import fix_until_stable
from relint.engine.lint import lint_text
from relint.read.release import parse
from relint.registry import default_registry
from relint.ruledoc import examples_of

CASES = [
    pytest.param(spec, i, example, id=f"{spec.code}-{spec.name}-{example.kind}{i}")
    for spec in default_registry()
    for i, example in enumerate(examples_of(spec))
]


def _lint(spec, example, text):
    config = config_from_mapping(example.config or {})
    settings = config.settings_for("example.md", select=[spec.code])
    corpus = None
    if example.corpus:
        corpus = CorpusIndex()
        for i, other in enumerate((*example.corpus, text)):
            corpus.add(parse(other, f"corpus-{i}.md"), settings)
        corpus.summarise(settings)
    result = lint_text(text, "example.md", config.registry, settings, corpus=corpus)
    assert not result.errors, result.errors
    return [d for d in result.diagnostics if d.code == spec.code]


@pytest.mark.parametrize("spec, index, example", CASES)
def test_documented_example(spec, index, example):
    found = _lint(spec, example, example.text)
    if example.kind == "good":
        assert found == [], f"{spec.code} fired on its own good example: {[d.message for d in found]}"
        return
    assert found, f"{spec.code} did not fire on its own bad example"
    if example.fixed is not None:
        fixed, applied, _ = fix_until_stable(example.text, lambda t: _lint(spec, example, t), unsafe=True)
        assert applied
        assert fixed == example.fixed


@pytest.mark.parametrize("spec", [s for s in default_registry() if s.source != "proselint"], ids=lambda s: s.code)
def test_every_rule_documents_bad_and_good_examples(spec):
    # PL rules are proselint's checks: tests/test_proselint_bridge.py holds them to proselint's own output.
    kinds = {e.kind for e in examples_of(spec)}
    assert {"bad", "good"} <= kinds, f"{spec.code} needs at least one bad and one good example"
    if spec.fixable:
        assert any(e.fixed is not None for e in examples_of(spec)), f"{spec.code} is fixable but shows no fixed text"
    assert spec.summary and spec.summary.endswith("."), spec.code


@pytest.mark.parametrize("spec, index, example", [c for c in CASES if c.values[2].fixed is not None])
def test_fixes_edit_only_what_their_finding_reports(spec, index, example):
    """--fix changes only what it reports: every edit lies inside its finding's span."""
    for d in _lint(spec, example, example.text):
        if d.fix is None:
            continue
        for edit in d.fix.edits:
            assert d.span.start <= edit.span.start and edit.span.end <= d.span.end, (d.code, d.span, edit.span)
