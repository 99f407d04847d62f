"""What tells llama.cpp's ``llama-server`` apart from other OpenAI-compatible servers, and its adapters.

llama.cpp's server serves one model; the LoRA adapters it was started with (``--lora FILE``) are listed by
``GET /lora-adapters`` and applied per request by the ``lora`` field, ``[{"id": 0, "scale": 0.5}, ...]`` (an
adapter left out is at scale 0). So on this server a variant is the base with one adapter's scale set, and the
playground's adapter strength is that scale. Other servers answer ``/lora-adapters`` with 404 (or refuse it).
"""

from __future__ import annotations

from pathlib import PurePath

from playground.remote.client import ServerClient, ServerError


def lora_adapters(client: ServerClient) -> dict[str, int] | None:
    """``{name: id}`` of a llama.cpp server's adapters (the name is the file's stem, made unique), or None when
    the server has no ``/lora-adapters`` (it is not llama.cpp's)."""
    try:
        listed = client.get("/lora-adapters")
    except ServerError as err:
        # another server: it has no such route (404, 405), or guards or refuses every path it does not know
        # (/v1/models answered just before, with the same key, so 401/403 here is not the key)
        if err.status in (400, 401, 403, 404, 405, 422):
            return None
        raise
    if not isinstance(listed, list):
        return None
    names: dict[str, int] = {}
    for entry in listed:
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), int):
            continue
        stem = PurePath(str(entry.get("path") or f"adapter-{entry['id']}")).name.removesuffix(".gguf")
        name = stem if stem not in names else f"{stem}-{entry['id']}"
        names[name] = entry["id"]
    return names
