"""What an AP editor marks that relint once missed (issue 21), each kind on a made-up release of the
shape the gold set (bench/recall/gold.yaml) found it in: the slip is reported, and the copy that
looks like it but is right stays quiet."""

from __future__ import annotations

import pytest

from conftest import lint
from relint.engine.fix import fix_until_stable

LEAD = "AKRON, Ohio, March 19, 2024 — "
TAIL = "\n\nAbout Acme\n\nAcme makes robots.\n\nMedia contact: Jane Roe, jane@acme.example, (555) 010-1234\n"


def found(text: str, code: str, house: dict | None = None) -> list[str]:
    config = {"house": house} if house else None
    return [text[d.span.start:d.span.end] for d in lint(text, config=config) if d.code == code]


def fixed(text: str) -> str:
    """The text after every safe fix."""
    return fix_until_stable(text, lambda t: lint(t))[0]


def release(body: str) -> str:
    return f"{LEAD}{body}{TAIL}"


# ------------------------------------------------------------------ courtesy titles on later references

def test_dr_on_a_later_reference_is_reported():
    text = release('Andrew T. Dang, MD, joined the clinic. Dr. Dang treats allergies. "It is an honor," Dr. Dang says.')
    assert found(text, "RL305") == ["Dr. ", "Dr. "]


def test_dr_on_the_first_reference_stays():
    assert found(release("Dr. Ana Ruiz, a cardiologist, opened the clinic. Ruiz has 20 years of practice."), "RL305") == []


@pytest.mark.parametrize("body", [
    "Dr. Dre released a record. Dr. Dre will tour in May.",                       # a stage name, never a full name
    "Hari Saini founded the fund. Apply for the Dr. Hari Saini Grant by May 1.",  # the name of a thing
    'Jane Roe, MD, joined. "Dr. Roe has the vision we need," said Sam Lee.',      # the speaker's own words
    "Pratima Kumari joined the lab.\n\nPoster 12 - Presenter: Dr. Pratima Kumari, scientist",  # a programme label
])
def test_dr_that_is_no_later_reference_in_running_text_stays(body):
    assert found(release(body), "RL305") == []


def test_a_house_that_keeps_dr_everywhere_is_obeyed():
    text = release("Andrew T. Dang, MD, joined the clinic. Dr. Dang treats allergies.")
    assert found(text, "RL305", {"people-style": {"doctor": "allow"}}) == []
    assert found(text, "RL305", {"people-style": {"doctor": "never"}}) == ["Dr. "]


# ------------------------------------------------------------------------------------------ dashes

def test_a_spaced_en_dash_used_as_a_dash_is_reported():
    text = release("Buyers want space – big trees and quiet streets – and a short commute.")
    assert found(text, "RL607") == [" – ", " – "]


@pytest.mark.parametrize("body", [
    "The plant runs Monday – Friday from 2025 – 2027, 9 a.m. – 5 p.m., from August 26 – September 1st.",
    "The line opens between the cities.\n\n* Strong Value Proposition – Affordable solutions for every home.",
    "Steve Gavel – Chief Commercial Officer\n\nGavel joined in 2020.",
    "Stacey Eisenberg owns A Place At Home – North Austin and runs it with her family.",
    "The firm won a “Broken Windows – Hall of Shame Award” last year.",
    "Sources: “Robots at work” – openpr.com",
    "She spoke at “Navigating Market Volatility with Leveraged ETFs – 2025 Outlook,” the event.",
])
def test_an_en_dash_that_is_a_range_a_label_or_part_of_a_name_stays(body):
    assert found(release(body), "RL607") == []


def test_the_fix_writes_the_house_dash():
    assert "space — big trees" in fixed(release("Buyers want space – big trees."))


def test_consistent_reports_the_dash_the_release_uses_less():
    text = release("It grew — fast — and then – at last – it slowed — again.")
    assert found(text, "RL607", {"typography": {"dash": "consistent"}}) == [" – ", " – "]
    assert found(release("It grew – fast – then slowed."), "RL607", {"typography": {"dash": "en"}}) == []


# ------------------------------------------------------------------------------ U.S., U.K., D.C.

def test_us_and_uk_without_periods_are_reported():
    text = release("Sales in the US grew, and UK stores opened in Washington, DC and in the US.")
    assert found(text, "RL705") == ["US", "UK", "DC", "US."]


@pytest.mark.parametrize("body", [
    "The company raised US$5 million and US $2 million.",
    "CONTACT US for details about the plan.",
    "The page is served in en-US and the part is US-12.",
    "The new DC power supply ships in May.",
    "The U.S. plant opened in Washington, D.C.",
])
def test_us_that_is_a_currency_a_code_or_capitals_stays(body):
    assert found(release(body), "RL705") == []


def test_a_headline_keeps_us():
    assert found("# US Sales Grow\n\n" + release("Sales grew."), "RL705") == []


# ------------------------------------------------------------------------------------- percentages

def test_percent_in_words_takes_the_sign_by_default():
    text = release("Only about 7 percent of doctors are chosen.")
    assert found(text, "RL505") == [" percent"]
    assert "about 7% of doctors" in fixed(text)


def test_a_house_that_writes_percent_keeps_it():
    text = release("Only about 7 percent of doctors are chosen, and 9 percent apply.")
    assert found(text, "RL505", {"numbers": {"percent": "word"}}) == []
    assert found(text, "RL505", {"numbers": {"percent": "any"}}) == []
