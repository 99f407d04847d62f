"""Shared fixtures: the embedded base, small real adapters, an engine and a launched app.

Everything that runs torch goes through the engine's model thread (see playground/local/worker.py).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import torch

from playground.core.config import HUB_BASE_ID, REPO_ROOT, AppConfig, default_cache_dir
from playground.local.engine import LocalEngine
from playground.local.model import embedded_cache
from playground.local.worker import ModelWorker

ADAPTERS = {  # name -> (rank, targets, seed)
    "alpha": (8, ("q_proj", "k_proj", "v_proj", "o_proj"), 1),
    "beta": (16, ("q_proj", "v_proj"), 2),
    "gamma": (4, ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"), 3),
}


# What the CPU path guarantees and a CUDA run cannot: bitwise batch invariance (fp32 compute, the per-row
# decode attention and C LoRA kernel). On a GPU, bf16 kernels change with the batch size, so a batched row
# may flip a near-tie that the row alone does not. CI runs on CPU; on a GPU these are skipped, not failed.
cpu_path = pytest.mark.skipif(torch.cuda.is_available(), reason="checks the CPU path (batch invariance, C kernel)")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the test item, so fixtures can tell a failed test (screenshots)."""
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)


# Steps a generation may still decode after a stop, a cancel or a disconnect is sent from outside the server
# process: how many depends on the machine's load (the request must cross a socket and the event loop), so
# the bound is wide; a stop that did not work decodes every max_new_tokens (or ends by the wall-clock cap).
STEPS_AFTER_STOP = 128


def wait_until_idle(engine, seconds: float = 120) -> bool:
    """Poll until no generate() runs on the engine; False if one still runs after ``seconds`` (a generous
    default: a correct build returns at once, and a busy machine must not fail it)."""
    deadline = time.monotonic() + seconds
    while engine.active and time.monotonic() < deadline:
        time.sleep(0.02)
    return engine.active == 0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def worker() -> ModelWorker:
    return ModelWorker(name="test-model-worker")


@pytest.fixture(scope="session")
def base_folder(worker) -> Path:
    """The converted embedded base (safetensors + tokenizer), made once per machine."""
    return worker.call(embedded_cache, default_cache_dir())


def _write_adapters(base_folder: Path, target: Path) -> None:
    from transformers import AutoModelForCausalLM

    from playground.local.synthetic_adapter import write_random_adapter

    plain = AutoModelForCausalLM.from_pretrained(base_folder, dtype=torch.float32)
    for name, (rank, targets, seed) in ADAPTERS.items():
        write_random_adapter(plain, target / name, rank=rank, alpha=2 * rank, targets=targets, seed=seed, scale=0.6,
                             base_id=HUB_BASE_ID)


@pytest.fixture(scope="session")
def adapter_source(tmp_path_factory, worker, base_folder) -> Path:
    """Three small real adapters (random non-zero B) for the embedded base."""
    folder = tmp_path_factory.mktemp("adapter-source")
    worker.call(_write_adapters, base_folder, folder)
    return folder


@pytest.fixture(scope="session")
def adapters_dir(tmp_path_factory, adapter_source) -> Path:
    """The good adapters plus one pickle-format folder that must be rejected."""
    folder = tmp_path_factory.mktemp("adapters")
    for child in adapter_source.iterdir():
        shutil.copytree(child, folder / child.name)
    broken = folder / "pickled"
    shutil.copytree(adapter_source / "alpha", broken)
    (broken / "adapter_model.safetensors").unlink()
    (broken / "adapter_model.bin").write_bytes(b"\x80\x04\x95not really a pickle")
    return folder


@pytest.fixture(scope="session")
def engine(worker, adapters_dir) -> LocalEngine:
    config = AppConfig(base="embedded", adapters_dir=str(adapters_dir))
    return LocalEngine.from_config(config, worker=worker)


@pytest.fixture(scope="session")
def exact_engine(worker, adapters_dir) -> LocalEngine:
    """The same adapters on the unquantized base, where arithmetic does not depend on the batch.

    At nf4 on CPU, bitsandbytes rounds each layer's input to bf16, so a 1e-7 difference from
    another padding layout or prompt split (playground/local/prefix.py) can flip a greedy near-tie.
    Layout bugs (positions, masks, the shared header) show here as plain mismatches.
    """
    return LocalEngine.from_config(AppConfig(base="embedded", quantization="none", adapters_dir=str(adapters_dir)),
                              worker=worker)


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory) -> Path:
    """The app's user-data folder (arena votes, saved merges) for this test session."""
    return tmp_path_factory.mktemp("data")


@pytest.fixture(scope="session")
def postgres():
    """A throwaway PostgreSQL server for the session (:class:`tests.postgres.PostgresCluster`)."""
    from tests.postgres import PostgresCluster, bin_dir

    if bin_dir() is None:
        pytest.skip("PostgreSQL is not installed: make postgres (Debian's postgresql package)")
    cluster = PostgresCluster.start()
    try:
        yield cluster
    finally:
        cluster.stop()


def app_of(engine, data_dir: Path, policy=None):
    """The app's state (:class:`~playground.services.context.Playground`) for ``engine``, as ``app.py`` builds it."""
    from playground.services.context import Playground

    return Playground.build(engine, data_dir, policy)


def demo_of(engine, data_dir: Path, policy=None):
    """``build_demo`` for ``engine``'s app (with its limits as they are now)."""
    from playground.web.app import build_demo

    return build_demo(app_of(engine, data_dir, policy))


@contextmanager
def served(engine, data_dir: Path, max_queue: int | None = None, policy=None, app=None) -> Iterator[str]:
    """The app as ``app.py`` serves it (``mount_app``: FastAPI + uvicorn), in a thread; yields its URL.

    ``max_queue`` replaces build_demo's queue size (events keep their concurrency limits); the app's limits
    are ``engine.limits`` when it starts (or ``app``'s, a ready Playground). Not ``demo.launch()``: the mounted app differs (it never sets
    ``demo.has_launched``, which once let any server file through an upload input)."""
    from playground.web.app import build_demo, make_server, mount_app

    app = app or app_of(engine, data_dir, policy)
    demo = build_demo(app)
    if max_queue is not None:
        demo.queue(max_size=max_queue)
    port = free_port()
    server = make_server(mount_app(app, demo, "127.0.0.1", port), "127.0.0.1", port, log_level="warning")
    thread = threading.Thread(target=server.run, name=f"uvicorn-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the app did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


@contextmanager
def app_subprocess(tmp_path: Path, env: dict[str, str], adapters: Path | None = None,
                   start_bound_s: float = 600) -> Iterator[tuple[subprocess.Popen, str]]:
    """``python app.py --base embedded`` as a Space runs it, on a free port with its own data folder
    (``tmp_path/data``) and ``adapters`` (none when None), in ``env``; yields (process, URL); always killed after."""
    import httpx

    (tmp_path / "empty-adapters").mkdir(exist_ok=True)
    env = {**env, "PLAYGROUND_DATA_DIR": str(tmp_path / "data"),
           "PLAYGROUND_ADAPTERS_DIR": str(adapters or tmp_path / "empty-adapters")}
    env.pop("SPACE_ID", None)  # Space defaults would rate-limit the test's calls
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    with (tmp_path / "app.log").open("w") as log:
        proc = subprocess.Popen([sys.executable, "app.py", "--base", "embedded", "--port", str(port)], cwd=REPO_ROOT,
                                env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + start_bound_s
            while True:
                try:
                    if httpx.get(url, timeout=5).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                assert proc.poll() is None, (tmp_path / "app.log").read_text()
                assert time.monotonic() < deadline, "the app did not start"
                time.sleep(0.5)
            yield proc, url
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.wait()


@pytest.fixture(scope="session")
def session_app(engine, data_dir):
    """The state of the app that :func:`client` talks to (its arena store, its rate and vote limiters)."""
    return app_of(engine, data_dir)


@pytest.fixture(scope="session")
def client(engine, data_dir, session_app):
    """The served app (see :func:`served`) driven by gradio_client."""
    from gradio_client import Client

    with served(engine, data_dir, app=session_app) as url:
        yield Client(url, verbose=False)


# ----- a real browser (Debian's Chromium, headless, driven by Playwright; never `playwright install`) -----
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update"]
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
# How long a browser test waits for something to show (ms): only a failing test waits this long, and a busy
# machine (a generation at 2 tok/s) must not fail a correct build.
WAIT_MS = 600_000
needs_chromium = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")


@pytest.fixture()
def browser_page(client, request):
    """A fresh headless Chromium page (not yet on the app); a failing test saves a screenshot in test-artifacts/."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1100})
        yield page
        report = getattr(request.node, "rep_call", None)  # set by pytest_runtest_makereport above
        if report is not None and report.failed:
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
        browser.close()


@pytest.fixture()
def page(browser_page, client):
    """The app's Compare tab in the browser (tests of other tabs override this fixture with open_tab)."""
    browser_page.goto(client.src)
    browser_page.wait_for_selector("#generate")
    return browser_page


def open_tab(browser_page, url: str, tab: str, ready: str):
    """Open the app at ``url``, switch to ``tab`` and wait until its ``ready`` element shows."""
    browser_page.goto(url)
    browser_page.get_by_role("tab", name=tab).click()
    browser_page.wait_for_selector(ready)
    return browser_page
