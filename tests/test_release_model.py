"""The release document model: regions, exact offsets, masking, odd input."""

from __future__ import annotations

import pytest

from relint.read.dateline import parse_dateline
from relint.read.markup import mask_markdown
from relint.read.positions import LineIndex
from relint.read.release import parse


def region(release, span):
    return None if span is None else release.text[span.start:span.end]


SEED_LIKE = (
    "MicroPort® Awarded “Best Open Innovator 2020” at the Fifth China Innovation Challenge\n"
    "\n"
    "Shanghai, China, November 24, 2020 — Shanghai MicroPort Medical (Group) Co., Ltd. (“MicroPort®”) was recently "
    "awarded. It was attended by Dr. Xiang He.\n"
    "\n"
    "According to Dr. He Xiang, “winning the “Best Open Innovator 2020” not only signifies the acknowledgement.”\n"
    "\n"
    "About the China Innovation Challenge:\n"
    "\n"
    "The China Innovation Challenge is an integral part of the Global Technology Transfer Fair 2020."
)


def test_plain_text_release_regions():
    r = parse(SEED_LIKE, "seed.txt")
    assert region(r, r.headline).startswith("MicroPort® Awarded")
    assert region(r, r.dateline.span) == "Shanghai, China, November 24, 2020 — "
    assert [p.section for p in r.paragraphs] == ["body", "body", "about"]
    assert region(r, r.abouts[0].heading) == "About the China Innovation Challenge:"
    assert region(r, r.abouts[0].name) == "the China Innovation Challenge"
    # "Co., Ltd." and "Dr." do not end sentences.
    assert len(r.body[0].sentences) == 2


def test_no_headline_and_single_newline_paragraphs():
    lines = [
        "Shanghai, China – On December 12, Shanghai MicroPort Medical (Group) Co., Ltd. entered into a strategic "
        "cooperation agreement with Shanghai General Hospital.",
        "Shanghai General Hospital boasts nine national key disciplines (departments), and it is characterized with "
        "focuses on ophthalmology.",
        "MicroPort® has always given top priority to research and development and independent innovation in its growth.",
    ]
    r = parse("\n".join(lines), "seed.txt")
    assert r.headline is None
    assert [region(r, p.span) for p in r.paragraphs] == lines
    assert region(r, r.dateline.span) == "Shanghai, China – "


def test_hard_wrapped_lines_stay_one_paragraph():
    text = "BOSTON, June 2, 2025 — Acme opened a plant\nin Ohio on Monday, and it will\nhire 200 people.\n"
    r = parse(text, "x.txt")
    assert len(r.paragraphs) == 1


def test_markdown_masking_keeps_offsets():
    text = ("# Acme *Opens* a Plant\n\n## The plant will hire 200 people\n\n![logo](https://x.io/a.png)\n\n"
            "BOSTON, June 2, 2025 — Acme [opened](https://acme.example/news) a **plant** <!-- note --> `code`.\n")
    r = parse(text, "x.md")
    assert len(r.prose) == len(text)
    assert region(r, r.headline) == "Acme *Opens* a Plant"
    assert region(r, r.subheadline) == "The plant will hire 200 people"
    body = r.prose_of(r.body[0].span)
    assert "opened" in body and "https" not in body and "**" not in body and "note" not in body and "code" not in body
    start = text.index("opened")
    assert r.prose[start:start + 6] == "opened"


def test_mask_markdown_returns_same_length_and_masked_spans():
    text = "A [link](http://x.y) and _emphasis_ and snake_case_word.\n"
    prose, masked = mask_markdown(text)
    assert len(prose) == len(text)
    assert "snake_case_word" in prose and "emphasis" in prose and "_emphasis_" not in prose
    assert all(text[s.start:s.end].strip() for s in masked)


def test_front_matter_and_invalid_front_matter():
    good = parse("---\ntitle: Acme\ndate: 2025-06-02\n---\n# Acme\n\nBOSTON, June 2, 2025 — Text.\n", "x.md")
    assert good.front_matter["title"] == "Acme" and str(good.front_matter["date"]) == "2025-06-02"
    assert region(good, good.dateline.span) == "BOSTON, June 2, 2025 — "
    bad = parse("---\ntitle: [Acme\n---\nBOSTON, June 2, 2025 — Text.\n", "x.md")
    assert bad.front_matter == {} and "not valid YAML" in bad.front_matter_error.message


def test_republication_tail_is_not_body():
    text = ("# Acme Opens a Plant\n\nBOSTON, June 2, 2025 — Acme opened a plant.\n\n"
            " The post Acme Opens a Plant appeared first on citybiz. \n\n---\n\n"
            "[Original/Source Press Release](https://x.example/a)\n")
    r = parse(text, "x.md")
    assert r.text[r.tail.start:].startswith("The post Acme") or r.text[r.tail.start:].lstrip().startswith("The post")
    assert all("appeared first" not in r.prose_of(p.span) for p in r.paragraphs)
    only_links = parse("# T\n\nBOSTON, June 2, 2025 — Text.\n\n---\n\n[Original/Source Press Release](https://x.y)\n", "x.md")
    assert only_links.text[only_links.tail.start:].startswith("---")


def test_release_line_contact_forward_looking_and_end_mark():
    text = ("FOR IMMEDIATE RELEASE\n\nAcme Opens a Plant\n\nBOSTON, June 2, 2025 — Acme opened a plant.\n\n"
            "Forward-Looking Statements\n\nThis release contains forward-looking statements.\n\n"
            "Media Contact:\nJane Roe, press@acme.example\n\n###\n")
    r = parse(text, "x.txt")
    assert region(r, r.release_line) == "FOR IMMEDIATE RELEASE"
    assert region(r, r.headline) == "Acme Opens a Plant"
    assert "forward-looking" in region(r, r.forward_looking)
    assert region(r, r.contact).startswith("Media Contact:")
    assert region(r, r.end_mark) == "###"


def test_quotes_nested_and_speakers():
    text = ('BOSTON, June 2, 2025 — “We are proud,” said Jane Doe, CEO of Acme.\n\n'
            'According to Dr. He Xiang, “winning the “Best Open Innovator 2020” not only signifies a lot.”\n\n'
            '"It works," Mark Smith said. “A quote left open at the end\n')
    r = parse(text, "x.txt")
    speakers = [region(r, q.speaker) for q in r.quotes]
    inner = [region(r, q.inner) for q in r.quotes]
    assert "Jane Doe" in speakers and "Dr. He Xiang" in speakers and "Mark Smith" in speakers
    assert any(i.startswith("winning the “Best Open Innovator 2020”") for i in inner)
    assert any(i.startswith("A quote left open") for i in inner)


def test_line_index_handles_crlf_lone_cr_tabs_and_emoji():
    text = "a\r\nb\rc\n\td😀e"
    index = LineIndex(text)
    assert index.position(0).line == 1
    assert index.position(text.index("b")) == index.position(3)
    assert (index.position(text.index("b")).line, index.position(text.index("c")).line) == (2, 3)
    e = text.index("e")
    assert (index.position(e).line, index.position(e).column) == (4, 4)  # tab, d and the emoji are one column each


def test_crlf_release_positions():
    r = parse("Acme Opens a Plant\r\n\r\nBOSTON, June 2, 2025 — Acme opened a plant.\r\n", "x.txt")
    assert r.lines.position(r.dateline.span.start) == r.lines.position(r.dateline.span.start)
    assert r.lines.position(r.dateline.span.start).line == 3 and r.lines.position(r.dateline.span.start).column == 1


@pytest.mark.parametrize("opening, place, date, wire, dash", [
    ("Shanghai, China, November 24, 2020 — Text", "Shanghai, China", "November 24, 2020", None, " — "),
    ("Suzhou, China, 24 October 2021 - Text", "Suzhou, China", "24 October 2021", None, " - "),
    ("Shanghai, China – On December 12, Text", "Shanghai, China", None, None, " – "),
    ("SAN FRANCISCO, June 2, 2025 /PRNewswire/ — Acme", "SAN FRANCISCO", "June 2, 2025", "PRNewswire", " — "),
    ("PRINCETON, N.J.--(BUSINESS WIRE)--Acme", "PRINCETON, N.J.", None, "BUSINESS WIRE", ""),
    ("MIDLAND, Pa., Sept. 17, 2025 (GLOBE NEWSWIRE) — Acme", "MIDLAND, Pa.", "Sept. 17, 2025", "GLOBE NEWSWIRE", " — "),
    ("HONG KONG SAR - Media OutReach Newswire - 10 June 2026 - Acme", "HONG KONG SAR", "10 June 2026",
     "Media OutReach Newswire", " - "),
    ("BURLINGTON, ON / PR Karma / February 11, 2025 / Acme", "BURLINGTON, ON", "February 11, 2025", "PR Karma", " / "),
    ("NUREMBERG, Germany, Oct. 20, 2021 - Acme", "NUREMBERG, Germany", "Oct. 20, 2021", None, " - "),
    ("--News Direct-- Crant, a leader", None, None, "News Direct", " "),
    ("NEW YORK — Acme", "NEW YORK", None, None, " — "),
    ("(NewMediaWire) - January 23, 2025 - DALLAS — The", "DALLAS", "January 23, 2025", "NewMediaWire", " — "),
    ("Jacksons Point, Ontario, Canada (Newsworthy.ai) Monday Apr 7, 2025 @ 8:00 AM America/Toronto — A new",
     "Jacksons Point, Ontario, Canada", "Monday Apr 7, 2025 @ 8:00 AM America/Toronto", "Newsworthy.ai", " — "),
])
def test_dateline_forms(opening, place, date, wire, dash):
    d = parse_dateline(opening, 0)
    text = lambda s: opening[s.start:s.end] if s else None
    assert (text(d.place), text(d.date), d.wire_name, text(d.dash)) == (place, date, wire, dash)


@pytest.mark.parametrize("opening", [
    "Acme Corp - the leader in robots, said today",
    "MicroPort Institute of Health (MIH), a division of MicroPort",
    "Golden Triangle Ventures, Inc (OTC:GTVH) is a consulting company",
    "In response to the ongoing volatility, CryptoHeap said",
    "UGI Utilities, Inc. - Gas Division (UGI) filed a request",
    "Release Date: September 26, 2025",
])
def test_openings_that_are_not_datelines(opening):
    assert parse_dateline(opening, 0) is None


@pytest.mark.parametrize("text", [
    "", "   \n\n  ", "---\ntitle: only front matter\n---\n", "x" * 200_000, "\x01\x02 control \x07",
    "مرحبا بالعالم. هذا بيان صحفي.", "e\u0301 combining ma\u0308rks", "上海微创医疗器械（集团）有限公司今天宣布。\n\n关于微创医疗",
    "| a | b |\n|---|---|\n| 1 | 2 |\n", "<div>\n<p>HTML block</p>\n</div>\n", "```\ncode fence\n```\n",
    "zero\u200bwidth and\u00a0non-breaking", "emoji 😀 release 🎉\n",
])
@pytest.mark.parametrize("path", ["x.md", "x.txt"])
def test_odd_input_never_raises_and_offsets_hold(text, path):
    r = parse(text, path)
    assert len(r.prose) == len(r.text)
    for p in r.paragraphs:
        assert 0 <= p.span.start <= p.span.end <= len(text)
        for s in p.sentences:
            assert p.span.start <= s.start <= s.end <= p.span.end
