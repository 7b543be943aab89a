"""Replay: the same command over unchanged inputs prints the same report without linting; any change
to what the run read (a release, a config, a boilerplate text, a folder's listing) runs it again."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from conftest import relint_command

CONFIG = """fail-on: warning
house:
  company: Acme
  boilerplate:
    - heading: About Acme
      company: Acme
      file: about-acme.md
"""
ABOUT = "Acme makes anvils for the trade and has done so since 1920, from its works in Ohio."
RELEASE = ("# Acme Grows\n\nNEW YORK, June 2, 2025 — Acme grew whilst hiring.\n\n"
           "## About Acme\n\nAcme makes anvils for the trade and has done so since 1920, from its works in Ohio.\n")
MARKER = "THIS REPORT WAS REPLAYED\n"


def relint(*args: str, cwd: Path, cache: Path, env: dict | None = None, stdin: str | None = None):
    environment = {**os.environ, "RELINT_CACHE_DIR": str(cache), **(env or {})}
    return subprocess.run([*relint_command(), "check", *args], cwd=cwd, env=environment, input=stdin,
                          capture_output=True, text=True, timeout=120)


def entries(cache: Path) -> list[Path]:
    folder = cache / "v1" / "run"
    return sorted(folder.rglob("*.json")) if folder.is_dir() else []


def mark_replayed(cache: Path) -> None:
    """Put a marker in every recorded report: a run that prints it was replayed, not linted."""
    for entry in entries(cache):
        data = json.loads(entry.read_text(encoding="utf-8"))
        data["output"] = [[1, MARKER]] + data["output"]
        entry.write_text(json.dumps(data), encoding="utf-8")


@pytest.fixture
def project(release_folder):
    return release_folder({".relint.yaml": CONFIG, "about-acme.md": ABOUT + "\n", "releases/one.md": RELEASE,
                           "releases/two.txt": "PARIS, May 5, 2025 — Acme opened  an office.\n"}, name="project")


def test_an_unchanged_run_is_replayed_with_the_same_report_and_exit_status(project, tmp_path):
    cache = tmp_path / "cache"
    first = relint("releases", cwd=project, cache=cache)
    assert first.returncode == 1 and "whilst" in first.stdout, first.stderr
    assert len(entries(cache)) == 1
    second = relint("releases", cwd=project, cache=cache)
    assert (second.stdout, second.stderr, second.returncode) == (first.stdout, first.stderr, first.returncode)
    mark_replayed(cache)
    third = relint("releases", cwd=project, cache=cache)
    assert third.stdout == MARKER + first.stdout and third.returncode == 1


def test_stdout_and_stderr_are_replayed_in_their_order(project, tmp_path):
    cache = tmp_path / "cache"
    relint("releases", "--format", "concise", cwd=project, cache=cache)
    data = json.loads(entries(cache)[0].read_text(encoding="utf-8"))
    assert [number for number, _ in data["output"]] == [1, 2], "the report, then the summary line"
    assert data["exit"] == 1


CHANGES = {
    "a release's text": lambda root: (root / "releases" / "one.md").write_text(RELEASE.replace("whilst", "while")),
    "a new release in a linted folder": lambda root: (root / "releases" / "three.md").write_text("Text.\n"),
    "a release removed": lambda root: (root / "releases" / "two.txt").unlink(),
    "the config": lambda root: (root / ".relint.yaml").write_text(CONFIG + "ignore: [PL]\n"),
    "the boilerplate text": lambda root: (root / "about-acme.md").write_text("Acme makes rockets.\n"),
    "a nearer config file": lambda root: (root / "releases" / ".relint.yml").write_text("ignore: [PL]\n"),
    "a new subfolder of releases": lambda root: (root / "releases" / "2026").mkdir(),
}


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_any_change_to_what_the_run_read_runs_it_again(project, tmp_path, change):
    cache = tmp_path / "cache"
    relint("releases", cwd=project, cache=cache)
    mark_replayed(cache)
    CHANGES[change](project)
    again = relint("releases", cwd=project, cache=cache)
    fresh = relint("releases", "--no-cache", cwd=project, cache=tmp_path / "other")
    assert MARKER not in again.stdout
    assert (again.stdout, again.stderr, again.returncode) == (fresh.stdout, fresh.stderr, fresh.returncode)


def test_a_symbolic_link_pointed_elsewhere_runs_it_again(project, tmp_path):
    (project / "v2").mkdir()
    (project / "v2" / "one.md").write_text(RELEASE, encoding="utf-8")
    (project / "v2" / "two.txt").write_text((project / "releases" / "two.txt").read_text(), encoding="utf-8")
    (project / "v2" / ".relint.yml").write_text("ignore: [PL]\n", encoding="utf-8")
    (project / "current").symlink_to("releases")
    cache = tmp_path / "cache"
    relint("current", cwd=project, cache=cache)
    mark_replayed(cache)
    (project / "current").unlink()
    (project / "current").symlink_to("v2")
    again = relint("current", cwd=project, cache=cache)
    assert MARKER not in again.stdout
    assert again.stdout == relint("current", "--no-cache", cwd=project, cache=tmp_path / "other").stdout


def test_files_the_run_never_looks_at_do_not_stop_a_replay(project, tmp_path):
    cache = tmp_path / "cache"
    relint("releases", cwd=project, cache=cache)
    mark_replayed(cache)
    (project / "releases" / ".notes").write_text("hidden: not a release\n")
    (project / "README").write_text("not in a linted folder\n")
    assert relint("releases", cwd=project, cache=cache).stdout.startswith(MARKER)


def test_the_command_line_the_folder_and_the_environment_are_part_of_the_key(project, tmp_path):
    cache = tmp_path / "cache"
    relint("releases", cwd=project, cache=cache)
    mark_replayed(cache)
    for args, cwd, env in ((("releases", "--format", "concise"), project, None),
                           (("releases/one.md", "releases/two.txt"), project, None),
                           (("one.md", "two.txt"), project / "releases", None),
                           (("releases",), project, {"NO_COLOR": "1"}),
                           (("releases", "--today", "2025-06-03"), project, None)):
        assert MARKER not in relint(*args, cwd=cwd, cache=cache, env=env).stdout, (args, cwd, env)
    assert len(entries(cache)) == 6


def test_runs_that_write_read_stdin_or_fail_are_never_recorded(project, tmp_path):
    cache = tmp_path / "cache"
    relint("releases", "--fix", cwd=project, cache=cache)
    relint("releases", "--diff", cwd=project, cache=cache)
    relint("releases", "--output-file", "report.txt", cwd=project, cache=cache)
    relint("-", "--stdin-filename", "x.md", cwd=project, cache=cache, stdin="Acme grew whilst hiring.\n")
    relint("releases", "--no-cache", cwd=project, cache=cache)
    missing = relint("releases", "nowhere.md", cwd=project, cache=cache)
    assert missing.returncode == 2 and "nowhere.md" in missing.stderr
    assert entries(cache) == []


def test_a_corpus_glob_is_never_replayed(project, tmp_path):
    (project / ".relint.yaml").write_text(CONFIG + "corpus: ['published/**/*.md']\n")
    cache = tmp_path / "cache"
    relint("releases", cwd=project, cache=cache)
    assert entries(cache) == []


@pytest.mark.parametrize("damage", ["", "{", "[]", '{"exit": 0, "files": {}, "folders": [], "links": {}, '
                                                   '"output": [[3, "x"]]}',
                                    '{"exit": 0, "files": {"/nonexistent": "0"}, "folders": [], "links": {}, '
                                    '"output": [[1, "stale\\n"]]}',
                                    '{"exit": 0, "files": {}, "folders": [["/", 5, "x"]], "links": {}, "output": []}'])
def test_a_damaged_or_stale_entry_is_a_miss_never_a_traceback(project, tmp_path, damage):
    cache = tmp_path / "cache"
    first = relint("releases", cwd=project, cache=cache)
    for entry in entries(cache):
        entry.write_text(damage, encoding="utf-8")
    again = relint("releases", cwd=project, cache=cache)
    assert (again.stdout, again.stderr, again.returncode) == (first.stdout, first.stderr, first.returncode)


def test_an_unwritable_cache_costs_only_the_replay(project, tmp_path):
    blocker = tmp_path / "cache"
    blocker.write_text("a file, not a folder\n")
    first = relint("releases", cwd=project, cache=blocker)
    second = relint("releases", cwd=project, cache=blocker)
    assert first.returncode == second.returncode == 1 and first.stdout == second.stdout
    assert "Traceback" not in first.stderr + second.stderr


def _extends_through_a_link(root: Path):
    for version, extra in (("v1", ""), ("v2", "ignore: [PL, RL]\n")):
        (root / version).mkdir()
        (root / version / "base.yaml").write_text("fail-on: warning\n" + extra, encoding="utf-8")
    (root / "shared").symlink_to("v1")
    (root / ".relint.yaml").write_text("extends: shared/base.yaml\n", encoding="utf-8")

    def change():
        (root / "shared").unlink()
        (root / "shared").symlink_to("v2")
    return change


def _a_walked_link_becomes_a_folder(root: Path):
    (root / "elsewhere").mkdir()
    (root / "releases" / "sub").symlink_to(root / "elsewhere")  # a walk does not follow it

    def change():
        (root / "releases" / "sub").unlink()
        (root / "releases" / "sub").mkdir()
        (root / "releases" / "sub" / "bad.md").write_text(RELEASE, encoding="utf-8")
    return change


def _a_folder_becomes_a_link(root: Path):
    other = root / "other"
    other.mkdir()
    (other / ".relint.yml").write_text("ignore: [PL, RL]\n", encoding="utf-8")

    def change():
        (root / "releases").rename(other / "releases")
        (root / "releases").symlink_to(other / "releases")
    return change


def _a_dangling_config_link_gets_its_target(root: Path):
    (root / "releases" / ".relint.yaml").symlink_to(root / "later.yaml")

    def change():
        (root / "later.yaml").write_text("ignore: [PL, RL]\n", encoding="utf-8")
    return change


LINK_CHANGES = {f.__name__.strip("_"): f for f in (_extends_through_a_link, _a_walked_link_becomes_a_folder,
                                                    _a_folder_becomes_a_link, _a_dangling_config_link_gets_its_target)}


@pytest.mark.parametrize("case", sorted(LINK_CHANGES))
def test_links_the_run_went_through_or_past_are_checked_again(project, tmp_path, case):
    change = LINK_CHANGES[case](project)
    cache = tmp_path / "cache"
    relint("releases", cwd=project, cache=cache)
    assert len(entries(cache)) == 1, "the first run was recorded"
    mark_replayed(cache)
    change()
    again = relint("releases", cwd=project, cache=cache)
    fresh = relint("releases", "--no-cache", cwd=project, cache=tmp_path / "other-cache")
    assert MARKER not in again.stdout
    assert (again.stdout, again.returncode) == (fresh.stdout, fresh.returncode)
