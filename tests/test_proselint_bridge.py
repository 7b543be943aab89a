"""The PL family reports what proselint 0.16 reports: same check, same offsets, same message."""

from __future__ import annotations

import pytest

from relint.checks.proselint.codes import PL_CODES
from relint.checks.proselint.rules import DEFAULT_ON, OFF_BECAUSE
from relint.model import Applicability
from relint.proselint_compare import proselint_results, relint_results
from relint.registry import default_registry

TEXTS = [
    "The the company will utilize synergies. At the end of the day, it is very unique.",
    "In the year of our Lord, thou shalt not. It was 12 PM. He said \"at the end of the day\" twice.",
    "We are absolutely certain!!! The meeting is at 5 pm. The ATM machine was broken. Irregardless, it works.",
    "Smith & Co. (C) 2024. The 1990's were good. A 3x4 grid...  Two  spaces. I could care less.",
    "The chairman met the fireman. TODO: fix this. Deep-six it. In close proximity, the end result was free gift.",
    "She is very very good. “Quoted cliché: at the end of the day.” A completely unique solution.",
    "Line one\nline two with a lot of redundancy, ATM machine and PIN number.\n\nMonday, June 4 2025.",
    # proselint's RE2 sets iterate their members unpadded: 'neurologic' inside 'neurological' counts
    # once the word itself appears; 'Summer' inside 'Summertime' once 'Summer' does.
    "A neurologic exam found a neurological condition. Summer came. Summertime sales rose.",
    # Repeated phrases: whole words, a tail after a digit, across a line break, and in a non-ASCII text.
    "It was the the best. In 12 2 cases the plan the plan held.\nAbout Acme\n\nAcme is a café café maker.",
    "The \u212aelvin scale is very unique; a more perfect union is very very rare.",
    "It is the most unique, least perfect and more complete offer. She waxed lyrically about it.",
    "We utilise whilst the hallowe'en imprimature fell on a group of crows. Meantime, we wait.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_same_findings_as_proselint(text):
    expected = proselint_results(text)
    assert expected, "the test text should give proselint something to say"
    assert relint_results(text) == expected


def test_every_proselint_check_has_a_stable_code_and_name():
    from proselint.checks import __register__

    assert {c.path for c in __register__} == set(PL_CODES)
    codes = list(PL_CODES.values())
    assert len(set(codes)) == len(codes) and all(c.startswith("PL") for c in codes)
    registry = default_registry()
    for path, code in PL_CODES.items():
        spec = registry.get(code)
        assert spec.name == path.replace(".", "-").replace("_", "-")
        assert spec.enabled_by_default == (path in DEFAULT_ON)


def test_the_default_selection_and_its_reasons(registry):
    on = {spec.code for spec in registry if spec.code.startswith("PL") and spec.enabled_by_default}
    assert registry.get("cliches-misc-garner").code in on
    sexism = registry.get("social-awareness-sexism")
    assert not sexism.enabled_by_default and "Chairman" in sexism.doc
    for path, code in PL_CODES.items():
        spec = registry.get(code)
        assert (path in DEFAULT_ON) or path in OFF_BECAUSE, f"{path} is off without a reason"
        assert ("## Default\nOn" in spec.doc) == (path in DEFAULT_ON)


def test_executive_titles_draw_no_gender_finding_by_default(run_lint):
    text = "Zhang Wei, Executive Committee Chairman of Acme, said the plan works.\n"
    assert not [d for d in run_lint(text) if d.code.startswith("PL")]


def test_a_pl_typography_finding_gives_way_to_rl6(run_lint, registry):
    text = 'He said "yes" and “no” today.\n'
    curly = registry.get("typography-symbols-curly-quotes").code
    alone = run_lint(text, select=[curly])
    both = run_lint(text, select=[curly, "RL601"])
    assert [d.code for d in alone] == [curly]
    assert curly not in {d.code for d in both} and "RL601" in {d.code for d in both}


def test_replacements_are_unsafe_fixes_outside_quotations_and_addresses(run_lint, registry):
    code = registry.get("redundancy-misc-garner").code
    outside = run_lint("The new innovation ships today.\n", select=[code])
    assert outside and outside[0].fix is not None and outside[0].fix.applicability is Applicability.UNSAFE
    quoted = run_lint('He said, "new innovation," today.\n', select=["PL"])
    assert all(d.fix is None for d in quoted)
    linked = run_lint("See https://example.com/july-news today.\n", select=["PL"])
    assert linked and all(d.fix is None for d in linked)


def test_re2_existence_on_encoded_bytes_agrees_with_the_wrappers_search():
    from proselint.registry.checks.engine import Fast, RegexOptions

    from relint.checks.proselint.engine import _re2_finds

    texts = ["", "\nplain ASCII text: at 5 pm!\n", "\ncafé “quoted” — naïve 12\u00a0PM résumé\n", "\U0001f600 emoji 3x4\n"]
    patterns = [r"\d{1,2} ?[ap]m", r"\w!", r"(?i)\bcafé\b", r"\d+ ?x ?\d+", r"résumé", r"\bnothing here\b", r"—"]
    for opts in (RegexOptions(), RegexOptions(case_insensitive=False)):
        engine = Fast(opts=opts)
        for text in texts:
            found = _re2_finds(engine, text)
            for pattern in patterns:
                assert found(pattern) == (engine.search(pattern, text) is not None), (pattern, text)
