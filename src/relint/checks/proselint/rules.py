"""PL: proselint's advice as relint rules, taken from proselint's own registry at run time.

Each proselint check path is one rule with a stable code (see ``relint.checks.proselint.codes``). The
advice stays in the dependency: the patterns, the word lists and the messages are read from
proselint's registry when a PL rule runs, and nothing is copied out of it. The checks run as
registered, on relint's word-indexed engine (``relint.checks.proselint.engine``), so the findings are
proselint's, offset for offset and word for word; proselint is imported only when a PL rule runs.

Three of proselint 0.16's traps are handled here: its results are offsets into the text padded
with a newline at each end (they are shifted back by one); it skips results that start inside
quotation marks unless the check allows quotes (the same quote spans are used); and its
registry is a process-wide singleton (the bridge never registers anything).

The default selection is curated for press releases (``DEFAULT_ON``); every other check says in
its documentation why it is off (``OFF_BECAUSE``). With ``--select PL`` every check runs and the
findings are exactly proselint's.
"""

from __future__ import annotations

from bisect import bisect_left

from ...model import SOMETIMES_UNSAFE, Context, Finding, Fix, RuleSpec, Severity, Span
from .codes import PL_CODES
from .engine import indexed_checks, live_paths

# The checks on by default: precise on the 1,085 releases of the review archive (hand-checked
# samples), and advice a communications desk would take.
DEFAULT_ON = frozenset("""
    cliches.hell cliches.misc.garner cliches.misc.write_good
    dates_times.am_pm.spacing dates_times.dates.decade_apostrophes dates_times.dates.month_of_year
    dates_times.dates.month_year_comma hedging industrial_language.airlinese
    industrial_language.bureaucratese industrial_language.corporate_speak industrial_language.jargon
    malapropisms misc.back_formations misc.capitalization.terms misc.composition misc.currency
    misc.debased misc.false_plurals.kudos misc.false_plurals.misc misc.greylist misc.illogic
    misc.illogic.coin misc.illogic.collusion misc.inferior_superior misc.institution_name misc.latin
    misc.many_a misc.metadiscourse misc.narcissism misc.not_guilty misc.pretension misc.professions
    misc.scare_quotes misc.suddenly misc.tense_present misc.waxed misc.whence
    mixed_metaphors.bottleneck mixed_metaphors.misc mondegreens nonwords oxymorons
    psychology.lie_detector psychology.mental_telepathy psychology.p_equals_zero
    redundancy.misc.garner redundancy.misc.nordquist redundancy.misc.wallace skunked_terms
    social_awareness.lgbtq.terms social_awareness.nword spelling.able_atable spelling.able_ible
    spelling.ally_ly spelling.ance_ence spelling.athletes spelling.ely_ly spelling.em_im_en_in
    spelling.er_or spelling.in_un spelling.ve_of terms.animal_adjectives terms.denizen_labels.garner
    terms.denizen_labels.norris terms.eponymous_adjectives terms.venery typography.punctuation.exclamation
    typography.punctuation.hyperbole typography.punctuation.misplaced typography.symbols.ellipsis
""".split())

_URLS = "fires on web addresses and file names in Markdown releases (slugs such as 'black-friday-deals')"
# Why each other check is off by default, from the same review; shown in the rule's documentation.
OFF_BECAUSE = {
    "annotations.misc": f"it {_URLS}; relint's RL701 reports the placeholders a release actually carries",
    "archaism": "in releases its finds are modern compounds ('for ever-larger data centers')",
    "cliches.misc.gnu_diction": "its finds are fixed legal phrases of forward-looking statements ('if and when')",
    "dates_times.am_pm.lowercase_periods": "it reads years and words as times ('2025 amounted' as '25 am')",
    "dates_times.am_pm.midnight_noon": "it reads minutes and web addresses as times ('2:12 p.m.')",
    "dates_times.dates.dash_and_from": "it fires on quantities and clock times ('up from 884,000 tons'); "
                                       "RL507 reports hyphenated ranges",
    "industrial_language.chatspeak": "its finds are product and model names ('the B4 Class 4 chassis')",
    "industrial_language.commercialese": "its finds are the fixed safe-harbor text of forward-looking statements",
    "lexical_illusions": "in releases it fires where a name ends a heading and starts the next paragraph "
                         "('About Winmark / Winmark - the Resale Company')",
    "misc.apologizing": "the research caveats it finds are accurate, not apology",
    "misc.but": "a paragraph opening with 'But' is a matter of voice, not house style",
    "misc.capitalization.days": f"it {_URLS}",
    "misc.capitalization.months": f"it {_URLS}",
    "misc.capitalization.seasons": "most capitalised seasons in releases are names of events and programs "
                                   "('Summer Screenwriting Lab')",
    "misc.phrasal_adjectives.examples": "it asks for hyphens in legal and company terms "
                                        "('intellectual property rights')",
    "misc.phrasal_adjectives.ly": "it takes any word before a hyphen for an -ly adverb ('family-founded')",
    "misc.preferred_forms": "some of its forms contradict AP style ('longstanding') and it fires inside "
                            "web addresses",
    "needless_variants": "its preferences are Garner's, not AP's ('geographical', 'preventative')",
    "redundancy.misc.after_the_deadline": "it matches inside longer words ('undergraduate students')",
    "redundancy.ras_syndrome": "proselint 0.16 suggests the replacement 'None' for some of its finds",
    "restricted.elementary": "it reports every word outside a fixed word list: a readability exercise",
    "restricted.top1000": "it reports every word outside a fixed word list: a readability exercise",
    "social_awareness.lgbtq.offensive": "its finds in releases are technical terms ('a dyke-like feature' in geology)",
    "social_awareness.sexism": "in releases it fires on executives' official titles ('Chairman and CEO', "
                               "'Executive Committee Chairman'), which a release must quote as the company "
                               "writes them",
    "spelling.consistency": "its finds are proper names in another spelling ('Dubai International Financial Centre')",
    "spelling.misc": "its finds are company names and foreign words ('Millenium Global')",
    "typography.diacritical_marks": "AP writes 'Quebec', and 'resume' is also a verb",
    "typography.punctuation.spacing": "RL606 reports spacing in the house's terms; on republished copy "
                                      "this check floods the report",
    "typography.symbols.copyright": "its finds are list markers and tax codes ('501(c)(3)')",
    "typography.symbols.curly_quotes": "RL601 reports quotation marks against the house style",
    "typography.symbols.multiplication": "its finds are codes and identifiers ('WKN A0X9EJ', '24x7')",
    "typography.symbols.sentence_spacing": "RL606 reports spacing in the house's terms",
    "typography.symbols.trademark": "RL205 reports typed (R) and (TM) against the house registry",
    "uncomparables": "'a more complete picture' is idiomatic English",
    "weasel_words.very": "it reports every 'very', in releases mostly in fair use",
}

# Where a relint rule reports the same thing, the PL finding gives way when both run.
DEFERS_TO = {
    "typography.symbols.curly_quotes": ("RL601",),
    "typography.punctuation.spacing": ("RL606",),
    "typography.symbols.sentence_spacing": ("RL606",),
    "typography.symbols.trademark": ("RL205",),
    "dates_times.dates.dash_and_from": ("RL507",),
}

DOC = """proselint: {title}.

## What it checks
proselint's check `{path}`, run on the whole text as proselint registers it; the word lists, the
patterns and the message are proselint's, read from its registry at run time. Like proselint, it
skips text inside quotation marks unless the check is about typography.

## Why
proselint collects usage advice from Garner, Strunk and White, Orwell and other authorities; this
rule brings one of its checks into relint's selection, severities, suppressions and reports.

## Fix
Where proselint names a replacement, relint offers it as an unsafe fix (applied only with
`--unsafe-fixes`), and never inside a quotation: words an executive is quoted as saying are not
rewritten.

## Default
{default}
"""


def _padded(release):
    """proselint's view of the text: padded with a newline at each end."""
    return release.derived("proselint-padded", lambda: f"\n{release.text}\n")


def _quote_bounds(release, content: str) -> tuple[int, ...]:
    """proselint's quotation spans (flat start/end pairs), found only when a result needs them."""

    def compute():
        from itertools import chain

        from proselint.tools import QUOTE_PATTERN, check_matching_quotes, find_spans

        return tuple(chain.from_iterable(find_spans(content, QUOTE_PATTERN, check_matching_quotes)))

    return release.derived("proselint-quotes", compute)


def _may_report(path: str):
    def may_report(release) -> bool:
        live = release.memo.get(_LIVE_PATHS)
        if live is None:
            live = release.memo[_LIVE_PATHS] = live_paths(_padded(release))
        return path in live

    return may_report


_LIVE_PATHS = "pl-live-paths"  # the paths of the checks that can report on a release, computed once


def run_path(release, path: str):
    """proselint's results for one check path: (start, end, message, replacement), offsets into release.text."""
    content = _padded(release)
    checks = indexed_checks().get(path, ())  # each skips itself where it cannot report (the gate)
    length = len(release.text)
    for check in checks:
        for result in check.results(content):
            if not check.allow_quotes and bisect_left(_quote_bounds(release, content), result.span[0]) % 2 == 1:
                continue
            start = min(max(result.span[0] - 1, 0), length)
            end = min(max(result.span[1] - 1, start), length)
            yield start, end, result.message, result.replacements


def _make_check(path: str):
    def check(release, ctx: Context):
        quotes = None
        for start, end, message, replacement in run_path(release, path):
            fix = None
            if _literal(replacement) and end > start:
                if quotes is None:
                    quotes = _quote_bounds(release, _padded(release))
                if (bisect_left(quotes, start + 1) % 2 == 0 and not _in_release_quote(release, start, end)
                        and not _in_address(release, start, end)):
                    fix = Fix.replace(Span(start, end), _same_case(release.text[start:end], replacement),
                                      safe=False, description=f"Replace with '{replacement}'")
            yield Finding(Span(start, end), message, fix)

    check.__name__ = "pl_" + path.replace(".", "_")
    return check


def _literal(replacement) -> bool:
    """A replacement relint can write: text, not 'None' and not a pattern (Consistency checks name
    their majority *pattern*, such as '[\\.\\?!] \\w')."""
    return bool(replacement) and replacement != "None" and not any(c in replacement for c in "\\[](){}*+?|^$")


def _in_address(release, start: int, end: int) -> bool:
    """Inside a web or e-mail address (or a Markdown link target): never rewritten."""
    from ...read.markup import protected_spans

    spans = release.derived("pl-addresses", lambda: protected_spans(release.text))
    return any(s.start < end and start < s.end for s in spans)


def _in_release_quote(release, start: int, end: int) -> bool:
    return release.structured and release.in_quote(Span(start, end))


def _same_case(original: str, replacement: str) -> str:
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def pl_name(path: str) -> str:
    return path.replace(".", "-").replace("_", "-")


def pl_specs() -> list[RuleSpec]:
    specs = []
    for path, code in PL_CODES.items():
        title = path.replace("_", " ").replace(".", ": ", 1).replace(".", ", ")
        on = path in DEFAULT_ON
        default = ("On: precise on real releases, and advice a communications desk would take." if on else
                   f"Off: {OFF_BECAUSE.get(path, 'not reviewed for press releases')}. Select it with "
                   f"`--extend-select {code}` or `extend-select` in the config.")
        specs.append(RuleSpec(
            code=code, name=pl_name(path), severity=Severity.INFO, summary=f"proselint: {title}.",
            doc=DOC.format(title=title, path=path, default=default).strip(), check=_make_check(path),
            source="proselint", enabled_by_default=on, reads_structure=False, fix=SOMETIMES_UNSAFE,
            defers_to=DEFERS_TO.get(path, ()), may_report=_may_report(path),
        ))
    return specs
