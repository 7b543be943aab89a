"""RL0xx: the document itself: what must hold before any house rule can read a release."""

from __future__ import annotations

from ..model import Finding, Span
from . import Context, rule


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
