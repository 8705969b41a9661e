"""Tests for the train5 page maker (commerce and advertising around the story).

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

MAKE = Path(__file__).resolve().parents[2] / "eval" / "clean_train5" / "make.py"
MAKE_SHA256 = "4c0c4946eb1db3c07d9eb8773b0311a55eb6627812c898297504606fcc80ffd9"


def _load():
    spec = importlib.util.spec_from_file_location("clean_train5_make", MAKE)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["clean_train5_make"] = mod
    spec.loader.exec_module(mod)
    return mod


make = _load()

BODY_USABLE = [10800, 10803, 10811, 10822, 10840, 10855, 10861, 10870, 10888, 10899]
UNUSABLE = {
    10801: b"",
    10802: b"this is not json {",
    10804: json.dumps(["title", "article"]).encode(),
    10805: json.dumps({"title": "   ", "article": "Một câu R10805 đủ dài để dùng làm thân bài ở đây."}).encode(),
    10806: json.dumps({"title": "Tiêu đề R10806", "article": 12345}).encode(),
    10807: b"   \t ",
}
RELATED_USABLE = [10900, 10905, 10917, 10933, 10950, 10971, 10999]
GARBAGE = b'{"title": "GARBAGE_AFTER_LAST", "article": "GARBAGE_AFTER_LAST sentence here. Another one."}'


def story_sentences(row):
    c = f"R{row}"
    return [
        f"Truyền thông quốc tế hôm 12/3 đưa tin nhà máy mã {c} ở ngoại ô thủ đô đã chính thức đi vào hoạt động sau ba năm xây dựng.",
        f"Theo TS. Trần Minh Khoa, dự án {c} có tổng vốn đầu tư khoảng 2.000 tỷ đồng và tạo việc làm cho hàng nghìn lao động địa phương.",
        f"\" Chúng tôi rất vui với kết quả của dự án {c}. Mọi việc đều diễn ra tốt đẹp \", bà Lê Thu Hà, giám đốc điều hành, nói.",
        f"Các chuyên gia nhận định mô hình {c} có thể được nhân rộng ra nhiều tỉnh thành khác trong thời gian tới.",
        f"PGS. Nguyễn Văn B. cho rằng bài học từ dự án {c} nằm ở khâu chuẩn bị mặt bằng và đào tạo nhân lực.",
        f"Người dân quanh khu vực {c} cho biết họ mong chờ thêm nhiều cơ hội việc làm ổn định hơn.",
        f"Chính quyền địa phương cam kết hỗ trợ thủ tục để nhà máy {c} mở rộng công suất vào năm sau.",
    ]


def article(row):
    return " ".join(story_sentences(row)) + " Minh Anh (Theo Reuters)"


def related_article(row):
    c = f"Q{row}"
    sents = [
        f"Một góc thành phố {c} nhìn từ trên cao.",
        f"Chính phủ nước này hôm qua công bố kế hoạch {c} nhằm cải thiện hạ tầng giao thông ở các đô thị lớn trong vòng năm năm tới.",
        f"Kế hoạch {c} dự kiến được triển khai theo ba giai đoạn, bắt đầu từ đầu năm sau với nguồn vốn từ ngân sách và tư nhân.",
    ] * 8
    return " ".join(sents)


@pytest.fixture(scope="module")
def train_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("t5") / "train.jsonl.gz"
    last = make.LAST_ROW
    lines = []
    for i in range(last + 6):
        if i > last:
            lines.append(GARBAGE)
        elif i in BODY_USABLE:
            lines.append(json.dumps({"id": i, "title": f"Tin tức số {i} về nhà máy mới", "article": article(i), "summary": "x"}, ensure_ascii=False).encode())
        elif i in UNUSABLE:
            lines.append(UNUSABLE[i])
        elif i in RELATED_USABLE:
            lines.append(json.dumps({"title": f"Tiêu đề liên quan Q{i} ở nước ngoài", "article": related_article(i)}, ensure_ascii=False).encode())
        elif i == 7:
            lines.append(json.dumps({"title": "R7 ngoài phạm vi", "article": article(7)}, ensure_ascii=False).encode())
        else:
            lines.append(b"")
    with gzip.open(path, "wb") as fh:
        fh.write(b"\n".join(lines) + b"\n")
    return path


@pytest.fixture(scope="module")
def built(train_file):
    return make.pages(train_file)


def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u200b", "").replace("\u00a0", " ")
    return " ".join(s.split())


def test_constants():
    assert make.SEED == 4805
    assert make.BODY_ROWS == range(10_800, 10_900)
    assert make.RELATED_ROWS == range(10_900, 11_000)
    assert make.Page._fields == ("text", "body", "furniture", "layout")
    assert 18 <= len(make.LAYOUTS) <= 22


def test_count_and_layout_order(built):
    assert len(built) == len(BODY_USABLE)
    names = [n for n, _, _ in make.LAYOUTS]
    assert [p.layout for p in built] == [names[k % len(names)] for k in range(len(built))]


def test_contract(built):
    for p in built:
        make.check_page(p)
        assert isinstance(p, make.Page)
        lines = p.text.split("\n")
        assert all(ln and ln == ln.strip() for ln in lines)
        assert p.body and all(s in p.text and "\n" not in s for s in p.body)
        assert all(k in make.KINDS for k, _ in p.furniture)
        body_lines = []
        i = 0
        for ln in lines:
            n = 0
            rest = ln
            while i + n < len(p.body) and rest.startswith(p.body[i + n]):
                rest = rest[len(p.body[i + n]):]
                n += 1
                if not rest.startswith(" "):
                    break
                rest = rest[1:]
            if n and rest == "":
                body_lines.append(ln)
                i += n
        assert i == len(p.body)
        fur_lines = [ln for _, ln in p.furniture]
        others = [ln for ln in lines if ln not in body_lines]
        it = iter(others)
        assert all(any(f == o for o in it) for f in fur_lines), "furniture not in text order"
        assert len(others) - len(fur_lines) <= 3
        bkeys = {make.key(s) for s in p.body}
        assert not any(make.key(ln) in bkeys for ln in fur_lines)


def test_body_order_and_codes(built):
    _check_body_order(built)


def _check_body_order(built):
    for row, p in zip(BODY_USABLE, built):
        src = [norm(s) for s in story_sentences(row)]
        pos = -1
        for item in p.body:
            t = norm(item)
            assert f"R{row}" in t
            # one sentence, or two glued with no space
            cands = [j for j in range(len(src)) if t == src[j]]
            cands += [j + 1 for j in range(len(src) - 1) if t == src[j] + src[j + 1]]
            assert cands and min(c for c in cands) > pos, (row, item)
            pos = min(cands)


def test_faults_keep_contract(train_file, monkeypatch):
    monkeypatch.setattr(make, "FAULT_RATE", 1.0)
    ps = make.pages(train_file)
    for p in ps:
        make.check_page(p)
    _check_body_order(ps)
    text = "\n".join(p.text for p in ps)
    body = "\n".join(s for p in ps for s in p.body)
    assert "\u00a0" in body or "\u200b" in body or "  " in body
    assert any(unicodedata.normalize("NFC", p.text) != p.text for p in ps)
    assert any(len(p.body) < len(story_sentences(0)) for p in ps), "no glued sentences"
    assert "\u200b" in text


def test_no_foreign_codes(built):
    for row, p in zip(BODY_USABLE, built):
        codes = set(re.findall(r"R\d+", p.text))
        assert codes <= {f"R{row}"}, (row, codes)
        assert "GARBAGE" not in p.text
        assert "R7 " not in p.text and "R10805" not in p.text and "R10806" not in p.text


def test_related_text_used(built):
    text = "\n".join(p.text for p in built)
    assert re.search(r"Q\d+", text)


def test_deterministic(train_file, built):
    assert make.pages(train_file) == built


def test_reads_once_and_stops(train_file, monkeypatch):
    seen = {"opens": 0, "lines": 0}
    parsed = []
    real_open, real_loads = make.gzip.open, make.json.loads

    class Counting:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *a):
            self.fh.close()

        def __iter__(self):
            for raw in self.fh:
                seen["lines"] += 1
                yield raw

    def fake_open(path, mode="rb", *a, **k):
        seen["opens"] += 1
        return Counting(real_open(path, mode, *a, **k))

    def fake_loads(s, *a, **k):
        parsed.append(s)
        return real_loads(s, *a, **k)

    monkeypatch.setattr(make.gzip, "open", fake_open)
    monkeypatch.setattr(make.json, "loads", fake_loads)
    make.pages(train_file)
    assert seen["opens"] == 1
    assert seen["lines"] == make.LAST_ROW + 1
    assert not any("GARBAGE" in (p if isinstance(p, str) else p.decode()) for p in parsed)
    assert not any("R7 ngoài" in (p if isinstance(p, str) else p.decode()) for p in parsed)


def test_check_page_rejects_broken(built):
    p = built[0]
    bad = make.Page(p.text + "\n" + p.body[0], p.body, p.furniture + [("widget", p.body[0])], p.layout)
    with pytest.raises(ValueError):
        make.check_page(bad)
    bad2 = make.Page(p.text + "\nmột dòng lạ\ndòng lạ thứ hai\nthứ ba\nthứ tư", p.body, p.furniture, p.layout)
    with pytest.raises(ValueError):
        make.check_page(bad2)


def test_sentence_splitter():
    s = make.split_sentences("TS. Lê An nói TP. HCM đẹp. \" Tôi vui. Rất vui \", ông nói. Ông John F. Kennedy đến.")
    assert s == ["TS. Lê An nói TP. HCM đẹp.", "\" Tôi vui. Rất vui \", ông nói.", "Ông John F. Kennedy đến."]


def test_sha256_pin():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == MAKE_SHA256
