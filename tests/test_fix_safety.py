"""--fix never loses a writer's text: an interrupted write leaves the original intact."""

from __future__ import annotations

import os

import pytest
from click.testing import CliRunner

from relint.cli import main
from relint.read import sources

BAD = "# Acme Grows\r\n\r\nNEW YORK, June 2, 2025 — Acme grew whilst hiring.\r\n"


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_disk_full_during_the_write_leaves_the_original_and_reports_it(tmp_path, monkeypatch):
    draft = tmp_path / "a.md"
    draft.write_bytes(BAD.encode())
    real_fdopen = os.fdopen

    class Full:
        def __init__(self, handle):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def write(self, data):
            self.handle.write(data[: len(data) // 2])
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(sources.os, "fdopen", lambda fd, mode: Full(real_fdopen(fd, mode)))
    result = run("check", "--fix", "--select", "RL702", str(draft))
    assert result.exit_code == 2
    assert "cannot write the fixed file: No space left on device" in result.stderr
    assert draft.read_bytes() == BAD.encode()
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]  # no half-written temporary file left


def test_an_interruption_between_write_and_rename_leaves_the_original(tmp_path, monkeypatch):
    draft = tmp_path / "a.md"
    draft.write_bytes(BAD.encode())

    def killed(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(sources.os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        sources.write_atomic(str(draft), b"half a release")
    assert draft.read_bytes() == BAD.encode()
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]


def test_fixing_keeps_crlf_bom_and_encoding(tmp_path):
    crlf = tmp_path / "crlf.md"
    crlf.write_bytes(b"\xef\xbb\xbf" + BAD.encode())
    utf16 = tmp_path / "utf16.md"
    utf16.write_bytes(BAD.encode("utf-16"))
    run("check", "--fix", "--select", "RL702", str(crlf), str(utf16))
    assert crlf.read_bytes() == b"\xef\xbb\xbf" + BAD.replace("whilst", "while").encode()
    assert utf16.read_bytes().decode("utf-16") == BAD.replace("whilst", "while")


def test_a_read_only_file_is_reported_not_skipped(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root can write read-only files")
    draft = tmp_path / "a.md"
    draft.write_bytes(BAD.encode())
    tmp_path.chmod(0o500)
    try:
        result = run("check", "--fix", "--select", "RL702", str(draft))
    finally:
        tmp_path.chmod(0o700)
    assert result.exit_code == 2 and "cannot write the fixed file" in result.stderr
