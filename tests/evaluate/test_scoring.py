"""Task scoring: aggregates equal the libraries' corpus figures; comparisons pair by id."""
from __future__ import annotations

import json

import numpy as np
import pytest
import sacrebleu

from vnsumm.evaluate.scoring import aggregate, compare, primary_metrics, score_examples


def _records(ids, sources, preds, refs, task):
    scores = score_examples(task, sources, preds, refs)
    return [
        {"id": i, "prediction": p, "reference": r, "scores": s}
        for i, p, r, s in zip(ids, preds, refs, scores)
    ]


@pytest.fixture(scope="module")
def flores(flores_path):
    return [json.loads(line) for line in flores_path.read_text(encoding="utf-8").splitlines()[:30]]


def test_translate_aggregate_equals_sacrebleu_corpus_scores(flores):
    refs = [r["en"] for r in flores]
    hyps = [" ".join(ref.split()[::-1][:5]) + " " + ref for ref in refs]
    recs = _records([r["id"] for r in flores], [r["vi"] for r in flores], hyps, refs, "translate")
    agg = aggregate("translate", recs, n_resamples=200)
    assert agg["bleu"]["score"] == pytest.approx(sacrebleu.corpus_bleu(hyps, [refs]).score)
    assert agg["chrf"]["score"] == pytest.approx(sacrebleu.corpus_chrf(hyps, [refs]).score)
    assert agg["bleu"]["ci"][0] < agg["bleu"]["score"] < agg["bleu"]["ci"][1]
    assert agg["bleu"]["signature"].startswith("nrefs:1")


def test_summarize_aggregate_is_mean_of_per_example_scores(vietnews_path):
    rows = [json.loads(line) for line in vietnews_path.read_text(encoding="utf-8").splitlines()[:6]]
    preds = [r["article"][:300] for r in rows]
    recs = _records([r["id"] for r in rows], [r["article"] for r in rows], preds, [r["summary"] for r in rows], "summarize")
    agg = aggregate("summarize", recs, n_resamples=200)
    assert set(primary_metrics("summarize")) <= set(agg)
    assert "rougeLsum_default_tok" in agg
    assert agg["rouge1"]["score"] == pytest.approx(np.mean([r["scores"]["rouge1"] for r in recs]))


def test_compare_pairs_examples_by_id():
    refs = ["Hà Nội mùa thu đẹp", "Giá vàng tăng", "Trời mưa to ở Huế"]
    good = _records(["a", "b", "c"], refs, refs, refs, "summarize")
    bad = _records(["c", "a"], refs[::-1][:2], ["Huế", "Hà Nội"], [refs[2], refs[0]], "summarize")
    res = compare("summarize", good, bad, n_resamples=200)
    assert res["rouge1"]["n"] == 2
    expected = np.mean([100 - bad[0]["scores"]["rouge1"], 100 - bad[1]["scores"]["rouge1"]])
    assert res["rouge1"]["delta"] == pytest.approx(expected)
    assert compare("summarize", good, [], n_resamples=10) == {}
