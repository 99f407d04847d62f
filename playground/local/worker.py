"""One thread that runs every torch computation of the app, one job at a time.

Why a single thread: the model is shared, so generation is serialised anyway, and on a
small CPU machine OpenMP is only fast when one thread owns the intra-op pool. When two
threads each run torch ops, libgomp sees more threads than cores, stops spinning, and small
decode steps get about 2x slower (measured here: 1.9 s instead of 1.05 s for 48 tokens).
So the base is loaded and every ``generate`` runs on this thread.

Generation itself is a :class:`Stepper` (the continuous batcher, ``batcher.py``): while it has work, the
thread runs one of its steps whenever no job is waiting, so jobs (scoring, adding an adapter, a merge) run
between two decoding steps instead of after every running generation.
"""

from __future__ import annotations

import logging
import queue
import threading
import weakref
from concurrent.futures import Future
from typing import Any, Callable, Protocol


log = logging.getLogger(__name__)


class Stepper(Protocol):
    """Work done a step at a time on the worker thread, between jobs."""

    def busy(self) -> bool:
        """Whether a step has something to do."""

    def step(self) -> None:
        """One step (it must not raise)."""


class ModelWorker:
    """A daemon thread executing submitted callables in order, and a :class:`Stepper`'s steps between them."""

    def __init__(self, name: str = "model-worker"):
        self._jobs: queue.Queue = queue.Queue()
        self._steppers: list[weakref.ref] = []  # weak: an engine that is dropped takes its stepper with it
        self._thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self._thread.start()

    def attach(self, stepper: Stepper) -> None:
        """Run ``stepper``'s steps whenever no job waits (engines sharing a worker each attach theirs)."""
        self._steppers.append(weakref.ref(stepper))

    def wake(self) -> None:
        """Make the thread look at its steppers again (one has new work)."""
        self._jobs.put(None)

    def submit(self, fn: Callable[..., Any], *args, **kwargs) -> Future:
        future: Future = Future()
        self._jobs.put((future, fn, args, kwargs))
        return future

    def call(self, fn: Callable[..., Any], *args, **kwargs) -> Any:
        """Run ``fn`` on the worker and wait for its result (exceptions propagate)."""
        if threading.current_thread() is self._thread:
            return fn(*args, **kwargs)
        return self.submit(fn, *args, **kwargs).result()

    @property
    def pending(self) -> int:
        return self._jobs.qsize()

    def _loop(self) -> None:
        while True:
            steppers = [ref() for ref in self._steppers]
            if None in steppers:
                self._steppers = [ref for ref, stepper in zip(self._steppers, steppers) if stepper is not None]
            busy = [stepper for stepper in steppers if stepper is not None and stepper.busy()]
            del steppers
            if busy:
                try:
                    item = self._jobs.get_nowait()
                except queue.Empty:
                    for stepper in busy:
                        try:
                            stepper.step()
                        except BaseException:  # a step reports its own failures; the thread must go on
                            log.exception("a step failed")
                    continue
            else:
                item = self._jobs.get()
            if item is None:  # wake()
                continue
            future, fn, args, kwargs = item
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(fn(*args, **kwargs))
            except BaseException as err:  # handed to the caller
                future.set_exception(err)
