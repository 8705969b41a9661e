"""Micro-batching, the bounded queue (503) and the deadline (504), at points the test gate fixes."""
from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor

import pytest

from serve_process import Gate, Server, assert_clean_log

QUEUE = 3


@pytest.fixture(scope="module")
def gated(tmp_path_factory):
    gate = Gate(tmp_path_factory.mktemp("gate") / "gate.fifo")
    served = Server(["-c", "extractive", "-s", "batch_size=2", "--queue", str(QUEUE), "--batch-max", "8"],
                    env={"VNSUMM_SERVE_TEST_GATE": str(gate.path)})
    served.gate = gate
    yield served
    gate.open_for_good()
    assert served.terminate() == 0
    assert_clean_log(served)


@pytest.fixture(scope="module")
def pool():
    with ThreadPoolExecutor(8) as executor:
        yield executor


def post(server: Server, text: str, **params):
    with server.client() as client:
        return client.post("/v1/briefs", json={"text": text}, params=params)


def hold_one(server: Server, pool, text: str, **params):
    """Send one request and return its future once the worker holds its batch at the gate."""
    mark = server.mark()
    future = pool.submit(post, server, text, **params)
    server.wait_for(r"test gate: holding a batch", since=mark)
    return future


def queue(server: Server, pool, texts: list[str]):
    """Send requests while the worker is held; return their futures once all are queued."""
    mark = server.mark()
    futures = [pool.submit(post, server, t) for t in texts]
    server.wait_for(r"test gate: queued 1,", since=mark, count=len(texts))
    return futures


def test_requests_arriving_together_are_one_batch(gated, pool, seeds):
    held = hold_one(gated, pool, seeds[0])
    waiting = queue(gated, pool, seeds[1:4])
    mark = gated.mark()
    gated.gate.release()
    assert gated.wait_for(r"batch of (\d+) article\(s\) done", since=mark).group(1) == "4"
    progress = [m.group(0) for m in (re.search(r"batch progress: \d+/4", line) for line in gated.lines[mark:]) if m]
    assert progress == ["batch progress: 2/4", "batch progress: 4/4"]  # a batch past batch_size, in chunks
    answers = [f.result() for f in [held, *waiting]]
    assert [a.status_code for a in answers] == [200] * 4
    assert len({a.json()["title"] for a in answers}) == 4  # each request got its own article's brief


def test_a_full_queue_answers_503_with_retry_after(gated, pool, seeds):
    held = hold_one(gated, pool, seeds[0])
    waiting = queue(gated, pool, seeds[1:1 + QUEUE])
    with gated.client() as client:
        refused = client.post("/v1/briefs", json={"text": seeds[4]})
        ready = client.get("/readyz").json()
    assert refused.status_code == 503, refused.text
    assert "the server is busy (3 article(s) queued, at most 3)" in refused.json()["error"]
    assert int(refused.headers["retry-after"]) >= 1
    assert ready["queued"] == QUEUE
    gated.gate.release()
    assert [f.result().status_code for f in [held, *waiting]] == [200] * (1 + QUEUE)


def test_a_list_that_does_not_fit_the_queue_is_refused_whole(gated, pool, seeds):
    held = hold_one(gated, pool, seeds[0])
    with gated.client() as client:
        refused = client.post("/v1/briefs", json=[{"text": s} for s in seeds[:QUEUE + 1]])
    assert refused.status_code == 503
    gated.gate.release()
    assert held.result().status_code == 200


def test_a_request_past_its_deadline_gets_504_and_the_next_one_is_served(gated, pool, seeds):
    held = hold_one(gated, pool, seeds[4], timeout="2")  # (cleaning this short seed takes a fraction of that)
    late = held.result()  # answered while its batch is still held at the gate
    assert late.status_code == 504 and "no brief within" in late.json()["error"]
    mark = gated.mark()
    gated.gate.release()
    gated.wait_for(r"dropped 1 article\(s\) whose deadline passed", since=mark)
    mark = gated.mark()
    after = pool.submit(post, gated, seeds[3])
    gated.wait_for(r"test gate: holding a batch", since=mark)
    gated.gate.release()
    assert after.result().status_code == 200
