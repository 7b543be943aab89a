"""RL6xx: one set of quotes, dashes and apostrophes per release, and clean spacing.

House choices live in ``house.typography``: ``quotes`` (curly, straight, or consistent: one kind
per release, the default), ``punctuation`` (us: commas and periods inside closing quotes, the
default; uk; any), ``dash`` (em, en or consistent; the dash rules are in ``dashes``) and
``dash-spacing`` (spaced or closed). Masked markup,
URLs and e-mail addresses are never touched.
"""

from __future__ import annotations

import re

from .. import lazyre
from ..house import Style, choice
from ..model import ALWAYS_SAFE, Context, Finding, Fix, Span
from .spec import rule

TYPOGRAPHY = Style("typography", {
    "quotes": choice("consistent", "curly", "straight", "any",
                     doc="Curly or straight quotation marks and apostrophes, or one kind per release."),
    "punctuation": choice("us", "uk", "any", doc="Commas and periods inside closing quotes (us) or outside (uk)."),
    "dash": choice("em", "en", "consistent", "any",
                   doc="The dash that sets off a phrase: em (AP), en, or one kind per release."),
    "dash-spacing": choice("spaced", "closed", "any", doc="A space on each side of that dash, or none."),
}, doc="Quotation marks, dashes and spacing.")
_STRAIGHT = lazyre.compile(r"[\"']")
_CURLY = lazyre.compile(r"[“”‘’]")
_MARK = lazyre.compile(r"[\"'“”‘’]")


def spans(release, contact: bool = True):
    spans = [s for s in (release.headline, release.subheadline) if s is not None]
    return spans + [p.span for p in release.paragraphs if contact or p.section != "contact"]


def _curly_for(prose: str, at: int) -> str:
    """The curly form of the straight mark at ``at``, from what stands on each side of it."""
    mark = prose[at]
    before = prose[at - 1] if at else " "
    after = prose[at + 1] if at + 1 < len(prose) else " "
    if mark == "'":
        if before.isalnum() or before in ".,!?":
            return "’"  # an apostrophe (company’s) or a closing single quote
        return "‘" if after.isalnum() or after in "“\"" else "’"
    if before.isspace() or before in "([{—–-/" or at == 0:
        return "“"
    return "”"


def _is_measure(prose: str, at: int) -> bool:
    """5' 11" or 12": inch and foot marks are not quotes."""
    return at > 0 and prose[at - 1].isdigit()


@rule("RL601", "quote-style", severity="warning", fix=ALWAYS_SAFE, house=(TYPOGRAPHY,))
def quote_style(release, ctx: Context):
    """Quotation marks and apostrophes of two kinds, straight and curly, or not the house kind.

    ## What it checks
    Every `"`, `'`, `“`, `”`, `‘` and `’` in the headline and text. With `house.typography.quotes:
    consistent` (the default) the kind most used in the release is its kind (curly, when the two are
    used equally often), and each mark of the other kind is reported; with `curly` or `straight`,
    every mark of the other kind is. Foot and inch marks after a figure (`5' 11"`) are left alone.

    ## Why
    `Shanghai's` beside `company’s` shows two drafts pasted together; wires and CMSs turn
    straight quotes into curly ones unpredictably.

    ## Fix
    Safe: the mark becomes its counterpart, opening or closing by what stands beside it.

    ## Examples
    ```bad
    The company’s plan was called “Innovation Reactor” in Shanghai's district.
    ```
    ```fixed
    The company’s plan was called “Innovation Reactor” in Shanghai’s district.
    ```

    ```good
    The company’s plan was called “Innovation Reactor” in Shanghai’s district.
    ```

    ```config
    house:
      typography: {quotes: curly}
    ```
    ```bad
    Shanghai MicroPort Medical (Group) Co., Ltd. ("MicroPort") signed it.
    ```
    ```fixed
    Shanghai MicroPort Medical (Group) Co., Ltd. (“MicroPort”) signed it.
    ```
    """
    style = TYPOGRAPHY.of(ctx.house)["quotes"]
    if style == "any":
        return
    marks = []
    for span in spans(release):
        for m in _MARK.finditer(release.prose, span.start, span.end):
            found = Span(m.start(), m.end())
            if release.is_protected(found) or _is_measure(release.prose, m.start()):
                continue
            marks.append((found, m.group() in "\"'"))
    if not marks:
        return
    straight = sum(1 for _, s in marks if s)
    if style == "consistent":
        if straight == 0 or straight == len(marks):
            return
        wanted_straight = straight * 2 > len(marks)
    else:
        wanted_straight = style == "straight"
    kind = "straight" if wanted_straight else "curly"
    for found, is_straight in marks:
        if is_straight == wanted_straight:
            continue
        written = release.prose[found.start]
        if wanted_straight:
            replacement = "'" if written in "‘’" else '"'
        else:
            replacement = _curly_for(release.prose, found.start)
        if style != "consistent":
            why = f"the house uses {kind} quotes and apostrophes"
        elif straight * 2 == len(marks):
            why = "this release has as many straight marks as curly ones: write them all curly"
        else:
            why = f"this release mostly uses {kind} quotes and apostrophes"
        yield Finding(found, f"{_MARK_NAMES[written]}; {why}",
                      Fix.replace(found, replacement, description=f"Write {replacement}"))


_MARK_NAMES = {'"': "a straight double quote (\")", "'": "a straight apostrophe or single quote (')",
               "“": "a curly opening quote (“)", "”": "a curly closing quote (”)",
               "‘": "a curly opening single quote (‘)", "’": "a curly apostrophe (’)"}


@rule("RL602", "nested-quotes", severity="warning", fix=ALWAYS_SAFE)
def nested_quotes(release, ctx: Context):
    """Double quotation marks inside a double-quoted passage.

    ## What it checks
    A quotation that opens with `“` and, before it closes, opens another `“`: the inner pair
    should be single marks (`‘Best Open Innovator 2020’`), US style.

    ## Why
    Two levels of double quotes cannot be told apart: the reader loses where the speaker's words end.

    ## Fix
    Safe: the inner marks become single quotation marks.

    ## Examples
    ```bad
    He said, “winning the “Best Open Innovator 2020” award matters.”
    ```
    ```fixed
    He said, “winning the ‘Best Open Innovator 2020’ award matters.”
    ```

    ```good
    He said, “winning the ‘Best Open Innovator 2020’ award matters.”
    ```
    """
    prose = release.prose
    for span in spans(release):
        # Open marks with the inner pairs found inside each; an inner pair is reported only once its
        # outer quotation closes, so that a quotation left open or closed with the wrong mark
        # ("fundamental," said ...; "success,“ said ...) never makes the next one look nested.
        depth_open: list[tuple[int, list[Span]]] = []
        parens: list[int] = []
        for m in _QUOTE_OR_PAREN.finditer(prose, span.start, span.end):
            at, mark = m.start(), m.group()
            if mark == "(":
                parens.append(at)
            elif mark == ")":
                opened = parens.pop() if parens else span.start
                while depth_open and depth_open[-1][0] > opened:
                    depth_open.pop()  # "(the “Corporation )": a quotation cannot outlive its parentheses
            elif mark == "“" and not _closes(prose, at, span.end):
                depth_open.append((at, []))
            elif depth_open:
                start, inner_pairs = depth_open.pop()
                if mark != "”":
                    depth_open.clear()  # closed with a straight or an opening mark: the nesting is unknown
                    continue
                if depth_open:  # this pair sits inside another quotation
                    depth_open[-1][1].append(Span(start, at + 1))
                for inner in inner_pairs:
                    fix = Fix((_edit(inner.start, "‘"), _edit(inner.end - 1, "’")),
                              description="Use single quotation marks inside")
                    yield Finding(inner, "a quotation inside a quotation takes single marks: ‘…’", fix)


def _closes(prose: str, at: int, end: int) -> bool:
    """“ written where ” belongs: after a word or punctuation and before a space ('success,“ said')."""
    return at > 0 and not prose[at - 1].isspace() and prose[at - 1] not in "(“‘[" and (
        at + 1 >= end or prose[at + 1].isspace())


def _edit(at: int, mark: str):
    from ..model import Edit

    return Edit(Span(at, at + 1), mark)


_QUOTE_OR_PAREN = lazyre.compile(r"[“”\"()]")
_OUTSIDE = lazyre.compile(r"(?<=[\p{L}\p{N}!?…®™])([”\"’])([.,])(?!\d)")
_INSIDE = lazyre.compile(r"(?<=[\p{L}\p{N}®™])([.,])([”\"’])")


@rule("RL603", "punctuation-outside-quotes", severity="warning", fix=ALWAYS_SAFE, house=(TYPOGRAPHY,))
def punctuation_outside_quotes(release, ctx: Context):
    """A comma or period outside a closing quotation mark, in a US-style release.

    ## What it checks
    With `house.typography.punctuation: us` (the default, and AP's), commas and periods go inside
    closing quotation marks: `“Innovation Reactor,”` not `“Innovation Reactor”,`. A UK-style house
    (`uk`) places them by sense, which a linter cannot judge: `uk` and `any` turn the rule off.

    ## Why
    It is the most visible difference between US and UK copy, and AP readers see it as an error.

    ## Fix
    Safe: the mark and the punctuation change places.

    ## Examples
    ```bad
    The theme was “Medical-engineering collaboration”, and it worked.
    ```
    ```fixed
    The theme was “Medical-engineering collaboration,” and it worked.
    ```

    ```good
    The theme was “Medical-engineering collaboration,” and it worked.
    ```
    """
    if TYPOGRAPHY.of(ctx.house)["punctuation"] != "us":
        return
    for span in spans(release):
        for m in _OUTSIDE.finditer(release.prose, span.start, span.end):
            found = Span(m.start(1), m.end(2))
            if release.is_protected(found) or m.group(1) == "’" and not _closes_single_quote(release.prose, m.start(1)):
                continue
            if m.group(1) == '"' and _is_measure(release.prose, m.start(1)):
                continue
            yield Finding(found, f"US style puts the {'comma' if m.group(2) == ',' else 'period'} inside the closing "
                                 "quotation mark", Fix.replace(found, m.group(2) + m.group(1),
                                                               description="Move it inside"))


def _closes_single_quote(prose: str, at: int) -> bool:
    """’ after "companies’" is an apostrophe; only one that closes an opening ‘ is a quote."""
    opening = prose.rfind("‘", max(0, at - 200), at)
    return opening >= 0 and "’" not in prose[opening + 1:at]


_INVISIBLE = lazyre.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NAMES = {"\u200b": "a zero-width space", "\u200c": "a zero-width non-joiner", "\u200d": "a zero-width joiner",
          "\u2060": "a word joiner", "\ufeff": "a byte-order mark", "\u00ad": "a soft hyphen"}


@rule("RL605", "invisible-character", severity="warning", fix=ALWAYS_SAFE)
def invisible_character(release, ctx: Context):
    """An invisible character in the text: zero-width spaces, soft hyphens, control characters.

    ## What it checks
    Zero-width spaces and joiners, word joiners, stray byte-order marks, soft hyphens and control
    characters, which arrive with copy pasted from Word, PDFs and e-mail. A zero-width joiner
    inside an emoji sequence is left alone.

    ## Why
    They break search (`Micro\\u200bPort` is not `MicroPort`), split words at random on the wire,
    and make two identical-looking texts differ.

    ## Fix
    Safe: the character is removed.

    ## Examples
    ```bad
    MicroPort​ opened a plant.
    ```
    ```fixed
    MicroPort opened a plant.
    ```

    ```good
    MicroPort opened a plant.
    ```
    """
    for m in _INVISIBLE.finditer(release.text):
        found = Span(m.start(), m.end())
        char = m.group()
        if char == "\u200d" and _emoji_neighbour(release.text, m.start()):
            continue
        if release.front_matter_span is not None and release.front_matter_span.contains(found):
            continue
        name = _NAMES.get(char, f"the control character U+{ord(char):04X}")
        yield Finding(found, f"{name} is hidden in the text: remove it", Fix.replace(found, "", description="Remove it"))


def _emoji_neighbour(text: str, at: int) -> bool:
    return any(ord(c) > 0x2000 and not c.isalpha() for c in text[max(0, at - 2):at + 3] if c != "\u200d")


# Inside a sentence: a lowercase word follows (capitals after two spaces are menus and stripped line breaks).
_DOUBLE_SPACE = lazyre.compile(r"(?<=[\p{Ll},;])( {2,})(?=[\p{Ll}\p{N}(“\"‘])")
_SPACE_THEN_MARK = re.compile(r"[ \t][,;:!?.]")  # in every _SPACE_BEFORE match (ASCII only: the stdlib's re will do)
_SPACE_BEFORE = lazyre.compile(r"(?<=[\p{L}\p{N}”’)])([ \t]+)([,;:!?]|\.(?![\p{L}\p{N}.]))(?=[\s\"”’)]|$)")


@rule("RL606", "spacing", severity="warning", fix=ALWAYS_SAFE)
def spacing(release, ctx: Context):
    """Two spaces between words, or a space before punctuation.

    ## What it checks
    Two or more spaces inside a sentence (after a lowercase letter or a comma), and a space before
    a comma, semicolon, colon, question mark, exclamation mark or final period. Spaces after a
    sentence's end, indentation and Markdown line breaks are left alone.

    ## Why
    Stray spaces come from edits and pastes; on the web they collapse, on the wire and in PDFs
    they show.

    ## Fix
    Safe: the extra space is removed.

    ## Examples
    ```bad
    The plant will hire  200 people , the company said.
    ```
    ```fixed
    The plant will hire 200 people, the company said.
    ```

    ```good
    The plant will hire 200 people, the company said.  It opens in May.
    ```
    """
    prose = release.prose
    for span in spans(release, contact=False):
        # Each pattern opens with a look-behind, which is slow to scan for: look first for what any
        # match holds (two spaces; a space or tab before the punctuation).
        doubled = prose.find("  ", span.start, span.end) >= 0
        for m in _DOUBLE_SPACE.finditer(prose, span.start, span.end) if doubled else ():
            found = Span(m.start(1), m.end(1))
            if release.is_protected(found) or release.is_protected(Span(found.start - 1, found.end + 1)):
                continue  # next to a URL or an address: a line break the page lost, not a typing slip
            yield Finding(found, "two spaces between words", Fix.replace(found, " ", description="One space"))
        if not _SPACE_THEN_MARK.search(prose, span.start, span.end):
            continue
        for m in _SPACE_BEFORE.finditer(release.prose, span.start, span.end):
            found = Span(m.start(1), m.end(1))
            if release.is_protected(Span(m.start(), m.end())):
                continue
            yield Finding(found, f"a space before '{m.group(2)}'", Fix.replace(found, "", description="Remove the space"))
