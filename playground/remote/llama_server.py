"""llama.cpp's ``llama-server`` serving the embedded base's GGUF and the shipped adapters (converted to GGUF).

    python -m playground.remote.llama_server [--port 8080] [--app-port 7860]

``scripts/llama_cpp.sh`` builds the server once per machine, outside the repo, from the llama.cpp source that
the PyPI sdist of llama-cpp-python vendors (10-30 minutes on 2 cores; not part of ``make test``). Each PEFT
adapter is converted once by llama.cpp's own ``convert_lora_to_gguf.py`` (f16, cached beside the build, keyed
by the adapter's weights), and served with ``--lora FILE`` at scale 0 (``--lora-init-without-apply``): each
request names the scale of every adapter in its ``lora`` field, which is how the playground's strength sliders
work on this server. :class:`LlamaServer` is also what the tests and ``bench/peers.py`` start.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
from pathlib import Path

from playground.core.config import REPO_ROOT, default_cache_dir
from playground.remote.process import kill_server, start_server

START_BOUND_S = 300  # a failing start is the only thing that waits this long (ready in seconds here)
ALIAS = "smollm2-135m-q4_1"  # the base's name on the server (--alias)


def llama_cpp_root(build: bool = False) -> Path | None:
    """The build's folder (``bin/llama-server``, the source in ``src``); None when it is not built and ``build``
    is False (building takes 10-30 minutes)."""
    script = REPO_ROOT / "scripts" / "llama_cpp.sh"
    root = Path(os.environ.get("PLAYGROUND_LLAMA_CPP") or
                Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "adapter-playground" /
                "llama.cpp-0.3.36")
    if (root / ".installed").is_file():
        return root
    if not build:
        return None
    done = subprocess.run(["bash", str(script)], capture_output=True, text=True, timeout=7200,
                          env={**os.environ, "PYTHON": sys.executable})
    if done.returncode != 0:
        raise RuntimeError(f"building llama.cpp failed: {done.stderr.strip()[-2000:]}")
    return Path(done.stdout.strip().splitlines()[-1])


def gguf_adapter(root: Path, folder: Path, base_folder: Path) -> Path:
    """``folder`` (a PEFT LoRA adapter) as a GGUF LoRA file, converted once by llama.cpp's converter."""
    weights = folder / "adapter_model.safetensors"
    digest = hashlib.sha256(weights.read_bytes() + (folder / "adapter_config.json").read_bytes()).hexdigest()[:16]
    target = root / "loras" / f"{folder.name}-{digest}" / f"{folder.name}.gguf"
    if target.is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    env = {**os.environ, "PYTHONPATH": str(root / "src" / "gguf-py"), "HF_HUB_OFFLINE": "1"}
    done = subprocess.run([sys.executable, str(root / "src" / "convert_lora_to_gguf.py"), "--base", str(base_folder),
                           "--outtype", "f16", "--outfile", str(partial), str(folder)],
                          capture_output=True, text=True, timeout=600, env=env)
    if done.returncode != 0:
        raise RuntimeError(f"converting {folder.name} to GGUF failed: {done.stderr.strip()[-2000:]}")
    partial.rename(target)
    return target


class LlamaServer:
    """``llama-server`` of the embedded Q4_1 GGUF with ``adapters`` (each at scale 0 until a request names it)."""

    def __init__(self, port: int, log_path: Path, adapters: Path | None = REPO_ROOT / "adapters", api_key: str = "",
                 threads: int = 2, parallel: int = 8):
        from playground.local.model import embedded_cache, embedded_gguf_path  # torch, transformers: here only

        root = llama_cpp_root()
        if root is None:
            raise FileNotFoundError("llama.cpp's server is not built: run scripts/llama_cpp.sh (10-30 minutes)")
        self.root, self.port, self.log_path, self.api_key = root, port, log_path, api_key
        self.threads, self.parallel = threads, parallel
        self.url = f"http://127.0.0.1:{port}"
        self.model = embedded_gguf_path()
        base_folder = embedded_cache(default_cache_dir())
        folders = sorted(f for f in adapters.iterdir() if (f / "adapter_config.json").is_file()) if adapters else []
        self.loras = [gguf_adapter(root, folder, base_folder) for folder in folders]
        self.process: subprocess.Popen | None = None

    def command(self) -> list[str]:
        command = [str(self.root / "build" / "bin" / "llama-server"), "-m", str(self.model), "--alias", ALIAS,
                   "--host", "127.0.0.1", "--port", str(self.port), "-t", str(self.threads), "-tb", str(self.threads),
                   "-c", str(2048 * self.parallel), "-np", str(self.parallel), "--no-webui"]
        for lora in self.loras:
            command += ["--lora", str(lora)]
        if self.loras:
            command.append("--lora-init-without-apply")
        return command + (["--api-key", self.api_key] if self.api_key else [])

    def start(self) -> None:
        self.process = start_server(self.command(), self.log_path, f"{self.url}/health", START_BOUND_S,
                                    "llama-server")

    def kill(self) -> None:
        """Kill -9 the server (a crash, not a shutdown)."""
        kill_server(self.process)
        self.process = None


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="llama.cpp's server with the shipped adapters, and the playground "
                                                 "in front of it.")
    parser.add_argument("--port", type=int, default=8080, help="llama-server's port")
    parser.add_argument("--app-port", type=int, default=7860, help="the playground's port")
    parser.add_argument("--host", default="127.0.0.1", help="the playground's interface")
    args = parser.parse_args(argv)
    llama_cpp_root(build=True)
    log_path = default_cache_dir() / "llama-server.log"
    server = LlamaServer(args.port, log_path)
    print(f"starting llama-server on 127.0.0.1:{args.port} (log: {log_path}) ...", flush=True)
    server.start()
    try:
        subprocess.run([sys.executable, str(REPO_ROOT / "app.py"), "--backend", "openai", "--server_url", server.url,
                        "--host", args.host, "--port", str(args.app_port)], cwd=REPO_ROOT, check=False)
    finally:
        server.kill()


if __name__ == "__main__":
    main()
