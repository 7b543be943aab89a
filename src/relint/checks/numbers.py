"""RL5xx: numbers in AP style (every choice a house option).

Context decides everything here: a number inside a URL, an e-mail address, a ticker, a code, a
date, a time, a proper name (`Top 10 Templates`) or a quotation's wording is left alone.
House choices live in ``house.numbers``: ``percent`` (symbol, word or any), ``range`` (en-dash,
to or any) and ``units`` (abbreviated, spelled or any; by default one style per release).
"""

from __future__ import annotations

import regex

from .. import lazyre
from ..house import Style, choice
from ..model import ALWAYS_SAFE, Context, Finding, Fix, Span
from ..read.figures import PERCENT
from .spec import rule

NUMBERS = Style("numbers", {
    "percent": choice("any", "symbol", "word", doc="'5%' (symbol), '5 percent' (word), or either."),
    "range": choice("en-dash", "to", "any", doc="A range written '10–20' (en dash) or 'from 10 to 20'."),
    "units": choice("consistent", "abbreviated", "spelled", "any",
                    doc="Units of measure abbreviated (km), spelled (kilometers), or one form per release."),
}, doc="How numbers are written.")
SPELLED = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
           "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
           "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
WORDS_FOR = {v: k for k, v in SPELLED.items() if v < 10}
ORDINAL_WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
                 8: "eighth", 9: "ninth"}
# Nouns after which AP keeps figures even under 10: ages, money, measures, percentages, times, scores.
FIGURE_NOUNS = frozenset("""percent % million billion trillion thousand hundred years year-old year-olds months
weeks days hours minutes seconds am pm a.m. p.m. km kilometers kilometres miles mile feet foot inches inch meters
metres meter metre cm mm kg kilograms pounds lbs ounces oz grams g liters litres gallons degrees points point x
times stars star dollars cents euros yuan yen mw gw kw kwh mph fps gb tb mb ghz mhz k""".split())
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _prose_spans(release):
    return [p.span for p in release.body] + [s for a in release.abouts for s in a.paragraphs]


def _capitalised(word: str) -> bool:
    return bool(word) and word[:1].isupper()


_WORD_BEFORE = lazyre.compile(r"([\p{L}$#№][\p{L}.'’&-]*)[ \t]+$")
_WORD_AFTER = lazyre.compile(r"^[ \t]*(?:-[ \t]*)?([\p{L}%$][\p{L}.'’&-]*)")


def _neighbours(prose: str, start: int, end: int) -> tuple[str, str]:
    before = _WORD_BEFORE.search(prose, max(0, start - 40), start)
    after = _WORD_AFTER.match(prose[end:end + 40])
    return (before.group(1) if before else ""), (after.group(1) if after else "")


def _in_proper_name(prose: str, start: int, end: int) -> bool:
    """"Top 10 Templates", "Series 3", "Fifth China Innovation Challenge": capitals on both sides."""
    before, after = _neighbours(prose, start, end)
    return (_capitalised(before) and before.lower() not in ("the", "a", "an", "and", "of", "in", "on", "at", "for")
            and _capitalised(after)) or (_capitalised(after) and not before)


def _skip(release, span: Span) -> bool:
    return release.is_protected(span) or release.in_quote(span)


# --------------------------------------------------------------------------- spelling out


# Not "(1)" (an enumeration) and not "3 out of 4" (a proportion, where AP keeps figures).
_SMALL_FIGURE = lazyre.compile(r"(?<![\w.,/:$#%+(\[-])(?<!\d[ \t]+in[ \t]+)(?<!out[ \t]+of[ \t]+(?:every[ \t]+)?)([1-9])(?![\w.,/:%)\]-]|\s*(?:%|‰)|\s+out\s+of\b|\s+in\s+\d)")


_SCORE_OR_RANGE = lazyre.compile(r"\d\s*[-–:/x]\s*\d|\d\s*[-–]\s*$|^[-–]\s*\d")
_YEAR = lazyre.compile(r"(?:1[89]|20)\d\d")

@rule("RL501", "number-small-figure", severity="warning", fix=ALWAYS_SAFE)
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
    for span in _prose_spans(release):
        if _LIST_ITEM.match(release.text, release.text.rfind("\n", 0, span.start) + 1):
            continue  # "• 2 drive-in doors": specifications in a list keep their figures
        for m in _SMALL_FIGURE.finditer(release.prose, span.start, span.end):
            found = Span(m.start(1), m.end(1))
            if _skip(release, found) or _figure_context(release.prose, found.start, found.end):
                continue
            word = WORDS_FOR[int(m.group(1))]
            if _sentence_start(release.prose, span.start, found.start):
                word = word.capitalize()
            yield Finding(found, f"AP style spells out numbers under 10: write '{word}'",
                          Fix.replace(found, word, description=f"Write '{word}'"))


def _sentence_start(prose: str, floor: int, at: int) -> bool:
    before = prose[max(floor, at - 3):at].strip()
    return at == floor or before.endswith((".", "!", "?", ":"))


def _figure_context(prose: str, start: int, end: int) -> bool:
    before, after = _neighbours(prose, start, end)
    if prose[max(0, start - 2):start].rstrip(" ").endswith(("”", '"', ".", ")")) and not prose[start - 1:start].isspace():
        return True  # a footnote mark: 'the Stone Age.”1'
    if _capitalised(before) and before.lower() not in ("the", "a", "an", "and", "of", "in", "on", "at", "for", "with",
                                                       "by", "from", "to", "only", "about", "nearly", "all", "these"):
        return True  # "Layer 2", "Book 1", "Series 3": a figure that is part of a name
    if after.lower() in FIGURE_NOUNS or after.lower().rstrip(".,") in FIGURE_NOUNS or before.lower().rstrip(".") in ("no", "number", "version", "v",
                                                                                      "level", "phase", "gen", "step",
                                                                                      "page", "chapter", "grade", "room",
                                                                                      "tier", "type", "class", "model",
                                                                                      "aged", "age", "ages", "day", "week",
                                                                                      "$", "us$", "hk$", "rmb", "q"):
        return True
    if before.lower()[:3] in MONTHS or after.lower()[:3] in MONTHS:
        return True  # a date: "June 4", "4 June"
    if _in_proper_name(prose, start, end) or _capitalised(before) and before.isupper():
        return True
    near = prose[max(0, start - 2):end + 2]
    return bool(_SCORE_OR_RANGE.search(near))  # scores, ratios, ranges


_SPELLED_BIG = lazyre.compile(r"(?i)(?<![\w-])(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
                             r"nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?![\w-])")


_SPELLED_BIG_WORDS = frozenset("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty "
                               "thirty forty fifty sixty seventy eighty ninety".split())
_DIGIT = lazyre.compile(r"\d")


def _after_a_digit_possible(prose: str, span) -> bool:
    """Whether a pattern whose every match follows a digit can match in ``span`` (its look-behind
    reads the character just before the span too)."""
    return _DIGIT.search(prose, max(0, span.start - 1), span.end) is not None


@rule("RL502", "number-spelled-ten-plus", severity="warning", fix=ALWAYS_SAFE)
def number_spelled_ten_plus(release, ctx: Context):
    """A number of 10 or more spelled out in running text.

    ## What it checks
    AP writes 10 and above as figures: `more than ten hospitals` becomes `more than 10
    hospitals`. A number that starts a sentence is left spelled out (AP spells out a number that
    opens a sentence), and so are numbers in names and in quotations. Compound forms such as
    `twenty-five` are left to the writer.

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
    for span in _prose_spans(release):
        for m in _SPELLED_BIG.finditer(release.prose, span.start, span.end):
            found = Span(m.start(1), m.end(1))
            word = m.group(1)
            if _skip(release, found) or word[:1].isupper():
                continue  # sentence starts and names ("Ten Top Brands") keep their words
            figure = str(SPELLED[word.lower()])
            yield Finding(found, f"AP style writes 10 and above as figures: write '{figure}'",
                          Fix.replace(found, figure, description=f"Write '{figure}'"))


_LIST_ITEM = lazyre.compile(r"[ \t]*(?:[*•+-]|\d{1,2}[.)])[ \t]")
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
        if _LIST_ITEM.match(release.text, release.text.rfind("\n", 0, paragraph.span.start) + 1):
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
            if _skip(release, found):
                continue
            yield Finding(found, f"the sentence opens with the figure '{number}': spell it out or recast the sentence")


_BARE_THOUSANDS = lazyre.compile(r"(?<![\w.,/:#$@-])(\d{4,})(?![\w.,/:%-]|[.,]\d)")


@rule("RL504", "thousands-separator", severity="warning", fix=ALWAYS_SAFE)
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
    for span in _prose_spans(release):
        for m in _BARE_THOUSANDS.finditer(release.prose, span.start, span.end):
            number = m.group(1)
            found = Span(m.start(1), m.end(1))
            if _skip(release, found) or number.startswith("0"):
                continue
            before, after = _neighbours(release.prose, found.start, found.end)
            if before.lower().rstrip(".") in ("no", "number", "patent", "model", "suite", "room", "box", "zip",
                                              "route", "version", "code", "id", "ref", "unit", "iso", "en", "din"):
                continue
            if _capitalised(after) or not after or after[:1] == "%" and len(number) == 4:
                continue  # "1600 Main Street", "in 2019." (no word after), a name
            if _capitalised(before) and not _sentence_start(release.prose, span.start, before_start(release.prose, found.start)):
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


TECHNICAL_UNITS = frozenset("nm µm um mhz ghz khz hz mah mw kw gw kwh mwh v kv w rpm dpi ppi px bit bits bps mbps gbps".split())


def before_start(prose: str, at: int) -> int:
    m = _WORD_BEFORE.search(prose, max(0, at - 40), at)
    return m.start(1) if m else at




@rule("RL505", "percent-style", severity="warning", house=(NUMBERS,))
def percent_style(release, ctx: Context):
    """Percentages written both `%` and `percent`, or not in the house form.

    ## What it checks
    With `house.numbers.percent: symbol` (AP since 2019) every percentage takes `%`; with `word`,
    `percent`. Whatever the house says, one release does not mix the two.

    ## Why
    A release that writes `5%` in one paragraph and `5 percent` in the next was assembled from
    two drafts.

    ## Examples
    ```bad
    Sales grew 5% in the first half and 7 percent in the second.
    ```

    ```good
    Sales grew 5% in the first half and 7% in the second.
    ```
    """
    style = NUMBERS.of(ctx.house)["percent"]
    first = None
    for span in _prose_spans(release):
        if not _after_a_digit_possible(release.prose, span):
            continue
        for m in PERCENT.finditer(release.prose, span.start, span.end):
            form = "symbol" if m.group(1) else "word"
            found = Span(m.start(1) if m.group(1) else m.start(2), m.end())
            if _skip(release, found):
                continue
            if style in ("symbol", "word") and form != style:
                wanted = "%" if style == "symbol" else "percent"
                yield Finding(found, f"the house writes percentages with '{wanted}'")
                continue
            if first is None:
                first = form
            elif form != first:
                yield Finding(found, f"this release writes percentages with '{'%' if first == 'symbol' else 'percent'}' "
                                     "elsewhere: use one form")


_ORDINAL = lazyre.compile(r"(?<![\w-])([1-9])(st|nd|rd|th)(?![\w-])")


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
    for span in _prose_spans(release):
        for m in _ORDINAL.finditer(release.prose, span.start, span.end):
            found = Span(m.start(), m.end())
            if _skip(release, found):
                continue
            before, after = _neighbours(release.prose, found.start, found.end)
            if before.lower()[:3] in MONTHS or after.lower()[:3] in MONTHS or after.lower() == "of" and \
                    _WORD_AFTER.match(release.prose[found.end + 3:found.end + 20] or "") and \
                    release.prose[found.end + 3:found.end + 20].strip()[:3].lower() in MONTHS:
                continue  # a date: "June 4th", "4th of July"
            if _capitalised(after) or before.lower() == "the" and _capitalised(after):
                continue  # a name: "5th Avenue", "1st Source Bank"
            word = ORDINAL_WORDS[int(m.group(1))]
            yield Finding(found, f"AP style spells out ordinals under 10th: write '{word}'",
                          Fix.replace(found, word, description=f"Write '{word}'"))


_RANGE = lazyre.compile(r"(?<![\w.,/-])((?:from|between)\s+)?(\d[\d,]*(?:\.\d+)?)(-)(\d[\d,]*(?:\.\d+)?)(?![\w/-]|\.\d)")


@rule("RL507", "range-hyphen", severity="warning", fix=ALWAYS_SAFE, house=(NUMBERS,))
def range_hyphen(release, ctx: Context):
    """A range of numbers joined with a hyphen.

    ## What it checks
    `2017-2018`, `10-15%`: a range takes an en dash (`2017–2018`), or `to` after `from`
    (`from 2017 to 2018`) and `and` after `between`. With `house.numbers.range: to`, every range
    is written with `to`. Phone numbers, codes, scores (`won 3-1`) and ratios are left alone.

    ## Why
    A hyphen joins words; the en dash means "through". Editors correct it in every style guide.

    ## Fix
    Safe: the hyphen becomes an en dash, or `to` after `from` and `and` after `between`.

    ## Examples
    ```bad
    The selection (2017-2018) ran from 2019-2020.
    ```
    ```fixed
    The selection (2017–2018) ran from 2019 to 2020.
    ```

    ```good
    The selection (2017–2018) ran from 2019 to 2020; the team won 3-1.
    ```
    """
    style = NUMBERS.of(ctx.house)["range"]
    for span in _prose_spans(release):
        for m in _RANGE.finditer(release.prose, span.start, span.end):
            low, high = m.group(2), m.group(4)
            found = Span(m.start(2), m.end(4))
            if _skip(release, found) or not _is_range(low, high, release.prose, m):
                continue
            if _STREET.match(release.prose, m.end(4)):
                continue  # "212-230 Culver Avenue": an address
            lead = (m.group(1) or "").strip().lower()
            hyphen = Span(m.start(3), m.end(3))
            if lead == "from" or (style == "to" and lead != "between"):
                replacement, say = " to ", "to"
            elif lead == "between":
                replacement, say = " and ", "and"
            else:
                replacement, say = "–", "an en dash"
            yield Finding(found, f"write the range '{low}{replacement}{high}' with {say}, not a hyphen",
                          Fix.replace(hyphen, replacement, description=f"Use {say}"))


_STREET = lazyre.compile(r"[ \t]+(?:\p{Lu}[\p{L}.]*[ \t]+){0,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|"
                       r"Drive|Dr\.?|Lane|Ln\.?|Way|Place|Pl\.?|Court|Ct\.?|Highway|Hwy\.?|Parkway|Pkwy\.?|Suite)\b")


def _is_range(low: str, high: str, prose: str, m) -> bool:
    try:
        a, b = float(low.replace(",", "")), float(high.replace(",", ""))
    except ValueError:
        return False
    before, after = _neighbours(prose, m.start(2), m.end(4))
    if before.lower() in ("won", "lost", "beat", "score", "scored", "record", "drew", "tied") or after.lower() in ("win", "loss", "victory", "defeat", "lead", "vote", "decision", "ratio"):
        return False
    if len(low) == 3 and len(high) == 4 or prose[max(0, m.start(2) - 2):m.start(2)].endswith((") ", ")")):
        return False  # a telephone number: "221-9081", "(937) 221-9081"
    if len(low) >= 3 and len(high) >= 3 and len(low) + len(high) >= 9 and a >= b:
        return False  # codes
    return a < b


_UNIT_PAIRS = [("km", "kilometers", "kilometres"), ("m", "meters", "metres"), ("cm", "centimeters", "centimetres"),
               ("mm", "millimeters", "millimetres"), ("kg", "kilograms", "kilogrammes"), ("g", "grams", "grammes"),
               ("sq m", "square meters", "square metres"), ("mi", "miles", "miles"), ("ft", "feet", "feet"),
               ("lb", "pounds", "pounds"), ("l", "liters", "litres"), ("ml", "milliliters", "millilitres")]
_UNIT = lazyre.compile(
    r"(?<=\d)[ \t]*(?:(?P<abbr>km|cm|mm|kg|sq\.?[ \t]?m|m|g|mi|ft|lbs?|ml|l)(?![\p{L}\d])|[ \t]+(?P<word>(?:square[ \t]+)?"
    r"(?:kilomet(?:er|re)s?|centimet(?:er|re)s?|millimet(?:er|re)s?|met(?:er|re)s?|kilogram(?:me)?s?|grams?|miles?|feet|foot|"
    r"pounds?|lit(?:er|re)s?|millilit(?:er|re)s?))(?![\p{L}]))",
    regex.I,
)


@rule("RL508", "units-mixed", severity="warning", house=(NUMBERS,))
def units_mixed(release, ctx: Context):
    """Units abbreviated in one place and spelled out in another.

    ## What it checks
    Measurements after figures: `50 km` beside `130,000 square meters` mixes abbreviated and
    spelled-out units in one release. With `house.numbers.units: abbreviated` or `spelled`, every
    unit follows the house. The unit used first sets the release's style.

    ## Why
    A release that measures in `km` and then in `meters` reads as two documents stitched together.

    ## Examples
    ```bad
    The site lies within 50 km of the delta and covers 130,000 square meters.
    ```

    ```good
    The site lies within 50 kilometers of the delta and covers 130,000 square meters.
    ```
    """
    style = NUMBERS.of(ctx.house)["units"]
    first = None
    for span in _prose_spans(release):
        if not _after_a_digit_possible(release.prose, span):
            continue
        for m in _UNIT.finditer(release.prose, span.start, span.end):
            form = "abbreviated" if m.group("abbr") else "spelled"
            group = "abbr" if m.group("abbr") else "word"
            found = Span(m.start(group), m.end(group))
            if _skip(release, found) or release.prose[found.end:found.end + 1] == "/":
                continue  # compound units ("g/t", "L/min", "km/h") are only ever abbreviated
            if style in ("abbreviated", "spelled"):
                if form != style:
                    yield Finding(found, f"the house writes units {style}")
                continue
            if style == "any":
                continue
            if first is None:
                first = (form, release.prose[found.start:found.end])
            elif form != first[0]:
                yield Finding(found, f"'{release.prose[found.start:found.end]}' is {form}, but this release writes "
                                     f"'{first[1]}' earlier: use one style for units")
