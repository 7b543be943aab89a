"""Snapshots of what users see: the full report and the --diff of realistic drafts, every output
format on one draft, and the config init --learn writes for the example house.

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


@pytest.mark.parametrize("output_format", ["concise", "json", "json-lines", "sarif", "github", "junit"])
def test_every_output_format(output_format):
    _compare(f"bad-warehouse-robots.md.{output_format}",
             _run("check", "--format", output_format, "--color", "never", "--no-cache", DRAFTS[0]))


def test_a_learned_config(tmp_path):
    """init --learn on the example house's releases: the config and the boilerplate text it writes."""
    output = tmp_path / "learned" / ".relint.yaml"
    old = os.getcwd()
    os.chdir(ROOT)
    try:
        result = CliRunner().invoke(main, ["init", "--learn", "--no-cache", "-o", str(output),
                                           "examples/microport/releases"], catch_exceptions=False)
    finally:
        os.chdir(old)
    assert result.exit_code == 0, result.output
    _compare("learned-microport.relint.yaml", output.read_text(encoding="utf-8"))
    written = sorted(p.relative_to(output.parent).as_posix() for p in output.parent.rglob("*.txt"))
    _compare("learned-microport.boilerplate", "".join(
        f"=== {name}\n{(output.parent / name).read_text(encoding='utf-8')}" for name in written))


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
