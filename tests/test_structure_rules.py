"""Structure and boilerplate: a drifted boilerplate's diff, the example house's own text, a missing
boilerplate file (the seeds' shapes: tests/cases/structure)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from click.testing import CliRunner

from relint.cli import main

ROOT = Path(__file__).resolve().parents[1]
MICROPORT = ROOT / "examples" / "microport"


def run(*args, cwd=ROOT):
    old = os.getcwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(main, list(args), catch_exceptions=False)
    finally:
        os.chdir(old)


def test_a_drifted_boilerplate_shows_its_diff(tmp_path):
    canonical = (MICROPORT / "boilerplate" / "about-microport.txt").read_text(encoding="utf-8").strip()
    drifted = canonical.replace("more than 80 countries", "more than 70 countries")
    draft = tmp_path / "drift.txt"
    draft.write_text("MicroPort® Opens a Center\n\nShanghai, China, March 8, 2022 — MicroPort® opened a center.\n\n"
                     f"About MicroPort Scientific Corporation\n\n{drifted}\n\nMedia Contact:\nMedia, media@microport.example\n",
                     encoding="utf-8")
    config = str(MICROPORT / ".relint.yaml")
    full = run("check", "--config", config, "--select", "RL409", "--color", "never", str(draft)).stdout
    assert "the 'About MicroPort Scientific Corporation' text differs from the house boilerplate [RL409" in full
    assert "  -The group markets its products in more than 80 countries and regions." in full
    assert "  +The group markets its products in more than 70 countries and regions." in full
    data = json.loads(run("check", "--config", config, "--select", "RL409", "--format", "json", str(draft)).stdout)
    assert data[0]["detail"].startswith("--- house boilerplate")
    assert data[0]["fix"]["applicability"] == "unsafe" and data[0]["fix"]["replacement"] == canonical


def test_the_canonical_boilerplate_draws_nothing():
    release = MICROPORT / "releases" / "2022-03-08-innovation-center.txt"
    assert run("check", "--format", "concise", "--select", "RL4", str(release)).stdout == ""


def test_a_missing_boilerplate_file_is_a_config_error(tmp_path):
    (tmp_path / ".relint.yaml").write_text(
        "house:\n  boilerplate:\n    - heading: About Acme\n      file: about-acme.txt\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("# A\n\nBOSTON, June 2, 2025 — Acme.\n", encoding="utf-8")
    result = run("check", str(tmp_path / "a.md"))
    assert result.exit_code == 2
    assert ".relint.yaml:4: house.boilerplate[0].file: 'about-acme.txt' does not exist" in result.stderr


