"""The result cache: a warm run reports exactly what a cold run reports, never a stale finding."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from conftest import relint_command

OLD = "SHANGHAI, Dec. 12, 2019 — MicroPort First Vice President Xiang He attended.\n"
NEW = "SHANGHAI, Nov. 24, 2020 — MicroPort First Vice President Xiang He attended.\n"
PROMOTED = "SHANGHAI, Nov. 24, 2020 — MicroPort Senior Vice President Xiang He attended.\n"


def relint(*args: str, cache: Path, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "RELINT_CACHE_DIR": str(cache)}
    return subprocess.run([*relint_command(), "check", "--format", "json", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


def findings(run: subprocess.CompletedProcess) -> list[tuple]:
    return sorted((d["path"], d["code"], d["line"], d["column"], d["message"]) for d in json.loads(run.stdout))


def entries(cache: Path, kind: str) -> list[Path]:
    return sorted((cache / "v1" / kind).rglob("*.json")) if (cache / "v1" / kind).is_dir() else []


@pytest.fixture
def releases(release_folder):
    return release_folder({"2019-12-12.txt": OLD, "2020-11-24.txt": NEW,
                           "draft.md": "# Acme Grows\n\nNEW YORK, June 2, 2025 — Acme grew whilst hiring.\n"})


def test_a_warm_run_reports_what_a_cold_run_reports(releases, tmp_path):
    cache = tmp_path / "cache"
    cold = relint("--no-cache", ".", cache=cache, cwd=releases)
    assert not cache.exists(), "--no-cache writes nothing"
    first = relint(".", cache=cache, cwd=releases)
    assert len(entries(cache, "result")) == 3 and len(entries(cache, "facts")) == 3
    assert len(entries(cache, "requirements")) == 1, "what proselint's patterns require, kept for the next start"
    stamp = {p: p.stat().st_mtime_ns for p in entries(cache, "result")}
    warm = relint(".", cache=cache, cwd=releases)
    assert findings(cold) == findings(first) == findings(warm) and findings(warm)
    assert (cold.returncode, cold.stderr) == (warm.returncode, warm.stderr)
    assert {p: p.stat().st_mtime_ns for p in entries(cache, "result")} == stamp, "the warm run wrote nothing"
    assert (cache / ".gitignore").read_text(encoding="utf-8").strip().endswith("*")
    assert (cache / "CACHEDIR.TAG").is_file()


def test_a_changed_release_changes_the_cross_release_findings_of_the_others(releases, tmp_path):
    cache = tmp_path / "cache"
    before = relint(".", cache=cache, cwd=releases)
    assert not [f for f in findings(before) if f[1] == "RL303"]
    (releases / "2020-11-24.txt").write_text(PROMOTED, encoding="utf-8")
    after = relint(".", cache=cache, cwd=releases)
    cold = relint("--no-cache", ".", cache=tmp_path / "unused", cwd=releases)
    assert findings(after) == findings(cold)
    across = {f[0] for f in findings(after) if f[1] == "RL303"}
    assert across, "the title change is reported across releases"


def test_a_change_no_corpus_summary_shows_relints_only_that_release(releases, tmp_path):
    cache = tmp_path / "cache"
    draft = "# Acme Grows\n\nNEW YORK, June 2, 2025 — Acme grew whilst hiring for AcmeCloud®.\n"
    (releases / "draft.md").write_text(draft, encoding="utf-8")
    relint(".", cache=cache, cwd=releases)
    stamp = {p: p.stat().st_mtime_ns for p in entries(cache, "result")}
    facts = set(entries(cache, "facts"))
    # The draft's facts change (AcmeCloud® is marked twice now), the corpus summaries do not.
    (releases / "draft.md").write_text(draft + "\nAcmeCloud® serves 40 towns.\n", encoding="utf-8")
    after = relint(".", cache=cache, cwd=releases)
    assert len(set(entries(cache, "facts")) - facts) == 1
    assert findings(after) == findings(relint("--no-cache", ".", cache=tmp_path / "unused", cwd=releases))
    new = [p for p in entries(cache, "result") if p not in stamp]
    assert len(new) == 1, "only the changed release was linted again"
    assert all(p.stat().st_mtime_ns == t for p, t in stamp.items())


def test_settings_are_part_of_the_key(releases, tmp_path):
    cache = tmp_path / "cache"
    relint(".", cache=cache, cwd=releases)
    narrowed = relint("--select", "RL7", ".", cache=cache, cwd=releases)
    assert findings(narrowed) == findings(relint("--no-cache", "--select", "RL7", ".", cache=cache, cwd=releases))
    assert {f[1] for f in findings(narrowed)} <= {c for c in {f[1] for f in findings(narrowed)} if c.startswith("RL7")}


def test_damaged_or_hostile_entries_are_misses_not_errors(releases, tmp_path):
    cache = tmp_path / "cache"
    expected = findings(relint(".", cache=cache, cwd=releases))
    damage = ["{", '{"d": 5}', "[[1, 2]]", '"\\ud800"', "null", '{"d": [["RL116", 5], ["RL303", 5], ["RL210", 5]]}']
    for number, entry in enumerate(entries(cache, "result") + entries(cache, "facts")):
        entry.write_text(damage[number % len(damage)], encoding="utf-8")
    for entry in entries(cache, "facts"):  # facts of the right shape that no rule can read
        entry.write_text(damage[-1], encoding="utf-8")
    again = relint(".", cache=cache, cwd=releases)
    assert again.stderr == "" or "Traceback" not in again.stderr
    assert findings(again) == expected


def test_an_unwritable_cache_folder_costs_only_the_cache(releases, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder would go\n", encoding="utf-8")
    run = relint(".", cache=blocked, cwd=releases)
    assert "Traceback" not in run.stderr
    assert findings(run) == findings(relint("--no-cache", ".", cache=blocked, cwd=releases))


def test_two_runs_can_share_a_cache_folder(releases, tmp_path):
    cache = tmp_path / "cache"
    env = {**os.environ, "RELINT_CACHE_DIR": str(cache)}
    command = [*relint_command(), "check", "--format", "json", "."]
    runs = [subprocess.Popen(command, cwd=releases, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(3)]
    outputs = [run.communicate(timeout=120) for run in runs]
    assert all("Traceback" not in err for _, err in outputs)
    assert len({out for out, _ in outputs}) == 1
    assert not [p for p in cache.rglob("*.tmp")], "no temporary file is left behind"


def test_fix_always_lints_afresh_and_never_reads_the_cache(releases, tmp_path):
    cache = tmp_path / "cache"
    relint(".", cache=cache, cwd=releases)
    for entry in entries(cache, "result"):
        entry.write_text("[]", encoding="utf-8")  # a cache that (wrongly) says: nothing to fix
    relint("--fix", ".", cache=cache, cwd=releases)
    assert "whilst" not in (releases / "draft.md").read_text(encoding="utf-8")
