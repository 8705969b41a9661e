"""Tests for eval/clean_train6/make.py (train6 page maker: multi-article captures).

Builds a small synthetic gz train file; never reads /work/shared.
"""
import gzip
import hashlib
import importlib.util
import json
import re
import sys
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MAKE = ROOT / "eval" / "clean_train6" / "make.py"
MAKE_SHA256 = "e3416b977bf7154c23028db39591e7f94d34d465c5959e92dc1d01db7f809ce0"

KINDS = {"byline", "credit", "caption", "related", "widget"}


def _load():
    name = "clean_train6_make_under_test"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, MAKE)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


m = _load()
LAST = max(m.BODY_ROWS[-1], m.RELATED_ROWS[-1])

USABLE_BODY = [11000, 11003, 11007, 11012, 11020, 11031, 11045, 11058, 11077, 11099]
UNUSABLE = {
    11001: "",
    11002: "   ",
    11004: "{not json at all",
    11005: json.dumps(["a", "list"], ensure_ascii=False),
    11006: json.dumps({"title": "   ", "article": "Bài viết có tiêu đề trống R11006."}, ensure_ascii=False),
    11008: json.dumps({"title": "Tiêu đề R11008", "article": 12345}, ensure_ascii=False),
    11009: json.dumps({"title": "Tiêu đề R11009"}, ensure_ascii=False),
}
RELATED = list(range(11100, 11130)) + [11150, 11199]


def body_article(row, n):
    code = f"R{row}"
    s = [
        f"Ảnh minh hoạ hiện trường sự kiện số {code} S00.",
        f"Theo giới chức TP. Hồ Chí Minh, dự án mã {code} S01 đã được khởi công vào sáng hôm qua trong sự chú ý lớn.",
        f"\" Chúng tôi đã sẵn sàng. Mọi việc sẽ ổn thôi \", PGS. Trần Văn An nói về kế hoạch {code} S02 tại buổi họp.",
        f"Người dân trong khu vực {code} S03 cho biết họ rất vui mừng khi nghe được tin này từ chính quyền.",
        f"Ông John F. Kennedy từng có chuyến thăm gắn với hồ sơ {code} S04 vào những năm trước đây ở châu Á.",
    ]
    for i in range(5, 5 + n):
        s.append(f"Đoạn tường thuật thứ {i} của bài {code} S{i:02d} mô tả thêm nhiều chi tiết về diễn biến sự việc.")
    tail = ["Hồng Nhung", "Lạc Văn Tùng (Theo Nhật báo Mẫu)", ""][row % 3]
    return " ".join(s) + (" " + tail if tail else "")


def related_article(row):
    code = f"Q{row}"
    s = [f"Bức ảnh minh hoạ tin khác {code} T00."]
    for i in range(1, 30):
        s.append(f"Câu dài của một bài khác mang mã {code} T{i:02d} kể lại sự kiện với rất nhiều chi tiết cụ thể.")
    return " ".join(s)


def write_train(path):
    lines = []
    for i in range(LAST + 6):
        if i in USABLE_BODY:
            n = 3 + (i % 7)
            lines.append(json.dumps({"id": i, "title": f"Tiêu đề bài viết R{i}",
                                     "article": body_article(i, n), "summary": f"TÓM TẮT R{i}"},
                                    ensure_ascii=False))
        elif i in UNUSABLE:
            lines.append(UNUSABLE[i])
        elif i in RELATED:
            lines.append(json.dumps({"title": f"Tin khác số Q{i} trong ngày",
                                     "article": related_article(i)}, ensure_ascii=False))
        elif i > LAST:
            lines.append(json.dumps({"title": "GARBAGE R99999", "article": "GARBAGE R99999 câu."})
                         if i % 2 else "\x00 garbage not json GARBAGE")
        else:
            lines.append("")
    with gzip.open(path, "wb") as fh:
        fh.write("\n".join(lines).encode("utf-8"))
    return path


@pytest.fixture(scope="module")
def train(tmp_path_factory):
    return write_train(tmp_path_factory.mktemp("train6") / "train.jsonl.gz")


@pytest.fixture(scope="module")
def pages(train):
    return m.pages(str(train))


def _norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u200b", "")
    return "".join(s.split()).casefold()


def check_contract(p):
    assert isinstance(p, m.Page)
    assert p.layout in m.LAYOUTS
    assert p.text and p.body
    lines = p.text.split("\n")
    for ln in lines:
        assert ln.strip() and ln == ln.strip()
    for s in p.body:
        assert isinstance(s, str) and s and "\n" not in s and s in p.text
    for k, t in p.furniture:
        assert k in KINDS and t and "\n" not in t
    bi = fi = unl = 0
    for ln in lines:
        for n in range(1, 5):
            if bi + n <= len(p.body) and " ".join(p.body[bi:bi + n]) == ln:
                bi += n
                break
        else:
            if fi < len(p.furniture) and p.furniture[fi][1] == ln:
                fi += 1
            else:
                unl += 1
    assert bi == len(p.body) and fi == len(p.furniture)
    assert unl <= 3
    keys = {_norm(s) for s in p.body}
    assert not [t for _, t in p.furniture if _norm(t) in keys]


def test_constants():
    assert m.SEED == 4806
    assert m.BODY_ROWS == range(11_000, 11_100)
    assert m.RELATED_ROWS == range(11_100, 11_200)
    assert m.Page._fields == ("text", "body", "furniture", "layout")
    assert 18 <= len(m.LAYOUTS) <= 22 and len(set(m.LAYOUTS)) == len(m.LAYOUTS)


def test_contract_every_page(pages):
    assert len(pages) == len(USABLE_BODY)
    for p in pages:
        check_contract(p)
        m.check_page(p)


def test_layouts_in_order(pages):
    assert [p.layout for p in pages] == [m.LAYOUTS[k % len(m.LAYOUTS)] for k in range(len(pages))]


def test_body_in_order_with_own_code(pages):
    for row, p in zip(USABLE_BODY, pages):
        seen = []
        for s in p.body:
            s = unicodedata.normalize("NFC", s)
            assert f"R{row}" in s
            assert set(re.findall(r"R\d{5}", s)) == {f"R{row}"}
            seen += [int(x) for x in re.findall(r"S(\d\d)", s)]
        assert seen and seen == sorted(set(seen))
        assert 0 not in seen  # the lead photo caption is not body


def test_no_other_body_code(pages):
    for row, p in zip(USABLE_BODY, pages):
        codes = set(re.findall(r"R\d{5}", p.text))
        assert codes <= {f"R{row}"}
        assert "GARBAGE" not in p.text and "TÓM TẮT" not in unicodedata.normalize("NFC", p.text)


def test_related_from_related_rows_only(pages):
    for p in pages:
        for k, t in p.furniture:
            for q in re.findall(r"Q(\d{5})", t):
                assert int(q) in m.RELATED_ROWS


def test_related_text_within_first_1200_chars(pages):
    allowed = {}
    for row in RELATED:
        art = related_article(row)
        ok = set()
        for mt in re.finditer(r"T(\d\d)[^.]*\.", art):
            if mt.end() <= m.RELATED_CHARS:
                ok.add(int(mt.group(1)))
        allowed[row] = ok
    used = 0
    for p in pages:
        for _, t in p.furniture:
            for q, idx in re.findall(r"Q(\d{5}) T(\d\d)", unicodedata.normalize("NFC", t)):
                assert int(idx) in allowed[int(q)]
                used += 1
    assert used


def test_trailing_byline_is_furniture(pages):
    for row, p in zip(USABLE_BODY, pages):
        assert not any("Nhung" in s or "Nhật báo Mẫu" in s for s in p.body)


def test_deterministic(train, pages):
    assert m.pages(str(train)) == pages


def test_single_read_stops_at_last_row(train, monkeypatch):
    real_open = m.gzip.open
    opened = []

    class Counting:
        def __init__(self, fh):
            self.fh, self.n = fh, 0

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

        def __iter__(self):
            for line in self.fh:
                self.n += 1
                yield line

    def fake_open(*a, **k):
        c = Counting(real_open(*a, **k))
        opened.append(c)
        return c

    monkeypatch.setattr(m.gzip, "open", fake_open)
    m.pages(str(train))
    assert len(opened) == 1
    assert opened[0].n == LAST + 1


def test_check_page_rejects_broken(pages):
    p = pages[0]
    bad = p._replace(furniture=p.furniture + [("related", p.body[0])],
                     text=p.text + "\n" + p.body[0])
    with pytest.raises(ValueError):
        m.check_page(bad)
    with pytest.raises(ValueError):
        m.check_page(p._replace(furniture=[("menu", t) for _, t in p.furniture]))


def test_sentence_splitter():
    s = m.split_sentences('TP. HCM có mưa. " Tôi đi. Anh về ", ông nói. John F. Kennedy đến châu Á. Xong.')
    assert s == ["TP. HCM có mưa.", '" Tôi đi. Anh về ", ông nói.', "John F. Kennedy đến châu Á.", "Xong."]


def test_make_sha256_pinned():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == MAKE_SHA256
