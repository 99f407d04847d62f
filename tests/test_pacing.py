"""Streaming updates thinned to one per interval: the first two and the last always sent, closing reaches the engine."""

from __future__ import annotations

from playground.web.pacing import MAX_INTERVAL_S, OPEN, STREAMS_PER_INTERVAL, UPDATE_INTERVAL_S, interval_for, paced


def test_the_first_two_and_the_last_snapshot_always_pass():
    assert list(paced(range(10), interval_s=1e9)) == [0, 1, 9]
    assert list(paced(range(2), interval_s=1e9)) == [0, 1]
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


def test_the_interval_grows_with_the_open_streams_up_to_a_cap():
    assert interval_for(1) == interval_for(STREAMS_PER_INTERVAL) == UPDATE_INTERVAL_S
    assert interval_for(2 * STREAMS_PER_INTERVAL) == 2 * UPDATE_INTERVAL_S
    assert interval_for(10_000) == MAX_INTERVAL_S


def test_an_open_stream_is_counted_until_it_ends_or_closes():
    before = OPEN.count
    stream = paced(range(3), interval_s=0)
    next(stream)
    assert OPEN.count == before + 1
    assert list(stream) == [1, 2] and OPEN.count == before
    stream = paced(range(3), interval_s=0)
    next(stream)
    stream.close()
    assert OPEN.count == before
