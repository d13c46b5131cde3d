"""Atomic file writes (a reader, or a killed build, sees the old file or the new one, never half),
and the cache's pickles."""

from __future__ import annotations

import gc
import os
import pickle
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


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


# --------------------------------------------------------------------------------------------
# Cache files: pickles this tool writes under its cache folder and reads back
# --------------------------------------------------------------------------------------------


_FREEZING = False  # inside heap_frozen()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while many long-lived objects are made (a large
    pickle loaded, a thousand summaries read): it would scan them again and again as they come,
    most of the time of the work (10x on the name index). Plain records make no cycles.

    Inside `heap_frozen`, what was made is frozen as the pause ends (`gc.freeze`): else the
    first collections after it scan every one of those objects, young as they all are."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            if _FREEZING:
                gc.freeze()
            gc.enable()


@contextmanager
def heap_frozen() -> Iterator[None]:
    """A build's span: the objects that `collector_paused` blocks make (its summaries, views and
    pages, kept till the build ends) are left out of garbage collection until it ends, and then
    handed back (`gc.unfreeze`), so a long-running process (`briefing serve`, tests) frees them."""
    global _FREEZING
    outer = _FREEZING
    _FREEZING = True
    try:
        yield
    finally:
        _FREEZING = outer
        if not outer:
            gc.unfreeze()


def read_pickle(path: Path) -> Any | None:
    """A pickle from the cache folder, or None when it is missing, cut short or from other code."""
    try:
        with path.open("rb") as handle, collector_paused():
            return pickle.load(handle)  # noqa: S301 - our own cache, written by write_pickle
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return None


def write_pickle(path: Path, value: Any) -> None:
    """Write a cache pickle atomically; a cache that cannot be written (read-only, remote) is skipped."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.chmod(tmp_name, 0o644)  # mkstemp makes 0600; a cache shared with CI must stay readable
            os.replace(tmp_name, path)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
    except OSError:
        pass


def user_cache() -> Path:
    """This user's cache folder for the tool (platformdirs: ~/.cache/briefing-digest on Linux): for
    data derived from the installed packages and keyed by their content, which every project on
    the machine shares (the name list, the place and registry indexes)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("briefing-digest"))


def cached_pickle(path: Path | None, kind: type[T], build: Callable[[], T], keep: int = 1) -> T:
    """`build()`, kept at `path` (`<name>-<key>.pickle`) so that later processes only read it.

    For derived data that is slow to build and depends only on what its key hashes (indexes of
    names and places). Writing a new key keeps only the `keep` newest keys of the same name beside it.
    """
    if path is not None:
        found = read_pickle(path)
        if isinstance(found, kind):
            return found
    value = build()
    if path is not None:
        write_pickle(path, value)
        family = path.name.rsplit("-", 1)[0]
        others = []
        for old in path.parent.glob(f"{family}-*.pickle"):
            if old != path and old.name.rsplit("-", 1)[0] == family:
                try:
                    others.append((old.stat().st_mtime_ns, old))
                except OSError:
                    continue
        for _, old in sorted(others, reverse=True)[keep - 1:]:
            old.unlink(missing_ok=True)
    return value


# --------------------------------------------------------------------------------------------
# One build at a time
# --------------------------------------------------------------------------------------------


class LockTimeout(Exception):
    """Another command held the project's build lock for longer than we were willing to wait."""


@contextmanager
def build_lock(folder: Path, wait_seconds: float, on_wait: Callable[[str], None]) -> Iterator[None]:
    """Hold the project's build lock (`<folder>/build.lock`) while writing summaries, pages or the site.

    Two builds in one project would share the staging folders and leave a half site; the second
    one waits (telling the user once, naming who holds the lock) and raises LockTimeout after
    `wait_seconds`. The lock is the operating system's, so a killed build releases it.
    """
    try:
        import fcntl
    except ImportError:  # no advisory locks on this system: run unguarded, as before
        yield
        return
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "build.lock"
    with path.open("a+", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            on_wait(f"another briefing command is building this project ({holder}); "
                    f"waiting up to {wait_seconds:.0f} s for it to finish")
            deadline = time.monotonic() + wait_seconds
            while True:
                time.sleep(0.2)
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise LockTimeout(f"{path}: still held by {holder} after {wait_seconds:.0f} s") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}, since {time.strftime('%H:%M:%S')}\n")
        handle.flush()
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
