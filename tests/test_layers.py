"""The import rules between the layers (issue #15): the tree of ``playground/`` is the map, this test the law.

    core/      types, limits, messages, configuration, the engine interface   imports: core
    features/  the model-free logic of each tab (tasks, chat, arena, ...)     imports: core, features
    services/  what every entry point calls (requests, battles, merges)       imports: + services
    eval/      evaluation runs and reports, above the engine interface        imports: + eval
    local/     the torch engine; local/cpu/ its optional exact CPU paths      imports: core, features, local
    train/     QLoRA training, data generation, model-card samples            imports: core, features, local, train
    web/       the gradio app, its endpoints and the REST route               imports: core, features, services, eval, web
    remote/    the engine interface over an OpenAI-compatible server         imports: core, features, remote

Only web/ imports gradio; core, features, services, eval and web never import torch (they sit above the engine
interface, so a remote backend can serve them), nor does remote/. The composition roots inside the package, the
eval command line and the app's engine factory (``services/engines.py``), build the engine inside a function (as
``app.py`` does at the top level).
"""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import playground
from playground.core.config import REPO_ROOT

ALLOWED = {
    "core": {"core"},
    "features": {"core", "features"},
    "services": {"core", "features", "services"},
    "eval": {"core", "features", "services", "eval"},
    "local": {"core", "features", "local"},
    "train": {"core", "features", "local", "train"},
    "web": {"core", "features", "services", "eval", "web"},
    "remote": {"core", "features", "remote"},
}
# build the engine they run on, inside a function: the eval command line, and the app's engine factory
COMPOSITION_ROOTS = {"playground.eval.cli": {"local"}, "playground.services.engines": {"local", "remote"},
                     "playground.remote.vllm_serve": {"local"},  # the embedded base's folder, for vLLM to serve
                     "playground.remote.llama_server": {"local"}}  # its GGUF and folder, for llama.cpp's server
ABOVE_THE_ENGINE = ("core", "features", "services", "eval", "web")
TORCH_FREE_LAYERS = (*ABOVE_THE_ENGINE, "remote")  # remote/ is a backend, below the interface, without torch

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


def layer_of(module: str) -> str:
    return module.split(".")[1]


def module_file(module: str) -> Path:
    path = REPO_ROOT.joinpath(*module.split("."))
    return path / "__init__.py" if path.is_dir() else path.with_suffix(".py")


def imported(module: str) -> set[str]:
    """Every ``playground`` module ``module`` imports, at the top or inside a function."""
    names = set()
    for node in ast.walk(ast.parse(module_file(module).read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return {name for name in names if name.startswith("playground.")}


def import_without(blocked: str, modules: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", BLOCKER.format(blocked=blocked, modules=modules)], cwd=REPO_ROOT,
                          capture_output=True, text=True, timeout=600)


def test_every_module_is_in_a_layer_and_imports_only_what_its_layer_may():
    broken = []
    for module in all_modules():
        if module.count(".") < 2 and not (REPO_ROOT / "playground" / layer_of(module)).is_dir():
            broken.append(f"{module} is outside every layer")
            continue
        if module.count(".") == 1:
            continue  # a layer's own package
        allowed = ALLOWED[layer_of(module)] | COMPOSITION_ROOTS.get(module, set())
        broken += [f"{module} imports {target}" for target in sorted(imported(module))
                   if layer_of(target) not in allowed]
    assert broken == []
    assert set(ALLOWED) == {path.name for path in (REPO_ROOT / "playground").iterdir() if (path / "__init__.py").is_file()}


def test_only_the_web_layer_imports_gradio():
    below_web = [m for m in all_modules() if layer_of(m) != "web"]
    assert "playground.services.requests" in below_web and "playground.local.engine" in below_web
    done = import_without("gradio", below_web)
    assert done.returncode == 0, done.stderr[-2000:]


def test_nothing_above_the_engine_interface_imports_torch():
    above = [m for m in all_modules() if layer_of(m) in TORCH_FREE_LAYERS]
    assert "playground.web.app" in above and "playground.eval.runner" in above and "playground.core.engine" in above
    done = import_without("torch", above)
    assert done.returncode == 0, done.stderr[-2000:]


def test_the_blocker_catches_a_forbidden_import():
    """The tests above prove something: the web layer itself needs gradio, the engine torch."""
    assert import_without("gradio", ["playground.web.errors"]).returncode != 0
    assert import_without("torch", ["playground.local.engine"]).returncode != 0


def test_the_local_engine_implements_the_engine_interface(engine):
    from playground.core.engine import Engine, VariantInfo

    assert isinstance(engine, Engine)
    described = engine.describe_variants()
    assert all(isinstance(info, VariantInfo) for info in described) and described[0].name == "base"
    assert engine.count_tokens([{"role": "user", "content": "Hi"}]) > 0


ENDPOINTS = {"variants", "compare", "compare_full", "divergence", "merge", "add_adapter", "remove_adapter", "chat",
             "evaluate", "arena_battle",
             "arena_vote", "leaderboard", "arena_export"}


def test_every_public_endpoint_is_declared_in_one_module(engine, tmp_path):
    import inspect

    from tests.conftest import demo_of

    demo = demo_of(engine, tmp_path)
    public = {fn.api_name: fn.fn for fn in demo.fns.values() if fn.api_name and fn.api_visibility == "public"}
    assert set(public) == ENDPOINTS
    assert {inspect.unwrap(fn).__module__ for fn in public.values()} == {"playground.web.api"}


def test_nothing_above_the_engine_reaches_into_the_torch_engine():
    """Above the interface, code uses the engine's own methods (variants, describe, stream, score, ...), never its
    multi-LoRA registry, its model thread or its tokenizer: a remote backend has none of them."""
    above = [module_file(m) for m in all_modules() if layer_of(m) in ABOVE_THE_ENGINE]
    reaching = [f"{path.name}: {line.strip()}" for path in above for line in path.read_text().splitlines()
                if any(part in line for part in (".multi.", ".worker.", ".tokenizer", "engine.base."))]
    assert reaching == []


def test_nothing_reads_the_environment_at_import_time():
    """Configuration is built once at the entry point (``AppConfig.from_env``/``from_cli``) and passed down."""
    module_level = []
    for module in all_modules():
        tree = ast.parse(module_file(module).read_text(encoding="utf-8"))
        for node in tree.body:  # statements that run at import (not inside functions or classes' methods)
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Import, ast.ImportFrom)):
                continue
            reads = [n for n in ast.walk(node) if isinstance(n, ast.Attribute) and n.attr in ("environ", "getenv")]
            if reads:
                module_level.append(f"{module}: {ast.unparse(node)[:80]}")
    assert module_level == []
