"""relint's engine under proselint's checks: the same advice and results, a fraction of the work.

proselint 0.16 runs each of its 124 checks over the whole text: every Existence check asks its
RE2 set, each of the Python ``re`` checks tries a long alternation at every position. relint keeps
proselint's checks exactly as registered (its check types, messages, offsets, exceptions and flags
run unchanged) and swaps the regex engine under them for one that consults the word index first:

- one pass over the text collects its words (``relint.read.words.TextFacts``), shared by every check;
- a check none of whose patterns the text can match is skipped without being called;
- an RE2 set tries only the members the text can match, each with RE2 as proselint would;
- a Python ``re`` set (one leftmost-first alternation) is rebuilt from the members the text can
  match, in their order: members that match nowhere never decide a match, so the results agree;
- the repeated-phrase check (a back-reference, with no word to index) runs only on the clauses
  where a word is followed within four words by a word it begins.

``bench/pl_equivalence.py`` proves the results identical to proselint's on the seeds and the
archive; the tests do the same on texts made for them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import chain
from typing import Iterator

from ...read.needs import ALWAYS, Requirement, WordIndex, requirement
from ...read.words import TextFacts, facts_of

_SET_CACHE = 4096


class IndexedEngine:
    """Stands in for a proselint ``Engine``: same options, same compiled patterns, word-indexed."""

    def __init__(self, inner):
        from proselint.registry.checks.engine import Fancy

        self.inner = inner
        self.opts = inner.opts
        self.fancy = isinstance(inner, Fancy)

    # The calls proselint's check types make on an engine.
    def compiled_pattern(self, pattern: str):
        return self.inner.compiled_pattern(pattern)

    def finditer(self, pattern: str, text: str):
        if not self._may_match(pattern, text):
            return iter(())
        if pattern == _ILLUSION.pattern and self.fancy:
            return _illusions(self.inner, pattern, text)
        return self.inner.finditer(pattern, text)

    def search(self, pattern: str, text: str):
        if not self._may_match(pattern, text):
            return None
        return self.inner.search(pattern, text)

    def _may_match(self, pattern: str, text: str) -> bool:
        """False where the pattern surely finds nothing: the word index, then (RE2) a search of
        the text's bytes, encoded once, before the wrapper encodes it again for the offsets."""
        if not requirement(pattern).holds(facts_of(text)):
            return False
        return self.fancy or _re2_finds(self.inner, text)(pattern)

    def fullmatch(self, pattern: str, text: str):
        return self.inner.fullmatch(pattern, text)

    def exists_in(self, pattern: str, text: str) -> bool:
        return len(pattern) > 0 and self.search(pattern, text) is not None

    def make_set(self, padding, patterns, anchor=None):
        from proselint.registry.checks.engine import Anchor

        if anchor is not None and anchor is not Anchor.UNANCHORED:
            return self.inner.make_set(padding, patterns, anchor)  # exceptions: tiny, whole-string
        return _indexed_set(self, padding, tuple(patterns))


@lru_cache(maxsize=_SET_CACHE)
def _indexed_set(engine: IndexedEngine, padding, patterns: tuple[str, ...]):
    return (_FancySet if engine.fancy else _FastSet)(engine, padding, patterns)


class _FastSet:
    """An RE2 set, as proselint's FastSet runs it: the set tells which members match somewhere
    (padded), then each of those members runs on its own, *unpadded* (proselint 0.16 iterates the
    raw member, so '\\bneurologic\\b' in the set reports 'neurologic' inside 'neurological' too)."""

    def __init__(self, engine: IndexedEngine, padding, patterns: tuple[str, ...]):
        self.engine = engine
        self.raw = patterns
        self.padded = tuple(padding.format(p) for p in patterns)
        self.index = WordIndex([requirement(p) for p in self.padded])

    def _members(self, text: str) -> list[int]:
        found = _re2_finds(self.engine.inner, text)
        return [i for i in self.index.candidates(facts_of(text)) if found(self.padded[i])]

    def finditer(self, text: str):
        inner = self.engine.inner
        return chain.from_iterable(inner.finditer(self.raw[i], text) for i in self._members(text))

    def exists_in(self, text: str) -> bool:
        found = _re2_finds(self.engine.inner, text)
        return any(found(self.padded[i]) for i in self.index.candidates(facts_of(text)))


def _re2_finds(inner, text: str):
    """``found(pattern)``: does RE2 ``pattern`` (compiled by proselint's engine) match in ``text``?

    The google-re2 wrapper encodes the whole text to UTF-8 on every search; an existence test needs
    no character offsets, so the text is encoded once and handed to RE2 itself. Where the wrapper's
    internals differ from the ones this was written against, its own ``search`` is used."""
    compiled_pattern = inner.compiled_pattern
    encoded, anchor = _utf8(text), _unanchored()
    if encoded is None:
        return lambda pattern: inner.search(pattern, text) is not None

    def found(pattern: str) -> bool:
        regexp = getattr(compiled_pattern(pattern), "_regexp", None)
        if regexp is None:
            return inner.search(pattern, text) is not None
        return regexp.Match(anchor, encoded, 0, len(encoded))[0] != _NO_SPAN

    return found


_NO_SPAN = (-1, -1)
_ENCODED: list = [None, None]  # the last text encoded, and its bytes


@lru_cache(maxsize=1)
def _unanchored():
    try:
        from re2 import _re2

        return _re2.RE2.Anchor.UNANCHORED
    except (ImportError, AttributeError):
        return None


def _utf8(text: str) -> bytes | None:
    if _unanchored() is None:
        return None
    if _ENCODED[0] is not text:
        try:
            _ENCODED[:] = [text, text.encode("utf-8")]
        except UnicodeEncodeError:  # a lone surrogate: the wrapper reports it, as proselint would
            _ENCODED[:] = [text, None]
    return _ENCODED[1]


class _FancySet:
    """A Python ``re`` set: one leftmost-first alternation, rebuilt from the members that can match."""

    def __init__(self, engine: IndexedEngine, padding, patterns: tuple[str, ...]):
        self.engine = engine
        self.padding = padding
        self.patterns = patterns
        self.index = WordIndex([requirement(padding.format(p)) for p in patterns])

    def _pattern(self, text: str):
        if len(self.patterns) == 1:  # proselint joins one member without a group
            return self.padding.format(self.patterns[0]) if self.index.any(facts_of(text)) else None
        chosen = self.index.candidates(facts_of(text))
        if not chosen:
            return None
        return self.padding.format("(?:" + "|".join(self.patterns[i] for i in chosen) + ")")

    def finditer(self, text: str):
        pattern = self._pattern(text)
        return iter(()) if pattern is None else _compiled(pattern, self.engine.opts.re_flag).finditer(text)

    def exists_in(self, text: str) -> bool:
        pattern = self._pattern(text)
        return pattern is not None and _compiled(pattern, self.engine.opts.re_flag).search(text) is not None


@lru_cache(maxsize=_SET_CACHE)
def _compiled(pattern: str, flags: int) -> re.Pattern:
    return re.compile(pattern, flags)


# --- the repeated-phrase check -------------------------------------------------------------------
# proselint's lexical_illusions, ``(?<![A-Za-z'-])(\w+(?:\s+\w+){0,3})(\s+\1)+(?![A-Za-z'-])``, tries
# every word start with backtracking. A match is made of word characters and white space only, so it
# lies inside one *clause* (a run of those). _REPEAT, a cheaper pattern in the same engine and case
# rules, matches wherever a repeated phrase may start: a word (or its tail after a digit) followed by
# itself, or a word and the next one followed, up to three words on, by the same two. Only the
# clauses it finds are searched with proselint's pattern, the text's real neighbours visible to the
# lookarounds. (_REPEAT spells its three windows out as nested alternatives: a third faster than a lazy
# repeat.)
_ILLUSION = re.compile(r"(?<![A-Za-z'-])(\w+(?:\s+\w+){0,3})(\s+\1)+(?![A-Za-z'-])")
_REPEAT = re.compile(r"(?<![A-Za-z'-])(\w++)\s++(?:\1|(\w++)\s++(?:\1\s++\2|\w++\s++(?:\1\s++\2|\w++\s++\1\s++\2)))",
                     re.IGNORECASE)
_CLAUSE = re.compile(r"[\w\s]+")


def _illusions(inner, pattern: str, text: str) -> Iterator:
    compiled = inner.compiled_pattern(pattern)
    if compiled.flags & re.IGNORECASE != re.IGNORECASE:
        return compiled.finditer(text)
    return chain.from_iterable(compiled.finditer(text, start, min(end + 1, len(text)))
                               for start, end in _suspect_clauses(text))


def _suspect_clauses(text: str) -> list[tuple[int, int]]:
    starts = [m.start() for m in _REPEAT.finditer(text)]
    if not starts:
        return []
    clauses = [m.span() for m in _CLAUSE.finditer(text)]
    clause_starts = [start for start, _ in clauses]
    return sorted({clauses[bisect_right(clause_starts, position) - 1] for position in starts})


def check_requirement(check) -> Requirement:
    """Could this proselint check report anything on a text? ALWAYS where relint cannot tell."""
    from proselint.registry.checks import types

    kind = check.check_type
    if isinstance(kind, (types.Existence, types.PreferredForms, types.PreferredFormsSimple)):
        items = kind.items if isinstance(kind, types.Existence) else tuple(kind.items)
        return _any_of([requirement(kind.padding.format(p)) for p in items])
    if isinstance(kind, types.ExistenceSimple):
        return requirement(kind.pattern)
    if isinstance(kind, types.Consistency):  # reports only where both terms of a pair appear
        return _any_of([_all_of(requirement(a), requirement(b)) for a, b in kind.term_pairs])
    if callable(kind):
        return _recorded_requirement(check)
    return ALWAYS  # a check that reads every word (ReverseExistence)


class _Recorder:
    """An engine that notes every pattern a function check asks for, and matches nothing."""

    def __init__(self, opts):
        self.opts = opts
        self.patterns: list[str] = []

    def finditer(self, pattern, text):
        self.patterns.append(pattern)
        return iter(())

    def search(self, pattern, text):
        self.patterns.append(pattern)

    def make_set(self, padding, patterns, anchor=None):
        from proselint.registry.checks.engine import Anchor

        if anchor is None or anchor is Anchor.UNANCHORED:
            self.patterns += [padding.format(p) for p in patterns]
        return _Present()


class _Present:
    """A recorded set says 'present', so a check that asks before it searches shows all it searches."""

    def exists_in(self, text):
        return True

    def finditer(self, text):
        return iter(())


def _recorded_requirement(check) -> Requirement:
    """A function check's requirement, from the patterns it asks its engine for. A function that asks
    for nothing (it searches with an engine of its own, like misc.greylist) always runs."""
    recorder = _Recorder(check.engine.opts)
    try:
        list(check.check_type("\n\n", check._replace(engine=recorder)))
    except Exception:
        return ALWAYS
    return _any_of([requirement(p) for p in recorder.patterns])


def _any_of(requirements: list[Requirement]) -> Requirement:
    if not requirements or any(r.trivial for r in requirements):
        return ALWAYS
    return Requirement(chain.from_iterable(r.alternatives for r in requirements))


def _all_of(left: Requirement, right: Requirement) -> Requirement:
    return Requirement((lw | rw, ls | rs) for lw, ls in left.alternatives for rw, rs in right.alternatives)


class IndexedCheck:
    """One proselint check on the word-indexed engine, skipped where the text cannot trigger it."""

    def __init__(self, check, number: int):
        self.check = check._replace(engine=_engine_for(check.engine))
        self.number = number
        self.path = check.path
        self.allow_quotes = check.flags.allow_quotes
        self.requirement = check_requirement(check)
        self.witness = _witness(self.check)

    def results(self, content: str):
        if self.number not in _live(content):
            return ()
        return self.check.check_with_flags(content)


def _witness(check):
    """``witness(text)``: False where the check surely reports nothing, by an RE2 search of its own
    patterns on the text's bytes (encoded once). It spares the check's own machinery on the many
    texts that hold the right words, or no words at all, and no match. None: no cheap test."""
    from proselint.registry.checks import types

    kind, engine = check.check_type, check.engine
    if engine.fancy:  # a Python ``re`` search costs as much as the check itself
        return None
    if isinstance(kind, types.ExistenceSimple):  # every result is a match of the pattern
        pattern = kind.pattern
        return lambda text: engine.search(pattern, text) is not None
    if isinstance(kind, types.Consistency):  # a pair reports only where both its terms match
        pairs = kind.term_pairs
        return lambda text: any(engine.search(a, text) is not None and engine.search(b, text) is not None
                                for a, b in pairs)
    return None


class _Gate:
    """Every check's requirement alternatives in one word index: which checks can a text trigger?"""

    def __init__(self, checks: list[IndexedCheck]):
        self.owners = [c.number for c in checks for _ in c.requirement.alternatives]
        self.path_of = {c.number: c.check.path for c in checks}
        self.witness = {c.number: c.witness for c in checks if c.witness is not None}
        self.index = WordIndex([Requirement([alt]) for c in checks for alt in c.requirement.alternatives])
        self.text: str | None = None
        self.checks: frozenset[int] = frozenset()

    def live(self, content: str) -> frozenset[int]:
        if content is not self.text:
            self.checks = self._compute(facts_of(content))
            self.text = content
        return self.checks

    def _compute(self, facts: TextFacts) -> frozenset[int]:
        index, owners = self.index, self.owners
        if not facts.exact:
            return frozenset(owners)
        live = {owners[i] for i in index.always}
        requirements = index.requirements
        keyed = (i for word in index.keys & facts.words for i in index.by_word[word])
        for i in chain(keyed, index.unindexed):
            if owners[i] not in live and requirements[i].holds(facts):
                live.add(owners[i])
        witness = self.witness
        return frozenset(n for n in live if n not in witness or witness[n](facts.text))


_ENGINES: dict = {}  # proselint's engine objects (one per option set, for the process) -> indexed ones


def _engine_for(inner) -> IndexedEngine:
    if isinstance(inner, IndexedEngine):
        return inner
    engine = _ENGINES.get(inner)
    if engine is None:
        engine = _ENGINES[inner] = IndexedEngine(inner)
    return engine


def live_paths(content: str) -> frozenset[str]:
    """The paths of the checks that can report on this text."""
    path_of = _gate().path_of
    return frozenset(path_of[number] for number in _live(content))


def _live(content: str) -> frozenset[int]:
    return _gate().live(content)


@lru_cache(maxsize=1)
def _gate() -> _Gate:
    return _Gate([c for checks in indexed_checks().values() for c in checks])


@lru_cache(maxsize=1)
def indexed_checks() -> dict[str, tuple[IndexedCheck, ...]]:
    """proselint's registered checks by path, each on the indexed engine (built once per process)."""
    from proselint.checks import __register__

    by_path: dict[str, list[IndexedCheck]] = {}
    for number, check in enumerate(__register__):
        by_path.setdefault(check.path, []).append(IndexedCheck(check, number))
    return {path: tuple(checks) for path, checks in by_path.items()}
