"""conditional: a term that needs its definition first, e.g. an acronym defined before use.

Keys: ``first`` (a pattern whose group 1 is the term as used), ``second`` (a pattern whose group 1
is the term as defined, e.g. "Institute of Health (MIH)"), ``exceptions`` (terms that need no
definition), ``house-list`` (the name of a list in the house registry that adds exceptions, such
as ``acronyms``), ``skip-case-variants`` (leave a term alone when the release also writes it in
another case: ``PRISM`` beside ``Prism`` is a name, not an acronym), ``named-in`` (scopes, such as
the headline, whose words count as known from the start: a name the headline gives). A defined
plural defines the singular (``UGVs``), and a hyphened definition its parts (``HR-MDS``). The first use of a term that is not defined before it is reported once.
A dateline's place (``DALLAS —``) is a city in AP capitals, never a term to define.
Options a config may set: ``exceptions`` (added to the rule's own). Message placeholders: {match}.
"""

from __future__ import annotations

import regex

from ..house import CORE
from ..model import NO_FIX, Context, Finding, Span
from ..read.release import SCOPES
from .base import REGEX_TIMEOUT, check_message, scoped_matches

KEYS = {"first": str, "second": str, "exceptions": list, "skip-case-variants": bool, "house-list": str,
        "named-in": list}
REQUIRED = ("first", "second")


def build(entry, ctx, scopes):
    flags = regex.IGNORECASE if entry.get("ignorecase", False) else 0
    first = ctx.compile("first", entry["first"], flags)
    second = ctx.compile("second", entry["second"], flags)
    for key, pattern in (("first", first), ("second", second)):
        if pattern.groups < 1:
            raise ctx.error(key, "needs a group, (...), around the term")
    check_message(ctx, entry["message"], {"match"})
    message = entry["message"]
    builtin = frozenset(str(e) for e in entry.get("exceptions", ()))
    skip_variants = entry.get("skip-case-variants", False)
    house_list = entry.get("house-list")
    named_in = tuple(entry.get("named-in", ()))
    for scope in named_in:
        if scope not in SCOPES:
            raise ctx.error("named-in", f"unknown scope {scope!r} (use: {', '.join(SCOPES)})")

    def check(release, rule_ctx: Context):
        exceptions = builtin | frozenset(str(e) for e in rule_ctx.options.get("exceptions", ()))
        if house_list:
            exceptions |= frozenset(str(e) for e in rule_ctx.house.get(house_list) or ())
        definitions: dict[str, int] = {}
        for m in scoped_matches(release, second, ("text",), REGEX_TIMEOUT):
            for term in m.captures(1):
                for form in _forms(term):
                    definitions.setdefault(_key(form, flags), m.start())
        for scope in named_in:  # a name the headline gives ("ACE ROBOTICS Unveils ...") is known throughout
            for span in release.scope(scope):
                for word in _WORD.findall(release.prose, span.start, span.end):
                    definitions[_key(word, flags)] = -1
        reported: set[str] = set()
        places = release.dateline.places if release.dateline else ()
        for m in scoped_matches(release, first, scopes, REGEX_TIMEOUT):
            term = m.group(1)
            key = _key(term, flags)
            if term in exceptions or key in reported or any(p.start <= m.start(1) < p.end for p in places):
                continue
            if skip_variants and _written_otherwise(release, term):
                reported.add(key)
                continue
            defined_at = definitions.get(key)
            if defined_at is not None and defined_at <= m.start(1):
                continue
            reported.add(key)
            yield Finding(Span(m.start(1), m.end(1)), message.format(match=term))

    return check, {"exceptions": []}, NO_FIX


def house(entry, ctx) -> tuple:
    """The house list a ``house-list`` key names: one of the house-wide lists of words."""
    name = entry.get("house-list")
    if name is None:
        return ()
    lists = [section for section in CORE if isinstance(section.shape(), list)]
    for section in lists:
        if section.key == name:
            return (section,)
    raise ctx.error("house-list", f"{name!r} is not a list of words in the house (use: "
                                  f"{', '.join(s.key for s in lists)})")


_WORD = regex.compile(r"[\p{L}\d&]+")


def _forms(term: str) -> tuple[str, ...]:
    """A defined term and the forms it defines: "UGVs" defines UGV, "HR-MDS" defines MDS."""
    forms = [term]
    if len(term) > 2 and term.endswith("s") and term[:-1].isupper():
        forms.append(term[:-1])
    if "-" in term:
        forms += [part for part in term.split("-") if len(part) > 1]
    return tuple(forms)


def _key(term: str, flags: int) -> str:
    return term.lower() if flags & regex.IGNORECASE else term


def _written_otherwise(release, term: str) -> bool:
    """True when the term also appears in lower or title case: a word or a name, not an acronym."""
    return term.lower() in release.words or term.title() in release.words
