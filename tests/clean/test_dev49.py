"""Tests for eval/clean_dev49 (pages by how pictures and media are shown), written blind as clean_test49 and scored
as the test, now a dev set. Synthetic data only; never reads /work/shared."""
from __future__ import annotations

import gzip
import hashlib
import importlib.util
import json
import re
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MAKE = ROOT / "eval" / "clean_dev49" / "make.py"
MAKE_SHA256 = "b55896649e25585e8a83a59e13741239a12fb646efddad8b806ab6fe6cd3df27"

KINDS = {"byline", "credit", "caption", "related", "widget"}


def _load():
    spec = importlib.util.spec_from_file_location("clean_dev49_make", MAKE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


make = _load()

USABLE_BODY = [9800, 9801, 9803, 9806, 9810, 9815, 9822, 9840, 9871, 9899]
UNUSABLE_BODY = {
    9802: "",                                             # blank
    9804: "this is { not json",                           # not JSON
    9805: json.dumps([1, 2, 3]),                          # a JSON list
    9807: json.dumps({"title": "   ", "article": "Bài viết R9807 có đủ chữ để dùng."}),
    9808: json.dumps({"title": "Tiêu đề R9808", "article": 12345}),
    9809: json.dumps({"title": "Tiêu đề R9809", "article": "   "}),
}
RELATED = list(range(9900, 9960, 2))


def _body_article(row):
    c = f"R{row}"
    sents = [
        f"Người dân xếp hàng trước nhà ga {c} ở Hà Nội sáng nay.",
        f"Ông Nguyễn Văn An, giám đốc dự án {c}, cho biết công trình đã hoàn thành sau hai năm thi công.",
        f"TP. Hồ Chí Minh cũng đang chuẩn bị một dự án tương tự mang mã {c} trong năm tới.",
        f'" Chúng tôi rất vui với kết quả của dự án {c}. Người dân sẽ được hưởng lợi nhiều ", ông An nói.',
        f"Theo kế hoạch, tuyến đường {c} sẽ đón khoảng 20.000 hành khách mỗi ngày trong giai đoạn đầu.",
        f"Các chuyên gia nhận định dự án {c} giúp giảm đáng kể tình trạng ùn tắc giao thông ở khu vực trung tâm.",
        f"Bà Trần Thị Lan, một người dân sống gần công trình {c}, bày tỏ sự hài lòng với chất lượng thi công.",
        f"Chính quyền thành phố cho biết sẽ tiếp tục đầu tư thêm hạ tầng cho khu vực {c} trong thời gian tới.",
        f"Dự án {c} được khởi công từ tháng 3/2017 với tổng vốn đầu tư hơn 1.000 tỷ đồng.",
    ]
    return " ".join(sents) + " Minh Anh (Theo AFP)"


def _related_article(row):
    c = f"Q{row}"
    return (f"Binh sĩ tuần tra tại khu vực biên giới phía bắc {c} hôm qua. "
            f"Quân đội nước này cho biết đã tăng cường lực lượng tại khu vực {c} sau nhiều vụ việc căng thẳng trong tháng trước. "
            f"Các quan chức địa phương kêu gọi người dân bình tĩnh và tuân thủ hướng dẫn của lực lượng chức năng {c}. "
            f"Hàng trăm gia đình đã được sơ tán khỏi các ngôi làng gần khu vực {c} trong tuần này. "
            f"Tình hình hiện đã tạm lắng nhưng giới quan sát vẫn lo ngại xung đột có thể bùng phát trở lại {c}.")


@pytest.fixture()
def train(tmp_path):
    last = make.LAST_ROW
    lines = []
    for i in range(last + 6):
        if i in USABLE_BODY:
            lines.append(json.dumps({"id": i, "title": f"Khánh thành công trình giao thông R{i}",
                                     "article": _body_article(i), "summary": "x"}, ensure_ascii=False))
        elif i in UNUSABLE_BODY:
            lines.append(UNUSABLE_BODY[i])
        elif i in RELATED:
            lines.append(json.dumps({"title": f"Căng thẳng leo thang ở biên giới Q{i}",
                                     "article": _related_article(i)}, ensure_ascii=False))
        elif i == 9950:
            lines.append("[\"related list\"]")
        elif i > last:
            lines.append("GARBAGE {{{ never parse me R9800 " + str(i))
        else:
            lines.append("")
    p = tmp_path / "train.jsonl.gz"
    with gzip.open(p, "wb") as fh:
        fh.write("\n".join(lines).encode("utf-8"))
    return p


def _norm(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub(r"[\u200b\u200c\u200d\u2060\ufeff]", "", s)
    return re.sub(r"\s+", "", s).casefold()


def _check_contract(p):
    assert isinstance(p, make.Page)
    lines = p.text.split("\n")
    assert all(ln and ln == ln.strip() for ln in lines)
    assert p.body
    for s in p.body:
        assert isinstance(s, str) and s and "\n" not in s and s in p.text
    bn = {_norm(s) for s in p.body}
    for k, ln in p.furniture:
        assert k in KINDS
        assert _norm(ln) not in bn
    bi = fi = unl = 0
    for ln in lines:
        if fi < len(p.furniture) and ln == p.furniture[fi][1]:
            fi += 1
            continue
        for n in range(1, 5):
            if ln == " ".join(p.body[bi:bi + n]) and bi + n <= len(p.body):
                bi += n
                break
        else:
            unl += 1
    assert bi == len(p.body) and fi == len(p.furniture) and unl <= 3


def test_constants():
    assert make.SEED == 4949
    assert make.BODY_ROWS == range(9_800, 9_900)
    assert make.RELATED_ROWS == range(9_900, 10_000)
    assert make.Page._fields == ("text", "body", "furniture", "layout")
    assert 18 <= len(make.LAYOUTS) <= 22
    assert len(set(make.LAYOUT_NAMES)) == len(make.LAYOUT_NAMES)


def test_pages_contract_order_codes(train):
    ps = make.pages(train)
    assert len(ps) == len(USABLE_BODY)
    codes = [f"R{r}" for r in USABLE_BODY]
    for k, (p, row) in enumerate(zip(ps, USABLE_BODY)):
        _check_contract(p)
        assert make.check_page(p)
        assert p.layout == make.LAYOUT_NAMES[k % len(make.LAYOUT_NAMES)]
        own = f"R{row}"
        assert all(own in s for s in p.body)
        art = _norm(_body_article(row))
        pos = [art.find(_norm(s)) for s in p.body]
        assert all(x >= 0 for x in pos) and pos == sorted(pos)
        assert len(p.body) >= 5
        txt = _norm(p.text)
        for c in codes:
            if c != own:
                assert c.lower() not in txt
        for q in re.findall(r"Q(\d{4})", p.text):
            assert int(q) in RELATED
        assert ("byline", _norm("Minh Anh")) in [(k, _norm(ln)) for k, ln in p.furniture]


def test_deterministic(train):
    assert make.pages(train) == make.pages(train)


def test_single_read_stops_at_last_row(train, monkeypatch):
    real_open = gzip.open
    seen = {"opens": 0, "max": -1}

    class Spy:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *a):
            self.fh.close()

        def __iter__(self):
            for i, line in enumerate(self.fh):
                if i > make.LAST_ROW:
                    raise AssertionError("read past the last needed row")
                seen["max"] = i
                yield line

    def fake_open(path, mode="rb", *a, **kw):
        seen["opens"] += 1
        return Spy(real_open(path, mode, *a, **kw))

    monkeypatch.setattr(make.gzip, "open", fake_open)
    ps = make.pages(train)
    assert ps and seen["opens"] == 1 and seen["max"] == make.LAST_ROW == 9_999


def test_sentence_splitter():
    s = make.split_sentences('TP. HCM có mưa lớn. " Tôi ra ngoài. Trời tối ", ông nói. J. Smith đến. PGS. Lan nói vậy.')
    assert s == ["TP. HCM có mưa lớn.", '" Tôi ra ngoài. Trời tối ", ông nói.', "J. Smith đến.", "PGS. Lan nói vậy."]


def test_make_pinned():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == MAKE_SHA256
