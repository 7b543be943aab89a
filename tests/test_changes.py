"""--changed-since reports only lines changed since a git ref; --show-fixes lists what --fix did."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from click.testing import CliRunner

from relint.cli import main

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

OLD = "# Acme Grows\n\nNEW YORK, June 2, 2025 — Acme grew whilst hiring.\n\nThe plant will employ TK people.\n"


def git(cwd, *args):
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"}
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, env=env)


def run(cwd, *args):
    old = os.getcwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(main, list(args), catch_exceptions=False)
    finally:
        os.chdir(old)


@pytest.fixture
def repo(tmp_path):
    git(tmp_path, "init", "-q")
    (tmp_path / "a.md").write_text(OLD, encoding="utf-8")
    git(tmp_path, "add", "a.md")
    git(tmp_path, "commit", "-q", "-m", "old release")
    return tmp_path


def test_only_changed_lines_are_reported(repo):
    (repo / "a.md").write_text(OLD + "\nWe will hire TK drivers amongst others.\n", encoding="utf-8")
    (repo / "new.md").write_text(OLD, encoding="utf-8")
    out = run(repo, "check", "--format", "concise", "--select", "RL7", "--changed-since", "HEAD", ".").stdout
    lines = out.splitlines()
    assert {line.split(":")[0] for line in lines} == {"a.md", "new.md"}
    assert [line.split(":")[1] for line in lines if line.startswith("a.md")] == ["7", "7"]
    assert len([line for line in lines if line.startswith("new.md")]) == 2  # a new file: every line


def test_an_unknown_ref_is_an_error(repo):
    result = run(repo, "check", "--changed-since", "no-such-ref", ".")
    assert result.exit_code == 2 and "'no-such-ref' is not a commit git knows here" in result.stderr


def test_show_fixes(repo):
    result = run(repo, "check", "--fix", "--show-fixes", "--select", "RL702", "a.md")
    assert "a.md:3: fixed [RL702 british-spelling] Replace with 'while'" in result.stderr
    assert "while hiring" in (repo / "a.md").read_text(encoding="utf-8")
