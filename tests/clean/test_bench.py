"""The cleaning benchmark (eval/clean_bench.py) on a slice of VietNews: the bar holds on both style sets."""
from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

import pytest

from vnsumm.clean import clean

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("clean_bench", ROOT / "eval" / "clean_bench.py")
bench = importlib.util.module_from_spec(spec)
sys.modules["clean_bench"] = bench  # dataclasses look their module up by name
spec.loader.exec_module(bench)

pytestmark = pytest.mark.skipif(not bench.DEFAULT_DATA.exists(), reason="VietNews dev data not present")


def test_recall_and_leakage_meet_the_bar_on_dev_and_heldout_styles():
    results = bench.run(bench.DEFAULT_DATA, limit=40, seed=7)
    for name in ("dev", "heldout"):
        assert results[name]["recall"] >= 0.99, (name, results[name])
        assert results[name]["leakage"] <= 0.02, (name, results[name])


def test_injected_pages_really_carry_furniture_and_the_cleaner_is_what_removes_it():
    articles = [a for a in bench.load(bench.DEFAULT_DATA)][:10]
    rng = random.Random(3)
    docs = [bench.make_doc(rng, a, articles, bench.STYLES["heldout"]) for a in articles]
    assert sum(len(d.furniture) for d in docs) > 30
    raw_leak = sum(bench.score(d, _as_is(d.text))[2] for d in docs)
    cleaned_leak = sum(bench.score(d, clean(d.text))[2] for d in docs)
    assert raw_leak > 20 and cleaned_leak <= raw_leak // 10


def _as_is(text: str):
    """The page kept whole, as if no cleaning happened."""
    from vnsumm.article import Article

    lines = [line for line in text.splitlines() if line.strip()]
    return Article(title=None, paragraphs=lines)
