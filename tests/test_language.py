"""Language identification on real data: Vietnamese accepted, other languages named and skipped."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from vnsumm.article import Article
from vnsumm.errors import InputError
from vnsumm.language import NotVietnamese, check_language, detect_language, vietnamese_share

DATA = Path(__file__).resolve().parent / "data"


def rows(name: str) -> list[dict]:
    """The rows of a data slice in tests/data (see its README)."""
    return [json.loads(line) for line in (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]


def article(text: str, title: str | None = None) -> Article:
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    return Article(title=title, paragraphs=paragraphs, sentences=paragraphs)


def test_every_vietnamese_dev_text_is_vietnamese():
    news = rows("vietnews_dev_30")
    texts = [r["title"] + "\n" + r["article"] for r in news] + [r["summary"] for r in news]
    texts += [r["vi"] for r in rows("flores200_vi_en_dev_40")]
    wrong = [t[:80] for t in texts if not detect_language(t).is_vietnamese]
    assert len(texts) == 100 and wrong == []


def test_every_english_dev_text_is_english():
    texts = [r["en"] for r in rows("flores200_vi_en_dev_40")]
    found = [detect_language(t) for t in texts]
    assert [t for t, lang in zip(texts, found) if lang.is_vietnamese] == []
    assert sum(lang.code == "en" for lang in found) == len(texts)


def test_vietnamese_without_tone_marks_is_still_vietnamese():
    import unicodedata

    def plain(t: str) -> str:
        t = t.replace("đ", "d").replace("Đ", "D")
        return "".join(c for c in unicodedata.normalize("NFD", t) if not unicodedata.combining(c))

    texts = [plain(r["title"] + "\n" + r["article"]) for r in rows("vietnews_dev_30")]
    assert all(vietnamese_share(t) == 0 for t in texts)
    assert sum(detect_language(t).code == "vi" for t in texts) == 30


def test_other_languages_are_named():
    french = "Le gouvernement a annoncé mardi une nouvelle réforme des retraites, très contestée par les syndicats."
    german = "Die Regierung hat am Dienstag eine neue Reform angekündigt, die von den Gewerkschaften kritisiert wird."
    assert detect_language(french).label == "French (fr)"
    assert detect_language(german).label == "German (de)"


def test_vietnamese_share_counts_words_with_vietnamese_only_letters():
    assert vietnamese_share("Hà Nội mưa lớn chiều nay") == pytest.approx(4 / 6)  # "Hà" has only Latin-1 à
    assert vietnamese_share("Le café est très bon") == 0
    assert vietnamese_share("") == 0


def test_a_short_vietnamese_text_is_accepted_by_its_letters():
    lang = detect_language("Đường phố ngập nước")
    assert lang.is_vietnamese


def test_check_language_skips_or_lets_through():
    english = article("The central bank cut its main interest rate on Thursday to support growth and exports.")
    with pytest.raises(NotVietnamese, match=r"in English \(en\), not Vietnamese") as exc:
        check_language(english, "skip")
    assert isinstance(exc.value, InputError) and exc.value.language.code == "en"
    assert check_language(english, "summarize").code == "en"
    vietnamese = article("Ngân hàng Nhà nước giảm lãi suất điều hành để hỗ trợ tăng trưởng kinh tế trong năm nay.")
    assert check_language(vietnamese, "skip").is_vietnamese
