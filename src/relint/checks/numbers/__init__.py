"""RL5xx: numbers in AP style (every choice a house option).

Context decides everything here: a number inside a URL, an e-mail address, a ticker, a code, a
date, a time, a proper name (`Top 10 Templates`) or a quotation's wording is left alone.
House choices live in ``house.numbers``: ``percent`` (symbol, word or any), ``range`` (en-dash,
to or any) and ``units`` (abbreviated, spelled or any; by default one style per release).
"""

from . import figures, forms, money  # noqa: F401 - the family's rules
