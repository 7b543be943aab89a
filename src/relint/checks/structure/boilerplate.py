"""About sections: the ones the house requires, in the house heading, with the canonical text,
after the news and once each."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from functools import lru_cache

import regex

from ... import lazyre
from ...house import Registry, choice, setting
from ...model import ALWAYS_UNSAFE, SOMETIMES_SAFE, Context, Finding, Fix, Span
from ..spec import rule


@dataclass(frozen=True)
class Boilerplate:
    heading: str
    file: str | None
    text: str | None  # the canonical text (read from ``file`` when the config is loaded)
    company: str | None
    required: str


BOILERPLATE = Registry("boilerplate", {
    "heading": setting(str, None, "The About heading, as the house writes it."),
    "file": setting(str, None, "A file beside the config holding the canonical text."),
    "text": setting(str, None, "The canonical text itself, where there is no file."),
    "company": setting(str, None, "The company the section is about."),
    "required": choice("always", "when-mentioned", "never",
                       doc="Every release needs the section, or those whose body names the company, or none."),
}, lambda e: Boilerplate(e["heading"], e["file"], e["text"], e["company"], e["required"]), required=("heading",),
   doc="Each company's About section and its canonical text.")

_WORDS = lazyre.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.&-]*")
_MARKS = lazyre.compile(r"[®™℠]")


_ABOUT_WORD = lazyre.compile(r"(?i)^\s*about\s+")


def _norm_name(text: str) -> str:
    """Compare About headings by words: "About MicroPort®:" and "about microport" agree."""
    text = _MARKS.sub("", text)
    text = _ABOUT_WORD.sub("", text).strip(" :*_#\t")
    return " ".join(w.lower() for w in _WORDS.findall(text))


def _mentioned(release, entry: Boilerplate) -> bool:
    company = entry.company or _norm_name(entry.heading).split(" ")[0]
    pattern = _company_pattern(company)
    return any(pattern.search(release.prose, p.span.start, p.span.end) for p in release.body)


@lru_cache(maxsize=1024)
def _company_pattern(company: str) -> regex.Pattern:
    return regex.compile(rf"(?i)(?<![\w-]){regex.escape(company)}(?![\w-])")


@rule("RL407", "about-missing", severity="warning", house=(BOILERPLATE,))
def about_missing(release, ctx: Context):
    """A required About section is missing.

    ## What it checks
    Each entry of `house.boilerplate` with `required: always` (or `when-mentioned`, when the body
    names the company) needs an About section whose heading names it, with or without a colon.
    With `company` set, an About section for any unit named after the company (`About MicroPort
    Institute of Health`) counts too.

    ## Why
    The boilerplate is the one paragraph every reporter copies; a release without it sends them to
    an old one.

    ## Examples
    ```config
    house:
      boilerplate:
        - {heading: About Acme, text: Acme builds warehouse robots., required: always}
    ```
    ```bad
    COLUMBUS, Ohio, June 2, 2025 — Acme opened a plant.
    ```

    ```good
    COLUMBUS, Ohio, June 2, 2025 — Acme opened a plant.

    About Acme

    Acme builds warehouse robots.
    ```
    """
    present = {_norm_name(release[a.name]) for a in release.abouts}
    for entry in BOILERPLATE.of(ctx.house):
        required = entry.required
        if required == "never" or (required == "when-mentioned" and not _mentioned(release, entry)):
            continue
        wanted = _norm_name(entry.heading)
        company = " ".join(w.lower() for w in _WORDS.findall(_MARKS.sub("", entry.company or "")))
        if any(wanted == p or wanted in p or p in wanted or (company and p.startswith(company)) for p in present if p):
            continue
        end = len(release.text) if release.tail is None else release.tail.start
        anchor = release.paragraphs[-1].span if release.paragraphs else Span(end, end)
        yield Finding(Span(anchor.end, anchor.end), f"the release has no '{entry.heading}' section: add the "
                                                    "house boilerplate")


@rule("RL408", "about-heading-form", severity="warning", fix=SOMETIMES_SAFE, house=(BOILERPLATE,))
def about_heading_form(release, ctx: Context):
    """An About heading is not in the house form.

    ## What it checks
    An About heading with a trailing colon (`About the China Innovation Challenge:`), and, when the
    house lists its boilerplate, a heading for the house company written another way than the
    house heading (`About MicroPort®` for `About MicroPort Scientific Corporation`).

    ## Why
    Headings are navigation; the same heading in every release lets readers and archive search find
    the boilerplate.

    ## Fix
    Safe for the colon: it is removed.

    ## Examples
    ```bad
    COLUMBUS, Ohio, June 2, 2025 — Acme opened a plant.

    About Acme:

    Acme builds warehouse robots.
    ```
    ```fixed
    COLUMBUS, Ohio, June 2, 2025 — Acme opened a plant.

    About Acme

    Acme builds warehouse robots.
    ```

    ```good
    COLUMBUS, Ohio, June 2, 2025 — Acme opened a plant.

    About Acme

    Acme builds warehouse robots.
    ```
    """
    entries = BOILERPLATE.of(ctx.house)
    for about in release.abouts:
        heading = release[about.heading].rstrip(" *_")
        line_end = release.text.find("\n", about.heading.end)
        rest_of_line = release.text[about.heading.end: len(release.text) if line_end < 0 else line_end]
        standalone = not rest_of_line.strip(" \t*_\r")  # "About X: The X is ..." is a run-in head, not a heading line
        if heading.endswith(":") and standalone and len(about.heading) <= 120 and "\n" not in heading:
            colon = Span(about.heading.start + len(heading) - 1, about.heading.start + len(heading))
            yield Finding(colon, "an About heading takes no colon", Fix.replace(colon, "", description="Remove the colon"))
        name = _norm_name(release[about.name])
        for entry in entries:
            wanted = _norm_name(entry.heading)
            company = (entry.company or wanted.split(" ")[0]).lower()
            if name != wanted and name.split(" ")[:1] == [company] and len(name) < len(wanted):
                yield Finding(about.heading, f"the house heading for this section is '{entry.heading}'")


def governed_spans(release, ctx: Context) -> list[Span]:
    """About bodies that a house boilerplate entry's canonical text governs: only RL409 rewrites them."""
    spans = []
    for entry in BOILERPLATE.of(ctx.house):
        if not entry.text:
            continue
        wanted = _norm_name(entry.heading)
        spans += [a.body for a in release.abouts if a.body is not None and _norm_name(release[a.name]) == wanted]
    return spans


@rule("RL409", "boilerplate-drift", severity="warning", fix=ALWAYS_UNSAFE, governs=governed_spans, house=(BOILERPLATE,))
def boilerplate_drift(release, ctx: Context):
    """An About section differs from the house's canonical boilerplate.

    ## What it checks
    Each About section whose heading names an entry of `house.boilerplate` against that entry's
    canonical text (`file`, beside the config, or `text`). White space and line wrapping do not
    count; any other difference is reported, and the full report shows it as a unified diff.

    ## Why
    Boilerplate drifts: an old employee count, a renamed division, a delisted ticker. No prose
    linter compares it with the approved text.

    ## Fix
    Unsafe: the canonical text replaces the section.

    ## Examples
    ```config
    house:
      boilerplate:
        - {heading: About Acme, text: Acme builds warehouse robots in 14 countries.}
    ```
    ```bad
    COLUMBUS, Ohio, June 2, 2025 — Acme opened a plant.

    About Acme

    Acme builds warehouse robots in 12 countries.
    ```
    ```fixed
    COLUMBUS, Ohio, June 2, 2025 — Acme opened a plant.

    About Acme

    Acme builds warehouse robots in 14 countries.
    ```

    ```good
    COLUMBUS, Ohio, June 2, 2025 — Acme opened a plant.

    About Acme

    Acme builds warehouse robots in 14 countries.
    ```
    """
    for entry in BOILERPLATE.of(ctx.house):
        canonical = entry.text
        if not canonical:
            continue
        wanted = _norm_name(entry.heading)
        for about in release.abouts:
            if _norm_name(release[about.name]) != wanted or about.body is None:
                continue
            written = release[about.body]
            if " ".join(written.split()) == " ".join(canonical.split()):
                continue
            diff = "\n".join(difflib.unified_diff(
                _wrap(canonical), _wrap(written), fromfile="house boilerplate", tofile="this release", lineterm=""))
            yield Finding(about.body, f"the '{entry.heading}' text differs from the house boilerplate",
                          Fix.replace(about.body, canonical, safe=False, description="Replace with the house boilerplate"),
                          detail=diff)


def _wrap(text: str) -> list[str]:
    """One sentence a line, so that a diff of boilerplate points at the sentence that changed."""
    return [s for s in regex.split(r"(?<=[.!?])\s+", " ".join(text.split())) if s]


@rule("RL410", "about-placement", severity="warning")
def about_placement(release, ctx: Context):
    """An About section stands inside the body, or appears twice.

    ## What it checks
    Body text after an About section (the boilerplate belongs after the news), and two About
    sections for the same company.

    ## Why
    Readers stop at the boilerplate; news below it is news nobody reads, and a repeated About
    section is a paste error.

    ## Examples
    ```bad
    COLUMBUS, Ohio, June 2, 2025 — Acme opened a plant.

    About Acme

    Acme builds warehouse robots.

    About Acme

    Acme builds warehouse robots.
    ```

    ```good
    COLUMBUS, Ohio, June 2, 2025 — Acme opened a plant.

    About Acme

    Acme builds warehouse robots.
    ```
    """
    seen: dict[str, Span] = {}
    for about in release.abouts:
        name = _norm_name(release[about.name])
        if name in seen:
            line = release.lines.position(seen[name].start).line
            yield Finding(about.heading, f"a second About section for the same company (the first is on line {line})")
        seen.setdefault(name, about.heading)
    if release.abouts:
        first = release.abouts[0].heading.start
        later_body = [p for p in release.body if p.span.start > first]
        if later_body:
            yield Finding(release.abouts[0].heading, "the About section comes before the end of the news: move it "
                                                     "after the body")
