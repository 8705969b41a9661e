"""Finding the article files of a run: files named directly, and the article files inside folders."""
from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Sequence

from vnsumm.errors import UsageError
from vnsumm.inputs.formats import ARTICLE_SUFFIXES
from vnsumm.inputs.load import Input
from vnsumm.messages import shown

__all__ = ["collect_inputs"]


def collect_inputs(paths: Sequence[str | Path], recursive: bool = False, follow_symlinks: bool = False) -> list[Input]:
    """Files named directly, and article files inside named folders (hidden ones left out), each once.

    A file named on the command line is read as given. Inside a folder, what cannot be read as an
    article is kept as an Input with a ``skip`` reason, never dropped in silence: a symbolic link
    that leads outside the folder given (unless ``follow_symlinks``), a broken link or a link loop,
    a FIFO, device or socket, a folder named like an article file.
    """
    found: list[Input] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            entries = _scan(path, recursive, follow_symlinks)
        elif path.exists():
            entries = [(path, path.parent, None)]
        elif path.is_symlink():
            raise UsageError(f"{shown(raw)}: a broken symbolic link")
        else:
            raise UsageError(f"{shown(raw)}: no such file or folder")
        for file, root, skip in entries:
            try:
                identity = file.resolve(strict=skip is None)
            except (OSError, RuntimeError):
                identity = file.absolute()
            if identity not in seen:
                seen.add(identity)
                found.append(Input.from_file(file, root, skip))
    return found


def _scan(root: Path, recursive: bool, follow_symlinks: bool) -> list[tuple[Path, Path, str | None]]:
    """(file, root, skip reason) for each article-named entry under ``root``, in name order."""
    out: list[tuple[Path, Path, str | None]] = []
    top = root.resolve()
    visited = {top}
    folders = [root]
    while folders:
        folder = folders.pop()
        try:
            names = sorted(os.listdir(folder))
        except OSError as exc:
            out.append((folder, root, f"cannot list the folder: {exc.strerror or exc}"))
            continue
        for name in names:
            entry = folder / name
            if name.startswith("."):
                continue
            skip = _entry_problem(entry, top, follow_symlinks)
            if entry.is_dir() and skip is None:
                if recursive and entry.resolve() not in visited:
                    visited.add(entry.resolve())
                    folders.append(entry)
                if entry.suffix.lower() not in ARTICLE_SUFFIXES:
                    continue
                skip = "a folder named like an article file"
            if entry.suffix.lower() in ARTICLE_SUFFIXES or (skip is not None and recursive and entry.is_symlink()):
                out.append((entry, root, skip))
    return sorted(out, key=lambda item: item[0].parts)


def _entry_problem(entry: Path, top: Path, follow_symlinks: bool) -> str | None:
    """Why a folder entry is not read (None when it is a regular file or a folder to look into)."""
    if entry.is_symlink():
        try:
            target = entry.resolve(strict=True)
        except RuntimeError:
            return "a symbolic link loop"
        except OSError:
            return "a broken symbolic link"
        if not follow_symlinks and target != top and top not in target.parents:
            return f"a symbolic link to {shown(target)}, outside the input folder (--follow-symlinks reads it)"
    try:
        mode = entry.stat().st_mode
    except OSError as exc:
        return f"cannot read it: {exc.strerror or exc}"
    if stat.S_ISDIR(mode) or stat.S_ISREG(mode):
        return None
    kind = "a FIFO" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else "a device"
    return f"not a regular file ({kind})"

