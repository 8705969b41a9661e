"""One device resolver for every engine, the CPU thread count they share, and glibc's malloc arena cap."""
from __future__ import annotations

import os
from typing import NamedTuple

from vnsumm.errors import ModelError


class Device(NamedTuple):
    """A resolved device: ``cpu`` or ``cuda`` with its index; ``str()`` gives torch's spelling."""

    kind: str
    index: int = 0

    def __str__(self) -> str:
        return self.kind if self.kind == "cpu" else f"cuda:{self.index}"


def cuda_count(runtime: str = "torch") -> int:
    """GPUs the runtime (``torch`` or ``ctranslate2``) can use."""
    if runtime == "ctranslate2":
        import ctranslate2

        return ctranslate2.get_cuda_device_count()
    import torch

    return torch.cuda.device_count() if torch.cuda.is_available() else 0


def resolve_device(device: str = "auto", runtime: str = "torch") -> Device:
    """``auto`` → the first GPU the runtime sees, else CPU; a ``cuda`` request without a GPU is an error."""
    device = str(device)
    if device == "cpu":
        return Device("cpu")
    if device == "auto":
        return Device("cuda") if cuda_count(runtime) > 0 else Device("cpu")
    kind, _, index = device.partition(":")
    if kind != "cuda" or (index and not index.isdigit()):
        raise ModelError(f"unknown device '{device}': use auto, cpu or cuda")
    count = cuda_count(runtime)
    if count == 0:
        raise ModelError(f"device '{device}' was asked for but {runtime} sees no CUDA GPU; use --device cpu or auto")
    if int(index or 0) >= count:
        raise ModelError(f"device '{device}' does not exist: {runtime} sees {count} GPU(s)")
    return Device("cuda", int(index or 0))


def cpu_count() -> int:
    """Threads to use: ``OMP_NUM_THREADS`` when set, else the cores this process may run on."""
    try:
        return max(1, int(os.environ["OMP_NUM_THREADS"]))
    except (KeyError, ValueError):
        pass
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


M_ARENA_MAX = -8  # glibc's mallopt() parameter number


def limit_malloc_arenas(arenas: int) -> bool:
    """Cap glibc's malloc arenas for the process; False where this is not glibc or the user set one.

    glibc gives new threads arenas of their own (up to 8 per core) and keeps freed blocks in them;
    CTranslate2's replica threads (``inter_threads``) each free their batches' buffers into their own
    arena, which measured 150-250 MB more peak RSS with two replicas than with two arenas, at the same
    speed (eval/bench.py, README). ``MALLOC_ARENA_MAX`` in the environment wins.
    """
    import ctypes
    import sys

    if not sys.platform.startswith("linux") or os.environ.get("MALLOC_ARENA_MAX"):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # not glibc (musl has no mallopt)
        return False
    return bool(mallopt(M_ARENA_MAX, max(1, arenas)))
