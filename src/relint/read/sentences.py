"""A paragraph's sentences, and its quotations with their speakers."""

from __future__ import annotations

from .. import lazyre
from ..model import Span
from .regions import Paragraph, Quote

_SPACES = lazyre.compile(r"\s*")
_DOUBLE_QUOTE = lazyre.compile(r"[\"“”]")
_INITIALS = lazyre.compile(r"(?:\w\.)+\w")

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st mt ft inc ltd co corp llc plc no nos vs etc al e.g i.e approx dept est
    fig gen gov sen rep hon rev jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n a.m p.m
    ph.d b.a m.a m.d d.c n.y n.j calif fla mass ave blvd rd ste
    ala ariz ark colo conn del ga ill ind kan ky la md mich minn miss mo mont neb nev n.h n.m n.c n.d
    okla ore pa r.i s.c s.d tenn vt va wash w.va wis wyo""".split()
)
# Words that open a sentence and hardly ever follow an abbreviation inside one: after "D.C." or
# "Inc.", "The plant opened" starts a new sentence; "Food and Drug Administration" does not.
_SENTENCE_STARTERS = frozenset(
    """the this that these those it its we our they their she i in on at for as with
    today yesterday tomorrow now also additionally however meanwhile moreover furthermore founded
    based headquartered a an according""".split()
)
# Abbreviations that go before a name or a figure and so never end a sentence ("Dr. He Xiang").
_NEVER_LAST = frozenset("mr mrs ms dr prof sr jr st mt ft gen gov sen rep hon rev no nos vs e.g i.e fig approx est dept ste".split())
_NEXT_WORD = lazyre.compile(r"[\"”’')\]]*\s+[\"“‘(\[]?(\p{L}+)")
# A sentence ends at . ! ? before white space and a capital, or, where a republisher stripped the space,
# between a lowercase word and a capitalised one ("galvanize this sector.Energy Innovation: ...").
_SENTENCE_END = lazyre.compile(r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[\p{Lu}\p{N}])|(?<=\p{Ll}{3})[.!?](?=\p{Lu}\p{Ll})")


# "KEY HIGHLIGHTS: The plant ...": a run-in heading in capitals is no part of the first sentence.
_RUN_IN_HEADING = lazyre.compile(r"[\p{Lu}\d][\p{Lu}\d&/'’ -]{2,60}:(?=\s+[\"“]?\p{Lu})")


def sentences(prose: str, span: Span) -> tuple[Span, ...]:
    sentences = []
    start = span.start
    heading = _RUN_IN_HEADING.match(prose, span.start, span.end)
    if heading is not None and sum(c.isalpha() for c in heading.group()) >= 3:
        sentences.append(Span(span.start, heading.end()))
        start = _SPACES.match(prose, heading.end(), span.end).end()
    for m in _SENTENCE_END.finditer(prose, start, span.end):
        if prose[m.start()] == "." and _is_abbreviation(prose, span.start, m.start()) and not _starts_sentence(
            prose, m.start() + 1, span.end
        ):
            continue
        sentences.append(Span(start, m.end()))
        ws = _SPACES.match(prose, m.end(), span.end)
        start = ws.end()
    if start < span.end:
        sentences.append(Span(start, span.end))
    return tuple(s for s in sentences if len(s))


def _starts_sentence(prose: str, at: int, end: int) -> bool:
    word_start = at - 1
    while word_start > 0 and not prose[word_start - 1].isspace() and prose[word_start - 1] not in "(\"“":
        word_start -= 1
    if prose[word_start:at - 1].lower() in _NEVER_LAST:
        return False
    m = _NEXT_WORD.match(prose, at, end)
    return m is not None and m.group(1).lower() in _SENTENCE_STARTERS and m.group(1)[0].isupper()


def _is_abbreviation(prose: str, floor: int, dot: int) -> bool:
    word_start = dot
    while word_start > floor and not prose[word_start - 1].isspace() and prose[word_start - 1] not in "(\"“":
        word_start -= 1
    word = prose[word_start:dot].lower()
    if word in _ABBREVIATIONS:
        return True
    # Initials: "Mark D. VanCleave", "U.S."
    return len(word) == 1 and word.isalpha() or _INITIALS.fullmatch(word) is not None


# --------------------------------------------------------------------------- quotations

_SAID = r"(?:said|says|added|adds|noted|notes|commented|comments|explained|explains|stated|states|remarked|continued|concluded|shared|emphasized|emphasised|observed|according to)"
_NAME = r"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){0,3}"
_SPEAKER_AFTER = lazyre.compile(rf"\A[,.!?]?[\"”]?\s*(?:{_SAID}\s+(?P<name>{_NAME})|(?P<name>{_NAME})\s+{_SAID}\b)")
_SPEAKER_BEFORE = lazyre.compile(rf"(?:(?P<name>{_NAME}),?(?:\s+[^\"“”.]{{0,120}})?\s+{_SAID}|(?i:according to)\s+(?P<name>{_NAME})[^\"“”.]{{0,120}}?)[,:]?\s*\Z")


def quotes(prose: str, paragraphs: list[Paragraph]) -> list[Quote]:
    quotes = []
    for paragraph in paragraphs:
        for start, end in _quote_pairs(prose, paragraph.span):
            span = Span(start, end)
            inner_end = end - 1 if prose[end - 1] in "\"”" else end
            inner = Span(start + 1, max(start + 1, inner_end))
            quotes.append(Quote(span, inner, _speaker(prose, paragraph.span, span)))
    return quotes


def _quote_pairs(prose: str, span: Span):
    """Pair opening and closing double quotes in one paragraph; curly quotes may nest."""
    stack: list[int] = []
    straight_open: int | None = None
    for m in _DOUBLE_QUOTE.finditer(prose, span.start, span.end):
        at = m.start()
        mark = m.group()
        if mark == "“":
            stack.append(at)
        elif mark == "”":
            if len(stack) > 1:
                stack.pop()  # a nested quotation closes inside the outer one
            elif stack:
                yield stack.pop(), at + 1
        elif straight_open is None:
            straight_open = at
        else:
            yield straight_open, at + 1
            straight_open = None
    # A quotation left open runs to the end of its paragraph (multi-paragraph quotes).
    for at in stack[:1]:
        yield at, span.end
    if straight_open is not None:
        yield straight_open, span.end


def _speaker(prose: str, paragraph: Span, quote: Span) -> Span | None:
    after = prose[quote.end : min(paragraph.end, quote.end + 160)]
    m = _SPEAKER_AFTER.search(after)
    if m:
        return Span(quote.end + m.start("name"), quote.end + m.end("name"))
    before_start = max(paragraph.start, quote.start - 200)
    before = prose[before_start : quote.start]
    m = _SPEAKER_BEFORE.search(before)
    if m:
        return Span(before_start + m.start("name"), before_start + m.end("name"))
    return None
