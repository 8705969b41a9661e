"""Ray itself, imported only here and only when a distributed run starts: connect, resources, Arrow rows."""
from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from vnsumm.config import Config, configured_models
from vnsumm.errors import UsageError

if TYPE_CHECKING:
    import pyarrow as pa

MAX_RETRIES = 3  # restarts of a dead actor, retries of its task or of a cleaning task
TASK_CPUS = 0.5  # CPUs a cleaning task asks for


def ray_module():
    """The ``ray`` module (with ``ray.data``), or a one-line UsageError saying how to install it."""
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError:
        raise UsageError('--ray needs Ray: pip install "vnsumm[ray]"') from None
    return ray


def connect(address: str | None, num_cpus: int | None = None) -> bool:
    """Join the Ray cluster at ``address``, or start a local one; True when this call started it."""
    ray = ray_module()
    if ray.is_initialized():
        return False
    kwargs: dict[str, Any] = {"include_dashboard": False, "log_to_driver": True, "logging_level": "ERROR"}
    try:
        if address is None:
            ray.init(num_cpus=num_cpus or os.cpu_count() or 1, **kwargs)
        else:
            ray.init(address=address, **kwargs)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        raise UsageError(f"--ray {address or ''}: cannot start or reach Ray: {' '.join(str(exc).split())[:300]}") \
            from None
    return True


def actor_resources(config: Config, actors: int) -> dict[str, Any]:
    """One model per actor: a GPU each when the config runs on CUDA, else a CPU.

    ``device: auto`` with a model of its own (``configured_models``) on a cluster with GPUs asks for them too,
    shared when the actors outnumber them: an actor that asks for none still sees every GPU of its
    node, so each would load its model on the first one. Cleaning tasks need CPUs too: when the actors
    would take every CPU of the cluster, each gets a share that leaves ``TASK_CPUS`` free, or cleaning
    would wait for ever.
    """
    import ray

    resources = ray.cluster_resources()
    total = float(resources.get("CPU", 1.0))
    cpus = round(min(1.0, max(0.05, (total - TASK_CPUS) / max(actors, 1))), 2)
    if str(config.device).startswith("cuda"):
        return {"num_cpus": cpus, "num_gpus": 1}
    gpus = float(resources.get("GPU", 0.0))
    if config.device == "auto" and gpus > 0 and configured_models(config):
        return {"num_cpus": cpus, "num_gpus": min(1.0, int(100 * gpus / max(actors, 1)) / 100)}
    return {"num_cpus": cpus}


def table(rows: list[dict[str, Any]], types: dict[str, str]) -> "pa.Table":
    """Rows as an Arrow table with the given column types (missing keys are nulls)."""
    import pyarrow as pa

    schema = pa.schema([(name, getattr(pa, kind)()) for name, kind in types.items()])
    return pa.Table.from_pylist([{k: r.get(k) for k in types} for r in rows], schema=schema)
