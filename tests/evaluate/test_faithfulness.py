"""Faithfulness columns (vnsumm.check) in the brief task."""
from __future__ import annotations

import json

import pytest

from vnsumm.cli.eval import main
from vnsumm.evaluate.faithfulness import score_faithfulness
from vnsumm.evaluate.scoring import aggregate, metric_groups

ARTICLE = "Ngày 25/2, TAND TP. Đà Nẵng tuyên phạt Hồ Xuân Huy 12 năm tù vì lừa đảo 3,2 tỷ đồng."


def test_a_wrong_number_is_flagged_and_a_right_one_is_not():
    right, wrong = score_faithfulness(
        [ARTICLE, ARTICLE],
        ["Ho Xuan Huy was jailed for 12 years over 3.2 billion VND.",
         "Ho Xuan Huy was jailed for 15 years over 3.2 billion VND."],
        ["", ""],
    )
    assert right["faith_flagged_pct"] == 0 and right["faith_supported"] == right["faith_facts"] >= 2
    assert wrong["faith_flagged_pct"] == 100 and wrong["faith_unsupported_numbers_per100"] == 100


def test_supported_share_is_a_ratio_of_sums():
    recs = [
        {"id": "a", "prediction": "", "reference": "", "scores": {"faith_supported": 1.0, "faith_facts": 1.0}},
        {"id": "b", "prediction": "", "reference": "", "scores": {"faith_supported": 1.0, "faith_facts": 3.0}},
    ]
    agg = aggregate("brief", recs, n_resamples=50)
    assert agg["faith_supported_pct"]["score"] == pytest.approx(50.0)  # 2 of 4 facts, not mean(100, 33)
    assert "faith_supported_pct" in metric_groups("brief")[-1]["metrics"]


def test_brief_task_reports_rouge_and_faithfulness(tiny_config, tmp_path):
    data = tmp_path / "briefs.jsonl"
    rows = [
        {"id": "1", "title": "Đà Nẵng xử án", "article": ARTICLE, "summary": "A Da Nang court jailed Ho Xuan Huy."},
        {"id": "2", "article": "Hà Nội có mưa lớn. Nhiều tuyến phố ngập sâu.", "summary": "Heavy rain flooded Hanoi."},
    ]
    data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["-c", str(tiny_config), "--task", "brief", "--data", str(data), "-o", str(out),
                 "--baseline", "lead", "--bootstrap", "50", "-q", "--no-plot",
                 "-s", "summarizer.generation.max_new_tokens=12", "-s", "translator.generation.max_new_tokens=12"]) == 0
    scores = json.loads((out / "scores.json").read_text(encoding="utf-8"))
    labels = list(scores["configs"])
    assert len(labels) == 4 and labels[0].startswith("tiny[")
    assert [label.split("+")[0] for label in labels[1:]] == ["lead-1", "lead-2", "lead-3"]
    assert all(label.endswith("-translator") for label in labels[1:])
    lead = scores["configs"][labels[3]]
    assert lead["models"]["translator"]["backend"] == "seq2seq"  # the baseline borrowed the translator
    for res in scores["configs"].values():
        assert {"rouge1", "rougeLsum", "faith_flagged_pct"} <= set(res["metrics"])
    record = json.loads((out / lead["predictions"]).read_text(encoding="utf-8").splitlines()[0])
    assert record["summary"] and record["prediction"]
    assert "Faithfulness" in (out / "results.md").read_text(encoding="utf-8")
