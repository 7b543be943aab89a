"""The headline (there, not in capitals, in the house case and length, no trailing period) and the
lengths of the lead, paragraphs and sentences."""

from __future__ import annotations

from ... import lazyre
from ...house import Style, choice, setting
from ...model import ALWAYS_SAFE, Context, Finding, Fix, Span
from ..spec import rule

HEADLINE = Style("headline", {
    "case": choice("any", "title", "sentence", doc="Title case, sentence case, or either."),
    "max-length": setting(int, 150, "The longest headline, in characters."),
    "trailing-period": setting(bool, False, "Whether a headline may end with a period."),
}, doc="The headline.")
LIMITS = Style("limits", {
    "lead-words": setting(int, 60, "The longest lead paragraph (the dateline aside), in words."),
    "paragraph-words": setting(int, 150, "The longest body paragraph, in words."),
    "sentence-words": setting(int, 50, "The longest body sentence, in words."),
}, doc="How long a lead, a paragraph and a sentence may run.")

_WORDS = lazyre.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.&-]*")


@rule("RL401", "headline-missing", severity="warning")
def headline_missing(release, ctx: Context):
    """The release has no headline.

    ## What it checks
    A release whose first block is already the dateline paragraph: nothing above it reads as a
    headline (a Markdown `#` heading, or a short first line followed by the text).

    ## Why
    The headline is what editors, readers and search engines see first; wires will not carry a
    release without one.

    ## Examples
    ```bad
    SHANGHAI, Dec. 12, 2019 — MicroPort signed an agreement with Shanghai General Hospital.
    ```

    ```good
    MicroPort Signs an Agreement With Shanghai General Hospital

    SHANGHAI, Dec. 12, 2019 — MicroPort signed an agreement with Shanghai General Hospital.
    ```
    """
    if release.headline is None and release.paragraphs and not release.text.startswith("---"):
        first = release.paragraphs[0].span
        end = min(first.end, first.start + len(release.prose_of(first).split(" ", 1)[0]))
        yield Finding(Span(first.start, end), "the release has no headline: add one above the dateline")
    elif release.headline is None and release.paragraphs:
        title = release.front_matter.get("title") if isinstance(release.front_matter, dict) else None
        if not title:
            first = release.paragraphs[0].span
            yield Finding(Span(first.start, first.start), "the release has no headline (and no title in its front matter)")


@rule("RL402", "headline-all-caps", severity="warning")
def headline_all_caps(release, ctx: Context):
    """The headline is written in capitals.

    ## What it checks
    A headline of four words or more with no lowercase letter.

    ## Why
    Capitals read as shouting, are harder to read, and wires and search results re-case them
    unpredictably.

    ## Examples
    ```bad
    ACME OPENS ITS FIRST PLANT IN OHIO

    COLUMBUS, Ohio, June 2, 2025 — Acme opened a plant.
    ```

    ```good
    Acme Opens Its First Plant in Ohio

    COLUMBUS, Ohio, June 2, 2025 — Acme opened a plant.
    ```
    """
    if release.headline is None:
        return
    text = release[release.headline]
    letters = [c for c in text if c.isalpha()]
    if len(_WORDS.findall(text)) >= 4 and letters and all(not c.islower() for c in letters):
        yield Finding(release.headline, "the headline is all capitals: write it in title or sentence case")


_SMALL_WORDS = frozenset("a an and as at but by for from in into nor of on or over per the to up via vs with".split())


@rule("RL403", "headline-case", severity="warning", house=(HEADLINE,))
def headline_case(release, ctx: Context):
    """The headline is not in the house case style.

    ## What it checks
    With `house.headline.case: title`, every word of four letters or more starts with a capital;
    with `sentence` (AP headline style), words after the first are lowercase unless they are names
    or acronyms, judged by how the body writes them. The default, `any`, checks nothing.

    ## Why
    A house that sets its headlines one way looks edited; one that alternates looks assembled.

    ## Examples
    ```config
    house:
      headline: {case: title}
    ```
    ```bad
    Acme opens its first plant in Ohio

    COLUMBUS, Ohio, June 2, 2025 — Acme opened a plant.
    ```

    ```good
    Acme Opens Its First Plant in Ohio

    COLUMBUS, Ohio, June 2, 2025 — Acme opened a plant.
    ```
    """
    style = HEADLINE.of(ctx.house)["case"]
    if release.headline is None or style == "any":
        return
    text = release[release.headline]
    words = [(m.group(), m.start()) for m in _WORDS.finditer(text)]
    if style == "title":
        lower = [w for w, _ in words[1:] if w[:1].islower() and len(w) >= 4 and w.lower() not in _SMALL_WORDS]
        if lower:
            yield Finding(release.headline, f"the house writes headlines in title case: '{lower[0]}' starts lowercase")
    else:
        body_words = release.words
        capped = [w for w, _ in words[1:] if w[:1].isupper() and not w.isupper() and w.lower() in body_words
                  and w not in body_words]
        if capped:
            yield Finding(release.headline, f"the house writes headlines in sentence case: '{capped[0]}' is "
                                            "capitalised but the body writes it lowercase")


@rule("RL404", "headline-too-long", severity="info", house=(HEADLINE,))
def headline_too_long(release, ctx: Context):
    """The headline is longer than the house limit.

    ## What it checks
    A headline longer than `house.headline.max-length` characters (150 by default); wires cut or
    wrap headlines far shorter than that in listings and feeds.

    ## Why
    A long headline is a summary paragraph; the reader gets the news from the first eight words.

    ## Examples
    ```config
    house:
      headline: {max-length: 40}
    ```
    ```bad
    Acme Opens Its First Plant in Ohio to Build Robots for Warehouses

    COLUMBUS, Ohio, June 2, 2025 — Acme opened a plant.
    ```

    ```good
    Acme Opens Its First Plant in Ohio

    COLUMBUS, Ohio, June 2, 2025 — Acme opened a plant.
    ```
    """
    limit = HEADLINE.of(ctx.house)["max-length"]
    if release.headline is not None and len(release.headline) > limit:
        yield Finding(release.headline, f"the headline is {len(release.headline)} characters long; the house limit is "
                                        f"{limit}")


@rule("RL405", "headline-trailing-period", severity="warning", fix=ALWAYS_SAFE, house=(HEADLINE,))
def headline_trailing_period(release, ctx: Context):
    """The headline ends with a period.

    ## What it checks
    A headline (or subheadline) that ends with a full stop, unless the house sets
    `house.headline.trailing-period: true`. Abbreviations such as `Inc.` are left alone.

    ## Why
    Headlines are not sentences; AP and every wire style omit the period.

    ## Fix
    Safe: the period is removed.

    ## Examples
    ```bad
    Acme Opens Its First Plant in Ohio.

    COLUMBUS, Ohio, June 2, 2025 — Acme opened a plant.
    ```
    ```fixed
    Acme Opens Its First Plant in Ohio

    COLUMBUS, Ohio, June 2, 2025 — Acme opened a plant.
    ```

    ```good
    Acme Opens Its First Plant in Ohio, Hires Acme Inc.

    COLUMBUS, Ohio, June 2, 2025 — Acme opened a plant.
    ```
    """
    if HEADLINE.of(ctx.house)["trailing-period"]:
        return
    for span in (release.headline, release.subheadline):
        if span is None or (span is release.subheadline and not _SET_AS_HEADING.match(release.text, _line_start(release, span))):
            continue  # a subheadline written as a sentence (a summary, a blockquote) may end as one
        text = release[span].rstrip()
        if text.endswith(".") and not text.endswith("..") and not _ABBREVIATION.search(text):
            dot = Span(span.start + len(text) - 1, span.start + len(text))
            yield Finding(dot, "a headline takes no final period", Fix.replace(dot, "", description="Remove the period"))


_ABBREVIATION = lazyre.compile(
    r"\b(?:Inc|Ltd|Co|Corp|Jr|Sr|St|U\.S|U\.K|L\.P|S\.A|N\.V|P\.C|D\.C|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind"
    r"|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D"
    r"|Tenn|Vt|Va|Wash|W\.Va|Wis|Wyo)\.$"
)
_SET_AS_HEADING = lazyre.compile(r"[ \t]{0,3}(?:#{1,6}[ \t]|\*|_)")


def _line_start(release, span: Span) -> int:
    return release.text.rfind("\n", 0, span.start) + 1


def _word_count(release, span: Span) -> int:
    return len(_WORDS.findall(release.prose, span.start, span.end))


@rule("RL415", "text-too-long", severity="info", house=(LIMITS,))
def text_too_long(release, ctx: Context):
    """A lead, paragraph or sentence longer than the house limits.

    ## What it checks
    The lead paragraph (first body paragraph, without its dateline) against
    `house.limits.lead-words` (60), each body paragraph against `paragraph-words` (150), and each
    body sentence against `sentence-words` (50).

    ## Why
    AP leads run to about 35 words; a 90-word sentence is a paragraph that forgot to stop. Long
    blocks are where readers leave.

    ## Examples
    ```config
    house:
      limits: {sentence-words: 8}
    ```
    ```bad
    COLUMBUS, Ohio, June 2, 2025 — Acme opened a plant that will build robots for warehouses in Ohio.
    ```

    ```good
    COLUMBUS, Ohio, June 2, 2025 — Acme opened a plant. It builds robots.
    ```
    """
    limits = LIMITS.of(ctx.house)
    lead = release.lead
    if lead is not None:
        start = release.dateline.span.end if release.dateline and lead.span.contains(release.dateline.span) else lead.span.start
        count = _word_count(release, Span(start, lead.span.end))
        if count > limits["lead-words"] and len(lead.sentences) > 1:
            yield Finding(Span(lead.span.start, lead.span.start), f"the lead runs to {count} words; the house limit is "
                                                                  f"{limits['lead-words']}")
    for paragraph in release.body:
        count = _word_count(release, paragraph.span)
        if count > limits["paragraph-words"]:
            yield Finding(Span(paragraph.span.start, paragraph.span.start), f"this paragraph runs to {count} words; "
                                                                            f"the house limit is {limits['paragraph-words']}")
        for sentence in paragraph.sentences:
            counted = sentence
            if release.dateline is not None and sentence.contains(release.dateline.span):
                counted = Span(release.dateline.span.end, sentence.end)  # the dateline is not part of the sentence
            words = _word_count(release, counted)
            if words > limits["sentence-words"]:
                yield Finding(Span(sentence.start, sentence.start), f"this sentence runs to {words} words; the house "
                                                                    f"limit is {limits['sentence-words']}")
