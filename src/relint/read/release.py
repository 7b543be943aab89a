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

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import regex
import yaml

from .. import lazyre
from ..model import Span
from .dateline import Dateline
from .layout import find_regions, split_blocks
from .markup import mask_markdown, protected_spans
from .positions import LineIndex
from .regions import About, FrontMatterError, Paragraph, Quote, SpanIndex
from .words import Words

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")

# Section scopes a rule may restrict itself to.
SCOPES = (
    "text", "headline", "subheadline", "release-line", "dateline", "lead", "body", "quotes",
    "about", "forward-looking", "contact", "prose", "templates",
)


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
    templates: tuple[Span, ...] = ()  # unfilled template fields above the headline ("[%headline]")
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
    def words(self) -> Words:
        """The prose's word view: its words as written (``word in release.words``), lowered, as runs
        of letters for a word index (``relint.read.words``)."""
        return Words(self.prose)

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
        if name == "templates":
            return self.templates
        raise KeyError(name)

    def in_quote(self, span: Span) -> bool:
        return self.derived("quote-index", lambda: SpanIndex([q.inner for q in self.quotes])).contains(span)

    def is_protected(self, span: Span) -> bool:
        """True when ``span`` touches a URL, an e-mail address or masked markup."""
        index = self.derived("protected-index", lambda: SpanIndex([*self.protected, *self.masked]))
        return index.overlaps(span)



# --------------------------------------------------------------------------- parsing

_FRONT_MATTER = lazyre.compile(r"\A---[ \t]*\r?\n(.*?)(?:\r?\n)?^(?:---|\.\.\.)[ \t]*$(?:\r?\n)?", regex.M | regex.S)
_NOT_LINE_BREAK = lazyre.compile(r"[^\r\n]")


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
    find_regions(release, split_blocks(prose, body_start))
    if release.headline is None:
        _title_as_headline(release)
    return release


_TITLE = lazyre.compile(r"^title:[ \t]*(?P<q>[\"']?)(?P<value>[^\r\n]*?)(?P=q)[ \t]*$", regex.M)


def _title_as_headline(release: Release) -> None:
    """A front matter ``title:`` is the headline of a release whose body has none."""
    title = release.front_matter.get("title")
    span = release.front_matter_span
    if not isinstance(title, str) or not title.strip() or span is None:
        return
    m = _TITLE.search(release.text, 0, span.end)
    if m is None or m.group("value") != title:
        return  # a folded or escaped title: its text is not written as it reads
    release.headline = Span(m.start("value"), m.end("value"))
    prose = release.prose
    release.prose = prose[: m.start("value")] + title + prose[m.end("value"):]


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
