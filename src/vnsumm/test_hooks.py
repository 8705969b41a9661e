"""Test hooks: deliver a signal at a known point of a run, so no test has to time one with a sleep.

Two environment variables list points, comma-separated: ``held:N`` (after the Nth brief of a batch
is written to its temp file, before the batch is put in place), ``written:N`` (after the Nth brief
of a run is in place and counted) and ``finish`` (as the run starts writing its index and report). At each
point named in ``VNSUMM_TEST_SIGNAL`` the process sends itself SIGINT, exactly as a Ctrl-C at that
moment would; at each point named in ``VNSUMM_TEST_STOP`` it stops itself (SIGSTOP), holding its
lock, until the test sends SIGCONT. Unset (always, outside tests), the hooks do nothing.
"""
from __future__ import annotations

import os
import signal

__all__ = ["TEST_SIGNAL", "TEST_STOP", "test_hook"]

TEST_SIGNAL = "VNSUMM_TEST_SIGNAL"
TEST_STOP = "VNSUMM_TEST_STOP"


def test_hook(point: str, count: int | None = None) -> None:
    """Send this process SIGINT or SIGSTOP if ``$VNSUMM_TEST_SIGNAL`` or ``$VNSUMM_TEST_STOP`` names this
    point (``point`` or ``point:count``)."""
    here = point if count is None else f"{point}:{count}"
    for variable, sig in ((TEST_STOP, signal.SIGSTOP), (TEST_SIGNAL, signal.SIGINT)):
        wanted = os.environ.get(variable)
        if wanted and here in (w.strip() for w in wanted.split(",")):
            os.kill(os.getpid(), sig)
