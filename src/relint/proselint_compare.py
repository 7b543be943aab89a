"""Compare relint's PL findings with proselint's own output (used by the tests and bench/)."""

from __future__ import annotations

from .checks.proselint.codes import PL_CODES
from .config.load import config_from_mapping
from .engine.lint import lint_text

CODE_TO_PATH = {code: path for path, code in PL_CODES.items()}


def proselint_results(text: str, name: str = "<text>") -> list[tuple[str, int, int, str]]:
    """proselint 0.16 through its own LintFile(...).lint(), every check enabled, no result cap.

    Spans are shifted back by one (proselint pads the text with a newline at each end)."""
    from proselint.checks import __register__
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile

    registry = CheckRegistry()
    if not registry.checks:  # a process-wide singleton: register once
        registry.register_many(__register__)
    config = {"max_errors": 10**9, "checks": {path.split(".")[0]: True for path in PL_CODES}}
    results = LintFile(name, text).lint(config) if text else []
    return sorted((r.check_result.check_path, r.check_result.span[0] - 1, r.check_result.span[1] - 1,
                   r.check_result.message) for r in results)


_CONFIG = None


def relint_results(text: str, name: str = "x.txt") -> list[tuple[str, int, int, str]]:
    """relint's PL findings on the same text, as (check path, start, end, message)."""
    global _CONFIG
    if _CONFIG is None:
        _CONFIG = config_from_mapping({})
    settings = _CONFIG.settings_for(name, select=["PL"])
    result = lint_text(text, name, _CONFIG.registry, settings, markup="text")
    return sorted((CODE_TO_PATH[d.code], d.span.start, d.span.end, d.message) for d in result.diagnostics)
