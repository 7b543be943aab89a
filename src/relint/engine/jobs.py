"""A run's unit of work: one release under its config and settings, read, perhaps read again, and
linted; the same steps wherever it runs (this process or a worker)."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from ..config.settings import Config, Settings
from ..read import sources
from ..read.release import Release, parse
from ..read.sources import Source, SourceError
from .corpus import CorpusIndex, release_facts
from .lint import FileResult, lint_text

# Up to this many texts (and parsed releases) stay in memory between the corpus pass and linting;
# beyond that a run streams: each text is read again where it is linted.
KEEP_IN_MEMORY = 2000


@dataclass
class Job:
    path: str
    source: Source
    config: Config
    settings: Settings
    release: Release | None
    key: str | None = None  # the cache key of this file under these settings (None: no cache)
    facts: dict | None = None  # its corpus facts
    cached_facts: bool = False  # ... read from the cache
    result_key: str | None = None
    cached: FileResult | None = None
    corpus: bool = False  # a cross-release rule reads its facts
    digest: str | None = None  # the digest of its text, when a large run lets the text go


def read(path: str, report_path: str) -> Source:
    """A draft, from its file or standard input (one name, so that a test can stand in for it)."""
    return sources.read_draft(path, report_path)


def text_of(job: Job, errors: list[str]) -> str | None:
    """The job's text: kept, or read again (a large run let it go)."""
    if job.source.text is not None:
        return job.source.text
    try:
        return read(job.path, job.source.path).text
    except SourceError as exc:  # gone or changed since it was first read
        errors.append(str(exc))
        return None


def text_digest(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def facts_of(job: Job, errors: list[str], keep: bool) -> tuple[dict, bool]:
    """The corpus facts of the job's release (parsed here; the parse is kept to be linted if ``keep``),
    and whether they are the facts of the text its cache key was made from: a large run reads the
    text again, and a file that changed or vanished in between gives facts the cache must not keep."""
    reread = job.source.text is None
    text = text_of(job, errors)
    release = parse(text or "", job.source.path, bom=job.source.bom, structure=job.settings.reads_structure)
    if keep and text is not None:
        job.release = release
    same = not reread or (text is not None and (job.digest is None or text_digest(text) == job.digest))
    return release_facts(release, job.settings), same


def linter(job: Job, corpus: CorpusIndex | None, today: _dt.date | None, release: Release | None = None):
    """``lint(text)`` for the job's file: its settings, its config's corpus index, a parse if one is kept."""
    return lambda text: lint_text(text, job.source.path, job.config.registry, job.settings, bom=job.source.bom,
                                  corpus=corpus, today=today, release=release)


def lint_job(job: Job, lint) -> FileResult:
    """``lint`` the job's text, read again from its file if a large run let it go."""
    errors: list[str] = []
    reread = job.source.text is None
    text = text_of(job, errors)
    if text is not None and reread and job.digest is not None and text_digest(text) != job.digest:
        # Its cache key and its corpus facts are the first text's: neither would fit this one.
        errors.append(f"{job.source.path}: changed while relint was reading it; run relint again")
        text = None
    return lint(text) if text is not None else FileResult(job.source.path, errors=errors)
