"""eval/clean_template.py: a page set cleaned alone and with the template learned from its own pages (the slice)."""
from __future__ import annotations

from pathlib import Path

from scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
TRAIN = ROOT / "tests" / "data" / "vietnews_train_bench.jsonl.gz"


def test_the_template_of_a_sets_own_pages_takes_out_furniture_and_no_story(capsys):
    script = load_script(ROOT / "eval" / "clean_template.py", "clean_template")
    alone, templated, lines = script.compare("dev20", TRAIN)
    assert lines > 0 and templated["sentences"] == alone["sentences"] and templated["furniture"] == alone["furniture"]
    assert templated["recall"] == alone["recall"] and templated["leakage"] < alone["leakage"]
    assert script.main(["--train", str(TRAIN), "--sets", "dev20"]) == 0
    assert capsys.readouterr().out.splitlines()[1].startswith("dev20 ")
