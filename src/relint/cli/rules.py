"""``relint rules`` and ``relint rule CODE``: what the rules are, from their own documentation."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..config.find import find_config_file
from ..config.load import load_config
from ..docs import rule_page, rule_table_markdown
from .app import main


@main.command("rules")
@click.option("--config", "config_path", type=click.Path(path_type=Path), help="Show what this config enables.")
@click.option("--format", "output_format", type=click.Choice(["text", "json", "markdown"]), default="text")
def rules_command(config_path, output_format):
    """List every rule: code, name, severity, fixable, enabled."""
    config = load_config(config_path or find_config_file(Path.cwd()))
    settings = config.settings_for(Path.cwd() / "release.md")
    if output_format == "markdown":
        click.echo(rule_table_markdown(config.registry), nl=False)
        return
    rows = []
    for spec in config.registry:
        rows.append({
            "code": spec.code, "name": spec.name, "severity": str(settings.severity[spec.code]),
            "fixable": spec.fixable, "enabled": spec.code in settings.enabled, "summary": spec.summary,
        })
    if output_format == "json":
        click.echo(json.dumps(rows, indent=2))
        return
    width = max(len(row["name"]) for row in rows) + 2
    click.echo(f"{'code':<7}{'name':<{width}}{'severity':<10}{'fix':<5}{'on':<4}summary")
    for row in rows:
        click.echo(f"{row['code']:<7}{row['name']:<{width}}{row['severity']:<10}{'yes' if row['fixable'] else '':<5}"
                   f"{'yes' if row['enabled'] else 'no':<4}{row['summary']}")


@main.command("rule")
@click.argument("key")
def rule_command(key):
    """Show a rule's documentation, by code or name."""
    config = load_config(find_config_file(Path.cwd()))
    spec = config.registry.get(key)
    if spec is None:
        close = config.registry.suggest(key)
        hint = f" (did you mean {close!r}?)" if close else ""
        raise click.UsageError(f"unknown rule {key!r}{hint}")
    click.echo(rule_page(spec), nl=False)
