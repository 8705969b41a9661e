"""``vnsumm bench [PATH...] [-c CONFIG]``: articles per minute and peak memory of ``vnsumm brief`` here.

Each run is a fresh ``python -m vnsumm brief PATH... -c CONFIG -o TMP --force -q`` process, so the
figure is what a user gets: start-up, model loading, cleaning, summarizing, translating, writing.
Wall time is measured around the process and its peak RSS read from the kernel (``wait4``), so
nothing in the measured process is changed by the measuring. With no PATH, the five seed articles
of a source checkout are used.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from vnsumm.errors import UsageError
from vnsumm.messages import write_stdout

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


@dataclass(frozen=True)
class Run:
    """One measured process: wall and CPU seconds, peak RSS in bytes, exit status, index.json counts."""

    wall_s: float
    cpu_s: float
    peak_rss: int
    exit_code: int
    done: int
    skipped: int
    failed: int


def measure(argv: Sequence[str], env: dict[str, str] | None = None) -> tuple[float, float, int, int]:
    """Run ``argv`` (output discarded); (wall seconds, CPU seconds, peak RSS bytes, exit status)."""
    start = time.perf_counter()
    proc = subprocess.Popen(list(argv), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    assert proc.stderr is not None
    err = proc.stderr.read()  # drained while it runs, so a chatty run cannot block on a full pipe
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        tail = err.decode("utf-8", "replace").strip().splitlines()[-1:] or ["(no message)"]
        raise UsageError(f"{' '.join(argv[:6])} ... exited with {proc.returncode}: {tail[0]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024, proc.returncode  # maxrss: KiB


def brief_run(paths: Sequence[str], config: str, settings: Sequence[str] = (), device: str | None = None,
              extra: Sequence[str] = ()) -> Run:
    """One cold ``vnsumm brief`` process over ``paths`` into a temporary folder."""
    with tempfile.TemporaryDirectory(prefix="vnsumm-bench-") as tmp:
        out = Path(tmp) / "out"
        argv = [sys.executable, "-m", "vnsumm", "brief", *paths, "-c", config, "-o", str(out), "--force", "-q"]
        for setting in settings:
            argv += ["-s", setting]
        if device:
            argv += ["--device", device]
        wall, cpu, rss, code = measure(argv + list(extra))
        try:
            index = json.loads((out / "index.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise UsageError(f"vnsumm brief wrote no index.json ({exc})") from exc
    return Run(wall, cpu, rss, code, len(index["done"]), len(index["skipped"]), len(index["failed"]))


def summary(runs: Sequence[Run], config: str) -> dict[str, Any]:
    """The median run's figures (articles/min over briefed articles) and the machine."""
    wall = statistics.median(r.wall_s for r in runs)
    last = runs[-1]
    return {
        "config": config,
        "articles": last.done + last.skipped + last.failed,
        "done": last.done,
        "failed": last.failed,
        "runs": len(runs),
        "wall_s": round(wall, 3),
        "cpu_s": round(statistics.median(r.cpu_s for r in runs), 3),
        "articles_per_min": round(60 * last.done / wall, 1) if wall > 0 else None,
        "peak_rss_mb": round(statistics.median(r.peak_rss for r in runs) / 2**20, 1),
        "cpus": os.cpu_count(),
        "machine": f"{platform.system()} {platform.machine()}, Python {platform.python_version()}",
    }


def cmd_bench(args: argparse.Namespace) -> int:
    paths = list(args.paths)
    if not paths:
        if not SEEDS.is_dir():
            raise UsageError("give the articles to brief (a folder, files or a dataset): no seeds/ folder here")
        paths = [str(SEEDS)]
    if args.repeat < 1:
        raise UsageError(f"--repeat must be at least 1, not {args.repeat}")
    runs = [brief_run(paths, args.config, args.set or (), args.device) for _ in range(args.repeat)]
    result = summary(runs, args.config)
    if args.format == "json":
        write_stdout(json.dumps(result) + "\n")
    else:
        write_stdout(
            f"{result['config']}: {result['done']} of {result['articles']} articles briefed "
            f"({result['failed']} failed) in {result['wall_s']} s wall, {result['cpu_s']} s CPU (median of "
            f"{result['runs']}): "
            f"{result['articles_per_min']} articles/min, peak RSS {result['peak_rss_mb']} MB "
            f"[{result['cpus']} CPUs, {result['machine']}]\n")
    return 0 if all(r.exit_code == 0 for r in runs) else 1


def add_parser(sub: Any) -> argparse.ArgumentParser:
    parser = sub.add_parser("bench", help="articles/min and peak RSS of vnsumm brief for a config",
                            description=__doc__.splitlines()[0].split(": ", 1)[1])
    parser.add_argument("paths", nargs="*", metavar="PATH", help="articles, folders or datasets (default: seeds/)")
    parser.add_argument("-c", "--config", default="default", help="config name or path (default: default)")
    parser.add_argument("-s", "--set", action="append", metavar="KEY=VALUE", help="override a config field")
    parser.add_argument("--device", choices=("auto", "cpu", "cuda"), help="where models run")
    parser.add_argument("--repeat", type=int, default=1, help="cold runs; the median is reported (default 1)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.set_defaults(func=cmd_bench)
    return parser
