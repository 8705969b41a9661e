"""BLEU/chrF equal sacrebleu's own figures, with its signature."""
from __future__ import annotations

import json

import numpy as np
import pytest
import sacrebleu

from vnsumm.evaluate.translation import corpus_score, corpus_statistics, segment_scores


@pytest.fixture(scope="module")
def pairs(flores_path):
    rows = [json.loads(line) for line in flores_path.read_text(encoding="utf-8").splitlines()[:40]]
    refs = [r["en"] for r in rows]
    # an imperfect "system": drop every third word of the reference
    hyps = [" ".join(w for i, w in enumerate(ref.split()) if i % 3 != 2) for ref in refs]
    return hyps, refs


def test_corpus_scores_equal_sacrebleu(pairs):
    hyps, refs = pairs
    bleu, bleu_sig = corpus_score("bleu", hyps, refs)
    chrf, chrf_sig = corpus_score("chrf", hyps, refs)
    assert bleu == pytest.approx(sacrebleu.corpus_bleu(hyps, [refs]).score)
    assert chrf == pytest.approx(sacrebleu.corpus_chrf(hyps, [refs]).score)
    assert 0 < bleu < 100
    assert "nrefs:1" in bleu_sig and "tok:13a" in bleu_sig
    assert "nc:6" in chrf_sig


@pytest.mark.parametrize("name", ["bleu", "chrf"])
def test_statistics_reproduce_corpus_score(pairs, name):
    hyps, refs = pairs
    stats, score_rows = corpus_statistics(name, hyps, refs)
    assert stats.shape[0] == len(hyps)
    assert score_rows(stats) == pytest.approx(corpus_score(name, hyps, refs)[0])
    half = np.arange(20)
    assert score_rows(stats[half]) == pytest.approx(corpus_score(name, hyps[:20], refs[:20])[0])


def test_segment_scores_equal_sacrebleu_sentence_scores(pairs):
    hyps, refs = pairs
    rows = segment_scores(hyps[:5], refs[:5])
    for row, h, r in zip(rows, hyps, refs):
        assert row["bleu"] == pytest.approx(sacrebleu.sentence_bleu(h, [r]).score)
        assert row["chrf"] == pytest.approx(sacrebleu.sentence_chrf(h, [r]).score)
