"""The ``relint`` command group, and what its commands share: exit codes and error lines."""

from __future__ import annotations

import importlib
import os
import sys

import click

from .. import __version__
from ..engine.lint import failing
from ..model import Severity
from ..read.sources import SourceError

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


# Each command's module, imported only when the command runs (or when --help lists them all), so a
# `relint check` does not pay for the learner's or the rule documentation's imports.
_COMMANDS = {"check": "check", "baseline": "baseline", "init": "init", "rules": "rules", "rule": "rules"}


class _Group(click.Group):
    def list_commands(self, ctx):
        return sorted(_COMMANDS)

    def get_command(self, ctx, name):
        if name in _COMMANDS and name not in self.commands:
            importlib.import_module(f"{__package__}.{_COMMANDS[name]}")  # the module adds its command
        return super().get_command(ctx, name)

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


def split(values: tuple[str, ...]) -> tuple[str, ...]:
    """Comma-separated option values, each given once or many times: ("RL1,RL2", "RL3")."""
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def finish(errors: list[str], diagnostics=(), level: Severity = Severity.ERROR, exit_zero: bool = True):
    """Print the error lines and exit: 2 with errors, 1 with findings at ``level`` or above, else 0."""
    for error in errors:
        click.echo(f"relint: error: {error}", err=True)
    if errors:
        sys.exit(EXIT_ERROR)
    if not exit_zero and failing(diagnostics, level):
        sys.exit(EXIT_FINDINGS)
    sys.exit(EXIT_CLEAN)
