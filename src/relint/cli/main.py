"""relint's command line: parse options, call the engine, pick a reporter. Nothing else lives here."""

from __future__ import annotations

import gc
import os
import sys
from collections import Counter
from typing import Iterator
from pathlib import Path

import click

from .. import __version__
from dataclasses import dataclass, replace

from ..speed import replay
from ..config.find import ConfigFinder, default_cache_dir, find_config_file
from ..config.load import load_config
from ..config.settings import Config
from ..engine.corpus import CorpusIndex, corpus_rules, release_facts
from ..read.release import parse
from ..engine.lint import FileResult, failing, lint_text, needs_structure
from ..model import Severity
from ..report import FORMATS, Style, reporter
from ..read import sources
from ..read.sources import RELEASE_SUFFIXES, Source, SourceError, discover, encode, read_source, write_atomic

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
# Up to this many texts (and parsed releases) stay in memory between the corpus pass and linting;
# beyond that a run streams: each text is read again where it is linted.
KEEP_IN_MEMORY = 2000


def _split(values: tuple[str, ...]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


class _Group(click.Group):
    def main(self, *args, **kwargs):
        # Usage errors exit 2 (click's default); make sure nothing else escapes as a traceback.
        try:
            os.getcwd()
        except OSError as exc:  # the folder relint was started in is gone: every relative path is moot
            click.echo(f"relint: error: the current folder cannot be read ({exc.strerror or exc}); "
                       "change to an existing folder", err=True)
            sys.exit(EXIT_ERROR)
        try:
            return super().main(*args, **kwargs)
        except SourceError as exc:
            click.echo(f"relint: error: {exc}", err=True)
            sys.exit(EXIT_ERROR)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="relint")
def main() -> None:
    """relint: a house-style linter for press releases."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="full", show_default=True,
              help="Report format.")
@click.option("--config", "config_path", type=click.Path(path_type=Path), help="Use this config file for every path.")
@click.option("--select", multiple=True, help="Only these rules: codes, prefixes (RL7) or names; comma-separated.")
@click.option("--extend-select", multiple=True, help="Add rules to the configured selection.")
@click.option("--ignore", multiple=True, help="Skip these rules: codes, prefixes or names; comma-separated.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default=None,
              help="Lowest severity that makes relint exit 1 (default: error, or the config's fail-on).")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings are reported (errors still exit 2).")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True)
@click.option("-q", "--quiet", is_flag=True, help="Print findings only: no summary line.")
@click.option("--statistics", is_flag=True, help="Print a count of findings per rule instead of the findings.")
@click.option("--stdin-filename", help="The path to report for text read from stdin ('-').")
@click.option("--fix", is_flag=True, help="Apply safe fixes and write the files.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff, also apply unsafe fixes.")
@click.option("--diff", is_flag=True, help="Print the fixes as a unified diff; write nothing.")
@click.option("--today", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="The date to check datelines against (default: today).")
@click.option("--output-file", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the report to this file instead of standard output.")
@click.option("--baseline", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Report only findings not recorded in this baseline (see 'relint baseline').")
@click.option("--changed-since", "changed_since", metavar="REF", default=None,
              help="Report only findings on lines changed since this git ref (new files: every line).")
@click.option("--show-fixes", is_flag=True, help="With --fix, list each fix applied.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=0, show_default=True,
              help="Worker processes for many files (0: one per CPU core; 1: no workers).")
@click.option("--no-cache", is_flag=True, help="Lint every file afresh; read and write no cache.")
@click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="The cache folder (default: $RELINT_CACHE_DIR, else .relint_cache beside the config file, "
                   "else in the current folder).")
def check(paths, output_format, config_path, select, extend_select, ignore, fail_on, exit_zero, color, quiet,
          statistics, stdin_filename, fix, unsafe_fixes, diff, today, output_file, baseline, changed_since,
          show_fixes, jobs, no_cache, cache_dir):
    """Lint press releases: files, folders (.md, .markdown, .txt) or '-' for stdin."""
    style = Style(color=_use_color(color))
    cli = {"select": _split(select) or None, "ignore": _split(ignore), "extend_select": _split(extend_select),
           "fail_on": fail_on}
    run = _lint_run(list(paths) or ["."], config_path, cli, stdin_filename, today, fix, unsafe_fixes, diff,
                    jobs_option=jobs or None, cache=not no_cache, cache_dir=cache_dir,
                    keep_text=output_format in ("full", "sarif") or baseline is not None or fix or diff)
    results, errors, level, fixed_count, jobs = run.results, run.errors, run.level, run.fixed, run.jobs
    if changed_since is not None:
        from ..engine.changes import ChangesError, changed_lines, check_ref

        try:
            check_ref(changed_since, Path.cwd())
            for result in results:
                if result.path == "-" or not result.diagnostics:
                    continue
                lines = changed_lines(changed_since, result.path)
                if lines is not None:
                    result.diagnostics = [d for d in result.diagnostics if d.start.line in lines]
        except ChangesError as exc:
            errors.append(str(exc))
    if show_fixes and run.applied:
        for path, applied in run.applied:
            for fix in applied:
                click.echo(f"{path}:{fix.line}: fixed [{fix.code} {fix.name}] {fix.description}", err=True)
    if baseline is not None:
        from ..engine.baseline import BaselineError, apply_baseline, load_baseline

        try:
            results = apply_baseline(results, load_baseline(baseline))
        except BaselineError as exc:
            errors.append(str(exc))
    if diff:
        return _exit(errors, [], level, exit_zero=True)
    registry = jobs[0].config.registry if jobs else None
    try:
        report(results, output_format, style if output_file is None else Style(), statistics, registry, output_file)
    except OSError as exc:
        errors.append(f"{output_file or 'standard output'}: cannot write the report: {exc.strerror or exc}")
    diagnostics = [d for r in results for d in r.diagnostics]
    if not quiet and output_format in ("full", "concise") and results:
        _summary(diagnostics, len(results), fixed_count, style)
    if run.cache_dir is not None and not (errors or fix or output_file or changed_since or "-" in paths):
        replay.allow(run.cache_dir)  # the same command, with nothing it read changed, prints this again
    return _exit(errors, diagnostics, level, exit_zero)


@dataclass
class _Run:
    results: list
    errors: list
    level: Severity
    fixed: int
    jobs: list
    applied: list = None  # (path, [Applied]) for --show-fixes
    cache_dir: Path | None = None  # the cache folder the run used


def _lint_run(paths, config_path, cli, stdin_filename, today, fix=False, unsafe_fixes=False, diff=False,
              jobs_option: int | None = 1, cache: bool = False, cache_dir: Path | None = None,
              keep_text: bool = True) -> _Run:
    """Discover, read, parse, build the corpus index, lint (and fix): everything but the report.

    With ``cache``, a release whose key (text, path, settings, rules, relint's code, the corpus's
    facts, the date) is in the cache is not linted again, and its corpus facts are not taken again
    (``relint.cache``). --fix and --diff always lint afresh. Without ``keep_text`` (a report that
    shows no source lines) the results carry no text, and a large run holds no text in memory."""
    configs = _ConfigCache(config_path)
    keys = _Keys(cache and not (fix or diff), cache_dir, config_path)
    keys.read_requirements()
    results: list[FileResult] = []
    errors: list[str] = []
    fixed_count = 0
    applied_fixes: list = []
    level = Severity.ERROR
    jobs = []
    checked: set[int] = set()  # registries the CLI selectors were checked against
    for item in discover(paths):
        if isinstance(item, SourceError):
            errors.append(str(item))
            continue
        path, explicit = item
        report_path = stdin_filename or "-" if path == "-" else path
        try:
            config = configs.for_path(Path(report_path if path == "-" else path))
            if id(config.registry) not in checked:
                _check_selectors(config, cli)
                checked.add(id(config.registry))
            if not explicit and config.excluded(path):
                continue
            source = _read(path, report_path)
        except SourceError as exc:
            errors.append(str(exc))
            continue
        settings = config.settings_for(report_path, **cli)
        level = settings.fail_on
        job = _Job(path, source, config, settings, None, keys.file_key(config, settings, source, path))
        job.corpus = bool(corpus_rules(config.registry, settings))
        if job.corpus:
            job.facts = keys.facts(job.key)
            job.cached_facts = job.facts is not None
        if len(jobs) >= KEEP_IN_MEMORY and not (fix or diff):
            if job.key is not None:
                job.digest = _text_digest(source.text)  # the text read again must be this one to be cached
            job.source = replace(source, text=None)  # a large run streams: the text is read again where it is needed
        jobs.append(job)
    # The corpus pass: the facts of each release the cache does not have, taken by a team of worker
    # processes when there are many (each keeps its parses to lint them), else here.
    to_parse = [job for job in jobs if job.corpus and job.facts is None]
    team = None
    if not (fix or diff) and _workers(jobs_option, len(to_parse)) > 1:
        team = _Team(jobs, _workers(jobs_option, len(to_parse)), keep=len(jobs) <= KEEP_IN_MEMORY)
        facts = team.facts(to_parse)
    else:
        facts = (_facts_of(job, errors, keep=number < KEEP_IN_MEMORY) for number, job in enumerate(to_parse))
    for job, (job_facts, same) in zip(to_parse, facts):
        job.facts = job_facts
        if same:
            keys.store_facts(job.key, job.facts)
    indexes = _corpus_indexes(jobs, errors, keys)
    today_date = today.date() if today else None
    for job in jobs:
        job.result_key, job.cached = keys.result(job, indexes.get(id(job.config)), today_date)
    to_lint = [job for job in jobs if job.cached is None]
    if team is None and not (fix or diff) and _workers(jobs_option, len(to_lint)) > 1:
        team = _Team(jobs, _workers(jobs_option, len(to_lint)), keep=False)  # to lint only (the facts were cached)
    linted = team.lint(to_lint, indexes, today_date) if team is not None else None
    for job in jobs:
        source = job.source
        lint = _linter(job, indexes.get(id(job.config)), today_date, job.release)
        if job.cached is not None:
            result = job.cached
        elif linted is not None:
            result = next(linted)
        else:
            result = _lint_job(job, lint)
        if job.cached is None:
            keys.store_result(job.result_key, result)
        result.text = _text_of(job, result.errors) if keep_text else None
        if not keep_text:
            job.source = replace(source, text=None)
        job.release = None  # the text is linted: let the parse go
        if (fix or diff) and not result.errors:
            result, changed, applied = _apply_fixes(source, result, lint, unsafe_fixes,
                                                    write=fix and not diff and job.path != "-")
            if applied and fix and not diff:
                applied_fixes.append((source.path, applied))
            if diff and changed is not None:
                sys.stdout.write(changed)
            elif changed:
                fixed_count += 1
        errors.extend(result.errors)
        results.append(result)
    keys.store_requirements()
    return _Run(results, errors, level, fixed_count, jobs, applied_fixes,
                keys.cache.root if keys.cache is not None and keys.cache.usable else None)


# Below this many files a run stays in one process: starting workers costs more than it saves.
PARALLEL_FROM = 24


def _workers(requested: int | None, files: int) -> int:
    if files < PARALLEL_FROM or requested == 1 or "fork" not in _start_methods():
        return 1
    return max(1, min(requested or os.cpu_count() or 1, files // 8))


def _start_methods() -> list[str]:
    import multiprocessing

    return multiprocessing.get_all_start_methods()


_PARALLEL: tuple = ()


def _facts_of(job: _Job, errors: list[str], keep: bool) -> tuple[dict, bool]:
    """The corpus facts of the job's release (parsed here; the parse is kept to be linted if ``keep``),
    and whether they are the facts of the text its cache key was made from: a large run reads the
    text again, and a file that changed or vanished in between gives facts the cache must not keep."""
    reread = job.source.text is None
    text = _text_of(job, errors)
    release = parse(text or "", job.source.path, bom=job.source.bom,
                    structure=needs_structure(job.config.registry, job.settings))
    if keep and text is not None:
        job.release = release
    same = not reread or (text is not None and (job.digest is None or _text_digest(text) == job.digest))
    return release_facts(release, job.config.registry, job.settings), same


def _text_digest(text: str) -> str:
    from ..speed.cache import text_digest

    return text_digest(text)


class _Team:
    """Worker processes that take the corpus facts of their share of the releases, then lint them.

    Each worker is forked before the corpus pass (or after it, when every fact was cached) and owns
    every n-th job: it parses its releases once, sends their facts back, receives the corpus
    summaries and lints the same releases with the parses it kept. The workers inherit the loaded
    configs, the rule registry and the compiled patterns; nothing is pickled but facts, summaries
    and results. Facts and results come back one file at a time, read in the order of the jobs
    (a worker's pipe holds what it has done until the parent reaches it), so the report is in a
    stable order whatever the scheduling. A worker that fails leaves its share to this process."""

    def __init__(self, jobs: list, workers: int, keep: bool):
        import multiprocessing

        global _PARALLEL
        for registry, settings in {id(job.settings): (job.config.registry, job.settings) for job in jobs}.values():
            _warm(registry, settings)
        self.number = {id(job): number for number, job in enumerate(jobs)}
        self.size = workers
        _PARALLEL = (jobs, keep)
        # Everything built so far is frozen out of the collector's reach: a worker's collections would
        # otherwise walk (and so copy, page by page) the whole inherited heap.
        gc.freeze()
        context = multiprocessing.get_context("fork")
        self.pipes, self.processes = [], []
        try:
            for worker in range(workers):
                parent_end, child_end = context.Pipe()
                process = context.Process(target=_team_worker, args=(worker, workers, child_end), daemon=True)
                process.start()
                child_end.close()
                self.pipes.append(parent_end)
                self.processes.append(process)
        finally:
            _PARALLEL = ()
            gc.unfreeze()

    def _owner(self, job: _Job) -> int:
        return self.number[id(job)] % self.size

    def _ask(self, command: str, jobs: list, *extra) -> Iterator:
        """Send each worker its share of ``jobs``; yield the answers in the order of ``jobs``."""
        numbers = [self.number[id(job)] for job in jobs]
        for worker, pipe in enumerate(self.pipes):
            try:
                pipe.send((command, [n for n in numbers if n % self.size == worker], *extra))
            except (OSError, ValueError):
                pass
        for job in jobs:
            try:
                yield self.pipes[self._owner(job)].recv()
            except (EOFError, OSError):  # the worker died: this process does its share
                yield None

    def facts(self, jobs: list) -> Iterator[tuple[dict, bool]]:
        errors: list[str] = []
        for job, answer in zip(jobs, self._ask("facts", jobs)):
            yield answer if isinstance(answer, tuple) else _facts_of(job, errors, keep=False)

    def lint(self, jobs: list, indexes: dict, today_date) -> Iterator[FileResult]:
        """The jobs' results in order; the workers end when they have sent them."""
        slim = {key: CorpusIndex(summaries=index.summaries, paths=index.paths) for key, index in indexes.items()}
        try:
            for job, answer in zip(jobs, self._ask("lint", jobs, slim, today_date)):
                if not isinstance(answer, FileResult):
                    answer = _lint_job(job, _linter(job, indexes.get(id(job.config)), today_date))
                yield answer
        finally:
            for pipe in self.pipes:
                pipe.close()
            for process in self.processes:
                process.join()


def _team_worker(worker: int, size: int, pipe) -> None:
    jobs, keep = _PARALLEL
    releases: dict[int, object] = {}
    try:
        while True:
            command, numbers, *extra = pipe.recv()
            if command == "facts":
                for number in numbers:
                    job = jobs[number]
                    pipe.send(_facts_of(job, [], keep=keep))
                    releases[number], job.release = job.release, None
            else:
                indexes, today_date = extra
                for number in numbers:
                    job = jobs[number]
                    # its parse: kept from the facts pass, here or (before the fork) in the parent
                    release = releases.pop(number, job.release)
                    result = _lint_job(job, _linter(job, indexes.get(id(job.config)), today_date, release))
                    result.text = None  # the parent holds the text, or reads it again if the report needs it
                    pipe.send(result)
                return
    except (Exception, KeyboardInterrupt):  # the parent does what is left, and reports any error itself
        return


def _linter(job: _Job, corpus, today_date, release=None):
    """``lint(text)`` for the job's file: its settings, its config's corpus index, a parse if one is kept."""
    return lambda text: lint_text(text, job.source.path, job.config.registry, job.settings, bom=job.source.bom,
                                  corpus=corpus, today=today_date, release=release)


def _lint_job(job: _Job, lint) -> FileResult:
    """``lint`` the job's text, read again from its file if a large run let it go."""
    errors: list[str] = []
    reread = job.source.text is None
    text = _text_of(job, errors)
    if text is not None and reread and job.digest is not None and _text_digest(text) != job.digest:
        # Its cache key and its corpus facts are the first text's: neither would fit this one.
        errors.append(f"{job.source.path}: changed while relint was reading it; run relint again")
        text = None
    return lint(text) if text is not None else FileResult(job.source.path, errors=errors)


def _text_of(job: _Job, errors: list[str]) -> str | None:
    if job.source.text is not None:
        return job.source.text
    try:
        return _read(job.path, job.source.path).text
    except SourceError as exc:  # gone or changed since it was first read
        errors.append(str(exc))
        return None


_WARM: set = set()


def _warm(registry, settings) -> None:
    key = (id(registry), frozenset(settings.enabled))
    if key in _WARM:
        return
    _WARM.add(key)
    lint_text("Warm-up.\n", "warm-up.txt", registry, settings)


@dataclass
class _Job:
    path: str
    source: Source
    config: Config
    settings: object
    release: object
    key: str | None = None  # the cache key of this file under these settings (None: no cache)
    facts: dict | None = None  # its corpus facts
    cached_facts: bool = False  # ... read from the cache
    result_key: str | None = None
    cached: FileResult | None = None
    corpus: bool = False  # a cross-release rule reads its facts
    digest: str | None = None  # the digest of its text, when a large run lets the text go


class _Keys:
    """The run's view of the cache: keys for files, corpus facts and results (all None without one)."""

    def __init__(self, enabled: bool, cache_dir: Path | None, config_path: Path | None):
        from ..speed import cache as _cache

        self.cache = None
        if enabled:
            self.cache = _cache.Cache(cache_dir or _default_cache_dir(config_path))
        self.signatures: dict[int, str | None] = {}

    def read_requirements(self) -> None:
        """What proselint's patterns require of a text, as an earlier run derived it (``relint.prefilter``)."""
        if self.cache is not None:
            from ..read import words as prefilter
            from ..speed.cache import code_signature

            prefilter.known(self.cache.get("requirements", code_signature()))

    def store_requirements(self) -> None:
        from ..read import words as prefilter

        data = prefilter.derived() if self.cache is not None else None
        if data is not None:
            from ..speed.cache import code_signature

            self.cache.put("requirements", code_signature(), data)

    def file_key(self, config: Config, settings, source: Source, path: str) -> str | None:
        if self.cache is None or path == "-":
            return None
        from ..speed.cache import code_signature, digest, registry_signature, settings_signature, text_digest

        rules, options = self._signature(config.registry, registry_signature), self._signature(settings, settings_signature)
        if rules is None or options is None:
            return None
        return digest(code_signature(), rules, options, source.path, "bom" if source.bom else "", text_digest(source.text))

    def _signature(self, thing, sign) -> str | None:
        """``sign(thing)``, once per object; None where it holds a value a key cannot carry exactly
        (that file is linted afresh)."""
        from ..speed.cache import Unencodable

        if id(thing) not in self.signatures:
            try:
                self.signatures[id(thing)] = sign(thing)
            except Unencodable:
                self.signatures[id(thing)] = None
        return self.signatures[id(thing)]

    def facts(self, key: str | None) -> dict | None:
        if key is None or self.cache is None:
            return None
        from ..speed.cache import decode

        data = self.cache.get("facts", key)
        try:
            facts = None if data is None else decode(data)
        except (ValueError, TypeError, KeyError):
            return None
        return facts if isinstance(facts, dict) and all(isinstance(code, str) for code in facts) else None

    def store_facts(self, key: str | None, facts: dict) -> None:
        if key is None or self.cache is None:
            return
        from ..speed.cache import Unencodable, encode

        try:
            self.cache.put("facts", key, encode(facts))
        except Unencodable:
            pass

    def sign_corpus(self, index: CorpusIndex) -> None:
        if self.cache is None:
            return
        from ..speed.cache import Unencodable, digest

        # Rules read the corpus only through its summaries: a release whose facts changed in a way
        # no summary shows (a typo fixed) leaves every other release's result valid.
        try:
            index.signature = digest(sorted(index.summaries.items()))
        except Unencodable:
            index.signature = None

    def result(self, job: _Job, corpus: CorpusIndex | None, today_date) -> tuple[str | None, FileResult | None]:
        if self.cache is None or job.key is None or (corpus is not None and corpus.signature is None):
            return None, None
        import datetime as _dt

        from ..speed.cache import diagnostics_from_data, digest

        key = digest(job.key, corpus.signature if corpus is not None else "",
                     (today_date or _dt.date.today()).isoformat())
        data = self.cache.get("result", key)
        if data is None:
            return key, None
        try:
            return key, FileResult(job.source.path, diagnostics_from_data(job.source.path, data), text=job.source.text)
        except (ValueError, TypeError, KeyError):
            return key, None

    def store_result(self, key: str | None, result: FileResult) -> None:
        if key is None or self.cache is None or result.errors:
            return
        from ..speed.cache import diagnostics_to_data

        self.cache.put("result", key, diagnostics_to_data(result.diagnostics))


def _default_cache_dir(config_path: Path | None) -> Path:
    return Path(default_cache_dir(os.fspath(config_path) if config_path is not None else None))


def _corpus_indexes(jobs: list[_Job], errors: list[str], keys: _Keys) -> dict[int, CorpusIndex]:
    """One corpus index per config: the releases linted together plus the config's ``corpus:`` globs."""
    indexes: dict[int, CorpusIndex] = {}
    groups: dict[int, list[_Job]] = {}
    reported = len(errors)
    for job in jobs:
        if any(True for _ in corpus_rules(job.config.registry, job.settings)):
            groups.setdefault(id(job.config), []).append(job)
    for key, group in groups.items():
        config, settings = group[0].config, group[0].settings
        index = CorpusIndex()
        for job in group:
            if job.facts is not None:
                index.add_facts(job.source.path, job.facts)
            else:
                keys.store_facts(job.key, index.add(job.release, config.registry, settings))
        for path in _corpus_files(config):
            if path in index.paths:
                continue
            try:
                source = read_source(path)
            except SourceError as exc:
                errors.append(f"{exc} (in the corpus of {config.path})")
                continue
            file_key = keys.file_key(config, settings, source, path)
            facts = keys.facts(file_key)
            if facts is not None:
                index.add_facts(path, facts)
            else:
                keys.store_facts(file_key, index.add(parse(source.text, path, bom=source.bom), config.registry,
                                                     settings))
        if len(index) >= 2:
            try:
                index.summarise(config.registry, settings)
            except Exception:  # facts from a damaged cache entry: take them all again from the texts
                if not any(job.cached_facts for job in group):
                    raise
                del errors[reported:]  # the pass starts again and reports them again
                return _corpus_indexes(_without_cached_facts(jobs), errors, _Keys(False, None, None))
            keys.sign_corpus(index)
            indexes[key] = index
    return indexes


def _without_cached_facts(jobs: list[_Job]) -> list[_Job]:
    """The jobs with their corpus facts taken again from their texts (after a damaged cache entry)."""
    for job in jobs:
        if job.cached_facts:
            job.cached_facts = False
            text = _text_of(job, [])
            release = parse(text or "", job.source.path, bom=job.source.bom,
                            structure=needs_structure(job.config.registry, job.settings))
            job.facts = release_facts(release, job.config.registry, job.settings)
    return jobs


def _corpus_files(config: Config) -> list[str]:
    found: set[str] = set()
    for pattern in config.corpus_globs():
        for path in sources.glob(pattern):
            if Path(path).is_file() and path.lower().endswith(RELEASE_SUFFIXES):
                found.add(os.path.relpath(path))
    return sorted(found)


def _apply_fixes(source: Source, result: FileResult, lint, unsafe: bool, write: bool):
    from ..engine.fix import fix_until_stable

    new_text, applied, remaining = fix_until_stable(source.text, lambda t: lint(t).diagnostics, unsafe)
    if new_text == source.text:
        return result, None if write else "", []
    if not write:
        import difflib

        lines = difflib.unified_diff(source.text.splitlines(True), new_text.splitlines(True),
                                     fromfile=f"a/{source.path}", tofile=f"b/{source.path}")
        return result, "".join(lines), applied
    try:
        write_atomic(source.path, encode(source, new_text))
    except OSError as exc:
        result.errors.append(f"{source.path}: cannot write the fixed file: {exc.strerror or exc}")
        return result, None, []
    after = lint(new_text)
    return after, True, applied


def _read(path: str, report_path: str) -> Source:
    return sources.read_draft(path, report_path)


def _check_selectors(config: Config, cli: dict) -> None:
    for key in ("select", "ignore", "extend_select"):
        for selector in cli[key] or ():
            if not config.registry.matching(selector):
                close = config.registry.suggest(selector)
                hint = f" (did you mean {close!r}?)" if close else ""
                raise click.UsageError(f"unknown rule code or name {selector!r} in --{key.replace('_', '-')}{hint}")


class _ConfigCache:
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


def report(results, output_format: str, style: Style, statistics: bool, registry=None,
           output_file: Path | None = None) -> None:
    if statistics:
        counts = Counter((d.code, d.name, str(d.severity)) for r in results for d in r.diagnostics)
        text = "".join(f"{n:6d}  {code:<6} {severity:<8} {name}\n"
                       for (code, name, severity), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    elif output_file is None and hasattr(reporter(output_format), "lines"):  # streamed to standard output
        sys.stdout.writelines(reporter(output_format).lines(results, style=style, registry=registry))
        return
    else:
        text = reporter(output_format).render(results, style=style, registry=registry)
    if output_file is not None:
        write_atomic_text(output_file, text)
    elif text:
        sys.stdout.write(text)


def write_atomic_text(path: Path, text: str, check=None) -> None:
    write_atomic(str(path), text.encode("utf-8"), check=check)


def _summary(diagnostics, files: int, fixed: int, style: Style) -> None:
    counts = Counter(str(d.severity) for d in diagnostics)
    parts = [f"{counts[s]} {s}{'s' if counts[s] != 1 else ''}" for s in ("error", "warning", "info") if counts[s]]
    found = ", ".join(parts) if parts else "no findings"
    fixed_note = f"; fixed {fixed} file{'s' if fixed != 1 else ''}" if fixed else ""
    fixable = sum(1 for d in diagnostics if d.fix is not None and str(d.fix.applicability) == "safe")
    hint = f" ({fixable} fixable with --fix)" if fixable else ""
    click.echo(f"{found} in {files} file{'s' if files != 1 else ''}{hint}{fixed_note}.", err=True)


def _exit(errors: list[str], diagnostics, level: Severity, exit_zero: bool):
    for error in errors:
        click.echo(f"relint: error: {error}", err=True)
    if errors:
        sys.exit(EXIT_ERROR)
    if not exit_zero and failing(diagnostics, level):
        sys.exit(EXIT_FINDINGS)
    sys.exit(EXIT_CLEAN)


def _use_color(choice: str) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


@main.command("baseline")
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--config", "config_path", type=click.Path(path_type=Path), help="Use this config file for every path.")
@click.option("--output", "output", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("relint-baseline.json"), show_default=True, help="Where to write the baseline.")
@click.option("--select", multiple=True, help="Only these rules.")
@click.option("--ignore", multiple=True, help="Skip these rules.")
def baseline_command(paths, config_path, output, select, ignore):
    """Record today's findings, so that 'relint check --baseline' reports only new ones."""
    from ..engine.baseline import write_baseline

    cli = {"select": _split(select) or None, "ignore": _split(ignore), "extend_select": [], "fail_on": None}
    run = _lint_run(list(paths) or ["."], config_path, cli, None, None)
    count = write_baseline(output, run.results)
    click.echo(f"recorded {count} finding{'s' if count != 1 else ''} from {len(run.results)} files in {output}", err=True)
    return _exit(run.errors, [], Severity.ERROR, exit_zero=True)


@main.command("init")
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--learn", is_flag=True, help="Learn the house style from the releases in PATHS (default: here).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=Path(".relint.yaml"),
              show_default=True, help="Where to write the config (boilerplate texts go beside it).")
@click.option("--force", is_flag=True, help="Overwrite an existing config and boilerplate files.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=0, show_default=True,
              help="Worker processes for many releases (0: one per CPU core; 1: no workers).")
@click.option("--no-cache", is_flag=True, help="Read every release afresh; read and write no cache.")
def init_command(paths, learn, output, force, jobs, no_cache):
    """Write a starter .relint.yaml; with --learn, one filled from published releases."""
    import time

    from ..speed.cache import Cache
    from ..learn.learner import STARTER, learn as learn_from

    if paths and not learn:
        raise click.UsageError("PATHS are read only with --learn")
    errors: list[str] = []
    files: dict[Path, str] = {}
    started = time.perf_counter()
    if learn:
        found = []
        own = os.path.abspath(output.parent / "boilerplate") + os.sep  # what an earlier --learn wrote
        for item in discover(list(paths) or ["."]):
            if isinstance(item, SourceError):
                errors.append(str(item))
            elif item[0] != "-" and not os.path.abspath(item[0]).startswith(own):
                found.append(item[0])
        cache = None if no_cache else Cache(_default_cache_dir(None))
        learner, unread = learn_from(found, cache, _workers(jobs or None, len(found)))
        errors += unread
        if not learner.releases:
            errors.append("no releases to learn from (.md, .markdown or .txt files)")
            return _exit(errors, [], Severity.ERROR, exit_zero=True)
        files[output] = learner.config()
        for name, text in learner.boilerplate_files().items():
            files[output.parent / name] = text
    else:
        files[output] = STARTER
    existing = [str(path) for path in files if os.path.lexists(path)]  # a dangling link counts: never write through it
    if existing and not force:
        named = ", ".join(existing[:3]) + (f" and {len(existing) - 3} more" if len(existing) > 3 else "")
        errors.append(f"{named}: already exists{'' if len(existing) == 1 else ' (each)'}; "
                      "relint does not overwrite it without --force")
        return _exit(errors, [], Severity.ERROR, exit_zero=True)
    try:
        for path, text in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            if path != output:
                write_atomic_text(path, text)
        # The config is loaded before it takes its place: one relint could not read replaces nothing.
        write_atomic_text(output, files[output], check=load_config)
    except OSError as exc:
        errors.append(f"cannot write {exc.filename or output}: {exc.strerror or exc}")
        return _exit(errors, [], Severity.ERROR, exit_zero=True)
    if learn:
        decide = files[output].count("# DECIDE")
        click.echo(f"learned from {learner.releases} release{'s' if learner.releases != 1 else ''} in "
                   f"{time.perf_counter() - started:.1f} s: wrote {output}"
                   + (f" and {len(files) - 1} boilerplate file{'s' if len(files) != 2 else ''}" if len(files) > 1 else "")
                   + (f"; {decide} entr{'ies' if decide != 1 else 'y'} marked DECIDE" if decide else ""), err=True)
    else:
        click.echo(f"wrote {output}", err=True)
    return _exit(errors, [], Severity.ERROR, exit_zero=True)


@main.command("rules")
@click.option("--config", "config_path", type=click.Path(path_type=Path), help="Show what this config enables.")
@click.option("--format", "output_format", type=click.Choice(["text", "json", "markdown"]), default="text")
def rules_command(config_path, output_format):
    """List every rule: code, name, severity, fixable, enabled."""
    from ..docs import rule_table_markdown

    config = load_config(config_path or find_config_file(Path.cwd()))
    settings = config.settings_for(Path.cwd() / "release.md")
    if output_format == "markdown":
        click.echo(rule_table_markdown(config.registry), nl=False)
        return
    rows = []
    for spec in config.registry:
        rows.append({
            "code": spec.code, "name": spec.name, "severity": str(settings.severity[spec.code]),
            "fixable": spec.fixable, "enabled": spec.code in settings.enabled, "summary": spec.summary,
        })
    if output_format == "json":
        import json

        click.echo(json.dumps(rows, indent=2))
        return
    width = max(len(row["name"]) for row in rows) + 2
    click.echo(f"{'code':<7}{'name':<{width}}{'severity':<10}{'fix':<5}{'on':<4}summary")
    for row in rows:
        click.echo(f"{row['code']:<7}{row['name']:<{width}}{row['severity']:<10}{'yes' if row['fixable'] else '':<5}"
                   f"{'yes' if row['enabled'] else 'no':<4}{row['summary']}")


@main.command("rule")
@click.argument("key")
def rule_command(key):
    """Show a rule's documentation, by code or name."""
    from .. import ruledoc

    config = load_config(find_config_file(Path.cwd()))
    spec = config.registry.get(key)
    if spec is None:
        close = config.registry.suggest(key)
        hint = f" (did you mean {close!r}?)" if close else ""
        raise click.UsageError(f"unknown rule {key!r}{hint}")
    fix = "yes" if spec.fixable else "no"
    click.echo(f"# {spec.code} {spec.name}\n\nSeverity: {spec.severity}. Fixable: {fix}. "
               f"Enabled by default: {'yes' if spec.enabled_by_default else 'no'}.\n")
    click.echo(ruledoc.render(spec.doc))
    if spec.options:
        click.echo("\n## Options\n")
        for name, default in spec.options.items():
            click.echo(f"- `{name}` (default: `{default!r}`)")


if __name__ == "__main__":  # pragma: no cover
    main()
