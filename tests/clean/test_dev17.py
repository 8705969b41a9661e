"""Well-formedness of page set eval/clean_dev17 (issue 21; written blind as test17), on a tiny train file made here."""
from __future__ import annotations

import gzip
import hashlib
import json
import unicodedata
from pathlib import Path

import pytest
from scripts import load_script

MAKE = Path(__file__).resolve().parents[2] / "eval" / "clean_dev17" / "make.py"
TEST17_SHA256 = "4c269fc33c97bb396d7cbec58dc001b25a7aa7a8b9a8d1cb3ffc3d0458eaf651"

ARTICLE = ("Ngân hàng Nhà nước vừa công bố số liệu tín dụng của quý một. "
           "Dư nợ tín dụng toàn hệ thống tăng 2,3% so với cuối năm trước, theo báo cáo. "
           "\" Chúng tôi sẽ tiếp tục điều hành lãi suất linh hoạt \", một lãnh đạo ngân hàng nói. "
           "Tín dụng vào lĩnh vực bất động sản được kiểm soát chặt chẽ hơn. "
           "Các ngân hàng thương mại cũng được yêu cầu giảm chi phí hoạt động. ")
TAILS = ("Nguyễn Hoàng (Theo Aviationist)", "Xem thêm: Giá vàng hôm nay tăng mạnh Khánh Lynh", "",
         "An Hồng", "Theo TTXVN")
TAIL_KINDS = {TAILS[0]: "byline", TAILS[1]: "related", TAILS[3]: "byline", TAILS[4]: "credit"}
SKIP = {12_302: "", 12_305: "{}", 12_307: '{"id": "x", "title": "Không có bài"}', 12_309: "{không phải json"}


def _load():
    return load_script(MAKE, "clean_dev17_make")


def _write(path: Path, mod, cut_related: bool) -> list[int]:
    n_body = 2 * len(mod.LAYOUTS) + 5
    body_rows = range(mod.BODY_ROWS.start, mod.BODY_ROWS.start + n_body)
    lines = []
    for n in range(mod.RELATED_ROWS.stop + 20):
        if n in SKIP:
            lines.append(SKIP[n])
        elif n in body_rows:
            k = n - body_rows.start
            art = f"Tin số {k} kể lại sự việc mới nhất ở tỉnh số {k}. " + ARTICLE * (1 + k % 3) + TAILS[k % len(TAILS)]
            lines.append(json.dumps({"id": str(n), "title": f"Tiêu đề bài số {k}", "article": art, "summary": "x"},
                                    ensure_ascii=False))
        elif n in mod.RELATED_ROWS and n % 3:
            art = (f"Ảnh chụp tại sự kiện số {n} ở Hà Nội. Người dân đến xem rất đông từ sáng sớm. "
                   + f"Nội dung khác của bài số {n} được kể tiếp ở đây. " * 40)
            if n % 7 == 0:  # a first sentence longer than the 1,200 characters kept
                art = f"Ảnh chụp tại sự kiện số {n} " + "và nhiều sự kiện khác nữa " * 60 + art
            elif n % 2 == 0:  # another row opening with a sentence of the page's own story
                art = "Tín dụng vào lĩnh vực bất động sản được kiểm soát chặt chẽ hơn. " + art
            if cut_related:
                art = art[:1_200]
            lines.append(json.dumps({"id": str(n), "title": f"Tin liên quan số {n} gây chú ý dư luận",
                                     "article": art, "summary": "y"}, ensure_ascii=False))
        else:
            lines.append("")
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    return [n for n in body_rows if n not in SKIP]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    mod = _load()
    tmp = tmp_path_factory.mktemp("t17")
    usable = _write(tmp / "train.jsonl.gz", mod, cut_related=False)
    _write(tmp / "cut.jsonl.gz", mod, cut_related=True)
    return mod, tmp, usable


def _key(pages):
    return [(p.text, p.body, p.furniture, p.layout) for p in pages]


def test_pages_are_deterministic_and_one_per_usable_row(built):
    mod, tmp, usable = built
    first, second = mod.pages(tmp / "train.jsonl.gz"), mod.pages(tmp / "train.jsonl.gz")
    assert _key(first) == _key(second)
    assert len(first) == len(usable)
    assert {p.layout for p in first} == set(mod.LAYOUTS)
    assert 14 <= len(mod.LAYOUTS) <= 18


def test_pages_only_use_the_first_1200_characters_of_related_rows(built):
    mod, tmp, _ = built
    assert _key(mod.pages(tmp / "train.jsonl.gz")) == _key(mod.pages(tmp / "cut.jsonl.gz"))


def test_every_page_is_well_formed(built):
    mod, tmp, _ = built
    for page in mod.pages(tmp / "train.jsonl.gz"):
        lines = page.text.split("\n")
        assert all(line and line == line.strip() for line in lines), page.layout
        assert page.layout in mod.LAYOUTS
        assert page.body and all(s in page.text for s in page.body)
        line_set = set(lines)
        assert {kind for kind, _ in page.furniture} <= set(mod.KINDS)
        for kind, line in page.furniture:
            assert line in line_set, (page.layout, line)
            assert not any(s in line for s in page.body), (page.layout, kind, line)
        body_lines = [ln for ln in lines if any(s in ln for s in page.body)]
        assert " ".join(body_lines) == " ".join(page.body)
        # every line is body, furniture, or one of title / date / source
        assert len(lines) - len(body_lines) - len(page.furniture) <= 3, page.layout
        assert len(page.furniture) >= 4, page.layout
        # the story is the row's article, not another row's text
        assert not any("Tin liên quan số" in s or "sự kiện số" in s for s in page.body)


def test_article_trailers_are_furniture_not_body(built):
    mod, tmp, _ = built
    pages = mod.pages(tmp / "train.jsonl.gz")
    found = {line: kind for p in pages for kind, line in p.furniture if line in TAIL_KINDS}
    assert found == TAIL_KINDS
    assert not any(t and t in s for p in pages for s in p.body for t in TAILS)


def test_some_pages_carry_scraper_text_faults(built):
    mod, tmp, _ = built
    texts = [p.text for p in mod.pages(tmp / "train.jsonl.gz")]
    assert any("\u00a0" in t or "\u200b" in t or "  " in t for t in texts)
    assert any(unicodedata.normalize("NFC", t) != t for t in texts)


def test_make_py_is_frozen():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == TEST17_SHA256
