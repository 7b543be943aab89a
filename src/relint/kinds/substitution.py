"""substitution: a word or phrase the house writes another way, with a fix.

Keys: ``swap`` (mapping of the word to avoid to the house word; literal unless ``regex: true``),
``fix`` (``safe`` or ``unsafe``; default safe). A replacement inside a quotation is always offered
as unsafe, since it changes the speaker's words. Message placeholders: {match}, {replacement}.
"""

from __future__ import annotations

import regex

from ..model import ALWAYS_UNSAFE, ALWAYS_VARIES, Context, Finding, Fix, Span
from .base import REGEX_TIMEOUT, TermMatcher, check_message, match_case, scoped_matches

KEYS = {"swap": dict, "regex": bool, "fix": str}
REQUIRED = ("swap",)


def build(entry, ctx, scopes):
    swap = entry["swap"]
    if not swap:
        raise ctx.error("swap", "needs at least one word to replace")
    if entry.get("fix", "safe") not in ("safe", "unsafe"):
        raise ctx.error("fix", "must be safe or unsafe")
    literal = not entry.get("regex", False)
    ignorecase = entry.get("ignorecase", True)
    flags = regex.IGNORECASE if ignorecase else 0
    alternatives = []
    replacements = []
    for i, (avoid, prefer) in enumerate(swap.items()):
        if not isinstance(prefer, str):
            raise ctx.error("swap", f"the replacement for {avoid!r} must be a string")
        if not literal:
            ctx.compile("swap", str(avoid), flags)
            alternatives.append(f"(?P<s{i}>{avoid})")
        replacements.append(prefer)
    if literal:
        words = TermMatcher([str(a) for a in swap], ignorecase, lambda p, f: ctx.compile("swap", p, f))

        def which(m) -> int:
            return words.term_index(m.group())
    else:
        pattern = ctx.compile("swap", "|".join(alternatives), flags)

        def which(m) -> int:
            return int(m.lastgroup[1:])
    check_message(ctx, entry["message"], {"match", "replacement"})
    message = entry["message"]
    safe_by_default = entry.get("fix", "safe") == "safe"

    def check(release, rule_ctx: Context):
        found = words.pattern_for(release.words) if literal else pattern
        if found is None:
            return
        for m in scoped_matches(release, found, scopes, REGEX_TIMEOUT):
            index = which(m)
            replacement = match_case(m.group(), replacements[index]) if ignorecase else replacements[index]
            span = Span(m.start(), m.end())
            safe = safe_by_default and not release.in_quote(span)
            fix = Fix.replace(span, replacement, safe=safe, description=f"Replace with '{replacement}'")
            yield Finding(span, message.format(match=m.group(), replacement=replacement), fix)

    return check, {}, ALWAYS_VARIES if safe_by_default else ALWAYS_UNSAFE
