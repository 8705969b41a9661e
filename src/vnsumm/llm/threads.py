"""Work on many items with a few daemon threads, results handed over as each item is done.

Daemon threads, and a main thread that waits in short steps, so that Ctrl-C ends a run at once
instead of waiting for requests in flight."""
from __future__ import annotations

import queue
import threading
from typing import Any, Callable, Iterator, Sequence

from vnsumm.errors import VnsummError


def in_threads_iter(work: Callable[[Any], Any], items: Sequence[Any], workers: int) -> Iterator[tuple[int, Any]]:
    """``(i, work(items[i]))`` as each is done, on ``workers`` threads; a VnsummError raised by
    ``work`` is yielded in place of its result, any other exception (a bug) is raised here."""
    done: queue.Queue = queue.Queue()
    indices = iter(range(len(items)))
    lock = threading.Lock()

    def worker() -> None:
        while True:
            with lock:
                i = next(indices, None)
            if i is None:
                return
            try:
                done.put((i, work(items[i])))
            except BaseException as exc:  # noqa: BLE001 - handed to the caller
                done.put((i, exc))

    for _ in range(min(workers, len(items))):
        threading.Thread(target=worker, daemon=True).start()
    for _ in range(len(items)):
        while True:
            try:
                i, outcome = done.get(timeout=0.2)
                break
            except queue.Empty:
                continue
        if isinstance(outcome, BaseException) and not isinstance(outcome, VnsummError):
            raise outcome
        yield i, outcome


def in_threads(work: Callable[[Any], Any], items: Sequence[Any], workers: int) -> list[Any]:
    """Every item's result (or VnsummError), in the items' order."""
    results: list[Any] = [None] * len(items)
    for i, outcome in in_threads_iter(work, items, workers):
        results[i] = outcome
    return results
