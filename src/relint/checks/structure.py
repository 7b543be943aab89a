"""RL4xx: the release as a form: headline, release line, About boilerplate against the canonical
text, ticker, forward-looking statements, media contact, end mark, lengths.

House choices live in ``house`` (see the README): ``headline``, ``release-line``, ``boilerplate``,
``tickers``, ``forward-looking``, ``contact``, ``end-mark`` and ``limits``.
"""

from __future__ import annotations

from functools import lru_cache

import difflib

import regex

from .. import lazyre
from ..model import Finding, Fix, Span
from ..model import Context
from .spec import rule

LIMITS = {"lead-words": 60, "paragraph-words": 150, "sentence-words": 50}
HEADLINE = {"case": "any", "max-length": 150, "trailing-period": False}

_WORDS = lazyre.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.&-]*")
_MARKS = lazyre.compile(r"[®™℠]")


def _house(ctx: Context, key: str, default):
    value = ctx.house.get(key)
    if isinstance(default, dict):
        return {**default, **dict(value or {})}
    return default if value is None else value


_ABOUT_WORD = lazyre.compile(r"(?i)^\s*about\s+")


def _norm_name(text: str) -> str:
    """Compare About headings by words: "About MicroPort®:" and "about microport" agree."""
    text = _MARKS.sub("", text)
    text = _ABOUT_WORD.sub("", text).strip(" :*_#\t")
    return " ".join(w.lower() for w in _WORDS.findall(text))


# --------------------------------------------------------------------------- headline


@rule("RL401", "headline-missing", severity="warning")
def headline_missing(release, ctx: Context):
    """The release has no headline.

    ## What it checks
    A release whose first block is already the dateline paragraph: nothing above it reads as a
    headline (a Markdown `#` heading, or a short first line followed by the text).

    ## Why
    The headline is what editors, readers and search engines see first; wires will not carry a
    release without one.

    ## Examples
    ```bad
    SHANGHAI, Dec. 12, 2019 — MicroPort signed an agreement with Shanghai General Hospital.
    ```

    ```good
    MicroPort Signs an Agreement With Shanghai General Hospital

    SHANGHAI, Dec. 12, 2019 — MicroPort signed an agreement with Shanghai General Hospital.
    ```
    """
    if release.headline is None and release.paragraphs and not release.text.startswith("---"):
        first = release.paragraphs[0].span
        end = min(first.end, first.start + len(release.prose_of(first).split(" ", 1)[0]))
        yield Finding(Span(first.start, end), "the release has no headline: add one above the dateline")
    elif release.headline is None and release.paragraphs:
        title = release.front_matter.get("title") if isinstance(release.front_matter, dict) else None
        if not title:
            first = release.paragraphs[0].span
            yield Finding(Span(first.start, first.start), "the release has no headline (and no title in its front matter)")


@rule("RL402", "headline-all-caps", severity="warning")
def headline_all_caps(release, ctx: Context):
    """The headline is written in capitals.

    ## What it checks
    A headline of four words or more with no lowercase letter.

    ## Why
    Capitals read as shouting, are harder to read, and wires and search results re-case them
    unpredictably.

    ## Examples
    ```bad
    ACME OPENS ITS FIRST PLANT IN OHIO

    COLUMBUS, Ohio, June 2, 2025 — Acme opened a plant.
    ```

    ```good
    Acme Opens Its First Plant in Ohio

    COLUMBUS, Ohio, June 2, 2025 — Acme opened a plant.
    ```
    """
    if release.headline is None:
        return
    text = release[release.headline]
    letters = [c for c in text if c.isalpha()]
    if len(_WORDS.findall(text)) >= 4 and letters and all(not c.islower() for c in letters):
        yield Finding(release.headline, "the headline is all capitals: write it in title or sentence case")


_SMALL_WORDS = frozenset("a an and as at but by for from in into nor of on or over per the to up via vs with".split())


@rule("RL403", "headline-case", severity="warning")
def headline_case(release, ctx: Context):
    """The headline is not in the house case style.

    ## What it checks
    With `house.headline.case: title`, every word of four letters or more starts with a capital;
    with `sentence` (AP headline style), words after the first are lowercase unless they are names
    or acronyms, judged by how the body writes them. The default, `any`, checks nothing.

    ## Why
    A house that sets its headlines one way looks edited; one that alternates looks assembled.

    ## Examples
    ```config
    house:
      headline: {case: title}
    ```
    ```bad
    Acme opens its first plant in Ohio

    COLUMBUS, Ohio, June 2, 2025 — Acme opened a plant.
    ```

    ```good
    Acme Opens Its First Plant in Ohio

    COLUMBUS, Ohio, June 2, 2025 — Acme opened a plant.
    ```
    """
    style = _house(ctx, "headline", HEADLINE)["case"]
    if release.headline is None or style == "any":
        return
    text = release[release.headline]
    words = [(m.group(), m.start()) for m in _WORDS.finditer(text)]
    if style == "title":
        lower = [w for w, _ in words[1:] if w[:1].islower() and len(w) >= 4 and w.lower() not in _SMALL_WORDS]
        if lower:
            yield Finding(release.headline, f"the house writes headlines in title case: '{lower[0]}' starts lowercase")
    else:
        body_words = release.words
        capped = [w for w, _ in words[1:] if w[:1].isupper() and not w.isupper() and w.lower() in body_words
                  and w not in body_words]
        if capped:
            yield Finding(release.headline, f"the house writes headlines in sentence case: '{capped[0]}' is "
                                            "capitalised but the body writes it lowercase")


@rule("RL404", "headline-too-long", severity="info")
def headline_too_long(release, ctx: Context):
    """The headline is longer than the house limit.

    ## What it checks
    A headline longer than `house.headline.max-length` characters (150 by default); wires cut or
    wrap headlines far shorter than that in listings and feeds.

    ## Why
    A long headline is a summary paragraph; the reader gets the news from the first eight words.

    ## Examples
    ```config
    house:
      headline: {max-length: 40}
    ```
    ```bad
    Acme Opens Its First Plant in Ohio to Build Robots for Warehouses

    COLUMBUS, Ohio, June 2, 2025 — Acme opened a plant.
    ```

    ```good
    Acme Opens Its First Plant in Ohio

    COLUMBUS, Ohio, June 2, 2025 — Acme opened a plant.
    ```
    """
    limit = _house(ctx, "headline", HEADLINE)["max-length"]
    if release.headline is not None and len(release.headline) > limit:
        yield Finding(release.headline, f"the headline is {len(release.headline)} characters long; the house limit is "
                                        f"{limit}")


@rule("RL405", "headline-trailing-period", severity="warning", fixable=True)
def headline_trailing_period(release, ctx: Context):
    """The headline ends with a period.

    ## What it checks
    A headline (or subheadline) that ends with a full stop, unless the house sets
    `house.headline.trailing-period: true`. Abbreviations such as `Inc.` are left alone.

    ## Why
    Headlines are not sentences; AP and every wire style omit the period.

    ## Fix
    Safe: the period is removed.

    ## Examples
    ```bad
    Acme Opens Its First Plant in Ohio.

    COLUMBUS, Ohio, June 2, 2025 — Acme opened a plant.
    ```
    ```fixed
    Acme Opens Its First Plant in Ohio

    COLUMBUS, Ohio, June 2, 2025 — Acme opened a plant.
    ```

    ```good
    Acme Opens Its First Plant in Ohio, Hires Acme Inc.

    COLUMBUS, Ohio, June 2, 2025 — Acme opened a plant.
    ```
    """
    if _house(ctx, "headline", HEADLINE)["trailing-period"]:
        return
    for span in (release.headline, release.subheadline):
        if span is None:
            continue
        text = release[span].rstrip()
        if text.endswith(".") and not text.endswith("..") and not _ABBREVIATION.search(text):
            dot = Span(span.start + len(text) - 1, span.start + len(text))
            yield Finding(dot, "a headline takes no final period", Fix.replace(dot, "", description="Remove the period"))


_ABBREVIATION = lazyre.compile(r"\b(?:Inc|Ltd|Co|Corp|Jr|Sr|St|U\.S|U\.K|L\.P|S\.A|N\.V|P\.C)\.$")


# --------------------------------------------------------------------------- release line


_EMBARGO = lazyre.compile(r"(?i)\bembargo(?:ed)?\b")


@rule("RL406", "release-line", severity="warning")
def release_line(release, ctx: Context):
    """The release line (FOR IMMEDIATE RELEASE, an embargo) is missing, unwanted or unreadable.

    ## What it checks
    `house.release-line: required` wants `FOR IMMEDIATE RELEASE` or an embargo line above the
    headline; `forbidden` wants none. Whatever the house says, an embargo line must give a date
    that can be read.

    ## Why
    An embargo without a readable date is an embargo nobody can honour.

    ## Examples
    ```bad
    EMBARGOED UNTIL FURTHER NOTICE

    Acme Opens a Plant

    COLUMBUS, Ohio, June 2, 2025 — Acme opened a plant.
    ```

    ```good
    EMBARGOED UNTIL 9 A.M. ET, JUNE 2, 2025

    Acme Opens a Plant

    COLUMBUS, Ohio, June 2, 2025 — Acme opened a plant.
    ```
    """
    from ..read.dateline import DATE

    policy = _house(ctx, "release-line", "allowed")
    line = release.release_line
    if line is None and policy == "required":
        anchor = release.headline or (release.paragraphs[0].span if release.paragraphs else Span(0, 0))
        yield Finding(Span(anchor.start, anchor.start), "the house opens every release with a release line "
                                                        "(FOR IMMEDIATE RELEASE, or an embargo)")
    elif line is not None and policy == "forbidden":
        yield Finding(line, "the house writes no release line")
    if line is not None and _EMBARGO.search(release[line]) and not DATE.search(release[line]):
        yield Finding(line, "the embargo gives no date that can be read: write the date and time it lifts")


# --------------------------------------------------------------------------- About sections


def _boilerplate(ctx: Context) -> list[dict]:
    return [dict(b) for b in (ctx.house.get("boilerplate") or [])]


def _mentioned(release, entry: dict) -> bool:
    company = entry.get("company") or _norm_name(entry["heading"]).split(" ")[0]
    pattern = _company_pattern(company)
    return any(pattern.search(release.prose, p.span.start, p.span.end) for p in release.body)


@lru_cache(maxsize=1024)
def _company_pattern(company: str) -> regex.Pattern:
    return regex.compile(rf"(?i)(?<![\w-]){regex.escape(company)}(?![\w-])")


@rule("RL407", "about-missing", severity="warning")
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
    for entry in _boilerplate(ctx):
        required = entry.get("required", "always")
        if required == "never" or (required == "when-mentioned" and not _mentioned(release, entry)):
            continue
        wanted = _norm_name(entry["heading"])
        company = " ".join(w.lower() for w in _WORDS.findall(_MARKS.sub("", entry.get("company") or "")))
        if any(wanted == p or wanted in p or p in wanted or (company and p.startswith(company)) for p in present if p):
            continue
        end = len(release.text) if release.tail is None else release.tail.start
        anchor = release.paragraphs[-1].span if release.paragraphs else Span(end, end)
        yield Finding(Span(anchor.end, anchor.end), f"the release has no '{entry['heading']}' section: add the "
                                                    "house boilerplate")


@rule("RL408", "about-heading-form", severity="warning", fixable=True)
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
    entries = _boilerplate(ctx)
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
            wanted = _norm_name(entry["heading"])
            company = (entry.get("company") or wanted.split(" ")[0]).lower()
            if name != wanted and name.split(" ")[:1] == [company] and len(name) < len(wanted):
                yield Finding(about.heading, f"the house heading for this section is '{entry['heading']}'")


@rule("RL409", "boilerplate-drift", severity="warning", fixable=True)
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
    for entry in _boilerplate(ctx):
        canonical = entry.get("text")
        if not canonical:
            continue
        wanted = _norm_name(entry["heading"])
        for about in release.abouts:
            if _norm_name(release[about.name]) != wanted or about.body is None:
                continue
            written = release[about.body]
            if " ".join(written.split()) == " ".join(canonical.split()):
                continue
            diff = "\n".join(difflib.unified_diff(
                _wrap(canonical), _wrap(written), fromfile="house boilerplate", tofile="this release", lineterm=""))
            yield Finding(about.body, f"the '{entry['heading']}' text differs from the house boilerplate",
                          Fix.replace(about.body, canonical, safe=False, description="Replace with the house boilerplate"),
                          detail=diff)


def governed_spans(release, house) -> list[Span]:
    """About bodies that a house boilerplate entry's canonical text governs: only RL409 rewrites them."""
    spans = []
    for entry in house.get("boilerplate") or []:
        if not entry.get("text"):
            continue
        wanted = _norm_name(entry["heading"])
        spans += [a.body for a in release.abouts if a.body is not None and _norm_name(release[a.name]) == wanted]
    return spans


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


# --------------------------------------------------------------------------- ticker, safe harbor, contact, end mark


# The exchanges a ticker names ("(NASDAQ: ACME)"); Hong Kong listings are also written "(00853.HK)".
EXCHANGES = r"NYSE(?:\s+American)?|NASDAQ|Nasdaq|HKEX|SEHK|TSX(?:V)?|ASX|LSE|OTC\w*|CSE|AMEX"
_TICKER = lazyre.compile(rf"\((?:{EXCHANGES})\s*:\s*[\w.]+\)|\(\d{{4,5}}\.HK\)|\(HK\s*\d{{4,5}}\)")


@rule("RL411", "ticker-form", severity="warning")
def ticker_form(release, ctx: Context):
    """A ticker is written in another form than the house's, or in two forms in one release.

    ## What it checks
    With `house.tickers` (each entry may name its listed `company`; otherwise `house.company`),
    the first mention of the listed company in the body must carry its ticker in the house form. A mention of a house symbol in a form other than the house `form`
    (`(HKEX: 00853)` where the house writes `(00853.HK)`). Whatever the house says, one release
    that writes its tickers in two forms is reported.

    ## Why
    Investors search by ticker; a ticker written two ways is a ticker written wrong once.

    ## Examples
    ```config
    house:
      tickers:
        - {exchange: HKEX, symbol: "00853", form: "(00853.HK)", company: MicroPort Scientific Corporation}
    ```
    ```bad
    MicroPort Scientific Corporation (HKEX: 00853) opened a plant.
    ```

    ```bad
    MicroPort Scientific Corporation opened a plant. It is listed in Hong Kong (00853.HK).
    ```

    ```good
    MicroPort Scientific Corporation (00853.HK) opened a plant.
    ```
    """
    found = [(m.group(), Span(m.start(), m.end())) for span in release.scope("prose")
             for m in _TICKER.finditer(release.prose, span.start, span.end)]
    tickers = ctx.house.get("tickers") or []
    company = next((t["company"] for t in tickers if t.get("company")), None) or ctx.house.get("company")
    if company and tickers and release.body:
        # The first mention of the listed house company in the body carries its ticker.
        # The ticker follows the name at once: "MicroPort Scientific Corporation (00853.HK, MicroPort®)".
        pattern = regex.compile(rf"(?<![\w-]){regex.escape(str(company))}[®™]?(?P<paren>[ \t]*\([^()\n]{{0,60}}\))?")
        first = None
        for paragraph in release.body:
            first = pattern.search(release.prose, paragraph.span.start, paragraph.span.end)
            if first:
                break
        symbols = [str(t["symbol"]) for t in tickers]
        forms = [t.get("form") or str(t["symbol"]) for t in tickers]
        if first and not any(sym in (first.group("paren") or "") for sym in symbols):
            at = Span(first.start(), first.start() + len(str(company)))
            yield Finding(at, f"the first mention of {company} carries its ticker: '{forms[0]}'")
    for entry in ctx.house.get("tickers") or []:
        form, symbol = entry.get("form"), str(entry["symbol"])
        for text, span in found:
            if symbol in text and form and " ".join(text.split()) != form:
                yield Finding(span, f"the house writes this ticker '{form}'")
    shapes = {}
    for text, span in found:
        shape = "exchange: symbol" if ":" in text else "symbol.exchange"
        first = shapes.setdefault(shape, span)
        if len(shapes) > 1 and first is span:
            other = next(k for k in shapes if k != shape)
            yield Finding(span, f"tickers are written '{other}' earlier in this release and '{shape}' here: use one form")


_FORWARD = lazyre.compile(r"(?i)\b(?:expects?|expected|anticipates?|anticipated|guidance|outlook|forecasts?|projects|"
                         r"intends?|plans to|believes?|aims to|targets?)\b")


@rule("RL412", "forward-looking-statements-missing", severity="warning")
def forward_looking_missing(release, ctx: Context):
    """Forward-looking language without a forward-looking statements section.

    ## What it checks
    When `house.forward-looking.required` is `always`, or `when-listed` and the release carries a
    ticker, body text that looks ahead (expects, anticipates, guidance, outlook, plans to, ...)
    needs a "Forward-Looking Statements" (safe harbor) section. The default, `never`, checks
    nothing: only the house's counsel can say when the section is needed.

    ## Why
    A listed company's projections without the safe-harbor language can expose it to liability.

    ## Examples
    ```config
    house:
      forward-looking: {required: when-listed}
    ```
    ```bad
    Acme Corp. (NYSE: ACME) expects revenue to double next year.
    ```

    ```good
    Acme Corp. (NYSE: ACME) expects revenue to double next year.

    Forward-Looking Statements

    This release contains forward-looking statements.
    ```
    """
    policy = _house(ctx, "forward-looking", {"required": "never"})["required"]
    if policy == "never" or release.forward_looking is not None:
        return
    if policy == "when-listed" and not _TICKER.search(release.prose):
        return
    for paragraph in release.body:
        m = _FORWARD.search(release.prose, paragraph.span.start, paragraph.span.end)
        if m:
            yield Finding(Span(m.start(), m.end()), f"'{m.group()}' looks ahead, and the release has no forward-"
                                                    "looking statements section")
            return


_EMAIL = lazyre.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[[^\]]*@[^\]]*\]")
_PHONE = lazyre.compile(r"(?:\+?\d[\d\s().-]{7,}\d)")


@rule("RL413", "contact-missing", severity="info")
def contact_missing(release, ctx: Context):
    """The release has no media contact, or one a reporter cannot reach.

    ## What it checks
    A media contact block (`Media Contact:`, `Contact:`, `Press contact`, ...) after the body, and in
    it an e-mail address or a telephone number (`house.contact.email-or-phone`, on by default). Set
    `house.contact.required: false` for releases that carry no contact.

    ## Why
    A reporter with a question and no one to ask moves on to the next story.

    ## Examples
    ```bad
    COLUMBUS, Ohio, June 2, 2025 — Acme opened a plant.
    ```

    ```bad
    COLUMBUS, Ohio, June 2, 2025 — Acme opened a plant.

    Media Contact:
    Jane Roe, Acme
    ```

    ```good
    COLUMBUS, Ohio, June 2, 2025 — Acme opened a plant.

    Media Contact:
    Jane Roe, press@acme.example
    ```
    """
    policy = _house(ctx, "contact", {"required": True, "name": False, "email-or-phone": True})
    if not policy["required"] or not release.body:
        return
    if release.contact is None:
        end = release.paragraphs[-1].span.end
        yield Finding(Span(end, end), "the release has no media contact: add a name with an e-mail address or "
                                      "a telephone number")
        return
    text = release[release.contact]
    if policy["email-or-phone"] and not (_EMAIL.search(text) or _PHONE.search(text)):
        yield Finding(release.contact, "the media contact gives neither an e-mail address nor a telephone number")


@rule("RL414", "end-mark", severity="warning", fixable=True)
def end_mark(release, ctx: Context):
    """The end mark is missing, in another form than the house's, or not at the end.

    ## What it checks
    With `house.end-mark` set to `###` or `-30-`, the release ends its text with that mark (media
    contact and boilerplate may follow, as wires place them). `none` forbids an end mark; `any`, the
    default, checks nothing.

    ## Why
    The end mark tells an editor nothing was lost; a missing one makes them check.

    ## Fix
    Safe for the wrong form: it is replaced by the house mark.

    ## Examples
    ```config
    house:
      end-mark: "###"
    ```
    ```bad
    COLUMBUS, Ohio, June 2, 2025 — Acme opened a plant.

    -30-
    ```
    ```fixed
    COLUMBUS, Ohio, June 2, 2025 — Acme opened a plant.

    ###
    ```

    ```good
    COLUMBUS, Ohio, June 2, 2025 — Acme opened a plant.

    ###
    ```
    """
    policy = _house(ctx, "end-mark", "any")
    if policy == "any" or not release.body:
        return
    mark = release.end_mark
    if policy == "none":
        if mark is not None:
            yield Finding(mark, "the house uses no end mark")
        return
    if mark is None:
        end = release.body[-1].span.end
        yield Finding(Span(end, end), f"the release has no end mark: end the text with '{policy}'")
        return
    written = release[mark].strip()
    if written != policy:
        yield Finding(mark, f"the house end mark is '{policy}'", Fix.replace(mark, policy, description=f"Write '{policy}'"))
    if any(p.span.start > mark.start for p in release.body):
        yield Finding(mark, "news text follows the end mark: the mark ends the release")


# --------------------------------------------------------------------------- lengths


def _word_count(release, span: Span) -> int:
    return len(_WORDS.findall(release.prose, span.start, span.end))


@rule("RL415", "text-too-long", severity="info")
def text_too_long(release, ctx: Context):
    """A lead, paragraph or sentence longer than the house limits.

    ## What it checks
    The lead paragraph (first body paragraph, without its dateline) against
    `house.limits.lead-words` (60), each body paragraph against `paragraph-words` (150), and each
    body sentence against `sentence-words` (50).

    ## Why
    AP leads run to about 35 words; a 90-word sentence is a paragraph that forgot to stop. Long
    blocks are where readers leave.

    ## Examples
    ```config
    house:
      limits: {sentence-words: 8}
    ```
    ```bad
    COLUMBUS, Ohio, June 2, 2025 — Acme opened a plant that will build robots for warehouses in Ohio.
    ```

    ```good
    COLUMBUS, Ohio, June 2, 2025 — Acme opened a plant. It builds robots.
    ```
    """
    limits = _house(ctx, "limits", LIMITS)
    lead = release.lead
    if lead is not None:
        start = release.dateline.span.end if release.dateline and lead.span.contains(release.dateline.span) else lead.span.start
        count = _word_count(release, Span(start, lead.span.end))
        if count > limits["lead-words"] and len(lead.sentences) > 1:
            yield Finding(Span(lead.span.start, lead.span.start), f"the lead runs to {count} words; the house limit is "
                                                                  f"{limits['lead-words']}")
    for paragraph in release.body:
        count = _word_count(release, paragraph.span)
        if count > limits["paragraph-words"]:
            yield Finding(Span(paragraph.span.start, paragraph.span.start), f"this paragraph runs to {count} words; "
                                                                            f"the house limit is {limits['paragraph-words']}")
        for sentence in paragraph.sentences:
            counted = sentence
            if release.dateline is not None and sentence.contains(release.dateline.span):
                counted = Span(release.dateline.span.end, sentence.end)  # the dateline is not part of the sentence
            words = _word_count(release, counted)
            if words > limits["sentence-words"]:
                yield Finding(Span(sentence.start, sentence.start), f"this sentence runs to {words} words; the house "
                                                                    f"limit is {limits['sentence-words']}")
