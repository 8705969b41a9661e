"""Binary formats are named by their magic bytes; text that merely starts like one is still text."""
from __future__ import annotations

import io
import zipfile

import pytest

from bad_inputs import seed_text
from vnsumm.inputs.binary import binary_format
from vnsumm.inputs import load_article


def zipped(**members: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in members.items():
            z.writestr(name.replace("__", "/"), text)
    return buf.getvalue()


@pytest.mark.parametrize("data, name", [
    (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 4, "PDF"),
    (b"%PDF-1.4\n" + b"only text " * 50, "PDF"),
    (zipped(word__document="<w/>", **{"[Content_Types].xml": "<T/>"}), "DOCX (Word)"),
    (zipped(a_txt="xin chào"), "ZIP archive"),
    (b"\x1f\x8b\x08\x00" + bytes(200), "gzip archive"),
    (b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG (image/png)"),
    (b"BM" + bytes(range(60)) * 5, "BMP (image/bmp)"),
])
def test_binary_formats_are_named(data, name):
    assert binary_format(data) == name


@pytest.mark.parametrize("opening", ["BMW tung ra mẫu xe điện mới", "ID3 là chuẩn thẻ âm nhạc", "MZ Group đầu tư",
                                     "OggS", "GIF89a là định dạng ảnh cũ", "MThd"])
def test_an_article_that_starts_like_a_magic_number_is_text(opening):
    text = opening + " tại Việt Nam.\n\n" + seed_text(2)
    assert binary_format(text.encode("utf-8")) is None
    assert load_article(text.encode("utf-8")).body
