"""Tests for eval/clean_train1/make.py (regional-outlet training pages).

Builds a small synthetic gz train file under tmp_path; never reads /work/shared.
"""
import gzip
import hashlib
import importlib.util
import json
import re
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MAKE = ROOT / "eval" / "clean_train1" / "make.py"
MAKE_SHA256 = "d9d7c64d5f8d12403288bf63fdbb6d28b231e806954eb41c1e9430f8ea898ae7"

_spec = importlib.util.spec_from_file_location("clean_train1_make", MAKE)
make = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make)

USABLE_BODY = [10_000, 10_003, 10_010, 10_011, 10_025, 10_040, 10_041, 10_063, 10_077, 10_099]
UNUSABLE_BODY = {
    10_001: b"",
    10_002: b"   ",
    10_004: b"this is not json R10004",
    10_005: json.dumps(["R10005", "một danh sách"]).encode(),
    10_006: json.dumps({"title": "   ", "article": "Bài R10006 không có tiêu đề nhưng có nội dung dài."}).encode(),
    10_007: json.dumps({"title": "Tiêu đề R10007", "article": 12345}).encode(),
    10_008: json.dumps({"title": "Tiêu đề R10008", "article": "   "}).encode(),
}
RELATED = list(range(10_100, 10_130, 2))
CODE = re.compile(r"R(\d{5})")
ORDER = re.compile(r"câu số (\d+) của bài R(\d{5})")


def _article(row, n=9, tail=True):
    code = f"R{row}"
    parts = [f"Quang cảnh hội nghị ở thành phố {code} hồi tháng 5."]
    for j in range(1, n + 1):
        if j % 4 == 0:
            parts.append(f'" Chúng tôi đã chuẩn bị kỹ cho câu số {j} của bài {code}. Mọi việc sẽ ổn ", ông Nam nói.')
        elif j % 3 == 0:
            parts.append(f"Theo TS. Lê Văn An, câu số {j} của bài {code} cho thấy TP. Cần Thơ đã có nhiều thay đổi lớn.")
        else:
            parts.append(f"Đây là câu số {j} của bài {code}, mô tả việc chính quyền địa phương đã hoàn thành kế hoạch đúng hạn.")
    if tail:
        parts.append("Thanh Hà (Theo TTXVN)")
    return " ".join(parts)


def _related_article(row):
    code = f"R{row}"
    s = [f"Người dân tập trung bên bờ sông {code} hôm qua."]
    j = 1
    while len(" ".join(s)) < 1_100:
        s.append(f"Bài liên quan {code} kể rằng câu thứ {j} đã được các nhà chức trách xác nhận trong buổi họp báo chiều nay.")
        j += 1
    s.append(f"Câu ZCUT{row} này bị cắt ngang ở mốc một nghìn hai trăm ký tự và không được phép xuất hiện trên trang nào.")
    s.append(f"Câu ZLATE{row} nằm hoàn toàn sau mốc cắt nên cũng không được dùng.")
    return " ".join(s)


@pytest.fixture(scope="module")
def train_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("train1") / "train.jsonl.gz"
    lines = []
    for row in range(0, make.LAST_ROW + 6):
        if row in USABLE_BODY:
            obj = {"id": row, "title": f"Tin địa phương R{row}: hội nghị tổng kết năm", "article": _article(row),
                   "summary": f"SUMMARY R{row}"}
            lines.append(json.dumps(obj, ensure_ascii=False).encode())
        elif row in UNUSABLE_BODY:
            lines.append(UNUSABLE_BODY[row])
        elif row in RELATED:
            obj = {"title": f"Tin khác R{row} được nhiều người quan tâm", "article": _related_article(row)}
            lines.append(json.dumps(obj, ensure_ascii=False).encode())
        elif row > make.LAST_ROW:
            if row % 2:
                lines.append(b"{garbage that must never be parsed")
            else:
                obj = {"title": "Tin R99999", "article": _article(99999)}
                lines.append(json.dumps(obj, ensure_ascii=False).encode())
        elif row % 997 == 0:
            lines.append(b"not json outside the ranges")
        else:
            lines.append(b"")
    with gzip.open(path, "wb") as fh:
        fh.write(b"\n".join(lines) + b"\n")
    return path


@pytest.fixture(scope="module")
def pages(train_file):
    return make.pages(str(train_file))


def _plain(s):
    s = unicodedata.normalize("NFC", s).replace("\u200b", "").replace("\u00a0", " ")
    return re.sub(r" +", " ", s)


def test_constants():
    assert make.SEED == 4801
    assert make.BODY_ROWS == range(10_000, 10_100)
    assert make.RELATED_ROWS == range(10_100, 10_200)
    assert make.Page._fields == ("text", "body", "furniture", "layout")
    assert 18 <= len(make.LAYOUTS) <= 22
    assert len(set(make.LAYOUT_NAMES)) == len(make.LAYOUT_NAMES)


def test_one_page_per_usable_body_row_in_layout_order(pages):
    assert len(pages) == len(USABLE_BODY)
    for k, page in enumerate(pages):
        assert page.layout == make.LAYOUT_NAMES[k % len(make.LAYOUT_NAMES)]


def test_contract(pages):
    for page in pages:
        assert make.check_page(page)
        assert page.text and page.body
        lines = page.text.split("\n")
        assert all(ln and ln == ln.strip() for ln in lines)
        for s in page.body:
            assert "\n" not in s and s in page.text
        kinds = {k for k, _ in page.furniture}
        assert kinds <= {"byline", "credit", "caption", "related", "widget"}
        furn = [ln for _, ln in page.furniture]
        body_lines = [ln for ln in lines if any(s in ln for s in page.body)]
        # lines holding body sentences hold nothing else
        joined = " ".join(body_lines)
        assert joined == " ".join(page.body)
        rest = [ln for ln in lines if ln not in body_lines]
        unlabelled = 0
        fi = 0
        for ln in rest:
            if fi < len(furn) and ln == furn[fi]:
                fi += 1
            else:
                unlabelled += 1
        assert fi == len(furn)
        assert unlabelled <= 3
        keys = {re.sub(r"\s+", "", unicodedata.normalize("NFC", s).replace("\u200b", "")).casefold()
                for s in page.body}
        for ln in furn:
            assert re.sub(r"\s+", "", unicodedata.normalize("NFC", ln).replace("\u200b", "")).casefold() not in keys


def test_body_in_order_with_own_code(pages):
    for row, page in zip(USABLE_BODY, pages):
        seq = []
        for s in page.body:
            found = ORDER.findall(_plain(s))
            assert found, s
            for j, code in found:
                assert int(code) == row
                seq.append(int(j))
        assert seq == sorted(seq) and len(seq) == len(set(seq))
        assert len(seq) >= 6
        # the trailing byline of the VietNews text is furniture, not body
        assert any("Thanh Hà" in ln for _, ln in page.furniture)
        assert all("Thanh Hà" not in s for s in page.body)


def test_no_foreign_body_codes(pages):
    body_codes = {str(r) for r in USABLE_BODY} | {str(r) for r in UNUSABLE_BODY} | {"99999"}
    for row, page in zip(USABLE_BODY, pages):
        text = _plain(page.text)
        for code in CODE.findall(text):
            assert code not in body_codes or code == str(row), code
        assert "SUMMARY" not in text
        assert "ZCUT" not in text and "ZLATE" not in text


def test_related_rows_used(pages):
    rel_codes = {str(r) for r in RELATED}
    used = set()
    for page in pages:
        used |= set(CODE.findall(_plain(page.text))) & rel_codes
    assert len(used) >= 5


def test_deterministic(train_file, pages):
    again = make.pages(str(train_file))
    assert again == pages


def test_reads_once_and_stops(train_file, monkeypatch):
    opened, served, parsed = [], [], []
    real_open, real_loads = make.gzip.open, make.json.loads

    class Counting:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

        def __iter__(self):
            for raw in self.fh:
                served.append(raw)
                yield raw

    def fake_open(path, mode="rb", *a, **kw):
        opened.append(path)
        return Counting(real_open(path, mode, *a, **kw))

    def fake_loads(raw, *a, **kw):
        parsed.append(raw)
        return real_loads(raw, *a, **kw)

    monkeypatch.setattr(make.gzip, "open", fake_open)
    monkeypatch.setattr(make.json, "loads", fake_loads)
    make.read_rows(str(train_file))
    assert len(opened) == 1
    assert len(served) == make.LAST_ROW + 1
    assert not any(b"R99999" in r or b"garbage" in r for r in parsed)


def test_sentence_splitter():
    s = make.split_sentences('Ông J.T. Smith và TS. Nam đến TP. Huế. " A nói. B nói ", ông nói. 5 người dự.')
    assert s == ["Ông J.T. Smith và TS. Nam đến TP. Huế.", '" A nói. B nói ", ông nói.', "5 người dự."]


def test_make_py_pinned():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == MAKE_SHA256


def test_check_page_rejects_broken(pages):
    page = pages[0]
    s = page.body[0]
    bad = make.Page(page.text + "\n" + s, page.body, page.furniture + [("widget", s)], page.layout)
    with pytest.raises(ValueError):
        make.check_page(bad)
    bad = make.Page(page.text, page.body, page.furniture + [("footer", "x")], page.layout)
    with pytest.raises(ValueError):
        make.check_page(bad)
    bad = make.Page(page.text + "\nthừa 1\nthừa 2\nthừa 3", page.body, page.furniture, page.layout)
    with pytest.raises(ValueError):
        make.check_page(bad)
