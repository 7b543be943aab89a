"""relint's command line: one module a command. Each turns its options into a request, hands it to
the engine (or to the learner) and reports what comes back; no run is orchestrated here."""

from .app import main  # each command's module adds its command when the command is asked for

__all__ = ["main"]
