"""The hooks in .pre-commit-hooks.yaml, run by the real pre-commit tool (``pre-commit run`` with a
.pre-commit-config.yaml naming this checkout) in a temporary repository."""

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
def hooks(tmp_path_factory):
    """(repo, rev) of this checkout for pre-commit to install: a clone holding the working tree's
    changes as one commit, as ``pre-commit try-repo`` makes, so the hooks run the code under test.
    Made once, with one pre-commit home, so the hook environment is installed once a module (each
    ``try-repo`` installs it afresh in a throwaway store: about 3 s a call)."""
    shadow = tmp_path_factory.mktemp("relint-hooks") / "relint"
    git(ROOT.parent, "clone", "-q", "--no-hardlinks", str(ROOT), str(shadow))
    changed = git_output(ROOT, "ls-files", "-z", "--modified", "--others", "--exclude-standard")
    deleted = set(git_output(ROOT, "ls-files", "-z", "--deleted"))
    for name in changed:
        if name in deleted:
            (shadow / name).unlink(missing_ok=True)
        elif (ROOT / name).is_file():
            (shadow / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, shadow / name)
    git(shadow, "add", "-A")
    if git_output(shadow, "status", "--porcelain"):
        git(shadow, "commit", "-q", "-m", "the working tree under test")
    return shadow, git_output(shadow, "rev-parse", "HEAD")[0].strip()


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    return tmp_path_factory.mktemp("pre-commit-home")  # one hook environment for the module


GIT_ENV = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"}


def git(cwd, *args):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, env={**os.environ, **GIT_ENV})


def git_output(cwd, *args) -> list[str]:
    out = subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True,
                         env={**os.environ, **GIT_ENV}).stdout
    return [part for part in out.split("\0" if "-z" in args else "\n") if part]


def run_hook(cwd, hooks, home, hook, *files):
    """``pre-commit run HOOK --files …`` in ``cwd``, with a .pre-commit-config.yaml naming this
    checkout as its repository (staged, as pre-commit requires)."""
    repo, rev = hooks
    (cwd / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {repo}\n    rev: {rev}\n    hooks:\n      - id: {hook}\n", encoding="utf-8")
    git(cwd, "add", ".pre-commit-config.yaml")
    env = {**os.environ, "PRE_COMMIT_HOME": str(home)}
    return subprocess.run([PRE_COMMIT, "run", hook, "--files", *files], cwd=cwd, env=env,
                          check=False, capture_output=True, text=True, timeout=600)


@pytest.fixture
def repo(tmp_path):
    git(tmp_path, "init", "-q")
    return tmp_path


def test_a_bad_draft_fails_the_hook_and_a_good_one_passes(repo, hooks, home):
    (repo / "bad.md").write_text(BAD, encoding="utf-8")
    (repo / "good.md").write_text(GOOD, encoding="utf-8")
    git(repo, "add", "bad.md", "good.md")
    bad = run_hook(repo, hooks, home, "relint", "bad.md")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "[RL701 placeholder-text]" in bad.stdout
    good = run_hook(repo, hooks, home, "relint", "good.md")
    assert good.returncode == 0, good.stdout + good.stderr


def test_the_fix_hook_fixes_safely_then_passes(repo, hooks, home):
    draft = repo / "draft.md"
    draft.write_text(BAD.replace(" TK people", " 40 people"), encoding="utf-8")
    git(repo, "add", "draft.md")
    first = run_hook(repo, hooks, home, "relint-fix", "draft.md")
    assert first.returncode == 1  # pre-commit fails a hook that changed files
    assert "while hiring" in draft.read_text(encoding="utf-8")
    git(repo, "add", "draft.md")
    second = run_hook(repo, hooks, home, "relint-fix", "draft.md")
    assert second.returncode == 0, second.stdout + second.stderr


WARNED = "# Acme Grows\n\nNEW YORK, June 2, 2025 — Acme grew whilst hiring 40 people.\n\nMedia contact: press@acme.example\n"


def test_a_warning_fails_the_hook_by_default_and_shows_when_the_house_lets_it_pass(repo, hooks, home):
    (repo / "draft.md").write_text(WARNED, encoding="utf-8")
    git(repo, "add", "draft.md")
    failed = run_hook(repo, hooks, home, "relint", "draft.md")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "draft.md:3:" in failed.stdout and "[RL702 british-spelling]" in failed.stdout
    (repo / ".relint.yaml").write_text("fail-on: error\n", encoding="utf-8")
    git(repo, "add", ".relint.yaml")
    passed = run_hook(repo, hooks, home, "relint", "draft.md")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "warning:" in passed.stdout and "[RL702 british-spelling]" in passed.stdout  # verbose: shown on a pass


def test_a_passing_report_is_short(repo, hooks, home):
    (repo / "good.md").write_text(GOOD, encoding="utf-8")
    git(repo, "add", "good.md")
    good = run_hook(repo, hooks, home, "relint", "good.md")
    assert good.returncode == 0, good.stdout + good.stderr
    hook_output = good.stdout.split("- duration:")[-1] if "- duration:" in good.stdout else good.stdout
    relint_lines = [line for line in hook_output.splitlines() if line.strip() and "good.md" in line]
    assert len(relint_lines) <= 3, good.stdout
    assert "^" not in hook_output  # concise: no source excerpts
