"""The bench that plants errors: facts, raw digits and names; its figures add up."""
from __future__ import annotations

import json
import random

from vnsumm.check import extract_en
from vnsumm.check.bench import main, name_spans, plant_digit, plant_error, plant_name
from vnsumm.check.match import Source

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


def test_plant_digit_reaches_every_digit_of_the_text() -> None:
    # the digits of "H5N1" and "11:35" are chosen as often as those of facts
    english = "H5N1 was found at 11:35 pm in 3 farms."
    rng = random.Random(0)
    changed = set()
    for _ in range(200):
        text, start, end = plant_digit(english, rng)
        assert end == start + 1 and text[start] != english[start] and text[start].isdigit()
        assert text[:start] == english[:start] and text[end:] == english[end:]
        changed.add(start)
    assert changed == {i for i, ch in enumerate(english) if ch.isdigit()}
    assert plant_digit("No digits here.", rng) is None


def test_plant_name_swaps_a_name_of_the_article_for_one_it_lacks() -> None:
    source = Source("Bộ trưởng Phan Văn Giang tiếp ông Pete Hegseth tại Hà Nội.")
    english = "Defence Minister Phan Van Giang received Pete Hegseth in Hanoi."
    assert {name for _, _, name in name_spans(english, source)} == {"Phan Van Giang", "Pete Hegseth", "Hanoi"}
    rng = random.Random(1)
    pool = ["Pete Hegseth", "Nguyen Phu Trong", "Bangkok"]
    for _ in range(20):
        text, start, end = plant_name(english, source, pool, rng)
        assert text[start:end] in ("Nguyen Phu Trong", "Bangkok")  # never a name the article has


def test_main_reports_recall_per_kind_and_false_alarms_per_group(tmp_path, capsys) -> None:
    briefs = [{"id": "x", "en": ENGLISH},
              {"id": "y", "en": "Minister Hoang Van Nam met Nguyen Xuan Phuc on May 9."}]
    articles = [{"id": "x", "title": "Viện trợ", "article": SOURCE},
                {"id": "y", "title": "Gặp gỡ", "article": "Ngày 9/5, Bộ trưởng Hoàng Văn Nam tiếp khách."}]
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text("".join(json.dumps(b) + "\n" for b in briefs), encoding="utf-8")
    source = tmp_path / "articles.jsonl"
    source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    assert main([str(pairs), "--articles", str(source), "--vi-field", "title,article", "--repeat", "10"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["pairs"] == 2
    # "Nguyen Xuan Phuc" is not in the article: one name false alarm; no number/date one
    assert figures["false_alarms"]["name"]["unsupported"] == 1
    assert figures["false_alarms"]["number_date"]["unsupported"] == 0
    assert figures["briefs_flagged_share"] == 0.5
    assert figures["planted"]["fact"] == {"planted": 20, "caught": 20, "recall": 1.0}
    assert figures["planted"]["digit"]["planted"] == 20 and figures["planted"]["digit"]["recall"] == 1.0
    assert figures["planted"]["name"]["planted"] > 0 and figures["planted"]["name"]["recall"] == 1.0
