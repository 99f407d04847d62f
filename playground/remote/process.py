"""A model server run as a child process (``vllm serve``, ``llama-server``): start it, wait until it answers,
kill it as a crash would (SIGKILL to its process group, workers included)."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import httpx


def start_server(command: list[str], log_path: Path, ready_url: str, bound_s: float, name: str,
                 env: dict | None = None, headers: dict | None = None) -> subprocess.Popen:
    """Start ``command`` (its output appended to ``log_path``) and return once ``ready_url`` answers 200;
    RuntimeError with the log's tail when it exits first, or when ``bound_s`` passes."""
    log = log_path.open("a")
    process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.monotonic() + bound_s
    while True:
        try:
            if httpx.get(ready_url, headers=headers or {}, timeout=5).status_code == 200:
                return process
        except httpx.HTTPError:
            pass
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited: {log_path.read_text()[-3000:]}")
        if time.monotonic() > deadline:
            kill_server(process)
            raise RuntimeError(f"{name} did not answer in time")
        time.sleep(0.5)


def kill_server(process: subprocess.Popen | None) -> None:
    """Kill -9 the server and every process of its group (a crash, not a shutdown)."""
    if process is not None and process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
