"""How often a streaming event sends an update: at most one per interval; the first two and the last at once.

Each update costs the server a postprocess, a diff and an SSE message, and the client a parse, with the whole
text of every pane; on a 2-core machine that CPU comes out of the decoding steps. At one update per step
(20-40 ms) that was about 0.2 s of a 2-second request (``bench/concurrency.py``), at one per 50 ms about
35 ms. So one stream sends at most ``UPDATE_INTERVAL_S`` apart (ten a second still read as a stream), and when
more streams are open at once the interval grows with them (``STREAMS_PER_INTERVAL`` share each interval), so
that all streams together send a bounded number of updates a second, instead of one more set per visitor.
The first two snapshots pass at once, since an engine stream's first is its empty start and its second holds
the first tokens (time to first token is not held back). Skipped snapshots are not lost: each snapshot holds
everything so far, and the next one sent carries it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Iterator
from typing import TypeVar

UPDATE_INTERVAL_S = 0.1
STREAMS_PER_INTERVAL = 4
MAX_INTERVAL_S = 0.5

T = TypeVar("T")
_NONE = object()


class _OpenStreams:
    """How many paced streams are open in this process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.count = 0

    def change(self, by: int) -> None:
        with self._lock:
            self.count += by


OPEN = _OpenStreams()


def interval_for(open_streams: int) -> float:
    """Seconds between two updates of one stream while ``open_streams`` streams are open."""
    return min(MAX_INTERVAL_S, UPDATE_INTERVAL_S * max(1.0, open_streams / STREAMS_PER_INTERVAL))


def paced(snapshots: Iterable[T], interval_s: float | None = None) -> Iterator[T]:
    """``snapshots``, cumulative, thinned to one per ``interval_s`` (default: :func:`interval_for` the streams
    open now); the first two (an engine stream's empty start and its first tokens) and the last always pass.
    Closing this closes ``snapshots`` at once (an engine stream then cancels its generation)."""
    sent, sent_at, held = 0, None, _NONE
    source = iter(snapshots)
    OPEN.change(+1)
    try:
        for snapshot in source:
            now = time.monotonic()
            wait = interval_for(OPEN.count) if interval_s is None else interval_s
            if sent < 2 or now - sent_at >= wait:
                sent, sent_at, held = sent + 1, now, _NONE
                yield snapshot
            else:
                held = snapshot
        if held is not _NONE:
            yield held
    finally:
        OPEN.change(-1)
        close = getattr(source, "close", None)
        if close is not None:
            close()
