"""consistency: either form is acceptable, but never both in one release.

Keys: ``either`` (a list of groups, each a list of forms of one word, e.g. [startup, start-up]).
The form used first sets the release's choice; each later use of another form is reported, with
an unsafe fix to the first form. Message placeholders: {match}, {other}.
"""

from __future__ import annotations

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
