"""Machine-readable reports: SARIF 2.1.0 (validated), GitHub annotations, JSON lines, JUnit, --output-file."""

from __future__ import annotations

import json
from xml.etree import ElementTree as ET

import pytest
from click.testing import CliRunner

from relint.cli import main

BAD = "# Acme Grows\n\nNEW YORK, June 2, 2025 — Acme grew whilst hiring TK engineers, 100% of them.\n"


@pytest.fixture
def draft(tmp_path):
    path = tmp_path / "bad.md"
    path.write_text(BAD, encoding="utf-8")
    return path


def run(*args):
    return CliRunner().invoke(main, ["check", "--select", "RL7", *args], catch_exceptions=False)


def test_sarif_validates_as_sarif_2_1_0(draft):
    from sarif_pydantic import Sarif

    data = json.loads(run("--format", "sarif", str(draft)).stdout)
    model = Sarif.model_validate(data)
    assert data["version"] == "2.1.0" and model.version == "2.1.0"
    run_ = data["runs"][0]
    assert run_["tool"]["driver"]["name"] == "relint"
    assert [r["ruleId"] for r in run_["results"]] == ["RL702", "RL701"]
    first = run_["results"][0]
    assert first["level"] == "warning" and run_["columnKind"] == "unicodeCodePoints"
    assert first["locations"][0]["physicalLocation"]["region"] == {"startLine": 3, "startColumn": 36,
                                                                   "endLine": 3, "endColumn": 42}
    assert first["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] == "while"
    assert {r["id"] for r in run_["tool"]["driver"]["rules"]} == {"RL701", "RL702"}
    assert run_["results"][1]["level"] == "error"


def test_github_annotations_escape_their_data(draft):
    lines = run("--format", "github", str(draft)).stdout.splitlines()
    assert lines[0].startswith(f"::warning file={draft},line=3,col=36,endLine=3,endColumn=42,title=RL702 british-spelling::")
    assert lines[1].startswith("::error ")
    assert all("\n" not in line for line in lines)


def test_json_lines_and_junit(draft):
    rows = [json.loads(line) for line in run("--format", "json-lines", str(draft)).stdout.splitlines()]
    assert [r["code"] for r in rows] == ["RL702", "RL701"]
    root = ET.fromstring(run("--format", "junit", str(draft)).stdout)
    suite = root.find("testsuite")
    assert suite.get("tests") == "1" and suite.get("failures") == "1"
    assert "RL701 placeholder-text" in suite.find("testcase/failure").text


def test_output_file(draft, tmp_path):
    out = tmp_path / "report.sarif"
    result = run("--format", "sarif", "--output-file", str(out), str(draft))
    assert result.stdout == "" and result.exit_code == 1
    assert json.loads(out.read_text(encoding="utf-8"))["version"] == "2.1.0"
