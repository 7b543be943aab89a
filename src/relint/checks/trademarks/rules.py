"""RL201-RL209: each registered mark with the symbol its policy asks for, the right symbol, the
registered spelling, in the headline where the house wants it; and, with or without a registry,
no typed stand-ins, no spacing around a symbol, no mark used as a noun or a verb."""

from __future__ import annotations

import regex

from ... import lazyre
from ...model import (
    ALWAYS_SAFE,
    SOMETIMES_SAFE,
    SOMETIMES_UNSAFE,
    Context,
    Finding,
    Fix,
    Span,
)
from ...read.marks import ASCII, marked_terms
from ..spec import rule
from .marks import (
    TRADEMARKS,
    Mark,
    compiled,
    exempt_spans,
    first_body_index,
    mentions,
    symbol_text,
    wants_symbol,
)

_WORD = lazyre.compile(r"[\p{L}\p{N}][\p{L}\p{N}&'’.+-]*")

# --------------------------------------------------------------------------- registry rules


@rule("RL201", "mark-symbol-missing", severity="warning", fix=ALWAYS_SAFE, house=(TRADEMARKS,))
def mark_symbol_missing(release, ctx: Context):
    """A registered mark is written without the symbol the house policy asks for.

    ## What it checks
    Each mark in `house.trademarks` with its policy: `every-mention` (the symbol on every
    mention), `first-mention` (on the first mention in the body), `first-and-headline` (on the
    first body mention and in the headline), or `none`. Exempt phrases, such as legal entity
    names (`MicroPort Scientific Corporation`), are skipped.

    ## Why
    A mark used inconsistently weakens its protection, and legal teams ask for one usage in every
    release.

    ## Fix
    Safe: the symbol is inserted right after the mark.

    ## Examples
    ```config
    house:
      trademarks:
        - {mark: MicroPort, symbol: "®", policy: every-mention, exempt: [MicroPort Scientific Corporation]}
    ```
    ```bad
    MicroPort® opened a plant. MicroPort employs 200 people there.
    ```
    ```fixed
    MicroPort® opened a plant. MicroPort® employs 200 people there.
    ```

    ```good
    MicroPort Scientific Corporation said MicroPort® opened a plant.
    ```
    """
    for mark in TRADEMARKS.of(ctx.house):
        found = mentions(release, mark)
        first = first_body_index(found)
        for i, mention in enumerate(found):
            if mention.symbol or wants_symbol(mark, i, mention, first) is not True:
                continue
            where = {"every-mention": "on every mention", "first-mention": "at its first mention in the body",
                     "first-and-headline": "at its first mention and in the headline"}.get(mark.policy, "here")
            if mention.in_headline:
                where = "in the headline"
            end = Span(mention.span.end, mention.span.end)
            yield Finding(mention.span, f"'{mark.text}' takes {mark.symbol} {where}: write '{mark.text}{mark.symbol}'",
                          Fix.replace(end, mark.symbol, description=f"Insert {mark.symbol}"))


@rule("RL202", "mark-symbol-unwanted", severity="warning", fix=ALWAYS_SAFE, house=(TRADEMARKS,))
def mark_symbol_unwanted(release, ctx: Context):
    """A mark carries a symbol where the house policy wants none.

    ## What it checks
    With a `first-mention` policy, a symbol on a later mention; with `none`, any symbol; in the
    headline when the mark's `headline` choice is `forbidden`.

    ## Why
    A symbol on every mention of a first-mention mark clutters the copy and departs from the
    house's other releases.

    ## Fix
    Safe: the symbol is removed.

    ## Examples
    ```config
    house:
      trademarks:
        - {mark: Acme, symbol: "®", policy: first-mention}
    ```
    ```bad
    Acme® opened a plant. Acme® employs 200 people there.
    ```
    ```fixed
    Acme® opened a plant. Acme employs 200 people there.
    ```

    ```good
    Acme® opened a plant. Acme employs 200 people there.
    ```
    """
    for mark in TRADEMARKS.of(ctx.house):
        found = mentions(release, mark)
        first = first_body_index(found)
        for i, mention in enumerate(found):
            if not mention.symbol or wants_symbol(mark, i, mention, first) is not False:
                continue
            why = {"first-mention": "after the first mention", "none": "anywhere"}.get(mark.policy, "in the headline")
            if mention.in_headline:
                why = "in the headline"
            span = Span(mention.span.end, mention.symbol_span.end)
            yield Finding(span, f"the house writes '{mark.text}' without {symbol_text(mention)} {why}",
                          Fix.replace(span, "", description="Remove the symbol"))


@rule("RL203", "mark-symbol-wrong", severity="error", fix=ALWAYS_SAFE, house=(TRADEMARKS,))
def mark_symbol_wrong(release, ctx: Context):
    """A mark carries the wrong symbol: ™ on a registered mark, ® on an unregistered one.

    ## What it checks
    The symbol after each mention of a mark in `house.trademarks` against the mark's own symbol:
    ® for a registered mark, ™ for an unregistered trademark, ℠ for a service mark.

    ## Why
    Using ® on a mark that is not registered is, in the United States and elsewhere, a false
    claim of registration; ™ on a registered mark undersells it.

    ## Fix
    Safe: the symbol is replaced by the registered one.

    ## Examples
    ```config
    house:
      trademarks:
        - {mark: Miracle Point, symbol: "®", policy: every-mention}
    ```
    ```bad
    The Miracle Point™ center opened.
    ```
    ```fixed
    The Miracle Point® center opened.
    ```

    ```good
    The Miracle Point® center opened.
    ```
    """
    for mark in TRADEMARKS.of(ctx.house):
        for mention in mentions(release, mark):
            written = symbol_text(mention)
            if written and written != mark.symbol:
                yield Finding(mention.symbol_span, f"'{mark.text}' is a {mark.kind} mark: write {mark.symbol}, not "
                                                   f"{written}", Fix.replace(mention.symbol_span, mark.symbol,
                                                                             description=f"Write {mark.symbol}"))


@rule("RL204", "mark-unregistered", severity="info", house=(TRADEMARKS,))
def mark_unregistered(release, ctx: Context):
    """A word carries ® or ™ but the house registry does not list it.

    ## What it checks
    When `house.trademarks` lists the house's marks, any other word written with ®, ™ or ℠ (a
    registered mark the words before the symbol end, such as `Plato’s Closet®`, is listed).
    Partners' marks are common in releases; the finding asks whether the registry is complete or
    the symbol is wrong. Without a registry this rule is silent.

    ## Why
    A symbol on a word the legal team never registered is a claim the company may not be able to
    back.

    ## Examples
    ```config
    house:
      trademarks:
        - {mark: MicroPort, symbol: "®"}
    ```
    ```bad
    MicroPort® launched the FlashBlade® stent.
    ```

    ```good
    MicroPort® launched the FlashBlade stent.
    ```
    """
    marks = TRADEMARKS.of(ctx.house)
    if not marks:
        return
    known = {m.text.lower() for m in marks} | {v.lower() for m in marks for v in m.variants}
    prose = release.prose
    for term, span, symbol, _ in marked_terms(release):
        if term.lower() in known or any(term.lower().endswith(" " + k) for k in known):
            continue
        # A mark whose words the symbol's run does not reach: "Plato’s Closet®", "Thomas & Friends™".
        if any(len(k) > len(term) and prose[span.end - len(k):span.end].lower() == k for k in known):
            continue
        yield Finding(span, f"'{term}' carries {ASCII.get(symbol, symbol)} but is not in the house trademark "
                            "registry: add it, or check the symbol")


@rule("RL205", "mark-symbol-ascii", severity="warning", fix=ALWAYS_SAFE)
def mark_symbol_ascii(release, ctx: Context):
    """A trademark symbol is typed as (R), (TM) or (SM).

    ## What it checks
    `(R)`, `(TM)` and `(SM)` written right after a word (`WiSA(R)`, `CardioDialysis(TM)`). With
    a space before them they are left alone: `(R)` is also a party label.

    ## Why
    The stand-ins come from typewriters and e-mail; on a wire and on the web they read as
    parentheses, not as marks.

    ## Fix
    Safe: the stand-in becomes ®, ™ or ℠.

    ## Examples
    ```bad
    The WiSA(R) module and the CardioDialysis(TM) system.
    ```
    ```fixed
    The WiSA® module and the CardioDialysis™ system.
    ```

    ```good
    The WiSA® module and the CardioDialysis™ system.
    ```
    """
    for _, _, symbol, symbol_span in marked_terms(release):
        if symbol in ASCII and symbol.isupper():
            yield Finding(symbol_span, f"'{symbol}' stands in for {ASCII[symbol]}: write {ASCII[symbol]}",
                          Fix.replace(symbol_span, ASCII[symbol], description=f"Write {ASCII[symbol]}"))


_SPACED_SYMBOL = lazyre.compile(r"(?<=[\p{L}\p{N}])[ \t\u00a0]+(?P<symbol>[®™℠])(?![\p{L}\p{N}])")
_SYMBOL_IN_WORD = lazyre.compile(r"(?<=[\p{Ll}\p{N}])(?P<symbol>[®™℠])(?=\p{L}{2})")


@rule("RL206", "mark-symbol-spacing", severity="warning", fix=SOMETIMES_SAFE)
def mark_symbol_spacing(release, ctx: Context):
    """A trademark symbol is set apart from its mark, or sits inside a word.

    ## What it checks
    A space between a mark and its symbol (`MicroPort ®`), and a symbol with letters on both
    sides (`Micro®Port`, or a mark run into the next word by a copy-paste: `MicroPort®Orthopedics`).

    ## Why
    The symbol belongs to the mark, touching its last letter; set apart it looks like stray
    punctuation, and inside a word it marks half of something.

    ## Fix
    Safe for a space: it is removed. A symbol inside a word is reported only.

    ## Examples
    ```bad
    The MicroPort ® institute opened.
    ```
    ```fixed
    The MicroPort® institute opened.
    ```

    ```bad
    The MicroPort®Orthopedics unit grew.
    ```

    ```good
    The MicroPort® institute opened.
    ```
    """
    for span in release.scope("prose"):
        for m in _SPACED_SYMBOL.finditer(release.prose, span.start, span.end):
            gap = Span(m.start(), m.start("symbol"))
            yield Finding(Span(m.start(), m.end()), f"a space stands between the mark and {m.group('symbol')}",
                          Fix.replace(gap, "", description="Remove the space"))
        for m in _SYMBOL_IN_WORD.finditer(release.prose, span.start, span.end):
            yield Finding(Span(m.start(), m.end()), f"{m.group('symbol')} stands inside a word: it belongs right after "
                                                    "the mark, before a space")


def _edit_distance_at_most_one(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diffs) == 1 or (len(diffs) == 2 and diffs[1] == diffs[0] + 1
                                   and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]])
    shorter, longer = (a, b) if len(a) < len(b) else (b, a)
    for i in range(len(longer)):
        if longer[:i] + longer[i + 1:] == shorter:
            return True
    return False


@rule("RL207", "mark-variant", severity="warning", fix=ALWAYS_SAFE, house=(TRADEMARKS,))
def mark_variant(release, ctx: Context):
    """A mark is written in another case or spelling than the registered form.

    ## What it checks
    Forms of a mark in `house.trademarks` that differ from it in case (`Microport`, `MICROPORT`),
    spacing (`Micro Port`, `MiraclePoint`), a listed variant, or one letter (`MicroPrt`, for marks
    of seven letters or more). Words a release also writes in lower case are ordinary words and are
    left alone.

    ## Why
    A mark is protected in the form it was registered in; every variant dilutes it.

    ## Fix
    Safe: the variant is replaced by the registered form.

    ## Examples
    ```config
    house:
      trademarks:
        - {mark: MicroPort, symbol: "®", variants: [Micro-Port]}
    ```
    ```bad
    Microport® opened a plant.
    ```
    ```fixed
    MicroPort® opened a plant.
    ```

    ```bad
    Micro Port® opened a plant.
    ```
    ```fixed
    MicroPort® opened a plant.
    ```

    ```good
    MicroPort® opened a plant.
    ```
    """
    marks = TRADEMARKS.of(ctx.house)
    if not marks:
        return
    candidates = marks.derived("variant-index", _variant_candidates)
    for span in release.scope("prose"):
        text = release.prose
        for m in _WORD.finditer(text, span.start, span.end):
            word = m.group().rstrip(".'’")
            for i in candidates(word):
                mark = marks[i]
                hit = _variant_span(release, m, word, mark)
                if hit is not None:
                    found, written = hit
                    if any(e.contains(found) for e in exempt_spans(release, mark)):
                        continue
                    yield Finding(found, f"'{written}' is a variant of the mark '{mark.text}': write '{mark.text}'",
                                  Fix.replace(found, mark.text, description=f"Write '{mark.text}'"))
                    break


def _variant_candidates(marks: tuple[Mark, ...]):
    """For a word, the registry order of the marks it could be a variant of (``_variant_span``
    decides): an index of the keys each test needs, so that a registry of hundreds of marks costs
    a few lookups a word, not a test per mark. Keys: the mark folded for case (also without its
    spaces, and each beginning of a one-word mark, for a mark split in two), its listed variants as
    written, and, for one-word marks of seven letters or more, the mark and each way of deleting
    one letter from it in lower case (two words within one edit share such a form)."""
    index: dict = {}
    for i, mark in enumerate(marks):
        target = mark.text
        keys = {target.replace(" ", "").casefold(), target.casefold()}
        if " " not in target:
            folded = target.casefold()
            keys |= {folded[:k] for k in range(1, len(folded))}
            if len(target) >= 7:
                keys |= {("edit", d) for d in _one_deleted(target.lower())}
        keys |= {("variant", v) for v in mark.variants}
        for key in keys:
            index.setdefault(key, set()).add(i)

    def candidates(word: str) -> list[int]:
        found = set(index.get(word.casefold(), ()))
        found |= index.get(("variant", word), set())
        if len(word) >= 6:
            for d in _one_deleted(word.lower()):
                found |= index.get(("edit", d), set())
        return sorted(found)

    return candidates


def _one_deleted(word: str) -> set[str]:
    """The word, and the word less each one of its letters."""
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}


def _variant_span(release, m, word: str, mark: Mark):
    target = mark.text
    compact = target.replace(" ", "")
    start = m.start()
    if word == target.split()[0] and " " in target:
        return None
    # A multi-word mark written as one word, or a one-word mark split in two.
    if " " in target and word.lower() == compact.lower():
        return Span(start, start + len(word)), word
    if " " not in target:
        nxt = regex.match(r"[ -]+([\p{L}\p{N}]+)", release.prose[start + len(word):start + len(word) + 40])
        if nxt and (word + nxt.group(1)).lower() == target.lower() and word[:1].isupper():
            end = start + len(word) + nxt.end()
            return Span(start, end), release.prose[start:end]
    if word in mark.variants:
        return Span(start, start + len(word)), word
    if word == target or not word[:1].isupper():
        return None
    if word.lower() == target.lower() or (len(target) >= 7 and " " not in target
                                          and _edit_distance_at_most_one(word.lower(), target.lower())
                                          and word.lower() not in release.words):
        if word.lower() in release.words and word.lower() != target.lower():
            return None
        return Span(start, start + len(word)), word
    return None


@rule("RL208", "mark-misuse", severity="info", fix=SOMETIMES_UNSAFE, house=(TRADEMARKS,))
def mark_misuse(release, ctx: Context):
    """A mark is used as a noun in the possessive or plural, or as a verb.

    ## What it checks
    A word written with its mark (`MicroPort®`) followed by a possessive (`MicroPort®'s`), and a
    one-word mark of the house registry used as a plural or a verb (`Xeroxes`, `Xeroxed`). Marks
    are adjectives: INTA's guidance is to follow them with the generic noun.

    ## Why
    A mark used as a noun or a verb drifts toward a generic word, the way aspirin and escalator
    lost their protection.

    ## Fix
    Unsafe for a possessive (offered, never applied by a plain --fix): `MicroPort®'s strategy`
    becomes `the MicroPort® strategy`; check the sentence still reads.

    ## Examples
    ```bad
    It is part of MicroPort®'s long-term strategy.
    ```
    ```fixed
    It is part of the MicroPort® long-term strategy.
    ```

    ```good
    It is part of the MicroPort® long-term strategy.
    ```
    """
    seen: set[int] = set()
    candidates = [(span, symbol_span) for _, span, _, symbol_span in marked_terms(release)]
    for mark in TRADEMARKS.of(ctx.house):
        candidates += [(m.span, m.symbol_span) for m in mentions(release, mark) if m.symbol_span is not None]
    for span, symbol_span in candidates:
        end = symbol_span.end
        if end in seen:
            continue
        seen.add(end)
        possessive = _POSSESSIVE.match(release.prose, end, end + 4)
        if possessive is None:
            continue
        whole = Span(span.start, possessive.end())
        article = "" if _THE_BEFORE.search(release.prose, max(0, span.start - 4), span.start) else "the "
        marked = release.text[span.start:end]
        fix = Fix.replace(whole, f"{article}{marked}", safe=False, description=f"Write '{article}{marked} ...'")
        yield Finding(whole, f"'{release.text[whole.start:whole.end]}' uses the mark as a possessive noun: marks are "
                             f"adjectives ('{article}{marked} <noun>')", fix)
    for mark in TRADEMARKS.of(ctx.house):
        if " " in mark.text:
            continue
        pattern = compiled(rf"(?<![\p{{L}}\p{{N}}-]){regex.escape(mark.text)}(?P<ending>es|s|ed|ing)(?![\p{{L}}\p{{N}}])")
        for span in release.scope("prose"):
            for m in pattern.finditer(release.prose, span.start, span.end):
                use = "a plural noun" if m.group("ending") in ("s", "es") else "a verb"
                yield Finding(Span(m.start(), m.end()), f"'{m.group()}' uses the mark '{mark.text}' as {use}: marks "
                                                        f"are adjectives ('{mark.text}{mark.symbol} products')")


_POSSESSIVE = lazyre.compile(r"[’']s(?![\p{L}])|[’'](?=\s)")
_THE_BEFORE = lazyre.compile(r"(?i)\bthe\s+$")


@rule("RL209", "mark-headline", severity="warning", house=(TRADEMARKS,))
def mark_headline(release, ctx: Context):
    """A mark the house requires in the headline is missing from it.

    ## What it checks
    A mark whose `headline` choice in `house.trademarks` is `required` must appear in the
    headline (with its symbol, per RL201). Marks whose choice is `forbidden` take no symbol in
    the headline (RL202 reports it).

    ## Why
    Some houses lead every headline with the company mark, so releases line up in a listing.

    ## Examples
    ```config
    house:
      trademarks:
        - {mark: MicroPort, symbol: "®", headline: required}
    ```
    ```bad
    Company Opens a Plant in Suzhou

    SUZHOU, China, June 2, 2025 — MicroPort® opened a plant.
    ```

    ```good
    MicroPort® Opens a Plant in Suzhou

    SUZHOU, China, June 2, 2025 — MicroPort® opened a plant.
    ```
    """
    if release.headline is None:
        return
    for mark in TRADEMARKS.of(ctx.house):
        if mark.headline != "required":
            continue
        if not any(m.in_headline for m in mentions(release, mark)):
            yield Finding(release.headline, f"the house headline names '{mark.text}{mark.symbol}'")

