"""The ``--ray`` run: sources → Ray (cleaning tasks, the actor pool) → shards in OUT, then index and report.

An interrupted run (Ctrl-C, SIGTERM) loses only the batches in flight; a worker that dies is
restarted and its task retried by Ray (``MAX_RETRIES`` times) instead of failing the run.
"""
from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from vnsumm.config import Config
from vnsumm.dataset_inputs import Fields
from vnsumm.distributed.briefing import ROWS_PER_SHARD, brief_stages
from vnsumm.distributed.cluster import connect, ray_module
from vnsumm.distributed.reading import collect_run_inputs, source_dataset, sources_of
from vnsumm.distributed.resume import count_unreported, drop_superseded, existing_briefs
from vnsumm.errors import OutputError, UsageError
from vnsumm.folder_run import Tally, _sigterm_as_interrupt, close_run
from vnsumm.messages import reason_of, say, shown
from vnsumm.folder_lock import output_folder
from vnsumm.run_plan import plan_run


@dataclass
class RayOptions:
    """How a distributed run connects, briefs, resumes and reports."""

    out_dir: Path
    address: str | None = None  # None: a local Ray for this run; "auto" or "ray://host:port": a cluster
    actors: int = 1
    num_cpus: int | None = None  # CPUs of the local Ray started when ``address`` is None
    force: bool = False
    non_vietnamese: str = "skip"
    strict: bool = False
    report: Path | None = None
    quiet: bool = False
    rows_per_shard: int = ROWS_PER_SHARD
    recursive: bool = False
    allow_input_folder: bool = False  # -o may be a folder of inputs (outputs still never land on one)
    fields: Fields = Fields()  # a dataset's text, id and title columns (None: a local run's defaults)


def run_distributed(paths: Sequence[str | Path], config: Config, options: RayOptions) -> int:
    """Brief every input on Ray into ``options.out_dir``, holding its lock; the exit status, as a local run's."""
    inputs = collect_run_inputs(paths, options.recursive, options.fields)
    if not inputs:
        raise UsageError(f"no article files or datasets found in {', '.join(shown(p) for p in paths)}")
    # the plan, lock and clean-up of a local run, before Ray starts
    plan_run(options.out_dir, "jsonl", inputs, paths, options.recursive, options.allow_input_folder, options.report,
             ray=True)
    with output_folder(options.out_dir):
        return _run(sources_of(inputs), config, options)


def _run(sources: list[dict[str, Any]], config: Config, options: RayOptions) -> int:
    start = time.perf_counter()
    out_dir = options.out_dir
    existing = existing_briefs(out_dir)
    fingerprint = config.fingerprint()
    done = {s.key: s.sha256 for s in existing.stamp.values() if s.config == fingerprint}  # resume keys, as locally
    started = connect(options.address, options.num_cpus)
    ray = ray_module()
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = not options.quiet
    if options.quiet:
        import logging

        logging.getLogger("ray.data").setLevel(logging.ERROR)
    context.print_on_execution_start = False
    tally: dict[str, list[dict[str, Any]]] = {"done": [], "skipped": [], "failed": []}
    described: dict[str, Any] | None = None
    written: set[Path] = set()
    interrupted, stopped = False, None
    restore = _sigterm_as_interrupt()
    try:
        source_ds = source_dataset(sources)
        briefed = brief_stages(source_ds, config, done, out_dir=out_dir, actors=options.actors,
                               rows_per_shard=options.rows_per_shard, force=options.force,
                               non_vietnamese=options.non_vietnamese, strict=options.strict)
        for batch in briefed.iter_batches(batch_format="pyarrow", batch_size=None):
            for row in batch.to_pylist():
                if row["describe"] and described is None:
                    described = json.loads(row["describe"])
                if row["warning"]:
                    say(row["warning"])
                if row["status"] == "done":
                    tally["done"].append({"input": row["label"], "output": row["output"], "title": row["title"]})
                    written.add(Path(row["output"]))
                elif row["status"] == "skipped":
                    tally["skipped"].append({"input": row["label"], "reason": row["reason"], "kind": row["kind"]})
                    if row["kind"] != "up-to-date":
                        say(f"vnsumm: skipped {shown(row['label'])}: {row['reason']}")
                else:
                    tally["failed"].append({"input": row["label"], "reason": row["reason"], "stage": row["kind"]})
                    say(f"vnsumm: failed {shown(row['label'])}: {row['reason']}")
    except KeyboardInterrupt:
        interrupted = True
    except Exception as exc:  # a task that failed past its retries, a lost cluster
        if not type(exc).__module__.startswith("ray"):
            raise
        stopped = (f"the Ray run stopped: {reason_of(exc).removeprefix('internal error: ')}; finished shards are "
                   "kept, run the same command again to finish the rest")
    finally:
        restore()
        if started:
            ray.shutdown()
    if interrupted or stopped is not None:  # shards written whose rows had not reached us: count them done
        count_unreported(existing, existing_briefs(out_dir), tally, written)
    owner = dict(existing.owner)
    owner.update({d["input"]: Path(d["output"]) for d in tally["done"]})
    try:
        drop_superseded(existing, owner, written)
    except OSError as exc:
        say(f"vnsumm: error: cannot rewrite an older shard: {exc.strerror or exc}")
    code = finish(config, options, tally, described, time.perf_counter() - start, interrupted,
                   stopped is not None)
    if stopped is not None:
        raise OutputError(stopped)
    return code


def finish(config: Config, options: RayOptions, tally: dict[str, list[dict[str, Any]]],
           described: dict[str, Any] | None, seconds: float, interrupted: bool, stopped: bool = False) -> int:
    """Index and report, as a local run writes them (:func:`~vnsumm.folder_run.close_run`); the exit status."""
    return close_run(options.out_dir, options.report,
                     described or {"config": config.name, "fingerprint": config.fingerprint()}, config.name,
                     config.fingerprint(), Tally(**tally), sum(len(v) for v in tally.values()), seconds,
                     interrupted or stopped,
                     "" if stopped else "interrupted; finished shards are kept and no partial file is left; run the "
                                        "same command again to finish the rest", where=" on Ray")
