"""Graceful shutdown on SIGTERM with requests in flight, the access log, startup errors."""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import httpx

from vnsumm.inputs import load_article
from serve_process import ROOT, SRC, Gate, Server, assert_clean_log

CLF = re.compile(r'^127\.0\.0\.1 - - \[\d{2}/\w{3}/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4}\] '
                 r'"(GET|POST) (/\S*) HTTP/1\.1" (\d{3}) (\d+|-)$')


def test_sigterm_finishes_the_requests_in_flight_and_refuses_new_ones(tmp_path, seeds):
    gate = Gate(tmp_path / "gate.fifo")
    server = Server(["-c", "extractive"], env={"VNSUMM_SERVE_TEST_GATE": str(gate.path)})

    def post(text: str) -> httpx.Response:
        with server.client() as client:
            return client.post("/v1/briefs", json={"text": text})

    with ThreadPoolExecutor(4) as pool:
        held = pool.submit(post, seeds[0])
        server.wait_for(r"test gate: holding a batch")
        mark = server.mark()
        queued = [pool.submit(post, s) for s in seeds[1:3]]
        server.wait_for(r"test gate: queued 1,", since=mark, count=2)
        with server.client() as client:
            assert client.get("/readyz").status_code == 200
        mark = server.mark()
        server.proc.send_signal(signal.SIGTERM)
        server.wait_for(r"shutting down: finishing the requests in flight", since=mark)
        try:  # a new request: the socket is closed (refused), or it got in and is answered 503
            with server.client() as client:
                late = client.post("/v1/briefs", json={"text": seeds[3]})
            assert late.status_code == 503 and "shutting down" in late.json()["error"]
        except httpx.TransportError:
            pass
        gate.open_for_good()
        answers = [held.result(), *[f.result() for f in queued]]
    assert [a.status_code for a in answers] == [200, 200, 200]
    assert [a.json()["title"] for a in answers] == [load_article(s).title for s in seeds[:3]]
    assert server.proc.wait(60) == 0
    server.reader.join(60)
    assert server.lines[-2:] == ["vnsumm serve: stopped", "<exit>"]
    assert_clean_log(server)


def test_the_access_log_is_in_the_common_log_format(tmp_path, seeds):
    server = Server(["-c", "extractive"])
    with server.client() as client:
        assert client.post("/v1/briefs", json={"text": seeds[4]}, params={"x": 'a"b'}).status_code == 200
        assert client.get("/nowhere").status_code == 404
    assert server.terminate() == 0
    lines = [m for m in (CLF.match(line) for line in server.lines) if m]
    assert [(m.group(1), m.group(2), m.group(3)) for m in lines] == [
        ("POST", "/v1/briefs?x=a%22b", "200"), ("GET", "/nowhere", "404")]
    assert int(lines[0].group(4)) > 1000
    assert any(re.search(r"batch of 1 article\(s\) done in [\d.]+ s", line) for line in server.lines)


def test_startup_errors_are_one_line(tmp_path):
    run = [sys.executable, "-m", "vnsumm", "serve"]
    bad_config = subprocess.run([*run, "-c", "no-such-config"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert bad_config.returncode == 2 and bad_config.stderr.count("\n") == 1
    assert "unknown config 'no-such-config'" in bad_config.stderr
    bad_port = subprocess.run([*run, "--port", "99999"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert bad_port.returncode == 2 and "not a port number" in bad_port.stderr
    server = Server(["-c", "extractive"])
    taken = server.base.rsplit(":", 1)[1]
    busy = subprocess.run([*run, "-c", "extractive", "--port", taken], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert server.terminate() == 0
    assert busy.returncode == 2 and busy.stderr.strip().endswith("Address already in use"), busy.stderr
    assert busy.stderr.count("\n") == 1


def test_without_the_serve_extra_it_says_what_to_install(tmp_path):
    (tmp_path / "fastapi.py").write_text("raise ImportError('No module named fastapi')\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(SRC)])}
    run = subprocess.run([sys.executable, "-m", "vnsumm", "serve", "-c", "extractive"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 2
    assert run.stderr == "vnsumm: error: vnsumm serve needs FastAPI and uvicorn: pip install 'vnsumm[serve]'\n"
