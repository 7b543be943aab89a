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


# ------------------------------------------------------------------------------------------- money

def test_money_shorthand_is_written_out():
    text = release("Acme raised $780M and $2,500,000, pays $5K bonuses and expects 20 Billion in orders worth $9 million USD.")
    assert found(text, "RL510") == ["$780M", "$2,500,000", "$5K", "Billion", " USD"]
    assert "raised $780 million and $2.5 million, pays $5,000 bonuses" in fixed(text)
    assert "20 billion in orders worth $9 million." in fixed(text)


@pytest.mark.parametrize("body", [
    "Acme raised $780 million, $1,234,567 in grants and $500,000 in prizes.",  # AP's forms; an exact sum
    "The winner said: “We won $5M last year.”",                                  # a quotation
    "The results follow.\n\nAcme Targets Explosive $10.8B Legal AI Market\n\nIt grew.",  # a heading
    "It grew.\n\nSALES HIT $36M IN THE QUARTER: Acme said the rise came from Ohio.",           # a run-in heading in capitals
])
def test_money_in_ap_form_a_quote_or_a_heading_stays(body):
    assert found(release(body), "RL510") == []


def test_a_sum_in_full_and_a_scale_word_is_reported_without_a_fix():
    diagnostics = [d for d in lint(release("The fund holds $5,000,000 Million in assets.")) if d.code == "RL510"]
    assert [d.fix for d in diagnostics] == [None]


# ---------------------------------------------------------------------- titles standing without a name

@pytest.mark.parametrize("body, title", [
    ("Acme named Jane Roe as Chief Marketing Officer.", "Chief Marketing Officer"),
    ("She served as Chief Financial Officer at Beta for six years.", "Chief Financial Officer"),
    ("He joins as Senior Vice President – Sales.", "Senior Vice President – Sales"),
    ("Jane Roe, a retired U.S. Navy Captain, joined.", "U.S. Navy Captain"),
    ("Jane Roe was promoted to Executive Vice President in May.", "Executive Vice President"),
    ('"We grew," said Founder Sam Lee.', "Founder"),
])
def test_a_title_without_a_name_is_lowercase(body, title):
    assert found(release(body), "RL307") == [title]


@pytest.mark.parametrize("body", [
    "Acme named Jane Roe as CEO. The board thanked Chief Executive Officer Jane Roe.",   # before a name
    "Shares of the Principal Financial Group rose.",                                   # part of a longer name
    "Roe was named Director of the Year by the guild.",                                # an award
    '"I joined as Chief Marketing Officer in May," Roe said.',                          # the speaker's words
    "The growth continued.\n\nHow Jane Roe Became Chief Executive Officer\n\nShe grew.",  # a heading
    "Co-Founder Ana Ruiz opened the plant.",                                           # a sentence's first word
])
def test_a_title_before_a_name_in_a_name_or_a_quote_stays(body):
    assert found(release(body), "RL307") == []


def test_a_house_that_keeps_titles_capitalised_is_obeyed():
    text = release("Acme named Jane Roe as Chief Marketing Officer.")
    assert found(text, "RL307", {"people-style": {"title-case": "keep"}}) == []


# ------------------------------------------------------------------------------------ dates in the text

def test_a_date_in_the_text_takes_the_ap_form():
    text = release("The plant opens on September 30th, 2026, the fair on Aug 12 and the sale on June 3rd.")
    assert found(text, "RL117") == ["September 30th, 2026", "Aug 12", "June 3rd"]
    assert "opens on Sept. 30, 2026, the fair on Aug. 12 and the sale on June 3." in fixed(text)


def test_a_release_that_writes_dates_day_first_is_turned_round():
    text = release("The plant opened on 30 September 2025 and the fair runs from 27 to 30 October.")
    assert found(text, "RL117") == ["30 September 2025"]


@pytest.mark.parametrize("body", [
    "The plant opens on Sept. 30, 2026, in May and on March 4.",
    "You may 5 times a day check it.",                         # "may" is a verb
    "Sales for September 2025 rose.",                          # a month with no day
    "“We open on September 30th,” Roe said.",                  # a quotation
])
def test_dates_already_in_ap_form_or_no_dates_stay(body):
    assert found(release(body), "RL117") == []


def test_a_house_that_spells_months_out_is_obeyed():
    text = release("The plant opens on Sept. 30, 2026.")
    assert found(text, "RL117", {"dateline": {"month-style": "full"}}) == ["Sept. 30, 2026"]


# ------------------------------------------------------------------------------ one person, one name

def test_a_given_name_alone_as_a_subject_is_a_later_reference():
    text = release("Michael Underdown, president of Crosstown, spoke. Prior to his role, Michael enriched "
                   "his expertise. Michael’s career began in 1990.")
    assert found(text, "RL308") == ["Michael", "Michael"]


@pytest.mark.parametrize("body", [
    "Michael Underdown, president of Crosstown, spoke. Michael Lee, CFO of Beta, agreed. Michael thanked both.",
    'Michael Underdown, president of Crosstown, spoke. "Michael has the vision," said Ana Ruiz, CFO of Beta.',
    "Michael Underdown, president of Crosstown, spoke. Underdown joined in 1990.",
])
def test_two_people_of_one_given_name_a_quote_or_the_family_name_stay(body):
    assert found(release(body), "RL308") == []


def test_one_person_named_two_ways_is_reported():
    text = release("Robert T. Lane, CEO of Acme, met Ana Muñoz, CFO of Beta. Later, Robert T Lane and Bob Lane "
                   "thanked Ana Munoz. Robert Lane left.")
    assert found(text, "RL309") == ["T", "Bob Lane", "Munoz", "Robert Lane"]
    assert "Later, Robert T. Lane and Bob Lane thanked Ana Muñoz." in fixed(text)


@pytest.mark.parametrize("body", [
    "Robert T. Lane, CEO of Acme, opened the plant. Later, Lane met Jane Lane, his sister.",
    "Craig M. Zinn, CEO of the group, spoke. Craig Zinn Automotive Group opened in 1990.",
    'Robert T. Lane, CEO of Acme, spoke. "Bob Lane is a friend," said Ana Ruiz, CFO of Beta.',
])
def test_other_people_of_a_family_a_longer_name_or_a_quote_stay(body):
    assert found(release(body), "RL309") == []
