"""One thread that runs every torch computation of the app, one job at a time.

Why a single thread: the model is shared, so generation is serialised anyway, and on a
small CPU machine OpenMP is only fast when one thread owns the intra-op pool. When two
threads each run torch ops, libgomp sees more threads than cores, stops spinning, and small
decode steps get about 2x slower (measured here: 1.9 s instead of 1.05 s for 48 tokens).
So the base is loaded and every ``generate`` runs on this thread.
"""

from __future__ import annotations

import queue
import threading
from concurrent.futures import Future
from typing import Any, Callable


class ModelWorker:
    """A daemon thread executing submitted callables in order."""

    def __init__(self, name: str = "model-worker"):
        self._jobs: queue.Queue = queue.Queue()
        self._thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self._thread.start()

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
            future, fn, args, kwargs = self._jobs.get()
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(fn(*args, **kwargs))
            except BaseException as err:  # handed to the caller
                future.set_exception(err)
