"""The bench's newer planted errors: each changes one fact of its kind, in place, into a wrong one;
the seed briefs meet the issue's bars on them."""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from vnsumm.check import check, extract_en
from vnsumm.check.bench import main, measure
from vnsumm.check.plants import (plant_clock, plant_exonym, plant_number_word, plant_office, spell,
                                 synthetic_sentences)
from vnsumm.inputs import read_article

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ("Sáng 12/9, lúc 7h16, Tổng Bí thư Nguyễn Phú Trọng tiếp Tổng thống Joe Biden tại Hà Nội. Hai nước "
          "nâng tầm quan hệ lên Đối tác Chiến lược Toàn diện. Thứ trưởng Bộ Quốc phòng Hoàng Xuân Chiến "
          "và Bộ Quốc phòng Hoa Kỳ ký văn bản; 8 ngư dân được cứu.")
ENGLISH = ("At 7:16 am on September 12, General Secretary Nguyen Phu Trong received President Joe Biden in "
           "Hanoi. The two countries upgraded ties to a Comprehensive Strategic Partnership. Deputy Minister of "
           "Defence Hoang Xuan Chien and the US Department of Defense signed a document; eight fishermen "
           "were rescued.")


def test_the_faithful_brief_passes() -> None:
    assert check(SOURCE, ENGLISH).ok, check(SOURCE, ENGLISH).to_dict()


@pytest.mark.parametrize(("kind", "plant", "wrong_forms"), [
    ("clock12", lambda rng: plant_clock(ENGLISH, rng), {"7:16 pm"}),
    ("number_word", lambda rng: plant_number_word(ENGLISH, rng), {spell(v) for v in (3, 4, 5, 6, 7, 9, 10, 11)}),
    ("exonym", lambda rng: plant_exonym(ENGLISH, SOURCE, rng), None),
    ("title", lambda rng: plant_office(ENGLISH, "title", rng, SOURCE), None),
    ("ministry", lambda rng: plant_office(ENGLISH, "organisation", rng, SOURCE), {"Department of State"}),
    ("level", lambda rng: plant_office(ENGLISH, "relationship", rng, SOURCE),
     {"Strategic Partnership", "Comprehensive Partnership"}),
])
def test_plant_changes_one_fact_in_place_and_is_caught(kind, plant, wrong_forms) -> None:
    rng = random.Random(0)
    facts = {(f.start, f.end) for f in extract_en(ENGLISH)}
    for _ in range(10):
        text, start, end = plant(rng)
        tail = len(text) - end
        assert text[:start] == ENGLISH[:start] and text[end:] == ENGLISH[len(ENGLISH) - tail:]
        assert (start, len(ENGLISH) - tail) in facts  # exactly one fact was rewritten
        assert wrong_forms is None or text[start:end] in wrong_forms
        assert text[start:end] != ENGLISH[start:len(ENGLISH) - tail]
        assert any(c.fact.start < end and c.fact.end > start for c in check(SOURCE, text).unsupported), text


def test_title_swap_never_gives_an_office_the_article_gives_him() -> None:
    source = "Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng tiếp Tổng thống Donald Trump."
    english = "General Secretary Nguyen Phu Trong received President Donald Trump."
    rng = random.Random(0)
    for _ in range(20):
        text, start, end = plant_office(english, "title", rng, source)
        assert not text.startswith("President Nguyen Phu Trong")


@pytest.mark.parametrize(("value", "words"), [(2, "two"), (17, "seventeen"), (45, "forty-five"), (90, "ninety"),
                                              (3e6, "three million"), (1e9, "one billion"), (1, None), (100, None)])
def test_spell(value: float, words: str | None) -> None:
    assert spell(value) == words


def test_synthetic_sentences_are_faithful_and_of_each_kind() -> None:
    sentences = synthetic_sentences(SOURCE)
    assert sentences["title"] == ["General Secretary Nguyen Phu Trong attended the meeting.",
                                  "President Joe Biden attended the meeting.",
                                  "Deputy Minister of Defence Hoang Xuan Chien attended the meeting."][:2]
    assert sentences["level"] == ["The two sides have a Comprehensive Strategic Partnership."]
    assert sentences["clock12"] == ["It happened at 7:16 am."]
    for kind in sentences.values():
        for sentence in kind:
            assert check(SOURCE, sentence).ok, sentence


def test_bench_on_seeds_meets_the_issue_bars_for_the_new_kinds() -> None:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    pairs = [(read_article(s).check_text(), (ROOT / "tests/check/briefs" / f"{s.stem}.en.txt").read_text())
             for s in seeds]
    figures = measure(pairs, seed=3, repeat=2, kinds=("number_word", "exonym", "title"), synthetic=True)
    assert figures["false_alarms"]["title"] == {"facts": 25, "unsupported": 0, "rate": 0.0}, figures
    assert figures["planted"]["exonym"]["recall"] >= 0.95, figures
    assert figures["planted"]["title"]["recall"] >= 0.9, figures
    assert figures["synthetic"]["title"]["false_alarms"] == 0, figures
    assert figures["synthetic"]["title"]["recall"] >= 0.9, figures


def test_main_kinds_and_seeds(tmp_path, capsys) -> None:
    (tmp_path / "a.txt").write_text(SOURCE, encoding="utf-8")
    (tmp_path / "briefs").mkdir()
    (tmp_path / "briefs" / "a.en.txt").write_text(ENGLISH, encoding="utf-8")
    assert main(["--seeds", str(tmp_path), "--briefs", str(tmp_path / "briefs"), "--kinds", "level,title",
                 "--repeat", "3"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert set(figures["planted"]) == {"level", "title"}
    assert figures["planted"]["level"] == {"planted": 3, "caught": 3, "recall": 1.0}
    assert figures["briefs_flagged_share"] == 0.0
    with pytest.raises(SystemExit) as exc:
        main(["--seeds", str(tmp_path), "--kinds", "nonsense"])
    assert exc.value.code == 2
