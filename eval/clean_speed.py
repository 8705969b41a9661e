"""Cleaning speed of a source tree on the same pages: articles per CPU-second, one core, caches emptied before
each page, over every dev page set's pages (this tree's page makers, ``eval/clean_bench.py``'s ``PAGE_MAKERS``
without the blind ``test``). ``--src`` names another tree's ``src`` (a ``git worktree`` of an older commit), so
two cleaners run on the same pages; run them one after the other, several rounds, and compare the ratios.

    git worktree add /tmp/old 8ac60c8
    python eval/clean_speed.py --src /tmp/old/src && python eval/clean_speed.py
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--src", type=Path, default=ROOT / "src", help="the source tree whose cleaner runs")
    parser.add_argument("--train", type=Path, default=None, help="vietnews_train (default: the bench's)")
    parser.add_argument("--sets", default="", help="page sets to time, comma-separated (default: every dev set)")
    args = parser.parse_args(argv)
    if not (args.src / "vnsumm" / "clean").is_dir():
        parser.error(f"{args.src} holds no vnsumm/clean")
    sys.path.insert(0, str(args.src))  # before the installed vnsumm: the cleaner of that tree
    from vnsumm.clean import clean
    sys.path.insert(0, str(ROOT / "eval"))
    import clean_bench as bench
    train = args.train or bench.TRAIN_DATA
    try:
        chosen = bench.dev_sets(args.sets)
    except ValueError as err:
        parser.error(f"{err} (the blind test is never timed here)")
    texts = [page.text for name in chosen for page in bench.heldout_pages(train, name)]
    clean("Khởi động.\n")  # first-call imports are not part of the throughput
    start = time.process_time()
    for text in texts:
        bench._cold_caches()
        clean(text)
    print(f"{args.src}: {len(texts)} pages, {len(texts) / (time.process_time() - start):.1f} articles per CPU-second")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
