"""A per-client cap on generating jobs, queued and running together, checked when a job joins gradio's queue.

Without it one client could take every place of the queue in a burst and hold the only generation
slot for everyone. ``PLAYGROUND_MAX_JOBS_PER_CLIENT=N`` (on a Space 2 by default, else off) lets each
client (its address, as :func:`playground.features.ratelimit.client_key` says) have at most N jobs of the
``"generate"`` pool at once; the next one is refused before it is queued, with
:attr:`Messages.TOO_MANY_JOBS` (``gradio_client`` raises ``ValidationError`` with that text).

Gradio has no hook for this, so :func:`limit_jobs_per_client` wraps the queue's ``push`` (the one call
every ``/queue/join`` goes through) and counts the client's events in the queue's waiting lists and
active jobs.
"""

from __future__ import annotations

import gradio as gr

from playground.core.limits import Limits
from playground.core.messages import Messages
from playground.features.ratelimit import client_key

GENERATE = "generate"  # the concurrency id every model-running event shares


def generation_pool(limits: Limits) -> dict:
    """Event settings of everything that runs the model: one shared pool of ``limits.concurrency`` slots."""
    return {"concurrency_id": GENERATE, "concurrency_limit": limits.concurrency}


def _jobs_of(queue, key: str, trust_forwarded: bool) -> int:
    """The client's generating events now waiting or running in gradio's queue."""
    waiting = [event for line in queue.event_queue_per_concurrency_id.values() for event in line.queue]
    running = [event for job in queue.active_jobs if job for event in job]
    return sum(1 for event in [*waiting, *running]
               if event.concurrency_id == GENERATE and client_key(event.request, trust_forwarded) == key)


def limit_jobs_per_client(demo: gr.Blocks, cap: int, trust_forwarded: bool) -> None:
    """Refuse a client's generating job at ``/queue/join`` while it has ``cap`` others (0: no cap)."""
    queue = demo._queue
    push = queue.push

    async def push_capped(body, request, username):
        if cap and body.fn_index is not None:
            fn = demo.fns.get(body.fn_index)
            key = client_key(request, trust_forwarded)
            if fn is not None and fn.concurrency_id == GENERATE:
                count = _jobs_of(queue, key, trust_forwarded)
                if count >= cap:
                    message = Messages.TOO_MANY_JOBS.format(count=count, limit=cap)
                    return False, [{"__type__": "validate", "is_valid": False, "parameter_name": "request",
                                    "message": message}], "validator_error"
        return await push(body, request, username)

    queue.push = push_capped
