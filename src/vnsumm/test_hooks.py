"""Test hooks: deliver a signal at a known point of a run, so no test has to time one with a sleep.

``VNSUMM_TEST_SIGNAL`` lists points, comma-separated: ``written:N`` (after the Nth brief of a run is
written and counted) and ``finish`` (as the run starts writing its index and report). At each, the
process sends itself SIGINT, exactly as a Ctrl-C at that moment would. Unset (always, outside
tests), the hooks do nothing.
"""
from __future__ import annotations

import os
import signal

__all__ = ["TEST_SIGNAL", "test_hook"]

TEST_SIGNAL = "VNSUMM_TEST_SIGNAL"


def test_hook(point: str, count: int | None = None) -> None:
    """Send SIGINT to this process if ``$VNSUMM_TEST_SIGNAL`` names this point (``point`` or ``point:count``)."""
    wanted = os.environ.get(TEST_SIGNAL)
    if not wanted:
        return
    here = point if count is None else f"{point}:{count}"
    if here in (w.strip() for w in wanted.split(",")):
        signal.raise_signal(signal.SIGINT)
