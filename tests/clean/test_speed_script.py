"""eval/clean_speed.py: one tree's cleaner timed on every dev page set's pages (the committed bench slice here)."""
from __future__ import annotations

from pathlib import Path

import pytest
from scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
TRAIN = ROOT / "tests" / "data" / "vietnews_train_bench.jsonl.gz"


def test_the_speed_script_cleans_the_page_sets_asked_for_and_reports_a_rate(capsys):
    speed = load_script(ROOT / "eval" / "clean_speed.py", "clean_speed")
    bench = load_script(ROOT / "eval" / "clean_bench.py", "clean_bench")
    assert speed.main(["--train", str(TRAIN), "--sets", "dev3,dev25"]) == 0
    line = capsys.readouterr().out.strip()
    pages = sum(len(bench.heldout_pages(TRAIN, name)) for name in ("dev3", "dev25"))
    assert line.startswith(f"{ROOT / 'src'}: {pages} pages, ") and line.endswith(" articles per CPU-second")
    assert float(line.split(", ")[1].split()[0]) > 0


@pytest.mark.parametrize("args, error", [(["--src", "{tmp}"], "holds no vnsumm/clean"),
                                         (["--sets", "test"], "no dev page set named test")])
def test_a_tree_without_the_cleaner_or_an_unknown_set_is_refused(tmp_path, capsys, args, error):
    speed = load_script(ROOT / "eval" / "clean_speed.py", "clean_speed")
    with pytest.raises(SystemExit) as stop:
        speed.main([a.format(tmp=tmp_path) for a in args])
    assert stop.value.code == 2 and error in capsys.readouterr().err
