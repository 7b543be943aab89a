"""Module-level patterns compiled on first use, not at import.

The ``regex`` module parses a pattern in Python, so the 120-odd patterns of the built-in rules cost
about half a second to compile. A run that never reaches a rule (one file, or ``--select PL``)
should not pay for it.
"""

from __future__ import annotations

import regex


class LazyPattern:
    """Stands in for a compiled ``regex`` pattern; compiles it the first time it is used.

    Each attribute asked for is then kept on the instance, so later uses (``.finditer`` in a loop)
    are plain attribute reads, not a call through ``__getattr__``."""

    def __init__(self, source: str, flags: int = 0):
        self._source, self._flags, self._compiled = source, flags, None

    def compiled(self) -> regex.Pattern:
        if self._compiled is None:
            self._compiled = regex.compile(self._source, self._flags)
        return self._compiled

    def __getattr__(self, name: str):
        if name.startswith("__"):
            # A compiled pattern has no attribute of this kind worth compiling for: asking whether a
            # module-level value is a rule (``hasattr(value, "__rule__")``) must not compile it.
            raise AttributeError(name)
        value = getattr(self.compiled(), name)
        self.__dict__[name] = value
        return value


def compile(source: str, flags: int = 0) -> LazyPattern:  # noqa: A001 - mirrors regex.compile
    return LazyPattern(source, flags)
