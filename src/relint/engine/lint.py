"""Run the rules on a release: stamp code and severity, apply suppressions, sort.

Rules are pure functions of (release, options, house registries, corpus index), so a file's
result depends only on its text and its settings: files can be linted in any order, in
parallel processes, and cached by content hash.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field, replace

from ..config.settings import Settings
from ..model import Context, Diagnostic, Finding, RuleSpec, Severity, Span
from ..read.release import Release, parse
from ..read.sources import SourceError
from ..registry import Registry
from .suppress import parse_suppressions


class InternalError(Exception):
    """A rule failed on a release: a bug in relint (or a rule pack), reported without a traceback."""


@dataclass
class FileResult:
    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    text: str | None = None


def lint_release(release: Release, registry: Registry, settings: Settings, *, corpus=None,
                 today: _dt.date | None = None, errors: list[str] | None = None) -> list[Diagnostic]:
    """Every enabled rule's findings on ``release``, stamped, unsuppressed and sorted.

    With ``errors``, a rule that fails (a bug, or a user pattern stopped by its time limit) adds
    one line there and costs only its own findings; without it, the failure is raised.
    """
    diagnostics: list[Diagnostic] = []
    for spec in settings.rules:
        if spec.may_report is not None and not spec.may_report(release):
            continue
        summary = corpus.for_rule(spec.code) if corpus is not None and spec.corpus else None
        ctx = Context(options=settings.options.get(spec.code, spec.options), house=settings.house,
                      corpus=summary, today=today)
        try:
            findings = _run(spec, release, ctx)
        except (InternalError, SourceError) as exc:
            if errors is None:
                raise
            errors.append(f"{release.path}: {exc}" if isinstance(exc, InternalError) else str(exc))
            continue
        for finding in findings:
            diagnostics.append(_stamp(release, spec, settings.severity.get(spec.code, spec.severity), finding))
    diagnostics = _governed(release, registry, settings, _defer_to_rules(registry, diagnostics))
    suppressions = parse_suppressions(release)
    kept = [d for d in diagnostics if not suppressions.hides(d)]
    kept += _unused_suppressions(release, registry, settings, suppressions)
    return sorted(set(kept), key=Diagnostic.sort_key)


def _defer_to_rules(registry: Registry, diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """Drop a finding whose rule defers to another rule that reports an overlapping span here."""
    spans_by_code: dict[str, list[Span]] = {}
    for d in diagnostics:
        spans_by_code.setdefault(d.code, []).append(d.span)
    defers_to = {code: registry.get(code).defers_to for code in spans_by_code if registry.get(code)}
    if not any(defers_to.values()):
        return diagnostics

    def gives_way(d: Diagnostic) -> bool:
        return any(other.overlaps(d.span) or other == d.span
                   for code in defers_to.get(d.code, ()) for other in spans_by_code.get(code, ()))

    return [d for d in diagnostics if not gives_way(d)]


def _governed(release: Release, registry: Registry, settings: Settings, diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """Where a rule governs the text (``RuleSpec.governs``), only its own fixes stand: other rules'
    findings there keep their place and message, without a fix."""
    if not any(d.fix for d in diagnostics):
        return diagnostics
    for spec in registry:
        if spec.governs is None:
            continue
        governed = spec.governs(release, Context(options=spec.options, house=settings.house))
        if governed:
            diagnostics = [replace(d, fix=None) if d.fix is not None and d.code != spec.code
                           and any(g.overlaps(d.span) or g.contains(d.span) for g in governed) else d
                           for d in diagnostics]
    return diagnostics


def _unused_suppressions(release: Release, registry: Registry, settings: Settings, suppressions) -> list[Diagnostic]:
    """A suppression comment that hid nothing is reported by the rule that audits them, when every
    rule it names ran: a comment for a rule this run did not select may be needed by another run."""
    found = []
    for spec in registry:
        if spec.audits_suppressions is None or spec.code not in settings.enabled:
            continue
        for directive in suppressions.unused():
            named = [r for code in directive.codes for r in registry.matching(code)] if directive.codes else list(registry)
            if not named or any(r.code not in settings.enabled for r in named):
                continue
            what = ", ".join(directive.codes) if directive.codes else "every rule"
            found.append(_stamp(release, spec, settings.severity.get(spec.code, spec.severity),
                                spec.audits_suppressions(directive, what)))
    return found


def _run(spec: RuleSpec, release: Release, ctx: Context) -> list[Finding]:
    try:
        findings = list(spec.check(release, ctx))
    except TimeoutError:
        raise SourceError(spec.source, f"rule {spec.code} ({spec.name}): a pattern took too long on "
                          f"{release.path} and was stopped; simplify the pattern") from None
    except (SourceError, InternalError):
        raise
    except Exception as exc:  # a bug must not cost the writer the rest of the report
        raise InternalError(f"internal error in rule {spec.code} ({spec.name}): "
                            f"{type(exc).__name__}: {exc}") from exc
    length = len(release.text)
    for finding in findings:
        span = finding.span
        if not (0 <= span.start <= span.end <= length):
            raise InternalError(f"internal error in rule {spec.code}: span {span} outside the text")
        if not spec.fix.allows(finding.fix):
            raise InternalError(f"internal error in rule {spec.code}: a finding's fix ({finding.fix and finding.fix.applicability}) "
                                f"disagrees with the rule's fix metadata ({spec.fix})")
        if finding.fix is not None:
            for edit in finding.fix.edits:
                if edit.span.end > length:
                    raise InternalError(f"internal error in rule {spec.code}: fix outside the text")
    return findings


def _stamp(release: Release, spec: RuleSpec, severity: Severity, finding: Finding) -> Diagnostic:
    return Diagnostic(
        path=release.path, code=spec.code, name=spec.name, severity=severity, message=finding.message,
        span=finding.span, start=release.lines.position(finding.span.start),
        end=release.lines.position(finding.span.end), fix=finding.fix, detail=finding.detail,
    )


def lint_text(text: str, path: str, registry: Registry, settings: Settings, *, bom: bool = False,
              markup: str | None = None, corpus=None, today=None, release: Release | None = None) -> FileResult:
    """Lint one draft. ``release`` may be passed when the text was parsed already (corpus pass)."""
    if release is None or release.text != text or (not release.structured and settings.reads_structure):
        release = parse(text, path, markup=markup, bom=bom, structure=settings.reads_structure)
    result = FileResult(path, text=text)
    result.diagnostics = lint_release(release, registry, settings, corpus=corpus, today=today, errors=result.errors)
    return result


def failing(diagnostics: list[Diagnostic], level: Severity) -> bool:
    return any(d.severity >= level for d in diagnostics)
