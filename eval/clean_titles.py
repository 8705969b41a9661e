"""Which line the cleaner takes for the title, on every dev page set's pages: the page's own title (a line the
maker left unlabelled), a furniture line (by the maker's kind), a line holding story sentences, or none.

    python eval/clean_titles.py [--sets dev34,dev35] [--src <worktree>/src] [--train vietnews_train.jsonl.gz]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def title_kind(page, title: str | None, key) -> str:
    """"own" (an unlabelled line: the page's title), "none", "body", or the furniture kind of the line taken."""
    if not title:
        return "none"
    got = key(title)
    if any(key(s) and key(s) in got for s in page.body):
        return "body"
    return next((kind for kind, line in page.furniture if key(line) == got), "own")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--src", type=Path, default=ROOT / "src", help="the source tree whose cleaner runs")
    parser.add_argument("--train", type=Path, default=None, help="vietnews_train (default: the bench's)")
    parser.add_argument("--sets", default="", help="page sets, comma-separated (default: every dev set)")
    args = parser.parse_args(argv)
    if not (args.src / "vnsumm" / "clean").is_dir():
        parser.error(f"{args.src} holds no vnsumm/clean")
    sys.path.insert(0, str(args.src))  # before the installed vnsumm: the cleaner of that tree
    from vnsumm.clean import clean
    sys.path.insert(0, str(ROOT / "eval"))
    import clean_bench as bench
    try:
        chosen = bench.dev_sets(args.sets)
    except ValueError as err:
        parser.error(f"{err} (the blind test is never read here)")
    total: Counter = Counter()
    for name in chosen:
        counts = Counter(title_kind(page, clean(page.text).title, bench._key)
                         for page in bench.heldout_pages(args.train or bench.TRAIN_DATA, name))
        total += counts
        if set(counts) != {"own"}:
            print(name, dict(counts.most_common()))
    print("all", dict(total.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
