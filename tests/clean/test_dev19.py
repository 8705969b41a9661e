"""Well-formedness of the page set eval/clean_dev19 (written blind as clean_test19; issue 21), on a tiny train file made here."""
from __future__ import annotations

import gzip
import hashlib
import json
import unicodedata
from pathlib import Path

import pytest
from scripts import load_script

MAKE = Path(__file__).resolve().parents[2] / "eval" / "clean_dev19" / "make.py"
DEV19_SHA256 = "480e35e6b6753bd6346a959ef782405bdc992483b0636e8003505325f800979f"

ARTICLE = ("Gian hàng của hãng tại một hội chợ điện tử ở Thượng Hải hồi tháng 6/2018. "
           "Tập đoàn viễn thông hôm nay xác nhận đã nộp đơn kiện lên một toà án liên bang ở Texas, theo Reuters. "
           "\" Chúng tôi buộc phải thực hiện hành động pháp lý như một giải pháp cuối cùng \", chủ tịch luân phiên tuyên bố. "
           "Vụ kiện diễn ra trong bối cảnh Canada bắt đầu quá trình dẫn độ giám đốc tài chính của tập đoàn. "
           "Washington hồi tháng 1 truy tố tập đoàn và bà giám đốc 23 tội danh, trong đó có rửa tiền và lừa đảo. "
           "Bà cũng vừa khởi kiện chính phủ Canada với cáo buộc vi phạm quyền theo hiến pháp khi bị bắt. ")
# (tail glued to the article, kind it must become; None: nothing to split)
TAILS = (("Phương Thảo (Theo Nikkei)", "byline"), ("Xem thêm: Giá dầu lao dốc sau phiên họp của OPEC", "related"),
         ("", None), ("Quốc Việt", "byline"), ("(Theo Kyodo)", "credit"))
RELATED_LEAD = "Đám đông tụ tập trước toà thị chính số {n} từ sáng sớm để chờ kết quả."


def _load():
    return load_script(MAKE, "clean_dev19_make")


def _write(path: Path, mod, cut: int | None) -> list[int]:
    """A train file with body rows at the start of BODY_ROWS (some bad) and long related rows; returns usable rows."""
    n_body = 2 * len(mod.LAYOUTS) + 4
    first = mod.BODY_ROWS[0]
    skip = {first + 2: "", first + 5: "{}", first + 7: '{"id": "x", "title": "Không có bài"}', first + 9: "{not json"}
    lines = []
    for n in range(first + n_body + 5):
        if n in skip:
            lines.append(skip[n])
        elif first <= n < first + n_body:
            k = n - first
            art = f"Tin số {k} kể lại sự việc mới nhất ở tỉnh số {k}. " + ARTICLE * (1 + k % 3) + TAILS[k % len(TAILS)][0]
            lines.append(json.dumps({"id": str(n), "title": f"Tiêu đề bài số {k}", "article": art, "summary": "x"},
                                    ensure_ascii=False))
        elif n in mod.RELATED_ROWS and n % 4:
            art = RELATED_LEAD.format(n=n) + " Nội dung khác kéo dài của bài liên quan." * 60
            if n % 8 == 1:  # one sentence running past 1,200 characters: a cut must not change the page
                art = RELATED_LEAD.format(n=n)[:-1] + " rồi nội dung khác kéo dài mãi" * 80 + "."
            lines.append(json.dumps({"id": str(n), "title": f"Tin liên quan số {n} gây chú ý dư luận",
                                     "article": art[:cut] if cut else art, "summary": "y"}, ensure_ascii=False))
        else:
            lines.append("")
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    return [n for n in range(first, first + n_body) if n not in skip]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    mod = _load()
    tmp = tmp_path_factory.mktemp("t19")
    usable = _write(tmp / "train.jsonl.gz", mod, None)
    _write(tmp / "cut.jsonl.gz", mod, 1_200)
    return mod, tmp, usable


def _key(pages):
    return [(p.text, p.body, p.furniture, p.layout) for p in pages]


def test_pages_are_deterministic_and_one_per_usable_row(built):
    mod, tmp, usable = built
    first, second = mod.pages(tmp / "train.jsonl.gz"), mod.pages(tmp / "train.jsonl.gz")
    assert _key(first) == _key(second)
    assert len(first) == len(usable)
    assert {p.layout for p in first} == set(mod.LAYOUTS)
    assert [p.layout for p in first].count(mod.LAYOUTS[0]) == 2


def test_pages_do_not_change_when_related_rows_are_cut_to_1200_chars(built):
    mod, tmp, _ = built
    assert _key(mod.pages(tmp / "train.jsonl.gz")) == _key(mod.pages(tmp / "cut.jsonl.gz"))


def test_every_page_is_well_formed(built):
    mod, tmp, _ = built
    for page in mod.pages(tmp / "train.jsonl.gz"):
        lines = page.text.split("\n")
        assert all(line.strip() and line == line.strip() for line in lines), page.layout
        assert page.layout in mod.LAYOUTS
        assert page.body and all(s in page.text for s in page.body)
        line_set = set(lines)
        assert {kind for kind, _ in page.furniture} <= set(mod.KINDS)
        for kind, line in page.furniture:
            assert line in line_set, (page.layout, line)
            assert not any(s in line for s in page.body), (page.layout, kind, line)
        body_lines = [ln for ln in lines if any(s in ln for s in page.body)]
        assert " ".join(body_lines) == " ".join(page.body)
        # everything else is furniture, except title, date and source lines
        assert len(lines) - len(body_lines) - len(page.furniture) <= 3, page.layout
        assert len(page.furniture) >= 4, page.layout
        title = next(ln for ln in lines if "Tiêu đề bài số" in unicodedata.normalize("NFC", ln)
                     or "TIÊU ĐỀ BÀI SỐ" in unicodedata.normalize("NFC", ln))
        assert title not in {line for _, line in page.furniture}


def test_related_furniture_comes_from_other_rows_not_the_story(built):
    mod, tmp, _ = built
    pages = mod.pages(tmp / "train.jsonl.gz")
    related = [unicodedata.normalize("NFC", line) for p in pages for kind, line in p.furniture if kind == "related"]
    assert sum("Tin liên quan số" in line for line in related) >= len(pages)
    story = unicodedata.normalize("NFC", ARTICLE)
    assert not any(sent in line for line in related for sent in story.split(". ") if len(sent) > 20)


def test_article_trailers_are_furniture_not_body(built):
    mod, tmp, _ = built
    pages = mod.pages(tmp / "train.jsonl.gz")
    found = {unicodedata.normalize("NFC", line): kind for p in pages for kind, line in p.furniture}
    for tail, kind in TAILS:
        if kind:
            assert found.get(tail) == kind, tail
    bodies = [unicodedata.normalize("NFC", s) for p in pages for s in p.body]
    assert not any(tail and tail in s for s in bodies for tail, _ in TAILS)
    assert any(s.startswith("Bà cũng vừa khởi kiện") for s in bodies)


def test_scraper_faults_keep_body_sentences_exact(built):
    mod, tmp, _ = built
    pages = mod.pages(tmp / "train.jsonl.gz")
    text = "".join(p.text for p in pages)
    assert any(ch in text for ch in ("\u00a0", "\u200b", "  ")) or any(
        unicodedata.normalize("NFC", p.text) != p.text for p in pages)


def test_make_py_is_frozen():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == DEV19_SHA256
