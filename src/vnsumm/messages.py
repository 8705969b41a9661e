"""What vnsumm tells a person: one-line reasons, printable paths, and the one ``say``."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from vnsumm.errors import StdoutError, VnsummError

__all__ = ["say", "write_stdout", "shown", "as_text", "reason_of"]


def say(message: str) -> None:
    """Print a message line to stderr, above a progress bar if one is showing."""
    from tqdm import tqdm

    tqdm.write(message, file=sys.stderr)


def write_stdout(text: str) -> None:
    """Write ``text`` to standard output and flush; a full disk or device error is a StdoutError."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise StdoutError(f"cannot write to standard output: {exc.strerror or exc}") from None


def shown(path: Path | str) -> str:
    """A path as one printable line (control characters escaped)."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in str(path))


def as_text(path: Path | str) -> str:
    """A path as a string that can be written as UTF-8 (undecodable bytes of a file name escaped)."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def reason_of(exc: BaseException, file: Path | str | None = None) -> str:
    """An exception as a one-line reason, without the file name the message may start with."""
    text = str(exc).strip() or type(exc).__name__
    if file is not None:
        for prefix in (f"{file}: ", f"{shown(file)}: "):
            if text.startswith(prefix):
                text = text[len(prefix):]
    if not isinstance(exc, VnsummError):
        text = f"internal error: {type(exc).__name__}: {text}"
    line = " ".join(text.split()).encode("utf-8", "backslashreplace").decode("utf-8")
    return line if len(line) <= 500 else line[:497] + "..."
