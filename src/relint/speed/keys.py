"""A run's view of the cache: keys for files, corpus facts and results, and the pattern
requirements an earlier run derived (all None, and nothing stored, without a cache).

Only the engine's run asks: rules never see the cache, and a result served from it is the result
the same rules would compute (``relint.speed.cache`` says what a key holds)."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from ..config.find import default_cache_dir as found_cache_dir
from ..read import needs
from . import cache as store


class Keys:
    def __init__(self, enabled: bool, cache_dir: Path | None, config_path: Path | None):
        self.cache = store.Cache(cache_dir or default_cache_dir(config_path)) if enabled else None
        self.signatures: dict[int, str | None] = {}

    @property
    def root(self) -> Path | None:
        """The cache folder the run uses (None: no cache, or one it could not write)."""
        return self.cache.root if self.cache is not None and self.cache.usable else None

    def read_requirements(self) -> None:
        """What proselint's patterns require of a text, as an earlier run derived it (``relint.read.needs``)."""
        if self.cache is not None:
            needs.known(self.cache.get("requirements", store.code_signature()))

    def store_requirements(self) -> None:
        data = needs.derived() if self.cache is not None else None
        if data is not None:
            self.cache.put("requirements", store.code_signature(), data)

    def file_key(self, config, settings, source, path: str) -> str | None:
        if self.cache is None or path == "-":
            return None
        rules = self._signature(config.registry, store.registry_signature)
        options = self._signature(settings, store.settings_signature)
        if rules is None or options is None:
            return None
        return store.digest(store.code_signature(), rules, options, source.path, "bom" if source.bom else "",
                            store.text_digest(source.text))

    def _signature(self, thing, sign) -> str | None:
        """``sign(thing)``, once per object; None where it holds a value a key cannot carry exactly
        (that file is linted afresh)."""
        if id(thing) not in self.signatures:
            try:
                self.signatures[id(thing)] = sign(thing)
            except store.Unencodable:
                self.signatures[id(thing)] = None
        return self.signatures[id(thing)]

    def facts(self, key: str | None) -> dict | None:
        if key is None or self.cache is None:
            return None
        data = self.cache.get("facts", key)
        try:
            facts = None if data is None else store.decode(data)
        except (ValueError, TypeError, KeyError):
            return None
        return facts if isinstance(facts, dict) and all(isinstance(code, str) for code in facts) else None

    def store_facts(self, key: str | None, facts: dict) -> None:
        if key is None or self.cache is None:
            return
        try:
            self.cache.put("facts", key, store.encode(facts))
        except store.Unencodable:
            pass

    def sign_corpus(self, index) -> None:
        if self.cache is None:
            return
        # Rules read the corpus only through its summaries: a release whose facts changed in a way
        # no summary shows (a typo fixed) leaves every other release's result valid.
        try:
            index.signature = store.digest(sorted(index.summaries.items()))
        except store.Unencodable:
            index.signature = None

    def result(self, job, corpus, today: _dt.date | None) -> tuple[str | None, list | None]:
        """The key of the job's result, and its diagnostics if the cache holds them."""
        if self.cache is None or job.key is None or (corpus is not None and corpus.signature is None):
            return None, None
        key = store.digest(job.key, corpus.signature if corpus is not None else "",
                           (today or _dt.date.today()).isoformat())
        data = self.cache.get("result", key)
        if data is None:
            return key, None
        try:
            return key, store.diagnostics_from_data(job.source.path, data)
        except (ValueError, TypeError, KeyError):
            return key, None

    def store_result(self, key: str | None, result) -> None:
        if key is None or self.cache is None or result.errors:
            return
        self.cache.put("result", key, store.diagnostics_to_data(result.diagnostics))


def default_cache_dir(config_path: Path | None) -> Path:
    return Path(found_cache_dir(str(config_path) if config_path is not None else None))
