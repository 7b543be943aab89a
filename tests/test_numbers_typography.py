"""Numbers and typography fixes on the seeds' sentences are idempotent and stay in their spans (the
rules themselves: tests/cases/numbers, tests/cases/typography)."""

from __future__ import annotations

import difflib

from relint.config.load import config_from_mapping
from relint.engine.fix import fix_until_stable
from relint.engine.lint import lint_text

HOUSE = {"house": {"typography": {"quotes": "curly"}}}

SEED_SENTENCES = {
    "Solutions came from more than ten renowned hospitals in the Yangtze River Delta.": {"RL502"},
    "MicroPort® was one of the 5th generation of Top 10 Templates for Headquarters Economy in Pudong.": {"RL506"},
    "The results of the 19th edition of Model Unit Selection (2017-2018) were announced.": {"RL507"},
    "MicroPort® will build within 50 km of the delta. MIH will cover an area of 130,000 square meters.": {"RL508"},
    'Shanghai MicroPort Medical (Group) Co., Ltd. ("MicroPort®") entered into an agreement.': {"RL601"},
    "It was Shanghai's campaign, and the company’s work.": {"RL601"},
    "According to Dr. He Xiang, “winning the “Best Open Innovator 2020” not only signifies a lot.”": {"RL602"},
    "The cooperation would revolve around the following areas - validation of medical concepts.": {"RL604"},
    "It took the theme of “Medical-engineering collaboration for innovations”, MicroPort® organized it.": {"RL603"},
}


def lint(text, select=("RL5", "RL6"), config=None):
    cfg = config_from_mapping(config or HOUSE)
    settings = cfg.settings_for("x.txt", select=list(select))
    result = lint_text(text, "x.txt", cfg.registry, settings)
    assert not result.errors
    return result.diagnostics


def test_fixing_twice_equals_fixing_once_and_stays_in_reported_spans():
    text = "\n\n".join(SEED_SENTENCES) + "\n"
    reported = lint(text)
    once, applied, _ = fix_until_stable(text, lambda t: lint(t), unsafe=True)
    twice, applied_again, _ = fix_until_stable(once, lambda t: lint(t), unsafe=True)
    assert applied and once == twice and not applied_again
    # Every character that changed lies inside a span some finding reported.
    spans = [(d.fix.span.start, d.fix.span.end) for d in reported if d.fix]
    matcher = difflib.SequenceMatcher(a=text, b=once, autojunk=False)
    for tag, i1, i2, _, _ in matcher.get_opcodes():
        if tag != "equal":
            assert any(s <= i1 and i2 <= e or (i1 == i2 and s <= i1 <= e) for s, e in spans), (tag, text[i1:i2])


def test_quote_style_says_mostly_only_when_one_kind_is_more_used():
    consistent = {"house": {"typography": {"quotes": "consistent"}}}
    tied = lint("Acme’s plan and Beta's plan grew.\n", select=["RL601"], config=consistent)
    assert [d.message for d in tied] == [
        "a straight apostrophe or single quote ('); this release has as many straight marks as curly "
        "ones: write them all curly"]
    more_curly = lint("Acme’s plan, Gamma’s plan and Beta's plan grew.\n", select=["RL601"], config=consistent)
    assert [d.message for d in more_curly] == [
        "a straight apostrophe or single quote ('); this release mostly uses curly quotes and apostrophes"]
    more_straight = lint("Acme’s plan, Gamma's plan and Beta's plan grew.\n", select=["RL601"], config=consistent)
    assert [d.message for d in more_straight] == [
        "a curly apostrophe (’); this release mostly uses straight quotes and apostrophes"]
