"""Reading article files: encodings accepted and refused, binary/empty/oversized files, HTML."""
from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import pytest

from vnsumm.errors import InputError
from vnsumm.io import decode_bytes, is_html, read_article, read_text

from bad_inputs import encode_cp1258  # tests/ is on sys.path (conftest)

ROOT = Path(__file__).resolve().parents[1]
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
        assert read_text(path) == path.read_text(encoding="utf-8")


def test_missing_and_oversized_files_are_refused(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_text(tmp_path / "nope.txt")
    big = tmp_path / "big.txt"
    big.write_text("Một câu văn. " * 1000, encoding="utf-8")
    with pytest.raises(InputError, match="over the 1,000-byte limit"):
        read_text(big, max_bytes=1000)


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
