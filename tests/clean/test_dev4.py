"""The dev4 page maker (eval/clean_dev4/make.py): well-formed, deterministic pages from a tiny train slice."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

from scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
make = load_script(ROOT / "eval" / "clean_dev4" / "make.py", "clean_dev4_make")

STORY = ("Ngày 12/3, UBND tỉnh Nghệ An cho biết đã hoàn thành việc sửa chữa cây cầu bị hư hỏng sau trận lũ. "
         "Cây cầu dài 120 m, nối hai xã vùng cao của huyện Quế Phong. Xem thêm > > Lũ cuốn trôi cầu treo. "
         "Theo ông Lê Văn Hải, kinh phí sửa chữa khoảng 5 tỷ đồng từ ngân sách tỉnh. Người dân đã có thể đi lại "
         "bình thường từ sáng nay. Ảnh: Minh Hà Học sinh không còn phải lội suối đến trường. Chính quyền huyện "
         "sẽ tiếp tục kiểm tra các cây cầu khác trước mùa mưa bão. Đây là công trình được người dân mong đợi nhất "
         "năm nay. Thanh Tùng")


def _slice(tmp_path: Path, bodies: int = 24, related: int = 12) -> Path:
    """A train file with rows only where make.py reads (its ranges), blank lines elsewhere."""
    lo, hi = make.BODY_RANGE
    rlo, _ = make.RELATED_RANGE
    rows = [""] * (rlo + related)
    for i in range(lo, lo + bodies):
        rows[i] = json.dumps({"id": i, "title": f"Tin số {i}: sửa xong cầu vùng cao", "article": STORY}, ensure_ascii=False)
    for i in range(rlo, rlo + related):
        rows[i] = json.dumps({"id": i, "title": f"Tiêu đề liên quan {i}", "article": STORY.replace("Nghệ An", f"tỉnh {i}")},
                             ensure_ascii=False)
    path = tmp_path / "train.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(rows) + "\n")
    return path


def test_pages_are_well_formed_and_deterministic(tmp_path):
    train = _slice(tmp_path)
    pages = make.pages(train)
    assert len(pages) == 24 and pages == make.pages(train)
    assert {p.layout.split()[0] for p in pages} == set(make.LAYOUTS)  # every layout, about equal shares
    kinds = set()
    for page in pages:
        lines = page.text.split("\n")
        assert page.body and all(s in page.text for s in page.body)
        assert not [s for s in page.body if any(j in s for j in ("Xem thêm", "> >", "Ảnh:"))]  # VietNews junk left out
        assert not [s for s in page.body if s.endswith("Thanh Tùng")]  # the glued byline is cut off
        for kind, line in page.furniture:
            assert kind in ("byline", "credit", "caption", "related", "widget") and line in lines, (kind, line)
            kinds.add(kind)
        assert lines[0].startswith("Tin số") or any(k == "widget" for k, _ in page.furniture)  # title or furniture above it
    assert kinds == {"byline", "credit", "caption", "related", "widget"}


def test_interview_questions_are_story_and_live_blog_stamps_are_widgets(tmp_path):
    pages = make.pages(_slice(tmp_path, bodies=40))
    interview = [p for p in pages if p.layout.startswith("interview") and "short" not in p.layout]
    assert interview and all(any(s.endswith("?") for s in p.body) for p in interview)
    for page in (p for p in pages if p.layout.startswith("liveblog")):
        stamps = [line for kind, line in page.furniture if kind == "widget" and any(c.isdigit() for c in line)]
        assert stamps and not [s for s in page.body if s in stamps]


def test_the_sentence_cut_merges_short_pieces():
    assert make._sentences("Ông nói vậy. Xong rồi. Mọi việc đã được giải quyết ổn thỏa.") == [
        "Ông nói vậy. Xong rồi.", "Mọi việc đã được giải quyết ổn thỏa."]
