"""``relint init``: a starter config, or one learned from published releases."""

from __future__ import annotations

import time
from pathlib import Path

import click

from ..learn.run import learn_house, starter, write
from .app import finish, main


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
    if paths and not learn:
        raise click.UsageError("PATHS are read only with --learn")
    started = time.perf_counter()
    if not learn:
        errors = write(starter(output), output, force)
        if not errors:
            click.echo(f"wrote {output}", err=True)
        return finish(errors)
    learned = learn_house(list(paths) or ["."], output, jobs or None, not no_cache)
    errors = learned.errors
    if not learned.releases:
        return finish(errors + ["no releases to learn from (.md, .markdown or .txt files)"])
    problems = write(learned.files, output, force)
    if problems:
        return finish(errors + problems)
    files = learned.files
    decide = files[output].count("# DECIDE")
    click.echo(f"learned from {learned.releases} release{'s' if learned.releases != 1 else ''} in "
               f"{time.perf_counter() - started:.1f} s: wrote {output}"
               + (f" and {len(files) - 1} boilerplate file{'s' if len(files) != 2 else ''}" if len(files) > 1 else "")
               + (f"; {decide} entr{'ies' if decide != 1 else 'y'} marked DECIDE" if decide else ""), err=True)
    return finish(errors)
