"""People and titles on the seeds' shapes, Chinese and Western names, and registry dates."""

from __future__ import annotations

import pytest

from relint.read.people import find_mentions, normalise_title
from relint.read.release import parse

MICROPORT = {"house": {
    "people-style": {"honorifics": "none", "doctor": "never"},
    "people": [
        {"name": "Bo Peng", "order": "given-family", "honorific": "none",
         "titles": [{"title": "Greater China Executive Committee Chairman and Chief Marketing Officer"}]},
        {"name": "Chengyun Yue", "honorific": "none",
         "titles": [{"title": "First Vice President of Business Development and Project Management",
                     "from": "2021-10-24"}]},
    ]}}


def people(text):
    release = parse(text, "x.txt")
    return [(m.shape, m.name_text, release.text[m.title.start:m.title.end] if m.title else None,
             release.text[m.honorific.start:m.honorific.end] if m.honorific else None)
            for m in find_mentions(release.prose, [p.span for p in release.paragraphs])]


@pytest.mark.parametrize("text, expected", [
    ("MicroPort® Greater China Executive Committee Chairman and Chief Marketing Officer Mr. Bo Peng attended.",
     ("before", "Bo Peng", "Greater China Executive Committee Chairman and Chief Marketing Officer", "Mr.")),
    ("MicroPort® First Vice President, Technological Innovation and New Business Model Development, Mr. Xiang He came.",
     ("before", "Xiang He", "First Vice President, Technological Innovation and New Business Model Development", "Mr.")),
    ("Dr. Chengyun Yue, the First Vice President of Business Development and Project Management of MicroPort®, spoke.",
     ("after", "Chengyun Yue", "First Vice President of Business Development and Project Management", "Dr.")),
    ('"We are proud," said Doktor Gurson, CEO of Rad AI.', ("after", "Doktor Gurson", "CEO", None)),
    ("Chief Executive Officer Jane Doe opened the plant.", ("before", "Jane Doe", "Chief Executive Officer", None)),
    ("Shanghai General Hospital President Mr. Xingdong Zheng signed.", ("before", "Xingdong Zheng", "President", "Mr.")),
])
def test_person_shapes(text, expected):
    assert people(text)[0] == expected


@pytest.mark.parametrize("text", [
    "MicroPort organized the Dr. X Competition with the aim of breaking down barriers.",
    "Shanghai General Hospital boasts nine national key disciplines.",
    "The event was held at the Shanghai Exhibition Center on April 10.",
    "Don't Miss Out On The Presale.",
    "Based in Los Angeles, Setyan reports to the Head of Research.",
    "Director: Candice Vernon Writer: Candice Vernon, Frank Adkinson Producer: Frank Adkinson",
])
def test_not_people(text):
    assert [p for p in people(text) if p[2] or p[3]] == []


def test_titles_compare_by_words():
    assert normalise_title("CEO") == normalise_title("Chief Executive Officer")
    assert normalise_title("ABVC's Chief Executive Officer") == normalise_title("ABVC Chief Executive Officer")


def test_seed_shapes_with_the_microport_registry(run_lint):
    text = ("Shanghai, China, November 24, 2020 — MicroPort® Greater China Executive Committee Chairman and Chief "
            "Marketing Officer Mr. Bo Peng attended. Dr. Chengyun Yue, the First Vice President of Business "
            "Development and Project Management of MicroPort®, spoke. The Dr. X Competition was held at Shanghai "
            "General Hospital. Attended by Dr. Xiang He. According to Dr. He Xiang, it went well.")
    found = {(d.code, d.message.split(":")[0]) for d in run_lint(text, select=["RL3"], config=MICROPORT)}
    assert ("RL305", "courtesy title 'Mr.' before Bo Peng") in found
    assert ("RL305", "courtesy title 'Dr.' before Chengyun Yue") in found
    assert any(code == "RL307" for code, _ in found)
    assert any(code == "RL304" and "He Xiang" in msg for code, msg in found)
    # Chengyun Yue's title is the registry's from 2021-10-24: a 2020 release predates it.
    assert not any(code == "RL301" for code, _ in found)


def test_registry_title_by_date_and_family_name_first(run_lint):
    config = {"house": {"people": [{"name": "Peng Bo", "order": "family-given", "titles": [
        {"title": "Chief Marketing Officer", "from": "2018-01-01", "to": "2020-12-31"},
        {"title": "Chief Executive Officer", "from": "2021-01-01"}]}]}}
    early = "BOSTON, June 2, 2019 — Acme grew, said Peng Bo, chief marketing officer of Acme."
    late = "BOSTON, June 2, 2022 — Acme grew, said Peng Bo, chief marketing officer of Acme."
    inverted = "BOSTON, June 2, 2022 — Acme grew, said Bo Peng, chief executive officer of Acme."
    assert [d.code for d in run_lint(early, select=["RL301"], config=config)] == []
    assert [d.code for d in run_lint(late, select=["RL301"], config=config)] == ["RL301"]
    assert [d.code for d in run_lint(inverted, select=["RL304"], config=config)] == ["RL304"]


def test_two_roles_are_not_two_titles(run_lint):
    text = ("Founder Jane Doe opened the plant. \"It is a start,\" said Jane Doe, chief executive officer of Acme.")
    assert run_lint(text, select=["RL302"]) == []


def test_a_courtesy_title_the_registry_does_not_give_is_reported_in_any_release(run_lint):
    config = {"house": {"people-style": {"honorifics": "always"},
                        "people": [{"name": "Xiang He", "honorific": "Dr."}, {"name": "Jane Doe", "honorific": "Ms."}]}}
    text = "Mr Xiang He spoke. Dr He agreed. Mrs. Jane Doe left. Ms. Jane Doe came back. Mr. Bo Li stayed."
    found = [d for d in run_lint(text, select=["RL306"], config=config)]
    assert [(text[d.span.start:d.span.end], d.message) for d in found] == [
        ("Mr", "Xiang He is 'Mr' here; the house registry writes 'Dr.'"),
        ("Mrs.", "Jane Doe is 'Mrs.' here; the house registry writes 'Ms.'"),
    ]
    assert found[0].fix.applicability.name == "UNSAFE"
    assert [e.replacement for d in found for e in d.fix.edits] == ["Dr", "Ms."], "the written period style is kept"


@pytest.mark.parametrize("text, expected", [
    ("Mr. Bo He opened the plant. Mr. He said it was good.", []),  # Bo He is not the registry's Xiang He
    ("Dr. Xiang He spoke. Mr. Xiang agreed.", ["Mr."]),  # a given name alone is still Xiang He
    ("Mr. He spoke.", ["Mr."]),  # a family name alone, with no other He in the release, is the registry's
])
def test_the_registry_honorific_is_checked_for_the_person_a_group_of_mentions_names(run_lint, text, expected):
    config = {"house": {"people-style": {"honorifics": "always"}, "people": [{"name": "Xiang He", "honorific": "Dr."}]}}
    found = run_lint(text, select=["RL306"], config=config)
    assert [text[d.span.start:d.span.end] for d in found] == expected


def test_a_family_name_alone_is_the_person_the_release_named_in_full_for_courtesy_titles_too(run_lint):
    config = {"house": {"people": [{"name": "Xiang He", "honorific": "Dr."}]}}
    text = "Mr. Bo He opened the plant. Mr. He said it was good."
    assert [text[d.span.start:d.span.end].strip() for d in run_lint(text, select=["RL305"], config=config)] == ["Mr.", "Mr."]


def test_a_registry_entry_without_an_honorific_follows_the_house_policy(run_lint):
    people = [{"name": "Bo Li", "titles": [{"title": "President"}]}, {"name": "Ann Lee", "honorific": "none"}]
    text = "Mr. Bo Li spoke. Ms. Ann Lee agreed."
    always = run_lint(text, select=["RL305"], config={"house": {"people-style": {"honorifics": "always"}, "people": people}})
    assert [d.message for d in always] == ["courtesy title 'Ms.' before Ann Lee: the house writes Ann Lee without one"]
    none = run_lint(text, select=["RL305"], config={"house": {"people": people}})
    assert [d.message.split(": ", 1)[1] for d in none] == ["AP style uses none", "the house writes Ann Lee without one"]


def test_a_person_the_registry_gives_no_courtesy_title_is_reported_once_a_mention(run_lint):
    config = {"house": {"people-style": {"honorifics": "always"}, "people": [{"name": "Ann Lee", "honorific": "none"}]}}
    text = "Ms. Ann Lee spoke. Later, Dr. Ann Lee agreed."
    found = [(d.code, text[d.span.start:d.span.end].strip()) for d in run_lint(text, select=["RL305", "RL306"], config=config)]
    assert found == [("RL305", "Ms."), ("RL305", "Dr.")]
