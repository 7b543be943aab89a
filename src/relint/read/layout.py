"""How a release's text falls into regions: blocks and paragraphs; the release line, headline and
subheadline above the dateline; the body; About sections, forward-looking statements, the media
contact, the end mark; and what a republishing site appended (the tail)."""

from __future__ import annotations

import regex

from .. import lazyre
from ..model import Span
from .dateline import parse_dateline
from .furniture import PHONE_NUMBER
from .regions import About, Paragraph
from .sentences import quotes, sentences

# A blank run starts at a line break (the white space before it ends the line above, and is trimmed
# with it): a pattern that starts with a line break is scanned for quickly.
_BLANK_RUN = lazyre.compile(r"(?:\r\n|\n|\r)(?:[ \t\u00a0\u200b\ufeff]*(?:\r\n|\n|\r))+|(?:\r\n|\n|\r)[ \t\u00a0]*(?=(?:\r\n|\n|\r)|\Z)")
_LINE_BREAK = lazyre.compile(r"\r\n|\n|\r")
_RELEASE_LINE = lazyre.compile(
    r"^\s*(?:\*\*)?(?:FOR IMMEDIATE RELEASE|For Immediate Release|FOR RELEASE\b.*|EMBARGO(?:ED)?\b.*|Embargo(?:ed)?\b.*)(?:\*\*)?\s*$"
)
_ABOUT_HEADING = lazyre.compile(
    r"^(?P<lead>[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*|__)?)(?P<word>About|ABOUT)[ \t]+(?P<name>(?:the[ \t]+)?[\p{Lu}\p{N}“\"'][^\n]{0,118}?)[ \t]*(?P<colon>:)?(?:\*\*|__)?[ \t]*$"
)
_ABOUT_INLINE = lazyre.compile(
    r"^(?P<lead>[ \t]*(?:\*\*|__)?)(?P<word>About|ABOUT)[ \t]+(?P<name>(?:the[ \t]+)?\p{Lu}[^\n:]{1,100}?)(?:\*\*|__)?(?P<colon>:|[ \t]+(?:--|—|–)[ \t]+)"
)
_ABOUT_REPEAT = lazyre.compile(
    r"^(?P<lead>[ \t]*(?:\*\*|__)?)(?P<word>About|ABOUT)[ \t]+(?P<name>(?P<first>\p{Lu}[\w&.-]*)(?:[ \t]+[\p{Lu}&][\w&.,-]*){0,6}?)"
    r"(?:\*\*|__)?(?P<colon>)[ \t]+(?=(?P=first)\b)"
)
# "About Golden Matrix GroupGolden Matrix Group, based in ...": a heading squashed into its text.
_ABOUT_SQUASHED = lazyre.compile(
    r"^(?P<lead>[ \t]*(?:\*\*|__)?)(?P<word>About|ABOUT)[ \t]+(?P<name>\p{Lu}[^\n]{2,60}?)(?P<colon>)(?=(?P=name))"
)
_CONTACT_HEADING = lazyre.compile(
    r"^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*|__)?(?:(?:Media|Press|Investor|Company|Public Relations|PR|News)[ \t]+(?:and[ \t]+\w+[ \t]+)?)?"
    r"(?:Contacts?|Contact Information|Contact Details|Inquiries|Enquiries|Relations Contacts?)(?:[ \t]+(?:Information|Details))?[ \t]*(?:\*\*|__)?[ \t]*:?",
    regex.I,
)
_FORWARD_LOOKING = lazyre.compile(
    r"^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*|__)?(?:(?:Cautionary|Special)[ \t]+(?:Note|Statement)[ \t]+(?:Regarding|Concerning|About)[ \t]+)?"
    r"(?:Forward[- ]Looking[ \t]+(?:Statements?|Information)|Safe[ \t]+Harbou?r(?:[ \t]+Statement)?)\b"
    r"|^[ \t]*(?:This|Certain)[ \t]+(?:[\w-]+[ \t]+){0,6}(?:contains?|includes?|are|may[ \t]+be)[ \t]+(?:[\w-]+[ \t]+){0,4}forward-looking",
    regex.I,
)
_END_MARK = lazyre.compile(r"^[ \t]*(?:###|# # #|-30-|- 30 -|–30–|—30—)[ \t]*$")
_TAIL_START = lazyre.compile(
    r"^[ \t]*(?:The post .{1,400} appeared first on\b|\[Original/Source Press Release\]|\[Newsramp\.com TLDR\]"
    r"|Pickup - |\[Reddit Post\]|!\[Blockchain Registration\])",
    regex.S | regex.M,
)
_THEMATIC_BREAK = lazyre.compile(r"^[ \t]{0,3}(?:-[ \t]*){3,}$|^[ \t]{0,3}(?:\*[ \t]*){3,}$|^[ \t]{0,3}(?:_[ \t]*){3,}$")
_MD_HEADING = lazyre.compile(r"^[ \t]{0,3}#{1,6}[ \t]+\S")
# A run of two or more spaces that some wires use instead of a paragraph break on one long line.
_SOFT_BREAK = lazyre.compile(r"(?<=[.!?:\"”)’]|[\p{Ll}\p{Lu}\d®™])[ \t\u00a0]{2,}(?=[\p{Lu}\"“(\d])")
_ABBREVIATION_END = lazyre.compile(r"\b(?:Inc|Ltd|Co|Corp|Jr|Sr|U\.S|St)\.$")
_EMPHASISED_LINE = lazyre.compile(r"(\*\*|__|\*|_).+\1")


def split_blocks(prose: str, start: int) -> list[Span]:
    """Split the prose into blocks: runs of non-blank lines, then paragraphs within them."""
    blocks: list[Span] = []
    pos = start
    for m in _BLANK_RUN.finditer(prose, start):
        _add_block(prose, pos, m.start(), blocks)
        pos = m.end()
    _add_block(prose, pos, len(prose), blocks)
    return blocks


def _add_block(prose: str, start: int, end: int, blocks: list[Span]) -> None:
    lines = _trimmed_lines(prose, start, end)
    if not lines:
        return
    # Long lines each ending a sentence are paragraphs of their own (seed drafts, CMS exports);
    # short hard-wrapped lines belong together.
    longest = max(e - s for s, e in lines)
    if len(lines) > 1 and (longest > 100 or _each_line_is_structural(prose, lines)):
        groups = [[line] for line in lines]
    else:
        groups = [lines]
    for group in groups:
        span = Span(group[0][0], group[-1][1])
        blocks.extend(_soft_paragraphs(prose, span))


def _trimmed_lines(prose: str, start: int, end: int) -> list[tuple[int, int]]:
    lines = []
    pos = start
    for m in _LINE_BREAK.finditer(prose, start, end):
        lines.append((pos, m.start()))
        pos = m.end()
    lines.append((pos, end))
    trimmed = []
    for s, e in lines:
        segment = prose[s:e]
        stripped = segment.strip(" \t\u00a0\u200b\ufeff")
        if not stripped:
            continue
        lead = len(segment) - len(segment.lstrip(" \t\u00a0\u200b\ufeff"))
        trimmed.append((s + lead, s + lead + len(stripped)))
    return trimmed


def _each_line_is_structural(prose: str, lines) -> bool:
    """Headings, list items and end marks stand on their own lines even when short."""
    return any(
        _END_MARK.match(prose[s:e]) or _THEMATIC_BREAK.match(prose[s:e]) or _ABOUT_HEADING.match(prose[s:e])
        or _CONTACT_HEADING.fullmatch(prose[s:e].strip())
        for s, e in lines
    )


def _soft_paragraphs(prose: str, span: Span) -> list[Span]:
    """Split a very long line on runs of spaces that stand in for paragraph breaks."""
    if len(span) < 600:
        return [span]
    cuts = [m for m in _SOFT_BREAK.finditer(prose, span.start, span.end)]
    if len(cuts) < 2:
        return [span]
    pieces = []
    pos = span.start
    for m in cuts:
        pieces.append(Span(pos, m.start()))
        pos = m.end()
    pieces.append(Span(pos, span.end))
    return [p for p in pieces if len(p)]


def _line_of(prose: str, span: Span) -> str:
    return prose[span.start : span.end]


def find_regions(release, blocks: list[Span]) -> None:
    prose = release.prose
    text = release.text
    tail_index = _find_tail(text, blocks)
    if tail_index is not None:
        release.tail = Span(_tail_start(text, blocks[tail_index].start), len(text))
        blocks = blocks[:tail_index]
    index = 0
    # Release line, headline and subheadline come before the dateline paragraph.
    index = _top_matter(release, blocks, index)
    paragraphs: list[Paragraph] = []
    section = "body"
    abouts: list[About] = []
    about_heading: Span | None = None
    about_name: Span | None = None
    about_paras: list[Span] = []

    def close_about() -> None:
        nonlocal about_heading, about_paras, about_name
        if about_heading is not None:
            body = Span(about_paras[0].start, about_paras[-1].end) if about_paras else None
            abouts.append(About(about_heading, about_name or about_heading, body, tuple(about_paras)))
        about_heading, about_paras, about_name = None, [], None

    seen_body = False
    for block in blocks[index:]:
        line = _line_of(prose, block)
        if _END_MARK.match(line):
            close_about()
            if release.end_mark is None:
                release.end_mark = block
            section = "other"
            continue
        if _THEMATIC_BREAK.match(line) or not line.strip():
            continue
        if release.dateline is None and not seen_body and section == "body":
            release.dateline = parse_dateline(prose, block.start, block.end)
        repeat = (_ABOUT_REPEAT.match(line) or _ABOUT_SQUASHED.match(line)) if seen_body else None
        heading = _ABOUT_HEADING.match(line) if seen_body and not repeat and not _ends_sentence(line) else None
        inline = (repeat or _ABOUT_INLINE.match(line)) if seen_body and not heading else None
        if heading or inline:
            close_about()
            m = heading or inline
            section = "about"
            name = Span(block.start + m.start("name"), block.start + m.end("name"))
            if heading:
                about_heading = Span(block.start + m.start("word"), block.end)
                about_name = name
                continue
            about_heading = _strip_span(prose, Span(block.start + m.start("word"), block.start + m.end()))
            about_name = name
            rest = Span(block.start + m.end(), block.end)
            rest = _strip_span(prose, rest)
            if len(rest):
                about_paras.append(rest)
                paragraphs.append(Paragraph(rest, "about", sentences(prose, rest)))
            continue
        if seen_body and _FORWARD_LOOKING.match(line):
            close_about()
            section = "forward-looking"
            if release.forward_looking is None:
                release.forward_looking = block
            else:
                release.forward_looking = Span(release.forward_looking.start, block.end)
        elif seen_body and _CONTACT_HEADING.match(line) and _is_contact_block(line):
            close_about()
            section = "contact"
            release.contact = block if release.contact is None else Span(release.contact.start, block.end)
        elif section == "forward-looking":
            release.forward_looking = Span(release.forward_looking.start, block.end)
        elif section == "contact":
            release.contact = Span(release.contact.start, block.end)
        elif section == "about":
            about_paras.append(block)
        seen_body = True
        paragraphs.append(Paragraph(block, section, sentences(prose, block)))
    close_about()
    release.paragraphs = tuple(paragraphs)
    release.abouts = tuple(abouts)
    release.quotes = tuple(quotes(prose, paragraphs))


_COMPANY_END = lazyre.compile(r"\b(?:Inc|Ltd|Co|Corp|LLC|L\.P|S\.A|N\.V|P\.C|PLC|GmbH|AG|Jr|Sr)\.\)?$")


def _ends_sentence(line: str) -> bool:
    """ "About Acme Inc." is a heading; "About 40 people came." is a sentence."""
    stripped = line.rstrip(" \t*_")
    return stripped.endswith((".", "!", "?")) and not _COMPANY_END.search(stripped)


def _strip_span(prose: str, span: Span) -> Span:
    segment = prose[span.start : span.end]
    lead = len(segment) - len(segment.lstrip())
    trail = len(segment) - len(segment.rstrip())
    return Span(span.start + lead, max(span.start + lead, span.end - trail))


def _is_contact_block(line: str) -> bool:
    # "Contact us today to learn more." is a sentence, not a contact heading.
    m = _CONTACT_HEADING.match(line)
    rest = line[m.end():].strip()
    if rest[:1].isupper() and not line[m.end():m.end() + 1].isspace():
        return True  # "Contact DetailsJane Doe": a heading run into its text by a republisher
    if not rest or line[: m.end()].rstrip().endswith(":"):
        return True
    return len(line) < 300 and ("@" in rest or PHONE_NUMBER.search(rest) is not None)


def _find_tail(text: str, blocks: list[Span]) -> int | None:
    """Where a republishing site's appendix starts; read from the raw text, links included."""
    prose = text
    for i, block in enumerate(blocks):
        if i == 0:
            continue
        if _TAIL_START.match(prose, _line_start(prose, block.start)):
            # A rule ("---") right before the republication links belongs to the tail.
            while i > 1 and _THEMATIC_BREAK.match(_line_of(prose, blocks[i - 1])):
                i -= 1
            return i
        if _THEMATIC_BREAK.match(_line_of(prose, block)) and i + 1 < len(blocks) and _TAIL_START.match(
            prose, _line_start(prose, blocks[i + 1].start)
        ):
            return i
    return None


_RULE_ABOVE = lazyre.compile(r"(?:^[ \t]{0,3}(?:-[ \t]*){3,}[ \t]*(?:\r\n|\n|\r)(?:[ \t]*(?:\r\n|\n|\r))*)\Z", regex.M)


def _tail_start(text: str, block_start: int) -> int:
    """The tail starts at the line of its first block, or at a "---" rule right above it."""
    start = _line_start(text, block_start)
    above = _RULE_ABOVE.search(text, max(0, start - 400), start)
    return above.start() if above else start


def _top_matter(release, blocks: list[Span], index: int) -> int:
    prose = release.prose
    text = release.text
    for _ in range(2):
        if index < len(blocks) and _RELEASE_LINE.match(_line_of(prose, blocks[index])):
            release.release_line = blocks[index]
            index += 1
    if index >= len(blocks):
        return index
    first = blocks[index]
    first_line = _line_of(prose, first)
    raw_first = text[_line_start(text, first.start) : first.end]
    is_md_heading = bool(_MD_HEADING.match(raw_first))
    if is_md_heading or _looks_like_headline(prose, first, blocks[index + 1 :]):
        release.headline = _strip_span(prose, first)
        index += 1
        if index < len(blocks) and _RELEASE_LINE.match(_line_of(prose, blocks[index])):
            release.release_line = blocks[index]
            index += 1
        if index < len(blocks) and _looks_like_subheadline(release, blocks[index], blocks[index + 1 :]):
            release.subheadline = _strip_span(prose, blocks[index])
            index += 1
    elif first_line and _RELEASE_LINE.match(first_line):
        release.release_line = first
        index += 1
    # Images and empty blocks between the headline and the dateline are not body text.
    while index < len(blocks) and not prose[blocks[index].start : blocks[index].end].strip():
        index += 1
    return index


def _line_start(text: str, offset: int) -> int:
    return max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset)) + 1


def _looks_like_headline(prose: str, block: Span, rest: list[Span]) -> bool:
    line = _line_of(prose, block)
    if not rest or "\n" in line or "\r" in line:
        return False
    if len(line) > 250 or parse_dateline(prose, block.start) is not None:
        return False
    if line.rstrip().endswith((",", ";")):
        return False
    if line.rstrip().endswith(".") and not _ABBREVIATION_END.search(line.rstrip()):
        # "Acme Opens a Plant." is a headline with a stray period when title case and a dateline follow.
        words = line.split()
        capitals = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
        if not (len(words) <= 20 and capitals >= 0.6 * len(words) and parse_dateline(prose, rest[0].start, rest[0].end)):
            return False
    words = line.split()
    capitals = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    return len(words) >= 2 and capitals >= 2


def _looks_like_subheadline(release, block: Span, rest: list[Span]) -> bool:
    prose, text = release.prose, release.text
    line = _line_of(prose, block).strip()
    if not rest or not line or len(line) > 300 or parse_dateline(prose, block.start) is not None:
        return False
    raw = text[_line_start(text, block.start) : block.end].strip()
    if _MD_HEADING.match(raw) or _EMPHASISED_LINE.fullmatch(raw):
        return True
    # A short line without a final period, followed by the dateline paragraph.
    return (
        len(line) <= 400
        and not line.endswith((".", ":"))
        and parse_dateline(prose, rest[0].start, rest[0].end) is not None
    )
