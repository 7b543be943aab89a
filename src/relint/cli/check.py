"""``relint check``: lint releases and report what is found."""

from __future__ import annotations

import os
import sys
from collections import Counter
from pathlib import Path

import click

from ..engine.run import RunRequest, Selection, SelectorError, run
from ..read.sources import write_atomic
from ..report import FORMATS, Style, reporter
from .app import finish, main, split


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="full", show_default=True,
              help="Report format.")
@click.option("--config", "config_path", type=click.Path(path_type=Path), help="Use this config file for every path.")
@click.option("--select", multiple=True, help="Only these rules: codes, prefixes (RL7) or names; comma-separated.")
@click.option("--extend-select", multiple=True, help="Add rules to the configured selection.")
@click.option("--ignore", multiple=True, help="Skip these rules: codes, prefixes or names; comma-separated.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default=None,
              help="Lowest severity that makes relint exit 1 (default: warning, or the config's fail-on).")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings are reported (errors still exit 2).")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True)
@click.option("-q", "--quiet", is_flag=True, help="Print findings only: no summary line.")
@click.option("--statistics", is_flag=True, help="Print a count of findings per rule instead of the findings.")
@click.option("--stdin-filename", help="The path to report for text read from stdin ('-').")
@click.option("--fix", is_flag=True, help="Apply safe fixes and write the files.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff, also apply unsafe fixes.")
@click.option("--diff", is_flag=True, help="Print the fixes as a unified diff; write nothing.")
@click.option("--today", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="The date to check datelines against (default: today).")
@click.option("--output-file", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the report to this file instead of standard output.")
@click.option("--baseline", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Report only findings not recorded in this baseline (see 'relint baseline').")
@click.option("--changed-since", "changed_since", metavar="REF", default=None,
              help="Report only findings on lines changed since this git ref (new files: every line).")
@click.option("--show-fixes", is_flag=True, help="With --fix, list each fix applied.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=0, show_default=True,
              help="Worker processes for many files (0: one per CPU core; 1: no workers).")
@click.option("--no-cache", is_flag=True, help="Lint every file afresh; read and write no cache.")
@click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="The cache folder (default: $RELINT_CACHE_DIR, else .relint_cache beside the config file, "
                   "else in the current folder).")
def check(paths, output_format, config_path, select, extend_select, ignore, fail_on, exit_zero, color, quiet,
          statistics, stdin_filename, fix, unsafe_fixes, diff, today, output_file, baseline, changed_since,
          show_fixes, jobs, no_cache, cache_dir):
    """Lint press releases: files, folders (.md, .markdown, .txt) or '-' for stdin."""
    style = Style(color=_use_color(color))
    request = RunRequest(
        tuple(paths) or (".",), config_path,
        Selection(split(select) or None, split(ignore), split(extend_select), fail_on), stdin_filename,
        today.date() if today else None, fix, unsafe_fixes, diff, jobs or None, not no_cache, cache_dir,
        keep_text=output_format in ("full", "sarif") or baseline is not None or fix or diff,
        changed_since=changed_since, baseline=baseline)
    try:
        outcome = run(request)
    except SelectorError as exc:
        raise click.UsageError(str(exc)) from None
    results, errors = outcome.results, outcome.errors
    sys.stdout.writelines(outcome.diffs)
    if show_fixes:
        for path, applied in outcome.applied:
            for fixed in applied:
                click.echo(f"{path}:{fixed.line}: fixed [{fixed.code} {fixed.name}] {fixed.description}", err=True)
    if diff:
        return finish(errors)
    try:
        report(results, output_format, style if output_file is None else Style(), statistics, outcome.registry,
               output_file)
    except OSError as exc:
        errors.append(f"{output_file or 'standard output'}: cannot write the report: {exc.strerror or exc}")
    diagnostics = [d for r in results for d in r.diagnostics]
    if not quiet and output_format in ("full", "concise") and results:
        _summary(diagnostics, len(results), outcome.fixed, style)
    return finish(errors, diagnostics, outcome.level, exit_zero)


def report(results, output_format: str, style: Style, statistics: bool, registry=None,
           output_file: Path | None = None) -> None:
    if statistics:
        counts = Counter((d.code, d.name, str(d.severity)) for r in results for d in r.diagnostics)
        text = "".join(f"{n:6d}  {code:<6} {severity:<8} {name}\n"
                       for (code, name, severity), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    elif output_file is None and hasattr(reporter(output_format), "lines"):  # streamed to standard output
        sys.stdout.writelines(reporter(output_format).lines(results, style=style, registry=registry))
        return
    else:
        text = reporter(output_format).render(results, style=style, registry=registry)
    if output_file is not None:
        write_atomic(str(output_file), text.encode("utf-8"))
    elif text:
        sys.stdout.write(text)


def _summary(diagnostics, files: int, fixed: int, style: Style) -> None:
    counts = Counter(str(d.severity) for d in diagnostics)
    parts = [f"{counts[s]} {s}{'s' if counts[s] != 1 else ''}" for s in ("error", "warning", "info") if counts[s]]
    found = ", ".join(parts) if parts else "no findings"
    fixed_note = f"; fixed {fixed} file{'s' if fixed != 1 else ''}" if fixed else ""
    fixable = sum(1 for d in diagnostics if d.fix is not None and str(d.fix.applicability) == "safe")
    hint = f" ({fixable} fixable with --fix)" if fixable else ""
    click.echo(f"{found} in {files} file{'s' if files != 1 else ''}{hint}{fixed_note}.", err=True)


def _use_color(choice: str) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()
