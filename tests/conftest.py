from __future__ import annotations

import sys
from pathlib import Path

import pytest

from relint.config.load import config_from_mapping
from relint.engine.lint import lint_text
from relint.registry import default_registry

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session", autouse=True)
def _cache_outside_the_project(tmp_path_factory):
    """relint's result cache goes to a folder of the test session's, never into the project."""
    import os

    os.environ["RELINT_CACHE_DIR"] = str(tmp_path_factory.mktemp("relint-cache"))


@pytest.fixture(scope="session")
def registry():
    return default_registry()


def lint(text: str, *, select=None, config: dict | None = None, path: str = "release.md"):
    """Lint ``text`` with the default registry and an optional config fragment; return diagnostics."""
    cfg = config_from_mapping(config or {})
    settings = cfg.settings_for(path, select=select)
    result = lint_text(text, path, cfg.registry, settings)
    assert not result.errors, result.errors
    return result.diagnostics


@pytest.fixture
def run_lint():
    return lint


def write_folder(folder: Path, files: dict[str, str]) -> Path:
    """A folder holding ``files`` (relative path -> text; folders made as needed)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def release_folder(tmp_path):
    """``release_folder(files, name="releases")``: a folder of releases (and configs, boilerplate
    texts) under the test's own temporary folder."""
    return lambda files, name="releases": write_folder(tmp_path / name, files)


def relint_command() -> list[str]:
    return [sys.executable, "-m", "relint"]
