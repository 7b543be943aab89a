"""Dateline rules beyond their documented examples and case files (tests/cases/dateline): weekday
arithmetic, today's date, a draft compared with a configured corpus."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from click.testing import CliRunner
from conftest import write_folder

from relint.cli import main
from relint.read.dateline import WEEKDAYS


@pytest.mark.parametrize("year", [1999, 2000, 2019, 2020, 2024, 2025, 2026, 2100])
@pytest.mark.parametrize("month, day", [(1, 1), (2, 28), (3, 1), (6, 30), (12, 31)])
def test_weekday_arithmetic_across_years(run_lint, year, month, day):
    date = dt.date(year, month, day)
    right = WEEKDAYS[date.weekday()].capitalize()
    wrong = WEEKDAYS[(date.weekday() + 1) % 7].capitalize()
    month_name = f"{date:%B}"
    ok = run_lint(f"BOSTON, {right}, {month_name} {day}, {year} — Acme opened a plant.", select=["RL108"])
    bad = run_lint(f"BOSTON, {wrong}, {month_name} {day}, {year} — Acme opened a plant.", select=["RL108"])
    assert ok == []
    assert len(bad) == 1 and f"is a {right}" in bad[0].message


def test_leap_day(run_lint):
    assert run_lint("BOSTON, Thursday, Feb. 29, 2024 — Acme.", select=["RL108"]) == []
    assert run_lint("BOSTON, Friday, Feb. 29, 2024 — Acme.", select=["RL108"])


def test_future_dateline_is_reported_unless_embargoed(run_lint):
    from relint.config.load import config_from_mapping
    from relint.engine.lint import lint_text

    config = config_from_mapping({})
    settings = config.settings_for("x.md", select=["RL115"])
    future = "BOSTON, June 2, 2031 — Acme opened a plant.\n"
    assert lint_text(future, "x.md", config.registry, settings, today=dt.date(2026, 11, 23)).diagnostics
    embargoed = "EMBARGOED UNTIL June 2, 2031\n\nAcme Opens a Plant\n\n" + future
    assert not lint_text(embargoed, "x.md", config.registry, settings, today=dt.date(2026, 11, 23)).diagnostics


def _write(folder, name, text):
    write_folder(folder, {name: text})
    return folder / name


def _check(*args, cwd):
    old = os.getcwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(main, ["check", "--format", "concise", *args], catch_exceptions=False)
    finally:
        os.chdir(old)


def test_one_file_alone_is_compared_with_the_configured_corpus(tmp_path):
    for i, city in enumerate(["BOSTON", "DENVER", "DALLAS"]):
        _write(tmp_path, f"published/r{i}.md", f"{city}, Oct. {i + 2}, 2025 — Acme opened a site.\n")
    _write(tmp_path, ".relint.yaml", "corpus: ['published/**/*.md']\n")
    draft = _write(tmp_path, "drafts/new.md", "Boston, 2 Oct. 2025 - Acme opened another site.\n")
    alone = _check("--select", "RL116", str(draft), cwd=tmp_path)
    assert "RL116" in alone.stdout and "(3 of 4)" in alone.stdout
    assert "published/" in alone.stdout  # the example release named in the message


def test_a_single_release_without_corpus_is_not_compared(tmp_path):
    draft = _write(tmp_path, "new.md", "Boston, 2 Oct. 2025 - Acme opened another site.\n")
    assert "RL116" not in _check("--select", "RL116", str(draft), cwd=tmp_path).stdout


