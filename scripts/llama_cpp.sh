#!/usr/bin/env bash
# Build llama.cpp's `llama-server` once per machine, outside the repo, from the llama.cpp source that the PyPI sdist
# of llama-cpp-python vendors (PyPI answers here, GitHub does not):
#   scripts/llama_cpp.sh           -> prints the build's folder (bin/llama-server; the source beside it holds
#                                     convert_hf_to_gguf.py and convert_lora_to_gguf.py)
# Its default build downloads a web UI and fails offline: the UI is turned off. About 10-30 minutes on 2 cores;
# kept out of `make test` (bench/peers.py and the llama.cpp backend checks use it when it is there).
set -euo pipefail
VERSION=0.3.36
ROOT="${PLAYGROUND_LLAMA_CPP:-${XDG_CACHE_HOME:-$HOME/.cache}/adapter-playground/llama.cpp-$VERSION}"
if [ -f "$ROOT/.installed" ]; then echo "$ROOT"; exit 0; fi
PY="${PYTHON:-python3}"
mkdir -p "$ROOT"
if [ ! -d "$ROOT/src" ]; then
  "$PY" -m pip download -q --no-deps --no-binary :all: "llama-cpp-python==$VERSION" -d "$ROOT/sdist" >&2
  tar -xzf "$ROOT/sdist/llama_cpp_python-$VERSION.tar.gz" -C "$ROOT/sdist"
  mv "$ROOT/sdist/llama_cpp_python-$VERSION/vendor/llama.cpp" "$ROOT/src"
  rm -rf "$ROOT/sdist"
fi
cmake -S "$ROOT/src" -B "$ROOT/build" -DCMAKE_BUILD_TYPE=Release -DGGML_NATIVE=ON -DLLAMA_USE_PREBUILT_UI=OFF \
  -DLLAMA_BUILD_UI=OFF -DLLAMA_CURL=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF >&2
cmake --build "$ROOT/build" --target llama-server -j "$(nproc)" >&2
"$ROOT/build/bin/llama-server" --version >&2
touch "$ROOT/.installed"
echo "$ROOT"
