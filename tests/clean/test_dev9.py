"""Well-formedness of the blind held-out page set 9 (eval/clean_dev9/make.py) on a tiny train file."""
from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

import pytest
from scripts import load_script

MAKE = Path(__file__).resolve().parents[2] / "eval" / "clean_dev9" / "make.py"
DEV9_SHA256 = "93c57a43d1013035523dfd30703d9b5657cc185c26bcbc76c2d5cfe3b226cce2"

_SHARED = "Giá vàng hôm nay tiếp tục tăng mạnh."
_ARTICLES = [
    ("Ngân hàng Nhà nước vừa công bố tỷ giá trung tâm mới. Theo ông Nguyễn Văn Bình, tỷ giá sẽ ổn định "
     "trong quý tới. Các ngân hàng thương mại điều chỉnh giá mua bán USD tăng 20 đồng. " + _SHARED),
    ("Sáng 12-3, tại TP. HCM, Sở Giao thông vận tải tổ chức họp báo về dự án metro số 1. Ông Trần Quang "
     "Phượng cho biết dự án đã hoàn thành 80% khối lượng. \" Chúng tôi sẽ cố gắng vận hành thử vào cuối năm \", "
     "ông Phượng nói. Người dân mong tuyến metro sớm đi vào hoạt động!"),
    ("Bộ Y tế khuyến cáo người dân chủ động phòng bệnh sốt xuất huyết. Số ca mắc tăng 30% so với cùng kỳ. "
     "Vì sao dịch bùng phát sớm? Các chuyên gia cho rằng thời tiết nồm ẩm là nguyên nhân chính."),
]


def _load():
    return load_script(MAKE, "clean_dev9_make")


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> Path:
    """Rows 16,000-16,005 (two unusable) and 16,300-16,303 (one `{}`); every other line blank."""
    rows: dict[int, str] = {
        16000: json.dumps({"id": "a", "title": "Tỷ giá trung tâm tăng nhẹ", "article": _ARTICLES[0], "summary": "Tỷ giá tăng."}),
        16001: "{}",
        16002: json.dumps({"id": "b", "title": "Metro số 1 sắp chạy thử", "article": _ARTICLES[1], "summary": "Metro về đích."}),
        16003: "",
        16004: json.dumps({"id": "c", "title": "Không có bài", "summary": "Thiếu article."}),
        16005: json.dumps({"id": "d", "title": "Sốt xuất huyết tăng", "article": _ARTICLES[2], "summary": ""}),
        16300: json.dumps({"id": "r1", "title": _SHARED, "article": "Vàng SJC lên 50 triệu đồng. Người mua đổ xô.", "summary": "Vàng tăng."}),
        16301: "{}",
        16302: json.dumps({"id": "r2", "title": "Hà Nội mưa rét kéo dài", "article": "Trời rét đậm ở Bắc Bộ. Nhiệt độ xuống 8 độ C.", "summary": _SHARED}),
        16303: json.dumps({"id": "r3", "title": "Đội tuyển thắng đậm", "article": "Đội tuyển thắng 3-0 trên sân nhà tối qua.", "summary": "Chiến thắng."}),
    }
    path = tmp_path_factory.mktemp("train") / "train.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for n in range(16_310):
            fh.write(rows.get(n, "") + "\n")
    return path


def test_pages_are_deterministic_and_one_per_usable_row(tiny):
    make = _load()
    first, second = make.pages(tiny), _load().pages(tiny)
    assert [(p.text, p.body, p.furniture, p.layout) for p in first] == \
        [(p.text, p.body, p.furniture, p.layout) for p in second]
    assert len(first) == 3                       # 16000, 16002, 16005; `{}`, blank, no-article skipped
    assert [p.body[0][:20] for p in first] == [a[:20] for a in _ARTICLES]


def test_every_page_is_well_formed(tiny):
    make = _load()
    for page in make.pages(tiny):
        lines = page.text.split("\n")
        assert page.layout in make.LAYOUTS
        assert page.body and all(s and s in page.text for s in page.body)
        assert page.furniture, page.layout
        for kind, line in page.furniture:
            assert kind in make.KINDS
            assert line in lines
            assert not any(s in line for s in page.body), (kind, line)
        furniture = {line for _, line in page.furniture}
        rest = [ln for ln in lines if ln not in furniture]
        body_lines = [ln for ln in rest if any(ln.startswith(s) for s in page.body)]
        assert " ".join(body_lines) == " ".join(page.body)   # paragraphs: whole sentences, in order
        assert len(rest) - len(body_lines) <= 3               # only title, date and site name besides


def test_related_line_carrying_a_body_sentence_is_left_out(tiny):
    """Row 16,300's title is a sentence of row 16,000's story: it may never be furniture there."""
    make = _load()
    page = make.pages(tiny)[0]
    assert _SHARED in page.body
    assert all(_SHARED not in line for _, line in page.furniture)


def test_all_layouts_build_on_the_tiny_file(tiny, monkeypatch):
    make = _load()
    for layout in make.LAYOUTS:
        monkeypatch.setattr(make, "LAYOUTS", (layout,))
        for page in make.pages(tiny):
            assert page.layout == layout
            assert all(s in page.text for s in page.body)
            for kind, line in page.furniture:
                assert kind in make.KINDS and line in page.text.split("\n")
                assert not any(s in line for s in page.body), (layout, kind, line)


def test_make_py_is_frozen():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == DEV9_SHA256
