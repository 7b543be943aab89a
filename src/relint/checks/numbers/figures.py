"""Figures and number words: small numbers spelled out, ten and above in figures, no figure to
open a sentence, thousands grouped, ordinals under tenth spelled out."""

from __future__ import annotations

from ... import lazyre
from ...model import ALWAYS_SAFE, Context, Finding, Fix, Span
from ...read.markup import opens_list_item
from ..spec import rule
from .context import (
    FIGURE_NOUNS,
    MONTHS,
    ORDINAL_WORDS,
    SPELLED,
    TECHNICAL_UNITS,
    WORD_AFTER,
    WORDS_FOR,
    before_start,
    capitalised,
    in_proper_name,
    neighbours,
    prose_spans,
    skip,
)

# --------------------------------------------------------------------------- spelling out


# Not "(1)" (an enumeration) and not "3 out of 4", "1 in every 500", "1 of every 4" (proportions,
# where AP keeps figures).
_SMALL_FIGURE = lazyre.compile(r"(?<![\w.,/:$#%+(\[-])(?<!\d[ \t]+in[ \t]+(?:every[ \t]+)?)(?<!(?:out|\d)[ \t]+of[ \t]+every[ \t]+)(?<!out[ \t]+of[ \t]+)([1-9])(?![\w.,/:%)\]-]|\s*(?:%|‰)|\s+out\s+of\b|\s+in\s+(?:every\s+)?\d|\s+of\s+every\s+\d)")


_SCORE_OR_RANGE = lazyre.compile(r"\d\s*[-–:/x]\s*\d|\d\s*[-–]\s*$|^[-–]\s*\d")
_YEAR = lazyre.compile(r"(?:1[89]|20)\d\d")

@rule("RL501", "number-small-figure", severity="info", fix=ALWAYS_SAFE)
def number_small_figure(release, ctx: Context):
    """A number under 10 written as a figure in running text.

    ## What it checks
    AP spells out whole numbers from one to nine. Figures stay where AP keeps them: ages,
    percentages, money, measures and times (`5 km`, `3 million`, `4 p.m.`), dates, scores and
    ratios, numbers in names (`Series 3`, `Level 2`), in codes, URLs, tickers and quotations.

    ## Why
    Small figures in running text read as notes, not prose; spelled out they read as a sentence.

    ## Fix
    Safe: the figure is spelled out.

    ## Examples
    ```bad
    The company opened 3 plants this year.
    ```
    ```fixed
    The company opened three plants this year.
    ```

    ```good
    The company opened three plants, hired 12 engineers and grew 5% in 2 million square feet of space.
    ```
    """
    for span in prose_spans(release):
        if opens_list_item(release.text, span.start):
            continue  # "• 2 drive-in doors": specifications in a list keep their figures
        for m in _SMALL_FIGURE.finditer(release.prose, span.start, span.end):
            found = Span(m.start(1), m.end(1))
            if skip(release, found) or _figure_context(release.prose, found.start, found.end):
                continue
            word = WORDS_FOR[int(m.group(1))]
            if _sentence_start(release.prose, span.start, found.start):
                word = word.capitalize()
            yield Finding(found, f"AP style spells out numbers under 10: write '{word}'",
                          Fix.replace(found, word, description=f"Write '{word}'"))


def _sentence_start(prose: str, floor: int, at: int) -> bool:
    before = prose[max(floor, at - 3):at].strip()
    return at == floor or before.endswith((".", "!", "?", ":"))


# Nouns a figure designates rather than counts: "well 4", "stage 9", "Scope 1, 2 and 3".
_DESIGNATORS = frozenset("""no number version v level phase gen step page chapter grade room tier type class model
aged age ages day week $ us$ hk$ rmb q well unit building suite ste lot block hole zone lane gate hall stage track
line pad bay dock plot booth stand terminal pier route highway interstate channel district ward region season
episode part volume issue article section item exhibit figure fig table appendix option round game match heat lap
division cohort arm group scope study trial category format series gpt peptide""".split())
# A series of figures ("1, 2 and 3", "4 to 10", "5-15"): its figures are designations or a range.
_SERIES_AFTER = lazyre.compile(r"\s*(?:,\s*\d{1,3}\s*)*(?:,?\s+(?:and|or|to|through|&)\s+|\s*[-–]\s*)\d")
_SERIES_BEFORE = lazyre.compile(r"\d{1,3}(?:\s*,\s*\d{1,3})*(?:\s*,\s*|,?\s+(?:and|or|to|through|&)\s+)\Z")
_NOTATION_AFTER = lazyre.compile(r"\s*(?:[×x=*]\s*\d|\p{Lu}{2,}\b|\(\s*[\"“]?\p{Lu})")


def _figure_context(prose: str, start: int, end: int) -> bool:
    before, after = neighbours(prose, start, end)
    if _SERIES_AFTER.match(prose, end, end + 40) or _SERIES_BEFORE.search(prose, max(0, start - 40), start):
        return True  # "phase 1, 2 and 3", "from 4 to 10 p.m.", "about 5 to 15 minutes"
    if after.lower() in ("http", "https", "www"):
        return True  # "2 https://…": a footnote's number or a label before a link, not a count
    if _NOTATION_AFTER.match(prose, end, end + 20):
        return True  # "1 USD = 33.80 THB", "1×1", "3 PL", "peptide 1 (“GLP-1”)"
    if capitalised(after) and not before[:1].isupper():
        following = WORD_AFTER.match(prose[end:end + 60])
        rest = prose[end + following.end():end + following.end() + 30] if following else ""
        if rest.lstrip()[:1].isupper():
            return True  # "the 3 Parks Wine shop": a figure that opens a name
    tail = prose[end:end + 3]
    if not tail.strip() and prose[max(0, start - 3):start].rstrip().endswith(("”", '"', ".", ")")):
        return True  # a note mark at the end of a paragraph: 'the Stone Age.” 1'
    if prose[max(0, start - 2):start].rstrip(" ").endswith(("”", '"', ".", ")")) and not prose[start - 1:start].isspace():
        return True  # a footnote mark: 'the Stone Age.”1'
    if capitalised(before) and before.lower() not in ("the", "a", "an", "and", "of", "in", "on", "at", "for", "with",
                                                       "by", "from", "to", "only", "about", "nearly", "all", "these"):
        return True  # "Layer 2", "Book 1", "Series 3": a figure that is part of a name
    if after.lower() in FIGURE_NOUNS or after.lower().rstrip(".,") in FIGURE_NOUNS or before.lower().rstrip(".") in _DESIGNATORS:
        return True
    if before.lower()[:3] in MONTHS or after.lower()[:3] in MONTHS:
        return True  # a date: "June 4", "4 June"
    if in_proper_name(prose, start, end) or capitalised(before) and before.isupper():
        return True
    near = prose[max(0, start - 2):end + 2]
    return bool(_SCORE_OR_RANGE.search(near))  # scores, ratios, ranges


_SPELLED_BIG = lazyre.compile(r"(?i)(?<![\w-])(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
                             r"nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?![\w-])")


_SPELLED_BIG_WORDS = frozenset("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty "
                               "thirty forty fifty sixty seventy eighty ninety".split())


_COMPOUND_PARTS = frozenset("hundred thousand million billion trillion".split())
_COMPOUND_NEXT = _COMPOUND_PARTS | SPELLED.keys()  # "twelve thousand", "thirty five"


@rule("RL502", "number-spelled-ten-plus", severity="warning", fix=ALWAYS_SAFE)
def number_spelled_ten_plus(release, ctx: Context):
    """A number of 10 or more spelled out in running text.

    ## What it checks
    AP writes 10 and above as figures: `more than ten hospitals` becomes `more than 10
    hospitals`. A number that starts a sentence is left spelled out (AP spells out a number that
    opens a sentence), and so are numbers in names and in quotations. Compound forms such as
    `twenty-five`, `three hundred thirty five` and `twelve thousand` are left to the writer: the
    figure AP wants for them (`335`, `$12,000`) is not a word-for-word change.

    ## Why
    Figures are faster to read for counts of 10 and up, and AP readers expect them.

    ## Fix
    Safe: the number is written as a figure.

    ## Examples
    ```bad
    Solutions came from more than ten renowned hospitals.
    ```
    ```fixed
    Solutions came from more than 10 renowned hospitals.
    ```

    ```good
    Solutions came from more than 10 renowned hospitals. Twelve of them won awards in the Ten Top Brands list.
    ```
    """
    facts = release.words
    if facts.exact and not _SPELLED_BIG_WORDS & facts.words:
        return  # none of the words is in the text (as a run of letters, lowercased)
    for span in prose_spans(release):
        for m in _SPELLED_BIG.finditer(release.prose, span.start, span.end):
            found = Span(m.start(1), m.end(1))
            word = m.group(1)
            if skip(release, found) or word[:1].isupper():
                continue  # sentence starts and names ("Ten Top Brands") keep their words
            before, after = neighbours(release.prose, found.start, found.end)
            if before.lower() in _COMPOUND_PARTS or after.lower().rstrip(".,;:") in _COMPOUND_NEXT:
                continue  # part of a compound: "twelve thousand", "three hundred thirty five"
            figure = str(SPELLED[word.lower()])
            yield Finding(found, f"AP style writes 10 and above as figures: write '{figure}'",
                          Fix.replace(found, figure, description=f"Write '{figure}'"))


_SENTENCE_FIGURE = lazyre.compile(r"(?<![\w.,])(\d[\d,]*(?:\.\d+)?)(?=[ \t]+[\p{Ll}])")


@rule("RL503", "sentence-starts-with-figure", severity="warning")
def sentence_starts_with_figure(release, ctx: Context):
    """A sentence opens with a figure.

    ## What it checks
    A sentence whose first word is a figure (`155 solutions were submitted.`). AP spells the
    number out or recasts the sentence; years (`2019 was a record year.`) are the exception.

    ## Why
    A figure at the start of a sentence hides the capital that tells the reader a sentence
    began.

    ## Examples
    ```bad
    The call closed in May. 155 solutions were submitted.
    ```

    ```good
    The call closed in May. In all, 155 solutions were submitted. 2019 was a record year.
    ```
    """
    for paragraph in release.body:
        if opens_list_item(release.text, paragraph.span.start):
            continue  # "• 170,474 square feet" is a list item, not a sentence
        for sentence in paragraph.sentences:
            m = _SENTENCE_FIGURE.match(release.prose, sentence.start, sentence.end)
            if m is None or (release.dateline and sentence.contains(release.dateline.span)):
                continue
            if not release.prose[sentence.start:sentence.end].rstrip(" \"”’)").endswith((".", "!", "?")):
                continue  # a fragment or a table cell ("6 month anniversary of the Closing"), not a sentence
            number = m.group(1)
            if _YEAR.fullmatch(number):
                continue
            found = Span(m.start(1), m.end(1))
            if skip(release, found):
                continue
            yield Finding(found, f"the sentence opens with the figure '{number}': spell it out or recast the sentence")


_BARE_THOUSANDS = lazyre.compile(r"(?<![\w.,/:#$@-])(\d{4,})(?![\w.,/:%-]|[.,]\d)")


@rule("RL504", "thousands-separator", severity="info", fix=ALWAYS_SAFE)
def thousands_separator(release, ctx: Context):
    """A number of 1,000 or more written without a thousands separator.

    ## What it checks
    Counts and amounts of four digits or more (`4000 patents`, `130000 square meters`). Years,
    addresses, ZIP codes, phone numbers, model and patent numbers, tickers and anything after
    `No.` are left alone; a four-digit number is only read as a count when a lowercase word
    follows it and it cannot be a year.

    ## Why
    AP, and every reader, groups thousands: `4,000` is read at a glance, `4000` is counted.

    ## Fix
    Safe: commas are inserted.

    ## Examples
    ```bad
    The company holds 4000 patents and 130000 trademarks.
    ```
    ```fixed
    The company holds 4,000 patents and 130,000 trademarks.
    ```

    ```good
    The company holds 4,000 patents, founded in 2004 at 1600 Main Street, model 2000X.
    ```
    """
    for span in prose_spans(release):
        for m in _BARE_THOUSANDS.finditer(release.prose, span.start, span.end):
            number = m.group(1)
            found = Span(m.start(1), m.end(1))
            if skip(release, found) or number.startswith("0"):
                continue
            before, after = neighbours(release.prose, found.start, found.end)
            if before.lower().rstrip(".") in ("no", "number", "patent", "model", "suite", "room", "box", "zip",
                                              "route", "version", "code", "id", "ref", "unit", "iso", "en", "din"):
                continue
            if capitalised(after) or not after or after[:1] == "%" and len(number) == 4:
                continue  # "1600 Main Street", "in 2019." (no word after), a name
            if after.lower() in ("block", "exchange", "exchanges", "form", "forms", "filing", "filings",
                                 "contractor", "contractors", "buyer", "buyers", "series", "plan", "plans"):
                continue  # "the 6000 block of Falls Road", "a 1031 exchange", "1099 contractors": names of things
            if capitalised(before) and not _sentence_start(release.prose, span.start, before_start(release.prose, found.start)):
                continue  # "Fortune 1000 companies", "Inc. 5000 list", "ZenaDrone 1000 drone": part of a name
            if after.lower() in TECHNICAL_UNITS or after.lower().startswith(("www", "http")):
                continue  # "1550 nm", a ZIP code before a web address
            if len(number) == 4 and (1800 <= int(number) <= 2100 or not after[:1].islower()):
                continue
            if len(number) > 4 and not after[:1].islower() and after.lower() not in FIGURE_NOUNS:
                continue
            grouped = f"{int(number):,}"
            yield Finding(found, f"write '{grouped}': AP groups thousands with commas",
                          Fix.replace(found, grouped, description=f"Write '{grouped}'"))


_ORDINAL = lazyre.compile(r"(?<![\w-])([1-9])(st|nd|rd|th)(?![\w-])")


_DATE_ORDINAL_BEFORE = lazyre.compile(
    r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:to|through|until|and|-|–)[ \t]+the[ \t]+\Z"
)


@rule("RL506", "ordinal-style", severity="warning", fix=ALWAYS_SAFE)
def ordinal_style(release, ctx: Context):
    """An ordinal under 10 written in figures.

    ## What it checks
    AP spells out first through ninth (`the fifth generation`) and uses figures from 10th. Dates
    (`June 4th` is RL107's business in a dateline) and names (`5th Avenue`, `1st Source Bank`)
    are left alone.

    ## Why
    `5th generation` reads as a label; `fifth generation` reads as prose.

    ## Fix
    Safe: the ordinal is spelled out.

    ## Examples
    ```bad
    It was one of the 5th generation of model enterprises.
    ```
    ```fixed
    It was one of the fifth generation of model enterprises.
    ```

    ```good
    It was one of the fifth generation, in its 19th edition, on 5th Avenue.
    ```
    """
    for span in prose_spans(release):
        for m in _ORDINAL.finditer(release.prose, span.start, span.end):
            found = Span(m.start(), m.end())
            if skip(release, found):
                continue
            before, after = neighbours(release.prose, found.start, found.end)
            if before.lower()[:3] in MONTHS or after.lower()[:3] in MONTHS or after.lower() == "of" and \
                    WORD_AFTER.match(release.prose[found.end + 3:found.end + 20] or "") and \
                    release.prose[found.end + 3:found.end + 20].strip()[:3].lower() in MONTHS:
                continue  # a date: "June 4th", "4th of July"
            if capitalised(after) or before.lower() == "the" and capitalised(after):
                continue  # a name: "5th Avenue", "1st Source Bank"
            if release.prose[found.start - 1:found.start] == "/":
                continue  # "1/3rd": a fraction, not an ordinal
            if before.lower() == "the" and _DATE_ORDINAL_BEFORE.search(release.prose, max(span.start, found.start - 40),
                                                                       found.start):
                continue  # "from December 2nd to the 6th": a day of the month named before
            word = ORDINAL_WORDS[int(m.group(1))]
            yield Finding(found, f"AP style spells out ordinals under 10th: write '{word}'",
                          Fix.replace(found, word, description=f"Write '{word}'"))
