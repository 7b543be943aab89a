"""Baselines: adopt relint on a back catalogue, then report only what is new."""

from __future__ import annotations

import os

from click.testing import CliRunner

from relint.cli import main

OLD = ("# Acme Grows\n\nNEW YORK, June 2, 2025 — Acme grew whilst hiring.\n\n"
       "The plant will employ TK people.\n\nMedia contact: press@acme.example\n")


def run(tmp_path, *args):
    old = os.getcwd()
    os.chdir(tmp_path)
    try:
        return CliRunner().invoke(main, list(args), catch_exceptions=False)
    finally:
        os.chdir(old)


def setup(tmp_path):
    (tmp_path / "a.md").write_text(OLD, encoding="utf-8")
    (tmp_path / "b.md").write_text(OLD.replace("Acme", "Zeta"), encoding="utf-8")
    result = run(tmp_path, "baseline", ".")
    assert result.exit_code == 0 and (tmp_path / "relint-baseline.json").is_file()


def check(tmp_path):
    return run(tmp_path, "check", "--format", "concise", "--baseline", "relint-baseline.json", ".")


def test_a_baseline_silences_todays_findings(tmp_path):
    setup(tmp_path)
    result = check(tmp_path)
    assert result.exit_code == 0 and result.stdout == ""


def test_a_new_sentence_is_reported_and_nothing_else(tmp_path):
    setup(tmp_path)
    text = (tmp_path / "a.md").read_text(encoding="utf-8")
    (tmp_path / "a.md").write_text(text.replace("people.", "people. We also hire TK drivers amongst others."),
                                   encoding="utf-8")
    lines = check(tmp_path).stdout.splitlines()
    assert [line.split(" [")[1] for line in lines] == ["RL701 placeholder-text]", "RL702 british-spelling]"]
    assert all(line.startswith("a.md:5:") for line in lines)


def test_inserting_a_paragraph_above_an_old_finding_does_not_bring_it_back(tmp_path):
    setup(tmp_path)
    text = (tmp_path / "a.md").read_text(encoding="utf-8")
    (tmp_path / "a.md").write_text(text.replace("The plant", "A clean paragraph the editor added.\n\nThe plant"),
                                   encoding="utf-8")
    assert check(tmp_path).stdout == ""


def test_repeated_findings_are_counted(tmp_path):
    setup(tmp_path)
    text = (tmp_path / "a.md").read_text(encoding="utf-8")
    (tmp_path / "a.md").write_text(text + "\nThe plant will employ TK people.\n", encoding="utf-8")
    lines = check(tmp_path).stdout.splitlines()
    assert len(lines) == 1 and "RL701" in lines[0]


def test_a_missing_or_broken_baseline_is_an_error(tmp_path):
    setup(tmp_path)
    missing = run(tmp_path, "check", "--baseline", "nope.json", ".")
    assert missing.exit_code == 2 and "nope.json: no such baseline file" in missing.stderr
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    broken = run(tmp_path, "check", "--baseline", "bad.json", ".")
    assert broken.exit_code == 2 and "bad.json: not a relint baseline" in broken.stderr
