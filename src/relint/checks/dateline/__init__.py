"""RL1xx: the dateline, held to the house form.

The house form comes from ``house.dateline`` in the config (``form``); every choice defaults to AP
style: city in capitals, AP month abbreviations, month-day-year, a spaced em dash, AP state
abbreviations, AP stand-alone cities, no weekday.
"""

from . import body, corpus, date, place, whole  # noqa: F401 - the family's rules
