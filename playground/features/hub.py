"""Adapters from the Hugging Face Hub (or a local folder): only their config, safetensors weights and card.

    folder = fetch_hub("owner/my-lora", revision="v1", max_mb=64)   # what a visitor typed: never a local path
    folder = fetch("adapters/linkedin-post")                          # the server's own sources: a folder or an id

Downloads go through ``huggingface_hub`` (its cache, ``HF_HUB_OFFLINE``, ``HF_ENDPOINT``); every failure is an
:class:`~playground.core.types.AdapterError` naming only the public source. No torch here.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from playground.core.config import REPO_ROOT
from playground.core.messages import Messages
from playground.core.types import AdapterError

log = logging.getLogger(__name__)

CONFIG_FILE = "adapter_config.json"
WEIGHTS_FILE = "adapter_model.safetensors"
CARD_FILE = "README.md"
PICKLE_SUFFIXES = (".bin", ".pt", ".pth", ".pkl", ".pickle", ".ckpt")
HUB_PATTERNS = [CONFIG_FILE, WEIGHTS_FILE, CARD_FILE]  # never download pickles from the Hub
HUB_TIMEOUT_S = 10.0  # seconds to wait for the Hub's first answer before falling back on the cache
MB = 2 ** 20
_REVISION_PART_RE = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9._-]*$")


def fetch(source: str, *, revision: str | None = None, max_mb: float | None = None,
          timeout_s: float = HUB_TIMEOUT_S) -> Path:
    """A local folder as is, or a Hub id downloaded by :func:`fetch_hub` (safetensors, config and card only).

    For the server's own sources (its adapters folder, ``--adapter`` flags, merge parents); what a visitor
    types goes to :func:`fetch_hub`, which never reads a local path.
    """
    path = Path(source).expanduser()
    if path.exists():
        if revision is not None:
            raise AdapterError(Messages.HUB_REVISION_LOCAL.format(source=public_source(source)))
        return path
    from huggingface_hub.errors import HFValidationError
    from huggingface_hub.utils import validate_repo_id

    try:
        validate_repo_id(source)
    except HFValidationError:
        raise AdapterError(Messages.HUB_NOT_FOLDER_OR_ID.format(source=public_source(source)[:100])) from None
    return fetch_hub(source, revision=revision, max_mb=max_mb, timeout_s=timeout_s)


def fetch_hub(repo_id: str, *, revision: str | None = None, max_mb: float | None = None,
              timeout_s: float = HUB_TIMEOUT_S) -> Path:
    """The snapshot folder of Hub adapter ``repo_id`` at ``revision`` (a branch, a tag or a commit; the default
    branch when None), downloading only :data:`HUB_PATTERNS`, at most ``max_mb`` MB of them (None: no cap).

    The id and the revision are checked before anything is looked up. Online, the repo's file list comes first
    (one call, ``timeout_s``): a missing repo or revision, pickle-only weights or too many megabytes are refused
    before a byte is downloaded, and the download is pinned to the commit that was checked. With
    ``HF_HUB_OFFLINE=1``, or when the Hub does not answer within ``timeout_s``, the cached snapshot is used if
    there is one, and otherwise the error says which of the two it was. Every error is an :class:`AdapterError`
    naming the repo only (the library's own text, which holds cache paths, goes to the log).
    """
    from huggingface_hub.errors import HFValidationError
    from huggingface_hub.utils import validate_repo_id

    if not isinstance(repo_id, str):
        raise AdapterError(Messages.HUB_BAD_ID.format(source=str(repo_id)[:100]))
    try:
        validate_repo_id(repo_id)
    except HFValidationError:
        raise AdapterError(Messages.HUB_BAD_ID.format(source=repo_id[:100])) from None
    if revision is not None and not _valid_revision(revision):
        raise AdapterError(Messages.HUB_BAD_REVISION.format(revision=str(revision)[:130]))
    from huggingface_hub import HfApi, constants, snapshot_download  # after the checks: nothing is asked before
    from huggingface_hub.errors import LocalEntryNotFoundError, OfflineModeIsEnabled

    where = {"repo": repo_id, "at": f" at {revision!r}" if revision else ""}
    pinned, hub_down = revision, None
    if not constants.is_offline_mode():
        try:
            info = HfApi().model_info(repo_id, revision=revision, files_metadata=True, timeout=timeout_s)
        except Exception as err:
            if not _hub_down(err):
                raise _hub_error(err, repo_id, revision, where) from err
            log.warning("the Hub did not answer for %r (%s): trying the cache", repo_id, err)
            hub_down = err
        else:
            _check_hub_files(info.siblings or [], max_mb, where)
            pinned = info.sha or revision  # the commit checked above, even if the branch moves meanwhile
    try:
        folder = Path(snapshot_download(repo_id, revision=pinned, allow_patterns=HUB_PATTERNS,
                                        etag_timeout=timeout_s, local_files_only=hub_down is not None))
    except LocalEntryNotFoundError as err:  # not cached (or cached in part), and the Hub cannot be asked
        log.warning("fetching adapter %r failed: %s", repo_id, err)
        if hub_down is None and isinstance(err.__cause__, OfflineModeIsEnabled):
            raise AdapterError(Messages.HUB_OFFLINE.format(**where)) from err
        raise AdapterError(Messages.HUB_UNREACHABLE.format(seconds=timeout_s, **where)) from err
    except Exception as err:
        if _hub_down(err):  # the Hub stopped answering during the download
            log.warning("fetching adapter %r failed: %s", repo_id, err)
            raise AdapterError(Messages.HUB_UNREACHABLE.format(seconds=timeout_s, **where)) from err
        raise _hub_error(err, repo_id, revision, where) from err
    if not (folder / CONFIG_FILE).is_file():  # a cached snapshot is not checked online first
        raise AdapterError(Messages.HUB_NO_CONFIG.format(**where))
    if not (folder / WEIGHTS_FILE).is_file():
        raise AdapterError(Messages.HUB_NO_WEIGHTS.format(**where))
    return folder


def _valid_revision(revision: object) -> bool:
    """A branch, a tag (``v1.0``, ``refs/pr/1``) or a commit hash; nothing that climbs out of the cache's ``refs/``."""
    return (isinstance(revision, str) and 0 < len(revision) <= 128 and ".." not in revision
            and all(_REVISION_PART_RE.fullmatch(part) for part in revision.split("/")))


def _check_hub_files(siblings, max_mb: float | None, where: dict) -> None:
    """Refuse a repo, from its file list, before downloading: no config, no safetensors weights, or too big."""
    names = {sibling.rfilename for sibling in siblings}
    if CONFIG_FILE not in names:
        raise AdapterError(Messages.HUB_NO_CONFIG.format(**where))
    if WEIGHTS_FILE not in names:
        pickles = sorted(name for name in names if Path(name).suffix.lower() in PICKLE_SUFFIXES)
        if pickles:
            raise AdapterError(Messages.HUB_PICKLE_ONLY.format(files=", ".join(pickles[:5]), **where))
        raise AdapterError(Messages.HUB_NO_WEIGHTS.format(**where))
    size = sum(sibling.size or 0 for sibling in siblings if sibling.rfilename in HUB_PATTERNS)
    if max_mb is not None and size > max_mb * MB:
        raise AdapterError(Messages.HUB_TOO_BIG.format(size=size / MB, limit=max_mb, **where))


def _hub_down(err: Exception) -> bool:
    """Whether ``err`` says the Hub could not be asked (no connection, no answer in time, a 5xx), not "no"."""
    import httpx2  # huggingface_hub's HTTP client
    from huggingface_hub.errors import HfHubHTTPError, OfflineModeIsEnabled

    if isinstance(err, httpx2.ProxyError):  # a misconfigured proxy is the operator's to fix, not a Hub outage
        return False
    if isinstance(err, (httpx2.TransportError, OfflineModeIsEnabled)):
        return True
    response = getattr(err, "response", None) if isinstance(err, HfHubHTTPError) else None
    return response is not None and response.status_code >= 500


def _hub_error(err: Exception, repo_id: str, revision: str | None, where: dict) -> AdapterError:
    """The user's message for an answer of the Hub (or of the library) other than the files."""
    from huggingface_hub.errors import RepositoryNotFoundError, RevisionNotFoundError

    log.warning("fetching adapter %r failed: %s", repo_id, err)
    if isinstance(err, RevisionNotFoundError):
        return AdapterError(Messages.HUB_REVISION_NOT_FOUND.format(repo=repo_id, revision=revision or "main"))
    if isinstance(err, RepositoryNotFoundError):  # also gated repos, and private ones without a token
        return AdapterError(Messages.HUB_NOT_FOUND.format(repo=repo_id))
    return AdapterError(Messages.HUB_FAILED.format(kind=type(err).__name__, **where))


def public_source(source: str) -> str:
    """Where an adapter (or the base) came from, as shown to clients: a Hub id as is, a folder of this
    repository relative to it, a saved merge as ``merges/<name>``, any other folder by its name only."""
    path = Path(source).expanduser()
    if not path.is_absolute() and not path.exists():
        return source  # a Hub id
    path = path.resolve()
    if path.is_relative_to(REPO_ROOT):
        return str(path.relative_to(REPO_ROOT))
    if path.parent.name == "merges":
        return f"merges/{path.name}"
    return path.name
