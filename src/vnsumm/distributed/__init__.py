"""Brief an archive on Ray: Ray Data reads and cleans in parallel tasks, an actor pool briefs.

    vnsumm brief INPUTS -o OUT --ray [ADDRESS] [--ray-actors N]

The same briefs, schema and promises as a local run (:mod:`vnsumm.folder_run`), made by the same
functions: Ray only replaces the executor. The run is planned by :func:`~vnsumm.run_plan.plan_run`
(overlaps refused before any work), holds the lock of ``OUT`` (:func:`~vnsumm.folder_lock.output_folder`),
reads with :func:`~vnsumm.inputs.collect_inputs` and :func:`~vnsumm.dataset_inputs.dataset_inputs`,
prepares each input with :func:`~vnsumm.prepare.prepare`, routes by language with
:meth:`~vnsumm.pipeline.Pipeline.iter_routed` and renders with :func:`~vnsumm.outputs.render`. One module per job:

* :mod:`.reading`: inputs → rows for Ray (files, dataset rows exactly as a local run reads them:
  ``.jsonl``, ``.ndjson``, ``.csv``, ``.parquet``, and ``.jsonl.gz``), cleaned in plain Ray tasks;
* :mod:`.briefing`: the actor pool (``--ray-actors``, one pipeline per actor, a GPU each on
  ``cuda``) and its JSONL shards ``OUT/briefs-ray-*.jsonl``, each line a local ``--format jsonl`` line;
* :mod:`.resume`: what earlier runs wrote (every ``OUT/briefs*.jsonl``) and its cleanup;
* :mod:`.run`: the run itself, Ctrl-C/SIGTERM, index and report; :mod:`.cluster`: Ray, imported lazily;
* :mod:`.api`: :func:`brief_dataset`, briefing a Ray Dataset you already hold.

Inputs and ``OUT`` must be at the same path on every node (a shared file system), and every node
needs vnsumm installed (with the ``models`` extra for model-backed configs). Ray is imported only
when a distributed run starts: a local run never imports it.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from vnsumm.config import load_config
from vnsumm.dataset_inputs import Fields
from vnsumm.distributed.api import brief_dataset
from vnsumm.distributed.briefing import SHARD_PREFIX, TEST_CRASH_FILE
from vnsumm.distributed.cluster import MAX_RETRIES
from vnsumm.distributed.resume import existing_briefs
from vnsumm.distributed.run import RayOptions, run_distributed
from vnsumm.errors import UsageError
from vnsumm.inputs.sources import refuse_folder_options

__all__ = ["RayOptions", "SHARD_PREFIX", "MAX_RETRIES", "TEST_CRASH_FILE", "brief_dataset", "cli_run",
           "run_distributed", "existing_briefs"]


def cli_run(args: Any) -> int:
    """``vnsumm brief ... --ray [ADDRESS]``: check the command line, then :func:`run_distributed`."""
    if args.output is None:
        raise UsageError("--ray writes shards into an output folder: add -o DIR")
    if (args.format or "jsonl") != "jsonl":
        raise UsageError(f"--ray writes JSONL shards; --format {args.format} is not supported with --ray")
    args.ray_actors = 1 if args.ray_actors is None else args.ray_actors
    if args.ray_actors < 1:
        raise UsageError("--ray-actors must be at least 1")
    # the input options of a local run (issue 13) that a Ray run does not take: refused, never ignored
    refused = [name for name, given in (
        ("--urls", getattr(args, "urls", None)), ("- (standard input)", "-" in args.paths),
        ("--input-format", getattr(args, "input_format", "auto") not in ("auto", None)),
        ("--follow-symlinks", getattr(args, "follow_symlinks", False)),
        ("--fetch-deadline", getattr(args, "fetch_deadline", None) is not None)) if given]
    if refused:
        raise UsageError(f"{', '.join(refused)}: not supported with --ray (files, folders, datasets)")
    if not args.paths:
        raise UsageError("name the articles, folders or datasets to brief")
    refuse_folder_options(args.paths, args.recursive)
    out_dir = Path(args.output)
    report = Path(args.report) if args.report else None
    overrides = list(args.set or [])
    if getattr(args, "device", None):
        overrides.append(f"device={args.device}")
    config = load_config(args.config, overrides)
    options = RayOptions(out_dir=out_dir, address=args.ray or None, actors=args.ray_actors, force=args.force,
                         non_vietnamese=args.non_vietnamese, strict=args.strict, report=report, quiet=args.quiet,
                         recursive=args.recursive, allow_input_folder=args.allow_input_folder,
                         fields=Fields(text=getattr(args, "text_field", None), id=getattr(args, "id_field", None),
                                       title=getattr(args, "title_field", None)))
    return run_distributed(args.paths, config, options)
