"""Articles per minute: the local folder run vs ``--ray`` with 1 and 2 briefing actors, on this machine.

    python eval/ray_bench.py [--config extractive] [--articles 400] [--cpus 2] [--out eval/results/ray_bench.json]

The articles are vietnews dev rows (``../shared/data/vietnews_dev.jsonl``), written as ``.txt`` files
and cycled to ``--articles``. Every run briefs all of them into a fresh folder and includes loading
the pipeline (a Ray actor loads its own). Ray's start (``ray.init``) is timed apart: it is paid
once per run of the command, not per article. The ratios say what Ray costs at 1 actor (its
overhead: scheduling, serialising articles between processes, writing shards) and what a second
actor brings on the same CPUs.

Threads: a Ray actor with one CPU runs torch on one thread (Ray sets ``OMP_NUM_THREADS``); the
local run uses one per core unless ``OMP_NUM_THREADS`` is set. On a busy machine the second thread
slows a model-backed local run down, so run it both ways (``OMP_NUM_THREADS=1 python eval/...``).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "vietnews_dev.jsonl"


def write_articles(folder: Path, n: int) -> None:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    folder.mkdir(parents=True)
    for i in range(n):
        row = rows[i % len(rows)]
        (folder / f"{i:05d}.txt").write_text(f"{row.get('title', '')}\n\n{row['article']}\n", encoding="utf-8")


def count_done(out: Path) -> int:
    return len(json.loads((out / "index.json").read_text(encoding="utf-8"))["done"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", default="extractive")
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--cpus", type=int, default=2, help="CPUs of the local Ray")
    parser.add_argument("--actors", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--out", type=Path, default=ROOT / "eval" / "results" / "ray_bench.json")
    args = parser.parse_args(argv)
    if min(args.actors) < 1 or args.articles < 1:
        parser.error("--actors and --articles must be at least 1")

    import ray

    from vnsumm.config import load_config
    from vnsumm.distributed import RayOptions, run_distributed
    from vnsumm.folder_run import FolderRun, RunOptions
    from vnsumm.inputs import collect_inputs
    from vnsumm.pipeline import Pipeline

    work = Path(tempfile.mkdtemp(prefix="ray-bench-"))
    try:
        write_articles(work / "in", args.articles)
        config = load_config(args.config)
        results: dict[str, dict] = {}

        start = time.perf_counter()
        run = FolderRun(Pipeline.from_config(config), collect_inputs([work / "in"]),
                        RunOptions(out_dir=work / "local", fmt="jsonl", quiet=True))
        run.run()
        seconds = time.perf_counter() - start
        results["local"] = {"seconds": round(seconds, 2), "done": count_done(work / "local")}

        start = time.perf_counter()
        ray.init(num_cpus=args.cpus, include_dashboard=False, logging_level="ERROR", log_to_driver=False)
        ray_start = round(time.perf_counter() - start, 2)
        for actors in args.actors:
            out = work / f"ray-{actors}"
            start = time.perf_counter()
            run_distributed([work / "in"], config, RayOptions(out_dir=out, actors=actors, quiet=True))
            seconds = time.perf_counter() - start
            results[f"ray-{actors}"] = {"seconds": round(seconds, 2), "done": count_done(out)}
        ray.shutdown()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    for name, r in results.items():
        r["articles_per_min"] = round(60 * r["done"] / r["seconds"], 1)
        local_rate = 60 * results["local"]["done"] / results["local"]["seconds"]
        r["ratio_to_local"] = round(r["articles_per_min"] / local_rate, 2)
    report = {"config": args.config, "articles": args.articles, "ray_cpus": args.cpus, "ray_start_seconds": ray_start,
              "cpus_on_machine": os.cpu_count(),
              "omp_num_threads": os.environ.get("OMP_NUM_THREADS"), "load_average": [round(x, 1) for x in os.getloadavg()],
              "python": platform.python_version(), "ray": ray.__version__, "results": results}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print("| run | seconds | articles/min | ratio to local |\n|---|---|---|---|")
    for name, r in results.items():
        print(f"| {name} | {r['seconds']} | {r['articles_per_min']} | {r['ratio_to_local']} |")
    print(f"ray.init: {ray_start} s (once per command); load average {report['load_average']}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
