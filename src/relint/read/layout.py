"""How a release's text falls into regions: blocks and paragraphs; the release line, headline and
subheadline above the dateline; the body; About sections, forward-looking statements, the media
contact, the end mark; and what a republishing site appended (the tail)."""

from __future__ import annotations

import bisect
import dataclasses

import regex

from .. import lazyre
from ..model import Span
from .dateline import parse_dateline
from .furniture import PHONE_NUMBER
from .markup import EMAIL
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
    r"^(?P<lead>[ \t]*(?:\*\*|__)?)(?P<word>About|ABOUT)[ \t]+(?P<name>(?:the[ \t]+)?\p{Lu}(?:[^\n:(]|\([^()\n]*\)){1,100}?)(?:\*\*|__)?(?P<colon>:|[ \t]+(?:--|—|–)[ \t]+)"
)
_ABOUT_REPEAT = lazyre.compile(
    r"^(?P<lead>[ \t]*(?:\*\*|__)?)(?P<word>About|ABOUT)[ \t]+(?P<name>(?P<first>\p{Lu}[\w&.-]*)(?:[ \t]+[\p{Lu}&][\w&.,-]*){0,6}?)"
    r"(?:\*\*|__)?(?P<colon>)[ \t]+(?=(?P=first)\b)"
)
# "About Golden Matrix GroupGolden Matrix Group, based in ...": a heading squashed into its text.
_ABOUT_SQUASHED = lazyre.compile(
    r"^(?P<lead>[ \t]*(?:\*\*|__)?)(?P<word>About|ABOUT)[ \t]+(?P<name>\p{Lu}[^\n]{2,60}?)(?P<colon>)(?=(?P=name))"
)
# "ABOUT ACME ROBOTICS Founded in 2010, ...", "**About Acme Robotics** Acme makes ...": a heading in
# capitals or in emphasis, run into its first sentence.
_ABOUT_GLUED = lazyre.compile(
    r"^(?P<lead>[ \t]*)(?P<word>ABOUT)[ \t]+(?P<name>[\p{Lu}\d&'’-][\p{Lu}\d&.,'’-]*(?:[ \t]+[\p{Lu}\d&(][\p{Lu}\d&.,'’()-]*){0,7}?)"
    r"(?P<colon>)[ \t]+(?=\p{Lu}\p{Ll})"
    r"|^(?P<lead>[ \t]*(?:\*\*|__))(?P<word>About|ABOUT)[ \t]+(?P<name>[^*_\n]{1,100}?)(?P<colon>:?)(?:\*\*|__)[ \t]+(?=\S)"
)
_CONTACT_HEADING = lazyre.compile(
    r"^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*|__)?(?:"
    r"(?:(?:Media|Press|Investor|Company|Public Relations|PR|News)[ \t]+(?:and[ \t]+\w+[ \t]+)?)?"
    r"(?:Contacts?|Contact Information|Contact Details|Inquiries|Enquiries|Relations Contacts?)(?:[ \t]+(?:Information|Details|Persons?))?"
    r"|(?:Media|Press|PR)(?:[ \t]+(?:Representatives?|Liaison|Office|Desk|Team))?(?=[ \t]*(?:\*\*|__)?[ \t]*(?::|$))"
    r"|(?:Media|Press|PR)[ \t]+Representatives?"
    r"|For[ \t]+(?:more|further|additional)[ \t]+information(?:[ \t]+(?:about|on)[ \t]+[^,:\n]{1,60})?(?:,?[ \t]+(?:please[ \t]+)?contact)?"
    r"|For[ \t]+(?:all[ \t]+)?(?:media|press|investor|news)[ \t]+(?:inquiries|enquiries|queries|information|requests)(?:,?[ \t]+(?:please[ \t]+)?contact)?"
    r")[ \t]*(?:\*\*|__)?[ \t]*:?",
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
# A template field a CMS left unfilled: [%headline], {{ page.title }}, {% title %}, #post_title.
_TEMPLATE_TOKEN = lazyre.compile(
    r"\[%[ \t]*[\w.-]+[ \t]*%?\]|\{\{[ \t]*[\w.|: -]+[ \t]*\}\}|\{%[ \t]*[\w.|: -]+[ \t]*%\}"
    r"|#(?:post|page|entry|article|site|news|item)_[a-z_]+|%%[\w.-]+%%"
)
_UNDERLINE = lazyre.compile(r"={3,}|-{3,}")
_SETEXT_BELOW = lazyre.compile(r"[ \t]*(?:\r\n|\n|\r)[ \t]{0,3}(?:=+|-+)[ \t]*(?:\r\n|\n|\r|\Z)")
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
    # A setext underline ("====", "----" in plain text) ends the heading above it and is no text.
    if any(_UNDERLINE.fullmatch(prose, s, e) for s, e in lines):
        group: list[tuple[int, int]] = []
        for s, e in lines:
            if _UNDERLINE.fullmatch(prose, s, e):
                if group:
                    _add_block(prose, group[0][0], group[-1][1], blocks)
                group = []
            else:
                group.append((s, e))
        if group:
            _add_block(prose, group[0][0], group[-1][1], blocks)
        return
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
    # A page saved from the web opens and closes with its navigation: no part of the release.
    first, last = 0, len(blocks)
    while first < last and _is_chrome(text, blocks[first]):
        first += 1
    while last > first and _is_chrome(text, blocks[last - 1]):
        last -= 1
    blocks = blocks[first:last]
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
            release.dateline = _unmarked(release, parse_dateline(prose, block.start, block.end))
        repeat = (_ABOUT_REPEAT.match(line) or _ABOUT_SQUASHED.match(line)) if seen_body else None
        heading = _ABOUT_HEADING.match(line) if seen_body and not repeat and not _ends_sentence(line) else None
        inline = (repeat or _ABOUT_GLUED.match(line) or _ABOUT_INLINE.match(line)) if seen_body and not heading else None
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
        elif seen_body and _CONTACT_HEADING.match(line) and _is_contact_block(line, _following(prose, blocks, block)):
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


def _unmarked(release, dateline):
    """The dateline with its dash clear of the markup around it: in "**AKRON, Ohio** -- Text" the
    dash is " -- ", not "** -- ", so that a fix to it leaves the emphasis whole."""
    if dateline is None or dateline.dash is None:
        return dateline
    text, prose = release.text, release.prose
    start, end = dateline.dash.start, dateline.dash.end
    while start < end and text[start] != prose[start]:
        start += 1
    while end > start and text[end - 1] != prose[end - 1]:
        end -= 1
    if (start, end) == (dateline.dash.start, dateline.dash.end):
        return dateline
    return dataclasses.replace(dateline, dash=Span(start, end))


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


def _following(prose: str, blocks: list[Span], block: Span) -> str:
    """The text of the two blocks after ``block`` (where a contact heading's name and address go)."""
    at = bisect.bisect_right([b.start for b in blocks], block.start)
    return " ".join(_line_of(prose, b) for b in blocks[at:at + 2])


def _is_contact_block(line: str, following: str = "") -> bool:
    # "Contact us today to learn more." is a sentence, not a contact heading.
    m = _CONTACT_HEADING.match(line)
    rest = line[m.end():].strip()
    heading = m.group().lstrip(" \t#*_").lower()
    if heading.startswith("for ") or not any(word in heading for word in ("contact", "inquir", "enquir")):
        # "For more information: visit ...", "Press: ...": a contact only with an address in it or
        # right under it
        text = (rest or following)[:600]
        return EMAIL.search(text) is not None or PHONE_NUMBER.search(text) is not None
    if rest[:1].isupper() and not line[m.end():m.end() + 1].isspace():
        return True  # "Contact DetailsJane Doe": a heading run into its text by a republisher
    if not rest or line[: m.end()].rstrip().endswith(":"):
        return True
    return len(line) < 300 and ("@" in rest or PHONE_NUMBER.search(rest) is not None)


# Page chrome: a block of links and nothing else ("[Home](/) | [News](/news)", a list of links), or of
# navigation words ("Home / About / Contact").
_LINK_ITEM = lazyre.compile(r"[ \t]*(?:[-*+•][ \t]+)?\[[^\]\n]*\]\([^)\n]*\)[ \t]*(?:[|/•·–-][ \t]*)?(?:\r\n|\n|\r)?")
_NAV_WORDS = frozenset(
    "home|about|about us|contact|contact us|news|newsroom|blog|products|services|solutions|careers|events"
    "|login|log in|sign in|sign up|register|search|menu|privacy|privacy policy|terms|terms of use"
    "|terms of service|cookies|cookie policy|sitemap|faq|help|support|press|press releases|media"
    "|english|español|français|deutsch|italiano|português|中文|日本語|한국어".split("|")
)
_NAV_SEPARATOR = lazyre.compile(r"[ \t]+[|/•·][ \t]+|[ \t]*[|•·][ \t]*")


def _is_chrome(text: str, block: Span) -> bool:
    line_end = text.find("\n", block.end)
    segment = text[_line_start(text, block.start):len(text) if line_end < 0 else line_end]
    if "@" in segment or PHONE_NUMBER.search(segment):
        return False  # a contact written as links is still the contact
    links, pos = 0, 0
    while pos < len(segment):
        m = _LINK_ITEM.match(segment, pos)
        if m is None or m.end() == pos:
            break
        links, pos = links + 1, m.end()
    if pos >= len(segment.rstrip()) and (links >= 2 or (links and segment.lstrip()[:1] in "-*+•")):
        return True  # two links and nothing else, or a list item that is a link
    items = [item.strip().lower() for item in _NAV_SEPARATOR.split(segment.strip())]
    return len(items) >= 3 and all(item in _NAV_WORDS for item in items)


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
    templates = []
    while index < len(blocks) and _TEMPLATE_TOKEN.fullmatch(_line_of(prose, blocks[index]).strip()):
        templates.append(blocks[index])  # "[%headline]": a CMS field never filled, not a headline
        index += 1
    release.templates = tuple(templates)
    if index >= len(blocks):
        return index
    first = blocks[index]
    first_line = _line_of(prose, first)
    raw_first = text[_line_start(text, first.start) : first.end]
    is_md_heading = bool(_MD_HEADING.match(raw_first) or _SETEXT_BELOW.match(text, first.end))
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
    if not rest or not line or len(line) > 300:
        return False
    own = parse_dateline(prose, block.start, block.end)
    if own is not None:
        # A distributor's header ("INNISFIL, ON / PR Karma / August 27, 2024 10:11", "--News Direct--")
        # standing alone above the release's own dateline: the release's is the dateline.
        return own.span.end >= block.end and parse_dateline(prose, rest[0].start, rest[0].end) is not None
    raw = text[_line_start(text, block.start) : block.end].strip()
    if _MD_HEADING.match(raw) or _EMPHASISED_LINE.fullmatch(raw) or raw.startswith(">"):
        return True  # a heading, an emphasised line or a blockquote under the headline
    # A short line, or a one-sentence summary, followed by the dateline paragraph (one with a date
    # or a wire tag, when the line reads as a sentence: a lead may be followed by "ACME — ...").
    if len(line) > 400 or "\n" in line or "\r" in line or line.endswith(":"):
        return False
    dateline = parse_dateline(prose, rest[0].start, rest[0].end)
    if dateline is None:
        return False
    if not line.endswith((".", "!", "?")):
        return True
    return (dateline.date is not None or dateline.wire is not None) and len(sentences(prose, block)) == 1
