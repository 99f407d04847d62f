"""The import rules between the layers (issue #15), checked by importing with a library made unimportable.

- Only the web layer (``playground/ui/``, ``playground/rest.py``) may import gradio.
- The features and the service layer (``playground/services/``) may not import torch: they run above the
  engine interface, so a remote backend can serve them (the torch engine is one implementation).
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import playground
from playground.config import REPO_ROOT

WEB = ("playground.ui", "playground.rest")
TORCH_FREE = [
    "playground.limits", "playground.config", "playground.generation", "playground.tasks", "playground.chat",
    "playground.arena", "playground.ratings", "playground.share", "playground.ratelimit", "playground.divergence",
    "playground.services", "playground.services.requests", "playground.services.battles",
    "playground.services.merges",
]

BLOCKER = """
import importlib, sys

class Blocked:
    def find_spec(self, name, path=None, target=None):
        if name == {blocked!r} or name.startswith({blocked!r} + "."):
            raise ImportError(name + " is not allowed in this layer")

sys.meta_path.insert(0, Blocked())
for module in {modules!r}:
    importlib.import_module(module)
"""


def all_modules() -> list[str]:
    return [info.name for info in pkgutil.walk_packages(playground.__path__, "playground.")
            if not info.name.endswith("__main__")]


def import_without(blocked: str, modules: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", BLOCKER.format(blocked=blocked, modules=modules)], cwd=REPO_ROOT,
                          capture_output=True, text=True, timeout=600)


def test_only_the_web_layer_imports_gradio():
    below_web = [m for m in all_modules() if not m.startswith(WEB)]
    assert "playground.services.requests" in below_web and "playground.engine" in below_web
    done = import_without("gradio", below_web)
    assert done.returncode == 0, done.stderr[-2000:]


def test_the_features_and_services_do_not_import_torch():
    done = import_without("torch", TORCH_FREE)
    assert done.returncode == 0, done.stderr[-2000:]


def test_the_blocker_catches_a_forbidden_import():
    """The two tests above prove something: the web layer itself needs gradio, the engine torch."""
    assert import_without("gradio", ["playground.ui.errors"]).returncode != 0
    assert import_without("torch", ["playground.engine"]).returncode != 0


ENDPOINTS = {"variants", "compare", "compare_full", "divergence", "merge", "chat", "evaluate", "arena_battle",
             "arena_vote", "leaderboard", "arena_export"}


def test_every_public_endpoint_is_declared_in_one_module(engine, tmp_path):
    import inspect

    from playground.ui.app import build_demo

    demo = build_demo(engine, tmp_path)
    public = {fn.api_name: fn.fn for fn in demo.fns.values() if fn.api_name and fn.api_visibility == "public"}
    assert set(public) == ENDPOINTS
    assert {inspect.unwrap(fn).__module__ for fn in public.values()} == {"playground.ui.api"}


def test_the_web_and_service_layers_do_not_reach_into_the_torch_engine():
    """They use the engine's own methods (variants, describe, stream, generate), never its multi-LoRA
    registry or its model thread: a remote backend has neither."""
    above = [*sorted((REPO_ROOT / "playground" / "ui").glob("*.py")),
             *sorted((REPO_ROOT / "playground" / "services").glob("*.py")), REPO_ROOT / "playground" / "rest.py"]
    reaching = [f"{path.name}: {line.strip()}" for path in above for line in path.read_text().splitlines()
                if ".multi." in line or ".worker." in line]
    assert reaching == []
