"""One run at a time per output folder, and the clean-up of what dead runs left half-written."""
from __future__ import annotations

import errno
import fcntl
import os
import stat
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from vnsumm.errors import UsageError
from vnsumm.messages import shown
from vnsumm.durable import TEMP_NAME
from vnsumm.outputs import LOCK_NAME

__all__ = ["FolderLock", "output_folder", "remove_stale_temps"]


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
    a live holder is a one-line refusal (UsageError, exit 2). The lock file is opened without
    following a symbolic link (a link planted in the folder never makes a run write elsewhere) and
    is never removed: removing it while held would let a second run lock a new file beside it.
    """

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self.fd: int | None = None

    def __enter__(self) -> "FolderLock":
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise UsageError(f"{shown(self.path)} is a symbolic link, not vnsumm's lock file; "
                                 "remove it or choose another output folder") from None
            raise UsageError(f"cannot write in the output folder {shown(self.path.parent)}: "
                             f"{exc.strerror or exc}") from None
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode) or info.st_nlink != 1:  # a hard link would let us write elsewhere
                raise UsageError(f"{shown(self.path)} is not vnsumm's lock file (not a regular file, or a hard link); "
                                 "remove it or choose another output folder")
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES):
                    raise
                holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip() or "unknown"
                raise UsageError(f"-o {shown(self.path.parent)} is in use by another vnsumm run (pid {holder}); "
                                 "wait for it to finish or choose another output folder") from None
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        except BaseException:
            os.close(fd)
            raise
        self.fd = fd
        return self

    def __exit__(self, *exc: Any) -> None:
        if self.fd is None:
            return
        try:
            os.ftruncate(self.fd, 0)  # no pid: nobody holds it (the file stays, see the class docstring)
        except OSError:
            pass
        os.close(self.fd)  # closing releases the lock
        self.fd = None


@contextmanager
def output_folder(out_dir: Path) -> Iterator[None]:
    """Create ``out_dir``, hold its lock and remove what dead runs left half-written: how every run opens -o.

    A folder that cannot be created or written is a one-line UsageError (exit 2).
    """
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"cannot create the output folder {shown(out_dir)}: {exc.strerror or exc}") from None
    with FolderLock(out_dir):
        remove_stale_temps(out_dir)
        yield
