"""The dateline as a whole: where it stands, the dash that ends it, and its wire tag."""

from __future__ import annotations

from ... import lazyre
from ...model import ALWAYS_SAFE, Context, Finding, Fix, Span
from ...read.dateline import parse_dateline
from ...read.markup import opens_list_item
from ..spec import rule
from .form import DASH_NAMES, DASHES, DATELINE, house_form, text_of

_WIRE_TAG = lazyre.compile(r"\((?P<n>[A-Z][\w .'-]*(?:WIRE|Wire|wire|Newswire|NEWSWIRE))\)|/(?P<n>[\w .-]*(?:Newswire|Wire|WIRE))/")


_PRE_STORY = lazyre.compile(r"[ \t]*(?:[*•+-][ \t]|\d{1,2}[.)][ \t])|[^\n]{2,60}:[ \t]*$|(?i:[ \t]*(?:embargo|for immediate release))")


def _pre_story(release, span: Span) -> bool:
    """A bullet, a short heading ending in a colon, or an embargo line: matter set above the story."""
    line_start = release.text.rfind("\n", 0, span.start) + 1
    return _PRE_STORY.match(release.text, line_start, span.end) is not None


@rule("RL101", "dateline-missing", severity="info", house=(DATELINE,))
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

    Acme Corp today opened a plant in Ohio. It is the company's first.

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
        # A dateline never opens a list item: "* Thursday, Aug. 14 – Sunday, Aug. 17: ..." is a schedule.
        if late is not None and (late.date or late.wire) and not opens_list_item(release.text, paragraph.span.start):
            if all(_pre_story(release, p.span) for p in release.body[:index]):
                return  # a highlights box or an embargo line above the dateline: the story starts there
            yield Finding(late.span, "the dateline is not at the start of the first body paragraph: "
                                     "move it to open the release")
            return
    start = lead.span.start
    yield Finding(Span(start, start), "the release has no dateline: open the first paragraph with "
                                      f"'{house_form(release, None, DATELINE.of(ctx.house))}'")


@rule("RL110", "dateline-dash", severity="warning", fix=ALWAYS_SAFE, house=(DATELINE,))
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
    style = DATELINE.of(ctx.house)
    if dl is None or dl.dash is None or not len(dl.dash) or style["dash"] == "any":
        return
    written = text_of(release, dl.dash)
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


@rule("RL114", "dateline-wire-tag", severity="warning", house=(DATELINE,))
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
    style = DATELINE.of(ctx.house)
    if dl is None:
        return
    if dl.wire is not None and style["wire-tags"] == "forbidden":
        yield Finding(dl.wire, f"the house dateline carries no wire tag: remove '{text_of(release, dl.wire)}'")
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
