"""Well-formedness of page set eval/clean_dev18 (issue 21; written blind as test18), on a tiny train file made here."""
from __future__ import annotations

import gzip
import hashlib
import json
import re
import unicodedata
from pathlib import Path

import pytest
from scripts import load_script

MAKE = Path(__file__).resolve().parents[2] / "eval" / "clean_dev18" / "make.py"
TEST18_SHA256 = "76bd5996661ef1ff740a6e16f99d538045f871cfdf0b54cb88e00df19db6237c"

STORY = ("Người dân đứng xem đoàn xe cứu hộ tiến vào khu vực bị sạt lở ở huyện miền núi. "
         "Chính quyền tỉnh cho biết đã sơ tán hơn 300 hộ dân khỏi vùng nguy hiểm trong đêm 12/10. "
         "\" Chúng tôi phải di chuyển người già và trẻ em trước tiên \", một cán bộ xã nói với phóng viên. "
         "Mưa lớn kéo dài ba ngày khiến nhiều tuyến đường liên xã bị chia cắt hoàn toàn. "
         "Lực lượng quân đội đã được điều động để hỗ trợ người dân khắc phục hậu quả. "
         "Theo dự báo, mưa sẽ giảm dần từ cuối tuần này nhưng nguy cơ lũ quét vẫn còn cao. ")
TAILS = {  # what VietNews glues after the last sentence -> the furniture lines it must become
    "Huyền Lê (Theo CNN)": [("byline", "Huyền Lê"), ("credit", "(Theo CNN)")],
    "Xem thêm: Lũ quét cuốn trôi cầu treo ở Lào Cai": [("related", "Xem thêm: Lũ quét cuốn trôi cầu treo ở Lào Cai")],
    "Ký tên Người qua đường * Bài viết thể hiện quan điểm riêng của tác giả": [
        ("byline", "Ký tên Người qua đường"), ("widget", "* Bài viết thể hiện quan điểm riêng của tác giả")],
    "Đ. Đ": [("byline", "Đ. Đ")],
    "": [],
}
SKIP = {11_302: "", 11_305: "{}", 11_307: '{"id": "x", "title": "Không có nội dung"}', 11_309: "{not json",
        11_311: '{"id": "y", "title": "Bài trống", "article": "   "}'}


def _load():
    return load_script(MAKE, "clean_dev18_make")


def _write(path: Path, mod, cut_related: bool) -> list[int]:
    n_body = 2 * len(mod.LAYOUTS) + 3
    tails = list(TAILS)
    lines, usable = [], []
    for n in range(mod.RELATED_ROWS.stop):
        start = mod.BODY_ROWS.start
        if n in SKIP:
            lines.append(SKIP[n])
        elif start <= n < start + n_body:
            k = n - start
            art = f"Bản tin số {k} kể lại diễn biến mới ở tỉnh số {k}. " + STORY * (1 + k % 3) + tails[k % len(tails)]
            lines.append(json.dumps({"id": str(n), "title": f"Sạt lở nghiêm trọng ở tỉnh số {k}", "article": art,
                                     "summary": "x"}, ensure_ascii=False))
            usable.append(n)
        elif n in mod.RELATED_ROWS and n % 4:
            art = (f"Ảnh chụp tại lễ hội số {n} ở Huế. " + f"Nội dung dài của bài khác số {n} tiếp tục ở đây. " * 40)
            if cut_related:
                art = art[:1200]
            lines.append(json.dumps({"id": str(n), "title": f"Câu chuyện khác số {n} được nhiều người quan tâm",
                                     "article": art, "summary": "y"}, ensure_ascii=False))
        else:
            lines.append("")
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    return usable


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    mod = _load()
    tmp = tmp_path_factory.mktemp("t18")
    usable = _write(tmp / "train.jsonl.gz", mod, cut_related=False)
    _write(tmp / "cut.jsonl.gz", mod, cut_related=True)
    return mod, tmp, usable, mod.pages(tmp / "train.jsonl.gz")


def _key(pages):
    return [(p.text, p.body, p.furniture, p.layout) for p in pages]


def test_pages_are_deterministic_and_one_per_usable_row(built):
    mod, tmp, usable, pages = built
    assert _key(pages) == _key(mod.pages(tmp / "train.jsonl.gz"))
    assert len(pages) == len(usable)
    assert {p.layout for p in pages} == set(mod.LAYOUTS)
    assert 14 <= len(mod.LAYOUTS) <= 18 and mod.KINDS == ("byline", "credit", "caption", "related", "widget")


def test_pages_do_not_change_when_related_rows_are_cut_to_1200_chars(built):
    mod, tmp, _, pages = built
    assert _key(pages) == _key(mod.pages(tmp / "cut.jsonl.gz"))


def test_every_page_is_well_formed(built):
    mod, _, _, pages = built
    for page in pages:
        lines = page.text.split("\n")
        assert all(line and line == line.strip() for line in lines), page.layout
        assert page.layout in mod.LAYOUTS
        assert page.body and all(s in page.text for s in page.body)
        assert {kind for kind, _ in page.furniture} <= set(mod.KINDS)
        for kind, line in page.furniture:
            assert line in lines, (page.layout, line)
            assert not any(s in line for s in page.body), (page.layout, kind, line)
        body_lines = [ln for ln in lines if any(s in ln for s in page.body)]
        assert " ".join(body_lines) == " ".join(page.body)
        # every line is body, furniture, or one of at most three title/date/source lines
        furniture_lines = {line for _, line in page.furniture}
        assert len([ln for ln in lines if ln not in furniture_lines and ln not in body_lines]) <= 3, page.layout
        assert len(page.furniture) >= 5, page.layout
        # related lists and captions come from other stories, never from this one
        assert not any("tỉnh số" in line for kind, line in page.furniture if kind in ("related", "caption"))


def test_article_trailers_are_furniture_not_body(built):
    _, _, _, pages = built
    tails = list(TAILS)
    trailer_lines = [line for parts in TAILS.values() for _, line in parts]
    for page in pages:
        body = [unicodedata.normalize("NFC", s) for s in page.body]
        furniture = {(kind, unicodedata.normalize("NFC", line)) for kind, line in page.furniture}
        k = int(re.match(r"Bản tin số (\d+) ", body[0]).group(1))
        assert set(TAILS[tails[k % len(tails)]]) <= furniture, (page.layout, k)
        assert body[-1].endswith("."), page.layout
        assert not any(line in s for s in body for line in trailer_lines), page.layout


def test_make_py_is_frozen():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == TEST18_SHA256
