"""A slow server that answers one request at a time, the adaptive number of requests in flight,
briefs handed over as each is done, and the API key echoed back by a server everywhere it can."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from fault_server import MODEL, Reply, Seen
from test_guard import GOOD, SEEDS, TEXTS, pipeline
from vnsumm import read
from vnsumm.errors import VnsummError
from vnsumm.llm.client import Throttle

KEY = "sk-echo-9fK2mQ7xL4pZ8wR1"


def test_the_requests_in_flight_start_at_one_grow_while_answers_come_promptly_and_halve_when_they_queue() -> None:
    throttle = Throttle(4)
    assert throttle.limit == 1
    for _ in range(5):  # prompt first tokens: one more each time, up to concurrency
        throttle.acquire()
        throttle.release(0.2)
    assert throttle.limit == 4
    for _ in range(2):
        throttle.acquire()
    throttle.release(0.2)
    throttle.release(5.0)  # this one waited in the server's queue: fewer in flight, and never more again
    assert throttle.limit == 2
    for _ in range(3):
        throttle.acquire()
        throttle.release(0.2)
    assert throttle.limit == 2
    throttle.acquire()
    throttle.release(None)  # nothing came at all
    assert throttle.limit == 1


def test_a_longer_prompt_may_take_longer_to_its_first_token_without_counting_as_queued() -> None:
    throttle = Throttle(2)
    throttle.acquire()
    throttle.release(0.5, prompt_chars=1000)
    throttle.acquire()
    throttle.release(4.0, prompt_chars=8000)  # eight times the prompt, eight times the reading: prompt
    assert throttle.limit == 2
    throttle.acquire()
    throttle.release(12.0, prompt_chars=1000)  # the same prompt size, 24 times as long: it waited in a queue
    assert throttle.limit == 1


def test_a_slow_one_at_a_time_server_briefs_every_article_and_never_gets_a_request_twice_at_once(
        fault, monkeypatch) -> None:
    # each answer streams 12 pieces 0.1 s apart (1.2 s in all), longer than the 0.8 s timeout: only a
    # server that keeps sending is waited for; requests queued behind it are closed before a retry
    words = "Officials held a meeting and discussed closer cooperation between the two sides today."
    server = fault(lambda seen: Reply(words, chunks=12, interval=0.1), one_at_a_time=True)
    pipe = pipeline(server.url, monkeypatch, concurrency=4, timeout=0.8, max_retries=3, repair="false")
    articles = [read(t) for t in TEXTS]
    done = {}
    for i, outcome in pipe.briefer.brief_iter(articles):
        assert i not in done
        done[i] = outcome
    assert sorted(done) == list(range(len(TEXTS)))
    for outcome in done.values():
        assert (isinstance(outcome, VnsummError) and str(outcome)) or outcome.brief_en == words
    assert sum(not isinstance(o, VnsummError) for o in done.values()) == len(TEXTS)
    assert not any(r.twin for r in server.requests)  # no request sent while its first copy was open
    answered = [r for r in server.requests if not r.gone]
    assert len(answered) == len(TEXTS)  # each article answered once; only abandoned copies were re-sent


def test_brief_iter_hands_over_each_result_as_soon_as_it_is_checked(fault, monkeypatch) -> None:
    import threading

    release = threading.Event()

    def reply(seen: Seen) -> Reply | str:
        if "Nâng cấp quan hệ" in seen.user:  # seed 003's answer waits until the test has seen the others
            release.wait(30)
        return GOOD

    server = fault(reply)
    pipe = pipeline(server.url, monkeypatch, concurrency=2, repair="false")
    order = []
    for i, outcome in pipe.briefer.brief_iter([read(t) for t in TEXTS]):
        order.append(i)
        if len(order) == len(TEXTS) - 1:
            release.set()
    assert order[-1] == 3 and sorted(order) == list(range(len(TEXTS)))  # the others came while it waited
    assert server.requests


def test_the_key_echoed_by_the_server_everywhere_is_in_no_byte_of_any_output(fault, tmp_path: Path) -> None:
    def echo(seen: Seen) -> Reply:
        key = {k.lower(): v for k, v in seen.headers.items()}.get("authorization", "")
        n = len(echo.calls) if hasattr(echo, "calls") else 0
        echo.calls = [*getattr(echo, "calls", []), 1]
        hdr = {"X-Echo": key}
        replies = [
            Reply(text=None, refusal=f"No. {key}", headers=hdr),  # refusal
            Reply(status=400, body=json.dumps({"error": {"message": f"bad {key}"}}).encode(), headers=hdr),
            Reply(status=500, body=json.dumps({"error": {"message": f"boom {key}"}}).encode(), headers=hdr),
            Reply(f"<think>{key}</think>", finish="length", headers=hdr),  # reasoning only
            Reply(f"Officials met in Hanoi, said {key}, with 999 officers.", headers=hdr),  # in the brief
            Reply(body=f"not json {key}".encode(), headers=hdr),
        ]
        return replies[n % len(replies)]

    server = fault(echo, models_headers={"X-Echo": f"Bearer {KEY}"})
    inputs, out, report = tmp_path / "in", tmp_path / "out", tmp_path / "report.json"
    inputs.mkdir()
    for seed in SEEDS:
        (inputs / seed.name).write_bytes(seed.read_bytes())
    env = {**os.environ, "OPENAI_BASE_URL": server.url, "OPENAI_API_KEY": KEY, "OPENAI_LOG": "debug"}
    runs = [subprocess.run([sys.executable, "-m", "vnsumm", "--debug", *args], capture_output=True, text=True,
                           env=env, timeout=240)
            for args in (["brief", str(inputs), "-c", "llm", "-o", str(out), "--report", str(report),
                          "-s", "briefer.max_retries=1", "-s", "briefer.concurrency=1"],
                         ["brief", str(SEEDS[4]), "-c", "llm", "--format", "json", "-s", "briefer.max_retries=1"])]
    assert any(KEY in str(r.headers) for r in server.requests)  # it was sent, and echoed
    assert "refused" in runs[0].stderr or "answered 400" in runs[0].stderr  # the faults happened
    written = [p.read_bytes() for p in [*out.rglob("*"), report] if p.is_file()]
    for blob in [*(r.stdout.encode() for r in runs), *(r.stderr.encode() for r in runs), *written]:
        assert KEY.encode() not in blob and KEY[-10:].encode() not in blob
    assert MODEL


def test_a_stream_that_falls_silent_is_closed_then_retried_and_fails_with_its_reason(fault, monkeypatch) -> None:
    import pytest

    from vnsumm.errors import ModelError

    # the role arrives at once, then nothing for 3 s: abandoned after the 0.5 s timeout, not before
    server = fault(lambda seen: Reply(GOOD, chunks=2, interval=3.0))
    with pytest.raises(ModelError, match=r"sent nothing for 0.5 s \(1 retries\)"):
        pipeline(server.url, monkeypatch, timeout=0.5, max_retries=1).brief(TEXTS[4])
    first, second = server.requests
    assert not second.twin  # the first copy's connection was closed before the retry was sent
