"""Find and take apart the dateline at the start of a release's first body paragraph.

Forms seen on the wires and in house drafts, all parsed here:

    Shanghai, China, November 24, 2020 — Text            (house form: place, date, em dash)
    Suzhou, China, 24 October 2021 - Text                (day-month-year, spaced hyphen)
    Shanghai, China – On December 12, Text               (no date in the dateline)
    SAN FRANCISCO, June 2, 2025 /PRNewswire/ — Text      (wire tag between slashes)
    PRINCETON, N.J.--(BUSINESS WIRE)--Text               (Business Wire)
    MIDLAND, Pa., Sept. 17, 2025 (GLOBE NEWSWIRE) — Text (wire tag in parentheses)
    HONG KONG SAR - Media OutReach Newswire - 10 June 2026 - Text
    BURLINGTON, ON / PR Karma / February 11, 2025 / Text
    --News Direct-- Text                                 (wire tag alone)
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from .. import lazyre
from ..model import Span

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_MONTH = r"(?P<month>(?i:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
_WEEKDAY = r"(?P<weekday>(?i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?),?\s+"
_DAY = r"(?P<day>[0-3]?\d)(?P<ordinal>st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|2\d)\d\d)"
_TIME = r"(?:\s*(?:@|at)?\s*(?:\d{1,2}(?::\d\d)?\s*(?i:[ap]\.?m\.?)|\d{1,2}:\d\d(?!\d))(?:\s+(?:[A-Z][A-Za-z]+/[A-Za-z_]+|Eastern|Pacific|Central|Mountain|[A-Z]{2,4}\b))?)"
DATE = lazyre.compile(
    rf"(?:{_WEEKDAY})?(?:"
    rf"(?P<mdy>{_MONTH}(?:\s+{_DAY}(?:(?P<daystop>\.)?,?\s+{_YEAR})?|,\s+{_DAY},?\s+{_YEAR}))"
    rf"|(?P<dmy>{_DAY}\s+{_MONTH}(?:,?\s+{_YEAR})?)"
    rf"|(?P<iso>(?P<iyear>(?:19|20)\d\d)-(?P<imonth>[01]\d)-(?P<iday>[0-3]\d))"
    rf"){_TIME}?"
)
# A wire tag: (BUSINESS WIRE), /PRNewswire/, (Newsworthy.ai), --News Direct--, Media OutReach Newswire.
WIRE = lazyre.compile(
    r"(?P<wire>\((?P<name>[^()\n]{2,40})\)|/(?P<name>[^/\n]{2,40})/|--\(?(?P<name>[A-Z][^()\n-]{1,38})\)?--"
    r"|(?P<name>Media OutReach Newswire|PRNewswire|Business Wire|GLOBE NEWSWIRE|ACCESSWIRE|EZ Newswire))"
)
# Separators between dateline parts and before the text: em dash, en dash, hyphen, --, slash.
SEPARATOR = lazyre.compile(r"(?P<sep>[ \t\u00a0]*(?:—|–|--)[ \t\u00a0]*|[ \t\u00a0]+-[ \t\u00a0]+|[ \t\u00a0]+/[ \t\u00a0]+|[ \t\u00a0]*:[ \t\u00a0]+)")
_PLACE_WORD = lazyre.compile(
    r"(?:\p{Lu}[\p{Lu}.'’&-]*(?:/\p{Lu}[\p{Lu}.'’&-]*)+|\p{Lu}(?:[\p{L}\p{M}'’.&]|-(?=\p{L}))*|\p{Lu}\.(?:\p{Lu}\.)+|of|de|la|le|du|del|upon|on|am|an|der|im|sur|en|y|da|do|dos|al|el|sar)"
)
_NOT_A_DATE = r"(?!(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)"
_PLACE = lazyre.compile(rf"{_NOT_A_DATE}{_PLACE_WORD.pattern}(?:[ ]+{_NOT_A_DATE}{_PLACE_WORD.pattern}){{0,4}}")
_GAP = lazyre.compile(r"[ ,]*")
_SPACES = lazyre.compile(r"\s*")
_PERIOD_STOP = lazyre.compile(r"\.[ \t]+(?=[\p{Lu}\"“])")


@dataclass(frozen=True)
class Dateline:
    """The parts of a dateline with their spans in the release text."""

    span: Span            # the whole dateline, separator included
    place: Span | None    # "Shanghai, China"
    places: tuple[Span, ...]
    date: Span | None
    wire: Span | None
    wire_name: str | None
    dash: Span | None     # the final separator between dateline and text
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: str | None = None
    order: str | None = None  # "mdy", "dmy" or "iso"
    month_span: Span | None = None
    day_span: Span | None = None
    year_span: Span | None = None
    weekday_span: Span | None = None
    ordinal_span: Span | None = None

    @property
    def as_date(self) -> _dt.date | None:
        if self.year and self.month and self.day:
            try:
                return _dt.date(self.year, self.month, self.day)
            except ValueError:
                return None
        return None


def parse_dateline(text: str, start: int, stop: int | None = None, limit: int = 260) -> Dateline | None:
    """Parse a dateline at ``text[start:stop]``; None when the paragraph does not open with one.

    A dateline may also stand alone as the whole paragraph ("ST. LOUIS, MO / PR Karma / February 29, 2024").
    """
    stop = len(text) if stop is None else stop
    end = min(stop, start + limit)
    pos = start
    places: list[Span] = []
    date_match = None
    date_span = None
    wire_span = None
    wire_name = None
    last_sep = None
    parts = 0
    # Whether the first date or wire tag came after a place ("BOSTON, June 2"): then no place may follow.
    anchored_after_place: bool | None = None
    while pos < end:
        part = _match_part(text, pos, end)
        if part is None:
            break
        kind, span, match = part
        if kind == "place":
            if anchored_after_place is True:
                break
            # "(NewMediaWire) - January 23, 2025 - DALLAS — ...": a republisher's prefix before the real
            # dateline; the place that follows belongs to the dateline too.
            places.append(span)
        elif kind == "date":
            if date_span and not _dated_again(places, date_span, wire_span):
                break
            if date_span:
                anchored_after_place = True  # the dateline proper: no place may follow its date
            date_span, date_match = span, match
            if anchored_after_place is None:
                anchored_after_place = bool(places)
        else:
            source_at_end = match.group().startswith("/") and not text[span.end:stop].strip()
            # "Tampa, Florida (TechDaily) September 8, 2025 —": a site's tag between place and date.
            site_tag = bool(places) and not date_span and _is_site_tag(text, match, span.end, end)
            if wire_span or not (_is_wire_name(match.group("name")) or source_at_end or site_tag):
                break
            wire_span, wire_name = span, match.group("name").strip()
            if anchored_after_place is None:
                anchored_after_place = bool(places)
        parts += 1
        pos = span.end
        if kind == "date" and text.startswith(")", pos) and text.startswith("(", span.start - 1):
            pos += 1  # "Austin, Texas (March 3, 2025) - ": the date in parentheses
        # Parts may run together: "Hilo (Newsworthy.ai) Thursday ...", "CA, June 2", "N.J.--(BUSINESS WIRE)--".
        gap = _GAP.match(text, pos, end)
        following = _match_part(text, gap.end(), end)
        if following is not None:
            if following[0] != "place" or (kind == "place" and "," in gap.group()):
                pos = gap.end()
                continue
        sep = _separator(text, pos, end)
        if sep is not None:
            last_sep = sep
            pos = sep.end
            if not _continues(text, pos, end):
                break
            continue
        if kind == "date":
            # "Edmonton, Alberta, Canada May 5, 2025. Pacylex ...": a period ends the dateline.
            stop_mark = _PERIOD_STOP.match(text, pos, end)
            if stop_mark is not None:
                last_sep = Span(stop_mark.start(), stop_mark.end())
                break
        if kind == "wire" and text.startswith("--", span.start) and gap.group().strip(" ") == "":
            last_sep = Span(pos, gap.end())
        elif kind != "place" and not text[pos:stop].strip():
            last_sep = Span(pos, pos)  # the dateline is the whole paragraph
        break
    if last_sep is None or parts == 0:
        return None
    if not _plausible(text, places, date_span, wire_span):
        return None
    dateline = _build(text, start, last_sep, places, date_span, date_match, wire_span, wire_name)
    return dateline


def _dated_again(places: list[Span], date_span: Span, wire_span: Span | None) -> bool:
    """Whether a second date belongs to the dateline proper after a republisher's dated prefix:
    "(NewMediaWire) - February 04, 2025 - LOS ANGELES, Feb. 4, 2025 –". The prefix is a wire tag
    and a date with no place; the place that follows them, then this date, are the dateline's."""
    return (wire_span is not None and wire_span.end <= date_span.start and bool(places)
            and places[0].start > date_span.end)


_WIRE_WORD = lazyre.compile(
    r"(?i:wire|news|press|release|media|newsfile|accesswire|newsworthy|booktrib|karma|globe|outreach|\.ai\b|\.com\b)"
    r"|\bPR\b|^(?:AP|UPI|AFP|Reuters|Xinhua|PRN)$"
)


def _is_wire_name(name: str) -> bool:
    """"(BUSINESS WIRE)", "/24-7PressRelease/", "(Newsworthy.ai)"; not "(CEO)", "(NASDAQ: X)" or a date."""
    name = name.strip()
    return bool(_WIRE_WORD.search(name)) and ":" not in name and not DATE.match(name)


def _is_site_tag(text: str, match, after: int, end: int) -> bool:
    name = (match.group("name") or "").strip()
    if not match.group().startswith("(") or ":" in name or DATE.match(name) or len(name.split()) > 4:
        return False
    gap = _GAP.match(text, after, end)
    return DATE.match(text, gap.end(), end) is not None


def _continues(text: str, pos: int, end: int) -> bool:
    """After a separator: does another dateline part follow, or the text?"""
    return _match_part(text, pos, end) is not None and _looks_like_next_part(text, pos, end)


def _looks_like_next_part(text: str, pos: int, end: int) -> bool:
    part = _match_part(text, pos, end)
    if part is None:
        return False
    kind, span, _ = part
    if kind != "place":
        return True
    # A place after a separator is in capitals and followed by a separator ("HONG KONG SAR - ...",
    # "... - TAOS, N.M. – It has ..."), its region after commas.
    if not text[pos:span.end].isupper() or span.end - pos > 40:
        return False
    after = span.end
    while True:
        comma = _GAP.match(text, after, end)
        region = _PLACE.match(text, comma.end(), end) if "," in comma.group() else None
        if region is None or region.end() - comma.end() > 30:
            break
        after = region.end()
    comma = _GAP.match(text, after, end)
    date = DATE.match(text, comma.end(), end) if "," in comma.group() else None
    if date is not None and (date.group("year") or date.group("iyear")):
        after = date.end()  # "... - LOS ANGELES, Feb. 4, 2025 – Eleven ...": a place with its date
    return _separator(text, after, end) is not None


def _match_part(text: str, pos: int, end: int):
    window = text[pos:end]
    m = WIRE.match(window)
    if m:
        inner = DATE.match(window, 1) if window.startswith("(") else None
        if inner is not None and inner.end() + 1 == m.end() and (inner.group("year") or inner.group("iyear")):
            return "date", Span(pos + 1, pos + inner.end()), inner  # "(March 3, 2025)"
        return "wire", Span(pos + m.start(), pos + m.end()), m
    m = DATE.match(window)
    if m and (m.group("year") or m.group("iyear") or m.group("day")) and not _runs_on(window, m.end()):
        return "date", Span(pos + m.start(), pos + m.end()), m
    m = _PLACE.match(window)
    if m and not DATE.match(window):
        return "place", Span(pos + m.start(), pos + m.end()), m
    return None


def _runs_on(window: str, at: int) -> bool:
    return at < len(window) and (window[at].isalnum())


def _separator(text: str, pos: int, end: int) -> Span | None:
    m = SEPARATOR.match(text, pos, end)
    if not m:
        return None
    return Span(m.start(), m.end())


def _leading_space(text: str, pos: int, end: int) -> int:
    return _SPACES.match(text, pos, end).end() - pos


# Company words never end a place name ("UGI Utilities, Inc."); case-sensitive so CO (Colorado) is a place.
_COMPANY = lazyre.compile(
    r"(?:\b(?:Inc|LLC|L\.L\.C|Ltd|Limited|Corp|Corporation|Company|PLC|plc|GmbH|AG|S\.A|N\.V|B\.V|Pty|Group"
    r"|Holdings?|Technologies|Partners|Capital|Ventures|Labs|Systems|Solutions|Services|University|Foundation"
    r"|Association)\b|\bCo\.)\.?$"
)


_LABEL = lazyre.compile(r"(?i:release|date|dated|posted|published|updated|issued|embargo|embargoed|for|immediate|contact"
                       r"|source|by|media|press|news|today|tags?|category|summary|note)\b")


def _plausible(text: str, places: list[Span], date: Span | None, wire: Span | None) -> bool:
    """Reject an opening like "Acme Corp - the leader in ..." that merely looks like a place."""
    if not places:
        return bool(date or wire)
    if any(_LABEL.match(text, p.start, p.end) for p in places):
        return False  # "Release Date: September 26, 2025" is a label, not a place
    if any(_COMPANY.search(text[p.start:p.end]) for p in places):
        return False  # "UGI Utilities, Inc., ..." is a company, not a place
    words = sum(len(text[p.start:p.end].split()) for p in places)
    if words > 9 or len(places) > 4:
        return False
    if date or wire:
        return True
    # A place alone needs a region ("Shanghai, China") or AP capitals ("NEW YORK").
    first = text[places[0].start:places[0].end]
    return len(places) >= 2 or (first.isupper() and len(first) >= 3)


def _build(text, start, sep, places, date_span, date_match, wire_span, wire_name) -> Dateline:
    year = month = day = None
    weekday = order = None
    parts: dict[str, Span | None] = {}
    if date_match is not None:
        year, month, day, weekday, order = _date_fields(date_match)
        base = date_span.start - date_match.start()
        for group in ("month", "day", "year", "weekday", "ordinal"):
            if date_match.group(group) is not None:
                parts[group] = Span(base + date_match.start(group), base + date_match.end(group))
    place = Span(places[0].start, places[-1].end) if places else None
    return Dateline(
        span=Span(start, sep.end),
        place=place,
        places=tuple(places),
        date=date_span,
        wire=wire_span,
        wire_name=wire_name,
        dash=sep,
        year=year,
        month=month,
        day=day,
        weekday=weekday,
        order=order,
        month_span=parts.get("month"),
        day_span=parts.get("day"),
        year_span=parts.get("year"),
        weekday_span=parts.get("weekday"),
        ordinal_span=parts.get("ordinal"),
    )


def _date_fields(m):
    if m.group("iso"):
        return int(m.group("iyear")), int(m.group("imonth")), int(m.group("iday")), None, "iso"
    order = "mdy" if m.group("mdy") else "dmy"
    month = MONTHS.get(m.group("month").rstrip(".").lower())
    year = int(m.group("year")) if m.group("year") else None
    day = int(m.group("day"))
    weekday = m.group("weekday").rstrip(".") if m.group("weekday") else None
    return year, month, day, weekday, order


def find_date(text: str, start: int, end: int):
    """The first date written in ``text[start:end]`` (used for "On December 12, ..." openings)."""
    m = DATE.search(text, start, end)
    return m


# ------------------------------------------------------------------------------ the date it carries

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")


def front_matter_date(value) -> _dt.date | None:
    """A front matter ``date:`` (a YAML date or datetime, or a string starting with one) as a date."""
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def release_date(release) -> _dt.date | None:
    """The date a release is dated: its dateline's, else its front matter's."""
    if release.dateline is not None and release.dateline.as_date is not None:
        return release.dateline.as_date
    return front_matter_date(release.front_matter.get("date"))


# ----------------------------------------------------------------------------- the form it is written in


def month_style(release, dl: Dateline) -> str:
    if dl.month_span is None:
        return "none"
    written = release.text[dl.month_span.start:dl.month_span.end]
    if written in MONTH_NAMES and written in AP_MONTHS:
        return "either"  # March to July read the same in both styles
    if written in MONTH_NAMES:
        return "full"
    if written in AP_MONTHS:
        return "ap"
    return "abbreviated"


def form_of(release) -> tuple | None:
    """How a release's dateline is written, aspect by aspect: city case, city alone or with a
    region, date order, year, month style, dash and wire tag (None: it has no dateline)."""
    dl = release.dateline
    if dl is None:
        return None
    city = release.text[dl.places[0].start:dl.places[0].end] if dl.places else ""
    dash = release.text[dl.dash.start:dl.dash.end].strip() if dl.dash else ""
    shape = (
        "caps" if city.isupper() else "title" if city else "none",
        "city alone" if len(dl.places) == 1 else "city and region" if dl.places else "none",
        dl.order or "no date",
        "year" if dl.year else "no year",
        month_style(release, dl),
        dash or "none",
        "wire tag" if dl.wire else "no wire tag",
    )
    return shape


def form_text(shape) -> str:
    """The form as a template: "CITY, Mon. D, YYYY — "."""
    city_case, place, order, year, month, dash, wire = shape
    city = {"caps": "CITY", "title": "City", "none": ""}[city_case]
    parts = [city] if city else []
    if place == "city and region":
        parts.append("Region")
    if order != "no date":
        name = {"full": "Month", "ap": "Mon.", "abbreviated": "Mon", "none": "Month", "either": "Month"}[month]
        date = f"D {name}" if order == "dmy" else f"{name} D"
        parts.append(date + (" YYYY" if order == "dmy" and year == "year" else ", YYYY" if year == "year" else ""))
    text = ", ".join(parts)
    if wire == "wire tag":
        text += " (WIRE)"
    return f"{text} {dash} " if dash != "none" else text
