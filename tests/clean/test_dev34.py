"""Well-formedness tests of eval/clean_dev34/make.py (written blind as clean_test34; now the dev set "dev34").

They build a tiny synthetic train file; they never read the real data.
"""
from __future__ import annotations

import dataclasses
import gzip
import hashlib
import importlib.util
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

MAKE = Path(__file__).resolve().parents[2] / "eval" / "clean_dev34" / "make.py"
DEV34_SHA256 = "99042e64847e35109d8f7779ca2d024269256b6b5e1085572f5f564484bf8827"

N_BODY = 44      # usable body rows in the synthetic file
N_REL = 30       # usable related rows


def _load():
    spec = importlib.util.spec_from_file_location("clean_dev34_make", MAKE)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


m = _load()

TRAILERS = {  # body index -> (glued text, expected (kind, line) pieces)
    3: (" Trọng Giáp", [("byline", "Trọng Giáp")]),
    7: (" Ngọc Ánh (Theo SCMP)", [("byline", "Ngọc Ánh (Theo SCMP)")]),
    11: (" (Theo Reuters)", [("credit", "(Theo Reuters)")]),
    15: (" Xem thêm: Những điều cần biết về thuế mới", [("related", "Xem thêm: Những điều cần biết về thuế mới")]),
    19: (" Minh Quân (Tổng hợp) Xem thêm: Lịch nghỉ lễ năm nay",
         [("byline", "Minh Quân (Tổng hợp)"), ("related", "Xem thêm: Lịch nghỉ lễ năm nay")]),
}


def _body_article(k: int) -> str:
    topics = ["giá xăng", "thị trường vàng", "xuất khẩu gạo", "lãi suất", "du lịch biển", "nhà ở xã hội"]
    sents = []
    for i in range(6 + k % 5):
        t = topics[(k + i) % len(topics)]
        if i == 2 and k % 3 == 0:
            sents.append(f'" Chúng tôi theo dõi sát zqbody{k} về {t} ", ông Hùng nói.')
        else:
            sents.append(f"Câu số {i} của zqbody{k} nói về {t} tại TP. HCM trong năm nay.")
    if k % 9 == 4:
        sents.insert(3, f"Toàn cảnh khu chợ zqbody{k} sáng nay. Ảnh: Hải An")
    art = " ".join(sents)
    if k in TRAILERS:
        art += TRAILERS[k][0]
    return art


def _rel_article(j: int) -> str:
    return " ".join(f"Tin khác zqrel{j} câu {i} kể chuyện thời tiết và mùa màng ở miền núi phía Bắc."
                    for i in range(40))  # about 3,000 characters


def _write(path: Path, cut: bool = False) -> list[dict]:
    lines = [""] * 17_100
    lines[15_899] = json.dumps({"id": "x", "title": "zqexcl before", "article": "Không dùng zqexcl. Câu hai."})
    lines[15_900] = "   "
    lines[15_901] = "{}"
    lines[15_902] = json.dumps({"id": "a", "article": "Không có tiêu đề zqbad."})
    lines[15_903] = json.dumps({"id": "b", "title": "Không có bài zqbad", "article": ""})
    lines[15_904] = '{"id": "c", "title": "hỏng zqbad", "article": '
    lines[15_905] = json.dumps({"id": "d", "title": "", "article": "Tiêu đề rỗng zqbad."})
    usable = []
    rows = list(range(15_906, 15_906 + N_BODY - 1)) + [15_999]
    for k, r in enumerate(rows):
        row = {"id": f"b{k}", "title": f"Tiêu đề bài zqtitle{k} về kinh tế", "article": _body_article(k),
               "summary": "Tóm tắt."}
        lines[r] = json.dumps(row, ensure_ascii=False)
        usable.append(row)
    lines[16_000] = json.dumps({"id": "y", "title": "zqexcl after", "article": "Không dùng zqexcl. Câu hai."})
    lines[16_899] = json.dumps({"id": "z", "title": "zqout before", "article": "Không dùng zqout. Câu hai."})
    lines[16_900] = "not json zqout"
    lines[16_901] = json.dumps({"id": "r", "title": "", "article": "zqout không tiêu đề."})
    for j in range(N_REL):
        art = _rel_article(j)
        if cut:
            art = art[: m.RELATED_CUT]
        lines[16_902 + 3 * j] = json.dumps({"id": f"r{j}", "title": f"Tin liên quan zqrel{j} về mùa màng",
                                            "article": art}, ensure_ascii=False)
    lines[17_000] = json.dumps({"id": "w", "title": "zqout after", "article": "Không dùng zqout. Câu hai."})
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    return usable


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    d = tmp_path_factory.mktemp("t34")
    usable = _write(d / "train.jsonl.gz")
    _write(d / "cut.jsonl.gz", cut=True)
    return d, usable, m.pages(d / "train.jsonl.gz")


def test_constants():
    assert m.BODY_ROWS == range(15_900, 16_000)
    assert m.RELATED_ROWS == range(16_900, 17_000)
    assert m.RELATED_CUT == 1_200
    assert m.KINDS == ("byline", "credit", "caption", "related", "widget")
    assert isinstance(m.LAYOUTS, tuple) and 16 <= len(m.LAYOUTS) <= 20
    assert len(set(m.LAYOUTS)) == len(m.LAYOUTS)
    assert [f.name for f in dataclasses.fields(m.Page)] == ["text", "body", "furniture", "layout"]


def test_frozen_hash():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == DEV34_SHA256


def test_deterministic(built):
    d, _, ps = built
    assert m.pages(d / "train.jsonl.gz") == ps


def test_one_page_per_usable_row_and_layout_cycle(built):
    _, usable, ps = built
    assert len(ps) == len(usable) == N_BODY
    for k, (p, row) in enumerate(zip(ps, usable)):
        assert p.layout == m.LAYOUTS[k % len(m.LAYOUTS)]
        text = unicodedata.normalize("NFC", p.text)
        assert row["title"] in text.split("\n")
        assert f"zqbody{k} " in text
    allt = "\n".join(p.text for p in ps)
    for bad in ("zqexcl", "zqbad", "zqout"):
        assert bad not in allt
    assert {p.layout for p in ps} == set(m.LAYOUTS)


def test_page_contract(built):
    _, _, ps = built
    for k, p in enumerate(ps):
        lines = p.text.split("\n")
        assert lines and all(x and x == x.strip() for x in lines)
        assert p.body and all(isinstance(b, str) and b and "\n" not in b and b in p.text for b in p.body)
        assert all(kind in m.KINDS for kind, _ in p.furniture)
        left = Counter(line for _, line in p.furniture)
        rest = []
        for x in lines:
            if left[x] > 0:
                left[x] -= 1
            else:
                rest.append(x)
        assert not +left, "furniture line not in text"
        joined = " ".join(p.body)
        body_lines = [x for x in rest if x in joined]
        assert len(rest) - len(body_lines) <= 3, p.layout
        assert " ".join(body_lines) == joined, p.layout
        # body is this story only, in order
        nums = [int(n) for b in p.body for n in re.findall(r"Câu số (\d)", unicodedata.normalize("NFC", b))]
        assert nums == sorted(nums)
        assert all(f"zqbody{k}" in b for b in p.body)
        assert not any("Ảnh:" in b for b in p.body)


def test_related_only_from_related_rows(built):
    _, _, ps = built
    seen_rel = 0
    for k, p in enumerate(ps):
        for kind, line in p.furniture:
            assert "zqbody" not in line and "zqtitle" not in line, (kind, line)
            if "zqrel" in line:
                seen_rel += 1
        for b in p.body:
            assert "zqrel" not in b
        rel = [line for kind, line in p.furniture if kind == "related"]
        for line in rel:
            own = [t for _, t in TRAILERS.get(k, ("", []))[1]]
            assert "zqrel" in line or line in own or not re.search(r"zq", line)
    assert seen_rel >= N_BODY


def test_trailers_are_furniture(built):
    _, _, ps = built
    for k, (_, pieces) in TRAILERS.items():
        p = ps[k]
        for kind, line in pieces:
            assert (kind, line) in p.furniture
            assert not any(line in b for b in p.body)
    for p in ps:
        assert not any(b.endswith(("Giáp", "SCMP)", "Reuters)")) or "Xem thêm" in b for b in p.body)


def test_scraper_faults_occur(built):
    _, _, ps = built
    found = Counter()
    for p in ps:
        if unicodedata.normalize("NFC", p.text) != p.text:
            found["nfd"] += 1
        body = " ".join(p.body)
        found["nbsp"] += "\u00a0" in body
        found["zw"] += "\u200b" in body or "\ufeff" in body
        found["double"] += "  " in body
        found["glue"] += any(re.search(r"\.Câu số", b) for b in p.body)
    assert all(found[x] >= 1 for x in ("nfd", "nbsp", "zw", "double", "glue")), found
    assert sum(found.values()) <= N_BODY // 2


def test_unchanged_when_related_rows_cut(built):
    d, _, ps = built
    assert m.pages(d / "cut.jsonl.gz") == ps
