"""``relint baseline``: record today's findings."""

from __future__ import annotations

from pathlib import Path

import click

from ..engine.baseline import write_baseline
from ..engine.run import RunRequest, Selection, SelectorError, run
from .app import finish, main, split


@main.command("baseline")
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--config", "config_path", type=click.Path(path_type=Path), help="Use this config file for every path.")
@click.option("--output", "output", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("relint-baseline.json"), show_default=True, help="Where to write the baseline.")
@click.option("--select", multiple=True, help="Only these rules.")
@click.option("--ignore", multiple=True, help="Skip these rules.")
def baseline_command(paths, config_path, output, select, ignore):
    """Record today's findings, so that 'relint check --baseline' reports only new ones."""
    try:
        outcome = run(RunRequest(tuple(paths) or (".",), config_path, Selection(split(select) or None, split(ignore))))
    except SelectorError as exc:
        raise click.UsageError(str(exc)) from None
    count = write_baseline(output, outcome.results)
    click.echo(f"recorded {count} finding{'s' if count != 1 else ''} from {len(outcome.results)} files in {output}",
               err=True)
    return finish(outcome.errors)
