"""One JSON object a line: the json format, streamable."""

from __future__ import annotations

import json

from .json import as_dict


def render(results, **_) -> str:
    return "".join(json.dumps(as_dict(d), ensure_ascii=False) + "\n" for r in results for d in r.diagnostics)
