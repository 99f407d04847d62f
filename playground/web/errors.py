"""How every event handler and endpoint reports a refusal: one wrapper, escaped text, no raw exceptions.

Gradio renders an error's message as HTML in the page's toast, so a user value echoed into a message
(``Unknown variant '<img src=...>'``) would become markup. :func:`reports_errors` wraps a handler:

- a :class:`~playground.core.types.RequestError` (every refusal the playground makes: bad input, limits,
  arena and data errors subclass it) or a ``gr.Error`` becomes a ``gr.Error`` with its text HTML-escaped;
- anything else is logged with its traceback and answered with :attr:`Messages.INTERNAL_ERROR`, so no
  exception text, server path or traceback reaches a client.

It keeps the handler's signature (gradio reads it for ``gr.Request`` injection and the API docs) and its
kind (a generator stays a generator, so streaming and cancellation keep working)::

    @reports_errors
    def compare(prompt: str, variants: list[str], request: gr.Request = None) -> Iterator[dict]: ...
"""

from __future__ import annotations

import functools
import html
import inspect
import logging

import gradio as gr

from playground.core.messages import Messages
from playground.core.types import RequestError

log = logging.getLogger(__name__)


def user_error(message: str) -> gr.Error:
    """A ``gr.Error`` whose text shows as typed (HTML-escaped), whatever user value it quotes."""
    return gr.Error(html.escape(str(message), quote=False))


def as_user_error(err: Exception) -> gr.Error:
    """The ``gr.Error`` a client sees for ``err``: its message for refusals, a generic one otherwise."""
    if isinstance(err, gr.Error):
        return user_error(err.message)
    if isinstance(err, RequestError):
        return user_error(str(err))
    log.error("unexpected error in a request", exc_info=err)
    return gr.Error(Messages.INTERNAL_ERROR)


def reports_errors(fn):
    """Decorate a handler so that its errors reach the client as :func:`as_user_error` says."""
    if inspect.isgeneratorfunction(fn):
        @functools.wraps(fn)
        def stream(*args, **kwargs):
            try:
                yield from fn(*args, **kwargs)
            except Exception as err:
                raise as_user_error(err) from None
        return stream

    @functools.wraps(fn)
    def call(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except Exception as err:
            raise as_user_error(err) from None
    return call
