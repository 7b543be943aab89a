"""relint --select PL against proselint 0.16's own LintFile(...).lint(), on every file."""

from __future__ import annotations

import sys
import time

from _paths import release_files, targets

from relint.proselint_compare import proselint_results, relint_results


def main() -> int:
    files = release_files(targets(sys.argv[1:]))
    started = time.perf_counter()
    same = findings = 0
    different = []
    for path in files:
        # proselint reads files with universal newlines; so does this comparison.
        text = path.read_text(encoding="utf-8")
        expected, actual = proselint_results(text, str(path)), relint_results(text, path.name)
        findings += len(expected)
        if expected == actual:
            same += 1
        else:
            different.append((path, len(set(expected) ^ set(actual))))
    print(f"files: {len(files)}  identical: {same}  different: {len(different)}  proselint findings: {findings}"
          f"  ({time.perf_counter() - started:.1f} s)")
    for path, count in different[:20]:
        print(f"  {path}: {count} findings differ")
    return 1 if different else 0


if __name__ == "__main__":
    sys.exit(main())
