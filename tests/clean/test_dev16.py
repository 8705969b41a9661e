"""Well-formedness of page set eval/clean_dev16 (issue 21; written blind as test16), on a tiny train file made here."""
from __future__ import annotations

import gzip
import hashlib
import json
import re
import unicodedata
from pathlib import Path

import pytest
from scripts import load_script

MAKE = Path(__file__).resolve().parents[2] / "eval" / "clean_dev16" / "make.py"
TEST16_SHA256 = "8c8e8815435b30e5b4681f857469456d34d7b3113d749fb8017e3e332f0fde02"

ARTICLE = ("Sáng 12-6, Sở Giao thông vận tải thành phố cho biết đã hoàn tất phương án phân luồng quanh nút giao mới. "
           "Theo đó, xe tải trên 10 tấn không được đi vào tuyến đường trong giờ cao điểm sáng và chiều. "
           "Ông Trần Văn Lợi, phó giám đốc sở, nói: \" Chúng tôi sẽ theo dõi thêm một tuần rồi mới điều chỉnh. \" "
           "Người dân ở TP. Thủ Đức phản ánh tình trạng ùn tắc kéo dài hơn một giờ vào chiều thứ sáu. "
           "Cơ quan chức năng đã bố trí thêm 30 cán bộ cảnh sát giao thông hướng dẫn tại các điểm nóng. "
           "Dự kiến công trình cầu vượt sẽ được thông xe vào cuối năm nay nếu thời tiết thuận lợi. ")
TAILS = ("Nguyễn Hoàng (Theo Aviationist)", "Xem thêm: Hà Nội thí điểm làn riêng cho xe buýt Khánh Lynh", "",
         "An Hồng", "(Theo TTXVN)", "MINH ANH - QUỐC HUY")
BAD = {"", "{}", "not json", '{"id": "x", "title": "Không có bài"}', "[1, 2]", '{"title": "T", "article": 5}'}


def _load():
    return load_script(MAKE, "clean_dev16_make")


def _related(n: int) -> str:
    return " ".join(f"Câu mở đầu số {k} của bài liên quan {n} kể chuyện ở một tỉnh miền núi xa xôi." for k in range(40))


def _write(path: Path, mod, cut: bool) -> list[int]:
    """A train file: body rows (some bad) at BODY_ROWS.start, related rows at RELATED_ROWS.start."""
    n_body = 2 * len(mod.LAYOUTS) + 6
    bad = dict(zip(range(mod.BODY_ROWS.start + 2, mod.BODY_ROWS.start + 2 + 3 * len(BAD), 3), sorted(BAD)))
    lines = [""] * (mod.RELATED_ROWS.start + 45)
    usable = []
    for k in range(n_body):
        n = mod.BODY_ROWS.start + k
        if n in bad:
            lines[n] = bad[n]
            continue
        art = f"Tin số {k} kể lại sự việc mới nhất ở tỉnh số {k}. " + ARTICLE * (1 + k % 3) + TAILS[k % len(TAILS)]
        lines[n] = json.dumps({"id": str(n), "title": f"Tiêu đề bài số {k}", "article": art, "summary": "x"},
                              ensure_ascii=False)
        usable.append(n)
    for n in range(mod.RELATED_ROWS.start, mod.RELATED_ROWS.start + 45):
        if n % 4:
            art = _related(n)[: mod.RELATED_CHARS] if cut else _related(n)
            lines[n] = json.dumps({"id": str(n), "title": f"Tin liên quan số {n} gây chú ý dư luận", "article": art,
                                   "summary": "y"}, ensure_ascii=False)
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    return usable


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    mod = _load()
    root = tmp_path_factory.mktemp("t16")
    usable = _write(root / "train.jsonl.gz", mod, cut=False)
    _write(root / "cut.jsonl.gz", mod, cut=True)
    return mod, root, usable, mod.pages(root / "train.jsonl.gz")


def _key(pages):
    return [(p.text, p.body, p.furniture, p.layout) for p in pages]


def test_pages_are_deterministic_and_one_per_usable_row(built):
    mod, root, usable, pages = built
    assert _key(mod.pages(root / "train.jsonl.gz")) == _key(pages)
    assert len(pages) == len(usable)
    assert {p.layout for p in pages} == set(mod.LAYOUTS)
    assert len(set(mod.LAYOUTS)) == len(mod.LAYOUTS) >= 14


def test_pages_unchanged_when_related_rows_are_cut(built):
    mod, root, _, pages = built
    assert _key(mod.pages(root / "cut.jsonl.gz")) == _key(pages)


def test_every_page_is_well_formed(built):
    mod, _, _, pages = built
    for page in pages:
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
        # every line is body, furniture, or one of the title / date / source lines
        rest = [ln for ln in lines if ln not in body_lines and ln not in {f for _, f in page.furniture}]
        assert len(rest) <= 3, (page.layout, rest)
        assert len(page.furniture) >= 3, page.layout
    kinds = {kind for p in pages for kind, _ in p.furniture}
    assert kinds == set(mod.KINDS)


def test_related_furniture_comes_from_other_stories(built):
    _, _, _, pages = built
    related = [line for p in pages for kind, line in p.furniture if kind in ("related", "caption")]
    assert any("Tin liên quan số" in line for line in related)
    assert any("Câu mở đầu số" in line for line in related)
    assert not any("Sở Giao thông" in line or "cầu vượt" in line for line in related)


def test_article_trailers_are_furniture_not_body(built):
    _, _, _, pages = built
    trailers = {line: kind for p in pages for kind, line in p.furniture}
    upper = {line.upper(): kind for line, kind in trailers.items()}  # the e-paper layout prints bylines in capitals
    for tail, kind in zip(TAILS, ("byline", "related", None, "byline", "credit", "byline")):
        if kind:
            assert trailers.get(tail, upper.get(tail.upper())) == kind, tail
    assert not any(t and t in s for p in pages for s in p.body for t in TAILS)
    assert all(p.body[-1].endswith((".", '"')) for p in pages)


def test_text_faults_keep_body_exact(built):
    _, _, _, pages = built
    text = "\n".join(p.text for p in pages)
    faults = {"nbsp": "\u00a0" in text, "zwsp": "\u200b" in text, "double": "  " in " ".join(s for p in pages for s in p.body),
              "nfd": any(unicodedata.normalize("NFC", p.text) != p.text for p in pages),
              "glue": any(re.search(r"[a-zà-ỹ]\.[A-ZĐ]", s) for p in pages for s in p.body)}
    assert all(faults.values()), faults


def test_sentence_splitter_keeps_abbreviations_and_quotes():
    mod = _load()
    sents = mod.sentences(ARTICLE)
    assert " ".join(sents) == ARTICLE.strip()
    assert any(s.startswith("Người dân ở TP. Thủ Đức") for s in sents)
    assert any(s.endswith('một tuần rồi mới điều chỉnh. "') for s in sents)


def test_make_py_is_frozen():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == TEST16_SHA256
