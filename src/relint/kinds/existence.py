"""existence: a word, phrase or pattern that must not appear.

Keys: ``tokens`` (literal words or phrases), ``patterns`` (regular expressions); at least one.
Options a config may set: ``exceptions`` (matches to leave alone). Message placeholders: {match}.
"""

from __future__ import annotations

import regex

from ..model import NO_FIX, Context, Finding, Span
from .base import REGEX_TIMEOUT, TermMatcher, check_message, scoped_matches

KEYS = {"tokens": list, "patterns": list, "exceptions": list}


def build(entry, ctx, scopes):
    tokens = entry.get("tokens", [])
    patterns = entry.get("patterns", [])
    if not tokens and not patterns:
        raise ctx.error("tokens", "an existence rule needs tokens or patterns")
    flags = regex.IGNORECASE if entry.get("ignorecase", False) else 0
    alternatives = []
    words = None
    if tokens:
        words = TermMatcher([str(t) for t in tokens], bool(flags), lambda p, f: ctx.compile("tokens", p, f))
        alternatives.append(words.pattern.pattern)
    extra = []
    for p in patterns:
        ctx.compile("patterns", str(p))
        extra.append(f"(?:{p})")
    pattern = ctx.compile("tokens", "|".join(alternatives + extra), flags)
    extra = tuple(extra)
    check_message(ctx, entry["message"], {"match"})
    message = entry["message"]
    default_exceptions = tuple(entry.get("exceptions", ()))

    def check(release, rule_ctx: Context):
        exceptions = {e.lower() for e in (*default_exceptions, *rule_ctx.options.get("exceptions", ()))}
        found = words.pattern_for(release.words, extra) if words is not None else pattern
        if found is None:
            return
        for m in scoped_matches(release, found, scopes, REGEX_TIMEOUT):
            if m.group().lower() in exceptions:
                continue
            yield Finding(Span(m.start(), m.end()), message.format(match=m.group()))

    return check, {"exceptions": []}, NO_FIX
