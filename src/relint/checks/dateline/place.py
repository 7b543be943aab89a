"""The dateline's place: the city in the house case, alone or with its region as the house
writes it, and a US state in the house form."""

from __future__ import annotations

from ...model import ALWAYS_UNSAFE, Context, Finding, Fix, Span
from ..spec import rule
from .cities import UNITED_STATES, US_CITY_STATE
from .form import DATELINE, case_city, house_form, state_form
from .places import (
    AP_STANDALONE,
    STATES,
    standalone_with_own_region,
    state_code,
    text_of,
)


@rule("RL111", "dateline-city-case", severity="warning", fix=ALWAYS_UNSAFE, house=(DATELINE,))
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
    style = DATELINE.of(ctx.house)
    if dl is None or not dl.places or style["city-case"] == "any":
        return
    city_span = dl.places[0]
    city = text_of(release, city_span)
    wanted = case_city(city, style["city-case"])
    if wanted == city or (style["city-case"] == "title" and not city.isupper()):
        return
    case = "capitals" if style["city-case"] == "caps" else "title case"
    yield Finding(city_span, f"the dateline city is written '{city}'; the house writes it in {case}: "
                             f"'{house_form(release, dl, style)}'",
                  Fix.replace(city_span, wanted, safe=False, description=f"Write '{wanted}'"))


_PROVINCES = frozenset("AB BC MB NB NL NS NT NU ON PE QC SK YT".split())


@rule("RL112", "dateline-place-form", severity="warning", house=(DATELINE,))
def dateline_place_form(release, ctx: Context):
    """The dateline place does not follow the house form: a city alone, or a city and its region.

    ## What it checks
    With AP style (`house.dateline.place-style: ap`, the default), the cities AP lists as
    stand-alone (NEW YORK, CHICAGO, LONDON, SHANGHAI, HONG KONG, ...) take no state or country,
    and every other city needs one (`MIDLAND, Pa.`); a US city takes its state, not the country
    (`EL PASO, Texas`, not `El Paso, United States`). With `city-country`, every dateline names the
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

    ```bad
    EL PASO, United States, June 2, 2025 — Acme opened an office.
    ```

    ```good
    NEW YORK, June 2, 2025 — Acme opened an office.
    ```

    ```good
    MIDLAND, Pa., June 2, 2025 — Acme opened an office.
    ```
    """
    dl = release.dateline
    style = DATELINE.of(ctx.house)
    if dl is None or not dl.places or style["place-style"] == "any":
        return
    city = text_of(release, dl.places[0])
    span = Span(dl.places[0].start, dl.places[-1].end)
    if style["place-style"] == "city-country":
        if len(dl.places) < 2:
            yield Finding(span, f"the dateline names no country: write '{house_form(release, dl, style)}'".replace(
                f"{case_city(city, style['city-case'])}, ", f"{case_city(city, style['city-case'])}, Country, ", 1))
        return
    key = " ".join(city.upper().split())
    key = key[:-4] if key.endswith(" SAR") else key  # HONG KONG SAR, MACAU SAR
    standalone = key in AP_STANDALONE
    country = text_of(release, dl.places[-1]) if len(dl.places) > 1 else ""
    if " ".join(country.upper().split()) in UNITED_STATES and not standalone:
        state = US_CITY_STATE.get(key)
        wanted = f"'{city.upper()}, {STATES[state][0]}'" if state else "its state"
        yield Finding(span, f"an AP dateline names a US city's state, not the country: write {wanted}")
        return
    if standalone and len(dl.places) > 1:
        second = text_of(release, dl.places[1])
        where = AP_STANDALONE[key]
        postal = state_code(second)
        if second.upper() not in where and postal not in where and not (postal == "DC" and "DC" in where):
            return  # another city of the same name: MOSCOW, Idaho
        extra = release.text[dl.places[1].start:dl.places[-1].end]
        yield Finding(span, f"{city.upper()} stands alone in an AP dateline: drop '{extra}'")
    elif not standalone and key.endswith(" CITY") and key[:-5] in AP_STANDALONE and len(dl.places) == 1:
        yield Finding(span, f"{key[:-5]} stands alone in an AP dateline: write '{key[:-5]}'")
    elif not standalone and len(dl.places) == 1 and len(city) > 2:
        words = key.split()
        if len(words) > 1 and (state_code(words[-1]) or words[-1] in _PROVINCES):
            return  # "RICHMOND BC": the region is there, without its comma
        yield Finding(span, f"'{city}' is not an AP stand-alone city: add its state or country "
                            f"('{city.upper()}, Pa.', '{city.upper()}, Germany')")


@rule("RL113", "dateline-state-style", severity="warning", fix=ALWAYS_UNSAFE, house=(DATELINE,))
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
    style = DATELINE.of(ctx.house)
    if dl is None or len(dl.places) < 2 or style["state-style"] == "any":
        return
    if style["place-style"] == "ap" and standalone_with_own_region(release, dl):
        return  # AP drops the state altogether (RL112)
    for span in dl.places[1:]:
        place = text_of(release, span)
        postal = state_code(place)
        if postal is None or (len(place) == 2 and not place.isupper()):
            continue
        wanted = state_form(place, style["state-style"])
        if wanted != place:
            how = {"ap": "AP style writes", "postal": "the house writes the postal code", "full": "the house writes"}
            yield Finding(span, f"the state is written '{place}'; {how[style['state-style']]} '{wanted}'",
                          Fix.replace(span, wanted, safe=False, description=f"Write '{wanted}'"))
