"""``relint init``: the config (and boilerplate texts) to write, learned from published releases or
the starter, and writing them without overwriting anything unasked."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..config.load import load_config
from ..engine.pool import workers
from ..engine.survey import survey
from ..read.sources import SourceError, discover, write_atomic
from .observe import observe, unpack
from .tally import Learner
from .write import STARTER, boilerplate_files, config_text


@dataclass
class Learned:
    releases: int = 0
    files: dict[Path, str] = field(default_factory=dict)  # the config first, then its boilerplate texts
    errors: list[str] = field(default_factory=list)


def learn_house(paths: list[str], output: Path, jobs: int | None, cache: bool) -> Learned:
    """The config learned from the releases under ``paths`` (what an earlier --learn wrote beside
    ``output`` is no release), and a line for each file that could not be read."""
    learned = Learned()
    found = []
    own = os.path.abspath(output.parent / "boilerplate") + os.sep
    for item in discover(paths):
        if isinstance(item, SourceError):
            learned.errors.append(str(item))
        elif item[0] != "-" and not os.path.abspath(item[0]).startswith(own):
            found.append(item[0])
    learner, unread = learn(found, cache, workers(jobs, len(found)))
    learned.errors += unread
    learned.releases = learner.releases
    if learner.releases:
        learned.files[output] = config_text(learner)
        for name, text in boilerplate_files(learner).items():
            learned.files[output.parent / name] = text
    return learned


def learn(paths: list[str], cache: bool = False, workers: int = 1) -> tuple[Learner, list[str]]:
    """Count the releases at ``paths`` (each observed once: read from the cache when its text is
    unchanged; the others parsed by ``workers`` forked processes). Returns the tally and one line
    per file that could not be read."""
    learner, errors = Learner(), []
    for answer in survey(paths, observe, unpack, "learn", cache, workers):
        if isinstance(answer, str):
            errors.append(answer)
        elif answer is not None:
            learner.count(answer)
    return learner, errors


def starter(output: Path) -> dict[Path, str]:
    return {output: STARTER}


def write(files: dict[Path, str], output: Path, force: bool) -> list[str]:
    """Write ``files`` (the config at ``output`` last, and only once relint loads it); an error line
    where one exists already (without ``force``) or cannot be written."""
    existing = [str(path) for path in files if os.path.lexists(path)]  # a dangling link counts: never write through it
    if existing and not force:
        named = ", ".join(existing[:3]) + (f" and {len(existing) - 3} more" if len(existing) > 3 else "")
        return [f"{named}: already exists{'' if len(existing) == 1 else ' (each)'}; "
                "relint does not overwrite it without --force"]
    try:
        for path, text in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            if path != output:
                write_text(path, text)
        # The config is loaded before it takes its place: one relint could not read replaces nothing.
        write_text(output, files[output], check=load_config)
    except OSError as exc:
        return [f"cannot write {exc.filename or output}: {exc.strerror or exc}"]
    return []


def write_text(path: Path, text: str, check=None) -> None:
    write_atomic(str(path), text.encode("utf-8"), check=check)
