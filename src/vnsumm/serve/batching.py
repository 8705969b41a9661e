"""Micro-batching: articles from requests that arrive together become one ``Pipeline.brief_articles`` call.

One worker thread owns the pipeline. It takes the oldest waiting article, then whatever else is
waiting, waiting at most ``window_s`` for more, up to ``max_batch`` articles; it cleans them (as a
folder run does, one after the other: cleaning in other threads would fight the model for the
interpreter lock) and briefs them in one ``brief_articles`` call, handing each brief back to the
request that is waiting for it. An article that cannot be cleaned fails alone. The queue holds at
most ``max_queue`` articles: past that, :meth:`Batcher.brief` raises ``Busy`` (503 with
Retry-After). A request whose deadline passes gets ``TooSlow`` (504); its articles are dropped if
their batch has not started. When one article of a batch makes the pipeline fail, the others are
briefed again one by one, so it fails alone.

Test hook: with ``VNSUMM_SERVE_TEST_GATE`` naming a FIFO, the worker announces on stderr each
batch it takes and waits for a line from the FIFO before running it (closing the FIFO opens the
gate for good); each queued request is announced too. Tests use it to fill the queue, pass a
deadline or deliver SIGTERM at a known point, never after a sleep.
"""
from __future__ import annotations

import asyncio
import math
import os
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass
from typing import Any, Callable, Sequence

from vnsumm.article import Article, Brief
from vnsumm.log import logger
from vnsumm.messages import reason_of
from vnsumm.serve.errors import Busy, TooSlow

__all__ = ["Batcher", "Job", "TestGate", "GATE_ENV"]

GATE_ENV = "VNSUMM_SERVE_TEST_GATE"


@dataclass
class Job:
    """One article waiting for its brief, and where to hand the brief (or the error) back."""

    load: Callable[[], Any]  # -> Loaded (vnsumm.serve.articles): the cleaned article, or an ApiError
    id: str | None
    loop: asyncio.AbstractEventLoop
    future: asyncio.Future
    abandoned: bool = False  # its request gave up (deadline): skip it if not started
    article: Article | None = None
    clean_s: float = 0.0

    def settle(self, result: Brief | BaseException) -> None:
        def done() -> None:
            if not self.future.done():
                if isinstance(result, BaseException):
                    self.future.set_exception(result)
                else:
                    self.future.set_result(result)
        try:
            self.loop.call_soon_threadsafe(done)
        except RuntimeError:  # the loop is closed: nobody waits for it any more
            pass


class TestGate:
    """The test hook: announce each batch on stderr and wait for a line from a FIFO before running it."""

    def __init__(self, path: str) -> None:
        self.path, self.handle, self.open_for_good = path, None, False

    @classmethod
    def from_env(cls) -> "TestGate | None":
        path = os.environ.get(GATE_ENV)
        return cls(path) if path else None

    def announce(self, what: str) -> None:
        sys.stderr.write(f"vnsumm serve: test gate: {what}\n")
        sys.stderr.flush()

    def hold(self, size: int) -> None:
        if self.open_for_good:
            return
        self.announce(f"holding a batch of {size}")
        if self.handle is None:
            self.handle = open(self.path, "rb")  # noqa: SIM115 - kept open across batches
        if not self.handle.readline():  # the test closed its end: never hold again
            self.open_for_good = True


@dataclass
class _Stats:
    batches: int = 0
    articles: int = 0
    seconds: float = 0.0

    def seconds_per_article(self) -> float:
        return self.seconds / self.articles if self.articles else 1.0


class Batcher:
    """The queue and the one worker thread that runs the pipeline on batches of it."""

    def __init__(self, pipeline: Any, max_batch: int, window_s: float, max_queue: int,
                 gate: TestGate | None = None) -> None:
        self.pipeline = pipeline
        self.max_batch, self.window_s, self.max_queue = max(1, max_batch), max(0.0, window_s), max(1, max_queue)
        self.gate = gate
        self.queue: deque[Job] = deque()
        self.cond = threading.Condition()
        self.stopping = False
        self.stats = _Stats()
        self.thread = threading.Thread(target=self._work, name="vnsumm-batcher", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        """Finish what is queued, then end the worker."""
        with self.cond:
            self.stopping = True
            self.cond.notify_all()
        self.thread.join()

    @property
    def alive(self) -> bool:
        return self.thread.is_alive() and not self.stopping

    @property
    def waiting(self) -> int:
        return len(self.queue)

    async def brief(self, loaders: Sequence[Callable[[], Any]], ids: Sequence[str | None], timeout: float,
                    budget: float | None = None) -> list[Brief | BaseException]:
        """The briefs of the articles ``loaders`` clean (an exception in place of one that failed) within
        ``timeout`` seconds; Busy or TooSlow (whose message names the request's whole ``budget``)."""
        loop = asyncio.get_running_loop()
        jobs = [Job(load, i, loop, loop.create_future()) for load, i in zip(loaders, ids)]
        with self.cond:
            if self.stopping:
                raise Busy("the server is shutting down; retry on another", headers={"Retry-After": "5"})
            if len(self.queue) + len(jobs) > self.max_queue:
                raise Busy(f"the server is busy ({len(self.queue)} article(s) queued, at most {self.max_queue}); "
                           "retry later", headers={"Retry-After": str(self._retry_after())})
            self.queue.extend(jobs)
            if self.gate is not None:  # under the lock: said before the worker can take them
                self.gate.announce(f"queued {len(jobs)}, {len(self.queue)} waiting")
            self.cond.notify_all()
        try:
            done = await asyncio.wait_for(asyncio.gather(*(j.future for j in jobs), return_exceptions=True), timeout)
        except asyncio.TimeoutError:
            for job in jobs:
                job.abandoned = True
            raise TooSlow(f"no brief within {budget or timeout:g} s; the server is slow or busy, retry later") from None
        return list(done)

    def _retry_after(self) -> int:
        return max(1, min(120, math.ceil(len(self.queue) * self.stats.seconds_per_article())))

    # -- the worker thread ------------------------------------------------------------------
    def _work(self) -> None:
        while True:
            with self.cond:
                while not self.queue and not self.stopping:
                    self.cond.wait()
                if not self.queue:
                    return
                first = self.queue.popleft()
            if self.gate is not None:
                self.gate.hold(1 + len(self.queue))
            batch = self._fill([first])
            live = [job for job in batch if not job.abandoned]
            if len(live) < len(batch):
                logger.info("dropped %d article(s) whose deadline passed", len(batch) - len(live))
            self._run(live)

    def _fill(self, batch: list[Job]) -> list[Job]:
        """Add waiting articles, waiting at most ``window_s`` for more, up to ``max_batch``."""
        until = time.monotonic() + self.window_s
        with self.cond:
            while len(batch) < self.max_batch:
                if self.queue:
                    batch.append(self.queue.popleft())
                    continue
                left = until - time.monotonic()
                if left <= 0 or self.stopping:
                    break
                self.cond.wait(left)
        return batch

    def _run(self, batch: list[Job]) -> None:
        start = time.perf_counter()
        batch = [job for job in batch if self._clean(job)]
        if not batch:
            return
        logger.info("batch of %d article(s) started; %d waiting", len(batch), len(self.queue))
        try:
            results: list[Brief | BaseException] = list(self._brief(batch))
        except Exception as exc:  # noqa: BLE001 - one bad article must not fail the others
            if len(batch) == 1:
                results = [exc]
            else:
                logger.info("batch of %d failed (%s); briefing its articles one by one", len(batch), reason_of(exc))
                results = []
                for job in batch:
                    try:
                        results += self._brief([job])
                    except Exception as one:  # noqa: BLE001
                        results.append(one)
        seconds = time.perf_counter() - start
        self.stats.batches += 1
        self.stats.articles += len(batch)
        self.stats.seconds += seconds
        logger.info("batch of %d article(s) done in %.2f s (%.0f articles/min); %d waiting",
                    len(batch), seconds, 60 * len(batch) / max(seconds, 1e-9), len(self.queue))
        for job, result in zip(batch, results):
            if isinstance(result, Brief):
                result.timings = {"clean": round(job.clean_s, 4), **result.timings}
            job.settle(result)

    @staticmethod
    def _clean(job: Job) -> bool:
        """Clean the job's article; False (its error handed back) when it cannot be."""
        try:
            loaded = job.load()
        except Exception as exc:  # noqa: BLE001 - an ApiError for bad input; it fails alone
            job.settle(exc)
            return False
        job.article, job.clean_s = loaded.article, loaded.seconds
        return True

    def _brief(self, batch: list[Job]) -> list[Brief]:
        """``brief_articles`` a chunk of ``batch_size`` at a time, logging progress of long batches."""
        size = max(1, int(getattr(self.pipeline.config, "batch_size", len(batch)) or len(batch)))
        briefs: list[Brief] = []
        for at in range(0, len(batch), size):
            chunk = batch[at:at + size]
            briefs += self.pipeline.brief_articles([j.article for j in chunk], [j.id for j in chunk])
            if len(batch) > size:
                logger.info("batch progress: %d/%d article(s)", len(briefs), len(batch))
        return briefs
