"""Adding an adapter by Hub id (issue #16): :func:`playground.local.adapters.fetch_hub` and ``fetch``.

The real ``huggingface_hub`` runs against two stand-ins, never the Hub itself: a cache folder laid out the way the
library lays out its own (offline), and a local HTTP server answering the Hub's ``/api/models`` route
(``HF_ENDPOINT``). The library reads ``HF_HUB_OFFLINE``, ``HF_HUB_CACHE`` and ``HF_ENDPOINT`` once, when it is
imported, so each setting runs in its own Python process; an audit hook there counts the sockets it opens, and
the stand-in server counts the requests it gets: the bounds are steps, not seconds. No model is loaded.

    pytest tests/test_hub_adapters.py
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import torch
from safetensors.torch import save_file

from playground.core.config import REPO_ROOT
from playground.core.messages import Messages
from playground.core.types import AdapterError
from playground.features.hub import MB, _valid_revision, fetch

SHA = "0123456789abcdef0123456789abcdef01234567"
OTHER_SHA = "fedcba9876543210fedcba9876543210fedcba98"
TIMEOUT_S = 0.5  # how long the Hub gets to answer in these runs

# Runs in a fresh interpreter with the environment of the case; prints one JSON line per call, last.
RUNNER = r"""
import json, os, sys, urllib.request
from playground.core.types import AdapterError
from playground.features.hub import fetch, fetch_hub

opened = []
sys.addaudithook(lambda event, args: opened.append(event) if event == "socket.connect" else None)
results = []
for i, (function, args, kwargs) in enumerate(json.loads(sys.argv[1])):
    if os.environ.get("MARK_URL"):  # tells the stand-in Hub where this call's requests begin
        urllib.request.urlopen(f"{os.environ['MARK_URL']}/{i}").read()
    before = len(opened)
    try:
        result = {"path": str({"fetch": fetch, "fetch_hub": fetch_hub}[function](*args, **kwargs))}
    except AdapterError as err:
        result = {"error": str(err)}
    result["sockets"] = len(opened) - before
    results.append(result)
print("RESULTS " + json.dumps(results))
"""


def blob_id(name: str, data: bytes) -> str:
    """The name of a file's blob in the cache: the sha256 for a file kept in LFS (weights), else git's blob id."""
    if name.endswith((".safetensors", ".bin")):
        return hashlib.sha256(data).hexdigest()
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def lay_out(cache: Path, repo_id: str, files: dict[str, bytes], commit: str = SHA, refs: tuple = ("main",)) -> Path:
    """Put ``files`` in ``cache`` as huggingface_hub 2.x stores a downloaded snapshot; return its folder.

    ``models--<owner>--<name>/blobs/<id>`` holds each file (git's blob id, or the sha256 for a file kept in LFS),
    ``snapshots/<commit>/<file>`` is a relative symlink to it, and ``refs/<branch or tag>`` holds the commit hash
    with no newline (the library reads the file as is). No ``trees/<commit>.json``: without a cached tree listing
    the library takes the snapshot folder as complete.
    """
    repo = cache / ("models--" + repo_id.replace("/", "--"))
    snapshot = repo / "snapshots" / commit
    snapshot.mkdir(parents=True)
    (repo / "blobs").mkdir(exist_ok=True)
    for name, data in files.items():
        blob = repo / "blobs" / blob_id(name, data)
        blob.write_bytes(data)
        (snapshot / name).symlink_to(os.path.relpath(blob, snapshot))
    (repo / "refs").mkdir(exist_ok=True)
    for ref in refs:
        (repo / "refs" / ref).write_text(commit)
    return snapshot


def adapter_files(tmp_path: Path) -> dict[str, bytes]:
    """A minimal PEFT LoRA adapter: a config and one safetensors pair (found, never loaded here)."""
    config = {"peft_type": "LORA", "r": 2, "lora_alpha": 4, "target_modules": ["q_proj"],
              "base_model_name_or_path": "HuggingFaceTB/SmolLM2-135M-Instruct"}
    weights = tmp_path / "weights.safetensors"
    prefix = "base_model.model.model.layers.0.self_attn.q_proj"
    save_file({f"{prefix}.lora_A.weight": torch.zeros(2, 8), f"{prefix}.lora_B.weight": torch.zeros(8, 2)}, weights)
    return {"adapter_config.json": json.dumps(config).encode(), "adapter_model.safetensors": weights.read_bytes(),
            "README.md": b"---\nbase_model: HuggingFaceTB/SmolLM2-135M-Instruct\n---\n# tiny\n"}


PROXIES = ("http_proxy", "https_proxy", "all_proxy")


def run(calls: list, tmp_path: Path, **env: str) -> list[dict]:
    """``calls`` ((function, args, kwargs), ...) in a fresh interpreter with the library's settings in ``env``."""
    environ = {key: value for key, value in os.environ.items()
               if not key.startswith(("HF_", "HUGGINGFACE_")) and key.lower() not in PROXIES
               and key != "TRANSFORMERS_OFFLINE"}
    environ |= {"HF_HOME": str(tmp_path / "home"), "HF_HUB_CACHE": str(tmp_path / "hub"),
                "HF_HUB_DISABLE_TELEMETRY": "1", "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost",
                **env}
    done = subprocess.run([sys.executable, "-c", RUNNER, json.dumps(calls)], cwd=REPO_ROOT, env=environ,
                          capture_output=True, text=True, timeout=300)
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULTS ")]
    assert done.returncode == 0 and lines, done.stderr[-4000:]
    return json.loads(lines[-1].removeprefix("RESULTS "))


# --- offline: HF_HUB_OFFLINE=1 and a cache laid out by hand ----------------------------------------------------------

@pytest.fixture(scope="module")
def offline(tmp_path_factory):
    """The answers of one offline process to the calls below, and the snapshot folders in its cache."""
    tmp_path = tmp_path_factory.mktemp("offline")
    files = adapter_files(tmp_path)
    snapshot = lay_out(tmp_path / "hub", "owner/name", files, refs=("main", "v1.0"))
    no_weights = lay_out(tmp_path / "hub", "owner/no-weights", {"adapter_config.json": files["adapter_config.json"]})
    calls = {
        "by id": ("fetch", ["owner/name"], {}),
        "by id, hub only": ("fetch_hub", ["owner/name"], {}),
        "by commit": ("fetch_hub", ["owner/name"], {"revision": SHA}),
        "by tag": ("fetch_hub", ["owner/name"], {"revision": "v1.0"}),
        "unknown repo": ("fetch_hub", ["owner/unknown"], {}),
        "unknown repo via fetch": ("fetch", ["owner/unknown"], {}),
        "uncached branch": ("fetch_hub", ["owner/name"], {"revision": "dev"}),
        "uncached commit": ("fetch_hub", ["owner/name"], {"revision": OTHER_SHA}),
        "no weights": ("fetch_hub", ["owner/no-weights"], {}),
    }
    answers = run(list(calls.values()), tmp_path, HF_HUB_OFFLINE="1")
    return dict(zip(calls, answers)), snapshot, no_weights


@pytest.mark.parametrize("case", ["by id", "by id, hub only", "by commit", "by tag"])
def test_offline_cached_snapshot_is_returned(offline, case):
    answers, snapshot, _ = offline
    answer = answers[case]
    assert "error" not in answer, answer
    assert Path(answer["path"]).resolve() == snapshot.resolve()
    assert json.loads((Path(answer["path"]) / "adapter_config.json").read_text())["peft_type"] == "LORA"
    assert answer["sockets"] == 0


@pytest.mark.parametrize("case, repo, at", [
    ("unknown repo", "owner/unknown", ""),
    ("unknown repo via fetch", "owner/unknown", ""),
    ("uncached branch", "owner/name", " at 'dev'"),
    ("uncached commit", "owner/name", f" at {OTHER_SHA!r}"),
])
def test_offline_and_not_cached_says_so_without_a_connection(offline, case, repo, at):
    answer = offline[0][case]
    assert answer == {"error": Messages.HUB_OFFLINE.format(repo=repo, at=at), "sockets": 0}


def test_offline_cached_snapshot_without_safetensors_is_refused(offline):
    assert offline[0]["no weights"] == {"error": Messages.HUB_NO_WEIGHTS.format(repo="owner/no-weights", at=""),
                                        "sockets": 0}


# --- online: a stand-in of the Hub's API at HF_ENDPOINT --------------------------------------------------------------

def model_info(repo: str, siblings: dict[str, int]) -> dict:
    return {"id": repo, "sha": SHA, "siblings": [{"rfilename": name, "size": size} for name, size in siblings.items()]}


ROUTES = {  # repo id -> (status, X-Error-Code, JSON body); "hang" never answers
    "owner/missing": (404, "RepoNotFound", {"error": "Repository not found"}),
    "owner/pickled": (200, None, model_info("owner/pickled", {"adapter_config.json": 300, "adapter_model.bin": 4096,
                                                               "README.md": 50})),
    "owner/big": (200, None, model_info("owner/big", {"adapter_config.json": 300, "README.md": 50,
                                                       "adapter_model.safetensors": 65 * MB})),
    "owner/no-config": (200, None, model_info("owner/no-config", {"adapter_model.safetensors": 4096})),
    "owner/down": (503, None, {"error": "Service unavailable"}),
    "owner/name": (503, None, {"error": "Service unavailable"}),  # down, but the adapter is in the cache
    "owner/slow": "hang",
}
REPO_FILES: dict[str, bytes] = {}  # the files of "owner/fine" (set by the fixture): model_info, tree, resolve
FILE = f"/owner/fine/resolve/{SHA}/"  # where its files are, at its one commit
MARK = "/__call__"  # the runner's note that the next call begins


def json_answer(status: int, body, error_code: str | None = None) -> tuple[int, dict, bytes]:
    return status, {"Content-Type": "application/json"} | ({"X-Error-Code": error_code} if error_code else {}), \
        json.dumps(body).encode()


class StandInHub(BaseHTTPRequestHandler):
    """The Hub's routes that ``fetch_hub`` uses: ``/api/models/<repo>[/revision/<rev>]`` from :data:`ROUTES` (a
    revision 'nope' is unknown), and for ``owner/fine`` also its tree listing and its files (HEAD and GET)."""

    requests: list[str] = []
    release = threading.Event()

    def do_GET(self):
        self.answer(body=True)

    def do_HEAD(self):
        self.answer(body=False)

    def answer(self, body: bool):
        self.requests.append(f"{self.command} {self.path}")
        route = self.route()
        if route == "hang":
            self.release.wait()  # until the test module ends: the client must give up on its own
            return
        status, headers, data = route
        self.send_response(status)
        for key, value in (headers | {"Content-Length": str(len(data))}).items():
            self.send_header(key, value)
        self.end_headers()
        if body:
            self.wfile.write(data)

    def route(self):
        path = self.path.split("?")[0]
        if path.startswith(MARK):
            return 200, {}, b""
        if path.startswith(FILE):  # a file of owner/fine, pinned at SHA
            name = path.removeprefix(FILE)
            return 200, {"X-Repo-Commit": SHA, "ETag": f'"{blob_id(name, REPO_FILES[name])}"'}, REPO_FILES[name]
        repo, _, revision = path.removeprefix("/api/models/").partition("/revision/")
        if revision == "nope":
            return json_answer(404, {"error": "Invalid rev id: nope"}, "RevisionNotFound")
        if repo == "owner/fine":
            return json_answer(200, model_info(repo, {name: len(data) for name, data in REPO_FILES.items()}))
        if repo == f"owner/fine/tree/{SHA}":
            return json_answer(200, [{"type": "file", "path": name, "size": len(data), "oid": blob_id(name, data)}
                                     for name, data in REPO_FILES.items()])
        route = ROUTES.get(repo, (404, "RepoNotFound", {"error": "Repository not found"}))
        return route if route == "hang" else json_answer(route[0], route[2], route[1])

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def online(tmp_path_factory):
    """The answers of one process pointed at the stand-in Hub, and the requests each call made."""
    tmp_path = tmp_path_factory.mktemp("online")
    files = adapter_files(tmp_path)
    snapshot = lay_out(tmp_path / "hub", "owner/name", files)
    REPO_FILES.update(files | {".gitattributes": b"*.safetensors filter=lfs\n", "adapter_model.bin": b"\x80pickle"})
    server = ThreadingHTTPServer(("127.0.0.1", 0), StandInHub)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    calls = {
        "download": ("fetch_hub", ["owner/fine"], {"max_mb": 1}),
        "again": ("fetch_hub", ["owner/fine"], {"max_mb": 1}),
        "missing repo": ("fetch_hub", ["owner/missing"], {}),
        "missing revision": ("fetch_hub", ["owner/pickled"], {"revision": "nope"}),
        "pickle only": ("fetch_hub", ["owner/pickled"], {}),
        "too big": ("fetch_hub", ["owner/big"], {"max_mb": 64}),
        "no config": ("fetch_hub", ["owner/no-config"], {}),
        "down, not cached": ("fetch_hub", ["owner/down"], {"timeout_s": TIMEOUT_S}),
        "down, cached": ("fetch", ["owner/name"], {"timeout_s": TIMEOUT_S}),
        "no answer": ("fetch_hub", ["owner/slow"], {"timeout_s": TIMEOUT_S}),
        "climbs": ("fetch_hub", ["../../etc"], {}),
        "three parts": ("fetch_hub", ["a/b/c"], {}),
        "double dash": ("fetch_hub", ["owner/a--b"], {}),
        "three parts via fetch": ("fetch", ["a/b/c"], {}),
        "bad revision": ("fetch_hub", ["owner/name"], {"revision": "../../../refs/main"}),
        "empty revision": ("fetch_hub", ["owner/name"], {"revision": ""}),
    }
    endpoint = f"http://127.0.0.1:{server.server_port}"
    try:
        answers = run(list(calls.values()), tmp_path, HF_ENDPOINT=endpoint, MARK_URL=endpoint + MARK)
    finally:
        StandInHub.release.set()
        server.shutdown()
        server.server_close()
    requests: list[list[str]] = []
    for path in StandInHub.requests:  # split at the marks: each call's own requests
        if path.startswith("GET " + MARK):
            requests.append([])
        else:
            requests[-1].append(path)
    assert len(requests) == len(calls)
    return {name: answer | {"requests": asked} for name, answer, asked in zip(calls, answers, requests)}, snapshot


def test_download_gets_the_adapter_files_only_pinned_at_the_checked_commit(online):
    answer = online[0]["download"]
    folder = Path(answer["path"])
    assert folder.parts[-2:] == ("snapshots", SHA) and folder.parent.parent.name == "models--owner--fine"
    assert sorted(p.name for p in folder.iterdir()) == sorted(["README.md", "adapter_config.json",
                                                               "adapter_model.safetensors"])
    assert (folder / "adapter_model.safetensors").read_bytes() == REPO_FILES["adapter_model.safetensors"]
    asked = answer["requests"]
    assert asked[0].split("?")[0] == "GET /api/models/owner/fine"  # the file list, with sizes, first
    assert all(SHA in path for path in asked[1:])  # then everything at the commit that was checked
    assert not any(path.endswith(("adapter_model.bin", ".gitattributes")) for path in asked)
    assert sum(path.startswith("GET " + FILE) for path in asked) == 3


def test_a_cached_download_is_not_downloaded_again(online):
    asked = online[0]["again"]["requests"]
    assert Path(online[0]["again"]["path"]) == Path(online[0]["download"]["path"])
    assert not any(path.startswith("GET " + FILE) for path in asked)


@pytest.mark.parametrize("case, message", [
    ("missing repo", Messages.HUB_NOT_FOUND.format(repo="owner/missing")),
    ("missing revision", Messages.HUB_REVISION_NOT_FOUND.format(repo="owner/pickled", revision="nope")),
    ("pickle only", Messages.HUB_PICKLE_ONLY.format(repo="owner/pickled", at="", files="adapter_model.bin")),
    ("too big", Messages.HUB_TOO_BIG.format(repo="owner/big", at="", size=(65 * MB + 350) / MB, limit=64)),
    ("no config", Messages.HUB_NO_CONFIG.format(repo="owner/no-config", at="")),
])
def test_refused_from_the_file_list_before_any_download(online, case, message):
    answer = online[0][case]
    assert answer["error"] == message
    assert len(answer["requests"]) == 1 and answer["requests"][0].startswith("GET /api/models/")  # no file asked


@pytest.mark.parametrize("case, repo", [("down, not cached", "owner/down"), ("no answer", "owner/slow")])
def test_hub_down_or_silent_and_not_cached_fails_after_one_bounded_try(online, case, repo):
    answer = online[0][case]
    assert answer["error"] == Messages.HUB_UNREACHABLE.format(seconds=TIMEOUT_S, repo=repo, at="")
    assert len(answer["requests"]) == 1  # the file list only; the cache is looked up without asking again


def test_hub_down_but_cached_returns_the_cached_snapshot(online):
    answers, snapshot = online
    answer = answers["down, cached"]
    assert Path(answer["path"]).resolve() == snapshot.resolve()
    assert len(answer["requests"]) == 1


@pytest.mark.parametrize("case, message", [
    ("climbs", Messages.HUB_BAD_ID.format(source="../../etc")),
    ("three parts", Messages.HUB_BAD_ID.format(source="a/b/c")),
    ("double dash", Messages.HUB_BAD_ID.format(source="owner/a--b")),
    ("three parts via fetch", Messages.HUB_NOT_FOLDER_OR_ID.format(source="a/b/c")),
    ("bad revision", Messages.HUB_BAD_REVISION.format(revision="../../../refs/main")),
    ("empty revision", Messages.HUB_BAD_REVISION.format(revision="")),
])
def test_malformed_id_or_revision_is_refused_before_any_lookup(online, case, message):
    assert online[0][case] == {"error": message, "sockets": 0, "requests": []}


# --- no library call at all ------------------------------------------------------------------------------------------

def test_a_revision_of_a_local_folder_is_refused(tmp_path):
    with pytest.raises(AdapterError) as caught:
        fetch(str(tmp_path), revision="main")
    assert str(caught.value) == Messages.HUB_REVISION_LOCAL.format(source=tmp_path.name)


@pytest.mark.parametrize("revision, valid", [
    ("main", True), ("v1.0", True), ("refs/pr/1", True), (SHA, True), ("feature/x_y-z", True),
    ("", False), ("..", False), ("a/../b", False), ("/main", False), ("main/", False), ("a//b", False),
    (".hidden", False), ("a b", False), ("x" * 129, False), (None, False), (3, False),
])
def test_revision_syntax(revision, valid):
    assert _valid_revision(revision) is valid
