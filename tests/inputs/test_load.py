"""Reading article files: encodings accepted and refused, binary/empty/oversized files, HTML."""
from __future__ import annotations

import codecs
import re
import time
import unicodedata
from pathlib import Path

import pytest

from vnsumm.inputs import load as inputs
from vnsumm.article import Article
from vnsumm.errors import InputError
from vnsumm.inputs import (CleaningTooSlow, content_hash, decode_bytes, is_html, read_article, read_bytes,
                           require_words, time_limit)

from bad_inputs import encode_cp1258  # tests/ is on sys.path (conftest)

ROOT = Path(__file__).resolve().parents[2]
SEED = (ROOT / "seeds" / "001_54df9c5ffa93a4b1.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("data", [
    SEED.encode("utf-8"),
    codecs.BOM_UTF8 + SEED.encode("utf-8"),
    SEED.encode("utf-16"),            # with BOM
    SEED.encode("utf-16-le"),         # without BOM
    SEED.encode("utf-16-be"),
    encode_cp1258(SEED),
], ids=["utf8", "utf8-bom", "utf16", "utf16le", "utf16be", "windows-1258"])
def test_supported_encodings_decode_to_the_same_text(data):
    assert decode_bytes(data) == SEED


def test_windows_1258_really_is_not_utf8():
    with pytest.raises(UnicodeDecodeError):
        encode_cp1258(SEED).decode("utf-8")


@pytest.mark.parametrize("data, words", [
    ("日本語のテキストです。これはテストです。".encode("shift_jis"), "not UTF-8, UTF-16 or Windows-1258"),
    ("Привет, это тест на русском языке.".encode("koi8_r"), "not UTF-8, UTF-16 or Windows-1258"),
    ("Ça été très bien, garçon. Überall schön.".encode("latin-1"), "not UTF-8, UTF-16 or Windows-1258"),
    (SEED.encode("utf-8").decode("cp1252", errors="replace").encode("utf-8"), "mojibake"),
    (SEED.encode("utf-8").decode("latin-1").encode("utf-8"), "mojibake"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    (b"", "empty"),
    (b" \n\t\n", "empty"),
    (SEED.encode("utf-32"), "UTF-32"),
])
def test_other_inputs_are_refused_with_a_clear_message(data, words):
    with pytest.raises(InputError, match=words):
        decode_bytes(data, name="x.txt")


def test_every_seed_reads_without_a_false_alarm():
    for path in (ROOT / "seeds").glob("*.txt"):
        assert decode_bytes(read_bytes(path)) == path.read_text(encoding="utf-8")


def test_missing_and_oversized_files_are_refused(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_bytes(tmp_path / "nope.txt")
    big = tmp_path / "big.txt"
    big.write_text("Một câu văn. " * 1000, encoding="utf-8")
    with pytest.raises(InputError, match="over the 1,000-byte limit"):
        read_bytes(big, max_bytes=1000)


PAGE = """<!DOCTYPE html><html><head><title>Giá vàng tăng mạnh - Báo Mẫu</title>
<meta property="og:site_name" content="Báo Mẫu">
<meta property="article:published_time" content="2025-11-02T10:00:00+07:00"></head>
<body><nav><a href="/">Trang chủ</a> <a href="/kd">Kinh doanh</a></nav>
<article><h1>Giá vàng tăng mạnh</h1>
<p>Sáng nay, giá vàng trong nước tăng 2 triệu đồng mỗi lượng. Đây là mức tăng cao nhất trong tháng.</p>
<p>Theo các chuyên gia, giá vàng thế giới tăng do đồng USD suy yếu. Nhiều người dân đổ xô đi mua vàng.</p>
<p>Ông Nguyễn Văn A, một nhà đầu tư, cho biết ông đã mua thêm 5 lượng vàng trong sáng nay.</p></article>
<aside><h3>Tin liên quan</h3><ul><li><a href="/a">Giá xăng giảm nhẹ từ chiều nay</a></li>
<li><a href="/b">Chứng khoán lao dốc phiên cuối tuần</a></li></ul></aside>
<footer>© 2025 Báo Mẫu. Bản quyền thuộc về Báo Mẫu.</footer></body></html>"""


def test_html_is_recognised_by_content_not_name():
    assert is_html(PAGE)
    assert not is_html(SEED)
    assert not is_html("Giá vàng <b>tăng</b> mạnh.")


def test_html_page_gives_the_main_article(tmp_path):
    path = tmp_path / "article.txt"  # the extension says text, the content says HTML
    path.write_text(PAGE, encoding="utf-8")
    article = read_article(path)
    assert article.title == "Giá vàng tăng mạnh"
    assert article.date == "2025-11-02"
    assert article.source == "Báo Mẫu"
    assert article.paragraphs[0].startswith("Sáng nay, giá vàng trong nước tăng 2 triệu đồng")
    assert len(article.paragraphs) == 3
    text = article.to_text()
    for furniture in ("Trang chủ", "Tin liên quan", "Giá xăng giảm", "Bản quyền"):
        assert furniture not in text


def test_html_page_without_an_article_is_refused(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><body><nav><a href='/'>Trang chủ</a></nav></body></html>", encoding="utf-8")
    with pytest.raises(InputError):
        read_article(path)


def test_read_article_cleans_a_seed():
    article = read_article(ROOT / "seeds" / "000_2b6d86a53e841c95.txt")
    assert article.source == "Qdnd.vn" and article.date == "2025-05-08T16:53"
    assert not any("Tin đọc nhiều" in p for p in article.paragraphs)


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.binary(max_size=400), st.text(max_size=200).map(lambda t: t.encode("utf-8"))))
def test_any_bytes_either_decode_to_nfc_text_or_raise_input_error(data):
    try:
        text = decode_bytes(data)
    except InputError as exc:
        assert str(exc)
    else:
        assert text.strip() and unicodedata.is_normalized("NFC", text)

def article(text: str, title: str | None = None) -> Article:
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    return Article(title=title, paragraphs=paragraphs, sentences=paragraphs)


@pytest.mark.parametrize("body, message", [
    ("", "no article body"),
    ("Đăng nhập\n\nĐăng ký", "but 4 word(s)"),
    ("a" * 500, "no article body"),
    ("12 345 678 ... !!!", "no article body"),
])
def test_too_little_text_is_nothing_left(body, message):
    with pytest.raises(InputError, match=re.escape(message)):
        require_words(article(body))


def test_enough_words_pass():
    require_words(article("Một hai ba bốn năm sáu bảy tám chín mười mười một."))


def test_time_limit_interrupts_a_runaway_regular_expression():
    start = time.perf_counter()
    with pytest.raises(CleaningTooSlow, match="too slow here"):
        with time_limit(0.3, "too slow here"):
            re.match(r"(a+)+$", "a" * 40 + "b")  # catastrophic backtracking: hours if not stopped
    assert time.perf_counter() - start < 3


def test_load_article_applies_the_budget_and_the_word_check(monkeypatch):
    def slow(text: str) -> Article:
        re.match(r"(a+)+$", "a" * 40 + "b")
        return article(text)

    monkeypatch.setattr(inputs, "cleaning_budget", lambda n_chars: 0.2)
    monkeypatch.setattr(inputs, "clean", slow)
    with pytest.raises(CleaningTooSlow, match="pathological"):
        inputs.load_article("x")
    monkeypatch.setattr(inputs, "clean", article)
    with pytest.raises(InputError, match="nothing left"):
        inputs.load_article("Đăng nhập")
    text = "Một hai ba bốn năm sáu bảy tám chín mười mười một."
    assert inputs.load_article(text).body == text
    assert inputs.load_article(text.encode("utf-16")).body == text


def test_time_limit_restores_the_previous_alarm_handler():
    import signal

    before = signal.getsignal(signal.SIGALRM)
    with time_limit(5, "x"):
        pass
    assert signal.getsignal(signal.SIGALRM) == before


def test_content_hash_is_the_sha256_of_the_bytes():
    assert content_hash(b"abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


def test_time_limit_fires_again_when_the_cleaner_swallows_it(monkeypatch):
    def stubborn(text: str) -> Article:
        try:
            re.match(r"(a+)+$", "a" * 40 + "b")
        except Exception:  # noqa: BLE001 - a careless library
            pass
        re.match(r"(a+)+$", "a" * 40 + "b")
        return article(text)

    monkeypatch.setattr(inputs, "cleaning_budget", lambda n_chars: 0.2)
    monkeypatch.setattr(inputs, "clean", stubborn)
    start = time.perf_counter()
    with pytest.raises(CleaningTooSlow):
        inputs.load_article("x")
    assert time.perf_counter() - start < 3
