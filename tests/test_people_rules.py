"""How people are found: the mention shapes, Chinese and Western names, what is no person, and titles
compared by words (the rules themselves: tests/cases/people)."""

from __future__ import annotations

from relint.read.people import find_mentions
from relint.read.release import parse


def people(text):
    release = parse(text, "x.txt")
    return [(m.shape, m.name_text, release.text[m.title.start:m.title.end] if m.title else None,
             release.text[m.honorific.start:m.honorific.end] if m.honorific else None)
            for m in find_mentions(release.prose, [p.span for p in release.paragraphs])]


