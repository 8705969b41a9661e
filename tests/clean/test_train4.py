"""Tests for eval/clean_train4/make.py (community / user-generated page maker).

Never reads /work/shared: every test builds its own small synthetic gz file.
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
MAKE = ROOT / "eval" / "clean_train4" / "make.py"
MAKE_SHA256 = "0aa07f6a6ab33e518a2e743746cfa8cd3f6b3b2dd0c3f261dca4a16008c2a6ca"

KINDS = {"byline", "credit", "caption", "related", "widget"}


def _load():
    spec = importlib.util.spec_from_file_location("clean_train4_make", MAKE)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


make = _load()
LAST = max(make.BODY_ROWS.stop, make.RELATED_ROWS.stop) - 1
B0 = make.BODY_ROWS.start
K0 = make.RELATED_ROWS.start

TEMPLATES = [
    "Theo thông báo của chính quyền địa phương, vụ việc mã {c} đã được ghi nhận vào sáng ngày {i} tháng này.",
    "TS. Lê Minh Khoa, chuyên gia tại TP. Hồ Chí Minh, cho rằng sự kiện {c} là điều rất hiếm gặp trong nhiều năm qua.",
    "\" Chúng tôi đang khẩn trương xử lý vụ việc {c}. Mọi thông tin sẽ được công bố sớm \", ông Trần Văn Bình nói với phóng viên.",
    "Lực lượng chức năng đã có mặt tại hiện trường {c} chỉ khoảng {i} phút sau khi nhận tin báo.",
    "Nhiều người dân trong khu vực cho biết họ không hề nghe thấy tiếng động lạ trước khi sự việc {c} xảy ra.",
    "Cơ quan điều tra đang làm rõ nguyên nhân của vụ việc {c} và sẽ công bố kết quả trong tuần tới.",
    "Trước đó, một sự cố tương tự cũng từng xảy ra tại khu vực này vào năm {y}, theo hồ sơ {c}.",
    "Giới chuyên gia khuyến cáo người dân cần theo dõi sát các thông báo chính thức liên quan tới {c}.",
]


def article_for(row):
    c = f"R{row}"
    sents = [f"Hiện trường vụ việc {c} nhìn từ trên cao."]
    n = 5 + row % 4
    for i in range(n):
        sents.append(TEMPLATES[(row + i) % len(TEMPLATES)].format(c=c, i=i + 3, y=2000 + i))
    tail = ["Hoàng Yến", "Minh Anh (Theo Reuters)", "Theo AFP", ""][row % 4]
    return " ".join(sents + ([tail] if tail else [])), c


def related_article(row):
    k = f"K{row}"
    return " ".join([
        f"Toàn cảnh khu vực {k} trong buổi sáng.",
        f"Chính phủ nước này hôm nay đã thông báo kế hoạch mới mang mã {k} cho các tỉnh ven biển.",
        f"Theo kế hoạch {k}, hàng trăm gia đình sẽ được hỗ trợ di dời tới nơi ở an toàn hơn trong tháng tới.",
        f"Người dân {k} bày tỏ sự đồng tình với chủ trương của chính quyền địa phương.",
    ])


BODY_USABLE = [B0 + 1, B0 + 4, B0 + 9, B0 + 15, B0 + 22, B0 + 30, B0 + 41, B0 + 55, B0 + 70, B0 + 88, B0 + 99]
UNUSABLE = {
    B0 + 2: b"   ",
    B0 + 3: b"this is not json {",
    B0 + 5: b"[1, 2, 3]",
    B0 + 6: json.dumps({"title": "   ", "article": "R0 Một câu."}).encode(),
    B0 + 7: json.dumps({"title": "Tiêu đề R0", "article": 5}).encode(),
    B0 + 8: b"\xff\xfe\xfd",
    B0 + 10: json.dumps({"title": "Tiêu đề", "article": "  "}).encode(),
}


def write_train(path):
    rows = [b""] * (LAST + 6)
    for r in BODY_USABLE:
        art, c = article_for(r)
        rows[r] = json.dumps({"id": r, "title": f"Tiêu đề bài viết {c} gây chú ý",
                              "article": art, "summary": "không dùng"}, ensure_ascii=False).encode()
    for r, raw in UNUSABLE.items():
        rows[r] = raw
    for r in range(K0, K0 + 40, 2):
        rows[r] = json.dumps({"title": f"Tin liên quan số K{r} được quan tâm",
                              "article": related_article(r)}, ensure_ascii=False).encode()
    rows[K0 + 1] = b"{broken"
    rows[5] = b"garbage before the ranges"
    for r in range(LAST + 1, LAST + 6):
        rows[r] = (b"\xff\xfe not utf8" if r % 2 else
                   json.dumps({"title": "R99999 hidden", "article": "R99999 must never be parsed."}).encode())
    with gzip.open(path, "wb") as fh:
        fh.write(b"\n".join(rows))
    return path


@pytest.fixture(scope="module")
def train(tmp_path_factory):
    return write_train(tmp_path_factory.mktemp("t4") / "train.jsonl.gz")


@pytest.fixture(scope="module")
def built(train):
    return make.pages(train)


def _n(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub("[\u200b\u200c\u200d\u2060\ufeff]", "", s)
    return re.sub(r"\s+", "", s).casefold()


def _row_of(page):
    codes = set(re.findall(r"R1\d{4}", _n(page.text).upper()))
    assert len(codes) == 1, codes
    return int(codes.pop()[1:])


def check_contract(page):
    assert isinstance(page, make.Page)
    assert page.text
    lines = page.text.split("\n")
    for ln in lines:
        assert ln and ln == ln.strip()
    assert page.body
    for s in page.body:
        assert isinstance(s, str) and s and "\n" not in s and s in page.text
    for kind, ln in page.furniture:
        assert kind in KINDS and isinstance(ln, str)
    bi = fi = unl = 0
    for ln in lines:
        if bi < len(page.body) and ln.startswith(page.body[bi]):
            acc, used = page.body[bi], 1
            bi += 1
            while acc != ln and bi < len(page.body) and used < 4 and ln.startswith(acc + " " + page.body[bi]):
                acc += " " + page.body[bi]
                bi += 1
                used += 1
            assert acc == ln, ln
        elif fi < len(page.furniture) and ln == page.furniture[fi][1]:
            fi += 1
        else:
            unl += 1
    assert bi == len(page.body) and fi == len(page.furniture)
    assert unl <= 3
    nb = {_n(s) for s in page.body}
    for _, ln in page.furniture:
        assert _n(ln) not in nb


def test_constants():
    assert make.SEED == 4804
    assert make.BODY_ROWS == range(10_600, 10_700)
    assert make.RELATED_ROWS == range(10_700, 10_800)
    assert make.Page._fields == ("text", "body", "furniture", "layout")
    assert 18 <= len(make.LAYOUTS) <= 22


def test_contract_every_page(built):
    assert len(built) == len(BODY_USABLE)
    for p in built:
        check_contract(p)


def test_body_order_and_codes(built):
    for p in built:
        row = _row_of(p)
        art, code = article_for(row)
        flat = _n(art)
        pos = 0
        for s in p.body:
            ns = _n(s)
            assert code.casefold() in ns
            at = flat.find(ns, pos)
            assert at >= 0, s
            pos = at + len(ns)


def test_no_foreign_codes(built):
    for p in built:
        row = _row_of(p)
        for ln in p.text.split("\n"):
            for other in BODY_USABLE:
                if other != row:
                    assert f"r{other}" not in _n(ln)
        assert "r99999" not in _n(p.text)


def test_layouts_in_order(built):
    rows = [_row_of(p) for p in built]
    assert rows == BODY_USABLE
    names = [n for n, _ in make.LAYOUTS]
    for k, p in enumerate(built):
        assert p.layout == names[k % len(names)]


def test_deterministic(train, built):
    assert make.pages(train) == built


def test_single_read_stops_after_last_row(train, monkeypatch):
    opened, consumed, parsed = [], [0], []
    real_open = make.gzip.open
    real_parse = make._parse

    class Proxy:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *a):
            self.fh.close()

        def __iter__(self):
            return self

        def __next__(self):
            line = next(self.fh)
            consumed[0] += 1
            return line

    def fake_open(path, mode="rb", *a, **k):
        opened.append(path)
        return Proxy(real_open(path, mode, *a, **k))

    def spy(raw):
        parsed.append(raw)
        return real_parse(raw)

    monkeypatch.setattr(make.gzip, "open", fake_open)
    monkeypatch.setattr(make, "_parse", spy)
    make.pages(train)
    assert len(opened) == 1
    assert consumed[0] == LAST + 1
    assert all(b"R99999" not in raw and b"not utf8" not in raw for raw in parsed)


def test_make_pinned():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == MAKE_SHA256
