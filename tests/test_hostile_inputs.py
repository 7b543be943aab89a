"""Hostile and odd inputs: each gives findings or a clear one-line error, never a traceback or a hang."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from relint.cli import main


def run(*args):
    result = CliRunner().invoke(main, ["check", "--format", "concise", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.stderr
    return result


def errors(result):
    return [line for line in result.stderr.splitlines() if line.startswith("relint: error:")]


ODD_TEXTS = {
    "empty.md": "",
    "front-matter-only.md": "---\ntitle: Only front matter\n---\n",
    "bad-front-matter.md": "---\ntitle: [unclosed\n---\n# A\n\nBOSTON, June 2, 2025 — Text.\n",
    "crlf.txt": "Acme Grows\r\n\r\nBOSTON, June 2, 2025 — Acme grew whilst hiring.\r\n",
    "lone-cr.txt": "Acme Grows\r\rBOSTON, June 2, 2025 — Acme grew whilst hiring.\r",
    "tabs.md": "# A\n\n\tBOSTON, June 2, 2025 —\tAcme\tgrew whilst hiring.\n",
    "rtl-combining.md": "# مرحبا بالعالم\n\nBOSTON, June 2, 2025 — שלום e\u0301 combining ma\u0308rks, whilst.\n",
    "invisible.md": "# A\n\nBOSTON, June 2, 2025 — Micro\u200bPort grew\u00a0whilst hiring.\n",
    "emoji.md": "# Acme 🎉\n\nBOSTON, June 2, 2025 — Acme 👩\u200d💻 grew 😀 whilst hiring.\n",
    "markdown.md": ("# A\n\n| a | b |\n|---|---|\n| whilst | 2 |\n\n<div>\n<p>HTML block</p>\n</div>\n\n"
                    "```\nwhilst in code\n```\n\nBOSTON, June 2, 2025 — Text whilst here.\n"),
    "chinese.md": "# 上海微创医疗器械（集团）有限公司\n\n上海，2019年12月12日 — 微创医疗今天宣布。\n\n关于微创医疗\n\n微创医疗是一家公司。\n",
}


@pytest.mark.parametrize("name", ODD_TEXTS)
def test_odd_texts_lint_without_errors(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(ODD_TEXTS[name].encode("utf-8"))
    result = run(str(path))
    assert result.exit_code in (0, 1) and errors(result) == []


def test_invalid_front_matter_is_a_finding(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(ODD_TEXTS["bad-front-matter.md"], encoding="utf-8")
    assert "[RL001 front-matter-invalid]" in run(str(path)).stdout


def test_zero_width_characters_are_found(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(ODD_TEXTS["invisible.md"], encoding="utf-8")
    assert "[RL605 invisible-character]" in run("--select", "RL605", str(path)).stdout


def test_a_one_megabyte_line_is_linted(tmp_path):
    path = tmp_path / "long.md"
    path.write_text("# Big\n\n" + "Acme grew whilst hiring TK people. " * 30_000 + "\n", encoding="utf-8")
    result = run("--select", "RL7,RL6", str(path))
    assert result.exit_code == 1 and errors(result) == [] and "[RL701 placeholder-text]" in result.stdout


def test_a_twenty_megabyte_file_is_refused_with_one_line(tmp_path):
    big = tmp_path / "big.md"
    big.write_bytes(b"word " * (4 * 1024 * 1024))  # 20 MB
    small = tmp_path / "small.md"
    small.write_text("# A\n\nBOSTON, June 2, 2025 — Hiring TK people.\n", encoding="utf-8")
    result = run(str(big), str(small))
    assert result.exit_code == 2
    assert errors(result) == [f"relint: error: {big}: is 20.0 MB: too large for a press release "
                              "(relint reads files up to 10 MB)"]
    assert "[RL701" in result.stdout


def test_a_directory_path_lints_the_releases_inside(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.md").write_text("# A\n\nBOSTON, June 2, 2025 — Hiring TK people.\n", encoding="utf-8")
    assert "a.md:3:" in run("--select", "RL701", str(tmp_path / "sub")).stdout


def test_a_symlink_loop_is_an_error_and_the_rest_is_linted(tmp_path):
    (tmp_path / "loop-a.md").symlink_to(tmp_path / "loop-b.md")
    (tmp_path / "loop-b.md").symlink_to(tmp_path / "loop-a.md")
    (tmp_path / "ok.md").write_text("# A\n\nBOSTON, June 2, 2025 — Hiring TK people.\n", encoding="utf-8")
    folder = run("--select", "RL701", str(tmp_path))
    explicit = run("--select", "RL701", str(tmp_path / "loop-a.md"), str(tmp_path / "ok.md"))
    for result in (folder, explicit):
        assert "ok.md:3:" in result.stdout
    assert explicit.exit_code == 2 and len(errors(explicit)) == 1 and "loop-a.md" in errors(explicit)[0]


def test_an_unreadable_file_is_an_error_and_the_rest_is_linted(tmp_path, monkeypatch):
    secret = tmp_path / "secret.md"
    secret.write_text("# A\n", encoding="utf-8")
    ok = tmp_path / "ok.md"
    ok.write_text("# A\n\nBOSTON, June 2, 2025 — Hiring TK people.\n", encoding="utf-8")
    real_open = open

    def guarded(path, *args, **kwargs):
        if str(path) == str(secret):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("builtins.open", guarded)
    result = run("--select", "RL701", str(secret), str(ok))
    assert result.exit_code == 2
    assert errors(result) == [f"relint: error: {secret}: permission denied: cannot read the file"]
    assert "ok.md:3:" in result.stdout


def test_a_file_that_cannot_be_written_is_reported_not_skipped(tmp_path, monkeypatch):
    draft = tmp_path / "a.md"
    draft.write_text("# A\n\nBOSTON, June 2, 2025 — Acme grew whilst hiring.\n", encoding="utf-8")

    def refuse(path, data):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("relint.read.sources.write_atomic", refuse)
    result = run("--fix", "--select", "RL702", str(draft))
    assert result.exit_code == 2
    assert errors(result) == [f"relint: error: {draft}: cannot write the fixed file: Permission denied"]
    assert "whilst" in draft.read_text(encoding="utf-8")


def test_a_rule_pack_cannot_construct_objects(tmp_path):
    (tmp_path / "pack.yaml").write_text("rules: !!python/object/apply:os.system ['echo pwned']\n", encoding="utf-8")
    (tmp_path / ".relint.yaml").write_text("packs: [pack.yaml]\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("# A\n", encoding="utf-8")
    result = run(str(tmp_path / "a.md"))
    assert result.exit_code == 2 and "pack.yaml" in errors(result)[0] and "invalid YAML" in errors(result)[0]


@pytest.mark.parametrize("args", [["check", "x.md"], ["check", "--no-cache", "x.md"], ["rules"]])
def test_a_current_folder_that_was_deleted_is_one_error_line(tmp_path, args):
    import shlex
    import subprocess

    from conftest import relint_command

    gone = tmp_path / "gone"
    gone.mkdir()
    command = " ".join(shlex.quote(part) for part in [*relint_command(), *args])
    result = subprocess.run(["sh", "-c", f"cd {shlex.quote(str(gone))} && rmdir {shlex.quote(str(gone))} && {command}"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith("relint: error: the current folder cannot be read")
