"""Configuration: discovery, strict validation with file:line: key errors, selection semantics."""

from __future__ import annotations

from pathlib import Path

import pytest

from relint.config.find import find_config_file
from relint.config.load import config_from_mapping, load_config
from relint.model import Severity
from relint.read.sources import SourceError


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("text, line, fragment", [
    ("fail-on: error\nselect: [RL7\n", 3, "invalid YAML"),
    ("selec: [RL7]\n", 1, "selec: unknown key (did you mean 'select'?)"),
    ("fail-on: error\nselect: [RL799]\n", 2, "select: unknown rule code or name 'RL799'"),
    ("ignore: [placeholder-txt]\n", 1, "did you mean 'placeholder-text'?"),
    ("severity:\n  RL701: fatal\n", 2, "is not error, warning or info"),
    ("fail-on: sometimes\n", 1, "fail-on: must be one of error, warning, info"),
    ("rules:\n  RL704:\n    exceptoins: [NETC]\n", 3, "unknown option 'exceptoins'"),
    ("rules:\n  RL704:\n    exceptions: NETC\n", 3, "must be a list"),
    ("house:\n  trademarks:\n    - mark: Acme\n      symbol: \"®\"\n      polcy: every-mention\n", 5,
     "house.trademarks[0].polcy: unknown key (did you mean 'policy'?)"),
    ("house:\n  people:\n    - name: Jane Doe\n      titles: CEO\n", 4, "must be a list"),
    ("per-file:\n  - select: [RL7]\n", 2, "needs 'files'"),
    ("exclude: drafts\n", 1, "exclude: must be a list of strings"),
    ("- just\n- a list\n", 1, "must be a mapping"),
    ("select: [RL7]\nselect: [RL1]\n", 2, "duplicate key"),
])
def test_malformed_config_names_file_line_and_key(tmp_path, text, line, fragment):
    path = write(tmp_path / ".relint.yaml", text)
    with pytest.raises(SourceError) as info:
        load_config(path)
    message = str(info.value)
    assert message.startswith(f"{path}:{line}:"), message
    assert fragment in message
    assert "\n" not in message


def test_yaml_config_cannot_construct_objects(tmp_path):
    path = write(tmp_path / ".relint.yaml", "select: !!python/object/apply:os.system ['echo pwned']\n")
    with pytest.raises(SourceError) as info:
        load_config(path)
    assert "invalid YAML" in str(info.value)


def test_circular_extends_is_an_error(tmp_path):
    write(tmp_path / "a.yaml", "extends: b.yaml\n")
    write(tmp_path / "b.yaml", "extends: a.yaml\n")
    with pytest.raises(SourceError) as info:
        load_config(tmp_path / "a.yaml")
    assert "circular extends" in str(info.value)


def test_extends_merges_and_the_child_wins(tmp_path):
    write(tmp_path / "base.yaml", "severity: {RL702: error}\nignore: [RL703]\n")
    child = write(tmp_path / ".relint.yaml", "extends: base.yaml\nseverity: {RL701: info}\n")
    settings = load_config(child).settings_for(tmp_path / "x.md")
    assert settings.severity["RL702"] is Severity.ERROR
    assert settings.severity["RL701"] is Severity.INFO
    assert "RL703" not in settings.enabled


def test_discovery_walks_up_and_reads_pyproject(tmp_path):
    write(tmp_path / "pyproject.toml", "[project]\nname = 'x'\n\n[tool.relint]\nignore = ['RL704']\n")
    draft = write(tmp_path / "releases" / "2025" / "a.md", "x\n")
    found = find_config_file(draft)
    assert found == (tmp_path / "pyproject.toml").resolve()
    settings = load_config(found).settings_for(draft)
    assert "RL704" not in settings.enabled and "RL701" in settings.enabled


def test_pyproject_errors_name_the_key_line(tmp_path):
    path = write(tmp_path / "pyproject.toml", "[project]\nname = 'x'\n\n[tool.relint]\nfail-on = 'error'\nselct = ['RL7']\n")
    with pytest.raises(SourceError) as info:
        load_config(path)
    assert str(info.value).startswith(f"{path}:6: selct: unknown key")


def test_nearest_config_wins(tmp_path):
    write(tmp_path / ".relint.yaml", "ignore: [RL702]\n")
    inner = write(tmp_path / "sub" / ".relint.yml", "ignore: [RL703]\n")
    assert find_config_file(tmp_path / "sub" / "x.md") == inner.resolve()


def test_selection_by_family_prefix_name_with_most_specific_winning():
    config = config_from_mapping({"select": ["RL7"], "ignore": ["RL70"], "extend-select": ["placeholder-text"]})
    enabled = config.settings_for("x.md").enabled
    assert enabled == {"RL701"}


def test_cli_select_replaces_and_ignore_adds():
    config = config_from_mapping({"ignore": ["RL701"]})
    settings = config.settings_for("x.md", select=["RL7"], ignore=["RL702"])
    assert "RL701" in settings.enabled and "RL702" not in settings.enabled and "RL704" in settings.enabled


def test_per_file_overrides_apply_by_glob(tmp_path):
    config = config_from_mapping({
        "per-file": [{"files": ["archive/**"], "ignore": ["RL7"], "severity": {"RL001": "warning"}}],
    }, root=tmp_path)
    archived = config.settings_for(tmp_path / "archive" / "2019" / "a.md")
    current = config.settings_for(tmp_path / "drafts" / "a.md")
    assert not any(c.startswith("RL7") for c in archived.enabled)
    assert archived.severity["RL001"] is Severity.WARNING
    assert "RL701" in current.enabled and current.severity["RL001"] is Severity.ERROR


def test_exclude_globs(tmp_path):
    config = config_from_mapping({"exclude": ["archive/**", "*.draft.md"]}, root=tmp_path)
    assert config.excluded(tmp_path / "archive" / "a.md")
    assert config.excluded(tmp_path / "x" / "b.draft.md")
    assert not config.excluded(tmp_path / "drafts" / "a.md")


def test_rule_options_reach_the_rule(run_lint):
    text = "The award was given by the NETC in Shanghai.\n"
    assert [d.code for d in run_lint(text, select=["RL704"])] == ["RL704"]
    assert run_lint(text, select=["RL704"], config={"rules": {"RL704": {"exceptions": ["NETC"]}}}) == []


def test_severity_override_by_prefix_and_code(run_lint):
    config = {"severity": {"RL7": "info", "RL701": "error"}}
    found = run_lint("Hiring TK engineers whilst growing.\n", config=config, select=["RL7"])
    assert {d.code: str(d.severity) for d in found} == {"RL701": "error", "RL702": "info"}


def test_extra_rule_packs_from_config(tmp_path):
    write(tmp_path / "house" / "terms.yaml", """
rules:
  - code: RL790
    name: banned-synergy
    kind: existence
    message: "avoid '{match}'"
    tokens: [synergy]
    doc: |
      Jargon.

      ```bad
      A synergy.
      ```

      ```good
      A merger.
      ```
""")
    config = load_config(write(tmp_path / ".relint.yaml", "packs: [house]\n"))
    assert config.registry.get("RL790").name == "banned-synergy"
    assert "RL790" in config.settings_for(tmp_path / "a.md").enabled
