"""A config held to its schema, strictly: every error names the file, the line and the key.

The ``house:`` part of the schema is assembled from the sections the rules declare
(``relint.house``): the registry collects them, so a rule pack's house list is checked too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..read.sources import SourceError
from ..registry import Registry

FAIL_LEVELS = ("error", "warning", "info")

TOP_LEVEL = {
    "extends", "select", "extend-select", "ignore", "fail-on", "severity", "rules", "exclude",
    "per-file", "corpus", "packs", "house",
}
PER_FILE = {"files", "select", "extend-select", "ignore", "severity", "rules"}


def _line(node: Any, key: Any = None) -> int | None:
    if key is not None and hasattr(node, "line_of"):
        return node.line_of(key)
    return getattr(node, "line", None)


def validate(data: dict, path: Path, registry: Registry) -> None:
    def fail(key: str, message: str, node: Any = data, at: Any = None) -> None:
        raise SourceError(path, message, _line(node, key if at is None else at), key)

    for key in data:
        if key not in TOP_LEVEL:
            hint = _did_you_mean(str(key), TOP_LEVEL)
            fail(str(key), f"unknown key{hint} (allowed: {', '.join(sorted(TOP_LEVEL))})")
    _validate_layer(data, path, registry, fail, "")
    if "fail-on" in data and data["fail-on"] not in FAIL_LEVELS:
        fail("fail-on", f"must be one of {', '.join(FAIL_LEVELS)}")
    for key in ("exclude", "corpus"):
        if key in data:
            _strings(data, key, fail)
    if "per-file" in data:
        blocks = data["per-file"]
        if not isinstance(blocks, list):
            fail("per-file", "must be a list of blocks, each with 'files' and the settings to change")
        for block in blocks:
            if not isinstance(block, dict):
                fail("per-file", "each block must be a mapping", blocks)

            def fail_block(key, message, node=block, at=None):
                raise SourceError(path, message, _line(node, key if at is None else at), f"per-file.{key}")

            for key in block:
                if key not in PER_FILE:
                    fail_block(str(key), f"unknown key{_did_you_mean(str(key), PER_FILE)} (allowed: {', '.join(sorted(PER_FILE))})")
            if "files" not in block:
                raise SourceError(path, "each block needs 'files' (a list of globs)", _line(block), "per-file")
            _strings(block, "files", fail_block)
            _validate_layer(block, path, registry, fail_block, "per-file.")
    if "house" in data:
        sections = registry.house_sections
        schema = {section.key: section.shape() for section in sections}
        required = {section.key: section.required for section in sections if getattr(section, "required", ())}
        _validate_shape(data["house"], schema, path, "house", data, "house", required)


def _strings(node: dict, key: str, fail) -> None:
    value = node[key]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        fail(key, "must be a list of strings", node)


def _validate_layer(node: dict, path: Path, registry: Registry, fail, prefix: str) -> None:
    for key in ("select", "extend-select", "ignore"):
        if key in node:
            _strings(node, key, fail)
            for selector in node[key]:
                if not registry.matching(selector):
                    fail(key, f"unknown rule code or name {selector!r}{_did_you_mean_rule(registry, selector)}", node)
    if "severity" in node:
        severities = node["severity"]
        if not isinstance(severities, dict):
            fail("severity", "must map rule codes, prefixes or names to error, warning or info", node)
        for selector, level in severities.items():
            if not registry.matching(str(selector)):
                fail("severity", f"unknown rule code or name {selector!r}{_did_you_mean_rule(registry, str(selector))}", severities, selector)
            if str(level).lower() not in FAIL_LEVELS:
                fail("severity", f"{selector}: {level!r} is not error, warning or info", severities, selector)
    if "rules" in node:
        rules = node["rules"]
        if not isinstance(rules, dict):
            fail("rules", "must map rule codes or names to their options", node)
        for key, options in rules.items():
            spec = registry.get(str(key))
            if spec is None:
                fail("rules", f"unknown rule {key!r}{_did_you_mean_rule(registry, str(key))}", rules, key)
            if not isinstance(options, dict):
                fail("rules", f"{key}: options must be a mapping", rules, key)
            for option, value in options.items():
                if option not in spec.options:
                    allowed = ", ".join(sorted(spec.options)) or "none"
                    fail("rules", f"{key}: unknown option {option!r} (options: {allowed})", options, option)
                default = spec.options[option]
                if default is not None and not _same_type(default, value):
                    fail("rules", f"{key}.{option}: must be a {type(default).__name__}", options, option)


def _same_type(default: Any, value: Any) -> bool:
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, (int, float)):
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if isinstance(default, (list, tuple)):
        return isinstance(value, list)
    return isinstance(value, type(default))


def _validate_shape(value: Any, schema: Any, path: Path, key: str, parent: Any, parent_key: Any,
                    required: dict[str, tuple[str, ...]]) -> None:
    def fail(message: str, node: Any = parent, at: Any = parent_key) -> None:
        raise SourceError(path, message, _line(node, at), key)

    if isinstance(schema, dict):
        if not isinstance(value, dict):
            fail("must be a mapping")
        for sub, sub_value in value.items():
            if sub not in schema:
                allowed = ", ".join(sorted(schema))
                raise SourceError(path, f"unknown key{_did_you_mean(str(sub), schema)} (allowed: {allowed})",
                                  _line(value, sub), f"{key}.{sub}")
            _validate_shape(sub_value, schema[sub], path, f"{key}.{sub}", value, sub, required)
    elif isinstance(schema, list):
        if not isinstance(value, list):
            fail("must be a list")
        needs = required.get(key.rsplit(".", 1)[-1], ())
        for i, item in enumerate(value):
            _validate_shape(item, schema[0], path, f"{key}[{i}]", value, i, required)
            for needed in needs:
                if isinstance(item, dict) and needed not in item:
                    raise SourceError(path, f"each entry needs '{needed}'", _line(value, i), f"{key}[{i}]")
    elif isinstance(schema, frozenset):
        if value not in schema:
            fail(f"{value!r} is not one of: {', '.join(sorted(schema))}")
    elif isinstance(schema, tuple):
        import datetime

        if not isinstance(value, (str, datetime.date)):
            fail("must be a date (YYYY-MM-DD) or a string")
    elif schema is int:
        if not isinstance(value, int) or isinstance(value, bool):
            fail("must be a whole number")
    elif not isinstance(value, schema):
        fail(f"must be a {schema.__name__}")


def _did_you_mean(word: str, choices) -> str:
    import difflib

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _did_you_mean_rule(registry: Registry, selector: str) -> str:
    close = registry.suggest(selector)
    return f" (did you mean {close!r}?)" if close else ""
