"""Assemble the Gradio app: header with the base in use, the tabs, and the API."""

from __future__ import annotations

from pathlib import Path

import gradio as gr
from gradio.exceptions import InvalidPathError

from ..arena import ArenaPolicy, ArenaStore
from ..config import default_data_dir
from ..engine import Engine
from ..limits import LIMITS, Messages
from .adapters_tab import AdaptersTab
from .api import register_api
from .arena_tab import ArenaTab
from .chat_tab import ChatTab
from .compare import CompareTab
from .eval_tab import EvalTab
from .fairness import limit_jobs_per_client

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
    adapters = [row for row in engine.describe_loaded() if row["kind"] == "adapter"]
    lines = [
        "# Adapter Playground",
        f"One base, many LoRA adapters, side by side. **Base:** `{engine.base.description}` "
        f"· {len(adapters)} adapter(s) loaded",
    ]
    lines += [f"> ⚠️ {warning}" for warning in engine.base.warnings]
    if engine.kernel_warning:
        lines.append(f"> ⚠️ {engine.kernel_warning}")
    lines += [f"> ⚠️ Adapter `{bad.name}` skipped: {bad.reason}" for bad in engine.rejected]
    lines += [f"> ⚠️ Adapter `{row['name']}`: {row['warning']}" for row in adapters if row.get("warning")]
    return "\n\n".join(lines)


def build_demo(engine: Engine, data_dir: str | Path | None = None) -> gr.Blocks:
    """The whole app for one engine; ``demo.launch()`` serves it. User data goes under ``data_dir``."""
    data_dir = Path(data_dir or default_data_dir())
    data_dir.mkdir(parents=True, exist_ok=True)
    with gr.Blocks(title="Adapter Playground", delete_cache=CACHE_TTL) as demo:
        gr.Markdown(header_markdown(engine), elem_id="header")
        with gr.Tabs() as tabs:
            with gr.Tab("Compare", id="compare"):
                compare = CompareTab(engine)
                compare.attach_share_loader(demo)
            with gr.Tab("Chat", id="chat"):
                ChatTab(engine)
            with gr.Tab("Eval", id="eval"):
                EvalTab(engine, compare, tabs)
            with gr.Tab("Arena", id="arena") as arena_tab:
                store, policy = ArenaStore(data_dir / "arena.sqlite3"), ArenaPolicy.from_env()
                arena = ArenaTab(engine, store, policy)
            arena_tab.select(arena.board_updates, arena.board_task, [arena.board, arena.matrix], queue=False,
                             api_visibility="private")
            with gr.Tab("Adapters", id="adapters"):
                AdaptersTab(engine, data_dir, compare)
        register_api(engine, data_dir, store, policy)
    demo.queue(default_concurrency_limit=LIMITS.concurrency, max_size=LIMITS.max_queue)
    limit_jobs_per_client(demo)
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


def serve_kwargs() -> dict:
    """Settings shared by ``demo.launch`` and ``gr.mount_gradio_app``: CSS, upload cap, no extra files.

    ``show_error=False``: only ``gr.Error`` texts (written for users, see errors.py) reach a client, never
    an unexpected exception's own text."""
    return {"css": CSS, "max_file_size": f"{LIMITS.max_upload_mb}mb", "allowed_paths": [], "show_error": False}


def launch_kwargs(host: str, port: int, share: bool) -> dict:
    """Arguments for ``demo.launch`` (used for --share links and by the tests)."""
    return {"server_name": host, "server_port": port, "share": share, **serve_kwargs()}


def mount_app(engine: Engine, demo: gr.Blocks, host: str, port: int):
    """A FastAPI app serving the REST contract (``POST /generate-text``) beside the Gradio UI at ``/``."""
    from fastapi import FastAPI

    from ..rest import install_error_handlers, make_router

    api = FastAPI(title="Adapter Playground")
    api.include_router(make_router(engine))
    install_error_handlers(api)
    app = gr.mount_gradio_app(api, demo, path="/", server_name=host, server_port=port, **serve_kwargs())
    # gradio checks that a file input was uploaded by a user only once ``has_launched`` is set, which
    # ``launch()`` does and ``mount_gradio_app`` does not: without this, any server file was readable
    demo.has_launched = True
    return app


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
