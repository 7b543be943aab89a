"""RL2xx: trademark marks written the house way, every time.

The registry is ``house.trademarks`` in the config: each mark with its symbol (® registered,
™ unregistered, ℠ service mark), a policy (``every-mention``, ``first-mention``,
``first-and-headline`` or ``none``), known variants, exempt phrases (legal entity names in
which the mark's word stands without a symbol) and a headline choice. Without a registry, the
rules that need none still run: ASCII stand-ins, spacing, misuse of marked words, and
RL210, which compares the releases linted together.
"""

from . import corpus, rules  # noqa: F401 - the family's rules
