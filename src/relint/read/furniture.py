"""What a release carries around its news, as patterns: tickers and the exchanges they name,
e-mail addresses and telephone numbers.

Two telephone patterns, for two questions: ``PHONE_NUMBER`` is a number written whole in the North
American way, the shape that tells a media contact line from a sentence (a loose pattern would take
"2024 - 2025" for one); ``DIALLABLE`` is any run of digits long enough to dial, written any way
(``+86 21 3895 4600``), for whether a contact can be reached at all.
"""

from __future__ import annotations

import re

from .. import lazyre

# The exchanges a ticker names ("(NASDAQ: ACME)"); Hong Kong listings are also written "(00853.HK)".
EXCHANGES = r"NYSE(?:\s+American)?|NASDAQ|Nasdaq|HKEX|SEHK|TSX(?:V)?|ASX|LSE|OTC\w*|CSE|AMEX"
TICKER = lazyre.compile(rf"\((?:{EXCHANGES})\s*:\s*[\w.]+\)|\(\d{{4,5}}\.HK\)|\(HK\s*\d{{4,5}}\)")
# A ticker in parentheses, perhaps with more inside: "(00853.HK, MicroPort®)" writes "(00853.HK)".
TICKER_IN_PARENTHESES = re.compile(
    rf"\([^()\n]{{0,60}}?(?<![\w.])(?P<ticker>\d{{4,5}}\.HK|HK\s*\d{{4,5}}|(?:{EXCHANGES})\s*:\s*[\w.]*\w)(?![\w])"
    r"[^()\n]{0,60}?\)")
_EXCHANGE_SYMBOL = re.compile(r"\((?P<exchange>[A-Za-z][\w ]*?)\s*:\s*(?P<symbol>[\w.]+)\)")
_HK = re.compile(r"\((?:(?P<a>\d{4,5})\.HK|HK\s*(?P<b>\d{4,5}))\)")

EMAIL = lazyre.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[[^\]]*@[^\]]*\]")
PHONE_NUMBER = lazyre.compile(r"\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}")
DIALLABLE = lazyre.compile(r"(?:\+?\d[\d\s().-]{7,}\d)")


def listing(form: str) -> tuple[str, str] | None:
    """(exchange, symbol) of a ticker as written: "(NASDAQ: ABCD)", "(00853.HK)", "(HK 00853)"."""
    m = _HK.fullmatch(form)
    if m:
        return "HKEX", m.group("a") or m.group("b")
    m = _EXCHANGE_SYMBOL.fullmatch(form)
    if m:
        exchange = " ".join(m.group("exchange").split())
        return ("HKEX" if exchange == "SEHK" else exchange.upper() if exchange != "NYSE American" else exchange), m.group("symbol")
    return None
