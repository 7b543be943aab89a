"""Where a figure stands: the words around it, whether it is part of a name, a code or an address,
and the number words AP spells out."""

from __future__ import annotations

from ... import lazyre
from ...model import Span

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
times stars star dollars cents euros yuan yen mw gw kw kwh mph fps gb tb mb ghz mhz k wt vol mol ppm ppb""".split())
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def prose_spans(release):
    return [p.span for p in release.body] + [s for a in release.abouts for s in a.paragraphs]


def capitalised(word: str) -> bool:
    return bool(word) and word[:1].isupper()


WORD_BEFORE = lazyre.compile(r"([\p{L}$#№][\p{L}.'’&-]*)[ \t\u00a0\u202f]+$")
WORD_AFTER = lazyre.compile(r"^[ \t\u00a0\u202f]*(?:-[ \t]*)?([\p{L}%$][\p{L}.'’&-]*)")


def neighbours(prose: str, start: int, end: int) -> tuple[str, str]:
    before = WORD_BEFORE.search(prose, max(0, start - 40), start)
    after = WORD_AFTER.match(prose[end:end + 40])
    return (before.group(1) if before else ""), (after.group(1) if after else "")


def in_proper_name(prose: str, start: int, end: int) -> bool:
    """"Top 10 Templates", "Series 3", "Fifth China Innovation Challenge": capitals on both sides."""
    before, after = neighbours(prose, start, end)
    return (capitalised(before) and before.lower() not in ("the", "a", "an", "and", "of", "in", "on", "at", "for")
            and capitalised(after)) or (capitalised(after) and not before)


def skip(release, span: Span) -> bool:
    return release.is_protected(span) or release.in_quote(span)


_DIGIT = lazyre.compile(r"\d")


def after_a_digit_possible(prose: str, span) -> bool:
    """Whether a pattern whose every match follows a digit can match in ``span`` (its look-behind
    reads the character just before the span too)."""
    return _DIGIT.search(prose, max(0, span.start - 1), span.end) is not None


TECHNICAL_UNITS = frozenset("nm µm um mhz ghz khz hz mah mw kw gw kwh mwh v kv w rpm dpi ppi px bit bits bps mbps gbps".split())


def before_start(prose: str, at: int) -> int:
    m = WORD_BEFORE.search(prose, max(0, at - 40), at)
    return m.start(1) if m else at
