"""The corpus index: what cross-release rules know about every release linted together.

Built in one pass before linting: each corpus rule extracts small facts from each release
(a dateline's form, a person's titles, ...), and then summarises them once. Memory grows with
the facts, not with the texts: a release's text is dropped as soon as its facts are taken.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

from .checks import Context
from .config import Settings
from .registry import Registry
from .release import Release


@dataclass
class CorpusIndex:
    facts: dict[str, list[tuple[str, Any]]] = field(default_factory=dict)
    summaries: dict[str, Any] = field(default_factory=dict)
    paths: set[str] = field(default_factory=set)

    def add(self, release: Release, registry: Registry, settings: Settings) -> None:
        """Take the facts of one release for every enabled corpus rule (once per path)."""
        if release.path in self.paths:
            return
        self.paths.add(release.path)
        for spec in corpus_rules(registry, settings):
            ctx = Context(options=settings.options.get(spec.code, spec.options), house=settings.house)
            fact = spec.facts(release, ctx)
            if fact is not None:
                self.facts.setdefault(spec.code, []).append((release.path, fact))

    def summarise(self, registry: Registry, settings: Settings) -> None:
        for spec in corpus_rules(registry, settings):
            ctx = Context(options=settings.options.get(spec.code, spec.options), house=settings.house)
            self.summaries[spec.code] = spec.aggregate(self.facts.get(spec.code, []), ctx)

    def for_rule(self, code: str) -> Any:
        return self.summaries.get(code)

    def __len__(self) -> int:
        return len(self.paths)


def corpus_rules(registry: Registry, settings: Settings) -> Iterable:
    return [spec for spec in registry if spec.corpus and spec.code in settings.enabled]
