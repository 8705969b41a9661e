"""Well-formedness of page set eval/clean_dev14 (issue 21; written blind as test14), on a tiny train file made here."""
from __future__ import annotations

import gzip
import hashlib
import json
import re
import unicodedata
from pathlib import Path

import pytest
from scripts import load_script

MAKE = Path(__file__).resolve().parents[2] / "eval" / "clean_dev14" / "make.py"
TEST14_SHA256 = "066424583ec3d6b0f44483f81531192eff7d16c46d4a5f80778a74c2195a6ed2"

ARTICLE = ("Gian hàng của hãng tại một hội chợ điện tử ở Thượng Hải hồi tháng 6/2018. "
           "Tập đoàn viễn thông hôm nay xác nhận đã nộp đơn kiện lên một toà án liên bang ở Texas, theo Reuters. "
           "\" Chúng tôi buộc phải thực hiện hành động pháp lý như một giải pháp cuối cùng \", chủ tịch luân phiên tuyên bố. "
           "Vụ kiện diễn ra trong bối cảnh Canada bắt đầu quá trình dẫn độ giám đốc tài chính của tập đoàn. "
           "Washington hồi tháng 1 truy tố tập đoàn và bà giám đốc 23 tội danh, trong đó có rửa tiền và lừa đảo. "
           "Bà cũng vừa khởi kiện chính phủ Canada với cáo buộc vi phạm quyền theo hiến pháp khi bị bắt.")
# what VietNews glues after the last sentence, and the furniture each tail must become
TAILS = (
    (" Hữu Công - Duy Trần > > Xem thêm: Chìm tàu Cần Giờ",
     [("byline", "Hữu Công - Duy Trần"), ("related", "Xem thêm: Chìm tàu Cần Giờ")]),
    (" Nguyễn Hoàng (Theo Aviationist)", [("byline", "Nguyễn Hoàng (Theo Aviationist)")]),
    (" Video: Trâu chọi húc trọng tài trên sới đấu Nhóm phóng viên",
     [("caption", "Video: Trâu chọi húc trọng tài trên sới đấu"), ("byline", "Nhóm phóng viên")]),
    (" Đoàn Loan", [("byline", "Đoàn Loan")]),
    ("", []),
    (" Theo TTXVN", [("credit", "Theo TTXVN")]),
    (" Đức Hùng * Tên người bệnh đã thay đổi.", [("byline", "Đức Hùng"), ("widget", "* Tên người bệnh đã thay đổi.")]),
    (" H.Bình - Đ. Xuân", [("byline", "H.Bình - Đ. Xuân")]),
)


def _load():
    return load_script(MAKE, "clean_dev14_make")


def _plain(line: str) -> str:
    """A furniture line without the scraper faults the set adds (NFD, NBSP, zero-width and doubled spaces)."""
    line = unicodedata.normalize("NFC", line).replace("\u00a0", " ").replace("\u200b", "")
    return re.sub(r" +", " ", line).upper()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    mod = _load()
    first = mod.BODY_ROWS.start
    n_body = 2 * len(mod.LAYOUTS) + 7
    skip = {first + 2: "", first + 5: "{}", first + 7: '{"id": "x", "title": "Không có bài"}', first + 9: "{not json",
            first + 11: '{"id": "y", "title": "", "article": "Bài không có tiêu đề. Câu thứ hai của bài này."}',
            first + 13: '{"id": "z", "title": "Bài trống", "article": "   "}', first + 15: "[1, 2]"}
    lines = []
    for n in range(first + n_body):
        if n in skip:
            lines.append(skip[n])
        elif n >= first:
            k = n - first
            art = f"Tin số {k} kể lại sự việc mới nhất ở tỉnh số {k}. " + ARTICLE + TAILS[k % len(TAILS)][0]
            lines.append(json.dumps({"id": str(n), "title": f"Tiêu đề bài số {k}", "article": art, "summary": "x"},
                                    ensure_ascii=False))
        elif n in mod.RELATED_ROWS and n % 3 and n < mod.RELATED_ROWS.start + 240:
            lines.append(json.dumps({"id": str(n), "title": f"Tin liên quan số {n} gây chú ý dư luận",
                                     "article": f"Ảnh chụp tại sự kiện số {n} ở Hà Nội. Nội dung khác của tin số {n} "
                                                f"được nhiều người quan tâm. Phóng viên ghi nhận thêm chi tiết số {n}. "
                                                f"Lê Văn {chr(65 + n % 26)}",
                                     "summary": "y"}, ensure_ascii=False))
        else:
            lines.append("")
    path = tmp_path_factory.mktemp("t14") / "train.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    usable = [n for n in range(first, first + n_body) if n not in skip]
    return mod, path, usable


def test_pages_are_deterministic_and_one_per_usable_row(built):
    mod, path, usable = built
    first, second = mod.pages(path), mod.pages(path)
    assert [(p.text, p.body, p.furniture, p.layout) for p in first] == \
           [(p.text, p.body, p.furniture, p.layout) for p in second]
    assert len(first) == len(usable)
    assert {p.layout for p in first} == set(mod.LAYOUTS)
    assert 14 <= len(mod.LAYOUTS) <= 18 and mod.KINDS == ("byline", "credit", "caption", "related", "widget")


def test_every_page_is_well_formed(built):
    mod, path, _ = built
    for page in mod.pages(path):
        lines = page.text.split("\n")
        assert all(line.strip() and line == line.strip() for line in lines), page.layout
        assert page.layout in mod.LAYOUTS
        assert page.body and all(s in page.text for s in page.body)
        line_set = set(lines)
        assert {kind for kind, _ in page.furniture} <= set(mod.KINDS)
        for kind, line in page.furniture:
            assert line in line_set, (page.layout, line)
            assert not any(s in line for s in page.body), (page.layout, kind, line)
        # body lines are made only of body sentences, in order
        body_lines = [ln for ln in lines if any(s in ln for s in page.body)]
        assert " ".join(body_lines) == " ".join(page.body)
        assert len(page.furniture) >= 5, page.layout
        # related lists and captions come from other stories, never from this page's own story
        assert not any("Tin số" in line or "tập đoàn" in line for _, line in page.furniture), page.layout


def test_article_trailers_are_split_off_exactly(built):
    mod = built[0]
    for tail, pieces in TAILS:
        items = mod.split_article("Tin số 1 kể lại sự việc. " + ARTICLE + tail)
        body = [t for k, t in items if k == "body"]
        assert [it for it in items if it[0] != "body"] == pieces, tail
        assert body[-1].endswith("khi bị bắt.") and body[0] == "Tin số 1 kể lại sự việc."


def test_article_trailers_are_furniture_not_body(built):
    mod, path, _ = built
    pages = mod.pages(path)
    found = {(kind, _plain(line)) for p in pages for kind, line in p.furniture}
    for _, pieces in TAILS:
        for kind, text in pieces:
            assert (kind, _plain(text)) in found, (kind, text)
    fragments = ("Hữu Công", "Xem thêm", "Aviationist", "Trâu chọi", "phóng viên", "Đoàn Loan", "TTXVN", "Tên người",
                 "H.Bình")
    assert not any(f in s for p in pages for s in p.body for f in fragments)


def test_make_py_is_frozen():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == TEST14_SHA256
