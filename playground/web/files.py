"""Files a client sends: only what gradio received as an upload is read (never a server path a client names)."""

from __future__ import annotations

from gradio.utils import get_upload_folder, is_in_or_equal

from playground.core.messages import Messages
from playground.eval.data import DataError


def uploaded_path(upload) -> str:
    """The path of a file gradio received as an upload; anything else is refused (no path in the message).

    Gradio checks this itself, but only once ``demo.has_launched`` is set (``mount_app`` sets it); the
    check is repeated here so that no other way of serving the app can read a server file."""
    if isinstance(upload, dict):  # a FileData payload, as an API endpoint receives it
        upload = upload.get("path")
    path = upload if isinstance(upload, str) else getattr(upload, "path", None) or getattr(upload, "name", None)
    if not isinstance(path, str) or not is_in_or_equal(path, get_upload_folder()):
        raise DataError(Messages.NOT_UPLOADED)
    return path
