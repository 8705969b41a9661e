"""Model-free speed: one cold ``vnsumm brief`` of one article, and a folder of articles.

    python eval/light_bench.py [--article seeds/000_2b6d86a53e841c95.txt] [--data ../shared/data/vietnews_train.jsonl.gz] [--n 2000] [-c extractive]

1. One article, ``vnsumm brief ARTICLE -c extractive -o TMP``, in ``--repeat`` (5) fresh processes:
   median wall seconds and median peak RSS (targets ≤ 1.0 s, ≤ 150 MB).
2. ``--n`` articles of ``--data`` (title and article written as .txt files; the five seeds, raw
   scraped pages, are added) in one ``vnsumm brief FOLDER -c extractive -o TMP`` process:
   articles per second over the whole process (start-up, cleaning, summary, writing; target ≥ 150).
Every process is measured from outside (wall clock, kernel peak RSS), as ``vnsumm bench`` does.
"""
from __future__ import annotations

import argparse
import gzip
import json
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from vnsumm.cli.bench import brief_run  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "vietnews_train.jsonl.gz"


def write_folder(data: Path, n: int, folder: Path) -> int:
    """``n`` articles as .txt files (title line, blank line, body) plus the seeds; how many written."""
    opener = gzip.open if data.suffix == ".gz" else open
    written = 0
    with opener(data, "rt", encoding="utf-8") as f:
        for line in f:
            if written >= n - 5:
                break
            row = json.loads(line)
            (folder / f"{written:05d}.txt").write_text(f"{row.get('title', '')}\n\n{row['article']}\n", encoding="utf-8")
            written += 1
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        shutil.copy(seed, folder / seed.name)
        written += 1
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--article", default=str(ROOT / "seeds" / "000_2b6d86a53e841c95.txt"))
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("-c", "--config", default="extractive")
    args = parser.parse_args(argv)
    if args.n < 5 or args.repeat < 1:
        parser.error("--n must be at least 5 (the folder always holds the 5 seeds) and --repeat at least 1")

    runs = [brief_run([args.article], args.config) for _ in range(args.repeat)]
    wall = statistics.median(r.wall_s for r in runs)
    rss = statistics.median(r.peak_rss for r in runs) / 2**20
    cpu = statistics.median(r.cpu_s for r in runs)
    print(f"one article, {args.config}: {wall:.2f} s wall, {cpu:.2f} s CPU, {rss:.0f} MB peak RSS "
          f"(median of {args.repeat} cold processes; each {[round(r.wall_s, 2) for r in runs]})")
    with tempfile.TemporaryDirectory(prefix="vnsumm-light-") as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        n = write_folder(args.data, args.n, folder)
        run = brief_run([str(folder)], args.config)
    print(f"folder of {n} articles, {args.config}: {run.done} done, {run.skipped} skipped, {run.failed} failed "
          f"in {run.wall_s:.1f} s wall = {n / run.wall_s:.0f} articles/s ({run.cpu_s:.1f} s CPU = {n / run.cpu_s:.0f} "
          f"articles per CPU-second), {run.peak_rss / 2**20:.0f} MB peak RSS")
    print(f"one_article_s={wall:.3f} one_article_cpu_s={cpu:.3f} one_article_rss_mb={rss:.0f} "
          f"folder_articles_per_s={n / run.wall_s:.1f} folder_articles_per_cpu_s={n / run.cpu_s:.1f}")


if __name__ == "__main__":
    main()
