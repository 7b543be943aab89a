"""The trademark registry's validation (the rules themselves: tests/cases/trademarks)."""

from __future__ import annotations

import pytest

from relint.config.load import config_from_mapping
from relint.read.sources import SourceError


def test_registry_entries_need_a_mark_and_a_known_policy():
    with pytest.raises(SourceError, match=r"house.trademarks\[0\]: each entry needs 'mark'"):
        config_from_mapping({"house": {"trademarks": [{"symbol": "®"}]}})
    with pytest.raises(SourceError, match="'every' is not one of"):
        config_from_mapping({"house": {"trademarks": [{"mark": "A", "policy": "every"}]}})


