"""Fixtures of the LLM tests: a real OpenAI-compatible server (``transformers serve`` with a tiny
chat model built here, started once per session) and the small fault server."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from fault_server import FaultServer, free_port  # noqa: E402
from tiny_chat import build_tiny_chat  # noqa: E402

ENV_VARS = ("OPENAI_BASE_URL", "OPENAI_API_KEY", "VNSUMM_LLM_MODEL")


@pytest.fixture(scope="session")
def tiny_chat(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 2-layer random-weight Qwen2 chat model that answers in nonsense English words."""
    return build_tiny_chat(tmp_path_factory.mktemp("tiny-chat") / "model")


class LiveServer:
    def __init__(self, url: str, model: str, log: Path) -> None:
        self.url, self.model, self.log = url, model, log


@pytest.fixture(scope="session")
def llm_server(tiny_chat: Path, tmp_path_factory: pytest.TempPathFactory):
    """``transformers serve`` on 127.0.0.1 with the tiny chat model; stopped at the end of the session."""
    port = free_port()
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    cli = Path(sys.executable).with_name("transformers")
    command = [str(cli), "serve", str(tiny_chat), "--host", "127.0.0.1", "--port", str(port), "--device", "cpu"]
    # one torch thread per request: a tiny model on a small shared CPU runs far faster than oversubscribed
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_VERBOSITY": "error", "OMP_NUM_THREADS": "1"}
    with open(log, "wb") as out:
        proc = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/models", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"transformers serve did not start:\n{log.read_text()[-3000:]}")
            time.sleep(0.3)
        yield LiveServer(f"http://127.0.0.1:{port}/v1", str(tiny_chat), log)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


@pytest.fixture
def fault():
    """``fault(reply)`` → a started FaultServer (stopped after the test)."""
    servers: list[FaultServer] = []

    def start(reply, **options) -> FaultServer:
        server = FaultServer(reply, **options).__enter__()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.__exit__(None, None, None)


@pytest.fixture(autouse=True)
def clean_llm_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test sets the LLM variables it wants; none leak in from the shell."""
    for var in ENV_VARS:
        monkeypatch.delenv(var, raising=False)
