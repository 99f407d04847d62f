"""Streaming updates thinned to one per interval: the first and the last always sent, closing reaches the engine."""

from __future__ import annotations

from playground.web.pacing import paced


def test_the_first_and_the_last_snapshot_always_pass():
    assert list(paced(range(10), interval_s=1e9)) == [0, 9]
    assert list(paced([7], interval_s=1e9)) == [7]
    assert list(paced([], interval_s=1e9)) == []


def test_no_interval_sends_every_snapshot():
    assert list(paced(range(5), interval_s=0)) == [0, 1, 2, 3, 4]


def test_closing_the_paced_stream_closes_its_source_at_once():
    closed = []

    def source():
        try:
            yield from range(100)
        finally:
            closed.append(True)

    stream = paced(source(), interval_s=0)
    assert next(stream) == 0 and next(stream) == 1
    stream.close()
    assert closed == [True]
