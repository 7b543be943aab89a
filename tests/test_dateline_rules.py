"""Dateline rules beyond their documented examples: the seeds' forms, weekdays, the corpus pass."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from click.testing import CliRunner

from relint.cli import main
from relint.read.dateline import WEEKDAYS

MICROPORT = {"house": {"dateline": {"form": "City, Country, Month D, YYYY — ", "city-case": "title",
                                    "month-style": "full", "date-order": "mdy", "dash": "em",
                                    "dash-spacing": "spaced", "wire-tags": "forbidden", "place-style": "city-country"}}}

# The five dateline forms of the MicroPort seeds (their openings, reworded).
SEED_FORMS = {
    "en dash, date run into the sentence": ("Shanghai, China – On December 12, MicroPort signed an agreement.",
                                            {"RL102", "RL110"}),
    "house form": ("Shanghai, China, November 24, 2020 — MicroPort won an award.", set()),
    "day-month-year, spaced hyphen": ("Suzhou, China, 24 October 2021 - MicroPort expanded its institute.",
                                      {"RL104", "RL110"}),
    "hyphen, date in the sentence": ("Shanghai, China - On October 21, 2019, MicroPort won an award.",
                                     {"RL102", "RL110"}),
    "no date at all": ("Shanghai, China – The 2019 conference was held in Shanghai.", {"RL102", "RL110"}),
}


@pytest.mark.parametrize("name", SEED_FORMS)
def test_seed_forms_against_the_microport_house(run_lint, name):
    text, expected = SEED_FORMS[name]
    found = run_lint(text, select=["RL1"], config=MICROPORT)
    assert {d.code for d in found} == expected
    for d in found:
        assert "Shanghai, China, " in d.message or "Suzhou, China, " in d.message or d.code == "RL104"


def test_messages_show_the_house_form_with_the_date_from_the_sentence(run_lint):
    found = run_lint(SEED_FORMS["hyphen, date in the sentence"][0], select=["RL102"], config=MICROPORT)
    assert found[0].message.endswith("write 'Shanghai, China, October 21, 2019 — '")


def test_date_order_fix_keeps_the_house_month_style(run_lint):
    found = run_lint(SEED_FORMS["day-month-year, spaced hyphen"][0], select=["RL104"], config=MICROPORT)
    assert found[0].fix.edits[0].replacement == "October 24, 2021"


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


def test_stand_alone_city_means_that_city_only(run_lint):
    assert run_lint("MOSCOW, Idaho, June 2, 2025 — Acme.", select=["RL112"]) == []
    assert run_lint("LONDON, Ontario, June 2, 2025 — Acme.", select=["RL112"]) == []
    assert run_lint("DALLAS, TX, June 2, 2025 — Acme.", select=["RL112"])
    assert run_lint("HONG KONG SAR, June 2, 2025 — Acme.", select=["RL112"]) == []


def _write(folder, name, text):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _check(*args, cwd):
    old = os.getcwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(main, ["check", "--format", "concise", *args], catch_exceptions=False)
    finally:
        os.chdir(old)


def test_releases_linted_together_show_the_majority_form(tmp_path):
    for i, city in enumerate(["BOSTON", "DENVER", "DALLAS"]):
        _write(tmp_path, f"r{i}.md", f"{city}, Oct. {i + 2}, 2025 — Acme opened a site.\n")
    _write(tmp_path, "odd.md", "Boston, 2 Oct. 2025 - Acme opened another site.\n")
    result = _check("--select", "RL116", ".", cwd=tmp_path)
    lines = result.stdout.splitlines()
    assert len(lines) == 1 and lines[0].startswith("odd.md:1:1: info:")
    assert "city case, date order, dash differ from the form most releases use (3 of 4): 'CITY, Mon. D, YYYY — '" in lines[0]


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


def test_a_dash_at_the_end_of_its_line_is_left_alone_and_fixing_is_idempotent(tmp_path):
    draft = tmp_path / "d.md"
    draft.write_text("# Title Here\n\nSAN ANTONIO (Newsworthy.ai) Mar 30, 2026 — \n\nThe text starts here.\n", encoding="utf-8")
    run = lambda *a: CliRunner().invoke(main, ["check", "--format", "concise", *a, str(draft)]).stdout
    assert "RL110" not in run("--select", "RL110")
    draft.write_text("# Title Here\n\nSAN ANTONIO, Mar 30, 2026 -- \n\nThe text starts here.\n", encoding="utf-8")
    run("--fix", "--select", "RL110,RL106")
    once = draft.read_bytes()
    run("--fix", "--select", "RL110,RL106")
    assert draft.read_bytes() == once == "# Title Here\n\nSAN ANTONIO, March 30, 2026 — \n\nThe text starts here.\n".encode()
