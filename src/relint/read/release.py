"""Parse a draft once into a Release: every region of a press release with its exact offsets.

A Release keeps the text exactly as decoded (line breaks and tabs included, BOM removed) and a
*prose* view of the same length in which Markdown markup is blanked out. Every region is a Span
into both. Rules read ``release.prose`` and report spans; the engine maps spans to lines and
columns of the original file.

Regions, in reading order:

    front matter   --- YAML ---
    release line   FOR IMMEDIATE RELEASE / EMBARGOED UNTIL ...
    headline       "# Title" in Markdown; a short first line in plain text
    subheadline    a heading or a short emphasised line between headline and dateline
    dateline       the start of the first body paragraph: "Shanghai, China, November 24, 2020 — "
    body           paragraphs, sentences, quotations with their speakers
    about          "About Acme" sections (heading with or without a colon, then paragraphs)
    forward-looking statements, media contact, end mark (### or -30-)
    tail           what a republishing site appended ("The post ... appeared first on", "---" links)
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import regex
import yaml

from .. import lazyre
from .dateline import Dateline, parse_dateline
from .furniture import PHONE_NUMBER
from .markup import mask_markdown, protected_spans
from ..model import Span
from .positions import LineIndex

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")

# Section scopes a rule may restrict itself to.
SCOPES = (
    "text", "headline", "subheadline", "release-line", "dateline", "lead", "body", "quotes",
    "about", "forward-looking", "contact", "prose",
)


@dataclass(frozen=True)
class Paragraph:
    span: Span
    section: str  # body | about | forward-looking | contact | other
    sentences: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Quote:
    """A quotation: ``span`` includes the marks, ``inner`` does not; ``speaker`` when attributed."""

    span: Span
    inner: Span
    speaker: Span | None = None


@dataclass(frozen=True)
class About:
    heading: Span
    name: Span           # "MicroPort Institute of Health (MIH)" in "About MicroPort Institute of Health (MIH)"
    body: Span | None    # the boilerplate text under the heading
    paragraphs: tuple[Span, ...] = ()


@dataclass(frozen=True)
class FrontMatterError:
    message: str
    span: Span


@dataclass
class Release:
    """One press release, parsed once. Treat as read-only: rules must not change it."""

    path: str
    text: str
    markup: str = "text"
    bom: bool = False
    prose: str = ""
    masked: tuple[Span, ...] = ()
    protected: tuple[Span, ...] = ()
    front_matter: dict[str, Any] = field(default_factory=dict)
    front_matter_span: Span | None = None
    front_matter_error: FrontMatterError | None = None
    release_line: Span | None = None
    headline: Span | None = None
    subheadline: Span | None = None
    dateline: Dateline | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    quotes: tuple[Quote, ...] = ()
    abouts: tuple[About, ...] = ()
    forward_looking: Span | None = None
    contact: Span | None = None
    end_mark: Span | None = None
    tail: Span | None = None
    structured: bool = True
    # Derived views that several rules read (people, marked terms): computed once per release.
    memo: dict = field(default_factory=dict, compare=False, repr=False)

    def derived(self, key, compute):
        """A value computed from this release once and shared by the rules that read it."""
        if key not in self.memo:
            self.memo[key] = compute()
        return self.memo[key]

    @cached_property
    def lines(self) -> LineIndex:
        return LineIndex(self.text)

    @cached_property
    def words(self) -> frozenset[str]:
        """Every word of the prose, as written: for "is this also written another way?" checks."""
        return frozenset(_WORD.findall(self.prose))

    def __getitem__(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def prose_of(self, span: Span) -> str:
        return self.prose[span.start : span.end]

    @property
    def body(self) -> tuple[Paragraph, ...]:
        return tuple(p for p in self.paragraphs if p.section == "body")

    @property
    def lead(self) -> Paragraph | None:
        body = self.body
        return body[0] if body else None

    @cached_property
    def sentences(self) -> tuple[Span, ...]:
        return tuple(s for p in self.paragraphs for s in p.sentences)

    def scope(self, name: str) -> tuple[Span, ...]:
        """The spans that make up a named scope (see SCOPES)."""
        if name == "text":
            return (Span(0, len(self.text)),)
        if name == "prose":
            spans = [s for s in (self.headline, self.subheadline) if s]
            return tuple(spans + [p.span for p in self.paragraphs])
        if name == "headline":
            return (self.headline,) if self.headline else ()
        if name == "subheadline":
            return (self.subheadline,) if self.subheadline else ()
        if name == "release-line":
            return (self.release_line,) if self.release_line else ()
        if name == "dateline":
            return (self.dateline.span,) if self.dateline else ()
        if name == "lead":
            return (self.lead.span,) if self.lead else ()
        if name == "body":
            return tuple(p.span for p in self.body)
        if name == "quotes":
            return tuple(q.inner for q in self.quotes)
        if name == "about":
            return tuple(s for a in self.abouts for s in (a.heading, *a.paragraphs))
        if name == "forward-looking":
            return (self.forward_looking,) if self.forward_looking else ()
        if name == "contact":
            return (self.contact,) if self.contact else ()
        raise KeyError(name)

    def in_quote(self, span: Span) -> bool:
        return self.derived("quote-index", lambda: SpanIndex([q.inner for q in self.quotes])).contains(span)

    def is_protected(self, span: Span) -> bool:
        """True when ``span`` touches a URL, an e-mail address or masked markup."""
        index = self.derived("protected-index", lambda: SpanIndex([*self.protected, *self.masked]))
        return index.overlaps(span)


class SpanIndex:
    """Sorted spans answering "does any contain / overlap this span?" in logarithmic time."""

    def __init__(self, spans):
        self.spans = sorted(spans)
        self.starts = [s.start for s in self.spans]
        # The longest span ending so far bounds how far back a containing span can start.
        self.max_end = []
        furthest = -1
        for s in self.spans:
            furthest = max(furthest, s.end)
            self.max_end.append(furthest)

    def contains(self, span: Span) -> bool:
        """Some span s with s.start <= span.start and span.end <= s.end."""
        i = bisect.bisect_right(self.starts, span.start) - 1
        while i >= 0 and self.max_end[i] >= span.end:
            if self.spans[i].contains(span):
                return True
            i -= 1
        return False

    def overlaps(self, span: Span) -> bool:
        """Some span s with s.start < span.end and span.start < s.end (Span.overlaps)."""
        i = bisect.bisect_left(self.starts, span.end) - 1
        while i >= 0 and self.max_end[i] > span.start:
            if self.spans[i].overlaps(span):
                return True
            i -= 1
        return False


# --------------------------------------------------------------------------- parsing

_FRONT_MATTER = lazyre.compile(r"\A---[ \t]*\r?\n(.*?)(?:\r?\n)?^(?:---|\.\.\.)[ \t]*$(?:\r?\n)?", regex.M | regex.S)
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
_NOT_LINE_BREAK = lazyre.compile(r"[^\r\n]")
_ABBREVIATION_END = lazyre.compile(r"\b(?:Inc|Ltd|Co|Corp|Jr|Sr|U\.S|St)\.$")
_SPACES = lazyre.compile(r"\s*")
_DOUBLE_QUOTE = lazyre.compile(r"[\"“”]")
_EMPHASISED_LINE = lazyre.compile(r"(\*\*|__|\*|_).+\1")
_INITIALS = lazyre.compile(r"(?:\w\.)+\w")
_WORD = lazyre.compile(r"[\w'’-]+")


def parse(text: str, path: str = "<text>", *, markup: str | None = None, bom: bool = False,
          structure: bool = True) -> Release:
    """Parse decoded ``text`` into a Release. Never raises on odd input.

    With ``structure=False`` only the front matter is read (for rules that read the text alone):
    the regions stay empty and ``release.structured`` is False."""
    if markup is None:
        markup = "markdown" if path.lower().endswith(MARKDOWN_SUFFIXES) else "text"
    release = Release(path=path, text=text, markup=markup, bom=bom)
    body_start = _front_matter(release)
    if not structure:
        release.structured = False
        release.prose = text
        return release
    if markup == "markdown":
        prose, masked = mask_markdown(text)
    else:
        prose, masked = text, []
    if release.front_matter_span:
        fm = release.front_matter_span
        prose = prose[: fm.start] + _blank(prose[fm.start : fm.end]) + prose[fm.end :]
        masked = sorted([*masked, fm])
    release.prose = prose
    release.masked = tuple(masked)
    release.protected = tuple(protected_spans(prose))
    blocks = _blocks(prose, body_start)
    _structure(release, blocks)
    return release


def _blank(segment: str) -> str:
    return _NOT_LINE_BREAK.sub(" ", segment)


def _front_matter(release: Release) -> int:
    m = _FRONT_MATTER.match(release.text)
    if not m:
        return 0
    release.front_matter_span = Span(0, m.end())
    try:
        data = yaml.safe_load(m.group(1))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        offset = m.start(1)
        if mark is not None:
            offset = min(m.end(1), m.start(1) + mark.index)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        release.front_matter_error = FrontMatterError(f"front matter is not valid YAML: {problem}", Span(offset, offset))
        return m.end()
    if data is None:
        data = {}
    if not isinstance(data, dict):
        release.front_matter_error = FrontMatterError(
            "front matter must be a mapping of keys to values", Span(m.start(1), m.end(1))
        )
        return m.end()
    release.front_matter = data
    return m.end()


def _blocks(prose: str, start: int) -> list[Span]:
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


def _structure(release: Release, blocks: list[Span]) -> None:
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
                paragraphs.append(Paragraph(rest, "about", _sentences(prose, rest)))
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
        paragraphs.append(Paragraph(block, section, _sentences(prose, block)))
    close_about()
    release.paragraphs = tuple(paragraphs)
    release.abouts = tuple(abouts)
    release.quotes = tuple(_quotes(prose, paragraphs))


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


def _top_matter(release: Release, blocks: list[Span], index: int) -> int:
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


def _looks_like_subheadline(release: Release, block: Span, rest: list[Span]) -> bool:
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


# --------------------------------------------------------------------------- sentences

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st mt ft inc ltd co corp llc plc no nos vs etc al e.g i.e approx dept est
    fig gen gov sen rep hon rev jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n a.m p.m
    ph.d b.a m.a m.d d.c n.y n.j calif fla mass ave blvd rd""".split()
)
# A sentence ends at . ! ? before white space and a capital, or, where a republisher stripped the space,
# between a lowercase word and a capitalised one ("galvanize this sector.Energy Innovation: ...").
_SENTENCE_END = lazyre.compile(r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[\p{Lu}\p{N}])|(?<=\p{Ll}{3})[.!?](?=\p{Lu}\p{Ll})")


def _sentences(prose: str, span: Span) -> tuple[Span, ...]:
    sentences = []
    start = span.start
    for m in _SENTENCE_END.finditer(prose, span.start, span.end):
        if prose[m.start()] == "." and _is_abbreviation(prose, span.start, m.start()):
            continue
        sentences.append(Span(start, m.end()))
        ws = _SPACES.match(prose, m.end(), span.end)
        start = ws.end()
    if start < span.end:
        sentences.append(Span(start, span.end))
    return tuple(s for s in sentences if len(s))


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


def _quotes(prose: str, paragraphs: list[Paragraph]) -> list[Quote]:
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
