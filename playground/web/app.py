"""Assemble the Gradio app: header with the base in use, the tabs, and the API."""

from __future__ import annotations

import gradio as gr
from gradio.exceptions import InvalidPathError

from playground.core.engine import Engine
from playground.core.limits import Limits
from playground.core.messages import Messages
from playground.services.context import Playground
from playground.web.api import register_api
from playground.web.fairness import limit_jobs_per_client
from playground.web.tabs.adapters import AdaptersTab
from playground.web.tabs.arena import ArenaTab
from playground.web.tabs.chat import ChatTab
from playground.web.tabs.compare import CompareTab
from playground.web.tabs.eval import EvalTab

# gradio's upload and download cache: every hour, files older than an hour are deleted
CACHE_TTL = (3600, 3600)

CSS = """
.variant-pane textarea { font-size: 0.92rem; }
.variant-timing { font-size: 0.8rem; opacity: 0.8; min-height: 1.2em; }
.divergence { font-family: ui-monospace, monospace; font-size: 0.82rem; line-height: 1.7; }
.divergence .tok { border-radius: 3px; padding: 0 1px; }
.divergence .tok.diverge { outline: 2px solid #d97706; outline-offset: 1px; }
.divergence-summary { font-family: sans-serif; font-size: 0.8rem; opacity: 0.85; margin-bottom: 4px; }
"""


def header_markdown(engine: Engine) -> str:
    """Which base is loaded, how, and what went wrong with adapters or quantization."""
    described = engine.describe_variants()
    adapters = [info for info in described if info.is_adapter and info.loaded]
    lines = [
        "# Adapter Playground",
        f"One base, many LoRA adapters, side by side. **Base:** `{engine.info.description}` "
        f"· {len(adapters)} adapter(s) loaded",
    ]
    lines += [f"> ⚠️ {warning}" for warning in engine.info.warnings]
    lines += [f"> ⚠️ Adapter `{info.name}` skipped: {info.description}" for info in described if not info.loaded]
    lines += [f"> ⚠️ Adapter `{info.name}`: {info.warning}" for info in adapters if info.warning]
    return "\n\n".join(lines)


def build_demo(app: Playground) -> gr.Blocks:
    """The whole app for one engine and its state; ``mount_app`` serves it."""
    with gr.Blocks(title="Adapter Playground", delete_cache=CACHE_TTL) as demo:
        header = gr.Markdown(header_markdown(app.engine), elem_id="header")
        with gr.Tabs() as tabs:
            with gr.Tab("Compare", id="compare"):
                compare = CompareTab(app)
                compare.attach_share_loader(demo)
            with gr.Tab("Chat", id="chat"):
                chat = ChatTab(app)
            with gr.Tab("Eval", id="eval"):
                evaluation = EvalTab(app, compare, tabs)
            with gr.Tab("Arena", id="arena") as arena_tab:
                arena = ArenaTab(app)
            arena_tab.select(arena.board_updates, arena.board_task, [arena.board, arena.matrix], queue=False,
                             api_visibility="private")
            with gr.Tab("Adapters", id="adapters"):
                adapters = AdaptersTab(app, compare, [chat.variants, evaluation.variants])
        if hasattr(app.engine, "refresh"):  # a model server: what it serves may have changed since the start
            demo.load(lambda: [header_markdown(app.engine), *adapters.on_page_load()], None,
                      [header, *adapters.refreshed_outputs], queue=False, api_visibility="private")
        register_api(app)
    demo.queue(default_concurrency_limit=app.limits.concurrency, max_size=app.limits.max_queue)
    limit_jobs_per_client(demo, app.limits.max_jobs_per_client, app.policy.trust_forwarded)
    _refuse_foreign_files_plainly(demo)
    return demo


def _refuse_foreign_files_plainly(demo: gr.Blocks) -> None:
    """A file input naming a server path gradio did not receive as an upload is refused with
    :attr:`Messages.NOT_UPLOADED`, not gradio's own text (which quotes the absolute path)."""
    preprocess = demo.preprocess_data

    async def preprocess_data(*args, **kwargs):
        try:
            return await preprocess(*args, **kwargs)
        except InvalidPathError:
            raise gr.Error(Messages.NOT_UPLOADED) from None

    demo.preprocess_data = preprocess_data


def serve_kwargs(limits: Limits) -> dict:
    """Settings shared by ``demo.launch`` and ``gr.mount_gradio_app``: CSS, upload cap, no extra files.

    ``show_error=False``: only ``gr.Error`` texts (written for users, see errors.py) reach a client, never
    an unexpected exception's own text."""
    return {"css": CSS, "max_file_size": f"{max(limits.max_upload_mb, limits.max_adapter_upload_mb)}mb", "allowed_paths": [], "show_error": False}


def launch_kwargs(limits: Limits, host: str, port: int, share: bool) -> dict:
    """Arguments for ``demo.launch`` (used for --share links)."""
    return {"server_name": host, "server_port": port, "share": share, **serve_kwargs(limits)}


def mount_app(app: Playground, demo: gr.Blocks, host: str, port: int):
    """A FastAPI app serving the REST contract (``POST /generate-text``) and the OpenAI-compatible API (``/v1``)
    beside the Gradio UI at ``/``."""
    from fastapi import FastAPI

    from playground.web.openai_api import make_openai_router
    from playground.web.rest import install_error_handlers, make_router

    api = FastAPI(title="Adapter Playground")
    api.include_router(make_router(app))
    api.include_router(make_openai_router(app))
    install_error_handlers(api)
    served = gr.mount_gradio_app(api, demo, path="/", server_name=host, server_port=port,
                                 **serve_kwargs(app.limits))
    # gradio checks that a file input was uploaded by a user only once ``has_launched`` is set, which
    # ``launch()`` does and ``mount_gradio_app`` does not: without this, any server file was readable
    demo.has_launched = True
    return served


# uvicorn's timeout_graceful_shutdown: a Space restart or `docker stop` (SIGTERM) exits within it
SHUTDOWN_GRACE_S = 5


def make_server(app, host: str, port: int, **config):
    """A uvicorn server for :func:`mount_app`'s app that exits within ``SHUTDOWN_GRACE_S`` of SIGTERM or Ctrl-C.

    uvicorn waits for open connections before it exits, and gradio's heartbeat stream (one per open
    page or connected ``gradio_client``) only ends when the gradio app's ``stop_event`` is set, which
    ``demo.close()`` does for a launched app and nothing does for a mounted one: the server never
    exited. So shutdown sets it first, and a connection still open after the grace period (a stream
    mid-generation) is cancelled. Votes and merges are committed before they are acknowledged."""
    import uvicorn
    from starlette.routing import Mount

    gradio_apps = [r.app for r in app.routes if isinstance(r, Mount) and hasattr(r.app, "stop_event")]

    class Server(uvicorn.Server):
        async def shutdown(self, sockets=None) -> None:
            for gradio_app in gradio_apps:
                gradio_app.stop_event.set()
            await super().shutdown(sockets)

    return Server(uvicorn.Config(app, host=host, port=port, timeout_graceful_shutdown=SHUTDOWN_GRACE_S, **config))
