"""Held-out set 44 (language and script of the furniture), written blind as clean_test44, scored once, now a dev set: contract, determinism, single read, pin."""

import gzip
import hashlib
import importlib.util
import json
import re
import unicodedata
from pathlib import Path

import pytest

MAKE = Path(__file__).resolve().parents[2] / "eval" / "clean_dev44" / "make.py"
TEST44_SHA256 = "9a6cd065ceb193e11759cef57feddfa6fc12e16ffe86b249de39afaa84c11049"
KINDS = {"byline", "credit", "caption", "related", "widget"}


def load():
    spec = importlib.util.spec_from_file_location("clean_dev44_make", MAKE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def norm(s):
    s = unicodedata.normalize("NFC", s)
    for z in "\u200b\u200c\u200d\ufeff":
        s = s.replace(z, "")
    return "".join(s.split()).casefold()


SENTS = [
    "Sáng 12/3, đoàn kiểm tra của huyện Tân Lạc đã đến làm việc tại xã ven sông.",
    "Theo TS. Nguyễn Văn A., công trình cần được gia cố trước mùa mưa bão năm nay.",
    '" Chúng tôi sẽ hoàn thành trong tháng tới. Người dân yên tâm ", ông Bình nói.',
    "Nhiều hộ dân cho biết nước sông dâng cao khiến việc đi lại gặp khó khăn.",
    "Chính quyền địa phương đã bố trí lực lượng hỗ trợ người dân di dời tài sản.",
    "Dự kiến kinh phí sửa chữa khoảng 12 tỷ đồng, lấy từ nguồn ngân sách tỉnh.",
    "Trước đó, đoạn đê này từng bị sạt lở nhiều lần trong các năm gần đây.",
]


def article(i):
    body = " ".join(SENTS[(i + j) % len(SENTS)].replace("huyện", f"huyện số {i}") for j in range(5))
    tail = ["Minh Khang", "Lệ Hằng - Quốc Bảo", "Theo Báo Xóm Chài", ""][i % 4]
    return (body + " " + tail).strip()


def write_train(path):
    lines = []
    for i in range(19_720):
        if i in range(9_900, 10_000) or i in range(19_600, 19_700):
            if i % 17 == 0:
                lines.append("   ")  # blank: unusable
            elif i % 19 == 0:
                lines.append('{"title": "  ", "article": "x"}')  # empty title
            elif i % 23 == 0:
                lines.append("[1, 2]")  # not an object
            elif i % 29 == 0:
                lines.append("{broken json")
            else:
                lines.append(json.dumps({"id": i, "title": f"Tiêu đề thử nghiệm số {i} về đê sông",
                                         "article": article(i), "summary": "never read"}, ensure_ascii=False))
        elif i >= 19_700:
            lines.append("POISON not json")
        else:
            lines.append("")
    with gzip.open(path, "wt", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


def check_contract(page):
    assert page.text and "\r" not in page.text
    lines = page.text.split("\n")
    assert all(ln.strip() and ln == ln.strip() for ln in lines)
    assert page.body
    for b in page.body:
        assert b in page.text and "\n" not in b
    body_norm = {norm(b) for b in page.body}
    bi = fi = unlabelled = 0
    for ln in lines:
        for n in range(1, 5):
            if ln == " ".join(page.body[bi:bi + n]) and bi + n <= len(page.body):
                bi += n
                break
        else:
            assert norm(ln) not in body_norm
            if fi < len(page.furniture) and page.furniture[fi][1] == ln:
                assert page.furniture[fi][0] in KINDS
                fi += 1
            else:
                unlabelled += 1
    assert bi == len(page.body) and fi == len(page.furniture)
    assert unlabelled <= 3


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    path = tmp_path_factory.mktemp("t44") / "train.jsonl.gz"
    write_train(path)
    mod = load()
    real_open = mod.gzip.open
    stats = {"opens": 0, "lines": 0}

    class Counting:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *a):
            self.fh.close()

        def __iter__(self):
            for line in self.fh:
                stats["lines"] += 1
                yield line

    def counting_open(*a, **k):
        stats["opens"] += 1
        return Counting(real_open(*a, **k))

    mod.gzip.open = counting_open
    try:
        first = mod.pages(path)
    finally:
        mod.gzip.open = real_open
    second = mod.pages(path)
    return mod, first, second, stats


def test_contract(built):
    mod, pages, _, _ = built
    assert 60 <= len(pages) <= 100
    for p in pages:
        check_contract(p)
        assert p.layout in mod.LAYOUTS
    assert len({p.layout for p in pages}) == len(mod.LAYOUTS)
    assert 16 <= len(mod.LAYOUTS) <= 20
    assert {k for p in pages for k, _ in p.furniture} == KINDS


def test_rows_and_names(built):
    mod, pages, _, _ = built
    assert mod.SEED == 4444
    assert mod.BODY_ROWS == range(19_600, 19_700) and mod.RELATED_ROWS == range(9_900, 10_000)
    text = "\n".join(p.text for p in pages)
    assert "never read" not in text and "POISON" not in text
    for p in pages:
        flat = [unicodedata.normalize("NFC", t).replace("\u00a0", " ").replace("\u200b", "") for t in p.text.split("\n")]
        nums = [int(m) for t in flat for m in re.findall(r"(?i)(?:thử nghiệm số|thu nghiem so) (\d+)", t)]
        own = [n for n in nums if 19_600 <= n < 19_700]
        assert len(own) == 1 and all(n == own[0] or 9_900 <= n < 10_000 for n in nums)
        for m in (int(x) for t in flat for x in re.findall(r"(?i)(?:huyện số|huyen so) (\d+)", t)):
                assert m == own[0] or 9_900 <= m < 10_000  # never another body row's text


def test_deterministic(built):
    _, first, second, _ = built
    assert first == second


def test_single_read_stops_after_last_row(built):
    _, _, _, stats = built
    assert stats["opens"] == 1
    assert stats["lines"] == 19_700


def test_pinned():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == TEST44_SHA256
