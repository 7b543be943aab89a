"""Suppression comments and front matter, and RL002 for the ones that hide nothing."""

from __future__ import annotations

import pytest

BAD = "The plant will hire TK people whilst growing."


def codes(run_lint, text, select=("RL7", "RL002"), path="x.md"):
    return sorted((d.code, d.start.line) for d in run_lint(text, select=list(select), path=path))


@pytest.mark.parametrize("path", ["x.md", "x.txt"])
def test_disable_next_line_by_code_and_by_name(run_lint, path):
    text = f"<!-- relint-disable-next-line RL701 -->\n{BAD}\n<!-- relint-disable-next-line british-spelling -->\n{BAD}\n"
    assert codes(run_lint, text, path=path) == [("RL701", 4), ("RL702", 2)]


def test_disable_and_enable_a_range_with_a_prefix(run_lint):
    text = f"{BAD}\n<!-- relint-disable RL7 -->\n{BAD}\n{BAD}\n<!-- relint-enable RL7 -->\n{BAD}\n"
    assert codes(run_lint, text) == [("RL701", 1), ("RL701", 6), ("RL702", 1), ("RL702", 6)]


def test_disable_file_and_front_matter(run_lint):
    assert codes(run_lint, f"<!-- relint-disable-file -->\n{BAD}\n") == []
    assert codes(run_lint, f"<!-- relint-disable-file RL702 -->\n{BAD}\n") == [("RL701", 2)]
    front = f"---\nrelint:\n  ignore: [RL701]\n---\n{BAD}\n"
    assert codes(run_lint, front) == [("RL702", 5)]


def test_a_suppression_that_hides_nothing_is_reported(run_lint):
    text = "<!-- relint-disable-next-line RL701 -->\nAll is well.\n"
    found = run_lint(text, select=["RL7", "RL002"])
    assert [(d.code, d.start.line) for d in found] == [("RL002", 1)]
    assert "hides nothing" in found[0].message


def test_an_unused_suppression_for_a_rule_not_run_is_left_alone(run_lint):
    text = "<!-- relint-disable-next-line RL305 -->\nAll is well.\n"
    assert codes(run_lint, text) == []


def test_a_misspelled_suppression_is_reported_and_hides_nothing(run_lint):
    text = f"<!-- relint-disabel-next-line RL701 -->\n{BAD}\n"
    assert codes(run_lint, text) == [("RL002", 1), ("RL701", 2), ("RL702", 2)]
