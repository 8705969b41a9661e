"""Throughput of the LLM briefer: articles/min with concurrency 1 vs 4 against the same server.

    python eval/llm_bench.py                      # starts transformers serve --continuous-batching, tiny chat model
    python eval/llm_bench.py --no-continuous-batching   # the same server answering one request at a time
    python eval/llm_bench.py --base-url http://localhost:11434/v1 --model qwen2.5:3b-instruct

Briefs the seeds (x --copies) with the ``llm`` config, once per concurrency, after one warm-up
request; the same server, prompts and settings (temperature 0, --max-tokens answer tokens) each
time. Last line: ``ratio_c4_vs_c1=...`` (one ratio per ``--levels``).
"""
from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests" / "llm"))


def start_tiny_server(folder: Path, continuous_batching: bool, log: Path) -> tuple[subprocess.Popen, str]:
    """``transformers serve`` on the tiny chat model; with continuous batching its log says ``CB: True``."""
    from tiny_chat import build_tiny_chat

    build_tiny_chat(folder)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cli = Path(sys.executable).with_name("transformers")
    cb = "--continuous-batching" if continuous_batching else "--no-continuous-batching"
    with open(log, "wb") as out:
        proc = subprocess.Popen([str(cli), "serve", str(folder), "--host", "127.0.0.1", "--port", str(port),
                                 "--device", "cpu", cb], stdout=out, stderr=subprocess.STDOUT,
                                env={**os.environ, "HF_HUB_OFFLINE": "1", "OMP_NUM_THREADS": "1"},
                                start_new_session=True)
    for _ in range(300):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/models", timeout=2)
            return proc, f"http://127.0.0.1:{port}/v1"
        except OSError:
            time.sleep(0.3)
    os.killpg(proc.pid, signal.SIGTERM)
    raise SystemExit("transformers serve did not start")


def articles_per_minute(url: str, model: str | None, concurrency: int, texts: list[str], max_tokens: int) -> float:
    from vnsumm.pipeline import Pipeline

    os.environ["OPENAI_BASE_URL"] = url
    settings = [f"briefer.concurrency={concurrency}", f"briefer.max_tokens={max_tokens}",
                f"batch_size={len(texts)}", "briefer.repair=false"]
    if model:
        settings.append(f"briefer.model={model}")
    pipe = Pipeline.from_config("llm", settings)
    articles = [pipe.clean(t) for t in texts]
    pipe.brief_articles(articles[:1])  # warm-up (not timed)
    start = time.perf_counter()
    pipe.brief_articles(articles)
    return len(articles) / (time.perf_counter() - start) * 60


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-url", help="an OpenAI-compatible /v1 URL (default: start the tiny local server)")
    parser.add_argument("--model", help="model name on that server (default: its only model)")
    parser.add_argument("--copies", type=int, default=4, help="seeds x copies articles (default 4: 20)")
    parser.add_argument("--max-tokens", type=int, default=64)
    parser.add_argument("--levels", default="1,4", help="concurrency levels to measure (default 1,4; 1 is needed)")
    parser.add_argument("--no-continuous-batching", dest="continuous_batching", action="store_false",
                        help="start the tiny server without continuous batching (one request at a time)")
    args = parser.parse_args(argv)
    if args.base_url and not args.continuous_batching:
        parser.error("--no-continuous-batching is a setting of the tiny server this script starts, not of --base-url's")
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))] * args.copies
    proc = None
    url = args.base_url
    with tempfile.TemporaryDirectory() as tmp:
        if url is None:
            log = Path(tmp) / "serve.log"
            proc, url = start_tiny_server(Path(tmp) / "tiny-chat", args.continuous_batching, log)
        try:
            levels = sorted({1, *(int(c) for c in args.levels.split(","))})
            rates = {c: articles_per_minute(url, args.model, c, texts, args.max_tokens) for c in levels}
        finally:
            if proc is not None:
                os.killpg(proc.pid, signal.SIGTERM)
                proc.wait(timeout=30)
                said = [line for line in log.read_text(errors="replace").splitlines() if "CB:" in line]
                print(f"server: transformers serve, {said[-1].strip() if said else 'no CB line in its log'}")
    for c, rate in rates.items():
        print(f"concurrency {c}: {rate:.1f} articles/min ({len(texts)} articles)")
    print(" ".join(f"ratio_c{c}_vs_c1={rates[c] / rates[1]:.2f}" for c in rates if c != 1))


if __name__ == "__main__":
    main()
