"""Logging: the ``vnsumm`` logger, its level set by ``-v``/``--log-level`` (or ``VNSUMM_LOG_LEVEL``).

Errors and the per-input done/skipped/failed lines stay one-line messages (``messages.say``);
logging is for what a user asks to see more of: fetches, datasets read, timings.
"""
from __future__ import annotations

import logging
import os
import sys

from vnsumm.errors import ConfigError

__all__ = ["LOG_LEVELS", "logger", "setup_logging"]

LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
logger = logging.getLogger("vnsumm")


class _Stderr(logging.StreamHandler):
    """A handler writing to whatever ``sys.stderr`` is now (tests and tqdm swap it)."""

    @property  # type: ignore[override]
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, value) -> None:  # StreamHandler.__init__ sets it; the property wins
        pass


def setup_logging(verbose: int = 0, level: str | None = None) -> int:
    """Give the ``vnsumm`` logger a stderr handler and a level; returns the level set."""
    chosen = (level or ("DEBUG" if verbose >= 2 else "INFO" if verbose == 1 else None)
              or os.environ.get("VNSUMM_LOG_LEVEL", "").strip().upper() or "WARNING")  # option > -v > environment
    if chosen not in LOG_LEVELS:
        raise ConfigError(f"VNSUMM_LOG_LEVEL={os.environ.get('VNSUMM_LOG_LEVEL')!r}: not one of {', '.join(LOG_LEVELS)}")
    number = getattr(logging, chosen)
    if not any(getattr(h, "_vnsumm", False) for h in logger.handlers):
        handler = _Stderr()
        handler.setFormatter(logging.Formatter("vnsumm: %(levelname)s: %(message)s"))
        handler._vnsumm = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
        logger.propagate = False
    logger.setLevel(number)
    return number
