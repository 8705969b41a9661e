"""How often the cleaner's caption shapes occur in VietNews's own text: short sentences (20 words or fewer) of the
training articles that a caption rule of ``vnsumm.clean.lines`` would take for a caption if one stood alone on a line.
Shows the count and the first sentences of each shape, to read whether they are captions (the older page makers
label an article's own captions story, so each is a sentence those sets may count as lost).

    python eval/caption_shapes.py [--articles 12000] [--show 3]
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "eval"))

from clean_bench import TRAIN_DATA  # noqa: E402
from vnsumm.clean import normalize, split_sentences  # noqa: E402
from vnsumm.clean.lines import Kind, classify  # noqa: E402

MAX_WORDS = 20


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", type=Path, default=TRAIN_DATA)
    parser.add_argument("--articles", type=int, default=12_000, help="read the first N training articles")
    parser.add_argument("--show", type=int, default=3, help="sentences shown per opening word")
    args = parser.parse_args(argv)
    short = 0
    found: Counter[str] = Counter()
    shown: dict[str, list[str]] = defaultdict(list)
    with gzip.open(args.train, "rt", encoding="utf-8") as rows:
        for n, row in enumerate(rows):
            if n >= args.articles:
                break
            if not row.strip():  # a slice of the file keeps other rows' line numbers as blank lines
                continue
            for sentence in split_sentences(normalize(json.loads(row)["article"])):
                if len(sentence.split()) > MAX_WORDS:
                    continue
                short += 1
                if classify(sentence) is Kind.CAPTION:
                    head = " ".join(sentence.split()[:2])
                    found[head] += 1
                    if len(shown[head]) < args.show:
                        shown[head].append(sentence)
    print(f"{short} sentences of {MAX_WORDS} words or fewer in {args.articles} articles; "
          f"{sum(found.values())} read as captions on their own")
    for head, count in found.most_common():
        print(f"{count:5d}  {head} …: " + " | ".join(shown[head]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
