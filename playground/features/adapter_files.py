"""An adapter folder's files, read without loading anything: its model card, and the check that it holds only
safetensors weights and JSON (never a pickle) before any weights are read. Shared by the local engine, which
loads the weights, and a remote backend, whose server does."""

from __future__ import annotations

import logging
from pathlib import Path

from playground.core.messages import Messages
from playground.core.types import AdapterError
from playground.features.hub import CARD_FILE, CONFIG_FILE, PICKLE_SUFFIXES, WEIGHTS_FILE

log = logging.getLogger(__name__)


def read_card(folder: Path) -> dict:
    """The YAML front matter of the folder's README.md (empty when absent)."""
    path = folder / CARD_FILE
    if not path.is_file():
        return {}
    from huggingface_hub import ModelCard

    try:
        return ModelCard.load(path).data.to_dict()
    except Exception as err:  # a malformed card should not hide the adapter
        log.warning("Could not read the model card of %s: %s", folder, err)
        return {}


def check_files(folder: Path) -> None:
    """Refuse anything that is not plain safetensors + JSON, before reading any weights."""
    if not folder.is_dir():
        raise AdapterError(Messages.ADAPTER_NOT_FOLDER.format(name=Path(folder).name))
    pickles = sorted(p.name for p in folder.rglob("*") if p.suffix.lower() in PICKLE_SUFFIXES)
    if pickles:
        raise AdapterError(Messages.ADAPTER_PICKLE_FILES.format(files=", ".join(pickles)))
    if not (folder / CONFIG_FILE).is_file():
        raise AdapterError(Messages.ADAPTER_FILE_MISSING.format(file=CONFIG_FILE))
    weights = folder / WEIGHTS_FILE
    if not weights.is_file():
        raise AdapterError(Messages.ADAPTER_FILE_MISSING.format(file=WEIGHTS_FILE))
    with open(weights, "rb") as handle:
        head = handle.read(9)
    # safetensors starts with an 8-byte little-endian header length, then a JSON object.
    if len(head) < 9 or head[8:9] != b"{":
        kind = Messages.ADAPTER_WEIGHTS_PICKLE if head[:1] == b"\x80" or head[:2] == b"PK" else \
            Messages.ADAPTER_WEIGHTS_NOT_SAFETENSORS
        raise AdapterError(Messages.ADAPTER_WEIGHTS_REFUSED.format(file=WEIGHTS_FILE, kind=kind))
