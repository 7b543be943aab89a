"""The wrong findings of the 2026-12-02 after review (review/sheets/2026-12-02-after/NOTES.md), each
a made-up release of the same shape: relint leaves the good copy alone, and still reports the slip
next to it."""

from __future__ import annotations

import pytest

from conftest import lint

LEAD = "AKRON, Ohio, March 19, 2024 — "
TAIL = "\n\nAbout Acme\n\nAcme makes robots.\n\nMedia contact: Jane Roe, jane@acme.example, (555) 010-1234\n"


def found(text: str, code: str) -> list[str]:
    return [text[d.span.start:d.span.end] for d in lint(text) if d.code == code]


# --------------------------------------------------------------------------- numbers

@pytest.mark.parametrize("sentence", [
    "The token now has nearly 1\u00a0million users.",               # a no-break space before "million"
    "An estimated 1 of every 4 deaths could be avoided.",
    "As many as 1 in every 500 young people have the condition.",
    "Feedstocks require oxygen levels below 1 wt% for the process.",
])
def test_figures_in_proportions_and_measures_stay_figures(sentence):
    assert found(f"{LEAD}{sentence}{TAIL}", "RL501") == []


def test_a_footnote_number_before_its_link_is_no_count():
    text = f"{LEAD}Acme ranked first.2 The plant opened.\n\n2 https://example.org/report Ranking by earnings.{TAIL}"
    assert found(text, "RL501") == []


def test_a_small_count_is_still_spelled_out():
    assert found(f"{LEAD}The company opened 3 plants and serves 1 in 4 homes.{TAIL}", "RL501") == ["3"]


@pytest.mark.parametrize("sentence", [
    "If the job can be done for eight thousand dollars rather than twelve thousand, the savings go to the owner.",
    "Every three hundred thirty five (335) shares become one share.",
])
def test_parts_of_a_compound_spelled_number_are_left_alone(sentence):
    assert found(f"{LEAD}{sentence}{TAIL}", "RL502") == []


def test_a_spelled_number_of_ten_or_more_is_still_reported():
    assert found(f"{LEAD}Solutions came from more than twenty hospitals.{TAIL}", "RL502") == ["twenty"]


def test_a_toll_free_prefix_is_no_range():
    text = f"{LEAD}Acme is cheaper than today's chatbots and 1-800 calling, and ran 2019-2020.{TAIL}"
    assert found(text, "RL507") == ["2019-2020"]


def test_a_standards_number_is_no_range():
    text = (f"{LEAD}The report follows NI 43-101 and National Instrument 43-101, and Multilateral "
            f"Instrument 61-101 applies; drilling ran 2019-2020.{TAIL}")
    assert found(text, "RL507") == ["2019-2020"]


# --------------------------------------------------------------------------- dashes

def test_a_range_of_dates_is_no_dash():
    text = f"{LEAD}The platform is open.\n\nDate: 29 October - 14 November\n\nIt grew - and grew.{TAIL}"
    assert found(text, "RL604") == [" - "]


def test_a_two_city_dateline_keeps_its_dash_out_of_rl604():
    text = ("SYDNEY, NOVA SCOTIA and SAN DIEGO, CA - March 24, 2026 (NEWMEDIAWIRE) - Acme and Beta "
            f"announced a partnership.{TAIL}")
    assert all(d.span.start > 60 for d in lint(text) if d.code == "RL604")


# --------------------------------------------------------------------------- people

@pytest.mark.parametrize("line", [
    "WHO: Tomek Mackowiak, VP Product & Business Development, Colovore",
    "GEO-CM02 Study – Poster #1050 - Presenter: Dr. Pratima Kumari, GeoVax Scientist",
    "**Speaker:** Jane T. Roe, Chief Scientist, Acme",
    "FOR IMMEDIATE RELEASE\u00a0\u00a0\u00a0\u00a0 Contact: Dr. Jane Roe, Founder & CEO",  # a letterhead column
])
def test_a_programme_field_line_is_a_listing(line):
    text = f"{LEAD}Acme will present at the fair.\n\n{line}\n\nThe fair opens in May.{TAIL}"
    assert found(text, "RL307") == []


def test_a_title_after_a_name_in_a_sentence_is_still_lowercased():
    text = f"{LEAD}The fair opens in May, said Jane Roe, Chief Scientist, Acme.{TAIL}"
    assert found(text, "RL307") == ["Chief Scientist"]


# --------------------------------------------------------------------------- datelines

def test_a_schedule_bullet_is_no_late_dateline():
    text = (f"{LEAD}Acme opens a store.\n\n* Thursday, Aug. 14 – Sunday, Aug. 17: Customers who spend $50 get "
            f"a coupon.{TAIL}")
    assert found(text, "RL101") == []


def test_new_york_city_is_told_to_drop_city():
    text = f"NEW YORK CITY - November 4, 2025 - Acme opened an office.{TAIL}"
    messages = [d.message for d in lint(text) if d.code == "RL112"]
    assert messages == ["NEW YORK stands alone in an AP dateline: write 'NEW YORK'"]


def test_a_region_without_its_comma_is_not_told_to_add_a_region():
    text = f"RICHMOND BC, March 26, 2024 — Acme opened a kitchen.{TAIL}"
    assert found(text, "RL112") == []


def test_a_dated_wire_prefix_before_a_full_dateline_is_not_the_dateline():
    text = (" (Acme Wire) - February 04, 2025 - LOS ANGELES, Feb. 4, 2025 – Eleven scientists will be "
            f"honored.{TAIL}")
    findings = {(d.code, text[d.span.start:d.span.end]) for d in lint(text) if d.code.startswith("RL1")}
    assert findings == {("RL110", " – ")}  # the dateline proper's en dash; the prefix's date is the wire's


def test_a_dated_wire_prefix_before_a_place_alone_still_dates_the_dateline():
    text = f" (Acme Wire) - October 28, 2024 - STILLWATER, Okla. — The team won.{TAIL}"
    assert found(text, "RL106") == ["October"]


def test_a_period_after_the_day_is_still_a_dated_dateline():
    text = f"Crypto Valley, Switzerland, June 20. 2024 -- Acme held its festival.{TAIL}"
    codes = {d.code for d in lint(text)}
    assert "RL101" not in codes and "RL102" not in codes and {"RL110", "RL111"} <= codes


# --------------------------------------------------------------------------- acronyms

@pytest.mark.parametrize("listing", ["NASDAQ: GRML", "Nasdaq: GRML", "NYSE Arca: GRML", "ARCA: GRML"])
def test_a_ticker_after_its_exchange_defines_the_symbol(listing):
    text = f"{LEAD}Grumlin Inc. ({listing}) opened a plant. GRML rose 4% on the news.{TAIL}"
    assert "GRML" not in found(text, "RL704")
