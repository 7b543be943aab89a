"""The word index may only ever skip a pattern that cannot match: never a finding lost."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relint.read.needs import WordIndex, literal_requirement, requirement
from relint.read.words import FOLDS_TO_ASCII, TextFacts

# Patterns of the shapes proselint and house packs use, with texts that do and do not match them.
CASES = [
    (r"\ball hell broke loose\b", "Then all hell broke loose.", "All is well."),
    (r"\bwhet (?:the|your) appetite\b", "It will whet your appetite.", "Wet your whistle."),
    (r"(?<![A-Za-z'-])imprimature(?![A-Za-z'-])", "Its imprimature was clear.", "An imprimatur."),
    (r"\bthought leaders?\b", "Our thought leaders met.", "Leaders think."),
    (r"\bvery(?! well)\b", "It is very good.", "Every day."),
    (r"utilize", "The team reutilizes it.", "The team uses it."),
    (r"(?:January|February), \d{3,}", "XJanuary, 2024", "January 2024"),
    (r"\b\d{1,2} ?a\.?m\.? in the morning\b", "at 9 a.m. in the morning", "at 9 in the evening"),
    (r"up to \d{1,3}% ?[-\x{2014}\x{2013}]{0,3} ?(?:or|and) more\W?", "up to 50% or more.", "up to 50%."),
    (r"\bMeantime,\B", "Meantime, we wait.", "In the meantime we wait."),
    (r"\d0\'s", "the 1990's", "the 1990s"),
    (r"(?<!at\s)\bmore\s+unique\b", "a more \n\t unique offer", "more or less unique"),
]


def as_python(pattern: str) -> re.Pattern:
    """The case's pattern in Python's syntax (RE2 writes a code point as \\x{2014})."""
    return re.compile(pattern.replace(r"\x{2014}", "\u2014").replace(r"\x{2013}", "\u2013"), re.IGNORECASE)


@pytest.mark.parametrize("pattern, good, bad", CASES)
def test_requirement_holds_where_the_pattern_matches(pattern, good, bad):
    compiled = as_python(pattern)
    req = requirement(pattern)
    assert compiled.search(good) and req.holds(TextFacts(good))
    assert compiled.search(bad) is None  # the requirement may hold on it or not: it is only necessary


def test_requirement_rules_out_texts_without_the_words():
    assert not requirement(r"\ball hell broke loose\b").holds(TextFacts("All is well."))
    assert not requirement(r"\bthought leaders?\b").holds(TextFacts("Leaders think."))
    assert not requirement(r"\bvery(?! well)\b").holds(TextFacts("Every day."))


def test_unfenced_words_are_substrings_not_whole_words():
    # 'utilize' without boundaries matches inside 'reutilizes': the index must not ask for the word.
    assert requirement("utilize").holds(TextFacts("He reutilizes it"))
    # A word next to a digit is fenced against letters only where the pattern says so.
    assert requirement(r"\bB4\b").holds(TextFacts("the B4 truck"))


def test_texts_with_letters_that_fold_to_ascii_are_never_filtered():
    kelvin = "The \u212aelvin scale"  # KELVIN SIGN case-folds to k
    assert not TextFacts(kelvin).exact
    assert requirement(r"\bkelvin\b").holds(TextFacts(kelvin))


@given(st.text(alphabet=st.characters(max_codepoint=0x2FF) | st.sampled_from("\u2019\u2014 \n\ttheé")))
def test_the_words_of_a_text_are_its_runs_of_ascii_letters(text):
    facts = TextFacts(text)
    if facts.exact:
        assert facts.words == frozenset(re.findall("[a-z]+", text.lower()))


def test_the_folding_class_matches_the_unicode_tables():
    derived = {chr(i) for i in range(128, 0x110000)
               if any(c.isascii() and c.isalpha() for c in chr(i).lower() + chr(i).upper() + chr(i).casefold())}
    declared = set(re.findall(r"[^\s]", re.sub(r"(.)-(.)", lambda m: "".join(
        chr(c) for c in range(ord(m.group(1)), ord(m.group(2)) + 1)), FOLDS_TO_ASCII)))
    assert declared == derived


def test_word_index_lists_every_pattern_that_can_match():
    patterns = [p for p, _, _ in CASES]
    index = WordIndex([requirement(p) for p in patterns])
    text = "Then all hell broke loose; it is very good and the team reutilizes it."
    found = index.candidates(TextFacts(text))
    for i, pattern in enumerate(patterns):
        compiled = as_python(pattern)
        if compiled.search(text):
            assert i in found


def test_literal_terms():
    req = literal_requirement("per cent")
    assert req.holds(TextFacts("Up 5 per cent."))
    assert not req.holds(TextFacts("Up 5 percent."))


WORDS = ["hell", "broke", "loose", "very", "well", "utilize", "the", "your", "whet", "appetite", "leader",
         "thought", "January", "2024", "more", "unique", "\t", "\u00a0", "am", "9", "K", "\u212a", "é", "naïve", "B4", "'s", "-", ",", ".", " ", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join))
def test_never_a_false_negative(text):
    for pattern, _, _ in CASES:
        compiled = as_python(pattern)
        if compiled.search(text):
            assert requirement(pattern).holds(TextFacts(text)), (pattern, text)


TERMS = ["whilst", "amongst", "per cent", "e-mail", "[INSERT", "TK", "Lorem ipsum", "co-operate", "towards",
         "learnt", "XXXX", "naïve", "upwards", "spelt"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Whilst", "amongst", "per", "cent", "e-mail", "[INSERT", "TK", "Lorem", "ipsum",
                                 "co-operate", "toward", "towards", "learnt", "XXXX", "naïve", "\u212a",
                                 "ſpelt", "-", ",", "\n", "  "]), max_size=25).map(" ".join))
def test_a_term_list_finds_on_its_index_what_it_finds_in_full(text):
    from relint.kinds.base import TermMatcher

    for ignorecase in (True, False):
        matcher = TermMatcher(TERMS, ignorecase)
        full = [m.span() for m in matcher.pattern.finditer(text)]
        indexed = matcher.pattern_for(TextFacts(text))
        assert full == ([m.span() for m in indexed.finditer(text)] if indexed is not None else [])


def test_requirements_kept_by_one_run_are_read_back_the_same_and_bad_data_is_ignored(monkeypatch):
    from relint.read import needs as prefilter

    monkeypatch.setattr(prefilter, "_KNOWN", {})
    monkeypatch.setattr(prefilter, "_DERIVED", {})
    patterns = [r"\bvery (?:unique|perfect)\b", r"(?i)\bfree gift\s+bag", r"[\u2014]{2}", r"\d+ percent"]
    expected = {p: prefilter._parsed_requirement(p) for p in patterns}
    for p in patterns:
        prefilter._DERIVED[p] = expected[p]
    data = prefilter.derived()
    monkeypatch.setattr(prefilter, "_DERIVED", {})
    assert prefilter.derived() is None, "nothing new: nothing to keep"
    prefilter.known({**data, "bad": "abc", "worse": [["a"]], "worst": [[["a"], "b"]], "empty": []})
    assert set(prefilter._KNOWN) == set(patterns)
    for p in patterns:
        assert prefilter._KNOWN[p].alternatives == expected[p].alternatives
    prefilter.known("not a mapping")
    assert set(prefilter._KNOWN) == set(patterns)
