"""Mask Markdown markup so that rules read prose while every offset stays where it was.

The masked text has exactly the length of the original: markup characters become spaces,
line breaks are kept. Link text and emphasised words stay; URLs, images, code, HTML and
comments go. Bare URLs and e-mail addresses stay visible but are recorded as protected
spans that number and typography rules must not touch.
"""

from __future__ import annotations

import re

from ..model import Span

_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n.*?(?:^[ \t]{0,3}\1[ \t]*$|\Z)", re.M | re.S)
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)|!\[[^\]\n]*\]\[[^\]\n]*\]")
_LINK = re.compile(r"(\[)([^\]\n]*)(\]\((?:[^()\n]|\([^()\n]*\))*\)|\]\[[^\]\n]*\])")
_LINK_DEFINITION = re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S+[^\n]*$", re.M)
_AUTOLINK = re.compile(r"<(?:https?://|mailto:)[^>\s]+>|<[\w.+-]+@[\w-]+(?:\.[\w-]+)+>")
_CODE_SPAN = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?/?>")
_HEADING_MARK = re.compile(r"^[ \t]{0,3}(#{1,6})(?:[ \t]+|$)(?!#)", re.M)
_HEADING_CLOSE = re.compile(r"[ \t]+#+[ \t]*$")
_BLOCKQUOTE = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+", re.M)
_LIST_MARK = re.compile(r"^[ \t]*(?:[*+\-•]|\d{1,3}[.)])[ \t]+(?=\S)", re.M)
_THEMATIC_BREAK = re.compile(r"^[ \t]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$", re.M)
# A setext heading's underline: "====" under a line of text ("----" is masked as a thematic break).
_SETEXT_UNDERLINE = re.compile(r"(?<=\S)[ \t]*\n[ \t]{0,3}(=+)[ \t]*$", re.M)
# (the "not after a word character" test comes after the opening mark, so that the pattern starts
# with a character set, which re scans for quickly)
_STRONG = re.compile(r"(\*\*|__)(?<![\w*]\*\*)(?<![\w*]__)(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_EMPHASIS = re.compile(r"([*_])(?<![\w*][*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![\w*])")
_ESCAPE = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!|<>~\"'])")
_TABLE_RULE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*(?::?-{3,}:?)?[ \t]*$", re.M)

# A line that opens a list item, as the rules read it ("• 2 drive-in doors", "1. Plan", "* Thursday, ..."):
# what follows such a mark is an item of a list, not a sentence of running text, and never a dateline.
_LIST_ITEM_LINE = re.compile(r"[ \t]*(?:[-*+•]|\d{1,2}[.)])[ \t]")


def opens_list_item(text: str, at: int) -> bool:
    """Whether the line that holds offset ``at`` opens with a list mark."""
    return _LIST_ITEM_LINE.match(text, text.rfind("\n", 0, at) + 1) is not None


URL = re.compile(r"\b(?:https?://|www\.)[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'\"”’]")
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b")


_NOT_LINE_BREAK = re.compile(r"[^\r\n]")


class _Masker:
    """Blanks ranges of a text to spaces (keeping line breaks), rebuilding the view only on demand."""

    def __init__(self, text: str):
        self.text = text
        self.view = text
        self.spans: list[Span] = []
        self._dirty = False

    def blank(self, start: int, end: int) -> None:
        if end > start:
            self.spans.append(Span(start, end))
            self._dirty = True

    def current(self) -> str:
        if self._dirty:
            pieces = []
            pos = 0
            for span in _merge(sorted(self.spans)):
                pieces.append(self.text[pos:span.start])
                pieces.append(_spaces(self.text[span.start:span.end]))
                pos = span.end
            pieces.append(self.text[pos:])
            self.view = "".join(pieces)
            self._dirty = False
        return self.view


def _spaces(segment: str) -> str:
    if "\n" not in segment and "\r" not in segment:
        return " " * len(segment)
    return _NOT_LINE_BREAK.sub(" ", segment)


def mask_markdown(text: str) -> tuple[str, list[Span]]:
    """Return the prose view of ``text`` and the spans that were masked."""
    masker = _Masker(text)
    blank, current = masker.blank, masker.current

    # Each pattern is tried only on a text holding what every match of it must contain.
    for pattern, needed in ((_FENCE, ("```", "~~~")), (_COMMENT, ("<!--",))):
        if _holds(text, needed):
            for m in pattern.finditer(current()):
                blank(m.start(), m.end())
    view = current()
    if "`" in view:
        for m in _CODE_SPAN.finditer(view):
            blank(m.start(), m.end())
        view = current()
    for pattern, needed in ((_IMAGE, ("![",)), (_LINK_DEFINITION, ("]:",)), (_AUTOLINK, ("<",)),
                            (_TABLE_RULE, ("|",)), (_THEMATIC_BREAK, None)):
        if _holds(view, needed):
            for m in pattern.finditer(view):
                if not _is_end_mark(view, m):
                    blank(m.start(), m.end())
            view = current()
    if "==" in view:
        for m in _SETEXT_UNDERLINE.finditer(view):
            blank(m.start(1), m.end(1))
        view = current()
    if "]" in view:
        for m in _LINK.finditer(view):
            blank(m.start(1), m.end(1))
            blank(m.start(3), m.end(3))
        view = current()
    if "<" in view:
        for m in _HTML_TAG.finditer(view):
            blank(m.start(), m.end())
        view = current()
    if "#" in view:
        for m in _HEADING_MARK.finditer(view):
            if not _is_end_mark(view, m):
                blank(m.start(1), m.end(1))
        view = current()
        for m in _HEADING_MARK.finditer(text):  # a closing run of #s, on a heading line of the text
            line_end = view.find("\n", m.start())
            close = _HEADING_CLOSE.search(view, m.start(), len(view) if line_end < 0 else line_end)
            if close:
                blank(close.start(), close.end())
    for pattern, needed in ((_BLOCKQUOTE, (">",)), (_LIST_MARK, None)):
        view = current()
        if _holds(view, needed):
            for m in pattern.finditer(view):
                blank(m.start(), m.end())
    for pattern, needed in ((_STRONG, ("**", "__")), (_EMPHASIS, ("*", "_"))):
        view = current()
        if _holds(view, needed):
            for m in pattern.finditer(view):
                if _inside_word_chars(view, m) or _inside_protected(view, m.start()):
                    continue
                blank(m.start(1), m.end(1))
                blank(m.end(2), m.end())
    view = current()
    if "\\" in view:
        for m in _ESCAPE.finditer(view):
            blank(m.start(), m.end())
    return current(), _merge(sorted(masker.spans))


def _holds(text: str, needles: tuple[str, ...] | None) -> bool:
    return needles is None or any(needle in text for needle in needles)


def _is_end_mark(view: str, m: re.Match) -> bool:
    line_start = view.rfind("\n", 0, m.start()) + 1
    line_end = view.find("\n", m.start())
    line = view[line_start : len(view) if line_end < 0 else line_end]
    return line.strip() in {"###", "# # #"}


def _inside_word_chars(view: str, m: re.Match) -> bool:
    # snake_case words and file_names are not emphasis.
    return m.group(1) == "_" and "_" in m.group(2) and " " not in m.group(2)


def _inside_protected(view: str, offset: int) -> bool:
    start = max(view.rfind(" ", 0, offset), view.rfind("\n", 0, offset)) + 1
    end = len(view)
    for sep in (" ", "\n"):
        found = view.find(sep, offset)
        if found >= 0:
            end = min(end, found)
    token = view[start:end]
    return bool(URL.search(token) or EMAIL.search(token))


def _merge(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for span in spans:
        if merged and span.start <= merged[-1].end:
            last = merged.pop()
            merged.append(Span(last.start, max(last.end, span.end)))
        else:
            merged.append(span)
    return merged


def protected_spans(prose: str) -> list[Span]:
    """URLs and e-mail addresses: text that is not prose though it is visible."""
    spans = []
    if "http" in prose or "www." in prose:  # what every URL match begins with
        spans += [Span(m.start(), m.end()) for m in URL.finditer(prose)]
    if "@" in prose:
        spans += [Span(m.start(), m.end()) for m in EMAIL.finditer(prose)]
    return _merge(sorted(spans))
