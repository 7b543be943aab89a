"""relint's command line: one module a command. Each turns its options into a request, hands it to
the engine (or to the learner) and reports what comes back; no run is orchestrated here."""

from . import baseline, check, init, rules  # noqa: F401 - each adds its command to the group
from .app import main

__all__ = ["main"]
