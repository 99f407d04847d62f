"""Bring your own adapter (#16) through gradio_client on the served app: add by upload, use, isolate, evict, remove."""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from gradio_client import Client, handle_file
from gradio_client.exceptions import AppError

from playground.core.messages import Messages
from tests.conftest import served, wait_until_idle

ASK = {"max_new_tokens": 6, "api_name": "/compare"}


def zipped(source: Path, folder_name: str, target: Path, extra: dict[str, bytes] | None = None) -> Path:
    """A zip of a PEFT folder as ``zip -r`` makes it: one top folder holding the adapter's files."""
    archive = target / f"{folder_name}.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as out:
        for file in sorted(source.iterdir()):
            out.write(file, f"{folder_name}/{file.name}")
        for name, data in (extra or {}).items():
            out.writestr(f"{folder_name}/{name}", data)
    return archive


@pytest.fixture(scope="module")
def url(engine, tmp_path_factory):
    with served(engine, tmp_path_factory.mktemp("add-data")) as address:
        yield address


def variant_names(client: Client) -> list[str]:
    return [row["name"] for row in client.predict(api_name="/variants") if row["status"] == "loaded"]


def test_an_uploaded_zip_is_this_sessions_adapter_and_generates_like_its_source(url, engine, adapter_source,
                                                                                tmp_path):
    mine, other = Client(url, verbose=False), Client(url, verbose=False)
    row = mine.predict("", [handle_file(zipped(adapter_source / "alpha", "my-alpha", tmp_path))],
                       api_name="/add_adapter")
    assert (row["name"], row["kind"], row["status"], row["unloaded"]) == ("my-alpha", "adapter", "loaded", [])
    assert row["rank"] == 8 and "/" not in row["source"]
    try:
        assert "my-alpha" in variant_names(mine) and "my-alpha" not in variant_names(other)
        texts = mine.predict("Name a colour.", ["alpha", "my-alpha"], **ASK)
        assert texts["my-alpha"] == texts["alpha"]  # the same factors under another name
        with pytest.raises(AppError, match=re.escape("Unknown variant 'my-alpha'")):
            other.predict("Name a colour.", ["base", "my-alpha"], **ASK)  # another visitor cannot use it
        with pytest.raises(AppError, match="no added adapter named 'my-alpha'"):
            other.predict("my-alpha", api_name="/remove_adapter")
        chat = mine.predict("Hi", ["my-alpha"], None, max_new_tokens=4, api_name="/chat")
        assert chat["histories"]["my-alpha"][-1]["content"]
    finally:
        after = mine.predict("my-alpha", api_name="/remove_adapter")
    assert "my-alpha" not in [r["name"] for r in after] and "my-alpha" not in engine.variants
    assert wait_until_idle(engine)


def test_loose_files_with_a_name_are_added(url, engine, adapter_source):
    client = Client(url, verbose=False)
    files = [handle_file(adapter_source / "beta" / name) for name in ("adapter_config.json",
                                                                      "adapter_model.safetensors")]
    row = client.predict("", files, "", "beta-mine", api_name="/add_adapter")
    assert row["name"] == "beta-mine" and row["rank"] == 16
    client.predict("beta-mine", api_name="/remove_adapter")


@pytest.mark.parametrize("extra, message", [
    ({"adapter_model.bin": b"\x80\x04not a pickle"}, Messages.UPLOAD_PICKLE.format(entry="evil/adapter_model.bin")),
    ({"run.py": b"import os"}, Messages.UPLOAD_UNEXPECTED_FILE.format(entry="evil/run.py")),
])
def test_a_bad_zip_is_refused_with_the_reason(url, engine, adapter_source, tmp_path, extra, message):
    client = Client(url, verbose=False)
    with pytest.raises(AppError, match=re.escape(message)):
        client.predict("", [handle_file(zipped(adapter_source / "alpha", "evil", tmp_path, extra))],
                       api_name="/add_adapter")
    assert "evil" not in engine.variants


def test_a_request_needs_one_source_and_only_base_added_adapters_can_be_removed(url):
    client = Client(url, verbose=False)
    with pytest.raises(AppError, match=re.escape(Messages.ADDED_NEEDS_SOURCE)):
        client.predict(api_name="/add_adapter")
    with pytest.raises(AppError, match=re.escape(Messages.ADDED_ONLY.format(name="alpha"))):
        client.predict("alpha", api_name="/remove_adapter")  # a shipped adapter stays


def test_a_hub_id_that_cannot_be_reached_fails_with_a_clear_message(url):
    client = Client(url, verbose=False)
    with pytest.raises(AppError) as refused:
        client.predict("someone/not-here", api_name="/add_adapter")
    assert "someone/not-here" in str(refused.value) and "Traceback" not in str(refused.value)
    with pytest.raises(AppError, match=re.escape(Messages.HUB_BAD_ID.split("{")[0][:20])):
        client.predict("../../etc", api_name="/add_adapter")


def test_over_the_cap_the_least_recently_used_is_unloaded_and_comes_back_when_used(url, engine, adapter_source,
                                                                                  tmp_path, monkeypatch):
    monkeypatch.setattr(engine, "limits", replace(engine.limits, max_added_adapters=1))
    client = Client(url, verbose=False)
    first = client.predict("", [handle_file(zipped(adapter_source / "alpha", "first", tmp_path))],
                           api_name="/add_adapter")
    second = client.predict("", [handle_file(zipped(adapter_source / "gamma", "second", tmp_path))],
                            api_name="/add_adapter")
    try:
        assert first["unloaded"] == [] and second["unloaded"] == ["first"]
        assert "first" not in engine.variants and "first" in variant_names(client)  # still this session's
        texts = client.predict("Name a colour.", ["alpha", "first"], **ASK)  # loads again, unloading second
        assert texts["first"] == texts["alpha"]
        assert "first" in engine.variants and "second" not in engine.variants
    finally:
        for name in ("first", "second"):
            client.predict(name, api_name="/remove_adapter")
    assert not any(name in engine.variants for name in ("first", "second"))


def test_an_added_adapter_never_enters_the_arena_pool(engine, adapter_source, tmp_path):
    from playground.features.arena import variant_pool
    from playground.services.context import Playground

    app = Playground.build(engine, tmp_path)
    folder = tmp_path / "added" / "copy"
    shutil.copytree(adapter_source / "alpha", folder)
    app.added.add(folder, "session-1", "secret-one")
    try:
        assert "secret-one" in app.engine_for(type("Request", (), {"session_hash": "session-1"})()).variants
        assert "secret-one" not in variant_pool(app.public_engine.describe_variants())  # battles draw from this
        assert "secret-one" not in app.engine_for(None).variants
    finally:
        app.added.remove("secret-one", "session-1")
    assert not folder.exists()  # its files go with it


@pytest.mark.parametrize("api", [True, False])
def test_a_server_folder_named_by_path_is_refused(url, engine, adapter_source, api):
    """The /add_adapter endpoint and the tab's Add button read only files gradio received as uploads."""
    from tests.test_public_space import api_index, fn_index, raw_call

    client = Client(url, verbose=False)
    named = {"path": str(adapter_source / "alpha" / "adapter_model.safetensors"), "meta": {"_type": "gradio.FileData"},
             "orig_name": "adapter_model.safetensors"}
    config_file = {**named, "path": str(adapter_source / "alpha" / "adapter_config.json"),
                   "orig_name": "adapter_config.json"}
    if api:
        answer = raw_call(url, api_index(client.config, "add_adapter"), ["", [named, config_file], "", "stolen"])
    else:
        answer = raw_call(url, fn_index(client.config, "add-button"), ["", "", "stolen", [named, config_file]])
    assert answer["success"] is False and Messages.NOT_UPLOADED in json.dumps(answer)
    assert str(adapter_source) not in json.dumps(answer) and "stolen" not in engine.variants


def test_the_rest_route_cannot_use_a_sessions_adapter(url, adapter_source, tmp_path):
    import httpx

    client = Client(url, verbose=False)
    client.predict("", [handle_file(zipped(adapter_source / "alpha", "rest-private", tmp_path))],
                   api_name="/add_adapter")
    try:
        answer = httpx.post(f"{url}generate-text", json={"prompt": "A new app", "platform": "twitter",
                                                          "adapter": "rest-private"}, timeout=300)
        assert answer.status_code == 422 and "Unknown variant 'rest-private'" in answer.text
    finally:
        client.predict("rest-private", api_name="/remove_adapter")
