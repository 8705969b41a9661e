"""Tests for eval/clean_train3/make.py (aggregator/portal page maker, training data).

Builds a small synthetic train file; never reads /work/shared.
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
MAKE = ROOT / "eval" / "clean_train3" / "make.py"
MAKE_SHA256 = "66b1aa8d92958a7318789cae88ef4d1e70db49c11ff817ef550b520cc3926cbe"


def _load():
    spec = importlib.util.spec_from_file_location("clean_train3_make", MAKE)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


make = _load()

USABLE_BODY = [10400, 10403, 10411, 10420, 10432, 10447, 10455, 10468, 10480, 10499]
N_SENT = 9  # sentence 0 is a photo caption, 1..N_SENT-1 are the story
GARBAGE = b'{"title": "GARBAGE-ROW", "article": "Kh\xc3\xb4ng bao gi\xe1\xbb\x9d \xc4\x91\xc6\xb0\xe1\xbb\xa3c \xc4\x91\xe1\xbb\x8dc."}'


def _article(row):
    code = f"R{row}"
    s = [f"Toàn cảnh buổi lễ khai mạc hội chợ mùa xuân {code}."]
    for k in range(1, N_SENT):
        if k % 4 == 1:
            s.append(f"Theo ban tổ chức, câu {k:02d} của bài {code} kể rằng TP. HCM đón thêm nhiều khách tham quan hội chợ.")
        elif k % 4 == 2:
            s.append(f'" Chúng tôi rất vui. Kết quả câu {k:02d} ở bài {code} vượt mong đợi ", TS. Lê Văn A. Bình nói với báo chí.')
        elif k % 4 == 3:
            s.append(f"Câu {k:02d} thuộc bài {code} cho biết PGS. Trần Thu Hà đã trình bày báo cáo dài hai giờ đồng hồ!")
        else:
            s.append(f"Trong khi đó, câu {k:02d} của bài {code} ghi nhận giá vé vào cửa vẫn giữ nguyên như năm ngoái?")
    s.append("Minh Anh (Theo Báo Giả Định)")
    return " ".join(s)


def _related(row):
    code = f"Q{row}"
    s = [f"Người dân xếp hàng chờ mua vé tàu {code}."]
    for k in range(1, 8):
        s.append(f"Đoạn {k} của tin {code} mô tả cảnh hành khách ở nhà ga trung tâm kéo vali đi qua cổng soát vé trong buổi sáng đông đúc nhất năm.")
        s.append(f"Nhà ga {code} mở thêm bốn quầy bán vé mới.")
    return " ".join(s)


@pytest.fixture(scope="module")
def train(tmp_path_factory):
    path = tmp_path_factory.mktemp("train3") / "train.jsonl.gz"
    last = max(make.BODY_ROWS[-1], make.RELATED_ROWS[-1])
    rows = [b""] * (last + 6)
    for r in USABLE_BODY:
        rows[r] = json.dumps({"title": f"Hội chợ mùa xuân mở cửa R{r}", "article": _article(r), "summary": "x"},
                             ensure_ascii=False).encode()
    rows[10401] = b"this is not json"
    rows[10402] = b'["a list", "not an object"]'
    rows[10404] = json.dumps({"title": "   ", "article": _article(10404)}, ensure_ascii=False).encode()
    rows[10405] = json.dumps({"title": "Tiêu đề R10405", "article": 12345}).encode()
    rows[10406] = b"   \t  "
    rows[10407] = b'{"title": "broken'
    for r in range(10500, 10600, 4):
        rows[r] = json.dumps({"title": f"Nhà ga đông khách dịp lễ {r}", "article": _related(r)}, ensure_ascii=False).encode()
    rows[10501] = b"not json either"
    for r in range(last + 1, last + 6):
        rows[r] = GARBAGE
    with gzip.open(path, "wb") as fh:
        fh.write(b"\n".join(rows))
    return path


@pytest.fixture(scope="module")
def pages(train):
    return make.pages(train)


def _n(s):
    return unicodedata.normalize("NFC", s).replace("\u200b", "")


def _key(s):
    return "".join(_n(s).split()).casefold()


def test_constants():
    assert make.SEED == 4803
    assert make.BODY_ROWS == range(10_400, 10_500)
    assert make.RELATED_ROWS == range(10_500, 10_600)
    assert make.Page._fields == ("text", "body", "furniture", "layout")
    assert 18 <= len(make.LAYOUTS) <= 22


def test_contract(pages):
    assert len(pages) == len(USABLE_BODY)
    for p in pages:
        make.check_page(p)
        lines = p.text.split("\n")
        assert all(ln and ln == ln.strip() for ln in lines)
        assert p.body
        for s in p.body:
            assert "\n" not in s and s in p.text
        assert all(k in ("byline", "credit", "caption", "related", "widget") for k, _ in p.furniture)
        # walk: body lines = 1-4 consecutive body items, furniture in order, <= 3 unlabelled
        bi = fi = unl = 0
        for ln in lines:
            m = next((m for m in (1, 2, 3, 4) if bi + m <= len(p.body) and " ".join(p.body[bi:bi + m]) == ln), 0)
            if m:
                bi += m
            elif fi < len(p.furniture) and p.furniture[fi][1] == ln:
                fi += 1
            else:
                unl += 1
        assert (bi, fi) == (len(p.body), len(p.furniture)) and unl <= 3
        bodykeys = {_key(s) for s in p.body}
        assert not any(_key(ln) in bodykeys for _, ln in p.furniture)


def test_body_order_and_codes(pages):
    for row, p in zip(USABLE_BODY, pages):
        idx = []
        for s in p.body:
            t = _n(s)
            assert f"R{row}" in t
            idx += [int(x) for x in re.findall(r"câu\s+(\d+)", t, re.I)]
        assert idx == list(range(1, N_SENT))  # every story sentence, in order, quotes kept whole
        codes = set(re.findall(r"R\d{5}", _n(p.text)))
        assert codes == {f"R{row}"}  # no other body row's text on this page
        assert "GARBAGE" not in p.text


def test_layouts_in_order(pages):
    names = [make.LAYOUTS[k % len(make.LAYOUTS)][0] for k in range(len(pages))]
    assert [p.layout for p in pages] == names


def test_deterministic(train, pages):
    assert make.pages(train) == pages


def test_single_read_stops_after_last_row(train, monkeypatch):
    opened, seen, parsed = [], [], []
    real_open, real_usable = make.gzip.open, make._usable

    class Counting:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *a):
            self.fh.close()

        def __iter__(self):
            for line in self.fh:
                seen.append(line)
                yield line

    def fake_open(*a, **k):
        opened.append(a)
        return Counting(real_open(*a, **k))

    def spy(raw):
        parsed.append(raw)
        return real_usable(raw)

    monkeypatch.setattr(make.gzip, "open", fake_open)
    monkeypatch.setattr(make, "_usable", spy)
    make.pages(train)
    last = max(make.BODY_ROWS[-1], make.RELATED_ROWS[-1])
    assert len(opened) == 1
    assert len(seen) == last + 1
    assert not any(b"GARBAGE" in raw for raw in parsed)


def test_make_pinned():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == MAKE_SHA256
