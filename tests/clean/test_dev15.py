"""Well-formedness of page set eval/clean_dev15 (issue 21; written blind as test15), on a tiny train file made here."""
from __future__ import annotations

import gzip
import hashlib
import json
import unicodedata
from pathlib import Path

import pytest
from scripts import load_script

MAKE = Path(__file__).resolve().parents[2] / "eval" / "clean_dev15" / "make.py"
TEST15_SHA256 = "5b82617ec7f09db8989ccc02ca80ab02e55c93ea6e0a2829fa957d69dee48ccb"

ARTICLE = ("Sáng 12/3, lực lượng chức năng huyện ven biển phát hiện một tàu cá bị chìm cách bờ khoảng 20 hải lý. "
           "Trên tàu có 9 ngư dân, tất cả đã được tàu bạn cứu vớt và đưa vào bờ an toàn trong đêm. "
           "\" Chúng tôi mất hết lưới và số hải sản đánh bắt được sau gần một tuần trên biển \", thuyền trưởng kể. "
           "Theo Chi cục Thuỷ sản tỉnh, thiệt hại ban đầu ước tính khoảng 1,5 tỷ đồng. "
           "Cơ quan chức năng đang lập biên bản, làm rõ nguyên nhân vụ chìm tàu. ")
CAPTION = "Tàu cá được kéo vào cảng sau sự cố. Ảnh: Minh Hải. "
GLUED = ("Đám đông tụ tập tại bến cá. Ảnh: Lê Vy", "Chiều cùng ngày, chính quyền xã đã đến thăm hỏi các gia đình.")
TAILS = ("Hoàng Trường", "(Theo Aviationist)", "Nguyễn Hoàng (Theo Aviationist)",
         "Xem thêm: Mỹ trấn an đồng minh về hệ thống phòng thủ mới", "> > Bão số 3 đổ bộ vào đất liền > > Giá xăng giảm lần thứ ba",
         "Nhóm phóng viên", "")
N_BODY_ROWS = 2 * 19 + 3


def _load():
    return load_script(MAKE, "clean_dev15_make")


def _train(path: Path, mod, related_tail: str = "") -> list[int]:
    """A train file with body rows at the start of BODY_ROWS and related rows in RELATED_ROWS; returns usable rows."""
    first = mod.BODY_ROWS.start
    skip = {first + 2: "", first + 5: "{}", first + 7: '{"id": "x", "title": "Không có bài"}', first + 9: "{không phải json"}
    lines = []
    for n in range(first + N_BODY_ROWS + 5):
        if n in skip:
            lines.append(skip[n])
        elif first <= n < first + N_BODY_ROWS:
            k = n - first
            art = (CAPTION if k % 5 == 0 else "") + f"Tin số {k} kể lại sự việc mới nhất ở tỉnh số {k}. " \
                + (" ".join(GLUED) + " " if k % 5 == 1 else "") + ARTICLE * (1 + k % 3) + TAILS[k % len(TAILS)]
            lines.append(json.dumps({"id": str(n), "title": f"Tiêu đề bài số {k}", "article": art, "summary": "x"},
                                    ensure_ascii=False))
        elif n in mod.RELATED_ROWS and n % 8 == 0:  # nothing usable in its first 1,200 characters
            lines.append(json.dumps({"id": str(n), "title": f"Tin ngắn số {n}", "article": "Vâng. " * 300 + related_tail,
                                     "summary": "y"}, ensure_ascii=False))
        elif n in mod.RELATED_ROWS and n % 4:
            art = (f"Người dân tập trung tại hiện trường vụ việc số {n} ở Hà Nội. Nội dung khác của bài số {n}. "
                   + "Câu đệm dài cho bài liên quan. " * 60 + related_tail)
            lines.append(json.dumps({"id": str(n), "title": f"Tin liên quan số {n} gây chú ý dư luận",
                                     "article": art, "summary": "y"}, ensure_ascii=False))
        else:
            lines.append("")
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    return [n for n in range(first, first + N_BODY_ROWS) if n not in skip]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    mod = _load()
    path = tmp_path_factory.mktemp("t15") / "train.jsonl.gz"
    usable = _train(path, mod)
    return mod, path, usable, mod.pages(path)


def _key(pages):
    return [(p.text, p.body, p.furniture, p.layout) for p in pages]


def test_pages_are_deterministic_and_one_per_usable_row(built):
    mod, path, usable, pages = built
    assert len(mod.LAYOUTS) == 19
    assert _key(pages) == _key(mod.pages(path))
    assert len(pages) == len(usable)
    assert {p.layout for p in pages} == set(mod.LAYOUTS)
    assert any(f"Tiêu đề bài số {usable[-1] - mod.BODY_ROWS.start}" in p.text for p in pages)


def test_related_rows_are_read_only_to_their_first_1200_characters(built, tmp_path):
    mod, _, _, pages = built
    other = tmp_path / "other.jsonl.gz"
    _train(other, mod, related_tail="Đoạn cuối khác hẳn, nằm sau ký tự thứ 1.200 nên không được lọt vào trang nào.")
    assert _key(mod.pages(other)) == _key(pages)


def test_every_page_is_well_formed(built):
    mod, _, _, pages = built
    for page in pages:
        lines = page.text.split("\n")
        assert all(line.strip() == line and line for line in lines), page.layout
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
        assert len(body_lines) >= 2, page.layout
        # everything else is furniture, except the title, a date line and a site-name line
        assert len(lines) - len(body_lines) - len(page.furniture) <= 3, page.layout
        assert any(ln.startswith("Tiêu đề bài số") for ln in lines)
        assert len(page.furniture) >= 8, page.layout
        assert not any("Tin số" in line or "tàu cá bị chìm" in line for _, line in page.furniture)


def test_article_trailers_and_captions_are_furniture_not_body(built):
    _, _, _, pages = built
    furniture = {(kind, line) for p in pages for kind, line in p.furniture}
    assert ("byline", "Hoàng Trường") in furniture
    assert ("byline", "Nguyễn Hoàng") in furniture
    assert ("credit", "(Theo Aviationist)") in furniture
    assert ("byline", "Nhóm phóng viên") in furniture
    assert ("related", TAILS[3]) in furniture
    assert ("related", "Bão số 3 đổ bộ vào đất liền") in furniture
    assert ("related", "Giá xăng giảm lần thứ ba") in furniture
    assert ("caption", CAPTION.strip()) in furniture
    assert ("caption", GLUED[0]) in furniture  # "Ảnh: Name" glued to the next sentence is split there
    assert any(GLUED[1] in p.body for p in pages)
    assert not any("Lê Vy" in s for p in pages for s in p.body)
    for p in pages:
        for s in p.body:
            assert "Aviationist" not in s and "Xem thêm" not in s and "> >" not in s and "Ảnh: Minh Hải" not in s
            assert not s.endswith(("Hoàng Trường", "Nhóm phóng viên"))


def test_some_pages_carry_scraper_text_faults(built):
    _, _, _, pages = built
    text = "\n".join(p.text for p in pages)
    assert "\u00a0" in text or "\u200b" in text
    assert any(unicodedata.normalize("NFC", p.text) != p.text for p in pages)
    faulty = [s for p in pages for s in p.body
              if "\u00a0" in s or "\u200b" in s or "  " in s or unicodedata.normalize("NFC", s) != s]
    assert faulty, "no body sentence carries a scraper fault"


def test_make_py_is_frozen():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == TEST15_SHA256
