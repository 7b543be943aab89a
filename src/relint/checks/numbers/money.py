"""RL510: sums of money in AP's form: `$780 million`, not `$780M`, `$780,000,000` or `$780 Million`."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from ... import lazyre
from ...model import SOMETIMES_SAFE, Context, Finding, Fix, Span
from ...read.headings import heading_line
from ..spec import rule
from .context import prose_spans, skip

_CURRENCY = r"(?:(?:US|C|A|NZ|HK|S)?\$|€|£|¥)"
# "$780M", "$4.2B", "$1.5bn", "€3mn", "$20MM", "$5K": a letter for the scale.
_LETTER = lazyre.compile(
    rf"(?<![\p{{L}}\p{{N}}.$])(?P<cur>{_CURRENCY})[ \t]?(?P<num>\d[\d,]*(?:\.\d+)?)"
    r"(?P<space>[ \t]?)(?P<scale>MM|M|mn|mln|m|B|BN|Bn|bn|b|K|k|T|tn)(?P<plus>\+)?(?![\p{L}\p{N}])"
)
# "$5,000,000", "$2,500,000,000": a round sum written out in full.
_FULL = lazyre.compile(rf"(?<![\p{{L}}\p{{N}}.$])(?P<cur>{_CURRENCY})[ \t]?(?P<num>\d{{1,3}}(?:,\d{{3}}){{2,4}})(?![\d,]*\.\d|[\d,]*[\p{{L}}\p{{N}}])")
_SCALE_AFTER = lazyre.compile(r"[ \t]+(?i:million|billion|trillion)\b")
# "20 Billion", "$5 Million": the scale word capitalised after a figure.
_CAPITAL_SCALE = lazyre.compile(r"(?<=\d[ \t\u00a0]?)(?<!\d,\d\d\d[ \t\u00a0]?)(Million|Billion|Trillion)\b")
# "USD" beside a dollar sign: "$5 million USD", "USD $5 million".
_USD_AFTER = lazyre.compile(r"\$[ \t]?\d[\d,]*(?:\.\d+)?(?:[ \t]+(?:million|billion|trillion|thousand))?(?P<usd>[ \t]+USD)\b")
_USD_BEFORE = lazyre.compile(r"(?<![\p{L}])(?P<usd>USD[ \t]*)(?:US)?\$[ \t]?\d")
_SCALES = {"m": "million", "mm": "million", "mn": "million", "mln": "million", "b": "billion", "bn": "billion",
           "t": "trillion", "tn": "trillion", "k": "thousand"}


def _plain(number: Decimal) -> str:
    text = f"{number:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _thousands(number: Decimal) -> str | None:
    """"5K" as AP writes it: "5,000"; None when it is not a whole number of units."""
    whole = number * 1000
    return f"{int(whole):,}" if whole == whole.to_integral_value() else None


def _in_words(digits: str) -> tuple[str, str] | None:
    """"5,000,000" -> ("5", "million"); None unless the sum is round to two decimals of its scale."""
    value = int(digits.replace(",", ""))
    for size, word in ((10 ** 12, "trillion"), (10 ** 9, "billion"), (10 ** 6, "million")):
        if value >= size:
            scaled = Decimal(value) / size
            return (_plain(scaled), word) if scaled == scaled.quantize(Decimal("0.01")) else None
    return None


@rule("RL510", "money-style", severity="warning", fix=SOMETIMES_SAFE)
def money_style(release, ctx: Context):
    """A sum of money not in AP's form: `$780M`, `$5,000,000`, `$5 Million`, `$5 million USD`.

    ## What it checks
    In the body and About sections: a scale written as a letter after a sum (`$780M`, `$4.2B`,
    `€3mn`, `$5K`); a round sum of a million or more written out in full (`$5,000,000`, AP's
    `$5 million`); the scale word capitalised after a figure (`20 Billion`) outside a heading; and
    `USD` beside a dollar sign (`$5 million USD`, `USD $5 million`). A sum inside a quotation, a
    URL or a code is left alone, and so is an exact sum that is not round (`$1,234,567`) and a
    heading inside the text (a line of capitalised words: AP's headlines write `$1M`).

    ## Why
    AP writes sums with the figure and the word: `$780 million`, `$4.2 billion`, `$500,000`. Wire
    desks rewrite the shorthand, and a reader meets `$780M` as a typo.

    ## Fix
    Safe: the sum is written in AP's form with the same value (`$780M` becomes `$780 million`,
    `$5K` becomes `$5,000`, `$2,500,000` becomes `$2.5 million`, `Billion` becomes `billion`, `USD`
    beside a `$` goes). A sum written out in full and followed by a scale word (`$5,000,000
    Million`) says two things: it is reported with no fix.

    ## Examples
    ```bad
    The company raised $780M in 2024 and $2,500,000 in 2023, and expects 20 Billion in orders.
    ```
    ```fixed
    The company raised $780 million in 2024 and $2.5 million in 2023, and expects 20 billion in orders.
    ```

    ```good
    The company raised $780 million in 2024, $1,234,567 in grants and $500,000 in prizes.
    ```
    """
    prose = release.prose
    for span in prose_spans(release):
        text = prose[span.start:span.end]
        if "illion" not in text and not any(c in text for c in "$€£¥"):
            continue  # every pattern needs a currency sign or a scale word
        yield from _letters(release, span)
        yield from _full(release, span)
        yield from _capitals(release, span)
        yield from _usd(release, span)


def _letters(release, span: Span):
    for m in _LETTER.finditer(release.prose, span.start, span.end):
        found = Span(m.start(), m.end())
        if skip(release, found) or heading_line(release.prose, span, m.start()):
            continue
        scale = _SCALES[m.group("scale").lower()]
        try:
            number = Decimal(m.group("num").replace(",", ""))
        except InvalidOperation:
            continue
        more = "more than " if m.group("plus") else ""
        if scale == "thousand":
            whole = _thousands(number)
            if whole is None:
                yield Finding(found, f"'{m.group()}': AP style writes the sum in figures")
                continue
            written = f"{m.group('cur')}{whole}"
        else:
            written = f"{m.group('cur')}{m.group('num')} {scale}"
        if more:
            yield Finding(found, f"'{m.group()}': AP style writes '{more}{written}'")
            continue
        yield Finding(found, f"'{m.group()}': AP style writes '{written}'",
                      Fix.replace(found, written, description=f"Write '{written}'"))


def _full(release, span: Span):
    for m in _FULL.finditer(release.prose, span.start, span.end):
        found = Span(m.start(), m.end())
        if skip(release, found):
            continue
        if _SCALE_AFTER.match(release.prose, m.end()):
            scale = release.prose[m.end():m.end() + 12].split()[0]
            yield Finding(found, f"'{m.group()}' is followed by '{scale}': write the sum once, as AP does "
                                 f"(a figure and the word)")
            continue
        words = _in_words(m.group("num"))
        if words is None:
            continue
        written = f"{m.group('cur')}{words[0]} {words[1]}"
        yield Finding(found, f"'{m.group()}': AP style writes '{written}'",
                      Fix.replace(found, written, description=f"Write '{written}'"))


def _capitals(release, span: Span):
    prose = release.prose
    line = prose[span.start:span.end]
    letters = [c for c in line if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) * 2 > len(letters):
        return  # a line in capitals
    for m in _CAPITAL_SCALE.finditer(prose, span.start, span.end):
        found = Span(m.start(1), m.end(1))
        if skip(release, found) or _title_cased(prose, span, found) or heading_line(prose, span, m.start()):
            continue
        word = m.group(1).lower()
        yield Finding(found, f"'{m.group(1)}' after a figure: AP style writes '{word}'",
                      Fix.replace(found, word, description=f"Write '{word}'"))


def _title_cased(prose: str, span: Span, found: Span) -> bool:
    """In a heading or a name written in title case: the words on each side are capitalised too
    ("Reaches $1 Billion In Sales")."""
    after = prose[found.end:found.end + 30].split()[:2]
    return any(w[:1].isupper() for w in after if w[:1].isalpha() and w.lower() not in ("in", "of", "to"))


def _usd(release, span: Span):
    prose = release.prose
    for pattern in (_USD_AFTER, _USD_BEFORE):
        for m in pattern.finditer(prose, span.start, span.end):
            found = Span(m.start("usd"), m.end("usd"))
            if skip(release, found):
                continue
            yield Finding(found, "'USD' beside a dollar sign says the currency twice: AP style writes the '$' alone",
                          Fix.replace(found, "", description="Remove 'USD'"))
