"""Small frozen values shared by the parser, the rules, the engine and the reporters."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping


class Severity(enum.IntEnum):
    """How much a finding matters; ordered so that ``a >= b`` reads as "at least as bad"."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, word: str) -> "Severity":
        try:
            return cls[word.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {word!r} (use error, warning or info)") from None

    def __str__(self) -> str:
        return self.name.lower()


class Applicability(enum.Enum):
    """Whether a fix may be applied without a human reading it (ruff's terms)."""

    SAFE = "safe"
    UNSAFE = "unsafe"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, order=True, slots=True)
class Span:
    """A half-open range of character offsets into a release's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")

    def __len__(self) -> int:
        return self.end - self.start

    def __bool__(self) -> bool:
        return True  # an empty span (an insertion point) is still a span: never falsy

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def shift(self, by: int) -> "Span":
        return Span(self.start + by, self.end + by)


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace the text at ``span`` with ``replacement``."""

    span: Span
    replacement: str


@dataclass(frozen=True, slots=True)
class Fix:
    """One or more non-overlapping edits that together repair a finding."""

    edits: tuple[Edit, ...]
    applicability: Applicability = Applicability.SAFE
    description: str = ""

    @classmethod
    def replace(cls, span: Span, replacement: str, *, safe: bool = True, description: str = "") -> "Fix":
        applicability = Applicability.SAFE if safe else Applicability.UNSAFE
        return cls((Edit(span, replacement),), applicability, description)

    @property
    def span(self) -> Span:
        return Span(min(e.span.start for e in self.edits), max(e.span.end for e in self.edits))


@dataclass(frozen=True, slots=True)
class Finding:
    """What a rule yields: where, what is wrong, and optionally how to repair it.

    A rule never states its own code or severity: the engine stamps those.
    """

    span: Span
    message: str
    fix: Fix | None = None
    detail: str | None = None  # more than a line can hold (a unified diff): shown by the full and JSON reports


@dataclass(frozen=True, slots=True)
class Position:
    """A 1-based line and a 1-based column counted in characters."""

    line: int
    column: int


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """A finding stamped by the engine: ready to report."""

    path: str
    code: str
    name: str
    severity: Severity
    message: str
    span: Span
    start: Position
    end: Position
    fix: Fix | None = None
    detail: str | None = None

    def sort_key(self) -> tuple:
        return (self.path, self.span.start, self.span.end, self.code, self.message)


@dataclass(frozen=True)
class Example:
    """A documented example of a rule: bad text raises it, good text does not, fixed is the repair."""

    kind: str  # "bad" | "good"
    text: str
    fixed: str | None = None
    config: Mapping[str, Any] | None = None
    corpus: tuple[str, ...] = ()  # releases linted together with this one (cross-release rules)


CheckFunction = Callable[..., Iterable[Finding]]


@dataclass(frozen=True)
class FixSpec:
    """Whether a rule's findings carry a fix (``always``, ``sometimes`` or ``none``) and how safe it
    is (``safe``, ``unsafe``, or ``varies``: safe but where the text is someone's words); the engine
    holds every finding to it, and the rule page prints it (ruff's FixAvailability, Applicability)."""

    availability: str = "none"
    applicability: str | None = None

    def __str__(self) -> str:
        if self.availability == "none":
            return "none"
        how = {"safe": "safe", "unsafe": "unsafe (applied only with --unsafe-fixes)",
               "varies": "safe, or unsafe where it would change a quotation"}[self.applicability]
        return f"{self.availability}, {how}"

    def allows(self, fix: "Fix | None") -> bool:
        """Whether a finding with ``fix`` (or none) keeps to this spec."""
        if fix is None:
            return self.availability != "always"
        if self.availability == "none":
            return False
        return self.applicability == "varies" or str(fix.applicability) == self.applicability


NO_FIX = FixSpec()
ALWAYS_SAFE = FixSpec("always", "safe")
ALWAYS_UNSAFE = FixSpec("always", "unsafe")
ALWAYS_VARIES = FixSpec("always", "varies")
SOMETIMES_SAFE = FixSpec("sometimes", "safe")
SOMETIMES_UNSAFE = FixSpec("sometimes", "unsafe")


@dataclass(frozen=True)
class RuleSpec:
    """Everything the engine and the docs need to know about one rule."""

    code: str
    name: str
    severity: Severity
    summary: str
    doc: str
    check: CheckFunction
    options: Mapping[str, Any] = field(default_factory=dict)
    fix: FixSpec = NO_FIX
    # Examples as parsed already (rule packs, which report a malformed one as a pack error); None:
    # read from ``doc`` when first asked for (``ruledoc.examples_of``), which keeps start-up short.
    parsed_examples: tuple[Example, ...] | None = None
    aliases: tuple[str, ...] = ()
    source: str = "built-in"
    enabled_by_default: bool = True
    corpus: bool = False
    # False for rules that read only ``release.text`` (the PL family): a run of such rules alone
    # skips the structural parse (regions, sentences, quotes), the bulk of a release's cost.
    reads_structure: bool = True
    # Rules that report the same thing: where one of them reports an overlapping span in the same
    # run, this rule's finding gives way (a PL typography check defers to RL6).
    defers_to: tuple[str, ...] = ()
    # A cheap test the engine asks before running the rule: False means it cannot report on this
    # release (the PL family answers from one word-index pass per release for all its rules).
    may_report: Callable[[Any], bool] | None = None
    # Cross-release rules: ``facts(release, ctx)`` is small and per release (cacheable by content
    # hash); ``aggregate(list of (path, facts), ctx)`` summarises them once for the whole corpus.
    facts: Callable[..., Any] | None = None
    aggregate: Callable[..., Any] | None = None
    # The ``house:`` sections the rule reads (``relint.house`` sections): ``relint rule CODE`` shows them.
    house: tuple[Any, ...] = ()
    # ``governs(release, ctx)``: spans whose text this rule's fixes own, whether or not it runs (the
    # house's canonical boilerplate): other rules still report there, without a fix, so that two
    # rules can never undo each other's fixes.
    governs: Callable[..., Any] | None = None
    # ``audits_suppressions(directive, what)``: the finding for a suppression comment that hid
    # nothing, once every rule it names ran (as ruff reports an unused noqa).
    audits_suppressions: Callable[..., Finding] | None = None

    @property
    def fixable(self) -> bool:
        return self.fix.availability != "none"

    @property
    def family(self) -> str:
        """The code's letters plus its first digit: RL203 -> RL2, PL012 -> PL0."""
        letters = self.code.rstrip("0123456789")
        return self.code[: len(letters) + 1]


@dataclass(frozen=True)
class Context:
    """What a rule may read besides the release: its options, the house registries, the corpus index."""

    options: Mapping[str, Any] = field(default_factory=dict)
    house: Mapping[str, Any] = field(default_factory=dict)
    corpus: Any = None  # this rule's aggregate over the corpus, or None when linting one release alone
    today: Any = None
