"""The house dateline: its choices (``house.dateline``), and the dateline written in them, which
every dateline message shows."""

from __future__ import annotations

from ... import lazyre
from ...house import Style, choice, setting
from ...read.dateline import AP_MONTHS, DATE, MONTH_NAMES, MONTHS, Dateline
from .places import STATES, standalone_with_own_region, state_code, text_of

DATELINE = Style("dateline", {
    "form": setting(str, None, "The whole house form, shown where a release has no dateline: 'CITY, Mon. D, YYYY — '."),
    "city-case": choice("caps", "title", "any", doc="The city in capitals (AP) or in title case."),
    "month-style": choice("ap", "full", "any", doc="AP's month abbreviations (Sept. 17) or every month spelled out."),
    "date-order": choice("mdy", "dmy", "any", doc="Month-day-year (AP) or day-month-year."),
    "dash": choice("em", "en", "double-hyphen", "hyphen", "any", doc="The dash between the dateline and the text."),
    "dash-spacing": choice("spaced", "closed", "any", doc="A space on each side of that dash, or none."),
    "wire-tags": choice("allowed", "required", "forbidden", doc="A wire tag such as /PRNewswire/ in the dateline."),
    "state-style": choice("ap", "postal", "full", "any", doc="US states as AP abbreviates them, as postal codes, or in full."),
    "place-style": choice("ap", "city-country", "any",
                          doc="AP's stand-alone cities and a region for the rest, or always the city and its country."),
    "weekday": choice("omit", "allow", doc="Whether the dateline may name the weekday."),
    "year": choice("required", "optional", doc="Whether the dateline's date must give the year."),
    "country": setting(str, None, "The country the house issues from."),
}, doc="The dateline form.")
DASHES = {"em": "—", "en": "–", "double-hyphen": "--", "hyphen": "-"}
DASH_NAMES = {"—": "an em dash (—)", "–": "an en dash (–)", "--": "a double hyphen (--)", "-": "a hyphen (-)",
              "/": "a slash (/)", ":": "a colon (:)", ".": "a period (.)"}

_LETTERS = lazyre.compile(r"\p{L}+")
_ON = lazyre.compile(r"(?i:on|as of)\s+")


def house_form(release, dl: Dateline | None, style: dict, date: tuple | None = None) -> str:
    """The dateline as the house would write it, from what this one says: shown in every message.

    ``date`` is (year, month, day), any of them None, when the date comes from elsewhere.
    """
    if style.get("form") and dl is None:
        return style["form"]
    places = [text_of(release, p) for p in (dl.places if dl else ())] or ["CITY" if style["city-case"] == "caps" else "City"]
    places = [case_city(places[0], style["city-case"])] + [state_form(p, style["state-style"]) for p in places[1:]]
    if dl is not None and style["place-style"] == "ap" and standalone_with_own_region(release, dl):
        places = places[:1]
    if date is None and dl is not None and dl.date is None:
        lead = lead_date(release, dl)
        if lead is not None:
            date = match_fields(lead)
    year, month, day = date if date else ((dl.year, dl.month, dl.day) if dl else (None, None, None))
    date_text = format_date(year, month, day, style)
    dash = DASHES.get(style["dash"], "—")
    dash = f" {dash} " if style["dash-spacing"] != "closed" else dash
    return ", ".join(places + [date_text]) + dash


def real_month(date_text: str) -> bool:
    """"Mayor 5, 2020" is not a date: the month word must be a month name or its abbreviation."""
    for word in _LETTERS.findall(date_text):
        if word.lower() in MONTHS:
            return True
    return False


def format_date(year, month, day, style) -> str:
    if month:
        name = (AP_MONTHS if style["month-style"] == "ap" else MONTH_NAMES)[month - 1]
    else:
        name = "Month"
    day_text = str(day) if day else "D"
    year_text = str(year) if year else "YYYY"
    if style["date-order"] == "dmy":
        return f"{day_text} {name} {year_text}"
    return f"{name} {day_text}, {year_text}"


def case_city(city: str, case: str) -> str:
    if case == "caps":
        return city.upper()
    if case == "title" and city.isupper():
        return " ".join(w if "." in w and len(w) <= 3 else w.capitalize() for w in city.split())
    return city


def state_form(place: str, style: str) -> str:
    postal = state_code(place)
    if postal is None or style == "any":
        return place
    ap, full = STATES[postal]
    return {"ap": ap, "postal": postal, "full": full}[style]


def match_fields(m) -> tuple:
    month = MONTHS.get(m.group("month").rstrip(".").lower()) if m.group("month") else None
    return (int(m.group("year")) if m.group("year") else None, month, int(m.group("day")))


def lead_date(release, dl: Dateline):
    """A date run into the first sentence: "Shanghai, China – On December 12, MicroPort ..."."""
    start = dl.span.end
    m = _ON.match(release.prose, start, start + 12)
    if not m:
        return None
    d = DATE.match(release.prose, m.end(), m.end() + 40)
    return d if d and d.group("day") else None
