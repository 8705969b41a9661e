"""Durable, atomic files: whole or absent under their names, never half-written.

:func:`atomic_write` writes one file through a synced temp file and a rename. For many files (the
briefs of a batch), :func:`write_temp` writes each to an unsynced temp file beside its place and
:func:`commit_temps` makes them durable together (one ``syncfs`` where Linux has it, else an fsync
each), renames each into place and syncs the folders. Interrupts are held meanwhile
(:func:`deferred_interrupt`). Temp files are named ``.NAME.PID.XXXXXXXX.tmp`` (:data:`TEMP_NAME`), so a
later run can tell and remove those of a process that died.
"""
from __future__ import annotations

import ctypes
import errno
import os
import re
import signal
import sys
import tempfile
import threading
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

__all__ = ["TEMP_NAME", "deferred_interrupt", "atomic_write", "write_temp", "commit_temps", "cut_bytes"]

TEMP_NAME = re.compile(r"^\..+\.(\d+)\.[a-z0-9_]{8}\.tmp$")  # what atomic_write's mkstemp makes


@contextmanager
def deferred_interrupt() -> Iterator[None]:
    """Hold SIGINT and SIGTERM while the block runs; deliver them when it is done."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []
    wanted = [signal.SIGINT] + ([signal.SIGTERM] if hasattr(signal, "SIGTERM") else [])
    previous = {sig: signal.signal(sig, lambda signum, frame: received.append(signum)) for sig in wanted}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        for sig in dict.fromkeys(received):
            signal.raise_signal(sig)


def cut_bytes(name: str, room: int) -> str:
    """The longest start of ``name`` within ``room`` bytes, cut between characters."""
    kept, used = [], 0
    for char in name:
        size = len(os.fsencode(char))
        if used + size > room:
            break
        kept.append(char)
        used += size
    return "".join(kept)


def atomic_write(path: Path, data: str | bytes) -> None:
    """Write ``data`` (text as UTF-8) to ``path`` via a synced temp file in the same folder and a rename.

    Interrupts are held until the rename is done, so a file is either whole or absent.
    """
    with deferred_interrupt():
        tmp = write_temp(path, data, sync=True)
        try:
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise


def write_temp(path: Path, data: str | bytes, sync: bool) -> Path:
    """``data`` in a new temp file beside ``path`` (fsynced when ``sync``); its path. Nothing is left on failure."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with deferred_interrupt():
        fd, tmp = tempfile.mkstemp(prefix=f".{cut_bytes(path.name, 100)}.{os.getpid()}.", suffix=".tmp",
                                   dir=path.parent)  # fits NAME_MAX; the pid tells whose temp file it is
        try:
            os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; outputs get the usual mode
            with os.fdopen(fd, "wb") as handle:
                handle.write(data.encode("utf-8") if isinstance(data, str) else data)
                handle.flush()
                if sync:
                    os.fsync(handle.fileno())
                elif hasattr(os, "posix_fadvise"):  # start writing it back now: the group's fsync finds it under way
                    os.posix_fadvise(handle.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    return Path(tmp)


def commit_temps(temps: dict[Path, Path]) -> dict[Path, OSError]:
    """Move unsynced temp files (``{place: temp}``) into their places, durably and atomically.

    The temp files are made durable first (one ``syncfs`` of their file system where Linux has it,
    else an fsync each), then each is renamed over its place and each folder is fsynced, so a place
    only ever holds a whole, durable file. Returns the places that could not be written, with why
    (their temp files removed).
    """
    failed: dict[Path, OSError] = {}
    with deferred_interrupt():
        try:
            synced = len(temps) > 1 and _syncfs(next(iter(temps.values())).parent)
        except OSError as exc:
            failed.update({place: exc for place in temps})
            synced = True
        for place, tmp in temps.items():
            if synced:
                break
            try:
                _fsync_path(tmp)
            except OSError as exc:
                failed[place] = exc
        for place, tmp in temps.items():
            if place not in failed:
                try:
                    os.replace(tmp, place)
                except OSError as exc:
                    failed[place] = exc
            if place in failed:
                tmp.unlink(missing_ok=True)
        for folder in {place.parent for place in temps if place not in failed}:
            try:
                _fsync_path(folder)
            except OSError as exc:  # the renames may not survive a power cut: say so for each
                if exc.errno == errno.EINVAL:  # a file system that cannot sync a folder
                    continue
                failed.update({p: exc for p in temps if p.parent == folder})
    return failed


def _syncfs(folder: Path) -> bool:
    """Flush the file system that holds ``folder`` (Linux ``syncfs``: one call for many files);
    False where there is no such call (then each file is fsynced)."""
    call = _syncfs_call()
    if call is None:
        return False
    fd = os.open(folder, os.O_RDONLY)
    try:
        if call(fd) != 0:
            code = ctypes.get_errno()
            raise OSError(code, os.strerror(code))
    finally:
        os.close(fd)
    return True


@lru_cache(maxsize=1)
def _syncfs_call() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.syncfs
    except (OSError, AttributeError):
        return None


def _fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
