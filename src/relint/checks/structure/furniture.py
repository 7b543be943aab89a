"""What a release carries around its news: the release line, tickers, the forward-looking
statements, the media contact and the end mark."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ... import lazyre
from ...house import COMPANY, Registry, Style, Value, choice, setting
from ...model import SOMETIMES_SAFE, Context, Finding, Fix, Span
from ...read.dateline import DATE
from ...read.furniture import DIALLABLE, EMAIL, TICKER
from ..spec import rule

RELEASE_LINE = Value("release-line", choice("allowed", "required", "forbidden",
                                            doc="FOR IMMEDIATE RELEASE (or an embargo) above the headline."))
END_MARK = Value("end-mark", choice("any", "###", "-30-", "none", doc="The mark that ends the text."))
FORWARD_LOOKING = Style("forward-looking", {
    "required": choice("never", "always", "when-listed",
                       doc="When looking-ahead language needs a forward-looking statements section."),
}, doc="The safe-harbor section.")
CONTACT = Style("contact", {
    "required": setting(bool, True, "Whether a release needs a media contact."),
    "name": setting(bool, False, "Whether the contact must give a name."),
    "email-or-phone": setting(bool, True, "Whether the contact must give an e-mail address or a telephone number."),
}, doc="The media contact.")


@dataclass(frozen=True)
class Ticker:
    exchange: str
    symbol: str
    form: str | None
    company: str | None


TICKERS = Registry("tickers", {
    "exchange": setting(str, None, "The exchange (NASDAQ, HKEX, ...)."),
    "symbol": setting(str, None, "The symbol on it."),
    "form": setting(str, None, "The ticker as the house writes it: '(00853.HK)'."),
    "company": setting(str, None, "The listed company (else house.company)."),
}, lambda e: Ticker(e["exchange"], e["symbol"], e["form"], e["company"]), required=("exchange", "symbol"),
   doc="The house's listings.")


_EMBARGO = lazyre.compile(r"(?i)\bembargo(?:ed)?\b")


@rule("RL406", "release-line", severity="warning", house=(RELEASE_LINE,))
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
    policy = RELEASE_LINE.of(ctx.house)
    line = release.release_line
    if line is None and policy == "required":
        anchor = release.headline or (release.paragraphs[0].span if release.paragraphs else Span(0, 0))
        yield Finding(Span(anchor.start, anchor.start), "the house opens every release with a release line "
                                                        "(FOR IMMEDIATE RELEASE, or an embargo)")
    elif line is not None and policy == "forbidden":
        yield Finding(line, "the house writes no release line")
    if line is not None and _EMBARGO.search(release[line]) and not DATE.search(release[line]):
        yield Finding(line, "the embargo gives no date that can be read: write the date and time it lifts")


@rule("RL411", "ticker-form", severity="warning", house=(TICKERS, COMPANY))
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
             for m in TICKER.finditer(release.prose, span.start, span.end)]
    tickers = TICKERS.of(ctx.house)
    company = next((t.company for t in tickers if t.company), None) or COMPANY.of(ctx.house)
    if company and tickers and release.body:
        # The first mention of the listed house company in the body carries its ticker.
        # The ticker follows the name at once: "MicroPort Scientific Corporation (00853.HK, MicroPort®)".
        pattern = regex.compile(rf"(?<![\w-]){regex.escape(str(company))}[®™]?(?P<paren>[ \t]*\([^()\n]{{0,60}}\))?")
        first = None
        for paragraph in release.body:
            first = pattern.search(release.prose, paragraph.span.start, paragraph.span.end)
            if first:
                break
        symbols = [str(t.symbol) for t in tickers]
        forms = [t.form or str(t.symbol) for t in tickers]
        if first and not any(sym in (first.group("paren") or "") for sym in symbols):
            at = Span(first.start(), first.start() + len(str(company)))
            yield Finding(at, f"the first mention of {company} carries its ticker: '{forms[0]}'")
    for entry in tickers:
        form, symbol = entry.form, str(entry.symbol)
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


@rule("RL412", "forward-looking-statements-missing", severity="warning", house=(FORWARD_LOOKING,))
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
    policy = FORWARD_LOOKING.of(ctx.house)["required"]
    if policy == "never" or release.forward_looking is not None:
        return
    if policy == "when-listed" and not TICKER.search(release.prose):
        return
    for paragraph in release.body:
        m = _FORWARD.search(release.prose, paragraph.span.start, paragraph.span.end)
        if m:
            yield Finding(Span(m.start(), m.end()), f"'{m.group()}' looks ahead, and the release has no forward-"
                                                    "looking statements section")
            return


@rule("RL413", "contact-missing", severity="info", house=(CONTACT,))
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
    policy = CONTACT.of(ctx.house)
    if not policy["required"] or not release.body:
        return
    if release.contact is None:
        end = release.paragraphs[-1].span.end
        yield Finding(Span(end, end), "the release has no media contact: add a name with an e-mail address or "
                                      "a telephone number")
        return
    text = release[release.contact]
    if policy["email-or-phone"] and not (EMAIL.search(text) or DIALLABLE.search(text)):
        yield Finding(release.contact, "the media contact gives neither an e-mail address nor a telephone number")


@rule("RL414", "end-mark", severity="warning", fix=SOMETIMES_SAFE, house=(END_MARK,))
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
    policy = END_MARK.of(ctx.house)
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
