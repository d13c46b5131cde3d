"""Atomic file writes: a reader (or a killed build) sees the old file or the new one, never half."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_bytes_atomic(path: Path, data: bytes, durable: bool = True) -> bool:
    """Write through a temporary file in the same folder and rename; False when already identical.

    `durable` also fsyncs before the rename: worth it for files people commit (summaries), not for
    pages rebuilt from them on every run, where an fsync each costs seconds at thousands of pages.
    """
    try:
        if path.is_file() and path.read_bytes() == data:
            return False
    except OSError:
        pass  # unreadable: rewrite it
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode = path.stat().st_mode & 0o777
    except OSError:
        mode = 0o644  # mkstemp creates 0600; outputs must stay readable like any other file
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, path)  # same folder, so the rename is atomic
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return True


def write_atomic(path: Path, content: str, durable: bool = True) -> bool:
    """UTF-8 text through `write_bytes_atomic`."""
    return write_bytes_atomic(path, content.encode("utf-8"), durable)
