"""The ``relint`` command.

A ``relint check`` whose inputs are all unchanged since an identical run is answered from the
cache before anything else of relint is imported (``relint.speed.replay``); every other run
goes to the command line (``relint.cli``), and a run that may be replayed next time is recorded.
"""

from __future__ import annotations

import sys

from .speed import replay


def main() -> None:
    replay.replay_or_record(sys.argv[1:])
    from .cli import main as cli

    try:
        cli()
    except SystemExit as exc:
        replay.finish(exc.code)
        raise
