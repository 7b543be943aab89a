"""The command line as users see it: formats, exit codes, errors, fixes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from relint.cli import main

ROOT = Path(__file__).resolve().parents[1]

BAD = "# Acme Grows\n\nNEW YORK, June 2, 2025 — Acme grew whilst hiring TK engineers.\n"
GOOD = "# Acme Grows\n\nNEW YORK, June 2, 2025 — Acme grew while hiring 40 engineers.\n"
CONCISE = re.compile(r"^(?P<path>[^:\n]+):(?P<line>\d+):(?P<col>\d+): (?P<sev>error|warning|info): (?P<msg>.+) \[(?P<code>[A-Z]+\d+) (?P<name>[a-z0-9-]+)\]$")


def run(*args, input=None, cwd=None):
    runner = CliRunner()
    if cwd is not None:
        old = os.getcwd()
        os.chdir(cwd)
    try:
        return runner.invoke(main, list(args), input=input, catch_exceptions=False)
    finally:
        if cwd is not None:
            os.chdir(old)


@pytest.fixture
def drafts(tmp_path):
    (tmp_path / "bad.md").write_text(BAD, encoding="utf-8")
    (tmp_path / "good.md").write_text(GOOD, encoding="utf-8")
    return tmp_path


def test_concise_format_is_exactly_one_parsable_line_per_finding(drafts):
    result = run("check", "--format", "concise", "--select", "RL7", str(drafts / "bad.md"))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    parsed = [CONCISE.match(line).groupdict() for line in lines]
    assert [(p["line"], p["col"], p["code"], p["sev"]) for p in parsed] == [
        ("3", "36", "RL702", "warning"), ("3", "50", "RL701", "error")]
    assert parsed[0]["path"] == str(drafts / "bad.md")


def test_full_format_shows_the_source_line_a_caret_and_the_fix(drafts):
    result = run("check", str(drafts / "bad.md"))
    out = result.stdout
    assert "3 | NEW YORK, June 2, 2025 — Acme grew whilst hiring TK engineers." in out
    caret_line = out.splitlines()[out.splitlines().index(next(l for l in out.splitlines() if "whilst hiring" in l)) + 1]
    assert caret_line.index("^^^^^^") == out.splitlines()[2].index("whilst")
    assert "= help: Replace with 'while'" in out


def test_json_format(drafts):
    result = run("check", "--format", "json", "--select", "RL7", str(drafts / "bad.md"))
    data = json.loads(result.stdout)
    assert [d["code"] for d in data] == ["RL702", "RL701"]
    first = data[0]
    assert set(first) >= {"path", "line", "column", "end_line", "end_column", "code", "name", "severity", "message", "fix"}
    assert (first["line"], first["column"], first["end_line"], first["end_column"]) == (3, 36, 3, 42)
    assert first["fix"]["applicability"] == "safe" and first["fix"]["replacement"] == "while"
    assert data[1]["fix"] is None


def test_exit_codes(drafts):
    assert run("check", str(drafts / "good.md")).exit_code == 0
    assert run("check", str(drafts / "bad.md")).exit_code == 1
    assert run("check", "--exit-zero", str(drafts / "bad.md")).exit_code == 0
    # A warning fails the run by default; info never does.
    assert run("check", "--ignore", "RL701", str(drafts / "bad.md")).exit_code == 1
    assert run("check", "--ignore", "RL701", "--fail-on", "error", str(drafts / "bad.md")).exit_code == 0
    assert run("check", "--ignore", "RL701", "--fail-on", "warning", str(drafts / "bad.md")).exit_code == 1


def test_missing_path_is_an_error_and_the_other_files_are_still_linted(drafts):
    result = run("check", "--format", "concise", str(drafts / "nope.md"), str(drafts / "bad.md"))
    assert result.exit_code == 2
    assert "RL701" in result.stdout
    assert f"relint: error: {drafts / 'nope.md'}: no such file or directory" in result.stderr


@pytest.mark.parametrize("content, fragment", [
    (b"\x00\x01\x02binary\x00", "binary file"),
    ("Caf\u00e9 news\n".encode("latin-1"), "not valid UTF-8 (byte 0xe9 at line 1, column 4)"),
])
def test_unreadable_files_get_one_line_naming_the_file(drafts, content, fragment):
    odd = drafts / "odd.md"
    odd.write_bytes(content)
    result = run("check", "--format", "concise", str(drafts))
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("relint: error:")]
    assert len(errors) == 1 and str(odd) in errors[0] and fragment in errors[0]
    assert "RL701" in result.stdout


def test_utf8_bom_and_utf16_are_read(drafts):
    (drafts / "bom.md").write_bytes(b"\xef\xbb\xbf" + BAD.encode())
    (drafts / "utf16.md").write_bytes(BAD.encode("utf-16"))
    result = run("check", "--format", "concise", "--select", "RL701", str(drafts / "bom.md"), str(drafts / "utf16.md"))
    assert [l.split(":", 1)[1] for l in result.stdout.splitlines()] == [
        "3:50: error: placeholder 'TK' left in the draft: replace it with the real text before release [RL701 placeholder-text]"] * 2


def test_crlf_positions(drafts):
    (drafts / "crlf.txt").write_bytes(BAD.replace("\n", "\r\n").encode())
    result = run("check", "--format", "concise", "--select", "RL701", str(drafts / "crlf.txt"))
    assert ":3:50: error:" in result.stdout


def test_malformed_config_is_one_line_exit_2(drafts):
    (drafts / ".relint.yaml").write_text("select: [RL701]\nignroe: [RL702]\n", encoding="utf-8")
    result = run("check", str(drafts / "good.md"))
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"relint: error: {(drafts / '.relint.yaml').resolve()}:2: ignroe: unknown key (did you mean 'ignore'?) "
        "(allowed: corpus, exclude, extend-select, extends, fail-on, house, ignore, packs, per-file, rules, select, severity)"]


def test_missing_explicit_config(drafts):
    result = run("check", "--config", str(drafts / "none.yaml"), str(drafts / "good.md"))
    assert result.exit_code == 2 and "none.yaml: no such config file" in result.stderr


def test_unknown_rule_code_on_the_command_line(drafts):
    result = run("check", "--select", "RL7O1", str(drafts / "good.md"))
    assert result.exit_code == 2
    assert "unknown rule code or name 'RL7O1' in --select (did you mean 'RL701'?)" in result.stderr


def test_stdin_with_a_filename(drafts):
    result = run("check", "--format", "concise", "--stdin-filename", "news/today.md", "-", input=BAD)
    assert result.exit_code == 1
    assert result.stdout.startswith("news/today.md:3:36: warning:")


def test_directories_recurse_into_release_files_only(drafts):
    (drafts / "sub").mkdir()
    (drafts / "sub" / "later.markdown").write_text(BAD, encoding="utf-8")
    (drafts / "sub" / "notes.rst").write_text(BAD, encoding="utf-8")
    result = run("check", "--format", "concise", "--select", "RL701", str(drafts))
    paths = {line.split(":")[0] for line in result.stdout.splitlines()}
    assert paths == {str(drafts / "bad.md"), str(drafts / "sub" / "later.markdown")}


def test_config_exclude_skips_discovered_files(drafts):
    (drafts / ".relint.yaml").write_text("exclude: [bad.md]\n", encoding="utf-8")
    assert run("check", str(drafts)).exit_code == 0
    assert run("check", str(drafts / "bad.md")).exit_code == 1  # a file named explicitly is linted


def test_statistics_and_quiet(drafts):
    result = run("check", "--statistics", str(drafts / "bad.md"))
    assert re.search(r"^\s+1\s+RL701\s+error\s+placeholder-text$", result.stdout, re.M)
    quiet = run("check", "-q", "--format", "concise", str(drafts / "bad.md"))
    assert "in 1 file" not in quiet.stderr


def test_color_never_by_default_off_a_terminal_and_always_on_request(drafts):
    assert "\x1b[" not in run("check", str(drafts / "bad.md")).stdout
    assert "\x1b[" in run("check", "--color", "always", str(drafts / "bad.md")).stdout


def test_fix_writes_safe_fixes_atomically_and_reports_what_remains(drafts):
    bad = drafts / "bad.md"
    bad.chmod(0o640)
    result = run("check", "--fix", "--format", "concise", str(bad))
    assert bad.read_text(encoding="utf-8") == BAD.replace("whilst", "while")
    assert oct(bad.stat().st_mode & 0o777) == "0o640"
    assert result.exit_code == 1 and "RL702" not in result.stdout and "RL701" in result.stdout
    assert not [p for p in drafts.iterdir() if p.name.endswith(".relint-tmp")]
    again = run("check", "--fix", str(bad))
    assert bad.read_text(encoding="utf-8") == BAD.replace("whilst", "while")
    assert again.exit_code == 1


def test_diff_prints_and_writes_nothing(drafts):
    result = run("check", "--diff", str(drafts / "bad.md"))
    assert "-NEW YORK, June 2, 2025 — Acme grew whilst hiring TK engineers." in result.stdout
    assert "+NEW YORK, June 2, 2025 — Acme grew while hiring TK engineers." in result.stdout
    assert (drafts / "bad.md").read_text(encoding="utf-8") == BAD


def test_rules_and_rule_commands():
    listing = run("rules")
    assert re.search(r"^RL701\s+placeholder-text\s+error\s+yes", listing.stdout, re.M)
    doc = run("rule", "british-spelling")
    assert doc.exit_code == 0 and doc.stdout.startswith("# RL702 british-spelling")
    assert "Bad:" in doc.stdout and "Fixed:" in doc.stdout
    missing = run("rule", "RL999")
    assert missing.exit_code == 2


def test_python_dash_m_and_no_traceback_on_a_directory_config(tmp_path):
    (tmp_path / "cfg").mkdir()
    proc = subprocess.run([sys.executable, "-m", "relint", "check", "--config", str(tmp_path / "cfg"), str(tmp_path)],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert proc.stderr.count("\n") == 1 and "cfg" in proc.stderr


def test_parallel_workers_report_what_one_process_reports_in_the_same_order(tmp_path):
    drafts = ROOT / "examples" / "drafts"
    for i in range(30):  # enough files for relint to start its workers
        for draft in drafts.iterdir():
            (tmp_path / f"{i:02d}-{draft.name}").write_bytes(draft.read_bytes())
    command = [sys.executable, "-m", "relint", "check", "--format", "concise", "--color", "never", str(tmp_path)]
    one = subprocess.run([*command, "-j1"], capture_output=True, text=True)
    many = subprocess.run([*command, "-j2"], capture_output=True, text=True)
    assert one.returncode == many.returncode == 1
    assert one.stdout == many.stdout and one.stdout.count("\n") > 30


def test_a_folder_reached_through_a_symlink_takes_the_config_above_its_real_place(tmp_path):
    real = tmp_path / "house" / "releases"
    real.mkdir(parents=True)
    (tmp_path / "house" / ".relint.yaml").write_text("ignore: [RL702]\n", encoding="utf-8")
    (real / "bad.md").write_text(BAD, encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "releases").symlink_to(real, target_is_directory=True)
    direct = run("check", "--format", "concise", str(real / "bad.md"))
    linked = run("check", "--format", "concise", str(elsewhere / "releases" / "bad.md"))
    assert "RL702" not in direct.output and "RL702" not in linked.output
    assert "RL701" in linked.output  # the same config applied: the other rules still report
    up_and_back = run("check", "--format", "concise", str(elsewhere / "releases" / ".." / "releases" / "bad.md"))
    assert "RL702" not in up_and_back.output


@pytest.mark.parametrize("jobs", ["-j1", "-j2"])
@pytest.mark.parametrize("output_format", ["concise", "full"])
def test_a_large_run_streams_its_texts_and_reports_the_same(tmp_path, monkeypatch, jobs, output_format):
    import relint.engine.jobs as cli  # where a run reads its drafts and decides what it keeps

    drafts = ROOT / "examples" / "drafts"
    for i in range(8):
        for draft in drafts.iterdir():
            (tmp_path / f"{i:02d}-{draft.name}").write_bytes(draft.read_bytes())
    args = ["check", "--no-cache", "--format", output_format, "--color", "never", jobs, str(tmp_path)]
    held = run(*args)
    monkeypatch.setattr(cli, "KEEP_IN_MEMORY", 3)  # every file after the third is read again to be linted
    streamed = run(*args)
    assert streamed.output == held.output and held.output.count("bad-warehouse-robots.md") >= 8
    assert streamed.exit_code == held.exit_code == 1
    monkeypatch.setattr(cli, "read", _fails_when_read_again("07-bad-warehouse-robots.md", cli.read))
    vanished = run(*args)
    assert vanished.exit_code == 2 and "07-bad-warehouse-robots.md: gone" in vanished.output
    assert vanished.output.count("01-bad-warehouse-robots.md") == held.output.count("01-bad-warehouse-robots.md")


def _fails_when_read_again(name, read):
    """A file that changes under relint: readable for the corpus pass, gone when it is linted."""
    seen = set()

    def fake(path, report_path):
        if path.endswith(name) and path in seen:
            from relint.read.sources import SourceError

            raise SourceError(path, "gone")
        seen.add(path)
        return read(path, report_path)

    return fake


@pytest.mark.parametrize("jobs", ["-j1", "-j2"])
def test_a_file_changed_between_reads_in_a_large_run_is_an_error_and_never_cached(tmp_path, monkeypatch, jobs):
    import relint.engine.jobs as cli  # where a run reads its drafts and decides what it keeps

    drafts = ROOT / "examples" / "drafts"
    folder = tmp_path / "releases"
    folder.mkdir()
    for i in range(8):
        for draft in drafts.iterdir():
            (folder / f"{i:02d}-{draft.name}").write_bytes(draft.read_bytes())
    monkeypatch.setenv("RELINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(cli, "KEEP_IN_MEMORY", 3)
    seen, read = set(), cli.read

    def edited_when_read_again(path, report_path):
        source = read(path, report_path)
        if path.endswith("07-bad-warehouse-robots.md") and path in seen:
            return source._replace(text=source.text + "\nThe team grew whilst hiring.\n")
        seen.add(path)
        return source

    monkeypatch.setattr(cli, "read", edited_when_read_again)
    changed = run("check", "--format", "concise", jobs, str(folder))
    assert changed.exit_code == 2 and "07-bad-warehouse-robots.md: changed while relint was reading it" in changed.output
    monkeypatch.setattr(cli, "read", read)
    again = run("check", "--format", "concise", jobs, str(folder))
    fresh = run("check", "--no-cache", "--format", "concise", jobs, str(folder))
    assert again.output == fresh.output and again.exit_code == fresh.exit_code == 1
