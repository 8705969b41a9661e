"""Properties of clean() on generated input: no crash, idempotent, never invents words."""
from __future__ import annotations

from dataclasses import replace
import re
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from vnsumm.clean import clean, normalize

ROOT = Path(__file__).resolve().parents[2]
SEED_LINES = sorted({line.strip() for p in (ROOT / "seeds").glob("*.txt")
                     for line in p.read_text(encoding="utf-8").splitlines() if line.strip()})
FURNITURE = ["Tin cùng chuyên mục", "Xem thêm", "Nguồn: Qdnd.vn", "Theo VOV.VN", "hanoimoi.vn", "fb yt zl tw",
             "08/05/2025 16:53", "Thứ Ba, ngày 12/09/2023 | 07:16", " date 2025-11-02 ", "(HG) – ", "Ảnh: TTXVN",
             "Trang chủ > Thời sự", "Xem thêm: ", ">> ", "Minh Anh (tổng hợp)", "./.", "..."]
ALPHABET = st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯHTQ0123456789 .,:;!?…\"'“”()-–|/>»*%\t")
                           + ["\n", "\n\n", "\u00a0", "\u200b", "\ufeff", "\u0300", "\u0301", "\u0309", "\u0303",
                              "\u0323", "à", "ạ", "ệ", "ữ", "ỳ", "oà", "uỷ", "TP.", "PGS.TS", "USD"])
FRAGMENT = st.one_of(st.sampled_from(SEED_LINES), st.sampled_from(FURNITURE),
                     st.lists(ALPHABET, max_size=40).map("".join))
SEPARATOR = st.sampled_from(["\n", "\n\n", " ", ""])
DOCUMENT = st.one_of(
    st.lists(st.tuples(FRAGMENT, SEPARATOR), max_size=12).map(lambda parts: "".join(p + s for p, s in parts)),
    st.text(max_size=300),
)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


@SETTINGS
@given(DOCUMENT)
def test_clean_never_crashes_and_is_idempotent(text):
    article = clean(text)
    assert clean(article.to_text()) == replace(article, captions=[])


@SETTINGS
@given(DOCUMENT)
@example("0hanoimoi.vn\n")  # a domain with a digit was the source, and "Nguồn: 0hanoimoi.vn" then a paragraph
def test_output_words_are_input_words(text):
    article = clean(text)
    allowed = _words(normalize(text))
    produced = " ".join([article.title or "", article.source or "", *article.paragraphs, *article.sentences,
                         *article.captions])
    assert _words(produced) <= allowed


@SETTINGS
@given(DOCUMENT)
def test_sentences_cover_the_paragraphs(text):
    article = clean(text)
    assert "".join(article.sentences).replace(" ", "") == "".join(article.paragraphs).replace(" ", "").replace(
        "\n", "")
