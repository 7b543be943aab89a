"""The places an AP dateline names: the cities that stand alone, and the US states with AP's,
postal and full forms."""

from __future__ import annotations

from ...read.dateline import Dateline

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
BY_FORM = {}
for _postal, (_ap, _full) in STATES.items():
    for _form in (_postal, _ap, _full, _ap.replace(".", "").upper() if "." in _ap else None):
        if _form:
            BY_FORM.setdefault(_form.upper().replace(" ", ""), _postal)


def state_code(place: str) -> str | None:
    """The postal code of a US state as a dateline writes it: "Wis.", "WI", "Wisconsin", and
    the non-AP "Wi." or "WI." (a postal code with a period); None for anything else."""
    key = place.upper().replace(" ", "")
    postal = BY_FORM.get(key)
    if postal is None and len(key) == 3 and key.endswith(".") and key[:2] in STATES:
        postal = key[:2]
    return postal


def text_of(release, span) -> str:
    return release.text[span.start:span.end] if span else ""


def standalone_with_own_region(release, dl: Dateline) -> bool:
    """NEW YORK, N.Y. or SHANGHAI, China: an AP stand-alone city followed by its own state or country."""
    if len(dl.places) < 2:
        return False
    key = " ".join(text_of(release, dl.places[0]).upper().split())
    key = key[:-4] if key.endswith(" SAR") else key
    where = AP_STANDALONE.get(key)
    if where is None:
        return False
    second = text_of(release, dl.places[1])
    postal = state_code(second)
    return second.upper() in where or postal in where
