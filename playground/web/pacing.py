"""How often a streaming event sends an update: at most one per ``UPDATE_INTERVAL_S``, the first and the last at
once.

A decoding step of a few rows takes 20-40 ms here, and each update costs the server a postprocess, a diff and
an SSE message, and the client a parse, with the whole text of every pane: at one update per step that was
about 0.2 s of a 2-second request (``bench/concurrency.py``). Twenty updates a second still read as a smooth
stream. Skipped snapshots are not lost: each snapshot holds everything so far, and the next one sent carries it.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from typing import TypeVar

UPDATE_INTERVAL_S = 0.05

T = TypeVar("T")
_NONE = object()


def paced(snapshots: Iterable[T], interval_s: float | None = None) -> Iterator[T]:
    """``snapshots``, cumulative, thinned to one per ``interval_s``; the first and the last always pass. Closing
    this closes ``snapshots`` at once (an engine stream then cancels its generation)."""
    interval_s = UPDATE_INTERVAL_S if interval_s is None else interval_s
    sent_at, held = None, _NONE
    source = iter(snapshots)
    try:
        for snapshot in source:
            now = time.monotonic()
            if sent_at is None or now - sent_at >= interval_s:
                sent_at, held = now, _NONE
                yield snapshot
            else:
                held = snapshot
        if held is not _NONE:
            yield held
    finally:
        close = getattr(source, "close", None)
        if close is not None:
            close()
