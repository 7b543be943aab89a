"""How a house writes percentages, ranges and units (``house.numbers``)."""

from __future__ import annotations

import regex

from ... import lazyre
from ...house import Style, choice
from ...model import ALWAYS_SAFE, SOMETIMES_SAFE, Context, Finding, Fix, Span
from ...read.figures import PERCENT
from ..spec import rule
from .context import (
    after_a_digit_possible,
    neighbours,
    prose_spans,
    skip,
)

NUMBERS = Style("numbers", {
    "percent": choice("symbol", "word", "any",
                      doc="'5%' (symbol, AP since 2019), '5 percent' (word), or either, one form per release."),
    "range": choice("en-dash", "to", "any", doc="A range written '10–20' (en dash) or 'from 10 to 20'."),
    "units": choice("consistent", "abbreviated", "spelled", "any",
                    doc="Units of measure abbreviated (km), spelled (kilometers), or one form per release."),
    "currency": choice("consistent", "symbol", "prefixed", "any",
                       doc="US dollars as '$5 million' (symbol), 'US$5 million' (prefixed), or one form per release."),
}, doc="How numbers are written.")


@rule("RL505", "percent-style", severity="warning", fix=SOMETIMES_SAFE, house=(NUMBERS,))
def percent_style(release, ctx: Context):
    """Percentages written both `%` and `percent`, or not in the house form.

    ## What it checks
    With `house.numbers.percent: symbol` (AP since 2019, the default) every percentage takes `%`;
    with `word`, `percent`; with `any`, either, but one release does not mix the two.

    ## Fix
    Safe under `symbol` or `word`: the percentage is written in the house form (`7 percent`
    becomes `7%`). Under `any`, none: the writer chooses the form.

    ## Why
    A release that writes `5%` in one paragraph and `5 percent` in the next was assembled from
    two drafts.

    ## Examples
    ```bad
    Sales grew 5% in the first half and 7 percent in the second.
    ```
    ```fixed
    Sales grew 5% in the first half and 7% in the second.
    ```

    ```good
    Sales grew 5% in the first half and 7% in the second.
    ```
    """
    house = NUMBERS.of(ctx.house)
    style = house["percent"]
    first = None
    for span in prose_spans(release):
        if not after_a_digit_possible(release.prose, span):
            continue
        for m in PERCENT.finditer(release.prose, span.start, span.end):
            form = "symbol" if m.group(1) else "word"
            found = Span(m.start(1) if m.group(1) else m.start(2), m.end())
            if skip(release, found):
                continue
            if style in ("symbol", "word") and form != style:
                wanted = "%" if style == "symbol" else "percent"
                whose = "the house writes" if house.given else "AP style writes"
                written = Span(m.start(), m.end())  # from the digit on: "7 percent" -> "7%"
                yield Finding(written, f"{whose} percentages with '{wanted}'",
                              Fix.replace(written, "%" if style == "symbol" else " percent",
                                          description=f"Write '{wanted}'"))
                continue
            if first is None:
                first = form
            elif form != first:
                yield Finding(found, f"this release writes percentages with '{'%' if first == 'symbol' else 'percent'}' "
                                     "elsewhere: use one form")


_RANGE = lazyre.compile(
    r"(?<![\w.,/:-])((?i:from|between)\s+(?:(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?)?"
    r"(?<![\w.,/:-])(\d[\d,]*(?:\.\d+)?)(-)(\d[\d,]*(?:\.\d+)?)(?![\w/:-]|\.\d)"
)
_CODE_BEFORE = lazyre.compile(r"(?i:\b(?:no|nos|number|file|case|docket|form|ref|id|serial|part|model|ni|instrument|iso))\.?[ \t]*\Z")


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
    for span in prose_spans(release):
        for m in _RANGE.finditer(release.prose, span.start, span.end):
            low, high = m.group(2), m.group(4)
            found = Span(m.start(2), m.end(4))
            if skip(release, found) or not _is_range(low, high, release.prose, m):
                continue
            if low.startswith("0") or _CODE_BEFORE.search(release.prose, max(span.start, found.start - 12), found.start):
                continue  # "File No. 024-12729": a number, not a range
            if _STREET.match(release.prose, m.end(4)):
                continue  # "212-230 Culver Avenue": an address
            lead = (m.group(1) or "").split()[0].lower() if m.group(1) else ""
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


_TOLL_FREE = frozenset("800 833 844 855 866 877 888".split())


def _is_range(low: str, high: str, prose: str, m) -> bool:
    try:
        a, b = float(low.replace(",", "")), float(high.replace(",", ""))
    except ValueError:
        return False
    before, after = neighbours(prose, m.start(2), m.end(4))
    if before.lower() in ("won", "lost", "beat", "score", "scored", "record", "drew", "tied") or after.lower() in ("win", "loss", "victory", "defeat", "lead", "vote", "decision", "ratio"):
        return False
    if low == "1" and high in _TOLL_FREE:
        return False  # "1-800 calls": a toll-free prefix
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
    r"(?<=\d)[ \t]*(?:(?P<abbr>(?-i:km|cm|mm|kg|sq\.?[ \t]?m|m|g|mi|ft|lbs?|ml|mL|l|L))(?![\p{L}\d])|[ \t]+(?P<word>(?:square[ \t]+)?"
    r"(?:kilomet(?:er|re)s?|centimet(?:er|re)s?|millimet(?:er|re)s?|met(?:er|re)s?|kilogram(?:me)?s?|grams?|miles?|feet|foot|"
    r"pounds?|lit(?:er|re)s?|millilit(?:er|re)s?))(?![\p{L}]))",
    regex.I,
)


_MONEY_BEFORE = lazyre.compile(r"(?:[$€£¥]|\b(?:USD|EUR|GBP|CAD|AUD|HKD|RMB|CNY|JPY|SGD))[ \t]?[\d.,]*\d\Z")


@rule("RL508", "units-mixed", severity="info", house=(NUMBERS,))
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
    for span in prose_spans(release):
        if not after_a_digit_possible(release.prose, span):
            continue
        for m in _UNIT.finditer(release.prose, span.start, span.end):
            form = "abbreviated" if m.group("abbr") else "spelled"
            group = "abbr" if m.group("abbr") else "word"
            found = Span(m.start(group), m.end(group))
            if skip(release, found) or release.prose[found.end:found.end + 1] == "/":
                continue  # compound units ("g/t", "L/min", "km/h") are only ever abbreviated
            if m.group("abbr") and _MONEY_BEFORE.search(release.prose, max(span.start, m.start() - 24), m.start()):
                continue  # "C$1.65m", "$15m": millions of money, not meters
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


# US dollars before a figure: "US$5" (or "US $5"), and "$5" after no letter ("HK$5", "C$5" are
# other dollars).
_DOLLARS = lazyre.compile(r"(?<![\p{L}\p{N}.$])(?P<us>US ?)?\$(?=\d)")
# What says a release may hold another dollar, where "US$" tells them apart and a bare "$" may be
# either: another dollar by symbol, code or name, a listing in a dollar country, a place there.
_OTHER_DOLLARS = lazyre.compile(
    r"(?<![\p{L}])(?!US ?\$)\p{Lu}{1,3} ?\$(?=\s?\d)|\b(?:HKD|CAD|AUD|SGD|NZD|TWD|MXN|BRL)\b"
    r"|\b(?:TSXV?|TSX Venture|CSE|NEO|ASX|NZX|SGX|HKEX|SEHK|TWSE|TPEx)\b|\d\.HK\b"
    r"|\b(?:Canada|Canadian|Australia|Australian|Hong Kong|Singapore|New Zealand|Taiwan|Mexico|Mexican|Brazil"
    r"|Brazilian|Toronto|Vancouver|Montreal|Calgary|Ottawa|British Columbia|Ontario|Alberta|Quebec|Sydney|Melbourne)\b")
_CURRENCY_FORMS = {"symbol": "$", "prefixed": "US$"}


@rule("RL509", "currency-form", severity="warning", fix=ALWAYS_SAFE, house=(NUMBERS,))
def currency_form(release, ctx: Context):
    """US dollars written both `$5` and `US$5`, or not in the house form.

    ## What it checks
    Amounts in US dollars: `$5 million` (`house.numbers.currency: symbol`, AP's form) or
    `US$5 million` (`prefixed`, for houses that write for readers of several currencies); with
    `consistent`, the default, the form a release uses first is its form. Other currencies are left
    alone (`HK$5`, `C$5`, `RMB 5 million`, `€5`), and so is any amount in a quotation. A release that
    may hold another dollar is left alone too: one that names one (`HK$`, `CAD`, `Canadian
    dollars`), a listing in a dollar country (`TSX`, `ASX`, `HKEX`) or a place there (`Vancouver`,
    `Hong Kong`). There `US$` tells the dollars apart, and a bare `$` may be either.

    ## Why
    `$5 million` and `US$5 million` in one release read as two currencies to a reader who knows
    there are several; a house writes its dollars one way.

    ## Fix
    Safe: the house form replaces the other (`US$` for `$`, or `$` for `US$`); the figure is
    untouched.

    ## Examples
    ```bad
    Sales reached $5 million, up from US$4 million.
    ```
    ```fixed
    Sales reached $5 million, up from $4 million.
    ```

    ```good
    Sales reached $5 million, up from $4 million.
    ```

    ```good
    Sales reached C$5 million in Toronto, or US$3.6 million.
    ```

    ```config
    house:
      numbers: {currency: prefixed}
    ```
    ```bad
    The fund raised $12 million.
    ```
    ```fixed
    The fund raised US$12 million.
    ```

    ```good
    The fund raised US$12 million.
    ```
    """
    style = NUMBERS.of(ctx.house)["currency"]
    if style == "any" or "$" not in release.prose:
        return
    spans = prose_spans(release)
    found = [(m, "prefixed" if m.group("us") else "symbol") for span in spans
             for m in _DOLLARS.finditer(release.prose, span.start, span.end)]
    found = [(m, form) for m, form in found if not skip(release, Span(m.start(), m.end()))]
    if not found or _OTHER_DOLLARS.search(release.prose) is not None:
        return
    wanted = style if style != "consistent" else found[0][1]
    replacement = _CURRENCY_FORMS[wanted]
    why = (f"the house writes US dollars '{replacement}'" if style != "consistent" else
           f"this release writes US dollars '{replacement}' elsewhere: use one form")
    for m, form in found:
        if form != wanted:
            span = Span(m.start(), m.end())
            yield Finding(span, f"'{m.group()}': {why}", Fix.replace(span, replacement, description=f"Write '{replacement}'"))
