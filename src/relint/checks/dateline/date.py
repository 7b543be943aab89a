"""The dateline's date: there, with its year, in the house order and month style, a plain day, the
right weekday (or none), and the date the front matter and the calendar allow."""

from __future__ import annotations

import datetime as _dt

from ... import lazyre
from ...model import ALWAYS_SAFE, ALWAYS_UNSAFE, Context, Finding, Fix, Span
from ...read.dateline import AP_MONTHS, MONTH_NAMES, WEEKDAYS, front_matter_date
from ..spec import rule
from .form import (
    DATELINE,
    format_date,
    house_form,
    lead_date,
    match_fields,
    real_month,
    text_of,
)

_WORD_AND_COMMA = lazyre.compile(r"[\p{L}.]+,?\s+")
# Full dates in running text, for RL105: no weekday or time, so the scan stays cheap.
_YEAR_DIGITS = lazyre.compile(r"(?:1[89]|2\d)\d\d")  # in every _BODY_DATE match, and cheap to seek
_BODY_DATE = lazyre.compile(
    r"(?<![\w.])(?:(?P<mdy>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+(?:1[89]|2\d)\d\d)"
    r"|(?P<dmy>[0-3]?\d(?:st|nd|rd|th)?\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?:1[89]|2\d)\d\d))(?!\d)"
)


@rule("RL102", "dateline-date-missing", severity="info", house=(DATELINE,))
def dateline_date_missing(release, ctx: Context):
    """The dateline gives a place but no date.

    ## What it checks
    A dateline with its place and dash but no date (`Shanghai, China – The ...`). When the date is
    instead run into the first sentence (`Shanghai, China – On December 12, ...`), the message says
    so and shows the house form with that date in place.

    ## Why
    A release is news of a day; a dateline without the date leaves the reader to guess how old it
    is, and republishing sites date it by when they copied it.

    ## Examples
    ```bad
    Shanghai, China – The company won the award.
    ```

    ```good
    SHANGHAI, Dec. 12, 2019 — The company won the award.
    ```
    """
    dl = release.dateline
    if dl is None or dl.date is not None:
        return
    style = DATELINE.of(ctx.house)
    lead = lead_date(release, dl)
    span = Span(dl.span.start, dl.dash.start if dl.dash else dl.span.end)
    if lead is not None:
        form = house_form(release, dl, style, match_fields(lead))
        yield Finding(span, f"the dateline has no date; the date '{lead.group().strip()}' is run into the first "
                            f"sentence instead: write '{form}'")
        return
    yield Finding(span, f"the dateline has no date: write '{house_form(release, dl, style)}'")


@rule("RL103", "dateline-year-missing", severity="warning", house=(DATELINE,))
def dateline_year_missing(release, ctx: Context):
    """The dateline's date has no year.

    ## What it checks
    A dateline date with a month and day but no year (`BOSTON, June 2 — `), when the house wants the
    year (`house.dateline.year: required`, the default).

    ## Why
    Releases live on in archives and search results for years; a date without a year loses its
    meaning the January after.

    ## Examples
    ```bad
    BOSTON, June 2 — Acme opened a plant.
    ```

    ```good
    BOSTON, June 2, 2025 — Acme opened a plant.
    ```
    """
    dl = release.dateline
    style = DATELINE.of(ctx.house)
    if dl is None or dl.date is None or dl.year is not None or style["year"] != "required" or dl.order == "iso":
        return
    yield Finding(dl.date, f"the dateline date has no year: write '{house_form(release, dl, style)}'")


@rule("RL104", "dateline-date-order", severity="warning", fix=ALWAYS_SAFE, house=(DATELINE,))
def dateline_date_order(release, ctx: Context):
    """The dateline's date is not written in the house order.

    ## What it checks
    Day-month-year (`24 October 2021`) where the house writes month-day-year (`October 24, 2021`),
    or the other way round, as set by `house.dateline.date-order` (AP: month-day-year).

    ## Why
    Readers in one market read `4/10` one way; a release that writes dates in two orders, or in
    the other market's order, invites misreading and looks unedited.

    ## Fix
    Safe: the date is rewritten in the house order, with the house month style.

    ## Examples
    ```bad
    NUREMBERG, Germany, 20 Oct. 2021 — Acme opened a plant.
    ```
    ```fixed
    NUREMBERG, Germany, Oct. 20, 2021 — Acme opened a plant.
    ```

    ```good
    NUREMBERG, Germany, Oct. 20, 2021 — Acme opened a plant.
    ```
    """
    dl = release.dateline
    style = DATELINE.of(ctx.house)
    if dl is None or dl.date is None or style["date-order"] == "any" or dl.order in (None, "iso"):
        return
    if dl.order == style["date-order"] or not dl.month:
        return
    span = Span(dl.day_span.start if dl.order == "dmy" else dl.month_span.start, (dl.year_span or dl.day_span).end)
    replacement = format_date(dl.year, dl.month, dl.day, style)
    if not dl.year:
        replacement = replacement.replace(", YYYY", "").replace(" YYYY", "")
    names = {"mdy": "month-day-year", "dmy": "day-month-year"}
    yield Finding(span, f"the dateline date is {names[dl.order]}; the house writes {names[style['date-order']]}: "
                        f"'{replacement}'", Fix.replace(span, replacement, description=f"Write '{replacement}'"))


@rule("RL105", "date-orders-mixed", severity="warning", house=(DATELINE,))
def date_orders_mixed(release, ctx: Context):
    """Dates in one release are written in two orders.

    ## What it checks
    Full dates (day, month and year) in the dateline and body written both month-day-year and
    day-month-year in the same release. The house order (`house.dateline.date-order`) is the
    release's when it uses it at all, else the order it uses first; each date in the other order
    is reported.

    ## Why
    A reader who meets `24 October 2021` and `October 21, 2019` in one text sees two writers; an
    editor sees a release nobody read through.

    ## Examples
    ```bad
    BOSTON, Oct. 24, 2021 — The center opened in Boston. It was founded on 21 October 2019.
    ```

    ```good
    BOSTON, Oct. 24, 2021 — The center opened in Boston. It was founded on Oct. 21, 2019.
    ```
    """
    dates = []
    spans = [p.span for p in release.body] + [s for a in release.abouts for s in a.paragraphs]
    for span in spans:
        if not _YEAR_DIGITS.search(release.prose, span.start, span.end):
            continue  # every full date holds a year: most paragraphs need no look for dates
        for m in _BODY_DATE.finditer(release.prose, span.start, span.end):
            if real_month(m.group()):
                dates.append(("mdy" if m.group("mdy") else "dmy", m))
    orders = {order for order, _ in dates}
    if len(orders) < 2:
        return
    # The release's order is the house's when the house sets one, else the order it uses first.
    house_order = DATELINE.of(ctx.house)["date-order"]
    reference = house_order if house_order in orders else dates[0][0]
    names = {"mdy": "month-day-year", "dmy": "day-month-year"}
    whose = "the house writes" if reference == house_order else "this release writes"
    for order, m in dates:
        if order != reference:
            yield Finding(Span(m.start(), m.end()), f"'{m.group().strip()}' is {names[order]}, but {whose} "
                                                    f"dates {names[reference]}: use one order")


@rule("RL106", "dateline-month-style", severity="warning", fix=ALWAYS_SAFE, house=(DATELINE,))
def dateline_month_style(release, ctx: Context):
    """The dateline's month is not written in the house style.

    ## What it checks
    With AP style (`house.dateline.month-style: ap`, the default), a month with a day is
    abbreviated `Jan.`, `Feb.`, `Aug.`, `Sept.`, `Oct.`, `Nov.`, `Dec.`, and March through July are
    never abbreviated. With `full`, every month is spelled out.

    ## Why
    The month is the part of a dateline that varies most between drafts; one style is the mark of
    an edited release.

    ## Fix
    Safe: the month is rewritten in the house style.

    ## Examples
    ```bad
    MIDLAND, Pa., September 17, 2025 — Acme opened a plant.
    ```
    ```fixed
    MIDLAND, Pa., Sept. 17, 2025 — Acme opened a plant.
    ```

    ```bad
    MIDLAND, Pa., Jun 17, 2025 — Acme opened a plant.
    ```
    ```fixed
    MIDLAND, Pa., June 17, 2025 — Acme opened a plant.
    ```

    ```good
    MIDLAND, Pa., June 17, 2025 — Acme opened a plant.
    ```

    ```config
    house:
      dateline: {month-style: full}
    ```
    ```bad
    MIDLAND, Pa., Sept. 17, 2025 — Acme opened a plant.
    ```
    ```fixed
    MIDLAND, Pa., September 17, 2025 — Acme opened a plant.
    ```
    """
    dl = release.dateline
    style = DATELINE.of(ctx.house)
    if dl is None or dl.month_span is None or style["month-style"] == "any" or not dl.day:
        return
    written = text_of(release, dl.month_span)
    wanted = (AP_MONTHS if style["month-style"] == "ap" else MONTH_NAMES)[dl.month - 1]
    if written == wanted:
        return
    how = "AP style" if style["month-style"] == "ap" else "the house style"
    yield Finding(dl.month_span, f"the month is written '{written}'; {how} writes '{wanted}'",
                  Fix.replace(dl.month_span, wanted, description=f"Write '{wanted}'"))


@rule("RL107", "dateline-day-style", severity="warning", fix=ALWAYS_UNSAFE)
def dateline_day_style(release, ctx: Context):
    """The dateline's day is zero-padded or written as an ordinal.

    ## What it checks
    A day written `June 04` or `June 4th` in the dateline; dates are written `June 4`.

    ## Why
    AP and every major house style write the day as a plain cardinal number.

    ## Fix
    Unsafe (offered, applied only with `--unsafe-fixes`): the zero or the ordinal suffix is
    removed. Plain `--fix` rewrites only a dateline's dash, month and date order.

    ## Examples
    ```bad
    BOSTON, June 4th, 2025 — Acme opened a plant.
    ```
    ```fixed
    BOSTON, June 4, 2025 — Acme opened a plant.
    ```

    ```good
    BOSTON, June 4, 2025 — Acme opened a plant.
    ```
    """
    dl = release.dateline
    if dl is None or dl.day_span is None:
        return
    day = text_of(release, dl.day_span)
    if dl.ordinal_span is not None:
        span = Span(dl.day_span.start, dl.ordinal_span.end)
        yield Finding(span, f"the day is an ordinal ('{text_of(release, span)}'): write '{int(day)}'",
                      Fix.replace(span, str(int(day)), safe=False, description=f"Write '{int(day)}'"))
    elif day.startswith("0"):
        yield Finding(dl.day_span, f"the day is zero-padded ('{day}'): write '{int(day)}'",
                      Fix.replace(dl.day_span, str(int(day)), safe=False, description=f"Write '{int(day)}'"))


@rule("RL108", "dateline-weekday-mismatch", severity="error")
def dateline_weekday_mismatch(release, ctx: Context):
    """The weekday in the dateline does not fall on its date.

    ## What it checks
    A dateline that names a weekday (`Thursday Dec. 28, 2023`) whose date falls on another day.

    ## Why
    One of the two is wrong, and the reader cannot tell which: the release may be dated a day
    early or late, or carry a weekday from an old draft.

    ## Examples
    ```bad
    HONOLULU, Friday, Dec. 28, 2023 — Acme opened a clinic.
    ```

    ```good
    HONOLULU, Thursday, Dec. 28, 2023 — Acme opened a clinic.
    ```
    """
    dl = release.dateline
    if dl is None or dl.weekday is None or dl.as_date is None:
        return
    actual = WEEKDAYS[dl.as_date.weekday()]
    if not actual.startswith(dl.weekday.lower()[:3]):
        yield Finding(dl.weekday_span, f"{dl.as_date:%B} {dl.day}, {dl.year} is a {actual.capitalize()}, "
                                       f"not a {_full_weekday(dl.weekday)}")


def _full_weekday(name: str) -> str:
    for day in WEEKDAYS:
        if day.startswith(name.lower()[:3]):
            return day.capitalize()
    return name


@rule("RL109", "dateline-weekday", severity="info", fix=ALWAYS_UNSAFE, house=(DATELINE,))
def dateline_weekday(release, ctx: Context):
    """The dateline names a weekday, which the house omits.

    ## What it checks
    A weekday in the dateline (`Thursday, Dec. 28, 2023`) when `house.dateline.weekday` is `omit`,
    the default.

    ## Why
    The date already says when; a weekday adds a second fact that can be wrong (see RL108).

    ## Fix
    Unsafe (applied only with `--unsafe-fixes`): the weekday and its comma are removed.

    ## Examples
    ```bad
    HONOLULU, Thursday, Dec. 28, 2023 — Acme opened a clinic.
    ```
    ```fixed
    HONOLULU, Dec. 28, 2023 — Acme opened a clinic.
    ```

    ```good
    HONOLULU, Dec. 28, 2023 — Acme opened a clinic.
    ```
    """
    dl = release.dateline
    if dl is None or dl.weekday_span is None or DATELINE.of(ctx.house)["weekday"] != "omit":
        return
    m = _WORD_AND_COMMA.match(release.text, dl.weekday_span.start)
    span = Span(dl.weekday_span.start, m.end() if m else dl.weekday_span.end)
    yield Finding(span, "the house omits the weekday in the dateline",
                  Fix.replace(span, "", safe=False, description="Remove the weekday"))


@rule("RL115", "dateline-date-conflict", severity="error")
def dateline_date_conflict(release, ctx: Context):
    """The dateline's date disagrees with the front matter, or lies in the future.

    ## What it checks
    A dateline date that differs from the `date` in the front matter, and a dateline date later
    than today (or `--today`), unless an embargo line explains it.

    ## Why
    The publishing system dates the release by its front matter; a dateline that says otherwise is
    a stale draft, and a future date on a release without an embargo will be published early.

    ## Examples
    ```bad
    ---
    date: 2025-06-03
    ---
    BOSTON, June 2, 2025 — Acme opened a plant.
    ```

    ```good
    ---
    date: 2025-06-02
    ---
    BOSTON, June 2, 2025 — Acme opened a plant.
    ```
    """
    dl = release.dateline
    if dl is None or dl.as_date is None:
        return
    front = front_matter_date(release.front_matter.get("date"))
    if front is not None and front != dl.as_date:
        yield Finding(dl.date, f"the dateline says {dl.as_date:%B} {dl.as_date.day}, {dl.as_date.year} but the front "
                               f"matter date is {front.isoformat()}")
        return
    today = ctx.today or _dt.date.today()
    embargoed = release.release_line is not None and "embargo" in release[release.release_line].lower()
    if dl.as_date > today and not embargoed:
        yield Finding(dl.date, f"the dateline date {dl.as_date.isoformat()} is after today ({today.isoformat()}) and "
                               "no embargo line explains it")
