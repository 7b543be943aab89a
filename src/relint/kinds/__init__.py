"""Declarative rule kinds: a closed set, like Vale's. A rule pack entry names one with ``kind:``.

Every kind shares these keys (validated strictly: an unknown key is an error naming the file,
the line and the key):

    code, name, kind, severity, message, scope, ignorecase, doc, aliases, default

and adds its own (see each module). ``compile_rule`` turns a validated entry into a RuleSpec whose
check is a pure function of the release.
"""

from __future__ import annotations

from typing import Any, Callable

import regex

from .. import lazyre, ruledoc
from ..model import RuleSpec, Severity
from ..read.release import SCOPES
from ..read.sources import SourceError
from ..read.yamlfile import Located

COMMON_KEYS = {
    "code": str, "name": str, "kind": str, "severity": str, "message": str, "scope": (list, str),
    "ignorecase": bool, "doc": str, "aliases": list, "default": bool,
}
REQUIRED = ("code", "name", "kind", "message", "doc")
CODE = lazyre.compile(r"^(?:RL|PL)\d{3}$|^[A-Z]{2,5}\d{3}$")
NAME = lazyre.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


class PackContext:
    """Where an entry came from, for error messages."""

    def __init__(self, path: str, entry: Located, lazy: bool = False):
        self.path = path
        self.entry = entry
        self.lazy = lazy  # relint's own packs: patterns compile on first use (the tests compile them all)

    def error(self, key: str, message: str) -> SourceError:
        line = self.entry.line_of(key) if isinstance(self.entry, Located) else None
        code = self.entry.get("code") if isinstance(self.entry, dict) else None
        where = f"{code}.{key}" if isinstance(code, str) and key != "code" else key
        return SourceError(self.path, message, line, where)

    def compile(self, key: str, pattern: str, flags: int = 0) -> regex.Pattern:
        if self.lazy:
            return lazyre.compile(pattern, flags | regex.V0)
        try:
            return regex.compile(pattern, flags | regex.V0)
        except regex.error as exc:
            raise self.error(key, f"pattern {pattern!r} does not compile: {exc}") from None


def _kinds() -> dict[str, Any]:
    from . import conditional, consistency, existence, substitution

    return {
        "existence": existence,
        "substitution": substitution,
        "consistency": consistency,
        "conditional": conditional,
    }


def compile_rule(entry: Any, path: str, lazy: bool = False) -> RuleSpec:
    """Validate one rule-pack entry and build its RuleSpec (``lazy``: see ``PackContext``)."""
    if not isinstance(entry, dict):
        raise SourceError(path, "each rule must be a mapping", getattr(entry, "line", None))
    ctx = PackContext(path, entry, lazy)
    kinds = _kinds()
    kind_name = entry.get("kind")
    if kind_name not in kinds:
        choices = ", ".join(sorted(kinds))
        raise ctx.error("kind", f"unknown kind {kind_name!r} (use one of: {choices})")
    kind = kinds[kind_name]
    allowed = {**COMMON_KEYS, **kind.KEYS}
    for key in entry:
        if key not in allowed:
            raise ctx.error(str(key), f"unknown key for {'an' if kind_name[0] in 'aeiou' else 'a'} {kind_name} rule (allowed: {', '.join(sorted(allowed))})")
        expected = allowed[key]
        if not isinstance(entry[key], expected) or (expected is int and isinstance(entry[key], bool)):
            names = " or ".join(t.__name__ for t in (expected if isinstance(expected, tuple) else (expected,)))
            raise ctx.error(str(key), f"must be a {names}")
    for key in REQUIRED + tuple(getattr(kind, "REQUIRED", ())):
        if key not in entry:
            raise ctx.error(key, "is required")
    if not CODE.match(entry["code"]):
        raise ctx.error("code", f"{entry['code']!r} is not a rule code (letters then three digits, e.g. RL701)")
    if not NAME.match(entry["name"]):
        raise ctx.error("name", f"{entry['name']!r} must be kebab-case, naming the problem")
    try:
        severity = Severity.parse(entry.get("severity", "warning"))
    except ValueError as exc:
        raise ctx.error("severity", str(exc)) from None
    scopes = entry.get("scope", ["prose"])
    scopes = [scopes] if isinstance(scopes, str) else list(scopes)
    for scope in scopes:
        if scope not in SCOPES:
            raise ctx.error("scope", f"unknown scope {scope!r} (use: {', '.join(SCOPES)})")
    check, options, fix = kind.build(entry, ctx, tuple(scopes))
    house = kind.house(entry, ctx) if hasattr(kind, "house") else ()
    doc = ruledoc.clean(entry["doc"])
    try:
        examples = ruledoc.examples(doc)
    except (ValueError, Exception) as exc:  # a malformed example block is a pack error too
        raise ctx.error("doc", f"examples: {exc}") from None
    return RuleSpec(
        code=entry["code"], name=entry["name"], severity=severity, summary=ruledoc.summary(doc), doc=doc,
        check=check, options=options, fix=fix, parsed_examples=examples,
        aliases=tuple(entry.get("aliases", ())), source=path, enabled_by_default=entry.get("default", True),
        house=house,
    )


Check = Callable[..., Any]
