"""A run: the releases a request names, linted (and fixed) under their configs.

The path of a draft, in order: discovered under the paths asked for, given its config (the nearest
one, or ``--config``) and settings, read; its corpus facts taken (from the cache, or by parsing it,
here or in a worker); the corpus of each config summarised; linted (from the cache, here or in the
worker that parsed it); fixed and written, or diffed; its findings narrowed to the lines changed
since a git ref and to those a baseline does not hold. The command line turns options into a
``RunRequest`` and reports the ``RunResult``; nothing else happens there.
"""

from __future__ import annotations

import datetime as _dt
import os
from dataclasses import dataclass, field
from pathlib import Path

from ..config.find import ConfigFinder
from ..config.load import load_config
from ..config.settings import Config
from ..model import Severity
from ..read import sources
from ..read.release import parse
from ..read.sources import RELEASE_SUFFIXES, Source, SourceError, discover
from ..speed import replay
from ..speed.keys import Keys
from . import jobs as _jobs
from .corpus import CorpusIndex, release_facts
from .jobs import Job, facts_of, lint_job, linter, text_of
from .lint import FileResult
from .pool import Team, workers


class SelectorError(Exception):
    """A --select, --ignore or --extend-select names no rule."""


@dataclass(frozen=True)
class Selection:
    """The rules the command line selects, over the config's."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    fail_on: str | None = None

    def arguments(self) -> dict:
        return {"select": list(self.select) if self.select else None, "ignore": list(self.ignore),
                "extend_select": list(self.extend_select), "fail_on": self.fail_on}


@dataclass(frozen=True)
class RunRequest:
    paths: tuple[str, ...] = (".",)
    config_path: Path | None = None
    selection: Selection = Selection()
    stdin_filename: str | None = None
    today: _dt.date | None = None
    fix: bool = False
    unsafe_fixes: bool = False
    diff: bool = False
    jobs: int | None = 1  # worker processes: None, one per core
    cache: bool = False
    cache_dir: Path | None = None
    keep_text: bool = True  # the results carry their texts (a report that shows source lines)
    changed_since: str | None = None  # a git ref: only findings on lines changed since it
    baseline: Path | None = None  # only findings this baseline does not record


@dataclass
class RunResult:
    results: list[FileResult]
    errors: list[str]
    level: Severity  # the fail level of the last file's settings
    fixed: int = 0  # files fixed
    applied: list = field(default_factory=list)  # (path, [Applied]) for --show-fixes
    diffs: list[str] = field(default_factory=list)  # --diff: one unified diff a changed file
    registry: object = None  # the first config's rules (the SARIF report describes them)


def run(request: RunRequest) -> RunResult:
    """Discover, read, parse, build the corpus index, lint (and fix): everything but the report.

    With ``cache``, a release whose key (text, path, settings, rules, relint's code, the corpus's
    facts, the date) is in the cache is not linted again, and its corpus facts are not taken again
    (``relint.speed.cache``). --fix and --diff always lint afresh. Without ``keep_text`` (a report
    that shows no source lines) the results carry no text, and a large run holds no text in memory."""
    writes = request.fix or request.diff
    keys = Keys(request.cache and not writes, request.cache_dir, request.config_path)
    keys.read_requirements()
    errors: list[str] = []
    jobs, level = _plan(request, keys, errors)
    # The corpus pass: the facts of each release the cache does not have, taken by a team of worker
    # processes when there are many (each keeps its parses to lint them), else here.
    warmed: set[int] = set()
    to_parse = [job for job in jobs if job.corpus and job.facts is None]
    team = None
    if not writes and workers(request.jobs, len(to_parse)) > 1:
        team = Team(jobs, workers(request.jobs, len(to_parse)), len(jobs) <= _jobs.KEEP_IN_MEMORY, warmed)
        facts = team.facts(to_parse)
    else:
        facts = (facts_of(job, errors, keep=number < _jobs.KEEP_IN_MEMORY) for number, job in enumerate(to_parse))
    for job, (job_facts, same) in zip(to_parse, facts):
        job.facts = job_facts
        if same:
            keys.store_facts(job.key, job.facts)
    indexes = _corpus_indexes(jobs, errors, keys)
    for job in jobs:
        job.result_key, cached = keys.result(job, indexes.get(id(job.config)), request.today)
        job.cached = None if cached is None else FileResult(job.source.path, cached, text=job.source.text)
    to_lint = [job for job in jobs if job.cached is None]
    if team is None and not writes and workers(request.jobs, len(to_lint)) > 1:
        team = Team(jobs, workers(request.jobs, len(to_lint)), False, warmed)  # to lint only (the facts were cached)
    linted = team.lint(to_lint, indexes, request.today) if team is not None else None
    outcome = RunResult([], errors, level, registry=jobs[0].config.registry if jobs else None)
    for job in jobs:
        outcome.results.append(_finish(job, request, keys, indexes, linted, outcome))
    keys.store_requirements()
    _narrow(request, outcome)
    if keys.root is not None:
        replay.allow(keys.root)  # the same command, with nothing it read changed, may print this again
    return outcome


def _finish(job: Job, request: RunRequest, keys: Keys, indexes: dict, linted, outcome: RunResult) -> FileResult:
    """The job's result: cached, linted by a worker or here; then fixed or diffed."""
    source = job.source
    lint = linter(job, indexes.get(id(job.config)), request.today, job.release)
    if job.cached is not None:
        result = job.cached
    elif linted is not None:
        result = next(linted)
    else:
        result = lint_job(job, lint)
    if job.cached is None:
        keys.store_result(job.result_key, result)
    result.text = text_of(job, result.errors) if request.keep_text else None
    if not request.keep_text:
        job.source = source._replace(text=None)
    job.release = None  # the text is linted: let the parse go
    if (request.fix or request.diff) and not result.errors:
        result, changed, applied = _apply_fixes(source, result, lint, request.unsafe_fixes,
                                                write=request.fix and not request.diff and job.path != "-")
        if applied and request.fix and not request.diff:
            outcome.applied.append((source.path, applied))
        if request.diff and changed:
            outcome.diffs.append(changed)
        elif changed and not request.diff:
            outcome.fixed += 1
    outcome.errors.extend(result.errors)
    return result


def _plan(request: RunRequest, keys: Keys, errors: list[str]) -> tuple[list[Job], Severity]:
    """A job for every release to lint: its config, settings, text and cache key."""
    configs = Configs(request.config_path)
    arguments = request.selection.arguments()
    jobs: list[Job] = []
    level = Severity.ERROR
    checked: set[int] = set()  # registries the selectors were checked against
    for item in discover(list(request.paths)):
        if isinstance(item, SourceError):
            errors.append(str(item))
            continue
        path, explicit = item
        report_path = request.stdin_filename or "-" if path == "-" else path
        try:
            config = configs.for_path(Path(report_path if path == "-" else path))
            if id(config.registry) not in checked:
                check_selectors(config, request.selection)
                checked.add(id(config.registry))
            if not explicit and config.excluded(path):
                continue
            source = _jobs.read(path, report_path)
        except SourceError as exc:
            errors.append(str(exc))
            continue
        settings = config.settings_for(report_path, **arguments)
        level = settings.fail_on
        job = Job(path, source, config, settings, None, keys.file_key(config, settings, source, path))
        job.corpus = bool(settings.corpus_rules)
        if job.corpus:
            job.facts = keys.facts(job.key)
            job.cached_facts = job.facts is not None
        if len(jobs) >= _jobs.KEEP_IN_MEMORY and not (request.fix or request.diff):
            if job.key is not None:
                job.digest = _jobs.text_digest(source.text)  # the text read again must be this one to be cached
            job.source = source._replace(text=None)  # a large run streams: the text is read again where it is needed
        jobs.append(job)
    return jobs, level


def check_selectors(config: Config, selection: Selection) -> None:
    for key in ("select", "ignore", "extend_select"):
        for selector in getattr(selection, key) or ():
            if not config.registry.matching(selector):
                close = config.registry.suggest(selector)
                hint = f" (did you mean {close!r}?)" if close else ""
                raise SelectorError(f"unknown rule code or name {selector!r} in --{key.replace('_', '-')}{hint}")


class Configs:
    """One loaded config per config file; the nearest one to each linted file applies."""

    def __init__(self, explicit: Path | None):
        self.explicit = explicit
        self.by_file: dict[Path | None, Config] = {}
        self.by_dir: dict[Path, Path | None] = {}  # resolved folder -> its config file
        self.by_given: dict[Path, Config] = {}  # folder as written -> its config
        self.finder = ConfigFinder()
        if explicit is not None:
            if not explicit.exists():
                raise SourceError(explicit, "no such config file")
            self.by_file[explicit] = load_config(explicit)

    def for_path(self, path: Path) -> Config:
        if self.explicit is not None:
            return self.by_file[self.explicit]
        folder = path.parent if not path.is_dir() else path
        known = self.by_given.get(folder)
        if known is not None:
            return known
        given = folder
        try:
            folder = self.finder.real_folder(os.path.join(os.getcwd(), folder))
            resolved = True
        except (OSError, RuntimeError):  # RuntimeError: a symlink loop
            resolved = False
        if folder not in self.by_dir:
            self.by_dir[folder] = self.finder.for_path(folder, resolved=resolved)
        file = self.by_dir[folder]
        if file not in self.by_file:
            self.by_file[file] = load_config(file)
        self.by_given[given] = self.by_file[file]
        return self.by_file[file]


# ----------------------------------------------------------------------------------- the corpus pass


def _corpus_indexes(jobs: list[Job], errors: list[str], keys: Keys) -> dict[int, CorpusIndex]:
    """One corpus index per config: the releases linted together plus the config's ``corpus:`` globs."""
    indexes: dict[int, CorpusIndex] = {}
    groups: dict[int, list[Job]] = {}
    reported = len(errors)
    for job in jobs:
        if job.settings.corpus_rules:
            groups.setdefault(id(job.config), []).append(job)
    for key, group in groups.items():
        config, settings = group[0].config, group[0].settings
        index = CorpusIndex()
        for job in group:
            if job.facts is not None:
                index.add_facts(job.source.path, job.facts)
            else:
                keys.store_facts(job.key, index.add(job.release, settings))
        for path in _corpus_files(config):
            if path in index.paths:
                continue
            try:
                source = sources.read_source(path)
            except SourceError as exc:
                errors.append(f"{exc} (in the corpus of {config.path})")
                continue
            file_key = keys.file_key(config, settings, source, path)
            facts = keys.facts(file_key)
            if facts is not None:
                index.add_facts(path, facts)
            else:
                keys.store_facts(file_key, index.add(parse(source.text, path, bom=source.bom), settings))
        if len(index) >= 2:
            try:
                index.summarise(settings)
            except Exception:  # facts from a damaged cache entry: take them all again from the texts
                if not any(job.cached_facts for job in group):
                    raise
                del errors[reported:]  # the pass starts again and reports them again
                return _corpus_indexes(_without_cached_facts(jobs), errors, Keys(False, None, None))
            keys.sign_corpus(index)
            indexes[key] = index
    return indexes


def _without_cached_facts(jobs: list[Job]) -> list[Job]:
    """The jobs with their corpus facts taken again from their texts (after a damaged cache entry)."""
    for job in jobs:
        if job.cached_facts:
            job.cached_facts = False
            text = text_of(job, [])
            release = parse(text or "", job.source.path, bom=job.source.bom, structure=job.settings.reads_structure)
            job.facts = release_facts(release, job.settings)
    return jobs


def _corpus_files(config: Config) -> list[str]:
    found: set[str] = set()
    for pattern in config.corpus_globs():
        for path in sources.glob(pattern):
            if Path(path).is_file() and path.lower().endswith(RELEASE_SUFFIXES):
                found.add(os.path.relpath(path))
    return sorted(found)


# ------------------------------------------------------------------------------- fixes and narrowing


def _apply_fixes(source: Source, result: FileResult, lint, unsafe: bool, write: bool):
    """(the result after the fixes, the diff or True when written (None, "": nothing changed), the fixes)."""
    from .fix import fix_until_stable

    new_text, applied, remaining = fix_until_stable(source.text, lambda t: lint(t).diagnostics, unsafe)
    if new_text == source.text:
        return result, None if write else "", []
    if not write:
        import difflib

        lines = difflib.unified_diff(source.text.splitlines(True), new_text.splitlines(True),
                                     fromfile=f"a/{source.path}", tofile=f"b/{source.path}")
        return result, "".join(lines), applied
    try:
        sources.write_atomic(source.path, sources.encode(source, new_text))
    except OSError as exc:
        result.errors.append(f"{source.path}: cannot write the fixed file: {exc.strerror or exc}")
        return result, None, []
    after = lint(new_text)
    return after, True, applied


def _narrow(request: RunRequest, outcome: RunResult) -> None:
    """Only the findings on lines changed since a git ref, and those a baseline does not hold."""
    if request.changed_since is not None:
        from .changes import ChangesError, changed_lines, check_ref

        sources.uncheckable()  # what git says cannot be checked again
        try:
            check_ref(request.changed_since, Path.cwd())
            for result in outcome.results:
                if result.path == "-" or not result.diagnostics:
                    continue
                lines = changed_lines(request.changed_since, result.path)
                if lines is not None:
                    result.diagnostics = [d for d in result.diagnostics if d.start.line in lines]
        except ChangesError as exc:
            outcome.errors.append(str(exc))
    if request.baseline is not None:
        from .baseline import BaselineError, apply_baseline, load_baseline

        try:
            outcome.results = apply_baseline(outcome.results, load_baseline(request.baseline))
        except BaselineError as exc:
            outcome.errors.append(str(exc))
