"""Evaluation reports: per-example JSONL survives a torn last line; the Markdown table shows every config."""
from __future__ import annotations

from vnsumm.evaluate import report

SCORES = {
    "task": "summarize",
    "reference_language": "vi",
    "data": {"path": "runs/vietnews_dev.jsonl", "n_examples": 2},
    "primary_metrics": ["rouge1"],
    "metric_groups": [{"title": "ROUGE F1 (primary)", "note": "Unicode", "metrics": ["rouge1"]}],
    "bootstrap": {"n_resamples": 100, "seed": 0, "level": 0.95},
    "configs": {
        "extractive": {"n": 2, "baseline": False, "metrics": {"rouge1": {"score": 30.0, "ci": [25.0, 35.0]}},
                       "seconds_per_article": 0.01, "models": {"summarizer": {"backend": "extractive"}}},
        "lead-3": {"n": 2, "baseline": True, "metrics": {"rouge1": {"score": 28.5, "ci": [20.0, 33.0]}},
                   "seconds_per_article": None, "models": {}},
    },
    "comparisons": [{"a": "extractive", "b": "lead-3",
                     "metrics": {"rouge1": {"delta": 1.5, "ci": [0.1, 2.9], "p_value": 0.02, "n": 2}}}],
}


def test_records_resume_past_a_torn_last_line(tmp_path):
    path = tmp_path / "p.jsonl"
    report.write_records(path, [{"id": "1"}, {"id": "2"}])
    with path.open("a", encoding="utf-8") as handle:
        handle.write('{"id": "3", "predic')  # the run was killed mid-line
    assert [r["id"] for r in report.read_records(path)] == ["1", "2"]
    report.append_records(path, [{"id": "4"}])
    assert [r["id"] for r in report.read_records(path)][-1] == "4"


def test_markdown_has_every_config_its_ci_and_the_paired_test():
    text = report.render_markdown(SCORES)
    assert "| extractive | 2 | 30.00 [25.00, 35.00] | 10.0 |" in text
    assert "| lead-3 (baseline) | 2 | 28.50 [20.00, 33.00] | – |" in text
    assert "+1.50 (p=0.020)" in text and "vietnews_dev.jsonl" in text


def test_json_round_trip_and_a_missing_file(tmp_path):
    report.write_json(tmp_path / "s.json", SCORES)
    assert report.read_json(tmp_path / "s.json") == SCORES
    assert report.read_json(tmp_path / "missing.json") is None
