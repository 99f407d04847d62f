"""Assemble the Gradio app: header with the base in use, the tabs, and the API."""

from __future__ import annotations

from pathlib import Path

import gradio as gr

from ..arena import ArenaStore
from ..config import default_data_dir
from ..engine import Engine
from ..limits import LIMITS
from .adapters_tab import AdaptersTab
from .api import register_api
from .arena_tab import ArenaTab
from .chat_tab import ChatTab
from .compare import CompareTab
from .eval_tab import EvalTab

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
    lines = [
        "# Adapter Playground",
        f"One base, many LoRA adapters, side by side. **Base:** `{engine.base.description}` "
        f"· {len(engine.multi.adapters)} adapter(s) loaded",
    ]
    lines += [f"> ⚠️ {warning}" for warning in engine.base.warnings]
    if engine.kernel_warning:
        lines.append(f"> ⚠️ {engine.kernel_warning}")
    lines += [f"> ⚠️ Adapter `{bad.name}` skipped: {bad.reason}" for bad in engine.rejected]
    lines += [f"> ⚠️ Adapter `{a.name}`: {a.warning}" for a in engine.multi.adapters.values() if a.warning]
    return "\n\n".join(lines)


def build_demo(engine: Engine, data_dir: str | Path | None = None) -> gr.Blocks:
    """The whole app for one engine; ``demo.launch()`` serves it. User data goes under ``data_dir``."""
    data_dir = Path(data_dir or default_data_dir())
    data_dir.mkdir(parents=True, exist_ok=True)
    with gr.Blocks(title="Adapter Playground") as demo:
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
                arena = ArenaTab(engine, ArenaStore(data_dir / "arena.sqlite3"))  # also declares the arena endpoints
            arena_tab.select(arena.board_updates, arena.board_task, [arena.board, arena.matrix], queue=False,
                             api_visibility="private")
            with gr.Tab("Adapters", id="adapters"):
                AdaptersTab(engine, data_dir, compare)
        register_api(engine, data_dir)
    demo.queue(default_concurrency_limit=LIMITS.concurrency, max_size=LIMITS.max_queue)
    return demo


def serve_kwargs() -> dict:
    """Settings shared by ``demo.launch`` and ``gr.mount_gradio_app``: CSS, upload cap, no extra files."""
    return {"css": CSS, "max_file_size": f"{LIMITS.max_upload_mb}mb", "allowed_paths": [], "show_error": True}


def launch_kwargs(host: str, port: int, share: bool) -> dict:
    """Arguments for ``demo.launch`` (used for --share links and by the tests)."""
    return {"server_name": host, "server_port": port, "share": share, **serve_kwargs()}


def mount_app(engine: Engine, demo: gr.Blocks, host: str, port: int):
    """A FastAPI app serving the REST contract (``POST /generate-text``) beside the Gradio UI at ``/``."""
    from fastapi import FastAPI

    from ..rest import make_router

    api = FastAPI(title="Adapter Playground")
    api.include_router(make_router(engine))
    return gr.mount_gradio_app(api, demo, path="/", server_name=host, server_port=port, **serve_kwargs())
