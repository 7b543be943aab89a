"""RL1xx: the dateline, held to the house form.

The house form comes from ``house.dateline`` in the config; every choice defaults to AP style:
city in capitals, AP month abbreviations, month-day-year, a spaced em dash, AP state
abbreviations, AP stand-alone cities, no weekday.
"""

from __future__ import annotations

import datetime as _dt


from .. import lazyre
from ..read.dateline import DATE, MONTHS, WEEKDAYS, Dateline, parse_dateline
from ..model import Finding, Fix, Span
from ..model import Context
from .spec import rule

AP_DEFAULTS = {
    "city-case": "caps", "month-style": "ap", "date-order": "mdy", "dash": "em", "dash-spacing": "spaced",
    "wire-tags": "allowed", "state-style": "ap", "place-style": "ap", "weekday": "omit", "year": "required",
}
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
DASHES = {"em": "—", "en": "–", "double-hyphen": "--", "hyphen": "-"}
DASH_NAMES = {"—": "an em dash (—)", "–": "an en dash (–)", "--": "a double hyphen (--)", "-": "a hyphen (-)",
              "/": "a slash (/)", ":": "a colon (:)", ".": "a period (.)"}

# AP stand-alone datelines: these cities take no state or country. Each is listed with the state
# or country it stands for, so that MOSCOW, Idaho or LONDON, Ontario (other cities) are left alone.
_US_STANDALONE = """ATLANTA:GA BALTIMORE:MD BOSTON:MA CHICAGO:IL CINCINNATI:OH CLEVELAND:OH DALLAS:TX DENVER:CO
DETROIT:MI HONOLULU:HI HOUSTON:TX INDIANAPOLIS:IN LAS_VEGAS:NV LOS_ANGELES:CA MIAMI:FL MILWAUKEE:WI
MINNEAPOLIS:MN NEW_ORLEANS:LA NEW_YORK:NY OKLAHOMA_CITY:OK PHILADELPHIA:PA PHOENIX:AZ PITTSBURGH:PA
ST._LOUIS:MO SALT_LAKE_CITY:UT SAN_ANTONIO:TX SAN_DIEGO:CA SAN_FRANCISCO:CA SEATTLE:WA WASHINGTON:DC"""
_WORLD_STANDALONE = """AMSTERDAM:Netherlands BAGHDAD:Iraq BANGKOK:Thailand BEIJING:China BEIRUT:Lebanon BERLIN:Germany
BRUSSELS:Belgium CAIRO:Egypt DJIBOUTI:Djibouti DUBLIN:Ireland GENEVA:Switzerland GIBRALTAR:Gibraltar
GUATEMALA_CITY:Guatemala HAVANA:Cuba HELSINKI:Finland HONG_KONG:China ISLAMABAD:Pakistan ISTANBUL:Turkey
JERUSALEM:Israel JOHANNESBURG:South_Africa KABUL:Afghanistan KUWAIT_CITY:Kuwait LONDON:England LUXEMBOURG:Luxembourg
MACAU:China MADRID:Spain MEXICO_CITY:Mexico MILAN:Italy MONACO:Monaco MONTREAL:Canada MOSCOW:Russia
MUNICH:Germany NEW_DELHI:India OTTAWA:Canada PANAMA_CITY:Panama PARIS:France PRAGUE:Czech_Republic
QUEBEC_CITY:Canada RIO_DE_JANEIRO:Brazil ROME:Italy SAN_MARINO:San_Marino SAO_PAULO:Brazil SHANGHAI:China
SINGAPORE:Singapore STOCKHOLM:Sweden SYDNEY:Australia TOKYO:Japan TORONTO:Canada VATICAN_CITY:Vatican_City
VIENNA:Austria ZURICH:Switzerland"""
AP_STANDALONE: dict[str, set[str]] = {}
for _entry in (_US_STANDALONE + " " + _WORLD_STANDALONE).split():
    _city, _where = _entry.replace("_", " ").split(":")
    AP_STANDALONE[_city] = {_where.upper()}
# Other names for the same places.
_ALIASES = {"ENGLAND": {"UK", "U.K.", "UNITED KINGDOM", "GREAT BRITAIN", "BRITAIN"}, "CHINA": {"PRC", "P.R. CHINA",
            "PEOPLE'S REPUBLIC OF CHINA", "HONG KONG SAR", "SAR"}, "CZECH REPUBLIC": {"CZECHIA"},
            "CANADA": {"ONTARIO", "ON", "ONT.", "QUEBEC", "QC", "QUE."}, "AUSTRALIA": {"NSW", "NEW SOUTH WALES"}}
for _places in AP_STANDALONE.values():
    for _place in list(_places):
        _places |= _ALIASES.get(_place, set())

# US states: postal code -> (AP abbreviation or AP's spelled-out name, full name).
STATES = {
    "AL": ("Ala.", "Alabama"), "AK": ("Alaska", "Alaska"), "AZ": ("Ariz.", "Arizona"), "AR": ("Ark.", "Arkansas"),
    "CA": ("Calif.", "California"), "CO": ("Colo.", "Colorado"), "CT": ("Conn.", "Connecticut"),
    "DE": ("Del.", "Delaware"), "FL": ("Fla.", "Florida"), "GA": ("Ga.", "Georgia"), "HI": ("Hawaii", "Hawaii"),
    "ID": ("Idaho", "Idaho"), "IL": ("Ill.", "Illinois"), "IN": ("Ind.", "Indiana"), "IA": ("Iowa", "Iowa"),
    "KS": ("Kan.", "Kansas"), "KY": ("Ky.", "Kentucky"), "LA": ("La.", "Louisiana"), "ME": ("Maine", "Maine"),
    "MD": ("Md.", "Maryland"), "MA": ("Mass.", "Massachusetts"), "MI": ("Mich.", "Michigan"),
    "MN": ("Minn.", "Minnesota"), "MS": ("Miss.", "Mississippi"), "MO": ("Mo.", "Missouri"),
    "MT": ("Mont.", "Montana"), "NE": ("Neb.", "Nebraska"), "NV": ("Nev.", "Nevada"),
    "NH": ("N.H.", "New Hampshire"), "NJ": ("N.J.", "New Jersey"), "NM": ("N.M.", "New Mexico"),
    "NY": ("N.Y.", "New York"), "NC": ("N.C.", "North Carolina"), "ND": ("N.D.", "North Dakota"),
    "OH": ("Ohio", "Ohio"), "OK": ("Okla.", "Oklahoma"), "OR": ("Ore.", "Oregon"), "PA": ("Pa.", "Pennsylvania"),
    "RI": ("R.I.", "Rhode Island"), "SC": ("S.C.", "South Carolina"), "SD": ("S.D.", "South Dakota"),
    "TN": ("Tenn.", "Tennessee"), "TX": ("Texas", "Texas"), "UT": ("Utah", "Utah"), "VT": ("Vt.", "Vermont"),
    "VA": ("Va.", "Virginia"), "WA": ("Wash.", "Washington"), "WV": ("W.Va.", "West Virginia"),
    "WI": ("Wis.", "Wisconsin"), "WY": ("Wyo.", "Wyoming"), "DC": ("D.C.", "District of Columbia"),
}
_BY_FORM = {}
for _postal, (_ap, _full) in STATES.items():
    for _form in (_postal, _ap, _full, _ap.replace(".", "").upper() if "." in _ap else None):
        if _form:
            _BY_FORM.setdefault(_form.upper().replace(" ", ""), _postal)

_LETTERS = lazyre.compile(r"\p{L}+")
_ON = lazyre.compile(r"(?i:on|as of)\s+")
_WORD_AND_COMMA = lazyre.compile(r"[\p{L}.]+,?\s+")
_WIRE_TAG = lazyre.compile(r"\((?P<n>[A-Z][\w .'-]*(?:WIRE|Wire|wire|Newswire|NEWSWIRE))\)|/(?P<n>[\w .-]*(?:Newswire|Wire|WIRE))/")
# Full dates in running text, for RL105: no weekday or time, so the scan stays cheap.
_YEAR_DIGITS = lazyre.compile(r"(?:1[89]|2\d)\d\d")  # in every _BODY_DATE match, and cheap to seek
_BODY_DATE = lazyre.compile(
    r"(?<![\w.])(?:(?P<mdy>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+(?:1[89]|2\d)\d\d)"
    r"|(?P<dmy>[0-3]?\d(?:st|nd|rd|th)?\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?:1[89]|2\d)\d\d))(?!\d)"
)

def house(ctx: Context) -> dict:
    return {**AP_DEFAULTS, **dict(ctx.house.get("dateline", {}) or {})}


def _text(release, span: Span | None) -> str:
    return release.text[span.start:span.end] if span else ""


# --------------------------------------------------------------------------- the house form in messages


def house_form(release, dl: Dateline | None, style: dict, date: tuple | None = None) -> str:
    """The dateline as the house would write it, from what this one says: shown in every message.

    ``date`` is (year, month, day), any of them None, when the date comes from elsewhere.
    """
    if style.get("form") and dl is None:
        return style["form"]
    places = [_text(release, p) for p in (dl.places if dl else ())] or ["CITY" if style["city-case"] == "caps" else "City"]
    places = [_case_city(places[0], style["city-case"])] + [_state_form(p, style["state-style"]) for p in places[1:]]
    if dl is not None and style["place-style"] == "ap" and _standalone_with_own_region(release, dl):
        places = places[:1]
    if date is None and dl is not None and dl.date is None:
        lead = _lead_date(release, dl)
        if lead is not None:
            date = _match_fields(lead)
    year, month, day = date if date else ((dl.year, dl.month, dl.day) if dl else (None, None, None))
    date_text = _format_date(year, month, day, style)
    dash = DASHES.get(style["dash"], "—")
    dash = f" {dash} " if style["dash-spacing"] != "closed" else dash
    return ", ".join(places + [date_text]) + dash


def _real_month(date_text: str) -> bool:
    """"Mayor 5, 2020" is not a date: the month word must be a month name or its abbreviation."""
    for word in _LETTERS.findall(date_text):
        if word.lower() in MONTHS:
            return True
    return False


def _format_date(year, month, day, style) -> str:
    if month:
        name = (AP_MONTHS if style["month-style"] == "ap" else MONTH_NAMES)[month - 1]
    else:
        name = "Month"
    day_text = str(day) if day else "D"
    year_text = str(year) if year else "YYYY"
    if style["date-order"] == "dmy":
        return f"{day_text} {name} {year_text}"
    return f"{name} {day_text}, {year_text}"


def _case_city(city: str, case: str) -> str:
    if case == "caps":
        return city.upper()
    if case == "title" and city.isupper():
        return " ".join(w if "." in w and len(w) <= 3 else w.capitalize() for w in city.split())
    return city


def _state_form(place: str, style: str) -> str:
    postal = _BY_FORM.get(place.upper().replace(" ", ""))
    if postal is None or style == "any":
        return place
    ap, full = STATES[postal]
    return {"ap": ap, "postal": postal, "full": full}[style]


def _match_fields(m) -> tuple:
    month = MONTHS.get(m.group("month").rstrip(".").lower()) if m.group("month") else None
    return (int(m.group("year")) if m.group("year") else None, month, int(m.group("day")))


def _lead_date(release, dl: Dateline):
    """A date run into the first sentence: "Shanghai, China – On December 12, MicroPort ..."."""
    start = dl.span.end
    m = _ON.match(release.prose, start, start + 12)
    if not m:
        return None
    d = DATE.match(release.prose, m.end(), m.end() + 40)
    return d if d and d.group("day") else None


# --------------------------------------------------------------------------- rules


_PRE_STORY = lazyre.compile(r"[ \t]*(?:[*•+-][ \t]|\d{1,2}[.)][ \t])|[^\n]{2,60}:[ \t]*$|(?i:[ \t]*(?:embargo|for immediate release))")


def _pre_story(release, span: Span) -> bool:
    """A bullet, a short heading ending in a colon, or an embargo line: matter set above the story."""
    line_start = release.text.rfind("\n", 0, span.start) + 1
    return _PRE_STORY.match(release.text, line_start, span.end) is not None


@rule("RL101", "dateline-missing", severity="warning")
def dateline_missing(release, ctx: Context):
    """The release has no dateline, or it is not where a reader looks for it.

    ## What it checks
    A release opens its first body paragraph with a dateline: where and when the news was issued,
    then a dash (`NEW YORK, June 2, 2025 — `). relint reports a release whose first body paragraph
    does not start with one, and says so when a dateline stands at the start of a later paragraph
    instead. A highlights box (bullets under a heading such as `Research Highlights:`) or an
    embargo line may stand above the dateline.

    ## Why
    Editors and wire desks look for the dateline first; without it a reader cannot tell where
    the news comes from or how old it is.

    ## Examples
    ```bad
    Acme Corp today opened a plant in Ohio.
    ```

    ```bad
    Acme Opens a Plant

    Acme Corp today opened a plant in Ohio.

    COLUMBUS, Ohio, June 2, 2025 — The plant employs 200 people.
    ```

    ```good
    COLUMBUS, Ohio, June 2, 2025 — Acme Corp today opened a plant in Ohio.
    ```
    """
    if release.dateline is not None or release.lead is None:
        return
    lead = release.lead
    for index, paragraph in enumerate(release.body[1:10], start=1):
        late = parse_dateline(release.prose, paragraph.span.start, paragraph.span.end)
        if late is not None and (late.date or late.wire):
            if all(_pre_story(release, p.span) for p in release.body[:index]):
                return  # a highlights box or an embargo line above the dateline: the story starts there
            yield Finding(late.span, "the dateline is not at the start of the first body paragraph: "
                                     "move it to open the release")
            return
    start = lead.span.start
    yield Finding(Span(start, start), "the release has no dateline: open the first paragraph with "
                                      f"'{house_form(release, None, house(ctx))}'")


@rule("RL102", "dateline-date-missing", severity="warning")
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
    style = house(ctx)
    lead = _lead_date(release, dl)
    span = Span(dl.span.start, dl.dash.start if dl.dash else dl.span.end)
    if lead is not None:
        form = house_form(release, dl, style, _match_fields(lead))
        yield Finding(span, f"the dateline has no date; the date '{lead.group().strip()}' is run into the first "
                            f"sentence instead: write '{form}'")
        return
    yield Finding(span, f"the dateline has no date: write '{house_form(release, dl, style)}'")


@rule("RL103", "dateline-year-missing", severity="warning")
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
    style = house(ctx)
    if dl is None or dl.date is None or dl.year is not None or style["year"] != "required" or dl.order == "iso":
        return
    yield Finding(dl.date, f"the dateline date has no year: write '{house_form(release, dl, style)}'")


@rule("RL104", "dateline-date-order", severity="warning", fixable=True)
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
    style = house(ctx)
    if dl is None or dl.date is None or style["date-order"] == "any" or dl.order in (None, "iso"):
        return
    if dl.order == style["date-order"] or not dl.month:
        return
    span = Span(dl.day_span.start if dl.order == "dmy" else dl.month_span.start, (dl.year_span or dl.day_span).end)
    replacement = _format_date(dl.year, dl.month, dl.day, style)
    if not dl.year:
        replacement = replacement.replace(", YYYY", "").replace(" YYYY", "")
    names = {"mdy": "month-day-year", "dmy": "day-month-year"}
    yield Finding(span, f"the dateline date is {names[dl.order]}; the house writes {names[style['date-order']]}: "
                        f"'{replacement}'", Fix.replace(span, replacement, description=f"Write '{replacement}'"))


@rule("RL105", "date-orders-mixed", severity="warning")
def date_orders_mixed(release, ctx: Context):
    """Dates in one release are written in two orders.

    ## What it checks
    Full dates (day, month and year) in the dateline and body written both month-day-year and
    day-month-year in the same release. The order used first is the release's; each date in the
    other order is reported.

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
    first_order = None
    spans = [p.span for p in release.body] + [s for a in release.abouts for s in a.paragraphs]
    for span in spans:
        if not _YEAR_DIGITS.search(release.prose, span.start, span.end):
            continue  # every full date holds a year: most paragraphs need no look for dates
        for m in _BODY_DATE.finditer(release.prose, span.start, span.end):
            if not _real_month(m.group()):
                continue
            order = "mdy" if m.group("mdy") else "dmy"
            if first_order is None:
                first_order = order
            elif order != first_order:
                names = {"mdy": "month-day-year", "dmy": "day-month-year"}
                yield Finding(Span(m.start(), m.end()), f"'{m.group().strip()}' is {names[order]}, but this release "
                                                        f"writes dates {names[first_order]}: use one order")


@rule("RL106", "dateline-month-style", severity="warning", fixable=True)
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
    style = house(ctx)
    if dl is None or dl.month_span is None or style["month-style"] == "any" or not dl.day:
        return
    written = _text(release, dl.month_span)
    wanted = (AP_MONTHS if style["month-style"] == "ap" else MONTH_NAMES)[dl.month - 1]
    if written == wanted:
        return
    how = "AP style" if style["month-style"] == "ap" else "the house style"
    yield Finding(dl.month_span, f"the month is written '{written}'; {how} writes '{wanted}'",
                  Fix.replace(dl.month_span, wanted, description=f"Write '{wanted}'"))


@rule("RL107", "dateline-day-style", severity="warning", fixable=True)
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
    day = _text(release, dl.day_span)
    if dl.ordinal_span is not None:
        span = Span(dl.day_span.start, dl.ordinal_span.end)
        yield Finding(span, f"the day is an ordinal ('{_text(release, span)}'): write '{int(day)}'",
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


@rule("RL109", "dateline-weekday", severity="info", fixable=True)
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
    if dl is None or dl.weekday_span is None or house(ctx)["weekday"] != "omit":
        return
    m = _WORD_AND_COMMA.match(release.text, dl.weekday_span.start)
    span = Span(dl.weekday_span.start, m.end() if m else dl.weekday_span.end)
    yield Finding(span, "the house omits the weekday in the dateline",
                  Fix.replace(span, "", safe=False, description="Remove the weekday"))


@rule("RL110", "dateline-dash", severity="warning", fixable=True)
def dateline_dash(release, ctx: Context):
    """The dash between the dateline and the text is not the house dash.

    ## What it checks
    The separator after the dateline: the house dash (`house.dateline.dash`: em, en, double-hyphen
    or hyphen; AP: em) and its spacing (`dash-spacing`: spaced or closed; AP: spaced). A spaced
    hyphen (`Suzhou, China - `) is always reported: a hyphen joins words, it does not separate.
    Business Wire's `--(BUSINESS WIRE)--` form, where the dashes belong to the wire tag, is left
    alone.

    ## Why
    The dash is the seam between the dateline and the news; a release whose dash changes from one
    issue to the next, or is a hyphen, looks typed rather than edited.

    ## Fix
    Safe: the separator is replaced by the house dash with the house spacing.

    ## Examples
    ```bad
    Suzhou, China, Oct. 24, 2021 - MicroPort opened a campus.
    ```
    ```fixed
    Suzhou, China, Oct. 24, 2021 — MicroPort opened a campus.
    ```

    ```bad
    BOSTON, June 2, 2025 -- Acme opened a plant.
    ```
    ```fixed
    BOSTON, June 2, 2025 — Acme opened a plant.
    ```

    ```good
    BOSTON, June 2, 2025 — Acme opened a plant.
    ```
    """
    dl = release.dateline
    style = house(ctx)
    if dl is None or dl.dash is None or not len(dl.dash) or style["dash"] == "any":
        return
    written = _text(release, dl.dash)
    mark = written.strip()
    if not mark or mark == "/":
        return
    if dl.wire is not None and dl.wire.end == dl.dash.start and release.text[dl.wire.start - 1:dl.wire.start] in "-–—" \
            and not written[:1].isspace():
        return  # "Calif.–(BUSINESS WIRE)–Konovo": the dashes are part of the wire tag
    wanted_mark = DASHES[style["dash"]]
    spaced = style["dash-spacing"]
    # Read the spacing from the line itself: the paragraph may end right after the dash.
    span = _dash_on_line(release, dl.dash)
    written = release.text[span.start:span.end]
    at_line_end = _LINE_END_AFTER.match(release.text, span.end) is not None
    wanted = f" {wanted_mark} " if spaced == "spaced" else wanted_mark
    if spaced == "any":
        wanted = written.replace(mark, wanted_mark)
    if at_line_end:  # the text starts on the next line: spaces after the dash do not matter
        wanted = wanted.rstrip(" ")
        written_cmp = written.replace("\u00a0", " ").rstrip(" \t")
        span = Span(span.start, span.start + len(written.rstrip(" \t\u00a0")))
        written = release.text[span.start:span.end]
    else:
        written_cmp = written.replace("\u00a0", " ")
    if written_cmp == wanted or (mark == wanted_mark and spaced == "any"):
        return
    what = DASH_NAMES.get(mark, repr(mark))
    if mark == "-":
        message = f"a hyphen is used as the dateline dash; the house uses {DASH_NAMES[wanted_mark]}"
    elif mark != wanted_mark:
        message = f"the dateline dash is {what}; the house uses {DASH_NAMES[wanted_mark]}"
    else:
        message = f"the dateline dash is {'not ' if spaced == 'spaced' else ''}spaced; the house writes '{wanted}'"
    message += f": '{house_form(release, dl, style)}'"
    yield Finding(span, message, Fix.replace(span, wanted, description=f"Write '{wanted.strip()}'"))


_LINE_END_AFTER = lazyre.compile(r"[ \t\u00a0]*(?:\r\n|\n|\r|\Z)")
_SPACE_BEFORE = lazyre.compile(r"[ \t\u00a0]*\Z")
_SPACE_AFTER = lazyre.compile(r"[ \t\u00a0]*")


def _dash_on_line(release, dash: Span) -> Span:
    """The dash with all the spaces around it on its line (never a line break)."""
    core = release.text[dash.start:dash.end]
    mark_start = dash.start + len(core) - len(core.lstrip(" \t\u00a0"))
    mark_end = dash.start + len(core.rstrip(" \t\u00a0"))
    before = _SPACE_BEFORE.search(release.text, max(0, mark_start - 20), mark_start)
    after = _SPACE_AFTER.match(release.text, mark_end)
    return Span(before.start(), after.end())


@rule("RL111", "dateline-city-case", severity="warning", fixable=True)
def dateline_city_case(release, ctx: Context):
    """The dateline city is not in the house case.

    ## What it checks
    AP style (`house.dateline.city-case: caps`, the default) writes the dateline city in capitals
    (`SHANGHAI`); `title` writes it in title case (`Shanghai`). The state or country after it is
    not capitalised (`BOSTON, Mass.`, `SUZHOU, China`).

    ## Why
    The capitals set the dateline apart from the text; a house that writes them one way in one
    release and another way in the next looks inconsistent in every archive listing.

    ## Fix
    Unsafe (applied only with `--unsafe-fixes`): the city is rewritten in the house case.

    ## Examples
    ```bad
    Boston, Mass., June 2, 2025 — Acme opened a plant.
    ```
    ```fixed
    BOSTON, Mass., June 2, 2025 — Acme opened a plant.
    ```

    ```good
    BOSTON, Mass., June 2, 2025 — Acme opened a plant.
    ```

    ```config
    house:
      dateline: {city-case: title}
    ```
    ```bad
    SUZHOU, China, Oct. 24, 2021 — MicroPort opened a campus.
    ```
    ```fixed
    Suzhou, China, Oct. 24, 2021 — MicroPort opened a campus.
    ```
    """
    dl = release.dateline
    style = house(ctx)
    if dl is None or not dl.places or style["city-case"] == "any":
        return
    city_span = dl.places[0]
    city = _text(release, city_span)
    wanted = _case_city(city, style["city-case"])
    if wanted == city or (style["city-case"] == "title" and not city.isupper()):
        return
    case = "capitals" if style["city-case"] == "caps" else "title case"
    yield Finding(city_span, f"the dateline city is written '{city}'; the house writes it in {case}: "
                             f"'{house_form(release, dl, style)}'",
                  Fix.replace(city_span, wanted, safe=False, description=f"Write '{wanted}'"))


@rule("RL112", "dateline-place-form", severity="warning")
def dateline_place_form(release, ctx: Context):
    """The dateline place does not follow the house form: a city alone, or a city and its region.

    ## What it checks
    With AP style (`house.dateline.place-style: ap`, the default), the cities AP lists as
    stand-alone (NEW YORK, CHICAGO, LONDON, SHANGHAI, HONG KONG, ...) take no state or country,
    and every other city needs one (`MIDLAND, Pa.`). With `city-country`, every dateline names the
    city and its country (`Shanghai, China`), as the MicroPort house form does.

    ## Why
    Readers know where NEW YORK is; they do not all know which Springfield is meant.

    ## Examples
    ```bad
    NEW YORK, N.Y., June 2, 2025 — Acme opened an office.
    ```

    ```bad
    MIDLAND, June 2, 2025 — Acme opened an office.
    ```

    ```good
    NEW YORK, June 2, 2025 — Acme opened an office.
    ```

    ```good
    MIDLAND, Pa., June 2, 2025 — Acme opened an office.
    ```
    """
    dl = release.dateline
    style = house(ctx)
    if dl is None or not dl.places or style["place-style"] == "any":
        return
    city = _text(release, dl.places[0])
    span = Span(dl.places[0].start, dl.places[-1].end)
    if style["place-style"] == "city-country":
        if len(dl.places) < 2:
            yield Finding(span, f"the dateline names no country: write '{house_form(release, dl, style)}'".replace(
                f"{_case_city(city, style['city-case'])}, ", f"{_case_city(city, style['city-case'])}, Country, ", 1))
        return
    key = " ".join(city.upper().split())
    key = key[:-4] if key.endswith(" SAR") else key  # HONG KONG SAR, MACAU SAR
    standalone = key in AP_STANDALONE
    if standalone and len(dl.places) > 1:
        second = _text(release, dl.places[1])
        where = AP_STANDALONE[key]
        postal = _BY_FORM.get(second.upper().replace(" ", ""))
        if second.upper() not in where and postal not in where and not (postal == "DC" and "DC" in where):
            return  # another city of the same name: MOSCOW, Idaho
        extra = release.text[dl.places[1].start:dl.places[-1].end]
        yield Finding(span, f"{city.upper()} stands alone in an AP dateline: drop '{extra}'")
    elif not standalone and len(dl.places) == 1 and len(city) > 2:
        yield Finding(span, f"'{city}' is not an AP stand-alone city: add its state or country "
                            f"('{city.upper()}, Pa.', '{city.upper()}, Germany')")


def _standalone_with_own_region(release, dl: Dateline) -> bool:
    """NEW YORK, N.Y. or SHANGHAI, China: an AP stand-alone city followed by its own state or country."""
    if len(dl.places) < 2:
        return False
    key = " ".join(_text(release, dl.places[0]).upper().split())
    key = key[:-4] if key.endswith(" SAR") else key
    where = AP_STANDALONE.get(key)
    if where is None:
        return False
    second = _text(release, dl.places[1])
    postal = _BY_FORM.get(second.upper().replace(" ", ""))
    return second.upper() in where or postal in where


@rule("RL113", "dateline-state-style", severity="warning", fixable=True)
def dateline_state_style(release, ctx: Context):
    """A US state in the dateline is not written in the house style.

    ## What it checks
    With AP style (`house.dateline.state-style: ap`, the default), states in datelines take AP's
    abbreviations (`Calif.`, `Ore.`, `N.J.`, `Pa.`), and Alaska, Hawaii, Idaho, Iowa, Maine, Ohio,
    Texas and Utah are spelled out; `postal` writes the two-letter codes and `full` the full names.

    ## Why
    Postal codes are for envelopes; AP datelines use its own abbreviations, and a house should
    use one form.

    ## Fix
    Unsafe (applied only with `--unsafe-fixes`): the state is rewritten in the house style.

    ## Examples
    ```bad
    BAYTOWN, TX, Feb. 18, 2026 — The firm opened an office.
    ```
    ```fixed
    BAYTOWN, Texas, Feb. 18, 2026 — The firm opened an office.
    ```

    ```good
    BAYTOWN, Texas, Feb. 18, 2026 — The firm opened an office.
    ```
    """
    dl = release.dateline
    style = house(ctx)
    if dl is None or len(dl.places) < 2 or style["state-style"] == "any":
        return
    if style["place-style"] == "ap" and _standalone_with_own_region(release, dl):
        return  # AP drops the state altogether (RL112)
    for span in dl.places[1:]:
        place = _text(release, span)
        postal = _BY_FORM.get(place.upper().replace(" ", ""))
        if postal is None or (len(place) == 2 and not place.isupper()):
            continue
        wanted = _state_form(place, style["state-style"])
        if wanted != place:
            how = {"ap": "AP style writes", "postal": "the house writes the postal code", "full": "the house writes"}
            yield Finding(span, f"the state is written '{place}'; {how[style['state-style']]} '{wanted}'",
                          Fix.replace(span, wanted, safe=False, description=f"Write '{wanted}'"))


@rule("RL114", "dateline-wire-tag", severity="warning")
def dateline_wire_tag(release, ctx: Context):
    """The dateline's wire tag is missing, unwanted, or disagrees with another in the release.

    ## What it checks
    A wire tag (`/PRNewswire/`, `(BUSINESS WIRE)`, `-- News Direct --`) where the house forbids one
    (`house.dateline.wire-tags: forbidden`), none where it requires one (`required`), and, whatever
    the house says, two different wire tags in one release.

    ## Why
    A house that distributes through one wire writes its tag one way; a draft with another wire's
    tag was copied from an old release.

    ## Examples
    ```config
    house:
      dateline: {wire-tags: forbidden}
    ```
    ```bad
    SAN FRANCISCO, June 2, 2025 /PRNewswire/ — Acme opened a plant.
    ```

    ```good
    SAN FRANCISCO, June 2, 2025 — Acme opened a plant.
    ```
    """
    dl = release.dateline
    style = house(ctx)
    if dl is None:
        return
    if dl.wire is not None and style["wire-tags"] == "forbidden":
        yield Finding(dl.wire, f"the house dateline carries no wire tag: remove '{_text(release, dl.wire)}'")
    elif dl.wire is None and style["wire-tags"] == "required":
        yield Finding(Span(dl.span.start, dl.span.start), "the house dateline carries a wire tag, and this one has none")
    if dl.wire_name:
        for m in _WIRE_TAG.finditer(release.prose, dl.span.end):
            name = m.group("n").strip()
            if _norm(name) != _norm(dl.wire_name):
                yield Finding(Span(m.start(), m.end()), f"a second wire tag, '{name}', in a release dated "
                                                        f"through '{dl.wire_name}'")
                break


_NOT_WORD = lazyre.compile(r"[\W_]+")


def _norm(name: str) -> str:
    return _NOT_WORD.sub("", name).lower()


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
    front = _front_matter_date(release.front_matter.get("date"))
    if front is not None and front != dl.as_date:
        yield Finding(dl.date, f"the dateline says {dl.as_date:%B} {dl.as_date.day}, {dl.as_date.year} but the front "
                               f"matter date is {front.isoformat()}")
        return
    today = ctx.today or _dt.date.today()
    embargoed = release.release_line is not None and "embargo" in release[release.release_line].lower()
    if dl.as_date > today and not embargoed:
        yield Finding(dl.date, f"the dateline date {dl.as_date.isoformat()} is after today ({today.isoformat()}) and "
                               "no embargo line explains it")


def _front_matter_date(value):
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


# --------------------------------------------------------------------------- across releases

_ASPECTS = ("city case", "place", "date order", "year", "month style", "dash", "wire tag")


def _month_style(release, dl: Dateline) -> str:
    if dl.month_span is None:
        return "none"
    written = _text(release, dl.month_span)
    if written in MONTH_NAMES and written in AP_MONTHS:
        return "either"  # March to July read the same in both styles
    if written in MONTH_NAMES:
        return "full"
    if written in AP_MONTHS:
        return "ap"
    return "abbreviated"


def dateline_form_facts(release, ctx: Context):
    """The shape of a release's dateline, aspect by aspect, and how it reads."""
    dl = release.dateline
    if dl is None:
        return None
    city = _text(release, dl.places[0]) if dl.places else ""
    dash = _text(release, dl.dash).strip() if dl.dash else ""
    shape = (
        "caps" if city.isupper() else "title" if city else "none",
        "city alone" if len(dl.places) == 1 else "city and region" if dl.places else "none",
        dl.order or "no date",
        "year" if dl.year else "no year",
        _month_style(release, dl),
        dash or "none",
        "wire tag" if dl.wire else "no wire tag",
    )
    return shape, _shape_text(shape)


def _shape_text(shape) -> str:
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


def _without_month(shape) -> tuple:
    return shape[:4] + shape[5:]


def dateline_form_summary(facts, ctx: Context):
    """The form more than half of at least three datelines share; the month style is voted apart,
    since March to July read the same in AP and full style."""
    from collections import Counter

    if len(facts) < 3:
        return None
    counts = Counter(_without_month(shape) for _, (shape, _) in facts)
    key, count = counts.most_common(1)[0]
    if count * 2 <= len(facts):
        return None
    months = Counter(shape[4] for _, (shape, _) in facts if _without_month(shape) == key and shape[4] not in ("either", "none"))
    month = months.most_common(1)[0][0] if months else "either"
    shape = key[:4] + (month,) + key[4:]
    example = next(path for path, (s, _) in facts if _without_month(s) == key)
    return {"shape": shape, "text": _shape_text(shape), "count": count, "total": len(facts), "example": example}


@rule("RL116", "dateline-form-unusual", severity="info", facts=dateline_form_facts, aggregate=dateline_form_summary)
def dateline_form_unusual(release, ctx: Context):
    """The dateline departs from the form most of the releases linted with it use.

    ## What it checks
    When several releases are linted together, or a `corpus:` of published releases is
    configured, relint learns the dateline form that more than half of them share (at least
    three): city case, city alone or with a region, date order, year, month style, dash and wire
    tag. A release whose dateline differs is reported, naming each aspect that differs and
    showing the majority form with its count. A single release linted alone is not compared.

    ## Why
    A house that has never written its dateline form down still has one: its back catalogue. A
    draft that departs from it was written from another company's template.

    ## Examples
    ```corpus
    BOSTON, Oct. 2, 2025 — Acme opened a plant.
    ~~~
    DENVER, Oct. 9, 2025 — Acme opened an office.
    ~~~
    DALLAS, Oct. 16, 2025 — Acme hired 40 engineers.
    ```

    ```bad
    Boston, 2 June 2025 - Acme opened a second plant.
    ```

    ```good
    BOSTON, June 2, 2025 — Acme opened a second plant.
    ```
    """
    summary = ctx.corpus
    facts = dateline_form_facts(release, ctx)
    if facts is None:
        return
    shape, _ = facts
    if summary is None:
        return
    differs = [name for name, mine, theirs in zip(_ASPECTS, shape, summary["shape"])
               if mine != theirs and not (name == "month style" and "either" in (mine, theirs))]
    if not differs:
        return
    yield Finding(release.dateline.span, f"this dateline's {', '.join(differs)} differ from the form most releases use "
                                         f"({summary['count']} of {summary['total']}): '{summary['text']}', "
                                         f"as in {summary['example']}")
