"""The corpus index: what cross-release rules know about every release linted together.

Built in one pass before linting: each corpus rule extracts small facts from each release
(a dateline's form, a person's titles, ...), and then summarises them once. Memory grows with
the facts, not with the texts: a release's text is dropped as soon as its facts are taken.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..config.settings import Settings
from ..model import Context
from ..read.release import Release


@dataclass
class CorpusIndex:
    facts: dict[str, list[tuple[str, Any]]] = field(default_factory=dict)
    summaries: dict[str, Any] = field(default_factory=dict)
    paths: set[str] = field(default_factory=set)

    signature: str | None = None  # a digest of every fact (the result cache's key), when they encode

    def add(self, release: Release, settings: Settings) -> dict[str, Any]:
        """Take the facts of one release for every enabled corpus rule (once per path); returns them."""
        facts = release_facts(release, settings)
        self.add_facts(release.path, facts)
        return facts

    def add_facts(self, path: str, facts: dict[str, Any]) -> None:
        """Add a release's facts taken earlier (``release_facts``, or the cache)."""
        if path in self.paths:
            return
        self.paths.add(path)
        for code, fact in facts.items():
            self.facts.setdefault(code, []).append((path, fact))

    def summarise(self, settings: Settings) -> None:
        for spec in settings.corpus_rules:
            ctx = Context(options=settings.options.get(spec.code, spec.options), house=settings.house)
            self.summaries[spec.code] = spec.aggregate(self.facts.get(spec.code, []), ctx)

    def for_rule(self, code: str) -> Any:
        return self.summaries.get(code)

    def __len__(self) -> int:
        return len(self.paths)


def release_facts(release: Release, settings: Settings) -> dict[str, Any]:
    """What each enabled corpus rule takes from this release (rules with nothing to say omitted)."""
    facts = {}
    for spec in settings.corpus_rules:
        ctx = Context(options=settings.options.get(spec.code, spec.options), house=settings.house)
        fact = spec.facts(release, ctx)
        if fact is not None:
            facts[spec.code] = fact
    return facts
