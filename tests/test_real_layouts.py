"""How relint reads the layouts real releases come in: each test a made-up release of a shape found
on the wires and in saved web pages (setext headlines, bold datelines, page chrome, run-in headings,
contacts written as sentences, flattened lists)."""

from __future__ import annotations

import pytest

from conftest import lint
from relint.read.release import parse


def region(release, span):
    return None if span is None else release.text[span.start:span.end]


def codes(text, path="release.md", **kw):
    return [d.code for d in lint(text, path=path, **kw)]


BODY = ("Acme Robotics opened a plant on Monday. It will employ 120 people by 2026, the company said.\n\n"
        "About Acme Robotics\n\nAcme Robotics makes warehouse robots.\n\n"
        "Media contact: Jane Roe, jane@acme.example, (555) 010-1234\n")


# --------------------------------------------------------------------------- headlines

@pytest.mark.parametrize("underline", ["==============================", "---"])
def test_a_setext_headline_is_the_headline(underline):
    text = f"Acme Opens a Robot Plant in Ohio\n{underline}\n\nAKRON, Ohio, March 19, 2024 — {BODY}"
    r = parse(text, "r.md")
    assert region(r, r.headline) == "Acme Opens a Robot Plant in Ohio"
    assert region(r, r.dateline.span) == "AKRON, Ohio, March 19, 2024 — "
    assert "RL401" not in codes(text)


def test_a_setext_headline_in_plain_text():
    text = f"Acme Opens a Robot Plant in Ohio\n================================\n\nAKRON, Ohio, March 19, 2024 — {BODY}"
    r = parse(text, "r.txt")
    assert region(r, r.headline) == "Acme Opens a Robot Plant in Ohio"
    assert r.dateline is not None


def test_the_front_matter_title_is_the_headline_when_the_body_has_none():
    text = ('---\ntitle: "Acme Opens a Robot Plant in Ohio"\ndate: 2024-03-19\n---\n\n'
            f"AKRON, Ohio, March 19, 2024 — {BODY}")
    r = parse(text, "r.md")
    assert region(r, r.headline) == "Acme Opens a Robot Plant in Ohio"
    assert region(r, r.dateline.span) == "AKRON, Ohio, March 19, 2024 — "
    found = codes(text)
    assert "RL401" not in found and "RL101" not in found


def test_a_body_headline_wins_over_the_front_matter_title():
    text = ('---\ntitle: acme-plant\n---\n\n# Acme Opens a Robot Plant in Ohio\n\n'
            f"AKRON, Ohio, March 19, 2024 — {BODY}")
    r = parse(text, "r.md")
    assert region(r, r.headline) == "Acme Opens a Robot Plant in Ohio"


def test_a_blockquote_under_the_headline_is_the_subheadline():
    text = ("# Acme Opens a Robot Plant in Ohio\n\n> The plant will employ 120 people by 2026.\n\n"
            f"AKRON, Ohio, March 19, 2024 — {BODY}")
    r = parse(text, "r.md")
    assert region(r, r.subheadline) == "The plant will employ 120 people by 2026."
    assert region(r, r.dateline.span) == "AKRON, Ohio, March 19, 2024 — "
    assert r.lead.span.start == r.dateline.span.start


def test_a_one_line_summary_under_the_headline_is_the_subheadline():
    text = ("# Acme Opens a Robot Plant in Ohio\n\nThe plant will employ 120 people by 2026.\n\n"
            f"AKRON, Ohio, March 19, 2024 — {BODY}")
    r = parse(text, "r.md")
    assert region(r, r.subheadline) == "The plant will employ 120 people by 2026."
    assert region(r, r.dateline.span) == "AKRON, Ohio, March 19, 2024 — "
    assert "RL101" not in codes(text)


@pytest.mark.parametrize("token", ["[%headline]", "{{ page.title }}", "#post_title"])
def test_a_template_token_is_a_placeholder_not_a_headline(token):
    text = f"{token}\n\nAKRON, Ohio, March 19, 2024 — {BODY}"
    r = parse(text, "r.md")
    assert r.headline is None or token not in region(r, r.headline)
    assert region(r, r.dateline.span) == "AKRON, Ohio, March 19, 2024 — "
    found = lint(text)
    placeholder = [d for d in found if d.code == "RL701"]
    assert placeholder and placeholder[0].start.line == 1
    assert not [d for d in found if d.code.startswith("RL40") and d.code not in ("RL401",)]


# --------------------------------------------------------------------------- datelines

@pytest.mark.parametrize("mark", ["**", "*", "__"])
def test_a_dateline_in_bold_or_italics(mark):
    text = f"# Acme Opens a Plant\n\n{mark}AKRON, Ohio, March 19, 2024{mark} — {BODY}"
    r = parse(text, "r.md")
    assert r.dateline is not None
    assert region(r, r.dateline.dash) == " — "
    assert region(r, r.dateline.date) == "March 19, 2024"
    assert not [c for c in codes(text) if c.startswith("RL1")]


def test_a_fix_to_a_bold_dateline_keeps_the_markup_balanced():
    text = f"# Acme Opens a Plant\n\n**AKRON, Ohio, March 19, 2024** -- {BODY}"
    found = [d for d in lint(text) if d.code == "RL110"]
    assert found
    fixed = text
    for edit in sorted(found[0].fix.edits, key=lambda e: -e.span.start):
        fixed = fixed[:edit.span.start] + edit.replacement + fixed[edit.span.end:]
    assert "**AKRON, Ohio, March 19, 2024** — Acme" in fixed


def test_a_date_in_parentheses():
    text = f"# Acme Opens a Plant\n\nAustin, Texas (March 3, 2025) - {BODY}"
    r = parse(text, "r.md")
    assert r.dateline is not None
    assert region(r, r.dateline.date) == "March 3, 2025"
    assert (r.dateline.year, r.dateline.month, r.dateline.day) == (2025, 3, 3)
    assert region(r, r.dateline.dash) == " - "
    assert region(r, r.lead.span)[len(region(r, r.dateline.span)):].startswith("Acme Robotics")


def test_a_site_tag_before_a_date_and_a_time():
    text = f"# Acme Opens a Plant\n\nTampa, Florida (Example Wire) Monday Sep 8, 2025 @ 10:30 AM US/Central — {BODY}"
    r = parse(text, "r.md")
    dl = r.dateline
    assert dl is not None and dl.wire is not None
    assert (dl.year, dl.month, dl.day) == (2025, 9, 8)
    assert region(r, dl.dash) == " — "
    assert region(r, dl.place) == "Tampa, Florida"


def test_a_site_tag_without_a_wire_word_before_a_date():
    text = f"# Acme Opens a Plant\n\nTampa, Florida (TechDaily) September 8, 2025 — {BODY}"
    dl = parse(text, "r.md").dateline
    assert dl is not None and dl.wire is not None and dl.day == 8


def test_two_cities():
    text = f"# Acme Opens a Plant\n\nSINGAPORE/BOSTON, UNITED STATES - {BODY}"
    r = parse(text, "r.md")
    assert r.dateline is not None
    assert region(r, r.dateline.place).startswith("SINGAPORE/BOSTON")
    found = codes(text)
    assert "RL101" not in found and "RL102" in found


@pytest.mark.parametrize("opening", ["**SALEM, MA** - ", "SALEM, MA - "])
def test_a_place_alone_is_a_dateline_without_a_date(opening):
    text = f"# Acme Opens a Plant\n\n{opening}{BODY}"
    r = parse(text, "r.md")
    assert r.dateline is not None and r.dateline.date is None
    found = codes(text)
    assert "RL102" in found and "RL101" not in found


def test_a_us_city_with_its_country_gets_the_ap_form():
    text = f"# Acme Opens a Plant\n\nEl Paso, United States, March 3, 2025 — {BODY}"
    found = [d for d in lint(text) if d.code == "RL112"]
    assert found and "Texas" in found[0].message


@pytest.mark.parametrize("state, right", [("Wi.", "Wis."), ("WI.", "Wis.")])
def test_a_state_abbreviation_that_is_not_ap(state, right):
    text = f"# Acme Opens a Plant\n\nMADISON, {state}, March 3, 2025 — {BODY}"
    r = parse(text, "r.md")
    assert r.dateline is not None and r.dateline.date is not None
    found = [d for d in lint(text) if d.code == "RL113"]
    assert found and right in found[0].message


def test_an_ap_state_abbreviation_is_left_alone():
    text = f"# Acme Opens a Plant\n\nMADISON, Wis., March 3, 2025 — {BODY}"
    assert not [c for c in codes(text) if c.startswith("RL1")]


def test_a_dateline_after_a_subheadline():
    text = ("# Acme Opens a Plant\n\n## The plant in Akron will employ 120 people\n\n"
            f"AKRON, Ohio, March 19, 2024 — {BODY}")
    r = parse(text, "r.md")
    assert r.subheadline is not None and r.dateline is not None


@pytest.mark.parametrize("links", [
    "[Home](https://acme.example/) | [News](https://acme.example/news) | [Contact](https://acme.example/c)",
    "[Home](https://acme.example/) / [About](https://acme.example/about) / [Contact](https://acme.example/c)",
])
def test_a_line_of_links_is_never_a_dateline(links):
    text = f"# Acme Opens a Plant\n\n{links}\n\nAKRON, Ohio, March 19, 2024 — {BODY}"
    r = parse(text, "r.md")
    assert region(r, r.dateline.span) == "AKRON, Ohio, March 19, 2024 — "


# --------------------------------------------------------------------------- page chrome

CHROME_TOP = (
    "- [Home](https://news.example/)\n- [Press releases](https://news.example/pr)\n"
    "- [About us](https://news.example/about)\n- [Contact](https://news.example/contact)\n\n"
    "[English](https://news.example/en) | [Español](https://news.example/es) | [Français](https://news.example/fr)\n\n"
)
CHROME_FOOT = (
    "\n\n[Home](https://news.example/) / [About](https://news.example/about) / [Contact](https://news.example/contact)\n\n"
    "- [Privacy](https://news.example/privacy)\n- [Terms](https://news.example/terms)\n"
)


def test_web_page_chrome_is_left_out_of_the_regions():
    text = CHROME_TOP + f"# Acme Opens a Plant\n\nAKRON, Ohio, March 19, 2024 — {BODY}" + CHROME_FOOT
    r = parse(text, "r.md")
    assert region(r, r.headline) == "Acme Opens a Plant"
    assert region(r, r.dateline.span) == "AKRON, Ohio, March 19, 2024 — "
    assert [region(r, a.heading) for a in r.abouts] == ["About Acme Robotics"]
    assert "Privacy" not in region(r, r.contact) and "Home" not in region(r, r.contact)
    assert not any("Home" in region(r, p.span) for p in r.paragraphs)
    found = codes(text)
    assert "RL410" not in found and "RL401" not in found and "RL101" not in found


def test_an_about_link_in_the_navigation_is_not_an_about_section():
    text = ("[About Acme](https://acme.example/about) | [Careers](https://acme.example/jobs)\n\n"
            f"# Acme Opens a Plant\n\nAKRON, Ohio, March 19, 2024 — {BODY}")
    r = parse(text, "r.md")
    assert [region(r, a.heading) for a in r.abouts] == ["About Acme Robotics"]
    assert "RL410" not in codes(text)


# --------------------------------------------------------------------------- About sections

def test_an_about_heading_with_a_colon_in_parentheses_keeps_its_whole_heading():
    text = (f"# Acme Opens a Plant\n\nHONG KONG, March 19, 2024 — {BODY.split('About')[0]}"
            "About Acme Holdings (Stock Code: 1234.HK)\nAcme Holdings makes robots.\n")
    r = parse(text, "r.md")
    assert region(r, r.abouts[0].heading) == "About Acme Holdings (Stock Code: 1234.HK)"
    assert region(r, r.abouts[0].name) == "Acme Holdings (Stock Code: 1234.HK)"


@pytest.mark.parametrize("line, heading", [
    ("**About Acme Robotics** Acme Robotics makes warehouse robots.", "About Acme Robotics"),
    ("ABOUT ACME ROBOTICS Founded in 2010, Acme Robotics makes warehouse robots.", "ABOUT ACME ROBOTICS"),
])
def test_an_about_heading_glued_to_its_first_sentence_is_split(line, heading):
    text = f"# Acme Opens a Plant\n\nAKRON, Ohio, March 19, 2024 — Acme opened a plant.\n\n{line}\n"
    r = parse(text, "r.md")
    about = r.abouts[0]
    assert region(r, about.heading).strip("* ") == heading
    assert region(r, about.body).endswith("makes warehouse robots.")
    assert not region(r, about.body).startswith(("*", "ABOUT"))


# --------------------------------------------------------------------------- sentences

@pytest.mark.parametrize("sentence", [
    "The company, based in Washington, D.C. and Boston, opened a plant.",
    "Acme Inc. Chief Executive Jane Roe opened the plant.",
    "The U.S. Food and Drug Administration cleared the device.",
    "Plant No. 4 opened in Madison, Wis. on Monday.",
    "Jane R. Roe opened Plant No. 5 in Akron.",
])
def test_abbreviations_do_not_end_a_sentence(sentence):
    r = parse(f"{sentence}\n", "r.txt")
    assert [region(r, s) for s in r.sentences] == [sentence]


def test_an_abbreviation_ends_a_sentence_before_a_real_sentence_start():
    r = parse("Acme is based in Washington, D.C. The plant opened on Monday.\n", "r.txt")
    assert [region(r, s) for s in r.sentences] == ["Acme is based in Washington, D.C.", "The plant opened on Monday."]


def test_an_all_caps_run_in_heading_is_not_part_of_the_first_sentence():
    r = parse("KEY HIGHLIGHTS: The plant opened on Monday. It employs 120 people.\n", "r.txt")
    assert [region(r, s) for s in r.sentences][-2:] == ["The plant opened on Monday.", "It employs 120 people."]
    assert not any(region(r, s).startswith("KEY HIGHLIGHTS: The") for s in r.sentences)


# --------------------------------------------------------------------------- contacts

LEAD = "# Acme Opens a Plant\n\nAKRON, Ohio, March 19, 2024 — Acme Robotics opened a plant on Monday.\n\n"


@pytest.mark.parametrize("contact", [
    "For media inquiries, please contact Jane Roe, jane@acme.example, (555) 010-1234.",
    "Press: Jane Roe, jane@acme.example",
    "Media Representative\nJane Roe\njane@acme.example",
    "Contact person: Jane Roe\nPhone: (555) 010-1234",
    "For more information, contact Jane Roe at (555) 010-1234.",
    "For more information:\nJane Roe\njane@acme.example",
    "Media Contact Jane Roe Acme Robotics jane@acme.example (555) 010-1234",
])
def test_a_contact_in_the_forms_releases_use(contact):
    text = LEAD + "About Acme Robotics\n\nAcme Robotics makes warehouse robots.\n\n" + contact + "\n"
    r = parse(text, "r.md")
    assert r.contact is not None and "Jane Roe" in region(r, r.contact)
    assert "RL413" not in codes(text)


def test_a_contact_after_the_end_mark():
    text = LEAD + "###\n\nMedia contact:\nJane Roe, jane@acme.example\n"
    r = parse(text, "r.md")
    assert r.contact is not None
    assert "RL413" not in codes(text)


def test_a_contact_sentence_in_the_body_without_an_address_is_not_a_contact():
    text = LEAD + "Customers may contact Acme for a demonstration.\n"
    assert "RL413" in codes(text)


# --------------------------------------------------------------------------- flattened lists

def test_a_number_before_a_spaced_hyphen_at_an_item_start_is_a_list_number():
    text = (LEAD + "The launch plan has three steps: 1 - Plan the launch. 2 - Build the plant. 3 - Open the doors.\n")
    assert "RL604" not in codes(text)


def test_a_spaced_hyphen_between_words_is_still_a_dash():
    text = LEAD + "The plant - the largest in Ohio - opened on Monday.\n"
    assert "RL604" in codes(text)
