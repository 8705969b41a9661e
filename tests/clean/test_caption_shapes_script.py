"""eval/caption_shapes.py: VietNews's own short sentences the caption rules take for captions (on the bench's slice)."""
from __future__ import annotations

import re
from pathlib import Path

from scripts import load_script

from vnsumm.clean.lines import Kind, classify

ROOT = Path(__file__).resolve().parents[2]
SLICE = ROOT / "tests" / "data" / "vietnews_train_bench.jsonl.gz"


def test_it_counts_and_shows_the_short_sentences_read_as_captions(capsys):
    script = load_script(ROOT / "eval" / "caption_shapes.py", "caption_shapes")
    assert script.main(["--train", str(SLICE), "--articles", "9400", "--show", "2"]) == 0
    out = capsys.readouterr().out
    head = re.match(r"(\d+) sentences of 20 words or fewer in 9400 articles; (\d+) read as captions on their own", out)
    assert head and int(head[1]) > 1000 and 0 < int(head[2]) < int(head[1]) / 20
    rows = re.findall(r"^\s*(\d+)  (.+?) …: (.+)$", out, re.M)
    assert sum(int(n) for n, _, _ in rows) == int(head[2])
    for _, opening, shown in rows:  # every sentence shown is one a caption rule takes, under its opening words
        for sentence in shown.split(" | "):
            assert sentence.startswith(opening) and classify(sentence) is Kind.CAPTION
