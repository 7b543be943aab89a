"""RL3xx: each executive named and titled one way, within a release, across releases and
against the house registry.

The registry is ``house.people``: each person with the canonical name, the name order
(``given-family`` or ``family-given``), the preferred courtesy title (``none``, ``Mr.``, ``Dr.``,
...), aliases, and titles with the dates they were held. ``house.people-style`` sets the house
policies; the defaults are AP's: no courtesy titles (``Dr.`` on a first reference only), formal titles lowercase
after a name, family name on later references.
"""

from . import corpus, names, titles, variants  # noqa: F401 - the family's rules
