"""Helpers of the serve tests: a real ``vnsumm serve`` in a subprocess on a free 127.0.0.1 port, its stderr read line by line.

Tests wait on lines the server writes (``listening on``, the test gate's ``holding a batch``,
``queued``), never on a clock: the test gate (``VNSUMM_SERVE_TEST_GATE``, a FIFO) holds each batch
until the test writes a line to it.
"""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
from pathlib import Path

import httpx
import pytest

import vnsumm

SRC = Path(vnsumm.__file__).resolve().parents[1]
ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
WAIT_S = 180  # only a guard against a hung server; nothing waits on it in a passing run
TOKEN = "s3cret-token-for-tests"


class Gate:
    """The test's end of the server's batch gate: each ``release`` lets one held batch run."""

    def __init__(self, path: Path) -> None:
        os.mkfifo(path)
        self.path, self.handle = path, None

    def release(self) -> None:
        if self.handle is None:
            self.handle = open(self.path, "wb", buffering=0)  # noqa: SIM115 - blocks until the worker reads it
        self.handle.write(b"go\n")

    def open_for_good(self) -> None:
        """Let every batch through from now on (the worker reads end-of-file)."""
        if self.handle is None:
            try:  # without blocking: when the worker has not opened its end, there is nothing to release
                self.handle = os.fdopen(os.open(self.path, os.O_WRONLY | os.O_NONBLOCK), "wb", buffering=0)
            except OSError:
                return
        self.handle.close()


class Server:
    """``vnsumm serve`` with ``args``; ``lines`` is its stderr so far."""

    def __init__(self, args: list[str], env: dict[str, str] | None = None) -> None:
        environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")]),
                       "OMP_NUM_THREADS": "1", **(env or {})}
        self.proc = subprocess.Popen([sys.executable, "-m", "vnsumm", "serve", "--port", "0", *args], cwd=ROOT,
                                     env=environment, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True, encoding="utf-8")
        self.lines: list[str] = []
        self.changed = threading.Condition()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        self.base = self.wait_for(r"listening on (http://\S+)").group(1)

    def _read(self) -> None:
        for line in self.proc.stderr:
            with self.changed:
                self.lines.append(line.rstrip("\n"))
                self.changed.notify_all()
        with self.changed:
            self.lines.append("<exit>")
            self.changed.notify_all()

    def mark(self) -> int:
        """Where the log is now: ``wait_for(..., since=mark)`` only looks at later lines."""
        with self.changed:
            return len(self.lines)

    def wait_for(self, pattern: str, since: int = 0, count: int = 1) -> re.Match:
        """The ``count``-th line after ``since`` matching ``pattern``, once the server has written it."""
        found: list[re.Match] = []
        with self.changed:
            at = since
            while True:
                while at < len(self.lines):
                    if self.lines[at] == "<exit>":
                        pytest.fail(f"the server exited before writing {pattern!r}:\n" + "\n".join(self.lines[-40:]))
                    match = re.search(pattern, self.lines[at])
                    at += 1
                    if match:
                        found.append(match)
                        if len(found) == count:
                            return match
                if not self.changed.wait(WAIT_S):
                    pytest.fail(f"no {pattern!r} from the server:\n" + "\n".join(self.lines[-40:]))

    def client(self, **kw) -> httpx.Client:
        return httpx.Client(base_url=self.base, timeout=WAIT_S, **kw)

    def terminate(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(WAIT_S)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            pytest.fail("the server did not stop on SIGTERM:\n" + self.log()[-3000:])
        finally:
            self.reader.join(WAIT_S)

    def log(self) -> str:
        with self.changed:
            return "\n".join(self.lines)


def assert_clean_log(server: Server) -> None:
    """No traceback in what the server wrote."""
    text = server.log()
    assert "Traceback" not in text and 'File "' not in text, text[-3000:]
