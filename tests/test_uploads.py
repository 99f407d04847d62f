"""Bring your own adapter (issue #16): what an upload becomes, and every upload that is refused.

Real files built in tmp_path: weights written by the safetensors library, zips by ``zip -r`` (when installed),
``shutil.make_archive`` and ``zipfile``, patched by hand where a forger's listing would lie. A refusal is checked
by the message the visitor reads (from :class:`Messages`), by ``dest_root`` being empty after it, and, for every
test, by nothing being written outside ``dest_root``.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import stat
import struct
import subprocess
import warnings
import zipfile
from pathlib import Path

import pytest
import torch
from safetensors.torch import save

from playground.core.limits import Limits
from playground.core.messages import Messages
from playground.core.types import RequestError
from playground.features.uploads import MAX_HEADER_MB, UploadError, unpack_upload

MB = 2**20
CONFIG = json.dumps({"peft_type": "LORA", "r": 4, "lora_alpha": 8, "target_modules": ["q_proj"],
                     "base_model_name_or_path": "HuggingFaceTB/SmolLM2-135M-Instruct"}).encode()
WEIGHTS = save({"base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight": torch.ones(4, 16),
                "base_model.model.model.layers.0.self_attn.q_proj.lora_B.weight": torch.zeros(16, 4)})
CARD = b"---\nbase_model: HuggingFaceTB/SmolLM2-135M-Instruct\nlibrary_name: peft\n---\n# My adapter\n"
ADAPTER = {"adapter_config.json": CONFIG, "adapter_model.safetensors": WEIGHTS, "README.md": CARD}
SMALL = Limits(max_upload_mb=1, max_adapter_upload_mb=1)
CENTRAL_RECORD = b"PK\x01\x02"


@pytest.fixture
def inputs(tmp_path) -> Path:
    """Where the test builds its uploads (as gradio's temp folder would hold them)."""
    folder = tmp_path / "in"
    folder.mkdir()
    return folder


@pytest.fixture
def dest(tmp_path, inputs) -> Path:
    """The ``dest_root`` of every call; afterwards, nothing was written anywhere else under tmp_path."""
    dest = tmp_path / "dest"
    dest.mkdir()
    yield dest
    outside = [path for path in tmp_path.rglob("*")
               if not (path.is_relative_to(inputs) or path.is_relative_to(dest))]
    assert outside == []


def refused(files, dest: Path, limits: Limits = Limits()) -> str:
    """The message of the UploadError ``files`` raise; dest_root holds nothing after it, and the message no path."""
    with pytest.raises(UploadError) as caught:
        unpack_upload(files, dest, limits)
    assert isinstance(caught.value, RequestError)
    assert list(dest.iterdir()) == []
    message = str(caught.value)
    assert str(dest.parent) not in message
    return message


def make_zip(path: Path, entries: dict, method: int = zipfile.ZIP_DEFLATED) -> Path:
    """A zip of ``entries`` (name or ZipInfo -> bytes), written in that order."""
    with zipfile.ZipFile(path, "w", method) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def loose(inputs: Path, files: dict) -> list[Path]:
    """Loose uploads, each in its own temp folder under its original name (as gradio stores them)."""
    paths = []
    for number, (name, data) in enumerate(files.items()):
        path = inputs / f"upload{number}" / name
        path.parent.mkdir()
        path.write_bytes(data)
        paths.append(path)
    return paths


def in_folder(folder: str, files: dict = ADAPTER) -> dict:
    return {f"{folder}/{name}": data for name, data in files.items()}


def patch_listing(path: Path, entry: str, **values: int) -> None:
    """Rewrite ``flag_bits`` or ``file_size`` of ``entry`` in the zip's central directory (what a reader lists), as
    a forger would; the local header and the data stay as written."""
    at_offset = {"flag_bits": (8, "<H"), "file_size": (24, "<I")}
    data = bytearray(path.read_bytes())
    at = data.find(CENTRAL_RECORD)
    while at >= 0:
        name_length = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46: at + 46 + name_length] == entry.encode():
            for field, value in values.items():
                offset, layout = at_offset[field]
                struct.pack_into(layout, data, at + offset, value)
            path.write_bytes(bytes(data))
            return
        at = data.find(CENTRAL_RECORD, at + 4)
    raise AssertionError(f"{entry} is not in {path.name}")


def unpacked(folder: Path) -> dict:
    return {path.name: path.read_bytes() for path in folder.iterdir()}


# what an upload becomes


def check_new_folder(folder: Path, dest: Path, files: dict = ADAPTER) -> None:
    assert folder.parent == dest and folder.is_dir() and len(folder.name) == 16 and int(folder.name, 16) >= 0
    assert unpacked(folder) == files


@pytest.mark.skipif(shutil.which("zip") is None, reason="the zip command is not installed")
def test_a_shipped_adapter_zipped_with_zip_r_unpacks(inputs, dest):
    shipped = Path(__file__).parents[1] / "adapters" / "domain-qa-r8"
    folder = inputs / "my-adapter"
    folder.mkdir()
    for name in ADAPTER:
        shutil.copy(shipped / name, folder / name)
    subprocess.run(["zip", "-qr", "my-adapter.zip", "my-adapter/"], cwd=inputs, check=True)
    check_new_folder(unpack_upload([inputs / "my-adapter.zip"], dest, Limits()), dest, unpacked(folder))


def test_a_whole_shipped_adapter_folder_zipped_unpacks_without_its_extras(inputs, dest):
    """adapters/<name>/ as it is (with training.json beside the adapter): the extras are left out, not refused."""
    shipped = Path(__file__).parents[1] / "adapters" / "domain-qa-r8"
    assert (shipped / "training.json").is_file()
    archive = shutil.make_archive(str(inputs / "domain-qa-r8"), "zip", root_dir=shipped.parent, base_dir=shipped.name)
    folder = unpack_upload([archive], dest, Limits())
    assert sorted(p.name for p in folder.iterdir()) == sorted(ADAPTER)


def test_a_zip_of_one_top_folder_unpacks(inputs, dest):
    source = inputs / "src" / "my-adapter"
    source.mkdir(parents=True)
    for name, data in ADAPTER.items():
        (source / name).write_bytes(data)
    archive = shutil.make_archive(str(inputs / "my-adapter"), "zip", root_dir=source.parent, base_dir="my-adapter")
    assert "my-adapter/" in zipfile.ZipFile(archive).namelist()  # a folder entry, as zip -r writes
    check_new_folder(unpack_upload([archive], dest, Limits()), dest)


def test_a_zip_of_files_at_its_root_unpacks_without_a_card(inputs, dest):
    files = {name: data for name, data in ADAPTER.items() if name != "README.md"}
    check_new_folder(unpack_upload([make_zip(inputs / "ADAPTER.ZIP", files)], dest, Limits()), dest, files)


def test_what_macos_adds_to_a_zip_is_ignored(inputs, dest):
    entries = {"__MACOSX/": b"", "__MACOSX/my-adapter/._adapter_config.json": b"\0\5\26\7",
               "my-adapter/": b"", "my-adapter/.DS_Store": b"\0\0\0\1Bud1", **in_folder("my-adapter"),
               "__MACOSX/my-adapter/._adapter_model.safetensors": b"\0\5\26\7"}
    check_new_folder(unpack_upload([make_zip(inputs / "my-adapter.zip", entries)], dest, Limits()), dest)


def test_loose_files_are_copied_by_name_and_left_in_place(inputs, dest):
    paths = loose(inputs, ADAPTER)
    check_new_folder(unpack_upload([str(path) for path in paths], dest, Limits()), dest)
    assert all(path.is_file() for path in paths)


def test_each_upload_gets_its_own_folder(inputs, dest):
    archive = make_zip(inputs / "a.zip", ADAPTER)
    first, second = unpack_upload([archive], dest, Limits()), unpack_upload([archive], dest, Limits())
    assert first != second and sorted(dest.iterdir()) == sorted([first, second])


def test_dest_root_is_created_when_missing(inputs, dest):
    folder = unpack_upload(loose(inputs, ADAPTER), dest / "uploads", Limits())
    assert folder.parent == dest / "uploads" and unpacked(folder) == ADAPTER


# uploads refused before anything is read


def test_nothing_uploaded(dest):
    assert refused([], dest) == Messages.UPLOAD_NOTHING


def test_a_file_that_is_gone(inputs, dest):
    assert refused([inputs / "adapter_config.json"], dest) == Messages.UPLOAD_UNREADABLE.format(
        name="adapter_config.json")


def test_a_loose_file_that_is_a_link_is_not_followed(inputs, dest):
    """Gradio writes plain files; a link among the uploads (say, to a server file) is not read."""
    secret = inputs / "server-secret.json"
    secret.write_bytes(CONFIG)
    files = loose(inputs, {name: data for name, data in ADAPTER.items() if name != "adapter_config.json"})
    link = inputs / "upload9" / "adapter_config.json"
    link.parent.mkdir()
    link.symlink_to(secret)
    assert refused([link, *files], dest) == Messages.UPLOAD_UNREADABLE.format(name="adapter_config.json")


def test_a_file_over_the_upload_limit(inputs, dest):
    files = loose(inputs, {**ADAPTER, "adapter_model.safetensors": WEIGHTS + bytes(int(1.5 * MB) - len(WEIGHTS))})
    assert refused(files, dest, SMALL) == Messages.UPLOAD_FILE_TOO_BIG.format(
        name="adapter_model.safetensors", size=1.5, limit=1)


def test_a_zip_over_the_upload_limit(inputs, dest):
    archive = make_zip(inputs / "big.zip", {**ADAPTER, "README.md": os.urandom(2 * MB)})  # does not compress
    size = archive.stat().st_size / MB
    assert refused([archive], dest, SMALL) == Messages.UPLOAD_FILE_TOO_BIG.format(name="big.zip", size=size, limit=1)


def test_a_zip_with_loose_files(inputs, dest):
    files = [make_zip(inputs / "a.zip", ADAPTER), *loose(inputs, {"README.md": CARD})]
    assert refused(files, dest) == Messages.UPLOAD_ZIP_NOT_ALONE
    assert refused([make_zip(inputs / "b.zip", ADAPTER), files[0]], dest) == Messages.UPLOAD_ZIP_NOT_ALONE


@pytest.mark.parametrize("data", [b"this is not a zip", b""], ids=["text", "empty"])
def test_a_zip_that_is_not_a_zip(inputs, dest, data):
    (inputs / "adapter.zip").write_bytes(data)
    assert refused([inputs / "adapter.zip"], dest) == Messages.UPLOAD_NOT_A_ZIP.format(name="adapter.zip")


def test_a_cut_off_zip(inputs, dest):
    archive = make_zip(inputs / "cut.zip", ADAPTER)
    archive.write_bytes(archive.read_bytes()[:-40])  # the end of the central directory is gone
    assert refused([archive], dest) == Messages.UPLOAD_NOT_A_ZIP.format(name="cut.zip")


# zip entries refused from the listing


@pytest.mark.parametrize("entry", ["../evil", "my-adapter/../../evil", "../../../evil", "..\\..\\evil", "/etc/x",
                                   "//server/share/x", "C:/evil", "C:\\evil", "c:evil"])
def test_an_entry_that_points_outside_the_folder(inputs, dest, entry):
    archive = make_zip(inputs / "evil.zip", {**ADAPTER, entry: b"pwned"})
    assert zipfile.ZipFile(archive).namelist()[-1] == entry  # stored as given, as a forger's tool would
    assert refused([archive], dest) == Messages.UPLOAD_UNSAFE_PATH.format(entry=entry)


def test_a_symlink_entry(inputs, dest):
    link = zipfile.ZipInfo("my-adapter/adapter_model.safetensors")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    archive = make_zip(inputs / "link.zip", {"my-adapter/adapter_config.json": CONFIG, link: b"/etc/passwd"})
    assert refused([archive], dest) == Messages.UPLOAD_SYMLINK.format(entry="my-adapter/adapter_model.safetensors")


def test_an_encrypted_entry(inputs, dest):
    archive = make_zip(inputs / "secret.zip", in_folder("my-adapter"))
    patch_listing(archive, "my-adapter/adapter_model.safetensors", flag_bits=0x1)
    assert zipfile.ZipFile(archive).getinfo("my-adapter/adapter_model.safetensors").flag_bits & 0x1
    assert refused([archive], dest) == Messages.UPLOAD_ENCRYPTED.format(entry="my-adapter/adapter_model.safetensors")


@pytest.mark.parametrize("name", ["adapter_model.bin", "training_args.bin", "adapter_model.pt", "model.pth",
                                  "weights.PKL", "last.ckpt"])
def test_pickle_weights_in_a_zip(inputs, dest, name):
    archive = make_zip(inputs / "pickle.zip", {"my-adapter/adapter_config.json": CONFIG, f"my-adapter/{name}": b"\x80"})
    assert refused([archive], dest) == Messages.UPLOAD_PICKLE.format(entry=f"my-adapter/{name}")


def test_pickle_weights_as_a_loose_file(inputs, dest):
    files = loose(inputs, {"adapter_config.json": CONFIG, "adapter_model.bin": b"\x80\x02"})
    assert refused(files, dest) == Messages.UPLOAD_PICKLE.format(entry="adapter_model.bin")


@pytest.mark.parametrize("name", ["run.py", "model.safetensors", "training.txt", "adapter_config.JSON"])
def test_a_file_that_is_not_an_adapter_file(inputs, dest, name):
    archive = make_zip(inputs / "extra.zip", {**in_folder("my-adapter"), f"my-adapter/{name}": b"print('hi')"})
    assert refused([archive], dest) == Messages.UPLOAD_UNEXPECTED_FILE.format(entry=f"my-adapter/{name}")
    assert refused(loose(inputs, {**ADAPTER, name: b"x"}), dest) == Messages.UPLOAD_UNEXPECTED_FILE.format(entry=name)


def test_two_copies_of_a_name(inputs, dest):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # zipfile's "Duplicate name"
        archive = make_zip(inputs / "twice.zip", ADAPTER)
        with zipfile.ZipFile(archive, "a") as again:
            again.writestr("adapter_config.json", b"{}")
    assert refused([archive], dest) == Messages.UPLOAD_DUPLICATE.format(entry="adapter_config.json")
    twice = loose(inputs, ADAPTER) + loose(inputs / "upload0", {"adapter_config.json": b"{}"})
    assert refused(twice, dest) == Messages.UPLOAD_DUPLICATE.format(entry="adapter_config.json")


def test_a_folder_inside_a_folder(inputs, dest):
    archive = make_zip(inputs / "nested.zip", in_folder("outer/inner"))
    assert refused([archive], dest) == Messages.UPLOAD_ZIP_NESTED.format(entry="outer/inner/adapter_config.json")
    archive = make_zip(inputs / "nested.zip", {"outer/": b"", "outer/inner/": b"", **in_folder("outer/inner")})
    assert refused([archive], dest) == Messages.UPLOAD_ZIP_NESTED.format(entry="outer/inner/")


def test_more_than_one_top_folder(inputs, dest):
    archive = make_zip(inputs / "two.zip", {"a/adapter_config.json": CONFIG, "b/adapter_model.safetensors": WEIGHTS})
    assert refused([archive], dest) == Messages.UPLOAD_ZIP_FOLDERS.format(places="'a/', 'b/'")
    archive = make_zip(inputs / "mixed.zip", {"adapter_config.json": CONFIG, "a/adapter_model.safetensors": WEIGHTS})
    assert refused([archive], dest) == Messages.UPLOAD_ZIP_FOLDERS.format(places="'a/', the zip's root")


def test_a_zip_compressed_with_another_method(inputs, dest):
    archive = make_zip(inputs / "bz.zip", ADAPTER, method=zipfile.ZIP_BZIP2)
    assert refused([archive], dest) == Messages.UPLOAD_ZIP_METHOD.format(entry="adapter_config.json")


def test_a_missing_config_or_weights_file(inputs, dest):
    archive = make_zip(inputs / "half.zip", in_folder("my-adapter", {"adapter_config.json": CONFIG}))
    assert refused([archive], dest) == Messages.UPLOAD_MISSING.format(names="adapter_model.safetensors")
    assert refused(loose(inputs, {"README.md": CARD}), dest) == Messages.UPLOAD_MISSING.format(
        names="adapter_config.json and adapter_model.safetensors")
    archive = make_zip(inputs / "mac.zip", {"__MACOSX/adapter_config.json": CONFIG, ".DS_Store": b"",
                                            "adapter_model.safetensors": WEIGHTS})
    assert refused([archive], dest) == Messages.UPLOAD_MISSING.format(names="adapter_config.json")


# zip bombs: the declared sizes, then the bytes themselves


def zeros_zip(path: Path, size: int) -> Path:
    """An adapter whose weights are ``size`` zero bytes after a real header: deflate squeezes them ~1000-fold."""
    return make_zip(path, {"adapter_config.json": CONFIG, "adapter_model.safetensors": WEIGHTS + bytes(size)})


def test_a_zip_bomb_that_declares_its_size(inputs, dest):
    archive = zeros_zip(inputs / "bomb.zip", 8 * MB)
    assert archive.stat().st_size < MB / 32
    assert refused([archive], dest, SMALL) == Messages.UPLOAD_UNPACKED_TOO_BIG.format(limit=1)


def test_a_zip_bomb_whose_listing_lies_about_its_size(inputs, dest):
    archive = zeros_zip(inputs / "liar.zip", 8 * MB)
    patch_listing(archive, "adapter_model.safetensors", file_size=len(WEIGHTS))
    assert zipfile.ZipFile(archive).getinfo("adapter_model.safetensors").file_size == len(WEIGHTS)
    assert refused([archive], dest, SMALL) == Messages.UPLOAD_ZIP_DAMAGED.format(name="liar.zip")


class Endless(io.RawIOBase):
    """An entry that inflates forever, whatever the listing says; counts the bytes it hands out."""

    handed = 0  # by every instance

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        buffer[:] = bytes(len(buffer))
        Endless.handed += len(buffer)
        return len(buffer)


def test_unpacking_stops_at_the_cap_when_the_bytes_outgrow_the_listing(inputs, dest, monkeypatch):
    archive = make_zip(inputs / "ok.zip", ADAPTER)
    monkeypatch.setattr(zipfile.ZipFile, "open", lambda self, info, *args, **kwargs: Endless())
    monkeypatch.setattr(Endless, "handed", 0)
    assert refused([archive], dest, SMALL) == Messages.UPLOAD_UNPACKED_TOO_BIG.format(limit=1)
    assert MB < Endless.handed <= MB + 1  # read up to the cap and one byte past it, never further


def test_loose_files_over_the_adapter_limit(inputs, dest):
    """Each file under the cap, all of them together over it."""
    files = loose(inputs, {**ADAPTER, "adapter_model.safetensors": WEIGHTS + bytes(7 * MB // 10),
                           "README.md": b"x" * (MB // 2)})
    assert refused(files, dest, Limits(max_adapter_upload_mb=1)) == \
        Messages.UPLOAD_UNPACKED_TOO_BIG.format(limit=1)


def test_a_damaged_entry(inputs, dest):
    archive = zeros_zip(inputs / "damaged.zip", MB)
    data = bytearray(archive.read_bytes())
    start = data.find(b"adapter_model.safetensors") + 200  # inside its compressed data
    data[start: start + 64] = bytes(range(64))
    archive.write_bytes(bytes(data))
    assert refused([archive], dest) == Messages.UPLOAD_ZIP_DAMAGED.format(name="damaged.zip")


# what was unpacked: the config and the weights' header


def header(raw: bytes, length: int | None = None) -> bytes:
    """A safetensors-like file: ``length`` (default: of ``raw``) as 8 little-endian bytes, ``raw``, some data."""
    return struct.pack("<Q", len(raw) if length is None else length) + raw + bytes(16)


TORCH_ZIP = b"PK\x03\x04" + bytes(60)  # how torch.save's files start
BAD_WEIGHTS = {
    "empty": (b"", Messages.WEIGHTS_TOO_SHORT),
    "short": (b"\x10\x00\x00", Messages.WEIGHTS_TOO_SHORT),
    "absurd-length": (header(b"{}", 2**40), Messages.WEIGHTS_HEADER_TOO_LONG.format(length=2**40, limit=MAX_HEADER_MB)),
    "over-100-mb": (header(b"{}", 100 * MB + 1),
                    Messages.WEIGHTS_HEADER_TOO_LONG.format(length=100 * MB + 1, limit=MAX_HEADER_MB)),
    "longer-than-file": (header(b"{}", 19), Messages.WEIGHTS_HEADER_TOO_LONG.format(length=19, limit=MAX_HEADER_MB)),
    "not-json": (header(b"PK\x03\x04 pickle?"), Messages.WEIGHTS_NOT_OBJECT),
    "not-utf8": (header(b'{"\xff": 1}'), Messages.WEIGHTS_NOT_OBJECT),
    "a-list": (header(b"[1, 2]"), Messages.WEIGHTS_NOT_OBJECT),
    "too-deep": (header(b"[" * 100_000), Messages.WEIGHTS_NOT_OBJECT),
    "torch.save-zip": (TORCH_ZIP, Messages.WEIGHTS_HEADER_TOO_LONG.format(
        length=int.from_bytes(TORCH_ZIP[:8], "little"), limit=MAX_HEADER_MB)),
}


@pytest.mark.parametrize("weights,reason", BAD_WEIGHTS.values(), ids=BAD_WEIGHTS.keys())
def test_weights_without_a_sane_safetensors_header(inputs, dest, weights, reason):
    expected = Messages.UPLOAD_BAD_WEIGHTS.format(reason=reason)
    assert refused([make_zip(inputs / "w.zip", {**ADAPTER, "adapter_model.safetensors": weights})], dest) == expected
    assert refused(loose(inputs, {**ADAPTER, "adapter_model.safetensors": weights}), dest) == expected


BAD_CONFIGS = {"empty": b"", "text": b"not json", "a-list": b"[1, 2]", "null": b"null", "a-string": b'"LORA"',
               "not-utf8": b'{"\xff": 1}', "utf-16": "{}".encode("utf-16"), "utf-8-bom": b"\xef\xbb\xbf{}",
               "too-deep": b"[" * 100_000}


@pytest.mark.parametrize("config", BAD_CONFIGS.values(), ids=BAD_CONFIGS.keys())
def test_a_config_that_is_not_a_json_object(inputs, dest, config):
    archive = make_zip(inputs / "c.zip", {**ADAPTER, "adapter_config.json": config})
    assert refused([archive], dest) == Messages.UPLOAD_BAD_CONFIG


def test_a_config_over_1_mb(inputs, dest):
    config = json.dumps({"peft_type": "LORA", "padding": "x" * (MB + MB // 10)}).encode()
    expected = Messages.UPLOAD_CONFIG_TOO_BIG.format(size=len(config) / MB, limit=1)
    assert refused(loose(inputs, {**ADAPTER, "adapter_config.json": config}), dest) == expected
    assert refused([make_zip(inputs / "c.zip", {**ADAPTER, "adapter_config.json": config})], dest) == expected

