"""Trademark rules on the seeds' usage and across releases."""

from __future__ import annotations

import os

import pytest
from click.testing import CliRunner

from relint.cli import main
from relint.config.load import config_from_mapping
from relint.read.sources import SourceError

MICROPORT = {"house": {"trademarks": [
    {"mark": "MicroPort", "symbol": "®", "policy": "every-mention", "variants": ["Micro Port"],
     "exempt": ["MicroPort Scientific Corporation", "MicroPort Institute of Health",
                "Shanghai MicroPort Medical (Group) Co., Ltd."]},
    {"mark": "Miracle Point", "symbol": "®", "policy": "every-mention"},
]}}

# Sentences in the seeds' own usage: all correct, all quiet.
SEED_GOOD = [
    'Shanghai MicroPort Medical (Group) Co., Ltd. ("MicroPort®") entered into an agreement.',
    "MicroPort Institute of Health (MIH), a division of MicroPort Scientific Corporation (MicroPort®), expanded.",
    "It supports the endeavors of MicroPort® Miracle Point® for the commercialization of technologies.",
    "MicroPort® Orthopedics Group headquarters",
]


@pytest.mark.parametrize("text", SEED_GOOD)
def test_seed_usage_draws_nothing(run_lint, text):
    assert run_lint(text, select=["RL2"], config=MICROPORT) == []


def test_seed_possessives_are_reported_with_an_unsafe_fix(run_lint):
    text = "MIH is a component of MicroPort®'s strategy, near MicroPort®’s headquarters."
    found = run_lint(text, select=["RL2"], config=MICROPORT)
    assert [d.code for d in found] == ["RL208", "RL208"]
    assert all(str(d.fix.applicability) == "unsafe" for d in found)
    assert found[0].fix.edits[0].replacement == "the MicroPort®"


def test_first_mention_policy(run_lint):
    config = {"house": {"trademarks": [{"mark": "Acme", "symbol": "®", "policy": "first-mention"}]}}
    text = "# Acme Opens a Plant\n\nBOSTON, June 2, 2025 — Acme opened a plant. Acme® hired 200 people.\n"
    codes = [(d.code, d.start.line) for d in run_lint(text, select=["RL2"], config=config)]
    assert codes == [("RL201", 3), ("RL202", 3)]


def test_variants_by_case_spacing_and_one_letter(run_lint):
    text = "MICROPORT® grew. Micro Port® grew. MicroPrt® grew. The microport was small."
    found = run_lint(text, select=["RL207"], config=MICROPORT)
    assert [d.message.split("'")[1] for d in found] == ["MICROPORT", "Micro Port", "MicroPrt"]


def test_ascii_stand_ins_but_not_party_labels(run_lint):
    assert [d.code for d in run_lint("The WiSA(R) module.", select=["RL2"])] == ["RL205"]
    assert run_lint("Sen. Jane Doe (R) voted no.", select=["RL2"]) == []


def test_registry_entries_need_a_mark_and_a_known_policy():
    with pytest.raises(SourceError, match=r"house.trademarks\[0\]: each entry needs 'mark'"):
        config_from_mapping({"house": {"trademarks": [{"symbol": "®"}]}})
    with pytest.raises(SourceError, match="'every' is not one of"):
        config_from_mapping({"house": {"trademarks": [{"mark": "A", "policy": "every"}]}})


def test_marks_across_releases_need_no_registry(tmp_path):
    (tmp_path / "a.md").write_text("The CardioDialysis™ system treats patients.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("Doctors use the CardioDialysis™ system.\n", encoding="utf-8")
    (tmp_path / "c.md").write_text("The CardioDialysis system reached 40 clinics. Andrew McAfee spoke.\n", encoding="utf-8")
    (tmp_path / "d.md").write_text("McAfee® software protects the clinic.\n", encoding="utf-8")
    old = os.getcwd()
    os.chdir(tmp_path)
    try:
        out = CliRunner().invoke(main, ["check", "--format", "concise", "--select", "RL210", "."]).stdout
    finally:
        os.chdir(old)
    assert out.splitlines() == [
        "c.md:1:5: info: 'CardioDialysis' carries ™ in 2 other releases (e.g. a.md) but never here "
        "[RL210 mark-inconsistent-across-releases]"]


def test_a_registered_mark_with_a_possessive_or_ampersand_is_not_reported_as_unregistered(run_lint):
    config = {"house": {"trademarks": [{"mark": "Plato’s Closet", "symbol": "®"},
                                       {"mark": "Thomas & Friends", "symbol": "™"}]}}
    text = "Plato’s Closet® opened. Thomas & Friends™ toys sold. Closet® doors and Friends™ shows did not."
    found = [text[d.span.start:d.span.end] for d in run_lint(text, select=["RL204"], config=config)]
    assert found == ["Closet", "Friends"]
