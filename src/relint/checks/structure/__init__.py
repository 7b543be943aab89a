"""RL4xx: the release as a form: headline, release line, About boilerplate against the canonical
text, ticker, forward-looking statements, media contact, end mark, lengths.

House choices live in ``house`` (see the README): ``headline``, ``release-line``, ``boilerplate``,
``tickers``, ``forward-looking``, ``contact``, ``end-mark`` and ``limits``.
"""

from . import boilerplate, furniture, headline  # noqa: F401 - the family's rules
