"""One run at a time per output folder, and the clean-up of what dead runs left half-written."""
from __future__ import annotations

import errno
import fcntl
import os
from pathlib import Path
from typing import Any

from vnsumm.errors import UsageError
from vnsumm.messages import shown
from vnsumm.outputs import LOCK_NAME, TEMP_NAME

__all__ = ["FolderLock", "remove_stale_temps"]


def _alive(pid: int) -> bool:
    """Whether a process with this id runs (on this machine)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True


def remove_stale_temps(folder: Path) -> int:
    """Delete temp files that runs which are no longer alive (SIGKILL, power cut) left; how many were removed.

    A temp file of a live process (this run, or another program writing here) is never touched.
    """
    if not folder.is_dir():
        return 0
    removed = 0
    for path in folder.rglob(".*.tmp"):
        match = TEMP_NAME.match(path.name)
        if match and path.is_file() and not path.is_symlink() and not _alive(int(match.group(1))):
            path.unlink(missing_ok=True)
            removed += 1
    return removed


class FolderLock:
    """One run at a time per output folder: an exclusive lock on ``.vnsumm.lock``, which holds the pid.

    The operating system drops the lock when its holder dies, so a stale lock is simply taken over;
    a live holder is a one-line refusal (UsageError, exit 2).
    """

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self.handle: Any = None

    def __enter__(self) -> "FolderLock":
        handle = open(self.path, "a+", encoding="utf-8")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno not in (errno.EAGAIN, errno.EACCES):
                handle.close()
                raise
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            handle.close()
            raise UsageError(f"-o {shown(self.path.parent)} is in use by another vnsumm run (pid {holder}); "
                             "wait for it to finish or choose another output folder") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        self.handle = handle
        return self

    def __exit__(self, *exc: Any) -> None:
        self.path.unlink(missing_ok=True)
        self.handle.close()  # closing releases the lock
