"""Compile one of the C kernels of this folder with the system C compiler, once per source, flags and machine.

The library goes into the user cache folder under a name made from a hash of the source, the compiler's
version, the flags and the machine, so a changed source or compiler builds anew and an unchanged one loads
at once. No PyTorch headers: the kernels are plain C, loaded with ``ctypes``.
"""

from __future__ import annotations

import hashlib
import os
import platform
import shutil
import subprocess
import sysconfig
import tempfile
from pathlib import Path


def find_compiler() -> str | None:
    """``$CC``, Python's own compiler, or the first of cc, gcc, clang found; None without one."""
    candidates = [os.environ.get("CC"), (sysconfig.get_config_var("CC") or "").split(" ")[0], "cc", "gcc", "clang"]
    for name in candidates:
        if name and shutil.which(name):
            return shutil.which(name)
    return None


def build_library(source: Path, flags: tuple[str, ...], compiler: str, cache: Path) -> Path:
    """Compile ``source`` unless this exact build is cached; return the library's path.

    Raises RuntimeError with the compiler's last line when it fails.
    """
    version = subprocess.run([compiler, "--version"], capture_output=True, text=True, timeout=30).stdout
    key = hashlib.sha256("\0".join([source.read_text(), version, *flags, platform.machine()]).encode()).hexdigest()
    target = cache / f"{source.stem}-{key[:16]}{sysconfig.get_config_var('SHLIB_SUFFIX') or '.so'}"
    if target.exists():
        return target
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cache) as tmp:  # built aside, then renamed: concurrent starts are safe
        built = Path(tmp) / target.name
        done = subprocess.run([compiler, *flags, str(source), "-o", str(built)],
                              capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "compiler failed")
        os.replace(built, target)
    return target
