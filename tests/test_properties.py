"""Property-based tests: generated releases and mutated real ones never break relint.

For every case: no rule raises; every span lies inside the text; every reported line and column
is what an independent count gives; the chosen fixes never overlap and never reach outside the
text; fixing is idempotent; and the fixed text lints again without error.

The suite runs a fast profile. The campaign is the same tests with more cases:

    RELINT_FUZZ_EXAMPLES=50000 python -m pytest tests/test_properties.py -q

(see docs/reliability.md for the figures).
"""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relint.config.load import config_from_mapping
from relint.engine.fix import MAX_PASSES, choose, fix_until_stable
from relint.engine.lint import lint_text

EXAMPLES = int(os.environ.get("RELINT_FUZZ_EXAMPLES", "40"))
PROFILE = settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 100,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

ROOT = Path(__file__).resolve().parents[1]
HOUSE = {"house": {
    "trademarks": [{"mark": "Acme", "symbol": "®", "policy": "first-mention", "exempt": ["Acme Holdings Inc."]},
                   {"mark": "Plato’s Closet", "symbol": "®", "variants": ["Platos Closet"]},
                   {"mark": "MicroPort", "symbol": "®"}],
    "people": [{"name": "Bo Peng", "titles": [{"title": "Chief Executive Officer", "from": "2020-01-01"}]},
               {"name": "Xiang He", "honorific": "Dr."}, {"name": "Jane Doe", "honorific": "none"}],
    "people-style": {"honorifics": "always"},
    "boilerplate": [{"heading": "About Acme", "text": "Acme builds robots.", "required": "always"}],
    "dateline": {"city-case": "title", "month-style": "full"},
    "typography": {"quotes": "curly"},
    "end-mark": "###",
}}
CONFIGS = [config_from_mapping({}), config_from_mapping(HOUSE)]

TOKENS = [
    "Acme", "Acme®", "Acme™", "Acme(R)", "Acme ®", "Acme's", "Acme®’s", "Acme Holdings Inc.", "MicroPort", "NETC",
    "SMSTC (SMSTC)", "Mr.", "Dr.", "Ms", "Bo Peng", "Peng Bo", "Jane Doe,", "chief executive officer", "CEO", "said",
    "“", "”", '"', "'", "‘", "’", "—", "–", " - ", "--", "...", "…", "5", "10", "ten", "5th", "2017-2018", "4000",
    "130,000", "50 km", "meters", "5%", "percent", "June 4th,", "Sept.", "2025", "whilst", "TK", "[Title]",
    "e-mail", "email", "startup", "start-up", "About Acme", "About Acme:", "###", "-30-", "Media Contact:",
    "press@acme.example", "https://acme.example/a_b", "[link](https://x.y)", "**bold**", "_em_", "`code`",
    "<!-- note -->", "<!-- relint-disable-next-line RL701 -->", "<!-- relint-disabel RL7 -->", "<b>", "|", "\t",
    "Plato’s Closet®", "Closet®", "Xiang He", "He Xiang", "Mr. He", "MicroPrt", "Micro Port", "\u200b", "\u00a0",
    "\u00ad", "\ufeff", "\x07", "😀", "👩\u200d💻", "مرحبا", "e\u0301", "上海微创", "  ", ",", ".",
    "!", "?", ":", ";", "(", ")", "the", "company", "plant", "opened", "in", "New York", "SHANGHAI", "Shanghai, China",
]
DATELINES = ["", "NEW YORK — ", "Shanghai, China, November 24, 2020 — ", "Suzhou, China, 24 October 2021 - ",
             "BOSTON, Thursday, Dec. 28, 2023 /PRNewswire/ -- ", "PRINCETON, N.J.--(BUSINESS WIRE)--",
             "(NewMediaWire) - January 23, 2025 - DALLAS — ", "--News Direct-- "]
BREAKS = ["\n", "\n\n", "\r\n", "\r\n\r\n", "\r", " "]

sentence = st.lists(st.sampled_from(TOKENS) | st.text(min_size=1, max_size=6), min_size=1, max_size=25).map(" ".join)
paragraph = st.lists(sentence, min_size=1, max_size=4).map(". ".join)


@st.composite
def releases(draw):
    parts = []
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(["---\ntitle: A\ndate: 2025-06-02\n---\n", "---\ntitle: [x\n---\n",
                                           "---\n- a list\n---\n"])))
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(["# ", "", "## "])) + draw(sentence))
    body = draw(st.lists(paragraph, min_size=1, max_size=6))
    body[0] = draw(st.sampled_from(DATELINES)) + body[0]
    for text in body:
        parts.append(text)
    glue = draw(st.sampled_from(BREAKS))
    return glue.join(parts) + draw(st.sampled_from(["", "\n", "\r\n"]))


DRAFTS = sorted((ROOT / "examples").rglob("*.md")) + sorted((ROOT / "examples").rglob("*.txt"))
DRAFT_TEXTS = [p.read_text(encoding="utf-8") for p in DRAFTS if "README" not in p.name]


@st.composite
def mutated_drafts(draw):
    text = draw(st.sampled_from(DRAFT_TEXTS))
    for _ in range(draw(st.integers(0, 8))):
        at = draw(st.integers(0, len(text)))
        kind = draw(st.sampled_from(["insert", "delete", "replace"]))
        piece = draw(st.sampled_from(TOKENS) | st.text(max_size=4))
        if kind == "insert":
            text = text[:at] + piece + text[at:]
        elif kind == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 12)):]
        else:
            text = text[:at] + piece + text[at + len(piece):]
    return text


def _position(text: str, offset: int) -> tuple[int, int]:
    """Line and column counted independently of LineIndex: \\r\\n, \\n and \\r end a line."""
    line, start, i = 1, 0, 0
    while i < offset:
        if text[i] == "\r" and i + 1 < len(text) and text[i + 1] == "\n":
            if i + 1 >= offset:
                break
            i += 2
            line, start = line + 1, i
            continue
        if text[i] in "\r\n":
            i += 1
            line, start = line + 1, i
            continue
        i += 1
    return line, offset - start + 1


def _check(text: str, path: str, config) -> None:
    settings_ = config.settings_for(path, extend_select=["RL002"])

    def lint(t: str):
        result = lint_text(t, path, config.registry, settings_)
        assert result.errors == [], result.errors
        return result.diagnostics

    diagnostics = lint(text)
    for d in diagnostics:
        assert 0 <= d.span.start <= d.span.end <= len(text)
        assert (d.start.line, d.start.column) == _position(text, d.span.start), d
        assert (d.end.line, d.end.column) == _position(text, d.span.end), d
        if d.fix is not None:
            assert all(0 <= e.span.start <= e.span.end <= len(text) for e in d.fix.edits)
    # The fixes chosen in one pass never overlap (two insertions at one point would be ambiguous too).
    edits = sorted((e.span.start, e.span.end) for e in choose(text, diagnostics, unsafe=True)[0])
    for (a, b), (c, e) in zip(edits, edits[1:]):
        assert b <= c and not (a == b == c == e), edits
    once, _, _ = fix_until_stable(text, lint, unsafe=True)
    twice, applied_again, _ = fix_until_stable(once, lint, unsafe=True)
    assert twice == once, f"fixing is not idempotent after {MAX_PASSES} passes"
    assert applied_again == []


@PROFILE
@given(releases(), st.sampled_from(["x.md", "x.txt"]), st.sampled_from(CONFIGS))
def test_generated_releases(text, path, config):
    _check(text, path, config)


@PROFILE
@given(mutated_drafts(), st.sampled_from(["x.md", "x.txt"]), st.sampled_from(CONFIGS))
def test_mutated_real_drafts(text, path, config):
    _check(text, path, config)


@PROFILE
@given(st.lists(st.tuples(releases() | mutated_drafts(), st.sampled_from(["x.md", "x.txt"])), min_size=1, max_size=4))
def test_learning_from_any_releases_writes_a_config_relint_loads(tmp_path_factory, drafts):
    """``init --learn`` on generated and mutated releases: observing never raises, an observation
    survives the cache's JSON unchanged in effect, and the config written always loads."""
    import json

    from relint.config.load import load_config
    from relint.learn.observe import observe
    from relint.learn.tally import Learner
    from relint.learn.write import boilerplate_files, config_text
    from relint.read.release import parse

    direct, cached = Learner(), Learner()
    for i, (text, suffix) in enumerate(drafts):
        seen = observe(parse(text, f"{i}{suffix}"))
        if seen is not None:
            direct.take(seen)
            cached.take(json.loads(json.dumps(seen)))
    assert config_text(direct) == config_text(cached)
    folder = tmp_path_factory.mktemp("learned")
    (folder / ".relint.yaml").write_text(config_text(direct), encoding="utf-8")
    for name, text in boilerplate_files(direct).items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    load_config(folder / ".relint.yaml")


def test_fixes_never_fight_the_canonical_boilerplate():
    """Found by the campaign: the house's boilerplate text breaks its own mark policy (Acme without
    ®), so RL201 added the mark and RL409 restored the text, for ever. Inside a governed About
    section only RL409 rewrites now."""
    _check("MicroPort\nAbout Acme: .", "x.md", CONFIGS[1])
