"""RL116: a dateline in another form than most of the releases linted with it."""

from __future__ import annotations

from collections import Counter

from ...model import Context, Finding
from ...read.dateline import form_of, form_text
from ..spec import rule


def dateline_form_facts(release, ctx: Context):
    """The shape of a release's dateline, aspect by aspect, and how it reads."""
    shape = form_of(release)
    return None if shape is None else (shape, form_text(shape))


_ASPECTS = ("city case", "place", "date order", "year", "month style", "dash", "wire tag")


def _without_month(shape) -> tuple:
    return shape[:4] + shape[5:]


def dateline_form_summary(facts, ctx: Context):
    """The form more than half of at least three datelines share; the month style is voted apart,
    since March to July read the same in AP and full style."""
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
    return {"shape": shape, "text": form_text(shape), "count": count, "total": len(facts), "example": example}


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
