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
        fix = "yes" if spec.fixable else ""
        lines.append(f"| [{spec.code}](docs/rules.md#{spec.code.lower()}-{spec.name}) | `{spec.name}` | "
                     f"{spec.severity} | {fix} | {spec.summary} |")
    return "\n".join(lines) + "\n"


def rule_reference(registry: Registry) -> str:
    out = ["# Rule reference", "",
           "Generated from each rule's own documentation by `python -m relint.docs`; a test fails when",
           "this file is stale. `relint rule CODE` prints the same text.", ""]
    family = None
    for spec in registry:
        title = family_title(spec.code)
        if title != family:
            family = title
            out += [f"## {title}", ""]
        out += [f"### {spec.code} {spec.name}", "",
                f"Severity: **{spec.severity}**. Fixable: {'yes' if spec.fixable else 'no'}. "
                f"Enabled by default: {'yes' if spec.enabled_by_default else 'no'}.", ""]
        body = ruledoc.render(spec.doc).replace("\n## ", "\n#### ")
        out += [body, ""]
        if spec.options:
            out += ["#### Options", ""]
            out += [f"- `{name}`: default `{default!r}`" for name, default in spec.options.items()]
            out += [""]
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
