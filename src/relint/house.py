"""The house: its registries and style choices as typed, frozen values.

Each rule family declares the ``house:`` section its rules read, in one place: what each key may
hold, its default and what it means (``Style``, ``Registry``, ``Value``). A rule names the sections
it reads (``@rule(..., house=(SECTION,))``), so ``relint rule CODE`` can print them. ``relint.config``
assembles every declaration into the config's schema, validates a config against it and parses each
section once, when the config is loaded, into a ``House``; a rule reads its section with
``SECTION.of(ctx.house)``: a style with every default filled in, or a tuple of typed entries.

Shapes are written as the validator reads them: ``str``, ``int``, ``bool``, a frozenset of the
allowed words, ``DATE`` (a date or a string), ``[shape]`` for a list, and a dict for a mapping.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterator, Mapping

DATE = (str, "date")  # a YAML date, or a string holding one


@dataclass(frozen=True)
class Setting:
    """One key of a section: the shape of what it may hold, its default, and what it means."""

    shape: Any
    default: Any = None
    doc: str = ""
    order: tuple = ()  # the allowed words in the order the docs list them (a frozenset has none)

    def describe(self) -> str:
        """The allowed values, as the rule page shows them."""
        if self.order:
            return " | ".join(self.order)
        return _shape_name(self.shape)


def choice(default: str, *others: str, doc: str = "") -> Setting:
    """One of a fixed set of words; ``default`` first."""
    return Setting(frozenset((default, *others)), default, doc, (default, *others))


def setting(shape: Any, default: Any = None, doc: str = "") -> Setting:
    return Setting(shape, default, doc)


def _shape_name(shape: Any) -> str:
    if shape is DATE:
        return "a date (YYYY-MM-DD)"
    if isinstance(shape, list):
        return f"a list of {_shape_name(shape[0])}s" if not isinstance(shape[0], dict) else "a list of entries"
    if isinstance(shape, dict):
        return "a mapping"
    if isinstance(shape, frozenset):
        return " | ".join(sorted(shape))
    return {str: "text", int: "a whole number", bool: "true or false"}.get(shape, getattr(shape, "__name__", str(shape)))


# ------------------------------------------------------------------------------------- sections


class Section:
    """A ``house:`` key some rule reads. ``of(house)`` is its typed value in a loaded house."""

    key: str
    doc: str

    def shape(self) -> Any:
        """What the validator holds a config's value to."""
        raise NotImplementedError

    def parse(self, raw: Any) -> Any:
        """The typed value of a validated ``raw`` config value."""
        raise NotImplementedError

    def default(self) -> Any:
        raise NotImplementedError

    def of(self, house: "House") -> Any:
        value = house.get(self.key, _MISSING)
        return self.default() if value is _MISSING else value

    def settings(self) -> Mapping[str, Setting]:
        """The keys a rule page lists (a value section: itself, under its own key)."""
        raise NotImplementedError


_MISSING = object()


@dataclass(frozen=True, eq=False)
class Style(Section):
    """A mapping of choices (``house.dateline``, ``house.numbers``): every key has a default."""

    key: str
    fields: Mapping[str, Setting]
    doc: str = ""

    def shape(self) -> dict:
        return {name: s.shape for name, s in self.fields.items()}

    def parse(self, raw: Mapping) -> "Choices":
        given = dict(raw or {})
        return Choices(tuple((name, given.get(name, s.default)) for name, s in self.fields.items()), bool(given))

    def default(self) -> "Choices":
        return Choices(tuple((name, s.default) for name, s in self.fields.items()), False)

    def settings(self) -> Mapping[str, Setting]:
        return self.fields


@dataclass(frozen=True, eq=False)
class Registry(Section):
    """A list of entries (``house.trademarks``, ``house.people``), each built into a typed value."""

    key: str
    fields: Mapping[str, Setting]
    build: Callable[[Mapping[str, Any]], Any]
    required: tuple[str, ...] = ()
    doc: str = ""

    def shape(self) -> list:
        return [{name: s.shape for name, s in self.fields.items()}]

    def parse(self, raw: list) -> "Entries":
        entries = []
        for entry in raw or ():
            filled = {name: entry.get(name, s.default) for name, s in self.fields.items()}
            entries.append(self.build(filled))
        return Entries(entries)

    def default(self) -> "Entries":
        return _NO_ENTRIES

    def settings(self) -> Mapping[str, Setting]:
        return self.fields


@dataclass(frozen=True, eq=False)
class Value(Section):
    """One value (``house.company``, ``house.end-mark``, ``house.acronyms``)."""

    key: str
    value: Setting
    doc: str = ""

    def shape(self) -> Any:
        return self.value.shape

    def parse(self, raw: Any) -> Any:
        return tuple(raw) if isinstance(raw, list) else raw

    def default(self) -> Any:
        return self.value.default

    def settings(self) -> Mapping[str, Setting]:
        return {self.key: self.value}


# --------------------------------------------------------------------------------------- values


class Entries(tuple):
    """A registry's entries, in the config's order. What rules derive from them (an index of the
    names they may be written as) is computed once, where the entries are: they live as long as
    the config that holds them."""

    def derived(self, key: Any, compute: Callable[["Entries"], Any]) -> Any:
        memo = self.__dict__.setdefault("_derived", {})
        if key not in memo:
            memo[key] = compute(self)
        return memo[key]


_NO_ENTRIES = Entries()


@dataclass(frozen=True)
class Choices(Mapping):
    """A style section as the house sets it: each key's value (the default where none is given);
    ``given``: the config sets some key of it."""

    items_: tuple[tuple[str, Any], ...]
    given: bool = False

    def __getitem__(self, name: str) -> Any:
        for key, value in self.items_:
            if key == name:
                return value
        raise KeyError(name)

    def __iter__(self) -> Iterator[str]:
        return (key for key, _ in self.items_)

    def __len__(self) -> int:
        return len(self.items_)


@dataclass(frozen=True)
class House:
    """Every section a config gives, parsed once (sections it does not give read as their default)."""

    values: tuple[tuple[str, Any], ...] = ()

    def get(self, key: str, default: Any = None) -> Any:
        for name, value in self.values:
            if name == key:
                return value
        return default

    def given(self, key: str) -> bool:
        return any(name == key for name, _ in self.values)

    @classmethod
    def parse(cls, raw: Mapping[str, Any] | None, sections: tuple[Section, ...]) -> "House":
        """The typed house of a validated ``house:`` mapping."""
        by_key = {s.key: s for s in sections}
        values = []
        for key, value in (raw or {}).items():
            section = by_key.get(key)
            values.append((key, section.parse(value) if section is not None else value))
        return cls(tuple(values))


# ------------------------------------------------------------------------- sections of the house


COMPANY = Value("company", setting(str, None, "The company the releases are from."),
                "The house company: the name rules look for where a release names its own company.")
LANGUAGE = Value("language", setting(str, None, "The language the releases are written in."))
ACRONYMS = Value("acronyms", setting([str], (), "Acronyms the house uses without defining them."))

CORE = (COMPANY, LANGUAGE, ACRONYMS)
