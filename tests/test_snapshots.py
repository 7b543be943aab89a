"""Snapshots of what users see: the full report and the --diff of realistic drafts.

Regenerate after an intended change with RELINT_UPDATE_SNAPSHOTS=1 and review the diff like code.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from relint.cli import main
from relint.config.load import load_config

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOTS = Path(__file__).parent / "snapshots"
DRAFTS = ["examples/drafts/bad-warehouse-robots.md", "examples/drafts/bad-plain-text-crlf.txt"]


def _run(*args: str) -> str:
    old = os.getcwd()
    os.chdir(ROOT)
    try:
        return CliRunner().invoke(main, list(args), catch_exceptions=False).stdout
    finally:
        os.chdir(old)


def _compare(name: str, actual: str) -> None:
    path = SNAPSHOTS / name
    if os.environ.get("RELINT_UPDATE_SNAPSHOTS"):
        path.write_bytes(actual.encode("utf-8"))
    assert path.read_bytes().decode("utf-8") == actual, f"{name} changed; see RELINT_UPDATE_SNAPSHOTS"


@pytest.mark.parametrize("draft", DRAFTS)
def test_full_report(draft):
    _compare(Path(draft).name + ".full", _run("check", "--color", "never", draft))


@pytest.mark.parametrize("draft", DRAFTS)
def test_diff(draft):
    _compare(Path(draft).name + ".diff", _run("check", "--diff", "--unsafe-fixes", draft))


def test_good_examples_are_clean():
    good = sorted((ROOT / "examples").rglob("good-*")) + sorted((ROOT / "examples" / "microport" / "releases").iterdir())
    assert len(good) >= 4
    output = _run("check", "--format", "concise", *[str(p.relative_to(ROOT)) for p in good])
    assert output == ""


def test_example_house_config_is_valid():
    config = load_config(ROOT / "examples" / "microport" / ".relint.yaml")
    house = config.data["house"]
    assert {t["mark"] for t in house["trademarks"]} == {"MicroPort", "Miracle Point"}
    assert {p["name"] for p in house["people"]} == {"Bo Peng", "Chengyun Yue"}
    assert house["dateline"]["form"] == "City, Country, Month D, YYYY — "
    assert (ROOT / "examples" / "microport" / house["boilerplate"][0]["file"]).is_file()
