"""Evaluation reports: per-example JSONL survives a torn last line; the Markdown table shows every config and failure."""
from __future__ import annotations

import copy
import json
import re
from html import unescape

from markdown_it import MarkdownIt

from vnsumm.cli import main
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
    assert "| extractive | 2 | 0 | 30.00 [25.00, 35.00] | 10.0 |" in text
    assert "| lead-3 (baseline) | 2 | 0 | 28.50 [20.00, 33.00] | – |" in text
    assert "+1.50 (p=0.020)" in text
    assert "<h1>Evaluation: summarize on vietnews_dev.jsonl</h1>" in MarkdownIt("commonmark").render(text)
    assert '- **extractive**: ` {"summarizer": {"backend": "extractive"}} `' in text


def test_json_round_trip_and_a_missing_file(tmp_path):
    report.write_json(tmp_path / "s.json", SCORES)
    assert report.read_json(tmp_path / "s.json") == SCORES
    assert report.read_json(tmp_path / "missing.json") is None


HOSTILE_ID = "tin|<b>#5</b>\n*x*"


def test_failed_examples_are_counted_and_listed_with_their_reasons():
    scores = copy.deepcopy(SCORES)
    scores["configs"]["extractive"].update(n_errors=2, failed=[{"id": "a7", "reason": "example a7: too short"},
                                                               {"id": HOSTILE_ID, "reason": "model | <i>down</i>"}])
    text = report.render_markdown(scores)
    assert "| extractive | 2 | 2 | 30.00 [25.00, 35.00] | 10.0 |" in text
    html = MarkdownIt("commonmark").enable("table").render(text)
    tables = re.findall(r"<table>(.*?)</table>", html, re.DOTALL)
    rows = [[unescape(re.sub(r"<[^>]+>", "", c)) for c in re.findall(r"<td>(.*?)</td>", row, re.DOTALL)]
            for row in re.findall(r"<tr>(.*?)</tr>", tables[-1], re.DOTALL)]
    assert rows[1:] == [["extractive", "a7", "example a7: too short"],
                        ["extractive", " ".join(HOSTILE_ID.split()), "model | <i>down</i>"]]
    assert "<b>" not in html and "<i>" not in html


def test_an_eval_run_shows_its_failed_examples(tmp_path, vietnews_path, capsys):
    rows = [json.loads(line) for line in vietnews_path.read_text(encoding="utf-8").splitlines()[:3]]
    rows[1] = {**rows[1], "id": HOSTILE_ID, "article": "Ngắn.", "title": ""}  # too little text for an article
    data = tmp_path / "d.jsonl"
    data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "ev"
    assert main(["eval", "-c", "lead", "-d", str(data), "-o", str(out), "-q", "--bootstrap", "20", "--no-plot"]) == 0
    capsys.readouterr()
    scores = json.loads((out / "scores.json").read_text(encoding="utf-8"))
    assert [f["id"] for f in scores["configs"]["lead"]["failed"]] == [HOSTILE_ID]
    assert scores["configs"]["lead"]["n"] == 3 and scores["configs"]["lead"]["n_errors"] == 1
    text = (out / "results.md").read_text(encoding="utf-8")
    assert re.search(r"^\| lead \| 3 \| 1 \| ", text, re.MULTILINE)
    line = next(line for line in text.splitlines() if line.startswith("| lead | tin"))
    assert "too little for an article" in line
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "Failed examples (4)" in page  # lead and the three lead/extractive baselines and "tin|&lt;b&gt;#5&lt;/b&gt;" in page
