"""PL: proselint's advice as relint rules, taken from proselint's own registry at run time.

Each proselint check path is one rule with a stable code (see ``relint.proselint_codes``). The
advice stays in the dependency: nothing is copied out of proselint. This first bridge runs each
check with proselint's own engine, so its findings are proselint's, offset for offset and word for
word; proselint is imported only when a PL rule runs.

Three of proselint 0.16's traps are handled here: its results are offsets into the text padded
with a newline at each end (they are shifted back by one); it skips results that start inside
quotation marks unless the check allows quotes (the same quote spans are used); and its
registry is a process-wide singleton (the bridge never registers anything).

PL rules are off by default: run them with ``--select PL`` or a config ``extend-select``. The
curated press-release selection arrives with the combined-pattern engine, which makes them cheap
enough to run on every commit.
"""

from __future__ import annotations

from bisect import bisect_left

from ..model import Finding, RuleSpec, Severity, Span
from ..plengine import indexed_checks
from ..proselint_codes import PL_CHECKS
from . import Context

DOC = """{summary}

## What it checks
proselint's check `{path}` ({kind}), run by proselint's own engine on the whole text. Its message
template is: `{message}`. {quotes}

## Why
proselint collects usage advice from Garner, Strunk and White, Orwell and other authorities; this
rule brings one of its checks into relint's selection, severities, suppressions and reports. The
advice, the patterns and the messages are proselint's.

## Default
Off. The bridge runs proselint check by check; a curated selection for press releases is enabled
by default once relint's combined-pattern engine runs these checks in a few passes.
"""


def _padded(release):
    """proselint's view of the text: padded with a newline at each end."""
    return release.derived("proselint-padded", lambda: f"\n{release.text}\n")


def _quote_bounds(release, content: str) -> tuple[int, ...]:
    """proselint's quotation spans (flat start/end pairs), found only when a result needs them."""

    def compute():
        from itertools import chain

        from proselint.tools import QUOTE_PATTERN, check_matching_quotes, find_spans

        return tuple(chain.from_iterable(find_spans(content, QUOTE_PATTERN, check_matching_quotes)))

    return release.derived("proselint-quotes", compute)


def run_path(release, path: str):
    """proselint's results for one check path: (start, end, message, replacement), offsets into release.text."""
    content = _padded(release)
    length = len(release.text)
    for check in indexed_checks().get(path, ()):
        for result in check.results(content):
            if not check.allow_quotes and bisect_left(_quote_bounds(release, content), result.span[0]) % 2 == 1:
                continue
            start = min(max(result.span[0] - 1, 0), length)
            end = min(max(result.span[1] - 1, start), length)
            yield start, end, result.message, result.replacements


def _make_check(path: str):
    def check(release, ctx: Context):
        for start, end, message, _ in run_path(release, path):
            yield Finding(Span(start, end), message)

    check.__name__ = "pl_" + path.replace(".", "_")
    return check


def pl_name(path: str) -> str:
    return path.replace(".", "-").replace("_", "-")


def pl_specs() -> list[RuleSpec]:
    specs = []
    for path, (code, kind, quotes, message) in PL_CHECKS.items():
        summary = f"proselint: {_summary(message)}"
        doc = DOC.format(summary=summary, path=path, kind=kind, message=message.replace("`", "'"),
                         quotes="It reports inside quotations too." if quotes else
                         "Like proselint, it skips text inside quotation marks.")
        specs.append(RuleSpec(
            code=code, name=pl_name(path), severity=Severity.INFO, summary=summary, doc=doc.strip(),
            check=_make_check(path), source="proselint", enabled_by_default=False,
        ))
    return specs


def _summary(message: str) -> str:
    text = message.replace("{}", "…").replace("'{}'", "…").strip()
    return text if text.endswith(".") else text + "."
