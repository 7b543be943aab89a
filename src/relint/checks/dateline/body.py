"""RL117: dates in the text, not only the dateline, in the house style (AP: `Sept. 30`, `Feb. 11`)."""

from __future__ import annotations

from ... import lazyre
from ...model import ALWAYS_SAFE, Context, Finding, Fix, Span
from ...read.dateline import AP_MONTHS, MONTH_NAMES, MONTHS
from ...read.headings import heading_line
from ..spec import rule
from .form import DATELINE

_MONTH = r"(?P<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:[a-z]*)\.?)"
# "Sept. 30", "September 30th, 2025", "30 September 2025", "30th of September": a month with a day.
_DATE = lazyre.compile(
    rf"(?<![\p{{L}}\p{{N}}.,/-])(?:{_MONTH}[ \t\u00a0]+(?P<day>[0-3]?\d)(?P<suffix>st|nd|rd|th)?(?![\p{{L}}\p{{N}}:/-]|[.,]\d)"
    rf"|(?P<day2>[0-3]?\d)(?P<suffix2>st|nd|rd|th)?[ \t\u00a0]+(?:of[ \t]+)?(?P<month2>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)"
    rf"(?![\p{{L}}\p{{N}}]))(?P<year>,?[ \t\u00a0]+(?:of[ \t]+)?(?:1[89]|2\d)\d\d(?![\p{{N}}]))?"
)
# "May" is a verb and a name more often than a month: only with a day on the right side and a year.
_YEAR_AFTER = lazyre.compile(r"[ \t\u00a0]+(?:1[89]|2\d)\d\d\b")
_RANGE_BEFORE = lazyre.compile(r"\d(?:st|nd|rd|th)?[ \t]*(?:-|–|—|to|and|&|through|until)[ \t]*\Z")
_NUMBER_BEFORE = lazyre.compile(r"(?:\d|\b(?:No|Nos|Vol|Section|Sec|Article|Item|Rule|Room|Suite|Unit)\.?)[ \t]*\Z")


def _month_number(word: str) -> int | None:
    return MONTHS.get(word.rstrip(".").lower())


@rule("RL117", "date-style", severity="warning", fix=ALWAYS_SAFE, house=(DATELINE,))
def date_style(release, ctx: Context):
    """A date in the text is not in the house style: `September 30th`, `30 Sept.`, `Sep 30`.

    ## What it checks
    Dates with a day in the body and About sections (the dateline's own date is RL106's and
    RL107's). With AP style (`house.dateline.month-style: ap`, the default) a month with a day is
    `Jan.`, `Feb.`, `Aug.`, `Sept.`, `Oct.`, `Nov.` or `Dec.`, and March through July are spelled
    out; with `full`, every month is spelled out. The day takes no ordinal (`Feb. 11`, not `Feb.
    11th`). With the house order month-day-year (`date-order: mdy`, AP's), a date written day
    first (`30 September 2025`) is turned round, unless the release writes dates both ways (RL105
    reports that) or the date ends a range (`27 to 30 October`). Left alone: a date in a quotation, a URL or a heading, a month with no day
    (`September 2025`), a table's column heads (`December 31, 2024 2023`), and `May` unless a day
    follows it. A house that writes dates day first
    (`date-order: dmy`) is held to one order by RL105 alone.

    ## Why
    AP style writes dates one way wherever they stand; a release whose dateline says `Sept. 30` and
    whose text says `September 30th` was edited only at the top.

    ## Fix
    Safe: the date is written in the house style, with the same day, month and year.

    ## Examples
    ```bad
    BOSTON, Oct. 2, 2025 — The plant opens on September 30th, 2026, and the fair on Aug 12th.
    ```
    ```fixed
    BOSTON, Oct. 2, 2025 — The plant opens on Sept. 30, 2026, and the fair on Aug. 12.
    ```

    ```good
    BOSTON, Oct. 2, 2025 — The plant opens on Sept. 30, 2026, in May and on March 4.
    ```
    """
    style = DATELINE.of(ctx.house)
    if style["month-style"] == "any" or style["date-order"] == "dmy":
        return  # a house that writes day first sets its own forms: RL105 holds it to one order
    names = AP_MONTHS if style["month-style"] == "ap" else MONTH_NAMES
    spans = [p.span for p in release.body] + [s for a in release.abouts for s in a.paragraphs]
    prose = release.prose
    dateline = release.dateline.span if release.dateline else None
    found = []
    for span in spans:
        for m in _DATE.finditer(prose, span.start, span.end):
            at = Span(m.start(), m.end())
            if (dateline is not None and dateline.overlaps(at)) or release.is_protected(at) or release.in_quote(at):
                continue
            first = m.group("month") is not None
            word = m.group("month") if first else m.group("month2")
            month = _month_number(word)
            if month is None or (month == 5 and word.startswith("May") and not first and not m.group("year")):
                continue
            if not first and (_NUMBER_BEFORE.search(prose, max(span.start, m.start() - 12), m.start())
                              or _RANGE_BEFORE.search(prose, max(span.start, m.start() - 12), m.start())):
                continue  # "Section 5 May ...": not a day; "27 to 30 October": a range, turned round only whole
            if heading_line(prose, span, m.start()) or _YEAR_AFTER.match(prose, m.end()):
                continue  # "For the years ended December 31, 2024 2023 Revenue ...": a table's column heads
            found.append((m, first, month))
    day_first = [f for f in found if not f[1]]
    turn = style["date-order"] == "mdy" and len(day_first) == len(found)  # no mix: RL105 reports a mix
    for m, first, month in found:
        if not first and not turn:
            continue  # day first in a release that also writes month first: RL105 reports the mix
        day = int(m.group("day") if first else m.group("day2"))
        if not 1 <= day <= 31:
            continue
        suffix = m.group("suffix") if first else m.group("suffix2")
        year = m.group("year") or ""
        year_digits = year.strip(", \t\u00a0").removeprefix("of").strip()
        wanted = f"{names[month - 1]} {day}" + (f", {year_digits}" if year_digits else "")
        written = m.group()
        if written == wanted:
            continue
        what = ("takes no ordinal" if suffix and written.replace(suffix, "", 1) == wanted
                else "is written day first" if not first and turn else "is not in the house style")
        how = "AP style" if not style.given else "the house style"
        yield Finding(Span(m.start(), m.end()), f"the date '{written}' {what}: {how} writes '{wanted}'",
                      Fix.replace(Span(m.start(), m.end()), wanted, description=f"Write '{wanted}'"))
