"""The PL family reports what proselint 0.16 reports: same check, same offsets, same message."""

from __future__ import annotations

import pytest

from relint.checks.proselint_bridge import DEFAULT_ON, OFF_BECAUSE
from relint.proselint_codes import PL_CODES
from relint.proselint_compare import proselint_results, relint_results
from relint.registry import default_registry

TEXTS = [
    "The the company will utilize synergies. At the end of the day, it is very unique.",
    "In the year of our Lord, thou shalt not. It was 12 PM. He said \"at the end of the day\" twice.",
    "We are absolutely certain!!! The meeting is at 5 pm. The ATM machine was broken. Irregardless, it works.",
    "Smith & Co. (C) 2024. The 1990's were good. A 3x4 grid...  Two  spaces. I could care less.",
    "The chairman met the fireman. TODO: fix this. Deep-six it. In close proximity, the end result was free gift.",
    "She is very very good. “Quoted cliché: at the end of the day.” A completely unique solution.",
    "Line one\nline two with a lot of redundancy, ATM machine and PIN number.\n\nMonday, June 4 2025.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_same_findings_as_proselint(text):
    expected = proselint_results(text)
    assert expected, "the test text should give proselint something to say"
    assert relint_results(text) == expected


def test_every_proselint_check_has_a_stable_code_and_name():
    from proselint.checks import __register__

    assert {c.path for c in __register__} == set(PL_CODES)
    codes = list(PL_CODES.values())
    assert len(set(codes)) == len(codes) and all(c.startswith("PL") for c in codes)
    registry = default_registry()
    for path, code in PL_CODES.items():
        spec = registry.get(code)
        assert spec.name == path.replace(".", "-").replace("_", "-")
        assert spec.enabled_by_default == (path in DEFAULT_ON)
