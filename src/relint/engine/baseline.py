"""A baseline: today's findings recorded, so that only new ones are reported.

A finding's fingerprint is its code, its file's path and the sentence it points into (a finding about the whole release, such as a missing contact, which
points at no text, is fingerprinted by code and path alone): not the line number, so editing elsewhere in the file, or inserting a
paragraph above, does not bring an old finding back. Identical fingerprints are counted: a
baseline that holds two of them hides two findings, and a third is new.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from pathlib import Path

from .. import lazyre
from ..read import sources

VERSION = 1
CONTEXT = 40  # a sentence is read at most five times this far on each side
_SENTENCE_END = lazyre.compile(r"[.!?][\"”’)]*\s")


class BaselineError(Exception):
    pass


def _normal_path(path: str) -> str:
    return Path(os.path.normpath(path)).as_posix()


def fingerprint(diagnostic, text: str) -> str:
    if diagnostic.span.start == diagnostic.span.end:
        # "The release has no media contact": about the release, not a place in it.
        key = "\0".join((diagnostic.code, _normal_path(diagnostic.path), "release"))
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]
    line_start = max(text.rfind("\n", 0, diagnostic.span.start), text.rfind("\r", 0, diagnostic.span.start)) + 1
    line_end = len(text)
    for stop in ("\n", "\r"):
        found = text.find(stop, diagnostic.span.start)
        if found >= 0:
            line_end = min(line_end, found)
    # The finding's own sentence: a paragraph is often one line, and a sentence added to it must
    # not change the fingerprints of the findings in the sentences around it.
    floor = max(line_start, diagnostic.span.start - CONTEXT * 5)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, floor, diagnostic.span.start)]
    start = ends[-1] if ends else floor
    after = _SENTENCE_END.search(text, max(diagnostic.span.end, diagnostic.span.start), min(line_end, diagnostic.span.end + CONTEXT * 5))
    end = after.start() + 1 if after else min(line_end, diagnostic.span.end + CONTEXT * 5)
    context = " ".join(text[start:end].split())
    key = "\0".join((diagnostic.code, _normal_path(diagnostic.path), context))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def entries(results) -> Counter:
    counts: Counter = Counter()
    for result in results:
        for d in result.diagnostics:
            counts[(_normal_path(d.path), d.code, fingerprint(d, result.text or ""))] += 1
    return counts


def write_baseline(path: Path, results) -> int:
    counts = entries(results)
    rows = [{"path": p, "code": c, "fingerprint": f, "count": n} for (p, c, f), n in sorted(counts.items())]
    data = {"version": VERSION, "tool": "relint", "findings": rows}
    sources.write_atomic(str(path), (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
    return sum(counts.values())


def load_baseline(path: Path) -> Counter:
    try:
        raw = sources.read_bytes(path)
        data = json.loads(raw.decode("utf-8"))
    except FileNotFoundError:
        raise BaselineError(f"{path}: no such baseline file (make one with 'relint baseline')") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BaselineError(f"{path}: not a relint baseline: {exc}") from None
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("findings"), list):
        raise BaselineError(f"{path}: not a relint baseline (version {VERSION})")
    counts: Counter = Counter()
    for i, row in enumerate(data["findings"]):
        try:
            counts[(row["path"], row["code"], row["fingerprint"])] += int(row.get("count", 1))
        except (KeyError, TypeError, ValueError):
            raise BaselineError(f"{path}: findings[{i}] is malformed") from None
    return counts


def apply_baseline(results, baseline: Counter):
    """The results with every finding the baseline records removed (as many times as it records it)."""
    remaining = Counter(baseline)
    for result in results:
        kept = []
        for d in result.diagnostics:
            key = (_normal_path(d.path), d.code, fingerprint(d, result.text or ""))
            if remaining[key] > 0:
                remaining[key] -= 1
            else:
                kept.append(d)
        result.diagnostics = kept
    return results
