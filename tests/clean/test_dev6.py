"""eval/clean_dev6/make.py (held-out page set 6, written blind): well-formedness and a frozen hash.

The pages are built here from a tiny gzipped JSONL made in tmp, laid out like a slice of
the VietNews train file (blank and {} lines keep the row numbers); ../shared is never read.
"""
import gzip
import hashlib
import json
from pathlib import Path

import pytest
from scripts import load_script

MAKE = Path(__file__).resolve().parents[2] / "eval" / "clean_dev6" / "make.py"
TEST6_SHA256 = "ee8e862be454bbbd2d9d8653a76b66477a1166ce4a40c03bc493d05ae0f3d92a"
KINDS = {"byline", "credit", "caption", "related", "widget"}

SENTENCES = [
    "Sáng 12-3, Công an huyện Bình Chánh cho biết đã tạm giữ hai người để điều tra.",
    "Theo thông tin ban đầu, vụ việc xảy ra vào khoảng 22h tối hôm trước tại một quán ăn.",
    "Nhiều người dân đã chạy đến can ngăn nhưng không được.",
    "Ông Nguyễn Văn Tư, người chứng kiến, kể lại rằng hai nhóm cãi nhau từ chiều.",
    "Lực lượng chức năng đã có mặt và phong tỏa hiện trường ngay sau đó.",
    "Hiện vụ việc đang được cơ quan chức năng tiếp tục điều tra làm rõ.",
    "Đây là lần thứ ba trong năm nay địa phương ghi nhận sự việc tương tự.",
    "Chính quyền xã cho biết sẽ tăng cường tuần tra vào ban đêm.",
]


def _article(row: int) -> str:
    picked = [SENTENCES[(row + k) % len(SENTENCES)] for k in range(6)]
    if row % 3 == 0:          # the source's own junk: a glued read-more link and author name
        picked.append("Xem thêm > > Bí ẩn chuyến bay mất tích và lời giải cuối cùng Quốc Vinh")
    return " ".join(picked)


@pytest.fixture(scope="module")
def make():
    return load_script(MAKE, "clean_dev6_make")


@pytest.fixture(scope="module")
def train(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("test6") / "train.jsonl.gz"
    lines = []
    for n in range(15320):
        if n == 14999:            # just before the body rows: must not become a page
            row = {"id": "x", "title": "Dòng ngoài phạm vi không được dùng", "article": _article(1),
                   "summary": "Không dùng."}
        elif 15000 <= n < 15014:
            row = {"id": f"b{n}", "title": f"Tin số {n}: công an điều tra vụ việc ở Bình Chánh",
                   "article": _article(n), "summary": "Hai người bị tạm giữ sau vụ ẩu đả tại một quán ăn ở huyện Bình Chánh."}
        elif n >= 15300:
            row = {"id": f"r{n}", "title": f"Tiêu đề bài liên quan số {n} về giao thông đô thị",
                   "article": "Bài liên quan.", "summary": "Một đoạn tóm tắt của bài liên quan về giao thông đô thị "
                   f"số {n} được cắt ngắn để làm đoạn giới thiệu cho người đọc."}
        else:
            lines.append("{}" if n % 2 else "")
            continue
        lines.append(json.dumps(row, ensure_ascii=False))
    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    return path


def test_pages_are_deterministic_and_use_only_the_body_rows(make, train):
    first, second = make.pages(train), make.pages(train)
    assert first == second
    assert len(first) == 14
    assert {p.layout for p in first} == set(make.LAYOUTS)           # 14 rows cover all 12 layouts
    assert not any("Dòng ngoài phạm vi" in p.text for p in first)


def test_furniture_lines_are_lines_of_text_and_kinds_are_valid(make, train):
    for page in make.pages(train):
        lines = page.text.split("\n")
        assert 8 <= len(page.furniture) <= 15
        for kind, line in page.furniture:
            assert kind in KINDS
            assert line in lines
        story = {" ".join(page.body[i:j]) for i in range(len(page.body)) for j in range(i + 1, len(page.body) + 1)}
        rest = [line for line in lines if line not in story and line not in {f for _, f in page.furniture}]
        assert len(rest) == 2 and any(line.startswith("Tin số") for line in rest)   # the title and the date


def test_body_sentences_are_in_text_in_order_and_clean(make, train):
    for page in make.pages(train):
        assert len(page.body) >= 2
        at = 0
        for sentence in page.body:
            assert sentence.strip() == sentence and sentence
            at = page.text.index(sentence, at)
            assert not any(sentence in line for _, line in page.furniture)
        assert not any("Xem thêm" in s or "> >" in s or "Quốc Vinh" in s for s in page.body)


def test_sentence_cut(make):
    text = "Ông A ở TP. HCM nói vậy. Đúng thế. \" Tôi đồng ý? \", bà B hỏi. Năm 2018 mọi việc đã khác."
    assert make.sentences(text) == [
        "Ông A ở TP. HCM nói vậy. Đúng thế.", "\" Tôi đồng ý? \", bà B hỏi.", "Năm 2018 mọi việc đã khác."]


def test_make_py_is_frozen():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == TEST6_SHA256
