"""The house stays layered: an import that points up a layer, or closes a circle, fails here.

The graph is read from the source with ``ast``: every ``import`` and ``from ... import``, at the top
of a module or inside a function, is an edge. ``from package import name`` points at the module
``package.name`` where there is one, else at the package's ``__init__``. docs/architecture.md draws
the layers this test holds.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted((SRC / "relint").rglob("*.py")):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _imports(name: str, path: Path) -> set[str]:
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    edges = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            edges |= {alias.name for alias in node.names if alias.name.split(".")[0] == "relint"}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(base_parts + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            if base.split(".")[0] != "relint":
                continue
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                edges.add(sub if sub in MODULES else base)
    return {edge for edge in edges if edge in MODULES and edge != name}


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of more than one module (Tarjan), and self-loops."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycles():
    assert cycles(GRAPH) == []


def _layer(module: str) -> str:
    """relint.checks.dateline.form -> "checks"; relint.model -> "model"; relint -> "relint"."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "relint"


def _imports_of(prefix: str) -> dict[str, set[str]]:
    return {name: deps for name, deps in GRAPH.items() if name == prefix or name.startswith(prefix + ".")}


# What each layer may import (besides itself): the layers below it, as docs/architecture.md draws them.
MAY_IMPORT = {
    "model": set(),
    "lazyre": set(),
    "house": set(),
    "ruledoc": {"model", "lazyre"},
    "read": {"model", "lazyre"},
    "checks": {"model", "lazyre", "ruledoc", "read", "house"},
    "kinds": {"model", "lazyre", "ruledoc", "read", "house"},
    "registry": {"model", "house", "read", "checks", "kinds"},
    "config": {"model", "house", "read", "registry"},
    "speed": {"relint", "model", "read", "config"},
    "engine": {"model", "lazyre", "read", "house", "config", "registry", "speed"},
    "report": {"relint", "model", "read"},
    "learn": {"model", "read", "house", "checks", "config", "engine"},
    "docs": {"registry", "ruledoc"},
    "proselint_compare": {"config", "engine", "checks"},
    "cli": {"relint", "model", "read", "config", "engine", "report", "learn", "docs"},
    "entry": {"speed", "cli"},
    "__main__": {"entry"},
    "relint": set(),
}


def test_each_layer_imports_only_the_layers_below_it():
    upward = sorted((module, dep) for module, deps in GRAPH.items() for dep in deps
                    if _layer(dep) != _layer(module) and _layer(dep) not in MAY_IMPORT[_layer(module)])
    assert upward == [], "an import points up a layer (docs/architecture.md)"


def test_every_module_belongs_to_a_layer():
    assert {_layer(module) for module in GRAPH} <= set(MAY_IMPORT)


def test_the_rules_reach_no_engine_cache_or_command_line():
    for module, deps in _imports_of("relint.checks").items():
        assert not {_layer(dep) for dep in deps} & {"engine", "speed", "cli", "config", "registry"}, module


def test_reading_a_release_consults_no_cache():
    for module, deps in _imports_of("relint.read").items():
        assert not {_layer(dep) for dep in deps} & {"speed", "engine", "config", "checks"}, module


def test_the_engines_linting_imports_no_rule_module_and_names_no_rule():
    for module in ("relint.engine.lint", "relint.engine.corpus", "relint.engine.suppress", "relint.engine.fix"):
        assert not any(_layer(dep) in ("checks", "kinds") for dep in GRAPH[module]), module
        source = MODULES[module].read_text(encoding="utf-8")
        assert not re.search(r"['\"](?:RL|PL)\d{3}['\"]", source), f"{module} names a rule by code"


def test_only_the_engine_and_the_entry_point_consult_the_speed_machinery():
    users = {module for module, deps in GRAPH.items() for dep in deps
             if _layer(dep) == "speed" and _layer(module) != "speed"}
    assert {_layer(module) for module in users} <= {"engine", "entry"}, sorted(users)


def test_only_the_entry_point_imports_the_command_line():
    users = {module for module, deps in GRAPH.items() for dep in deps
             if _layer(dep) == "cli" and _layer(module) != "cli"}
    assert users == {"relint.entry"}


def test_no_module_is_over_600_lines():
    long = {name: count for name, path in MODULES.items()
            if (count := len(path.read_text(encoding="utf-8").splitlines())) > 600}
    assert long == {}
