"""vLLM serving the embedded base and the shipped adapters on this machine, with the playground in front of it.

    python -m playground.remote.vllm_serve [--port 8000] [--app-port 7860]     (make run-vllm)

vLLM's CPU build lives in a virtualenv of its own (``scripts/vllm_env.sh``, installed once per machine, outside
the repo); it serves the embedded base's converted folder in bf16 (vLLM runs no 4-bit weights on CPU) and every
shipped adapter as a LoRA module (``--lora-modules name=path``), on 127.0.0.1. :class:`VllmServer` is also what
the tests start, kill and restart (``tests/test_remote_backend.py``). On GPUs the same app runs in front of any
``vllm serve`` (README, "Beyond one machine").
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from playground.core.config import REPO_ROOT, default_cache_dir
from playground.remote.process import kill_server, start_server

SERVED_BASE = "smollm2-135m"  # the base's name on the server (--served-model-name)
START_BOUND_S = 900  # a failing start is the only thing that waits this long (ready in 1-3 min here)


def vllm_venv() -> Path:
    """The virtualenv's folder (installed by ``scripts/vllm_env.sh`` on first use)."""
    done = subprocess.run(["bash", str(REPO_ROOT / "scripts" / "vllm_env.sh")], capture_output=True, text=True,
                          timeout=3600)
    if done.returncode != 0:
        raise RuntimeError(f"installing vLLM failed: {done.stderr.strip()[-2000:]}")
    return Path(done.stdout.strip().splitlines()[-1])


def lora_modules(adapters: Path) -> list[str]:
    """``name=path`` for every adapter folder (what ``--lora-modules`` takes)."""
    folders = sorted(f for f in adapters.iterdir() if (f / "adapter_config.json").is_file())
    return [f"{folder.name}={folder}" for folder in folders]


class VllmServer:
    """``vllm serve`` of the embedded base with ``adapters``, on ``port``; :meth:`start` waits until it answers."""

    def __init__(self, port: int, log_path: Path, adapters: Path = REPO_ROOT / "adapters", api_key: str = "",
                 runtime_lora: bool = False):
        self.port, self.log_path, self.adapters, self.api_key = port, log_path, adapters, api_key
        self.runtime_lora = runtime_lora  # adapters may be loaded while it runs (/v1/load_lora_adapter)
        self.url = f"http://127.0.0.1:{port}"
        self.process: subprocess.Popen | None = None
        from playground.local.model import embedded_cache  # converted from the GGUF once (torch, transformers)

        self.venv = vllm_venv()
        self.model = embedded_cache(default_cache_dir())

    def command(self) -> list[str]:
        command = [str(self.venv / "bin" / "vllm"), "serve", str(self.model), "--served-model-name", SERVED_BASE,
                   "--dtype", "bfloat16", "--host", "127.0.0.1", "--port", str(self.port), "--max-model-len", "4096",
                   "--enable-lora", "--max-lora-rank", "32", "--max-loras", "8",
                   "--lora-modules", *lora_modules(self.adapters)]
        return command + (["--api-key", self.api_key] if self.api_key else [])

    def start(self) -> None:
        env = {**os.environ, "VLLM_TARGET_DEVICE": "cpu", "VLLM_CPU_OMP_THREADS_BIND": "0-1",
               "VLLM_CPU_KVCACHE_SPACE": "1", "VLLM_NO_USAGE_STATS": "1", "DO_NOT_TRACK": "1",
               "HF_HUB_OFFLINE": "1", "VLLM_ALLOW_RUNTIME_LORA_UPDATING": "1" if self.runtime_lora else "0"}
        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        self.process = start_server(self.command(), self.log_path, f"{self.url}/v1/models", START_BOUND_S,
                                    "vllm serve", env=env, headers=headers)

    def kill(self) -> None:
        """Kill -9 the server and its workers (a crash, not a shutdown)."""
        kill_server(self.process)
        self.process = None


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="vLLM with the shipped adapters, and the playground in front of it.")
    parser.add_argument("--port", type=int, default=8000, help="vLLM's port")
    parser.add_argument("--app-port", type=int, default=7860, help="the playground's port")
    parser.add_argument("--host", default="127.0.0.1", help="the playground's interface")
    args = parser.parse_args(argv)
    log_path = default_cache_dir() / "vllm.log"
    server = VllmServer(args.port, log_path, runtime_lora=True)
    print(f"starting vLLM on 127.0.0.1:{args.port} (log: {log_path}) ...", flush=True)
    server.start()
    try:
        subprocess.run([sys.executable, str(REPO_ROOT / "app.py"), "--backend", "openai", "--server_url", server.url,
                        "--server_runtime_lora", "true", "--host", args.host, "--port", str(args.app_port)],
                       cwd=REPO_ROOT, check=False)
    finally:
        server.kill()


if __name__ == "__main__":
    main()
