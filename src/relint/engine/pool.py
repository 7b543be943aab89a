"""The worker pool: forked processes that take the corpus facts of their share of the releases, then
lint the same releases with the parses they kept."""

from __future__ import annotations

import gc
import os
from typing import Iterator

from .corpus import CorpusIndex
from .jobs import Job, facts_of, lint_job, linter
from .lint import FileResult, lint_text

# Below this many files a run stays in one process: starting workers costs more than it saves.
PARALLEL_FROM = 24


def workers(requested: int | None, files: int) -> int:
    """How many workers for ``files`` releases (``requested``: -j, None for one per core)."""
    if files < PARALLEL_FROM or requested == 1 or "fork" not in _start_methods():
        return 1
    return max(1, min(requested or os.cpu_count() or 1, files // 8))


def _start_methods() -> list[str]:
    import multiprocessing

    return multiprocessing.get_all_start_methods()


class Team:
    """Worker processes that take the corpus facts of their share of the releases, then lint them.

    Each worker is forked before the corpus pass (or after it, when every fact was cached) and owns
    every n-th job: it parses its releases once, sends their facts back, receives the corpus
    summaries and lints the same releases with the parses it kept. The workers inherit the loaded
    configs, the rule registry and the compiled patterns; nothing is pickled but facts, summaries
    and results. Facts and results come back one file at a time, read in the order of the jobs
    (a worker's pipe holds what it has done until the parent reaches it), so the report is in a
    stable order whatever the scheduling. A worker that fails leaves its share to this process.

    ``warmed``: the settings whose patterns the run has compiled already (a team warms the others
    before it forks, so the workers inherit them compiled)."""

    def __init__(self, jobs: list[Job], size: int, keep: bool, warmed: set[int]):
        import multiprocessing

        for job in jobs:
            if id(job.settings) not in warmed:
                warmed.add(id(job.settings))
                lint_text("Warm-up.\n", "warm-up.txt", job.config.registry, job.settings)
        self.number = {id(job): number for number, job in enumerate(jobs)}
        self.size = size
        # Everything built so far is frozen out of the collector's reach: a worker's collections would
        # otherwise walk (and so copy, page by page) the whole inherited heap.
        gc.freeze()
        context = multiprocessing.get_context("fork")
        self.pipes, self.processes = [], []
        try:
            for worker in range(size):
                parent_end, child_end = context.Pipe()
                process = context.Process(target=_work, args=(jobs, keep, child_end), daemon=True)
                process.start()
                child_end.close()
                self.pipes.append(parent_end)
                self.processes.append(process)
        finally:
            gc.unfreeze()

    def _owner(self, job: Job) -> int:
        return self.number[id(job)] % self.size

    def _ask(self, command: str, jobs: list[Job], *extra) -> Iterator:
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

    def facts(self, jobs: list[Job]) -> Iterator[tuple[dict, bool]]:
        errors: list[str] = []
        for job, answer in zip(jobs, self._ask("facts", jobs)):
            yield answer if isinstance(answer, tuple) else facts_of(job, errors, keep=False)

    def lint(self, jobs: list[Job], indexes: dict, today) -> Iterator[FileResult]:
        """The jobs' results in order; the workers end when they have sent them."""
        slim = {key: CorpusIndex(summaries=index.summaries, paths=index.paths) for key, index in indexes.items()}
        try:
            for job, answer in zip(jobs, self._ask("lint", jobs, slim, today)):
                if not isinstance(answer, FileResult):
                    answer = lint_job(job, linter(job, indexes.get(id(job.config)), today))
                yield answer
        finally:
            for pipe in self.pipes:
                pipe.close()
            for process in self.processes:
                process.join()


def _work(jobs: list[Job], keep: bool, pipe) -> None:
    """A worker: the facts of the jobs it is sent, then their results."""
    releases: dict[int, object] = {}
    try:
        while True:
            command, numbers, *extra = pipe.recv()
            if command == "facts":
                for number in numbers:
                    job = jobs[number]
                    pipe.send(facts_of(job, [], keep=keep))
                    releases[number], job.release = job.release, None
            else:
                indexes, today = extra
                for number in numbers:
                    job = jobs[number]
                    # its parse: kept from the facts pass, here or (before the fork) in the parent
                    release = releases.pop(number, job.release)
                    result = lint_job(job, linter(job, indexes.get(id(job.config)), today, release))
                    result.text = None  # the parent holds the text, or reads it again if the report needs it
                    pipe.send(result)
                return
    except (Exception, KeyboardInterrupt):  # the parent does what is left, and reports any error itself
        return
