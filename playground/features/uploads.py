"""Bring your own adapter (issue #16): turn a visitor's upload into a plain PEFT adapter folder, safely.

    folder = unpack_upload(files, data_dir / "uploads", limits)   # a new data_dir/uploads/<random hex>/

A visitor uploads either one ``.zip`` of a PEFT folder (its files at the zip's root, or all inside one top folder,
as ``zip -r my-adapter.zip my-adapter/`` makes; macOS's ``__MACOSX/`` and ``.DS_Store`` are ignored) or the loose
files, matched by name (gradio keeps an upload's original name). The new folder holds exactly
``adapter_config.json``, ``adapter_model.safetensors`` and, when given, ``README.md``. The names written are these
constants, never a name read from the upload, so nothing can land outside ``dest_root``.

Anything else is refused with an :class:`UploadError` that says what to change (the wording is in
:class:`playground.core.messages.Messages`; it names the visitor's own files, never a server path): pickle weights
(loading one can run code), links, encrypted or unsafe zip entries, other files, more than the
:class:`~playground.core.limits.Limits` allow, a zip bomb (the declared sizes are checked first, and the bytes are
counted while unpacking, since a listing can lie), a config that is not a JSON object, and weights whose
safetensors header is not sane (only the 8-byte length and the JSON header are read: nothing here imports torch;
loading the weights is the engine's job). On a refusal the partly written folder is removed.

Tests: ``pytest tests/test_uploads.py``.
"""

from __future__ import annotations

import json
import re
import secrets
import shutil
import stat
import struct
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from playground.core.limits import Limits
from playground.core.messages import Messages
from playground.core.types import RequestError

CONFIG, WEIGHTS, CARD = "adapter_config.json", "adapter_model.safetensors", "README.md"
ALLOWED = (CONFIG, WEIGHTS, CARD)
# What PEFT, transformers' Trainer and this project's own tools write beside an adapter: left out, not refused.
SKIPPED = ("training.json", "merge.json", "eval_results.json", "trainer_state.json", "tokenizer.json",
           "tokenizer_config.json", "special_tokens_map.json", "chat_template.jinja", ".gitattributes")
REQUIRED = (CONFIG, WEIGHTS)
PICKLE_SUFFIXES = (".bin", ".pt", ".pth", ".pkl", ".pickle", ".ckpt")
IGNORED_FOLDER, IGNORED_FILE = "__MACOSX", ".DS_Store"  # what macOS's Compress adds to a zip
ZIP_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)  # what zip -r, Finder and Windows write
MB = 2**20
MAX_CONFIG_MB = 1  # PEFT writes a few KB
MAX_HEADER_MB = 100  # the safetensors library's own cap on a header
CHUNK = MB  # bytes copied at a time
SHOWN_CHARS = 80  # of a visitor's file or entry name, in a message
_DRIVE_RE = re.compile(r"^[A-Za-z]:")


class UploadError(RequestError):
    """An upload that cannot become an adapter folder; the message says what to change."""


def unpack_upload(files: Iterable[str | Path], dest_root: str | Path, limits: Limits) -> Path:
    """A new folder under ``dest_root`` holding the adapter in ``files`` (one ``.zip``, or the loose files).

    Each file is at most ``limits.max_adapter_upload_mb`` MB, and the adapter's files together, unpacked, at most
    ``limits.max_adapter_upload_mb`` MB. Raises :class:`UploadError`, leaving nothing behind, for anything that is
    not a plain PEFT adapter folder.
    """
    paths = [Path(file) for file in files or ()]
    if not paths:
        raise UploadError(Messages.UPLOAD_NOTHING)
    for path in paths:
        _check_uploaded(path, limits)
    zips = [path for path in paths if path.suffix.lower() == ".zip"]
    if zips and len(paths) > 1:
        raise UploadError(Messages.UPLOAD_ZIP_NOT_ALONE)
    if zips:
        with _open_zip(zips[0]) as archive:
            entries = _plan_zip(archive.infolist(), limits)
            with _new_folder(Path(dest_root)) as folder:
                _extract(archive, entries, folder, limits, zips[0].name)
                _check_adapter(folder)
    else:
        sources = _plan_loose(paths, limits)
        with _new_folder(Path(dest_root)) as folder:
            _copy_loose(sources, folder, limits)
            _check_adapter(folder)
    return folder


def copy_snapshot(snapshot: str | Path, dest_root: str | Path, limits: Limits, repo: str) -> Path:
    """A new folder under ``dest_root`` holding the adapter files of a Hub snapshot, checked like an upload.

    In huggingface_hub's cache each file of ``snapshots/<commit>/`` is a link to a blob of the same repo
    (``models--owner--name/blobs/``): followed there, and nowhere else.
    """
    snapshot = Path(snapshot)
    blobs = snapshot.parent.parent.resolve()
    sources: dict[str, Path] = {}
    for name in ALLOWED:
        path = snapshot / name
        if not path.exists():
            continue
        real = path.resolve()
        if not real.is_file() or not real.is_relative_to(blobs):
            raise UploadError(Messages.HUB_CACHE_BROKEN.format(repo=repo, name=name))
        sources[name] = real
    _check_complete(sources)
    if sum(path.stat().st_size for path in sources.values()) > limits.max_adapter_upload_mb * MB:
        raise _too_big(limits)
    with _new_folder(Path(dest_root)) as folder:
        _copy_loose(sources, folder, limits)
        _check_adapter(folder)
    return folder


# what was uploaded


def _shown(name: str) -> str:
    """A visitor's file or entry name as a message shows it (a zip may hold names of any length)."""
    return name if len(name) <= SHOWN_CHARS else name[: SHOWN_CHARS - 3] + "..."


def _check_uploaded(path: Path, limits: Limits) -> None:
    name = _shown(path.name)
    if path.is_symlink() or not path.is_file():
        raise UploadError(Messages.UPLOAD_UNREADABLE.format(name=name))
    size = path.stat().st_size
    if size > limits.max_adapter_upload_mb * MB:
        raise UploadError(Messages.UPLOAD_FILE_TOO_BIG.format(name=name, size=size / MB,
                                                              limit=limits.max_adapter_upload_mb))


def _too_big(limits: Limits) -> UploadError:
    return UploadError(Messages.UPLOAD_UNPACKED_TOO_BIG.format(limit=limits.max_adapter_upload_mb))


def _adapter_name(file_name: str, entry: str) -> str | None:
    """``file_name`` if it is one of the adapter's files, None for a known harmless extra (left out); otherwise
    refuse ``entry`` (a pickle, or anything else)."""
    if file_name in ALLOWED:
        return file_name
    if file_name in SKIPPED:
        return None
    if file_name.lower().endswith(PICKLE_SUFFIXES):
        raise UploadError(Messages.UPLOAD_PICKLE.format(entry=entry))
    raise UploadError(Messages.UPLOAD_UNEXPECTED_FILE.format(entry=entry))


def _check_complete(names: Iterable[str]) -> None:
    missing = [name for name in REQUIRED if name not in names]
    if missing:
        raise UploadError(Messages.UPLOAD_MISSING.format(names=" and ".join(missing)))


def _plan_loose(paths: list[Path], limits: Limits) -> dict[str, Path]:
    """The loose files by the name each is written as, once they make one adapter of at most the limit."""
    chosen: dict[str, Path] = {}
    for path in paths:
        name = _adapter_name(path.name, _shown(path.name))
        if name is None:
            continue
        if name in chosen:
            raise UploadError(Messages.UPLOAD_DUPLICATE.format(entry=name))
        chosen[name] = path
    _check_complete(chosen)
    if sum(path.stat().st_size for path in chosen.values()) > limits.max_adapter_upload_mb * MB:
        raise _too_big(limits)
    return chosen


# a zip, read from its listing before a byte is unpacked


def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, struct.error):
        raise UploadError(Messages.UPLOAD_NOT_A_ZIP.format(name=_shown(path.name))) from None


def _entry_parts(name: str) -> list[str]:
    """The folders and file name of a zip entry; refuses one that could point outside the folder it unpacks to
    (backslashes count as separators: Windows tools write them)."""
    path = name.replace("\\", "/")
    parts = [part for part in path.split("/") if part not in ("", ".")]
    if path.startswith("/") or _DRIVE_RE.match(path) or ".." in parts:
        raise UploadError(Messages.UPLOAD_UNSAFE_PATH.format(entry=_shown(name)))
    return parts


def _plan_zip(infos: list[zipfile.ZipInfo], limits: Limits) -> dict[str, zipfile.ZipInfo]:
    """The entries to unpack, by the name each is written as; refuses, from the listing alone, a zip that is not
    one plain adapter folder or whose declared sizes are over the limit."""
    chosen: dict[str, zipfile.ZipInfo] = {}
    places: set[str] = set()  # the top folders (and the root) that hold the entries
    for info in infos:
        parts = _entry_parts(info.filename)
        if not parts or parts[0] == IGNORED_FOLDER or parts[-1] == IGNORED_FILE:
            continue
        entry = _shown(info.filename)
        if stat.S_ISLNK(info.external_attr >> 16):
            raise UploadError(Messages.UPLOAD_SYMLINK.format(entry=entry))
        if info.flag_bits & 0x1:
            raise UploadError(Messages.UPLOAD_ENCRYPTED.format(entry=entry))
        depth = len(parts) + info.is_dir()  # a folder entry 'a/' sits as deep as a file 'a/x'
        if depth > 2:
            raise UploadError(Messages.UPLOAD_ZIP_NESTED.format(entry=entry))
        places.add(repr(parts[0] + "/") if depth == 2 else "the zip's root")
        if info.is_dir():
            continue
        name = _adapter_name(parts[-1], entry)
        if name is None:
            continue
        if name in chosen:
            raise UploadError(Messages.UPLOAD_DUPLICATE.format(entry=entry))
        if info.compress_type not in ZIP_METHODS:
            raise UploadError(Messages.UPLOAD_ZIP_METHOD.format(entry=entry))
        chosen[name] = info
    if len(places) > 1:
        raise UploadError(Messages.UPLOAD_ZIP_FOLDERS.format(places=", ".join(sorted(places))))
    _check_complete(chosen)
    if sum(info.file_size for info in chosen.values()) > limits.max_adapter_upload_mb * MB:
        raise _too_big(limits)
    return chosen


# writing the folder


@contextmanager
def _new_folder(dest_root: Path) -> Iterator[Path]:
    """A new, empty folder under ``dest_root``, removed again if the block raises."""
    dest_root.mkdir(parents=True, exist_ok=True)
    folder = dest_root / secrets.token_hex(8)
    folder.mkdir()
    try:
        yield folder
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def _copy_within(source: BinaryIO, target: Path, budget: int, limits: Limits) -> int:
    """Copy ``source`` to the new file ``target`` and return the bytes written; refuse once they would pass
    ``budget``, never reading more than one byte past it (a zip's listing may understate what an entry inflates
    to, so the bytes themselves are counted)."""
    written = 0
    with target.open("xb") as out:
        while chunk := source.read(min(CHUNK, budget - written + 1)):
            written += len(chunk)
            if written > budget:
                raise _too_big(limits)
            out.write(chunk)
    return written


def _extract(archive: zipfile.ZipFile, entries: dict[str, zipfile.ZipInfo], folder: Path, limits: Limits,
             zip_name: str) -> None:
    budget = limits.max_adapter_upload_mb * MB  # for all the entries together
    for name, info in entries.items():
        try:
            with archive.open(info) as source:
                budget -= _copy_within(source, folder / name, budget, limits)
        except (zipfile.BadZipFile, zlib.error, EOFError):  # a bad checksum, a size that lied, a broken stream
            raise UploadError(Messages.UPLOAD_ZIP_DAMAGED.format(name=_shown(zip_name))) from None


def _copy_loose(sources: dict[str, Path], folder: Path, limits: Limits) -> None:
    budget = limits.max_adapter_upload_mb * MB  # the files were measured; count again, in case one grew since
    for name, path in sources.items():
        with path.open("rb") as source:
            budget -= _copy_within(source, folder / name, budget, limits)


# what was written


def _json_or_none(data: bytes):
    """``data`` parsed as UTF-8 JSON (what PEFT and safetensors read; no BOM), or None."""
    try:
        return json.loads(data.decode("utf-8"))  # UnicodeDecodeError and JSONDecodeError are ValueErrors
    except (ValueError, RecursionError):
        return None


def _check_adapter(folder: Path) -> None:
    """Refuse a config that is not a small JSON object, or weights whose safetensors header is not sane."""
    config = folder / CONFIG
    size = config.stat().st_size
    if size > MAX_CONFIG_MB * MB:
        raise UploadError(Messages.UPLOAD_CONFIG_TOO_BIG.format(size=size / MB, limit=MAX_CONFIG_MB))
    if not isinstance(_json_or_none(config.read_bytes()), dict):
        raise UploadError(Messages.UPLOAD_BAD_CONFIG)
    problem = _weights_problem(folder / WEIGHTS)
    if problem:
        raise UploadError(Messages.UPLOAD_BAD_WEIGHTS.format(reason=problem))


def _weights_problem(path: Path) -> str | None:
    """Why ``path`` is not a safetensors file (8 bytes of little-endian header length, then a JSON object), or
    None; reads the header only."""
    size = path.stat().st_size
    if size < 8:
        return Messages.WEIGHTS_TOO_SHORT
    with path.open("rb") as weights:
        length = int.from_bytes(weights.read(8), "little")
        if length > MAX_HEADER_MB * MB or length > size - 8:
            return Messages.WEIGHTS_HEADER_TOO_LONG.format(length=length, limit=MAX_HEADER_MB)
        header = _json_or_none(weights.read(length))
    return None if isinstance(header, dict) else Messages.WEIGHTS_NOT_OBJECT
