"""A survey: one observation of each release, read from the cache where its text is unchanged,
else parsed and observed (by forked workers when there are many). ``relint init --learn`` counts
what a back catalogue does this way."""

from __future__ import annotations

from typing import Callable, Iterator

from ..read.release import Release, parse
from ..read.sources import SourceError, read_source
from ..speed import cache as store
from ..speed.keys import default_cache_dir

# What a survey's workers inherit: (observe, check, cache, kind).
_SURVEY: tuple = ()


def survey(paths: list[str], observe: Callable[[Release], dict | None], check: Callable[[dict], dict], kind: str,
           cache: bool, workers: int = 1) -> Iterator[dict | str | None]:
    """For each path, in order: its observation (``check``ed: a damaged cache entry raises
    ValueError there and is observed afresh), None for a file that shows nothing, or an error line.
    ``kind`` names the observations in the cache."""
    import multiprocessing

    global _SURVEY
    _SURVEY = (observe, check, store.Cache(default_cache_dir(None)) if cache else None, kind)
    try:
        if workers > 1:
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                answers = pool.map(_observed, paths, chunksize=max(1, len(paths) // (workers * 8)))
        else:
            answers = map(_observed, paths)
        yield from answers
    finally:
        _SURVEY = ()


def _observed(path: str) -> dict | str | None:
    """The observation of the release at ``path`` (from the cache if it holds it), or an error line."""
    observe, check, cache, kind = _SURVEY
    try:
        source = read_source(path)
    except SourceError as exc:
        return str(exc)
    key = None
    if cache is not None:
        key = store.digest(store.code_signature(), kind, source.path, "bom" if source.bom else "",
                           store.text_digest(source.text))
        cached = cache.get(kind, key)
        if isinstance(cached, dict) and cached.get("path") == source.path:
            try:
                return check(cached)
            except ValueError:
                pass  # a damaged entry: observed afresh, and replaced
    seen = observe(parse(source.text, source.path, bom=source.bom))
    if seen is None:
        return None
    if cache is not None:
        cache.put(kind, key, seen)
    return check(seen)
