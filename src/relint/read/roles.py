"""Formal titles that stand without a name: "named Jane Roe as Chief Marketing Officer", "she served
as Chief Financial Officer at Beta", "Roe, who is Chairman of the Board", "a retired U.S. Navy
Captain", and descriptions written as titles before a name ("said Founder Sam Lee").

AP capitalises a formal title only directly before a name; everywhere else it is lowercase. The
mention finder (``people``) reads titles beside names; this module reads the rest: a title after
a word that introduces a role (as, is, was, became, named, promoted to, the role of, an article),
made of capitalised title words that end on a title's head word, and not followed by a name or by
more capitalised words (then it is part of a longer name: "the Principal Financial Group").
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import lazyre
from ..model import Span
from .headings import heading_line
from .people import NAME, NOT_NAME_WORDS, ORG_BREAK_WORDS, title_cut

# The head words a standalone title ends on. Weaker heads (partner, leader, fellow, lead) name
# programme tiers and awards as often as jobs ("a Premier Partner", "named a Leader in ..."): left out.
_HEADS = (r"(?:Chief[ \t]+\p{Lu}[\p{L}-]*[ \t]+)?Officer|(?:Vice[ \t]+)?President|Director|Chairman|Chairwoman|Chairperson"
          r"|Chair|Manager|Secretary|Treasurer|Dean|Governor|Mayor|Minister|Senator|Commissioner|Superintendent"
          r"|Ambassador|Captain|Counsel|Controller|Comptroller|CEO|CFO|COO|CTO|CMO|CIO|CRO|CSO|CCO|CPO")
_WORD = r"(?:\p{Lu}[\p{L}&'’-]*(?:\.\p{Lu}\.)?|&)"
_LINK = r"(?:of|for|and|&)"
# After the head: "of Sales", "– Sales", ", Global Markets" is a department the title keeps.
_DEPARTMENT = rf"(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?{_WORD}(?:[ \t]+(?:{_LINK}[ \t]+)?{_WORD}){{0,3}}|[ \t]+[–-][ \t]+{_WORD}(?:[ \t]+(?:{_LINK}[ \t]+)?{_WORD}){{0,2}})?"
_TITLE = rf"(?P<title>(?:{_WORD}[ \t]+(?:{_LINK}[ \t]+)?){{0,4}}?(?:{_HEADS})(?![\p{{L}}’']){_DEPARTMENT})"
_INTRO = (r"(?:\b(?:as|is|was|became|becomes|become|remains|remained|named|appointed|promoted[ \t]+to|elevated[ \t]+to"
          r"|role[ \t]+of|position[ \t]+of|post[ \t]+of|title[ \t]+of|serves[ \t]+as|served[ \t]+as)"
          r"(?:[ \t]+(?:the|a|an|its|our|their|his|her))?"
          r"|\b(?:a|an|the|its|our|their|his|her)(?:[ \t]+(?:former|retired|new|interim|acting|current|longtime|founding))?)[ \t]+")
ROLE = lazyre.compile(rf"{_INTRO}{_TITLE}")
# What ends a standalone title: not a name ("as CEO Jane Doe" is a title before a name), not more
# capitalised words, not a possessive; and the title is no award ("named Director of the Year": the
# department group takes "of the Year" into the title, where _AWARD finds it).
_AFTER_NAME = lazyre.compile(rf"[ \t]+(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?[ \t]+)?{NAME}")
_AWARD = lazyre.compile(r"\bof[ \t]+the[ \t]+(?:Year|Month|Decade|Quarter)\b")
_AFTER_BAD = lazyre.compile(r"(?:[’']s?\b|[ \t]+\p{Lu}|[ \t]*\()")
# "said Founder Sam Lee", "Co-Founder Ana Ruiz": a description, not a formal title, before a name.
DESCRIPTION = lazyre.compile(rf"(?<![\p{{L}}&-])(?P<title>(?:Co-?)?[Ff]ounder)(?=[ \t]+{NAME})")


_PART_OF_TITLE = lazyre.compile(r"\b(?:of|and|&)[ \t]+\Z|\b(?:of|and|&)[ \t]+(?=the[ \t])|\p{Lu}\p{L}*[ \t]+to[ \t]+(?=the[ \t])")
_OF_FOR = lazyre.compile(r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?")


def _before_organisation(prose: str, start: int, end: int) -> int:
    """"Board Treasurer for Education Matters Africa Foundation": the title ends before an "of" or
    "for" whose words name an organisation."""
    for m in _OF_FOR.finditer(prose, start, end):
        if any(w.strip(",.") in NOT_NAME_WORDS or w.strip(",.") in ORG_BREAK_WORDS for w in prose[m.end():end].split()):
            return m.start()
    return end


@dataclass(frozen=True)
class Role:
    title: Span
    before_name: bool = False   # a description written as a title before a name


def roles(prose: str, spans: list[Span]) -> list[Role]:
    """Standalone titles and capitalised descriptions in ``spans``, in text order."""
    found: list[Role] = []
    for span in spans:
        chunk = prose[span.start:span.end]
        if not any(h in chunk for h in ("Officer", "President", "Director", "Chair", "Manager", "Secretary", "Founder",
                                        "founder", "Treasurer", "Dean", "Governor", "Mayor", "Minister", "Senator",
                                        "Commissioner", "Superintendent", "Ambassador", "Captain", "Counsel",
                                        "Controller", "Comptroller", "CEO", "CFO", "COO", "CTO", "CMO")):
            continue
        for m in ROLE.finditer(prose, span.start, span.end):
            end = m.end("title")
            if (_AFTER_NAME.match(prose, end) or _AFTER_BAD.match(prose, end) or _AWARD.search(m.group("title"))
                    or heading_line(prose, span, m.start("title"))):
                continue
            if _PART_OF_TITLE.search(prose, max(span.start, m.start() - 12), m.start() + 4):
                continue  # "Chairman of the Board and Chief Executive Officer": the rest of a longer title
            cut, _ = title_cut(prose, m.start("title"), end)  # "Chairman of the Board of Acme": Acme is no title
            cut = _before_organisation(prose, m.start("title"), cut)
            found.append(Role(Span(m.start("title"), cut)))
        for m in DESCRIPTION.finditer(prose, span.start, span.end):
            if m.group("title")[:1].isupper() and not heading_line(prose, span, m.start()):
                start = m.start("title")
                before = prose[span.start:start].rstrip(" \t\u00a0*_")
                if not before or before[-1] in ".!?:;—–-“\"(\n":
                    continue  # a sentence's first word is capitalised anyway
                found.append(Role(Span(start, m.end("title")), True))
    return sorted(found, key=lambda r: r.title.start)
