"""Dev set 5, once held-out set 4 (eval/clean_dev5/make.py) is well formed and frozen.

Only the set's shape is checked here, never the cleaner: every furniture line is a line of the page,
every body sentence is in the page, kinds are the five known ones, output is the same on every call,
and rows outside the two line ranges are never used. The file's sha256 is pinned so the set cannot
change unnoticed.
"""
import gzip
import hashlib
import json
from pathlib import Path

import pytest
from scripts import load_script

MAKE = Path(__file__).resolve().parents[2] / "eval" / "clean_dev5" / "make.py"
HELDOUT4_SHA256 = "2928a12b438b6fb3eb8b5c325eff2722428469c5380f3038964bd5d1a6247899"
KINDS = {"byline", "credit", "caption", "related", "widget"}
UNUSED_TITLE = "Dòng ngoài phạm vi không được dùng"


def _load():
    return load_script(MAKE, "clean_heldout4_make")


def _row(i: int, title: str) -> dict:
    article = (
        f"Sáng {i % 28 + 1}/5, UBND huyện Đông Anh tổ chức hội nghị tổng kết dự án số {i}. "
        f"Theo báo cáo, công trình đã hoàn thành sau {i + 3} tháng thi công liên tục. "
        "“ Chúng tôi sẽ tiếp tục theo dõi chất lượng công trình ”, ông Lê Văn Hòa nói. "
        f"Tổng vốn đầu tư là {i * 7 + 12} tỷ đồng, chủ yếu từ ngân sách tỉnh. "
        "Người dân địa phương bày tỏ sự phấn khởi khi con đường mới được đưa vào sử dụng. "
        "Dự kiến trong năm tới, huyện sẽ mở rộng thêm hai tuyến đường liên xã. Minh Trang"
    )
    return {"id": f"t-{i}", "title": title, "article": article,
            "summary": f"Dự án số {i} ở huyện Đông Anh đã hoàn thành đúng tiến độ và được người dân đồng tình."}


@pytest.fixture(scope="module")
def train_slice(tmp_path_factory) -> Path:
    """A gzipped JSONL with rows only at the line numbers the set reads (and one decoy outside)."""
    path = tmp_path_factory.mktemp("heldout4") / "slice.jsonl.gz"
    rows = {19_299: _row(0, UNUSED_TITLE)}
    for k in range(40):
        rows[19_300 + k] = _row(k, f"Huyện Đông Anh hoàn thành dự án giao thông số {k}")
    for k in range(12):
        rows[19_600 + k] = _row(100 + k, f"Tin khác số {k}: Hà Nội mở thêm tuyến xe buýt điện")
    with gzip.open(path, "wt", encoding="utf-8") as f:
        for i in range(19_997):
            f.write((json.dumps(rows[i], ensure_ascii=False) if i in rows else "{}") + "\n")
    return path


def test_pages_are_deterministic(train_slice):
    as_tuples = lambda ps: [(p.text, p.body, p.furniture, p.layout) for p in ps]
    first, second = _load().pages(train_slice), _load().pages(train_slice)
    assert len(first) == 40
    assert as_tuples(first) == as_tuples(second)


def test_every_page_is_well_formed(train_slice):
    pages = _load().pages(train_slice)
    assert len({p.layout for p in pages}) >= 5
    for page in pages:
        lines = page.text.split("\n")
        assert page.furniture and page.body
        for kind, line in page.furniture:
            assert kind in KINDS
            assert line in lines, line
        for sentence in page.body:
            assert sentence in page.text, sentence
        furniture_lines = {line for _, line in page.furniture}
        title = next(line for line in lines if line.startswith("Huyện Đông Anh hoàn thành"))
        assert title not in furniture_lines and title not in page.body
        assert not any(s in line for line in furniture_lines for s in page.body)


def test_rows_outside_the_ranges_are_never_used(train_slice):
    for page in _load().pages(train_slice):
        assert UNUSED_TITLE not in page.text


def test_generator_file_is_frozen():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == HELDOUT4_SHA256
