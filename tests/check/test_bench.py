"""The bench that plants errors: it changes one fact, and its figures add up."""
from __future__ import annotations

import json
import random

from vnsumm.check import extract_en
from vnsumm.check.bench import main, plant_error

ENGLISH = "On May 8, 2025 the US pledged $130 million and returned 8 sets of remains."
SOURCE = "Sáng 8/5/2025, Mỹ cam kết 130 triệu USD và trao trả 8 hòm hài cốt."


def test_plant_error_changes_one_fact_in_place() -> None:
    rng = random.Random(3)
    spans = [(f.start, f.end) for f in extract_en(ENGLISH)]
    for _ in range(20):
        text, start, end = plant_error(ENGLISH, rng)
        tail = len(text) - end
        assert text != ENGLISH
        assert text[:start] == ENGLISH[:start] and text[end:] == ENGLISH[len(ENGLISH) - tail:]
        assert (start, len(ENGLISH) - tail) in spans  # exactly one fact's span was rewritten


def test_main_reports_recall_and_false_alarms(tmp_path, capsys) -> None:
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text(json.dumps({"id": "x", "en": ENGLISH}) + "\n", encoding="utf-8")
    articles = tmp_path / "articles.jsonl"
    articles.write_text(json.dumps({"id": "x", "title": "Viện trợ", "article": SOURCE},
                                   ensure_ascii=False) + "\n", encoding="utf-8")
    assert main([str(pairs), "--articles", str(articles), "--vi-field", "title,article",
                 "--repeat", "10"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["pairs"] == 10 and figures["planted_errors"] == 10
    assert figures["false_alarm_rate"] == 0.0 and figures["recall"] == 1.0
