"""RL604, RL607: the dash that sets off a phrase is the house dash, not a hyphen or the other dash.

Both rules read ``house.typography`` (``dash``: em, en, consistent or any; ``dash-spacing``) and
share one test of what a stand-in between two words is: not a range of figures, dates, times or
weekdays, not a dateline's own dash, not a route between two places, not a flattened list's item
number, not a label before its link.
"""

from __future__ import annotations

from .. import lazyre
from ..model import ALWAYS_SAFE, Context, Finding, Fix, Span
from .spec import rule
from .typography import TYPOGRAPHY, spans

_ROUTE = lazyre.compile(r"\p{Lu}[\p{L}]+[ \t]+[-–][ \t]+\p{Lu}[\p{L}]+(?:[ \t]+\p{Lu}[\p{L}]+)?[ \t]+"
                        r"(?:route|line|corridor|highway|expressway|railway|rail|flight|flights|border|pipeline|link)\b")
# An item number at the start of a text or after a sentence, a colon or a run of spaces.
_LIST_NUMBER = lazyre.compile(r"(?:\A|(?<=[.:;!?)])[ \t]+|[ \t]{2,}|(?<=\A[ \t]*))\d{1,2}\Z")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:[a-z]*\.?)"
_DATE_END = lazyre.compile(r"(?:\b\d{1,2}(?:st|nd|rd|th)?[ \t]+" + _MONTH + r"|\b" + _MONTH + r"[ \t]+\d{1,2}(?:st|nd|rd|th)?,?)\Z")
_DATE_START = lazyre.compile(r"(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+" + _MONTH + r"|" + _MONTH + r"[ \t]+\d{1,2}(?:st|nd|rd|th)?)\b")
_PLACE_CAPS = lazyre.compile(r"[\p{Lu}][\p{Lu}\p{M}.'’ ,/-]*(?:[ \t]+and[ \t]+[\p{Lu}][\p{Lu}\p{M}.'’ ,/-]*)*(?:,[ \t]*\p{Lu}\p{L}{1,3}\.?)?")
_CLOCK_END = lazyre.compile(r"\d(?::\d\d)?[ \t]*[AaPp]\.?[Mm]\.?\Z")
# Two ends of a span of time or a pair of bounds: "Monday – Friday", "January – March", "A – Z".
_BOUND = (r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day)?|Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June"
          r"|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|noon|midnight|[AaPp]\.?[Mm]\.?"
          r"|Q[1-4]|H[12]|FY\d\d(?:\d\d)?|\p{Lu}")
_BOUND_END = lazyre.compile(rf"(?<![\p{{L}}])(?:{_BOUND})\.?\Z")
_BOUND_START = lazyre.compile(rf"(?:{_BOUND})(?![\p{{L}}])")
_SPACED_HYPHEN = lazyre.compile(r"(?<=[\p{L}\p{N}.,;:)”\"’%®™])([ \t]+(?:-|--)[ \t]+)(?=[\p{L}\p{N}(“\"‘$])")
# A dash between words with a space (or a no-break space) on each side.
_SPACED_DASH = {"–": lazyre.compile(r"(?<=[\p{L}\p{N}.,;:)”\"’%®™!?])([ \t\u00a0]+–[ \t\u00a0]+)(?=[\p{L}\p{N}(“\"‘$])"),
                "—": lazyre.compile(r"(?<=[\p{L}\p{N}.,;:)”\"’%®™!?])([ \t\u00a0]+—[ \t\u00a0]+)(?=[\p{L}\p{N}(“\"‘$])")}


def _stand_ins(release, span: Span, pattern, opening) -> list[Span]:
    """The stand-ins for a dash in ``span`` that set off a phrase: every match of ``pattern``
    (group 1) but ranges, the dateline's own dash, routes, item numbers and labels of links."""
    prose = release.prose
    found_all = [Span(m.start(1), m.end(1)) for m in pattern.finditer(prose, span.start, span.end)]
    capitals = sum(1 for f in found_all if prose[f.end:f.end + 1].isupper())
    if len(found_all) >= 3 and capitals * 4 >= len(found_all) * 3:
        return []  # a bullet list flattened onto one line: "- Championing ... - Advocating ..."
    kept = []
    for found in found_all:
        if release.is_protected(found) or (opening and opening.span.overlaps(found)):
            continue
        if prose[found.start - 1].isdigit() and prose[found.end].isdigit():
            continue  # "2017 - 2018": a range
        before = prose[max(span.start, found.start - 12):found.start]
        after = prose[found.end:found.end + 24]
        if _LIST_NUMBER.search(prose, span.start, found.start) and after[:1].isupper():
            continue  # "steps: 1 - Plan the launch. 2 - Build ...": a flattened list's item number
        if _CLOCK_END.search(before) and after[:1].isdigit():
            continue  # "9:15 AM - 9:30 AM": a time range
        if _DATE_END.search(before) and _DATE_START.match(after):
            continue  # "29 October - 14 November": a range of dates (an en dash, not the dash)
        if _BOUND_END.search(before) and _BOUND_START.match(after):
            continue  # "Monday – Friday", "Q1 – Q3": the two ends of a span
        if _PLACE_CAPS.fullmatch(prose, span.start, found.start) and _DATE_START.match(after):
            continue  # "SYDNEY, NOVA SCOTIA and SAN DIEGO, CA - March 24": a dateline's own dash
        if after.startswith(("http", "www.")):
            continue  # "Instagram - https://...": a label and its link
        if prose[found.end:found.end + 1] == "(" and _dateline(prose, found.end, span.end):
            continue  # "Mission Viejo, CA - (AI Newsworthy)--": a second dateline's separator
        if _ROUTE.search(prose, max(span.start, found.start - 40), min(span.end, found.end + 60)):
            continue  # "the Hanoi - Quang Ninh route": a link between two places takes an en dash, not a dash
        kept.append(found)
    return kept


# A run-in label or a heading before the dash: capitalised words only, at the start of a line or a
# list item ("Steve Gavel – Chief Commercial Officer", "* Strong Value Proposition – Affordable ...").
_LABEL = lazyre.compile(r"(?:[*•·-][ \t]+)?(?:(?:[(“\"]?[\p{Lu}\p{N}#@$][^\s]*|of|and|&|the|for|in|to|a|an|on|with|at|by|or|vs\.?)"
                        r"[ \t\u00a0]+){0,7}[\p{Lu}\p{N}][^\s]*[ \t\u00a0]*")
# A name in capitals on both sides of the dash: "a “Broken Windows – Hall of Shame Award”", "A Place
# At Home – North Austin and ...", "Section C – Ancestral Rhythms": after the dash one to four
# capitalised words, then the end of the name (a closing quote, punctuation, "and", the line's end).
_CAPITALS_AFTER = lazyre.compile(r"\p{Lu}[\p{L}\p{N}’'-]*(?:[ \t]+(?:(?:of|and|&|the|for)[ \t]+)?\p{Lu}[\p{L}\p{N}’'-]*){0,3}"
                                 r"(?=[”\"’]|[ \t]*(?:[,.;:!?)]|\n|\Z|[ \t]{2}|[ \t]+(?:and|or|in|at|to)\b))")
_CAPITAL_BEFORE = lazyre.compile(r"\p{Lu}[\p{L}\p{N}’'-]*\Z")


def _run_in_label(prose: str, start: int, at: int) -> bool:
    line = max(start, prose.rfind("\n", start, at) + 1)
    while line < at and prose[line] in " \t#>":
        line += 1
    return _LABEL.fullmatch(prose, line, at) is not None


# After the dash, a site or a link: "“Article title” – openpr.com", a source list's entry.
_SITE_AFTER = lazyre.compile(r"[\w.-]+\.(?:com|org|net|io|co|gov|edu|info|biz|news|ai|app)\b")


def _in_quoted_title(prose: str, span: Span, dash: Span) -> bool:
    """Inside a quoted title: “Navigating Market Volatility with Leveraged ETFs – 2025 Outlook”."""
    start = max(prose.rfind("“", span.start, dash.start), prose.rfind('"', span.start, dash.start))
    if start < 0 or prose.find("”", start, dash.start) >= 0 or prose.count('"', start, dash.start) > 1:
        return False
    close = min((i for i in (prose.find("”", dash.end, span.end), prose.find('"', dash.end, span.end)) if i >= 0), default=-1)
    if close < 0:
        return False
    words = [w for w in prose[start + 1:close].split() if w[:1].isalpha() and w.lower() not in _SMALL_WORDS]
    return len(words) >= 2 and sum(w[:1].isupper() for w in words) * 5 >= len(words) * 4


_SMALL_WORDS = frozenset("a an and as at but by for in of on or the to vs with from into".split())


def _capitalised_name(prose: str, span: Span, dash: Span) -> bool:
    """In running text; a title-case heading capitalises every word, so there a dash is a dash."""
    line = max(span.start, prose.rfind("\n", span.start, dash.start) + 1)
    if prose.startswith("#", line):
        return False
    return (_CAPITAL_BEFORE.search(prose, max(span.start, dash.start - 40), dash.start) is not None
            and _CAPITALS_AFTER.match(prose, dash.end, span.end) is not None)


def _dateline(prose: str, start: int, end: int):
    from ..read.dateline import parse_dateline

    return parse_dateline(prose, start, end)


@rule("RL604", "hyphen-as-dash", severity="info", fix=ALWAYS_SAFE, house=(TYPOGRAPHY,))
def hyphen_as_dash(release, ctx: Context):
    """A spaced hyphen or a double hyphen used as a dash in running text.

    ## What it checks
    ` - ` and ` -- ` between words in the headline and text (the dateline's dash is RL110's; a
    hyphen between figures is a range, RL507's). The house dash (`house.typography.dash`, em by
    default) and spacing (`dash-spacing`, spaced by default) replace it.

    ## Why
    A hyphen joins words; a dash separates thoughts. The typed stand-in reads as a typo on the wire.

    ## Fix
    Safe: the stand-in becomes the house dash.

    ## Examples
    ```bad
    Cooperation covers the following areas - validation of concepts and engineering.
    ```
    ```fixed
    Cooperation covers the following areas — validation of concepts and engineering.
    ```

    ```good
    Cooperation covers the following areas — validation of concepts and co-development.
    ```
    """
    house = TYPOGRAPHY.of(ctx.house)
    if house["dash"] == "any":
        return
    dash = "—" if house["dash"] in ("em", "consistent") else "–"
    wanted = f" {dash} " if house["dash-spacing"] != "closed" else dash
    prose = release.prose
    for span in spans(release, contact=False):
        if prose.find(" -", span.start, span.end) < 0 and prose.find("\t-", span.start, span.end) < 0:
            continue  # no hyphen after a space or tab: nothing to find
        opening = _dateline(prose, span.start, span.end)  # any paragraph may open with a dateline
        for found in _stand_ins(release, span, _SPACED_HYPHEN, opening):
            written = prose[found.start:found.end].strip()
            what = "a double hyphen" if written == "--" else "a spaced hyphen"
            yield Finding(found, f"{what} is used as a dash: write '{dash}'",
                          Fix.replace(found, wanted, description=f"Write '{wanted.strip()}'"))


@rule("RL607", "dash-style", severity="info", fix=ALWAYS_SAFE, house=(TYPOGRAPHY,))
def dash_style(release, ctx: Context):
    """A spaced en dash used as a dash where the house dash is the em dash (or the reverse).

    ## What it checks
    With `house.typography.dash: em` (AP, the default), a spaced en dash between words in the
    headline and text (`more than a return – it's a rebirth`); with `dash: en`, a spaced em dash.
    An en dash in a range (`2019 – 2024`, `Monday – Friday`, `9 a.m. – 5 p.m.`, `June 3 – July 9`)
    or a route (`the Hanoi – Haiphong line`) is right and stays, as does the dateline's own dash
    (RL110's). A dash after a run-in label or a heading of capitalised words at the start of a line
    (`Steve Gavel – Chief Commercial Officer`, `* Fast Setup – Ready in minutes`) and a dash inside a
    capitalised name (`the “Broken Windows – Hall of Shame Award”`, `A Place At Home – North Austin`)
    are left alone: they separate a
    label, not a phrase. With `dash: consistent`, the dash the release uses less often is reported (a tie
    reports nothing).

    ## Why
    AP sets off a phrase with an em dash; the en dash is for ranges. Two dashes in one text read as
    two hands.

    ## Fix
    Safe: the dash becomes the house dash, spaced as the house spaces it.

    ## Examples
    ```bad
    This is more than a return – it is a rebirth for the port.
    ```
    ```fixed
    This is more than a return — it is a rebirth for the port.
    ```

    ```good
    This is more than a return — it is a rebirth, open Monday – Friday from 2025 – 2027.
    ```
    """
    house = TYPOGRAPHY.of(ctx.house)
    if house["dash"] == "any":
        return
    prose = release.prose
    found: dict[str, list[Span]] = {"–": [], "—": []}
    headings = {s for s in (release.headline, release.subheadline) if s is not None}
    for span in spans(release, contact=False):
        present = [d for d in found if prose.find(d, span.start, span.end) >= 0]
        if not present:
            continue
        opening = _dateline(prose, span.start, span.end)
        for d in present:
            found[d] += [f for f in _stand_ins(release, span, _SPACED_DASH[d], opening)
                         if not _run_in_label(prose, span.start, f.start) and not _SITE_AFTER.match(prose, f.end)
                         and (span in headings or not (_capitalised_name(prose, span, f) or _in_quoted_title(prose, span, f)))]
    if house["dash"] == "consistent":
        if len(found["–"]) == len(found["—"]):
            return
        dash = "—" if len(found["—"]) > len(found["–"]) else "–"
        why = "this release mostly uses the other dash"
    else:
        dash = "—" if house["dash"] == "em" else "–"
        why = f"the house dash is the {'em' if dash == '—' else 'en'} dash"
    wanted = f" {dash} " if house["dash-spacing"] != "closed" else dash
    other = "–" if dash == "—" else "—"
    name = "an en dash" if other == "–" else "an em dash"
    for span in found[other]:
        yield Finding(span, f"{name} ({other}) sets off this phrase; {why} ({dash})",
                      Fix.replace(span, wanted, description=f"Write '{wanted.strip()}'"))
