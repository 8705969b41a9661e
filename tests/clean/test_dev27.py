"""Well-formedness tests for eval/clean_dev27/make.py (written blind as clean_test27; held-out cleaner pages)."""
from __future__ import annotations

import gzip
import hashlib
import importlib.util
import json
import sys
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MAKE = ROOT / "eval" / "clean_dev27" / "make.py"
DEV27_SHA256 = "a4f2dc7e907265e6b8d07edc28de9d2c69aa5ec949667b92d8ba00e677d8db71"


def _load():
    spec = importlib.util.spec_from_file_location("clean_dev27_make", MAKE)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["clean_dev27_make"] = mod
    spec.loader.exec_module(mod)
    return mod


M = _load()

WORDS = ["thành phố", "người dân", "chính quyền", "dự án", "cơ quan", "công an", "bệnh viện",
         "học sinh", "nhà máy", "cảng biển", "nông dân", "doanh nghiệp", "ngân hàng", "trường học"]
NAMES = ["Hà Nội", "Đà Nẵng", "Cần Thơ", "Huế", "Nghệ An", "Malaysia", "Nhật Bản"]
TRAILERS = ["Trọng Giáp", "Ngọc Ánh (Theo SCMP)", "(Theo Reuters)", "Minh Khôi"]


def _sentence(i, j):
    w = WORDS[(i + j) % len(WORDS)]
    n = NAMES[(i * 3 + j) % len(NAMES)]
    return f"Câu số {j} của bài {i}: {w} tại {n} cho biết kế hoạch mới đã được triển khai từ tháng {j % 12 + 1}."


def _article(i, n=8):
    return " ".join(_sentence(i, j) for j in range(n))


def _write(path: Path, cut: int | None = None):
    lines = []
    rel_lo, rel_hi = M.RELATED_ROWS.start, M.RELATED_ROWS.stop
    body_lo = M.BODY_ROWS.start
    n_body = 60
    for i in range(rel_lo + 40):
        if body_lo <= i < body_lo + n_body:
            k = i - body_lo
            if k == 3:
                lines.append("")
            elif k == 5:
                lines.append("{}")
            elif k == 7:
                lines.append(json.dumps({"id": str(i), "article": _article(i)}, ensure_ascii=False))
            elif k == 9:
                lines.append(json.dumps({"id": str(i), "title": "Không có bài"}, ensure_ascii=False))
            elif k == 11:
                lines.append("{not json")
            else:
                art = _article(i, 4 + k % 6)
                if k % 4 == 0:
                    art += " " + TRAILERS[(k // 4) % len(TRAILERS)]
                lines.append(json.dumps({"id": str(i), "title": f"Tiêu đề bài {i} về {NAMES[k % 7]}",
                                         "article": art, "summary": "Tóm tắt."}, ensure_ascii=False))
        elif rel_lo <= i < rel_hi:
            k = i - rel_lo
            if k == 2:
                lines.append("")
                continue
            art = f"Tin khác {i} mở đầu bằng câu riêng về chuyện ở {NAMES[k % 7]}. " + \
                  " ".join(f"Đoạn dài thêm {x} của tin {i} để vượt quá mức cắt một nghìn hai trăm ký tự." for x in range(40))
            if cut is not None:
                art = art[:cut]
            lines.append(json.dumps({"id": str(i), "title": f"Tin liên quan số {i} ở {NAMES[k % 7]}",
                                     "article": art, "summary": "x"}, ensure_ascii=False))
        elif i in M.BODY_ROWS:
            lines.append("")
        else:
            lines.append(json.dumps({"id": str(i), "title": "ngoài phạm vi", "article": "Không dùng."}))
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return n_body - 5


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    d = tmp_path_factory.mktemp("t27")
    p = d / "train.jsonl.gz"
    n = _write(p)
    pc = d / "cut.jsonl.gz"
    _write(pc, cut=M.RELATED_CUT)
    return p, pc, n, M.pages(p)


def test_constants():
    assert M.BODY_ROWS == range(9_300, 9_600)
    assert M.RELATED_ROWS == range(15_600, 16_000)
    assert M.KINDS == ("byline", "credit", "caption", "related", "widget")
    assert 16 <= len(M.LAYOUTS) <= 20 and len(set(M.LAYOUTS)) == len(M.LAYOUTS)


def test_determinism(built):
    p, _, _, ps = built
    assert M.pages(p) == ps


def test_one_page_per_usable_row_and_layouts(built):
    _, _, n, ps = built
    assert len(ps) == n
    assert [q.layout for q in ps] == [M.LAYOUTS[k % len(M.LAYOUTS)] for k in range(n)]
    assert set(q.layout for q in ps) == set(M.LAYOUTS)
    assert all(q.body for q in ps)


def test_page_contract(built):
    ps = built[3]
    for q in ps:
        lines = q.text.split("\n")
        assert all(l and l == l.strip() for l in lines)
        for b in q.body:
            assert b and b in q.text and "\n" not in b
        fset = set()
        for k, l in q.furniture:
            assert k in M.KINDS
            assert l in lines
            fset.add(l)
        body_lines = [l for l in lines if any(b in l for b in q.body)]
        for l in body_lines:
            rest = l
            for b in q.body:
                rest = rest.replace(b, "")
            assert rest.strip() == "", (q.layout, l)
            assert l not in fset
        assert not set(q.body) & fset
        other = [l for l in lines if l not in fset and l not in body_lines]
        assert len(other) <= 3, (q.layout, other)


def test_related_from_related_rows(built):
    for q in built[3]:
        for k, l in q.furniture:
            l = unicodedata.normalize("NFC", l)
            if k == "related" and not l.startswith("Xem thêm") and l not in ("Đọc thêm", "Tin cùng chuyên mục",
                                                                                "Tin khác trong bản tin", "Các tin khác",
                                                                                "Tin liên quan"):
                assert "Tin liên quan số" in l or "Tin khác" in l, l
                assert "Câu số" not in l


def test_trailers_are_furniture(built):
    ps = built[3]
    seen = 0
    for q in ps:
        for t in ("Trọng Giáp", "Ngọc Ánh (Theo SCMP)", "(Theo Reuters)", "Minh Khôi"):
            t2 = unicodedata.normalize("NFD", t)
            if t in q.text or t2 in q.text:
                assert not any(t in b or t2 in b for b in q.body), (t, q.body)
                assert any(l in (t, t2) for _, l in q.furniture)
                seen += 1
    assert seen >= 8


def test_scraper_faults(built):
    ps = built[3]
    marks = ["\u00a0", "\u200b", "\ufeff", "  "]
    faulty = [q for q in ps if any(m in b for b in q.body for m in marks)
              or any(unicodedata.normalize("NFC", b) != b for b in q.body)
              or any(".C" in b for b in q.body)]
    assert len(faulty) >= 5


def test_related_cut(built):
    _, pc, _, ps = built
    assert M.pages(pc) == ps


def test_frozen():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == DEV27_SHA256
