"""A rule's documentation is Markdown with runnable examples, kept in one place.

Fenced blocks tagged ``bad``, ``good`` and ``fixed`` are examples: a ``bad`` text must raise the
rule, a ``good`` one must not, and a ``fixed`` block right after a ``bad`` one is what the rule's
fix makes of it. A ``config`` block (YAML) sets the options and house registry that the examples
after it run with. The same text feeds ``relint rule CODE``, the rule reference and the tests.
"""

from __future__ import annotations

import inspect
from functools import lru_cache

import regex
import yaml

from . import lazyre
from .model import Example

_FENCE = lazyre.compile(r"^```[ \t]*(?P<tag>bad|good|fixed|config|corpus)[ \t]*\n(?P<body>.*?)^```[ \t]*$", regex.M | regex.S)


def clean(doc: str | None) -> str:
    return inspect.cleandoc(doc or "").strip()


def summary(doc: str) -> str:
    first = clean(doc).split("\n\n", 1)[0]
    return " ".join(first.split())


def examples(doc: str) -> tuple[Example, ...]:
    """The examples in a rule's documentation, in order."""
    found: list[Example] = []
    config = None
    corpus: tuple[str, ...] = ()
    for m in _FENCE.finditer(clean(doc)):
        tag, body = m.group("tag"), m.group("body")
        text = body[:-1] if body.endswith("\n") else body
        if tag == "config":
            config = yaml.safe_load(text) or {}
        elif tag == "corpus":
            corpus = tuple(part.strip("\n") for part in regex.split(r"(?m)^~~~[ \t]*$", text))
        elif tag == "fixed":
            if not found or found[-1].kind != "bad" or found[-1].fixed is not None:
                raise ValueError("a 'fixed' example must follow a 'bad' one")
            last = found.pop()
            found.append(Example(last.kind, last.text, text, last.config, last.corpus))
        else:
            found.append(Example(tag, text, None, config, corpus))
    return tuple(found)


def examples_of(spec) -> tuple[Example, ...]:
    """A rule's examples: as its pack parsed them, else read from its documentation once."""
    if spec.parsed_examples is not None:
        return spec.parsed_examples
    return _examples_in(spec.doc)


@lru_cache(maxsize=None)
def _examples_in(doc: str) -> tuple[Example, ...]:
    return examples(doc)


def render(doc: str) -> str:
    """The documentation as a reader sees it: example fences become labelled text blocks."""
    labels = {"bad": "Bad:", "good": "Good:", "fixed": "Fixed:", "config": "With this configuration:",
              "corpus": "Linted together with:"}

    def label(m: regex.Match) -> str:
        lang = "yaml" if m.group("tag") == "config" else "text"
        return f"{labels[m.group('tag')]}\n\n```{lang}\n{m.group('body')}```"

    return _FENCE.sub(label, clean(doc))
