"""Tests for eval/clean_train2/make.py (training page maker: markup and scraping artefacts).

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
MAKE = ROOT / "eval" / "clean_train2" / "make.py"
MAKE_SHA256 = "065ff5ba251aa259d9feb9752573c7890c4827895f427a126830cf00f55f389a"

KINDS = {"byline", "credit", "caption", "related", "widget"}
CODE = re.compile(r"R(\d{5})-(\d+)")


def _load():
    spec = importlib.util.spec_from_file_location("clean_train2_make", MAKE)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


make = _load()

USABLE_BODY = [10200, 10203, 10211, 10222, 10234, 10245, 10256, 10267, 10278, 10299]
BAD_BODY = {
    10201: b"",
    10202: b"this is not json {",
    10204: b"[1, 2, 3]",
    10205: json.dumps({"title": "   ", "article": "Bài viết R10205-1 có nội dung đầy đủ."}).encode(),
    10206: json.dumps({"title": "Tiêu đề", "article": 12345}).encode(),
    10207: b"\xff\xfe not utf-8",
    10208: json.dumps({"title": "Tiêu đề", "article": "   "}).encode(),
}
RELATED = [10300, 10305, 10317, 10342, 10399]


def _article(row):
    c = lambda j: f"R{row}-{j}"
    s = [
        f"Quang cảnh buổi lễ {c(0)} tại Hà Nội.",
        f"Ông Nguyễn Văn Hùng cho biết dự án mã {c(1)} đã được triển khai tại tỉnh Bình Dương trong năm nay.",
        f"\" Chúng tôi rất vui. Công trình {c(2)} sẽ hoàn thành đúng hạn \", ông Hùng nói với các phóng viên.",
        f"Theo PGS. Lê Văn Tám, kế hoạch {c(3)} có thể giúp TP. HCM giảm ùn tắc giao thông đáng kể.",
        f"Chính quyền địa phương đã chi khoảng 200 tỷ đồng cho giai đoạn đầu của chương trình {c(4)} này.",
        f"Người dân trong khu vực bày tỏ sự đồng tình và mong muốn hạng mục {c(5)} sớm được đưa vào sử dụng.",
        f"Các chuyên gia cho rằng mô hình {c(6)} cần được nhân rộng ở nhiều địa phương khác trên cả nước.",
        f"Bà Trần Thị Mai, một cư dân sống gần đó, nói rằng cuộc sống của gia đình bà {c(7)} đã thay đổi nhiều.",
        f"Dự kiến đến cuối năm sau, toàn bộ hệ thống {c(8)} sẽ được bàn giao cho đơn vị quản lý vận hành.",
        "Minh Anh (Theo Reuters)",
    ]
    return " ".join(s)


def _related(row):
    return {
        "title": f"Tin khác Q{row} về thời tiết miền Trung",
        "article": (f"Mưa lớn Q{row} tại Huế. Mưa lớn kéo dài nhiều ngày qua đã gây ngập úng ở nhiều khu vực "
                    f"thuộc tỉnh Thừa Thiên Huế, mã tin Q{row}, khiến giao thông bị chia cắt. "
                    f"Nhà chức trách đã sơ tán hàng nghìn hộ dân khỏi vùng nguy hiểm Q{row}. "
                    + "Câu rất dài " * 200),
    }


@pytest.fixture(scope="module")
def train(tmp_path_factory):
    path = tmp_path_factory.mktemp("train2") / "train.jsonl.gz"
    last = make.LAST_ROW
    lines = []
    for i in range(last + 6):
        if i in USABLE_BODY:
            lines.append(json.dumps({"id": i, "title": f"Tiêu đề bài R{i}-99 về đô thị", "article": _article(i),
                                     "summary": "không dùng"}, ensure_ascii=False).encode())
        elif i in BAD_BODY:
            lines.append(BAD_BODY[i])
        elif i in RELATED:
            lines.append(json.dumps(_related(i), ensure_ascii=False).encode())
        elif i > last:
            lines.append(json.dumps({"title": "GARBAGE", "article": "GARBAGE R99999-1 không được đọc."}).encode())
        elif i == 5:
            lines.append(json.dumps({"title": f"Hàng {i}", "article": "R00005-1 ngoài phạm vi."}).encode())
        else:
            lines.append(b"")
    with gzip.open(path, "wb") as fh:
        fh.write(b"\n".join(lines) + b"\n")
    return path


@pytest.fixture(scope="module")
def built(train):
    return make.pages(str(train))


def _norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u200b", "")
    return "".join(s.split()).casefold()


def _check_contract(p):
    assert isinstance(p, make.Page)
    assert p.text.strip()
    lines = p.text.split("\n")
    assert all(ln and ln == ln.strip() for ln in lines)
    for s in p.body:
        assert s and "\n" not in s and s in p.text
    assert all(k in KINDS and isinstance(v, str) for k, v in p.furniture)
    body_norm = {_norm(s) for s in p.body}
    assert not any(_norm(v) in body_norm for _, v in p.furniture)
    bi = fi = unl = 0
    for ln in lines:
        for n in range(1, 5):
            if bi + n <= len(p.body) and ln == " ".join(p.body[bi:bi + n]):
                bi += n
                break
        else:
            if fi < len(p.furniture) and ln == p.furniture[fi][1]:
                fi += 1
            else:
                unl += 1
    assert bi == len(p.body) and fi == len(p.furniture)
    assert unl <= 3


def test_constants():
    assert make.SEED == 4802
    assert make.BODY_ROWS == range(10_200, 10_300)
    assert make.RELATED_ROWS == range(10_300, 10_400)
    assert make.Page._fields == ("text", "body", "furniture", "layout")
    assert 18 <= len(make.LAYOUTS) <= 22
    assert len(set(make.LAYOUT_NAMES)) == len(make.LAYOUTS)


def test_contract_on_every_page(built):
    assert len(built) == len(USABLE_BODY)
    for p in built:
        _check_contract(p)
        make.check_page(p)


def test_layouts_in_order(built):
    assert [p.layout for p in built] == [make.LAYOUT_NAMES[k % len(make.LAYOUTS)] for k in range(len(built))]


def test_body_order_and_codes(built):
    for row, p in zip(USABLE_BODY, built):
        assert len(p.body) >= 5
        seq = []
        for s in p.body:
            codes = CODE.findall(_norm(s).upper())
            assert codes and all(int(r) == row for r, _ in codes), s
            seq += [int(j) for _, j in codes]
        assert seq == sorted(seq) and len(seq) == len(set(seq))
        # the lead caption (sentence 0) and the trailing byline are not body
        assert 0 not in seq
        assert not any("Minh Anh" in s for s in p.body)
        assert any(k == "byline" and "Minh Anh" in v for k, v in p.furniture)


def test_no_other_body_rows_text(built):
    for row, p in zip(USABLE_BODY, built):
        found = {int(m) for m in re.findall(r"R(\d{5})", _norm(p.text).upper())}
        assert found <= {row}
        assert "GARBAGE" not in p.text and "R00005" not in p.text


def test_related_only_from_related_rows(built):
    used = set()
    for p in built:
        used |= {int(m) for m in re.findall(r"Q(\d{5})", p.text)}
    assert used and used <= set(RELATED)
    # the filler after the 1,200-character cut never appears
    assert not any("Câu rất dài" in p.text for p in built)


def test_deterministic(train, built):
    assert make.pages(str(train)) == built


def test_single_read_stops_after_last_row(train, monkeypatch):
    opened, parsed, served = [], [], []
    real_open, real_loads = gzip.open, json.loads

    class Counting:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

        def __iter__(self):
            for i, line in enumerate(self.fh):
                served.append(i)
                yield line

    def fake_open(*a, **k):
        opened.append(a)
        return Counting(real_open(*a, **k))

    def fake_loads(s, *a, **k):
        parsed.append(s)
        return real_loads(s, *a, **k)

    monkeypatch.setattr(make.gzip, "open", fake_open)
    monkeypatch.setattr(make.json, "loads", fake_loads)
    make.pages(str(train))
    assert len(opened) == 1
    assert max(served) == make.LAST_ROW
    assert not any("GARBAGE" in (x if isinstance(x, str) else x.decode("utf-8", "replace")) for x in parsed)


def test_sentence_splitter():
    t = ('Ông H.D Kumar đến TP. HCM hôm qua. " Tôi vui. Rất vui ", ông nói. '
         'PGS. Lê An cho biết vậy. Còn nữa')
    assert make.split_sentences(t) == [
        "Ông H.D Kumar đến TP. HCM hôm qua.",
        '" Tôi vui. Rất vui ", ông nói.',
        "PGS. Lê An cho biết vậy.",
        "Còn nữa",
    ]


def test_make_pinned():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == MAKE_SHA256
