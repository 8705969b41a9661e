"""The five scraped seeds against their hand-written expected output (tests/golden/*.json)."""
from __future__ import annotations

from dataclasses import replace
import json
from pathlib import Path

import pytest

from vnsumm.clean import clean, split_sentences

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = sorted((ROOT / "tests" / "golden").glob("*.json"))


def _load(path: Path) -> tuple[dict, str]:
    expected = json.loads(path.read_text(encoding="utf-8"))
    return expected, (ROOT / expected["seed"]).read_text(encoding="utf-8")


def test_every_seed_has_a_golden_file():
    seeds = {p.stem for p in (ROOT / "seeds").glob("*.txt")}
    assert seeds and seeds == {p.stem for p in GOLDEN}


@pytest.mark.parametrize("path", GOLDEN, ids=lambda p: p.stem)
def test_seed_matches_golden(path: Path):
    expected, raw = _load(path)
    article = clean(raw)
    assert article.title == expected["title"]
    assert article.date == expected["date"]
    assert article.source == expected["source"]
    assert (article.byline, article.credits) == (expected["byline"], expected["credits"])  # kept out of the body
    assert article.captions == expected["captions"]  # the photos' captions, kept out of the body and listed
    assert article.paragraphs == expected["paragraphs"]
    if "sentences" in expected:  # checked by hand for some seeds
        assert article.sentences == expected["sentences"]
    assert article.sentences == [s for p in expected["paragraphs"] for s in split_sentences(p)]


@pytest.mark.parametrize("path", GOLDEN, ids=lambda p: p.stem)
def test_cleaning_a_cleaned_seed_changes_nothing(path: Path):
    _, raw = _load(path)
    article = clean(raw)
    assert clean(article.to_text()) == replace(article, captions=[])
