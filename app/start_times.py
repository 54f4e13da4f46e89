"""The moments of the desk's start, written for a benchmark or a smoke test to read.

With KHEDMAT_START_TIMES naming a file, the start appends one JSON line per step —
{"mark": name, "at": epoch seconds} — and the program quits once the first page of tickets is
in the window (exit code 0). Without it nothing is written and the desk runs on.
"""
from __future__ import annotations

import json
import os
import time

START_TIMES_ENV = "KHEDMAT_START_TIMES"


def timing_start() -> bool:
    """Whether this start is being timed (and quits once the desk is filled)."""
    return bool(os.environ.get(START_TIMES_ENV))


def mark(name: str) -> None:
    """Write that the start reached `name` now, when the start is timed."""
    path = os.environ.get(START_TIMES_ENV)
    if not path:
        return
    line: dict[str, object] = {"mark": name, "at": time.time()}
    try:
        import resource
    except ImportError:  # Windows: no peak memory from the standard library
        pass
    else:
        line["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    with open(path, "a", encoding="utf-8") as out:
        out.write(json.dumps(line) + "\n")
