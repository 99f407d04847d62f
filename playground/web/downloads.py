"""Files offered for download (eval results, arena exports).

Each export goes to a fresh folder under the system temp dir, which gradio serves; folders older
than an hour are removed when the next export of the same kind is written.
"""

from __future__ import annotations

import shutil
import tempfile
import time
import uuid
from pathlib import Path

DOWNLOAD_TTL_S = 3600


def fresh_folder(kind: str) -> Path:
    """A new empty folder under ``<tmp>/playground-<kind>``, after pruning that kind's stale ones."""
    root = Path(tempfile.gettempdir()) / f"playground-{kind}"
    if root.is_dir():
        cutoff = time.time() - DOWNLOAD_TTL_S
        for child in root.iterdir():
            if child.is_dir() and child.stat().st_mtime < cutoff:
                shutil.rmtree(child, ignore_errors=True)
    folder = root / uuid.uuid4().hex
    folder.mkdir(parents=True)
    return folder
