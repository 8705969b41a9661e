"""eval/clean_titles.py: which line the cleaner takes for the title on the dev page sets (the committed slice here)."""
from __future__ import annotations

import ast
from pathlib import Path

from scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
TRAIN = ROOT / "tests" / "data" / "vietnews_train_bench.jsonl.gz"


class _Page:
    body = ["Sáng 12/4, tỉnh khởi công cầu mới."]
    furniture = [("byline", "Thu Hà - Ban Thời sự"), ("related", "Giá vàng tăng mạnh")]


def test_a_title_is_the_pages_own_a_furniture_kind_a_story_line_or_none():
    titles = load_script(ROOT / "eval" / "clean_titles.py", "clean_titles")
    bench = load_script(ROOT / "eval" / "clean_bench.py", "clean_bench")
    kinds = [titles.title_kind(_Page, t, bench._key) for t in
             ("Khởi công cầu mới", "Thu Hà - Ban Thời sự", "Sáng 12/4, tỉnh khởi công cầu mới.", None)]
    assert kinds == ["own", "byline", "body", "none"]


def test_the_script_counts_every_page_of_the_sets_asked_for(capsys):
    titles = load_script(ROOT / "eval" / "clean_titles.py", "clean_titles")
    bench = load_script(ROOT / "eval" / "clean_bench.py", "clean_bench")
    assert titles.main(["--train", str(TRAIN), "--sets", "dev3"]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert last.startswith("all {") and sum(ast.literal_eval(last[4:]).values()) == len(bench.heldout_pages(TRAIN, "dev3"))
