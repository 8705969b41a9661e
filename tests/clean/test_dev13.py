"""Well-formedness of page set eval/clean_dev13 (issue 21; written blind as test13), on a tiny train file made here."""
from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

import pytest
from scripts import load_script

MAKE = Path(__file__).resolve().parents[2] / "eval" / "clean_dev13" / "make.py"
TEST13_SHA256 = "f79da2d6745a9bbbd0a9df993cd1807ebc51dfa2aa6f6c33c4ce0b72696a4049"

ARTICLE = ("Gian hàng của hãng tại một hội chợ điện tử ở Thượng Hải hồi tháng 6/2018. "
           "Tập đoàn viễn thông hôm nay xác nhận đã nộp đơn kiện lên một toà án liên bang ở Texas, theo Reuters. "
           "\" Chúng tôi buộc phải thực hiện hành động pháp lý như một giải pháp cuối cùng \", chủ tịch luân phiên tuyên bố. "
           "Vụ kiện diễn ra trong bối cảnh Canada bắt đầu quá trình dẫn độ giám đốc tài chính của tập đoàn. "
           "Washington hồi tháng 1 truy tố tập đoàn và bà giám đốc 23 tội danh, trong đó có rửa tiền và lừa đảo. "
           "Bà cũng vừa khởi kiện chính phủ Canada với cáo buộc vi phạm quyền theo hiến pháp khi bị bắt. ")
TAILS = ("Nguyễn Hoàng (Theo Aviationist)", "Xem thêm: Mỹ trấn an Trung Quốc về hệ thống THAAD Khánh Lynh", "", "An Hồng")


def _load():
    return load_script(MAKE, "clean_dev13_make")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    mod = _load()
    n_layouts = len(mod.LAYOUTS)
    skip = {10_002: "", 10_005: "{}", 10_007: '{"id": "x", "title": "Không có bài"}'}
    lines = []
    for n in range(10_300 + 40):
        if n in skip:
            lines.append(skip[n])
        elif 10_000 <= n < 10_000 + 2 * n_layouts + 3:
            k = n - 10_000
            art = f"Tin số {k} kể lại sự việc mới nhất ở tỉnh số {k}. " + ARTICLE * (1 + k % 3) + TAILS[k % 4]
            lines.append(json.dumps({"id": str(n), "title": f"Tiêu đề bài số {k}", "article": art, "summary": "x"},
                                    ensure_ascii=False))
        elif n >= 10_300 and n % 3:
            lines.append(json.dumps({"id": str(n), "title": f"Tin liên quan số {n} gây chú ý dư luận",
                                     "article": f"Ảnh chụp tại sự kiện số {n} ở Hà Nội. Nội dung khác số {n}.",
                                     "summary": "y"}, ensure_ascii=False))
        else:
            lines.append("")
    path = tmp_path_factory.mktemp("t13") / "train.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    usable = [n for n in range(10_000, 10_000 + 2 * n_layouts + 3) if n not in skip]
    return mod, path, usable


def test_pages_are_deterministic_and_one_per_usable_row(built):
    mod, path, usable = built
    first, second = mod.pages(path), mod.pages(path)
    assert [(p.text, p.body, p.furniture, p.layout) for p in first] == \
           [(p.text, p.body, p.furniture, p.layout) for p in second]
    assert len(first) == len(usable)
    assert {p.layout for p in first} == set(mod.LAYOUTS)


def test_every_page_is_well_formed(built):
    mod, path, _ = built
    for page in mod.pages(path):
        lines = page.text.split("\n")
        assert all(line.strip() for line in lines), page.layout
        assert page.layout in mod.LAYOUTS
        assert page.body and all(s in page.text for s in page.body)
        line_set = set(lines)
        kinds = {kind for kind, _ in page.furniture}
        assert kinds <= set(mod.KINDS)
        for kind, line in page.furniture:
            assert line in line_set, (page.layout, line)
            assert not any(s in line for s in page.body), (page.layout, kind, line)
        # body lines are made only of body sentences, in order
        body_lines = [ln for ln in lines if any(s in ln for s in page.body)]
        assert " ".join(body_lines) == " ".join(page.body)
        assert page.furniture, page.layout


def test_article_trailers_are_furniture_not_body(built):
    mod, path, _ = built
    pages = mod.pages(path)
    trailers = {kind: line for p in pages for kind, line in p.furniture if line in TAILS}
    assert trailers.get("byline") in ("Nguyễn Hoàng (Theo Aviationist)", "An Hồng")
    assert trailers.get("related") == TAILS[1]
    assert not any(t and t in s for p in pages for s in p.body for t in TAILS)


def test_make_py_is_frozen():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == TEST13_SHA256
