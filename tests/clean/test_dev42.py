"""Tests for eval/clean_dev42/make.py (written blind as clean_test42, now a dev set; synthetic data only; never reads /work/shared)."""
import gzip
import hashlib
import importlib.util
import json
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MAKE = ROOT / "eval" / "clean_dev42" / "make.py"
TEST42_SHA256 = "9136ec72010f0c156b11b420f2562b5d27a73a46bdfdf145aaf0b8ac74e84ad5"


def load():
    spec = importlib.util.spec_from_file_location("clean_dev42_make", MAKE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


S = ["Sáng 3/4, Công an huyện Yên Bình cho biết đã tiếp nhận tin báo về vụ việc xảy ra trên quốc lộ.",
     "Theo TS. Nguyễn Văn A., nguyên nhân ban đầu được xác định là do mưa lớn kéo dài nhiều ngày.",
     "Người dân địa phương đã kịp thời hỗ trợ lực lượng chức năng đưa các nạn nhân ra khỏi hiện trường.",
     "Hiện trường vụ tai nạn trên quốc lộ.",
     "Ảnh: Thanh Hùng Lực lượng cứu hộ đã có mặt sau khoảng 30 phút kể từ khi nhận tin báo.",
     "“ Chúng tôi sẽ làm rõ trách nhiệm của các đơn vị liên quan. Vụ việc phải được xử lý nghiêm ”, ông Bình nói.",
     "UBND TP. Hà Nội yêu cầu các sở ngành phối hợp kiểm tra toàn bộ khu vực có nguy cơ sạt lở.",
     "Trước đó, nhiều hộ dân đã phản ánh tình trạng nứt tường và lún nền nhà trong khu dân cư."]


def article(i):
    return " ".join(S[j % len(S)] for j in range(i % 3, i % 3 + 8)) + " Quốc Thắng"


def rel_article(i):
    return ("Xe cứu hộ làm việc tại hiện trường. " + " ".join(
        f"Đây là câu số {j} của bài liên quan số {i}, được viết đủ dài để làm đoạn giới thiệu." for j in range(30)))


UNUSABLE = {18_103: "", 18_110: "   ", 18_121: "{not json", 18_133: "[1, 2]",
            18_150: json.dumps({"title": "  ", "article": "x"}), 18_160: json.dumps({"title": "T", "article": 5}),
            9_705: json.dumps({"title": "T"})}


@pytest.fixture(scope="module")
def train(tmp_path_factory):
    p = tmp_path_factory.mktemp("t42") / "train.jsonl.gz"
    lines = []
    for i in range(18_230):
        if i in UNUSABLE:
            lines.append(UNUSABLE[i])
        elif 18_100 <= i < 18_200:
            lines.append(json.dumps({"title": f"Tiêu đề bài {i}\u2028số", "article": article(i), "summary": "x"},
                                    ensure_ascii=False))
        elif 9_700 <= i < 9_800:
            lines.append(json.dumps({"title": f"Tin liên quan số {i}", "article": rel_article(i)}, ensure_ascii=False))
        else:
            lines.append('{"title": "", "article": ""}')
    with gzip.open(p, "wb") as fh:
        fh.write("\n".join(lines).encode("utf-8") + b"\n")
    return p


def test_contract(train):
    m = load()
    ps = m.pages(train)
    n_usable_body = 100 - sum(1 for k in UNUSABLE if k >= 18_100)
    assert len(ps) == n_usable_body
    assert {p.layout for p in ps} == set(m.LAYOUTS)
    assert [p.layout for p in ps] == [m.LAYOUTS[k % len(m.LAYOUTS)] for k in range(len(ps))]
    for p in ps:
        m.check(p)
        assert isinstance(p, m.Page)
        nb = {m.norm(b) for b in p.body}
        for b in p.body:
            assert b in p.text and "\n" not in b
            assert "Ảnh:" not in b and "Quốc Thắng" not in b
            assert not b.startswith("Hiện trường vụ tai nạn")
        for kind, line in p.furniture:
            assert kind in m.KINDS and line in p.text.split("\n")
            assert m.norm(line) not in nb
        assert ("byline", "Quốc Thắng") in p.furniture or ("byline", unicodedata.normalize("NFD", "Quốc Thắng")) in p.furniture
        unl = [l for l in p.text.split("\n") if l not in {t for _, t in p.furniture} and not any(b in l for b in p.body)]
        assert len(unl) <= 3


def test_deterministic(train):
    a, b = load().pages(train), load().pages(train)
    assert a == b


def test_read_once_and_stop(train, monkeypatch):
    m = load()
    opened, consumed = [], []
    real_open = gzip.open

    class Counting:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *a):
            self.fh.close()

        def __iter__(self):
            for line in self.fh:
                consumed.append(line)
                yield line

    def fake_open(path, mode="rb", *a, **k):
        opened.append(path)
        return Counting(real_open(path, mode, *a, **k))

    monkeypatch.setattr(m.gzip, "open", fake_open)
    m.pages(train)
    assert len(opened) == 1
    assert len(consumed) == max(max(m.BODY_ROWS), max(m.RELATED_ROWS)) + 1


def test_splitter_and_rows():
    m = load()
    s = m.split_sentences("TS. Lê A. nói vậy. “ Một. Hai ”, ông nói. TP. HCM mưa lớn! Ảnh: B")
    assert s == ["TS. Lê A. nói vậy.", "“ Một. Hai ”, ông nói.", "TP. HCM mưa lớn!", "Ảnh: B"]
    assert m.BODY_ROWS == range(18_100, 18_200) and m.RELATED_ROWS == range(9_700, 9_800) and m.SEED == 4242


def test_sha256_pinned():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == TEST42_SHA256
