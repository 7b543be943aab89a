"""The words of a text, read once: its lowered form, its runs of ASCII letters, whether it may be
filtered by them (``relint.read.needs``), and for a release's prose the words as written.

A release's word view is ``release.words``: rules ask it whether a word is written there (``"closet"
in release.words``) and hand it to a word index (``index.candidates(release.words)``).
"""

from __future__ import annotations

import re

from .. import lazyre

# Non-ASCII characters whose lower, upper or folded form holds an ASCII letter (ß, ſ, K, ﬁ, ...):
# a regex engine may match them against a letter, so a text holding one is never filtered.
# (tests/test_prefilter.py derives this class from the Unicode tables of the running Python).
FOLDS_TO_ASCII = "\u00df\u0130\u0131\u0149\u017f\u01f0\u1e96-\u1e9a\u1e9e\u212a\ufb00-\ufb06"
_FOLDS_TO_ASCII = re.compile(f"[{FOLDS_TO_ASCII}]")
_WRITTEN = lazyre.compile(r"[\w'’-]+")


class TextFacts:
    """What the word index needs to know about one text: its words, and whether it may be filtered."""

    __slots__ = ("text", "lower", "words", "exact", "_squeezed")

    def __init__(self, text: str):
        self.text = text
        self.lower = text.lower()
        self.exact = text.isascii() or _FOLDS_TO_ASCII.search(text) is None
        self.words = _words(self.lower) if self.exact else frozenset()
        self._squeezed: str | None = None

    def squeezed(self) -> str:
        """The lowered text with every run of white space (as ``\\s`` knows it) made one space."""
        if self._squeezed is None:
            self._squeezed = " ".join(self.lower.split())
        return self._squeezed


# Every byte but a-z becomes a space: the words of the lowered text are then a bytes-level split away
# (a third of the cost of finding them with a pattern). Other characters are encoded as '?' first.
_LETTER_BYTES = bytes(c if 0x61 <= c <= 0x7a else 0x20 for c in range(256))


def _words(lower: str) -> frozenset[str]:
    """The runs of ASCII letters a-z in ``lower``, as ``[a-z]+`` finds them."""
    return frozenset(lower.encode("ascii", "replace").translate(_LETTER_BYTES).decode("ascii").split())


_RECENT: list[TextFacts] = []


def facts_of(text: str) -> TextFacts:
    """The facts of ``text``, computed once while it is being linted. The rules of one release read
    two texts (the PL family the raw text, the term lists the prose), so two are kept."""
    for facts in _RECENT:
        if facts.text is text:
            return facts
    facts = TextFacts(text)
    _RECENT[:] = [facts, *_RECENT[:1]]
    return facts


class Words(TextFacts):
    """A release's prose as its word view: ``TextFacts``, and the words as written (``word in words``)."""

    __slots__ = ("_written",)

    def __init__(self, prose: str):
        super().__init__(prose)
        self._written: frozenset[str] | None = None

    @property
    def written(self) -> frozenset[str]:
        """Every word of the prose, as written: for "is this also written another way?" checks."""
        if self._written is None:
            self._written = frozenset(_WRITTEN.findall(self.text))
        return self._written

    def __contains__(self, word: str) -> bool:
        return word in self.written
