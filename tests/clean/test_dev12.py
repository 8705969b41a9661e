"""Well-formedness of the blind held-out page set eval/clean_dev12/make.py (issue 21), on a tiny
train file built here (no ../shared)."""
from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

import pytest
from scripts import load_script

MAKE = Path(__file__).resolve().parents[2] / "eval" / "clean_dev12" / "make.py"
DEV12_SHA256 = "9a3759bf6f950f9485680ce6c236f0bb13084f011fcb19e9f98e146c86e69402"

_WORDS = ("Chính phủ", "người dân", "thành phố", "cơ quan chức năng", "quân đội", "ngân hàng", "Bộ Y tế",
          "doanh nghiệp", "học sinh", "cảnh sát", "tổng thống", "nhà khoa học", "đội tuyển", "bệnh viện")


def _article(n: int) -> str:
    out = []
    for k in range(4 + n % 9):
        a, b = _WORDS[(n + k) % len(_WORDS)], _WORDS[(n * 3 + k) % len(_WORDS)]
        out.append(f"Theo báo cáo số {n}-{k}, {a} đã làm việc với {b} về kế hoạch năm {2000 + k}.")
    if n % 3 == 0:
        out.append(f'" Chúng tôi sẽ tiếp tục theo dõi vụ việc {n} ", ông Minh nói.')
    if n % 4 == 0:
        out.append("Hồng Vân")
    if n % 5 == 0:
        out.append("Xem thêm: Một bài báo khác về chủ đề này")
    return " ".join(out)


def _write(path: Path, skip: set[int]) -> None:
    with gzip.open(path, "wt", encoding="utf-8") as f:
        for n in range(9_420):
            if n < 9_000 or n in skip or (9_300 <= n < 9_400 and n % 4):
                f.write("\n")
            elif n % 97 == 0:
                f.write("{}\n")
            else:
                f.write(json.dumps({"id": str(n), "title": f"Tiêu đề bài số {n} về {_WORDS[n % 14]}",
                                    "article": _article(n), "summary": f"Tóm tắt bài số {n}."},
                                   ensure_ascii=False) + "\n")


def _load():
    return load_script(MAKE, "clean_dev12_make")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("test12")
    full, part = tmp / "full.jsonl.gz", tmp / "part.jsonl.gz"
    _write(full, {9_001, 9_050})
    _write(part, {9_001, 9_050, 9_002, 9_200} | set(range(9_300, 9_360)))
    make = _load()
    return make, make.pages(full), make.pages(full), make.pages(part)


def test_deterministic_one_page_per_usable_row(built):
    make, pages, again, _ = built
    assert [(p.text, p.body, p.furniture, p.layout) for p in pages] == \
           [(p.text, p.body, p.furniture, p.layout) for p in again]
    usable = [n for n in make.BODY_ROWS if n not in {9_001, 9_050} and n % 97]
    assert len(pages) == len(usable)
    assert {p.layout for p in pages} == set(make.LAYOUTS)


def test_pages_are_well_formed(built):
    make, pages, _, _ = built
    for p in pages:
        lines = p.text.split("\n")
        assert all(line.strip() for line in lines), p.layout
        assert p.body and all(s in p.text for s in p.body)
        for kind, line in p.furniture:
            assert kind in make.KINDS
            assert line in lines
            assert not any(s in line for s in p.body), (p.layout, line)
        # every line is furniture (in listed order), a paragraph of consecutive body sentences, or one
        # of at most three title/date/source lines
        furn, body, meta = list(p.furniture), list(p.body), 0
        for line in lines:
            if furn and line == furn[0][1]:
                furn.pop(0)
                continue
            k, joined = 0, ""
            while k < len(body) and line.startswith((joined + " " if joined else "") + body[k]):
                joined = (joined + " " if joined else "") + body[k]
                k += 1
                if joined == line:
                    break
            if k and joined == line:
                del body[:k]
            else:
                meta += 1
        assert not furn and not body and meta <= 3, (p.layout, furn, body, meta)


def test_story_cleanup(built):
    _, pages, _, _ = built
    for p in pages:
        assert not any("Xem thêm" in s or s.endswith("Hồng Vân") for s in p.body)


def test_page_depends_on_its_row_only(built):
    _, pages, _, part = built
    by_body = {p.body[0]: p for p in part}
    shared = [p for p in pages if p.body[0] in by_body]
    assert len(shared) == len(part)
    for p in shared:
        q = by_body[p.body[0]]
        assert (q.layout, q.body) == (p.layout, p.body)


def test_frozen_hash():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == DEV12_SHA256
