"""RL0xx: the document itself: what must hold before any house rule can read a release."""

from __future__ import annotations

import regex

from .. import lazyre
from ..model import Context, Finding, Span
from .spec import rule


@rule("RL001", "front-matter-invalid", severity="error")
def front_matter_invalid(release, ctx: Context):
    """The YAML front matter at the top of the draft cannot be read.

    ## What it checks
    A Markdown draft may open with front matter between `---` lines (title, date, location, ...).
    relint reports front matter that is not valid YAML, or that is not a mapping of keys to values.

    ## Why
    Publishing tools read the front matter to build the release page; a draft whose front matter
    does not parse is published without its date or title, or not at all. relint also reads the
    date from it to check the dateline against.

    ## Examples
    ```bad
    ---
    title: Acme opens a plant in Ohio
    date: [2025-06-02
    ---
    COLUMBUS, Ohio, June 2, 2025 — Acme opened a plant.
    ```

    ```good
    ---
    title: Acme opens a plant in Ohio
    date: 2025-06-02
    ---
    COLUMBUS, Ohio, June 2, 2025 — Acme opened a plant.
    ```
    """
    error = release.front_matter_error
    if error is not None:
        yield Finding(error.span, error.message)


_DIRECTIVE = lazyre.compile(r"<!--\s*relint[-_: ]?(?P<verb>[\w-]*)(?P<rest>[^>]*?)-->", regex.I)
_VERBS = ("disable", "enable", "disable-next-line", "disable-file")
_CODE_OR_NAME = lazyre.compile(r"^(?:[A-Z]{2,}\d{0,3}|[a-z][a-z0-9]*(?:-[a-z0-9]+)*)$")


def _hides_nothing(directive, what: str) -> Finding:
    return Finding(directive.span, f"this suppression ({what}) hides nothing here: remove it")


@rule("RL002", "unused-suppression", severity="info", audits_suppressions=_hides_nothing)
def unused_suppression(release, ctx: Context):
    """A suppression comment that is misspelled, or that hides nothing.

    ## What it checks
    relint's suppression comments (`<!-- relint-disable RL201 -->` ... `<!-- relint-enable RL201 -->`,
    `<!-- relint-disable-next-line RL305 -->`, `<!-- relint-disable-file -->`). A comment whose verb
    is not one of those four, or that names something that is not a rule code, prefix or name
    (`<!-- relint-disabel RL701 -->`), is reported here. A well-formed comment that hid no finding is
    reported too, when every rule it names ran, as ruff reports an unused `noqa`.

    ## Why
    A misspelled suppression silently suppresses nothing; a stale one hides the next real mistake
    on that line.

    ## Examples
    ```bad
    <!-- relint-disabel-next-line RL701 -->
    The plant will hire TK people.
    ```

    ```good
    <!-- relint-disable-next-line placeholder-text -->
    The plant will hire TK people.
    ```
    """
    for m in _DIRECTIVE.finditer(release.text):
        verb = m.group("verb").lower()
        span = Span(m.start(), m.end())
        if verb not in _VERBS:
            near = ", ".join(_VERBS)
            yield Finding(span, f"'relint-{verb}' is not a suppression: use relint-{near.replace(', ', ', relint-')}")
            continue
        for code in regex.split(r"[\s,]+", m.group("rest").strip()):
            if code and not _CODE_OR_NAME.match(code):
                yield Finding(span, f"'{code}' is not a rule code, prefix or name")
