"""What a pattern needs of a text's words: run only the patterns a text can match, with the same
results as running all (the word index).

Most advice patterns name words ("all hell broke loose", "whilst", "very unique"), and most texts
hold few of them. Reading a pattern once, relint finds the letters any match must contain (a
*requirement*: alternatives of word sets); reading a text once, it collects the text's ASCII
words. A pattern whose requirement the text cannot meet has no match there and is never run.

The requirement is only ever *necessary*, never sufficient: a pattern that passes still runs with
its own engine and semantics, so results are identical, merely cheaper. Three rules keep it sound:

- a literal run of letters counts as a whole word only where both of its sides are fenced (a
  word boundary, a non-letter literal, a lookaround that refuses letters, white space); otherwise
  it must appear as a substring of the lowered text;
- an optional part (``?``, ``*``, ``{0,n}``), a lookaround or a back-reference requires nothing;
- a text holding a character that case-folds to an ASCII letter (the Kelvin sign, the long s,
  dotted capital I, ligatures) is never filtered: every pattern runs on it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Sequence

from .words import FOLDS_TO_ASCII, TextFacts

_FOLDS_TO_ASCII = re.compile(f"[{FOLDS_TO_ASCII}]")

try:  # Python 3.11+: the parser behind ``re``, the only place the structure of a pattern is read
    from re import _constants as _c
    from re import _parser
except ImportError:  # pragma: no cover - older layout
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

_LETTERS = re.compile(r"[a-z]+")
# Words too common to index a pattern by when a rarer word of the same pattern can do it.
_COMMON = frozenset("a an and are as at be by for from in is it of on or that the this to was with".split())
_MIN_SUBSTRING = 3
SQUEEZED = "\x00"  # marks a needle sought in the text with its white space squeezed
_ASCII_RUN = re.compile(r"[\x00-\x7f]+")
_RE2_HEX = re.compile(r"\\x\{([0-9a-fA-F]{1,6})\}")  # RE2's \x{2014}, read as Python's \U00002014
_MAX_ALTERNATIVES = 64
_PLAIN_PHRASE = re.compile(r"(\\b)?([A-Za-z0-9 ,']+)(\\b)?")


class Requirement:
    """Alternatives, each a set of whole words plus substrings that a match must all contain."""

    __slots__ = ("alternatives",)

    def __init__(self, alternatives: Iterable[tuple[frozenset[str], frozenset[str]]]):
        self.alternatives = tuple(alternatives)

    @property
    def trivial(self) -> bool:
        return any(not words and not subs for words, subs in self.alternatives)

    def holds(self, facts: TextFacts) -> bool:
        if not facts.exact:
            return True
        present, lower = facts.words, facts.lower
        for words, subs in self.alternatives:
            if words <= present:
                for sub in subs:
                    if (sub[1:] not in facts.squeezed()) if sub[0] == SQUEEZED else (sub not in lower):
                        break
                else:
                    return True
        return False

    def __repr__(self) -> str:
        return " | ".join("+".join([*sorted(w), *(f"~{s}" for s in sorted(s))]) or "*" for w, s in self.alternatives)


ALWAYS = Requirement([(frozenset(), frozenset())])


def _and(left: list, right: list) -> list:
    if len(left) * len(right) > _MAX_ALTERNATIVES:
        return left if _strength(left) >= _strength(right) else right
    return [(lw | rw, ls | rs) for lw, ls in left for rw, rs in right]


def _strength(alternatives: list) -> int:
    return min(len(w) * 10 + len(s) for w, s in alternatives)


# Requirements read from an earlier run (``known``), and those derived by this one, to be kept.
_KNOWN: dict[str, Requirement] = {}
_DERIVED: dict[str, Requirement] = {}


def known(data: object) -> None:
    """Take the requirements an earlier run derived (``derived()``'s data; anything malformed is ignored)."""
    if not isinstance(data, dict):
        return
    for pattern, alternatives in data.items():
        if isinstance(alternatives, list) and alternatives and all(
                isinstance(alt, list) and len(alt) == 2 and all(
                    isinstance(part, list) and all(isinstance(item, str) for item in part) for part in alt)
                for alt in alternatives):
            _KNOWN[pattern] = Requirement((frozenset(words), frozenset(subs)) for words, subs in alternatives)


def derived() -> dict[str, list] | None:
    """Every requirement known, as JSON data for ``known``, if this run derived any by parsing
    patterns (None if it derived none: nothing new to keep)."""
    if not _DERIVED:
        return None
    return {pattern: [[sorted(words), sorted(subs)] for words, subs in r.alternatives]
            for pattern, r in {**_KNOWN, **_DERIVED}.items()}


@lru_cache(maxsize=None)
def requirement(pattern: str) -> Requirement:
    """What any match of ``pattern`` (Python ``re`` / RE2 syntax) must contain; ALWAYS when unsure."""
    plain = _PLAIN_PHRASE.fullmatch(pattern)
    if plain is not None:  # most advice patterns: a phrase between word boundaries, read directly
        return Requirement([_letters(plain.group(2).lower(), bool(plain.group(1)), bool(plain.group(3)))])
    found = _KNOWN.get(pattern)
    if found is None:
        found = _DERIVED[pattern] = _parsed_requirement(pattern)
    return found


def _parsed_requirement(pattern: str) -> Requirement:
    try:
        parsed = _parser.parse(_RE2_HEX.sub(lambda m: "\\U%08x" % int(m.group(1), 16), pattern))
    except Exception:  # syntax Python's parser does not read (RE2 or `regex` only): no filtering
        return ALWAYS
    try:
        alternatives = _sequence(list(parsed), False, False)
    except (RecursionError, TypeError, ValueError):
        return ALWAYS
    return Requirement(alternatives)


def literal_requirement(term: str) -> Requirement:
    """A literal word or phrase as relint's term lists match it: case-insensitive, any run of white
    space between its words, fenced by non-word characters where it begins or ends with one."""
    if _FOLDS_TO_ASCII.search(term):
        return ALWAYS
    words, subs = set(), set()
    for part in term.lower().split():
        part_words, part_subs = _letters(part, True, True)
        words |= part_words
        subs |= part_subs
    return Requirement([(frozenset(words), frozenset(subs))])


def _letters(run: str, left: bool, right: bool) -> tuple[frozenset[str], frozenset[str]]:
    """The words a literal run holds: fenced words whole, a word at an unfenced edge as a substring.
    The run itself, spaces and digits included, must appear as it is (lowered) too."""
    words, subs = set(), set()
    for piece in _ASCII_RUN.findall(run):  # non-ASCII letters fold in ways lower() does not show
        if _LETTERS.fullmatch(piece) is None and (len(piece) >= 2 or not piece.isspace()):
            subs.add(piece)  # one character will do where it is not a letter or a space ('!', '"')
    for m in _LETTERS.finditer(run):
        fenced_left = m.start() > 0 or left
        fenced_right = m.end() < len(run) or right
        if fenced_left and fenced_right:
            words.add(m.group())
        elif len(m.group()) >= _MIN_SUBSTRING:
            subs.add(m.group())
    return frozenset(words), frozenset(subs)


def _sequence(items: list, left: bool, right: bool) -> list:
    """Requirement alternatives of a sequence of parsed items; ``left``/``right``: fenced outside."""
    result = [(frozenset(), frozenset())]
    run: list[str] = []
    run_left = left
    phrase: list[str] = []  # literals joined by \s+: a phrase to find in the text with its spaces squeezed
    for i, (op, av) in enumerate(items):
        if op is _c.LITERAL and _plain(av):
            if not run:
                run_left = _fenced_before(items, i, left)
            run.append(chr(av).lower())
            phrase.append(chr(av).lower())
            continue
        if run:
            result = _and(result, [_letters("".join(run), run_left, _fenced_after(items, i - 1, right))])
            run = []
        if _is_spaces(op, av) and phrase:
            phrase.append(" ")
            continue
        result = _and(result, _phrase(phrase))
        phrase = []
        inner_left = _fenced_before(items, i, left)
        inner_right = _fenced_after(items, i, right)
        part = _item(op, av, inner_left, inner_right)
        if part is not None:
            result = _and(result, part)
    if run:
        result = _and(result, [_letters("".join(run), run_left, right)])
    return _and(result, _phrase(phrase))


def _is_spaces(op, av) -> bool:
    """``\\s+``: one or more white-space characters."""
    if op not in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        return False
    low, _high, body = av
    body = list(body)
    space = (_c.CATEGORY, _c.CATEGORY_SPACE)
    return low >= 1 and body in ([space], [(_c.IN, [space])])


def _phrase(chars: list[str]) -> list:
    """A phrase spanning white space, as a needle for the text with its white space squeezed."""
    text = "".join(chars)
    squeezed = " ".join(text.split())
    if " " not in text.strip() or len(squeezed) < 5 or not squeezed.isascii():
        return [(frozenset(), frozenset())]
    return [(frozenset(), frozenset({SQUEEZED + squeezed}))]


def _item(op, av, left: bool, right: bool):
    if op is _c.SUBPATTERN:
        return _sequence(list(av[-1]), left, right)
    if op is _c.BRANCH:
        alternatives = []
        for branch in av[1]:
            part = _sequence(list(branch), left, right)
            if any(not w and not s for w, s in part):
                return None
            alternatives += part
        if len(alternatives) > _MAX_ALTERNATIVES:
            return None
        return alternatives
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, _high, body = av
        if low < 1:
            return None
        return _sequence(list(body), False, False)
    if getattr(_c, "ATOMIC_GROUP", None) is op:
        return _sequence(list(av), left, right)
    return None  # a character class, an anchor, a lookaround, a back-reference: nothing required


def _plain(code: int) -> bool:
    """A literal the word index can reason about (not one that may fold to an ASCII letter)."""
    ch = chr(code)
    return ch.isascii() or _FOLDS_TO_ASCII.match(ch) is None


def _is_letter(code: int) -> bool:
    return 65 <= code <= 90 or 97 <= code <= 122


_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)


def _fenced_before(items: list, i: int, outside: bool) -> bool:
    """Is the character just before item ``i`` surely not a letter? Zero-width items are looked
    through: each of them, and the first consuming item before them, may fence."""
    for j in range(i - 1, -1, -1):
        if _fences_after(items[j]):
            return True
        if items[j][0] not in _ZERO_WIDTH:
            return False
    return outside


def _fenced_after(items: list, i: int, outside: bool) -> bool:
    """Is the character just after item ``i`` surely not a letter?"""
    for j in range(i + 1, len(items)):
        if _fences_before(items[j]):
            return True
        if items[j][0] not in _ZERO_WIDTH:
            return False
    return outside


def _fences_after(item) -> bool:
    """After ``item`` has matched, is the character before the next position surely not a letter?"""
    return _fences(item, before=True)


def _fences_before(item) -> bool:
    """Before ``item`` matches, is the character at this position surely not a letter?"""
    return _fences(item, before=False)


_BOUNDARY_ATS = {_c.AT_BOUNDARY}
_START_ATS = {_c.AT_BEGINNING, _c.AT_BEGINNING_STRING, getattr(_c, "AT_BEGINNING_LINE", _c.AT_BEGINNING)}
_END_ATS = {_c.AT_END, _c.AT_END_STRING, getattr(_c, "AT_END_LINE", _c.AT_END)}


def _fences(item, before: bool) -> bool:
    op, av = item
    if op is _c.AT:
        # \b next to a letter means the other side is not a word character
        return av in _BOUNDARY_ATS or av in (_START_ATS if before else _END_ATS)
    if op in (_c.ASSERT_NOT, _c.ASSERT):
        direction, body = av
        if (direction < 0) != before:
            return False
        body = list(body)
        if len(body) != 1:
            return False
        return _refuses_letters(body[0]) if op is _c.ASSERT_NOT else _never_letter(body[0])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, _high, body = av
        body = list(body)
        return low >= 1 and len(body) == 1 and _never_letter(body[0])
    return _never_letter(item)


def _never_letter(item) -> bool:
    """A one-character item that can never match an ASCII letter (in either case)."""
    op, av = item
    if op is _c.LITERAL:
        return not _is_letter(av) and _plain(av)
    if op is _c.CATEGORY:
        return av in (_c.CATEGORY_DIGIT, _c.CATEGORY_SPACE, _c.CATEGORY_NOT_WORD)
    if op is _c.IN:
        members = list(av)
        if members and members[0][0] is _c.NEGATE:
            return any(m == (_c.CATEGORY, _c.CATEGORY_WORD) for m in members[1:]) or _covers_letters(members[1:])
        return all(_never_letter(m) if m[0] is not _c.RANGE else _range_free_of_letters(m[1]) for m in members)
    return False


def _refuses_letters(item) -> bool:
    """A one-character item that matches every ASCII letter (so a negative lookaround of it fences)."""
    op, av = item
    if op is _c.IN:
        members = list(av)
        if members and members[0][0] is _c.NEGATE:
            return False
        return _covers_letters(members)
    if op is _c.CATEGORY:
        return av == _c.CATEGORY_WORD
    return False


def _covers_letters(members: Sequence) -> bool:
    covered = set()
    for op, av in members:
        if op is _c.LITERAL:
            covered.add(av)
        elif op is _c.RANGE:
            covered.update(range(av[0], av[1] + 1))
        elif op is _c.CATEGORY and av == _c.CATEGORY_WORD:
            return True
    lower = all(c in covered for c in range(97, 123))
    upper = all(c in covered for c in range(65, 91))
    return lower and upper


def _range_free_of_letters(bounds) -> bool:
    low, high = bounds
    return not any(low <= c <= high for c in (*range(65, 91), *range(97, 123))) and high < 0x80


class WordIndex:
    """Many patterns indexed by their rarest required word: which of them can a text match?"""

    def __init__(self, requirements: Sequence[Requirement]):
        self.size = len(requirements)
        self.requirements = tuple(requirements)
        self.by_word: dict[str, list[int]] = {}
        self.unindexed: list[int] = []   # substring-only or always: checked on every text
        self.always: list[int] = []
        for i, req in enumerate(requirements):
            if req.trivial:
                self.always.append(i)
                continue
            keys = [_key(words) for words, _ in req.alternatives]
            if any(k is None for k in keys):
                self.unindexed.append(i)
                continue
            for key in set(keys):
                self.by_word.setdefault(key, []).append(i)
        self.keys = frozenset(self.by_word)

    def candidates(self, facts: TextFacts) -> list[int]:
        """Indices (ascending) of the patterns whose requirement the text meets."""
        if not facts.exact:
            return list(range(self.size))
        found = set(self.always)
        requirements = self.requirements
        for word in self.keys & facts.words:
            for i in self.by_word[word]:
                if i not in found and requirements[i].holds(facts):
                    found.add(i)
        for i in self.unindexed:
            if requirements[i].holds(facts):
                found.add(i)
        return sorted(found)

    def any(self, facts: TextFacts) -> bool:
        if self.always or not facts.exact:
            return True
        requirements = self.requirements
        for word in self.keys & facts.words:
            if any(requirements[i].holds(facts) for i in self.by_word[word]):
                return True
        return any(requirements[i].holds(facts) for i in self.unindexed)


def _key(words: frozenset[str]) -> str | None:
    if not words:
        return None
    return max(words, key=lambda w: (w not in _COMMON, len(w), w))
