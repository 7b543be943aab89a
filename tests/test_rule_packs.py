"""The shipped rule packs tested as data, the way codespell tests its word lists."""

from __future__ import annotations

from collections import Counter

import pytest
import regex

from relint.kinds.base import term_pattern
from relint.read.sources import SourceError
from relint.read.yamlfile import load_file
from relint.registry import default_registry, load_packs, shipped_pack_dir

PACK_FILES = sorted(shipped_pack_dir().glob("*.yaml"))


def entries():
    for path in PACK_FILES:
        for entry in load_file(path)["rules"]:
            yield path, entry


def test_packs_are_shipped_and_load():
    assert PACK_FILES, "rules/ holds no pack"
    specs = load_packs([shipped_pack_dir()])
    assert {s.code for s in specs} >= {"RL701", "RL702", "RL703", "RL704"}


def test_one_rule_of_each_declarative_kind_ships():
    kinds = Counter(entry["kind"] for _, entry in entries())
    assert set(kinds) >= {"existence", "substitution", "consistency", "conditional"}


def test_codes_and_names_are_unique_and_in_the_house_terms_family():
    specs = list(default_registry())
    assert len({s.code for s in specs}) == len(specs)
    assert len({s.name for s in specs}) == len(specs)
    for _, entry in entries():
        assert entry["code"].startswith("RL7"), entry["code"]


def test_no_substitution_feeds_another():
    swaps = {}
    for _, entry in entries():
        if entry["kind"] == "substitution":
            swaps.update(entry["swap"])
    for avoid, prefer in swaps.items():
        for other in swaps:
            assert not regex.search(term_pattern(other), prefer, regex.I), f"{avoid} -> {prefer} is caught by {other}"


def test_no_term_is_listed_twice():
    seen = Counter()
    for _, entry in entries():
        terms = list(entry.get("tokens", [])) + list(entry.get("swap", {}))
        terms += [form for group in entry.get("either", []) for form in group]
        seen.update(t.lower() for t in terms)
    assert [t for t, n in seen.items() if n > 1] == []


def test_substitution_replacements_are_not_flagged_by_any_existence_rule():
    existence = [e for _, e in entries() if e["kind"] == "existence"]
    for _, entry in entries():
        for prefer in entry.get("swap", {}).values():
            for rule in existence:
                for token in rule.get("tokens", []):
                    assert not regex.search(term_pattern(token), prefer, regex.I)


@pytest.mark.parametrize("bad, message", [
    ({"rules": [{"code": "RL799", "name": "x-y", "kind": "existence", "message": "m", "doc": "d", "tokens": ["a"], "colour": 1}]},
     "RL799.colour: unknown key for an existence rule"),
    ({"rules": [{"code": "RL799", "name": "x-y", "kind": "existence", "message": "m", "doc": "d", "patterns": ["(unclosed"]}]},
     "does not compile"),
    ({"rules": [{"code": "RL799", "name": "x-y", "kind": "existence", "message": "m", "doc": "d", "tokens": ["a"], "scope": ["footer"]}]},
     "unknown scope 'footer'"),
    ({"rules": [{"code": "RL799", "name": "x-y", "kind": "grammar", "message": "m", "doc": "d"}]},
     "unknown kind 'grammar'"),
    ({"rules": [{"code": "RL799", "name": "XY", "kind": "existence", "message": "m", "doc": "d", "tokens": ["a"]}]},
     "kebab-case"),
    ({"rules": [{"code": "RL799", "name": "x-y", "kind": "existence", "message": "{word}", "doc": "d", "tokens": ["a"]}]},
     "unknown placeholder {word}"),
    ({"rules": [{"code": "RL799", "name": "x-y", "kind": "conditional", "message": "m", "doc": "d", "first": "[A-Z]+", "second": "x"}]},
     "needs a group"),
])
def test_a_bad_pack_is_an_error_naming_file_line_and_key(tmp_path, bad, message):
    import yaml

    pack = tmp_path / "house.yaml"
    pack.write_text(yaml.safe_dump(bad, sort_keys=False), encoding="utf-8")
    with pytest.raises(SourceError) as info:
        load_packs([pack])
    text = str(info.value)
    assert text.startswith(f"{pack}:"), text
    assert message in text
    assert info.value.line is not None


def test_a_backtracking_user_pattern_is_stopped_and_reported_without_losing_other_findings(tmp_path):
    """A user regex that backtracks for ever is stopped by the regex module's timeout."""
    import os

    from click.testing import CliRunner

    from relint.cli import main

    (tmp_path / "evil.yaml").write_text(
        "rules:\n  - code: RL799\n    name: evil-pattern\n    kind: existence\n    message: 'found {match}'\n"
        "    patterns: ['(a|aa)+$']\n    doc: |\n      Evil.\n\n      ```bad\n      x\n      ```\n\n"
        "      ```good\n      y\n      ```\n", encoding="utf-8")
    (tmp_path / ".relint.yaml").write_text("packs: [evil.yaml]\n", encoding="utf-8")
    (tmp_path / "draft.md").write_text("# T\n\nBOSTON, June 2, 2025 — Hiring TK people " + "a" * 60 + "b.\n",
                                       encoding="utf-8")
    old = os.getcwd()
    os.chdir(tmp_path)
    try:
        result = CliRunner().invoke(main, ["check", "--format", "concise", "--select", "RL799,RL701", "draft.md"])
    finally:
        os.chdir(old)
    assert result.exit_code == 2
    assert "rule RL799 (evil-pattern): a pattern took too long on draft.md" in result.stderr
    assert "Traceback" not in result.stderr
    assert "[RL701 placeholder-text]" in result.stdout  # the other rules still report
