"""Choose the extractive config's word budget (a hard cap) on a slice of VietNews train, never dev.

For each budget, the ``learned`` summary (every pick must fit; a lone over-long sentence is cut with
"…") is scored by mean ROUGE-1 F1 (Unicode syllables, as ``vnsumm eval``) on train articles
``--start``..``--start + --count``. The best budget goes in ``configs/extractive.yaml``.

    python eval/extractive_budget.py [--train ../shared/data/vietnews_train.jsonl.gz] [--budgets 30,40,50,60]
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from vnsumm.clean import clean  # noqa: E402
from vnsumm.evaluate.rouge import make_scorer  # noqa: E402
from vnsumm.pipeline import Pipeline  # noqa: E402

DATA = next((d for d in (ROOT.parent / "shared" / "data", ROOT.parents[1] / "shared" / "data") if d.exists()),
            ROOT.parent / "shared" / "data")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", type=Path, default=DATA / "vietnews_train.jsonl.gz")
    parser.add_argument("--start", type=int, default=19_500)
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--budgets", default="30,40,50,60")
    args = parser.parse_args(argv)
    with gzip.open(args.train, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in itertools.islice(fh, args.start, args.start + args.count)]
    articles = [clean(f"{r['title']}\n\n{r['article']}") for r in rows]
    scorer = make_scorer("unicode")
    summarizer = Pipeline.from_config("extractive").summarizer
    for budget in [int(b) for b in args.budgets.split(",")]:
        summarizer.max_words = budget
        summaries = summarizer.summarize(articles)
        r1 = 100 * np.mean([scorer.score(r["summary"], s)["rouge1"].fmeasure for r, s in zip(rows, summaries)])
        words = np.mean([len(s.split()) for s in summaries])
        print(f"max_words={budget} rouge1={r1:.2f} mean_words={words:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
