"""Serving benchmark: ``vnsumm serve`` under 8 concurrent clients vs the same articles as one folder run.

    python eval/serve_bench.py                       # the extractive config (no model)
    python eval/serve_bench.py -c path/to/tiny.yaml  # any config
    python eval/serve_bench.py --copies 20 --clients 8 --latency 40

The articles are the seeds, ``--copies`` times each (100 with 20 copies). Measured, both warm:

* folder run: ``vnsumm brief DIR -o OUT --format json -q`` in a child process, once on all the
  articles and once on one copy of the seeds; the difference of the two wall times is the time
  the extra articles took, so loading the models and starting Python are left out, as they are
  for the server, which is loaded once;
* server: ``vnsumm serve`` started in a child process on a free 127.0.0.1 port, warmed up with one
  request, then ``--clients`` threads each posting one article at a time (``POST /v1/briefs``)
  until all are briefed: articles/min from the wall time of that;
* latency: ``--latency`` single requests, one after another, on the warm server: p50 and p95.

The same is measured in CPU seconds (the folder run's child processes, the server process during
the concurrent phase): articles per CPU minute, steadier than the wall clock on a machine shared
with other work. The last line is machine-readable: ``ratio_server_vs_folder=0.93
cpu_ratio_server_vs_folder=0.95 server_apm=... folder_apm=... p50_ms=... p95_ms=...``; the load
average is printed with it.
"""
from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def env() -> dict[str, str]:
    src = str(ROOT / "src")
    return {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")]),
            "OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS", "1")}


def write_articles(folder: Path, copies: int) -> list[str]:
    folder.mkdir(parents=True)
    texts = []
    for n in range(copies):
        for seed in SEEDS:
            text = seed.read_text(encoding="utf-8")
            (folder / f"{n:03d}_{seed.stem}.txt").write_text(text, encoding="utf-8")  # the order clients send in
            texts.append(text)
    return texts


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def process_cpu(pid: int) -> float:
    """CPU seconds (user + system) a running process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def folder_seconds(config: str, folder: Path, out: Path) -> tuple[float, float]:
    """Wall and CPU seconds of ``vnsumm brief FOLDER -o OUT``."""
    start, cpu = time.perf_counter(), children_cpu()
    subprocess.run([sys.executable, "-m", "vnsumm", "brief", str(folder), "-o", str(out), "-c", config,
                    "--format", "json", "-q"], check=True, env=env(), cwd=ROOT, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start, children_cpu() - cpu


class Server:
    def __init__(self, config: str, extra: list[str]) -> None:
        self.proc = subprocess.Popen([sys.executable, "-m", "vnsumm", "serve", "-c", config, "--port", "0",
                                      "--no-access-log", "--log-level", "WARNING", *extra], env=env(), cwd=ROOT,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        for line in self.proc.stderr:
            match = re.search(r"listening on (http://\S+)", line)
            if match:
                self.base = match.group(1)
                break
        else:
            raise SystemExit("the server did not start")
        threading.Thread(target=lambda: [None for _ in self.proc.stderr], daemon=True).start()

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(120)


def post(client: httpx.Client, text: str) -> float:
    start = time.perf_counter()
    response = client.post("/v1/briefs", json={"text": text})
    if response.status_code != 200:
        raise SystemExit(f"server answered {response.status_code}: {response.text[:300]}")
    return time.perf_counter() - start


BRIEF_CHANGING = ("-s", "--set", "--device", "-c", "--config")  # serve options that would change the briefs


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-c", "--config", default="extractive")
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--latency", type=int, default=40, help="single requests for p50/p95")
    parser.add_argument("--serve-option", action="append", default=[], help="extra vnsumm serve option")
    args = parser.parse_args(argv)
    changing = [o for o in args.serve_option if o.split("=", 1)[0] in BRIEF_CHANGING]
    if changing:
        parser.error(f"--serve-option {changing[0]} would change the server's briefs but not the folder run's it is "
                     "compared with: put it in a config and give that with -c")
    work = Path(tempfile.mkdtemp(prefix="vnsumm-serve-bench-"))
    try:
        texts = write_articles(work / "all", args.copies)
        write_articles(work / "one", 1)
        small, small_cpu = folder_seconds(args.config, work / "one", work / "out-one")
        full, full_cpu = folder_seconds(args.config, work / "all", work / "out-all")
        extra = len(texts) - len(SEEDS)
        folder_apm = 60 * extra / max(full - small, 1e-9)
        folder_apcpu = 60 * extra / max(full_cpu - small_cpu, 1e-9)

        server = Server(args.config, args.serve_option)
        try:
            limits = httpx.Limits(max_connections=args.clients)
            with httpx.Client(base_url=server.base, timeout=600, limits=limits) as client:
                post(client, texts[0])  # warm
                start, cpu = time.perf_counter(), process_cpu(server.proc.pid)
                with ThreadPoolExecutor(args.clients) as pool:
                    list(pool.map(lambda t: post(client, t), texts))
                server_apm = 60 * len(texts) / (time.perf_counter() - start)
                server_apcpu = 60 * len(texts) / max(process_cpu(server.proc.pid) - cpu, 1e-9)
                stats = client.get("/readyz").json()
                mean_batch = (stats["articles"] - 1) / max(1, stats["batches"] - 1)  # less the warm-up
                latencies = sorted(post(client, texts[n % len(SEEDS)]) for n in range(args.latency))
        finally:
            server.stop()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    p50 = statistics.median(latencies) * 1000
    p95 = latencies[min(len(latencies) - 1, round(0.95 * (len(latencies) - 1)))] * 1000
    print(f"config {args.config}: {len(texts)} articles ({len(SEEDS)} seeds x {args.copies}); "
          f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs (shared machine)")
    print(f"folder run: {folder_apm:.0f} articles/min ({full:.1f} s for all, {small:.1f} s for one copy of the seeds)")
    print(f"server, {args.clients} clients: {server_apm:.0f} articles/min, {mean_batch:.1f} articles per batch")
    print(f"single request on a warm server: p50 {p50:.0f} ms, p95 {p95:.0f} ms ({args.latency} requests)")
    print(f"per CPU minute: folder run {folder_apcpu:.0f} articles, server {server_apcpu:.0f} articles "
          "(the steadier figure on a shared machine)")
    print(f"ratio_server_vs_folder={server_apm / folder_apm:.2f} cpu_ratio_server_vs_folder={server_apcpu / folder_apcpu:.2f} "
          f"server_apm={server_apm:.0f} folder_apm={folder_apm:.0f} p50_ms={p50:.0f} p95_ms={p95:.0f}")


if __name__ == "__main__":
    main()
