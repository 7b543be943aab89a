"""The rule reference, generated from the rules' own documentation (docs/rules.md and the README table)."""

from __future__ import annotations

from . import ruledoc
from .registry import Registry

FAMILIES = {
    "RL0": "Document", "RL1": "Dateline", "RL2": "Trademarks", "RL3": "People and titles",
    "RL4": "Structure and boilerplate", "RL5": "Numbers", "RL6": "Typography", "RL7": "House terms",
    "PL": "proselint bridge",
}


def family_title(code: str) -> str:
    for prefix in sorted(FAMILIES, key=len, reverse=True):
        if code.startswith(prefix):
            return FAMILIES[prefix]
    return "Other"


def rule_table_markdown(registry: Registry) -> str:
    lines = ["| Code | Name | Severity | Fix | Summary |", "| --- | --- | --- | --- | --- |"]
    for spec in registry:
        fix = {"none": "", "always": "yes", "sometimes": "some"}[spec.fix.availability]
        lines.append(f"| [{spec.code}](docs/rules.md#{spec.code.lower()}-{spec.name}) | `{spec.name}` | "
                     f"{spec.severity} | {fix} | {spec.summary} |")
    return "\n".join(lines) + "\n"


def rule_page(spec, *, house: str = "full", level: int = 1) -> str:
    """A rule's page, as ``relint rule CODE`` prints it: its metadata, its documentation, its options
    and the house settings it reads (``house="links"``: links to the reference's house chapter)."""
    h = "#" * level
    out = [f"{h} {spec.code} {spec.name}", "",
           f"Severity: {spec.severity}. Fix: {spec.fix}. Enabled by default: {'yes' if spec.enabled_by_default else 'no'}.",
           "", ruledoc.render(spec.doc).replace("\n## ", f"\n{h}# ")]
    if spec.options:
        out += ["", f"{h}# Options", ""]
        out += [f"- `{name}` (default: `{default!r}`)" for name, default in spec.options.items()]
    if spec.house:
        out += ["", f"{h}# House settings", ""]
        if house == "links":
            out += [", ".join(f"[`house.{s.key}`](#house{s.key.replace('-', '')})" for s in spec.house)]
        else:
            for section in spec.house:
                out += section_lines(section)
    return "\n".join(out) + "\n"


def section_lines(section) -> list[str]:
    """A house section's keys: what each may hold, its default and what it means."""
    out = [f"`house.{section.key}`" + (f": {section.doc}" if section.doc else "")]
    for name, setting in section.settings().items():
        key = "" if name == section.key and not hasattr(section, "fields") else f".{name}"
        out.append(f"- `house.{section.key}{key}`: {setting.describe()} (default: {_default(setting.default)})."
                   + (f" {setting.doc}" if setting.doc else ""))
    return out + [""]


def _default(value) -> str:
    if value is None:
        return "unset"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (tuple, list)):
        return "none" if not value else ", ".join(map(str, value))
    return f"`{value}`"


def rule_reference(registry: Registry) -> str:
    out = ["# Rule reference", "",
           "Generated from each rule's own documentation by `python -m relint.docs`; a test fails when",
           "this file is stale. `relint rule CODE` prints a rule's section, with its house settings", "written out.", ""]
    family = None
    for spec in registry:
        title = family_title(spec.code)
        if title != family:
            family = title
            out += [f"## {title}", ""]
        out += [rule_page(spec, house="links", level=3)]
    out += ["## House settings", "",
            "Every key of the `house:` section of a config, as the rule families declare it.", ""]
    for section in registry.house_sections:
        out += [f"### house.{section.key}", ""] + section_lines(section)
    return "\n".join(out)


README_START = "<!-- rules:start -->"
README_END = "<!-- rules:end -->"


def readme_with_table(readme: str, registry: Registry) -> str:
    head, rest = readme.split(README_START, 1)
    _, tail = rest.split(README_END, 1)
    return f"{head}{README_START}\n{rule_table_markdown(registry)}{README_END}{tail}"


def main() -> None:
    from pathlib import Path

    from .registry import default_registry

    root = Path.cwd()
    registry = default_registry()
    (root / "docs").mkdir(exist_ok=True)
    (root / "docs" / "rules.md").write_text(rule_reference(registry), encoding="utf-8")
    readme = root / "README.md"
    readme.write_text(readme_with_table(readme.read_text(encoding="utf-8"), registry), encoding="utf-8")
    print("wrote docs/rules.md and the rule table in README.md")


if __name__ == "__main__":
    main()
