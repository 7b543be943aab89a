"""consistency: either form is acceptable, but never both in one release.

Keys: ``either`` (a list of groups, each a list of forms of one word, e.g. [startup, start-up]).
The form used first sets the release's choice; each later use of another form is reported, with
an unsafe fix to the first form. A form written as part of a name (in title case beside another
capitalised word: ``Florida Health Care Plan``, ``Health Care Products and ...``) neither sets the
choice nor is reported. Message placeholders: {match}, {other}.
"""

from __future__ import annotations

import regex

from ..model import ALWAYS_UNSAFE, Context, Finding, Fix, Span
from .base import REGEX_TIMEOUT, TermMatcher, check_message, match_case, scoped_matches

KEYS = {"either": list}
REQUIRED = ("either",)


def build(entry, ctx, scopes):
    groups = entry["either"]
    ignorecase = entry.get("ignorecase", True)
    forms_flat: list[str] = []
    owner: list[tuple[int, int]] = []
    for g, forms in enumerate(groups):
        if not isinstance(forms, list) or len(forms) < 2:
            raise ctx.error("either", "each group needs two or more forms")
        for f, form in enumerate(forms):
            forms_flat.append(str(form))
            owner.append((g, f))
    words = TermMatcher(forms_flat, ignorecase, lambda p, f: ctx.compile("either", p, f))
    check_message(ctx, entry["message"], {"match", "other"})
    message = entry["message"]

    def check(release, rule_ctx: Context):
        chosen: dict[int, str] = {}
        pattern = words.pattern_for(release.words)
        if pattern is None:
            return
        for m in scoped_matches(release, pattern, scopes, REGEX_TIMEOUT):
            if _in_a_name(release.prose, m.start(), m.end()):
                continue
            group, form = owner[words.term_index(m.group())]
            canonical = str(groups[group][form])
            if group not in chosen:
                chosen[group] = canonical
                continue
            first = chosen[group]
            if canonical.lower() == first.lower():
                continue
            span = Span(m.start(), m.end())
            replacement = match_case(m.group(), first)
            fix = Fix.replace(span, replacement, safe=False, description=f"Use '{first}' throughout")
            yield Finding(span, message.format(match=m.group(), other=first), fix)

    return check, {}, ALWAYS_UNSAFE


_WORD_BEFORE = regex.compile(r"(\S+)[ \t]+\Z")
_WORD_AFTER = regex.compile(r"[ \t]+([\p{L}\d][\S]*)")


def _in_a_name(prose: str, start: int, end: int) -> bool:
    written = prose[start:end]
    if not all(word[:1].isupper() for word in written.split()):
        return False
    after = _WORD_AFTER.match(prose, end, end + 40)
    if after is not None and after.group(1)[:1].isupper():
        return True
    before = _WORD_BEFORE.search(prose, max(0, start - 40), start)
    return before is not None and before.group(1)[:1].isupper() and not before.group(1).endswith((".", "!", "?", ":"))
