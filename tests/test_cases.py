"""Rule families as case files: a folder of drafts and its config, the concise report relint gives,
and the text --fix leaves. One parametrised test runs every ``tests/cases/<family>/*.case``.

A case file is sections, each opened by a ``=== name`` line (lines before the first, starting with
``#``, say what the case shows):

- ``=== args``: one line of options added to ``relint check`` (``--select RL1 --unsafe-fixes``);
- ``=== <path>``: a file written into the case's folder (``.relint.yaml``, ``release.md``, ...);
- ``=== report``: what ``relint check --format concise`` prints for the folder, then ``exit: N``;
- ``=== fixed <path>``: the file after ``relint check --fix`` (only for files the fix changes).

Fixing twice must change nothing more. Regenerate the report and fixed sections after an intended
change with RELINT_UPDATE_SNAPSHOTS=1, and review the diff like code.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from relint.cli import main

CASES = Path(__file__).parent / "cases"
TODAY = "2026-12-01"
HEADER = "=== "


def parse_case(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    """(the comment lines, [(section name, text)])."""
    comments, sections = [], []
    for line in text.split("\n"):
        if line.startswith(HEADER):
            sections.append((line[len(HEADER):].strip(), []))
        elif sections:
            sections[-1][1].append(line)
        elif line.strip():
            comments.append(line)
    return comments, [(name, "\n".join(lines).rstrip("\n") + "\n") for name, lines in sections]


def _invoke(folder: Path, *args: str):
    old = os.getcwd()
    os.chdir(folder)
    try:
        return CliRunner().invoke(main, ["check", "--no-cache", "--color", "never", "--today", TODAY, *args, "."],
                                  catch_exceptions=False)
    finally:
        os.chdir(old)


def run_case(path: Path, folder: Path) -> tuple[str, dict[str, str], str]:
    """The report, the texts --fix changed, and the case file as it would be written with them."""
    comments, sections = parse_case(path.read_text(encoding="utf-8"))
    args = next((text.split() for name, text in sections if name == "args"), [])
    files = {name: text for name, text in sections if name not in ("args", "report") and not name.startswith("fixed ")}
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    result = _invoke(folder, "--format", "concise", "-q", *args)
    report = result.stdout + f"exit: {result.exit_code}\n"
    fixed_folder = folder.parent / (folder.name + "-fixed")
    shutil.copytree(folder, fixed_folder)
    _invoke(fixed_folder, "--fix", "-q", *args)
    fixed = {name: (fixed_folder / name).read_text(encoding="utf-8") for name in files
             if (fixed_folder / name).read_text(encoding="utf-8") != files[name]}
    once = {name: (fixed_folder / name).read_bytes() for name in files}
    _invoke(fixed_folder, "--fix", "-q", *args)
    again = {name: (fixed_folder / name).read_bytes() for name in files}
    assert once == again, f"{path.name}: fixing twice changed more than fixing once"
    written = [*comments, ""] if comments else []
    for name, text in sections:
        if name != "report" and not name.startswith("fixed "):
            written += [HEADER + name, text.rstrip("\n")]
    written += [HEADER + "report", report.rstrip("\n")]
    for name, text in fixed.items():
        written += [HEADER + "fixed " + name, text.rstrip("\n")]
    return report, fixed, "\n".join(written) + "\n"


CASE_FILES = sorted(CASES.rglob("*.case"))


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_case(path, tmp_path):
    report, fixed, rewritten = run_case(path, tmp_path / "case")
    if os.environ.get("RELINT_UPDATE_SNAPSHOTS"):
        path.write_text(rewritten, encoding="utf-8")
    _, sections = parse_case(path.read_text(encoding="utf-8"))
    expected = dict(sections)
    assert expected.get("report") == report, f"{path.name}: the report changed; see RELINT_UPDATE_SNAPSHOTS"
    expected_fixed = {name[len("fixed "):]: text for name, text in sections if name.startswith("fixed ")}
    assert expected_fixed == fixed, f"{path.name}: the fixed text changed; see RELINT_UPDATE_SNAPSHOTS"


def test_every_family_has_case_files():
    families = {p.parent.name for p in CASE_FILES}
    assert {"dateline", "trademarks", "people", "structure", "numbers", "typography"} <= families
