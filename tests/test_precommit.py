"""The hooks in .pre-commit-hooks.yaml, run by the real pre-commit tool against a temporary repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PRE_COMMIT = shutil.which("pre-commit") or str(Path(sys.executable).parent / "pre-commit")

pytestmark = pytest.mark.skipif(
    shutil.which("git") is None or not Path(PRE_COMMIT).exists() or not (ROOT / ".git").exists(),
    reason="needs git, pre-commit (the test extra) and a git checkout of relint",
)

BAD = "# Acme Grows\n\nNEW YORK, June 2, 2025 — Acme grew whilst hiring TK people.\n\nMedia contact: press@acme.example\n"
GOOD = "# Acme Grows\n\nNEW YORK, June 2, 2025 — Acme grew while hiring 40 people.\n\nMedia contact: press@acme.example\n"


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    return tmp_path_factory.mktemp("pre-commit-home")  # one hook environment for the module


def git(cwd, *args):
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"}
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, env=env)


def try_repo(cwd, home, hook, *files):
    env = {**os.environ, "PRE_COMMIT_HOME": str(home)}
    return subprocess.run([PRE_COMMIT, "try-repo", str(ROOT), hook, "--files", *files], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=600)


@pytest.fixture
def repo(tmp_path):
    git(tmp_path, "init", "-q")
    return tmp_path


def test_a_bad_draft_fails_the_hook_and_a_good_one_passes(repo, home):
    (repo / "bad.md").write_text(BAD, encoding="utf-8")
    (repo / "good.md").write_text(GOOD, encoding="utf-8")
    git(repo, "add", "bad.md", "good.md")
    bad = try_repo(repo, home, "relint", "bad.md")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "[RL701 placeholder-text]" in bad.stdout
    good = try_repo(repo, home, "relint", "good.md")
    assert good.returncode == 0, good.stdout + good.stderr


def test_the_fix_hook_fixes_safely_then_passes(repo, home):
    draft = repo / "draft.md"
    draft.write_text(BAD.replace(" TK people", " 40 people"), encoding="utf-8")
    git(repo, "add", "draft.md")
    first = try_repo(repo, home, "relint-fix", "draft.md")
    assert first.returncode == 1  # pre-commit fails a hook that changed files
    assert "while hiring" in draft.read_text(encoding="utf-8")
    git(repo, "add", "draft.md")
    second = try_repo(repo, home, "relint-fix", "draft.md")
    assert second.returncode == 0, second.stdout + second.stderr


WARNED = "# Acme Grows\n\nNEW YORK, June 2, 2025 — Acme grew whilst hiring 40 people.\n\nMedia contact: press@acme.example\n"


def test_a_warning_fails_the_hook_by_default_and_shows_when_the_house_lets_it_pass(repo, home):
    (repo / "draft.md").write_text(WARNED, encoding="utf-8")
    git(repo, "add", "draft.md")
    failed = try_repo(repo, home, "relint", "draft.md")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "draft.md:3:" in failed.stdout and "[RL702 british-spelling]" in failed.stdout
    (repo / ".relint.yaml").write_text("fail-on: error\n", encoding="utf-8")
    git(repo, "add", ".relint.yaml")
    passed = try_repo(repo, home, "relint", "draft.md")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "warning:" in passed.stdout and "[RL702 british-spelling]" in passed.stdout  # verbose: shown on a pass


def test_a_passing_report_is_short(repo, home):
    (repo / "good.md").write_text(GOOD, encoding="utf-8")
    git(repo, "add", "good.md")
    good = try_repo(repo, home, "relint", "good.md")
    assert good.returncode == 0, good.stdout + good.stderr
    hook_output = good.stdout.split("- duration:")[-1] if "- duration:" in good.stdout else good.stdout
    relint_lines = [line for line in hook_output.splitlines() if line.strip() and "good.md" in line]
    assert len(relint_lines) <= 3, good.stdout
    assert "^" not in hook_output  # concise: no source excerpts
