"""Well-formedness tests for eval/clean_dev24/make.py (written blind as clean_test24; held-out cleaner pages).

The test writes its own tiny train file; it reads nothing outside the repository."""
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
MAKE = ROOT / "eval" / "clean_dev24" / "make.py"
DEV24_SHA256 = "996794982fbafb3e80e46810ef6a8d324f86446cb76d2085021f90e333a99452"


def _load():
    spec = importlib.util.spec_from_file_location("clean_dev24_make", MAKE)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["clean_dev24_make"] = mod
    spec.loader.exec_module(mod)
    return mod


M = _load()

PLACES = ["Hà Nội", "Nghệ An", "Gia Lai", "Cần Thơ", "Quảng Ninh", "Đà Nẵng", "Sóc Trăng"]
VERBS = ["kiểm tra", "làm việc với", "xử lý", "khảo sát", "hỗ trợ", "tiếp nhận"]
TRAILERS = ["Nguyễn Văn Tâm (Tổng hợp)", "Theo Vnexpress.net", "Nhóm PV Quốc hội", "Hoàng Thị Mơ"]


def _story(i: int) -> str:
    out = []
    for j in range(6 + i % 7):
        p = PLACES[(i + j) % len(PLACES)]
        v = VERBS[(i * 3 + j) % len(VERBS)]
        out.append(f"Sáng {j + 1}/{i % 12 + 1}, đoàn công tác số {i}-{j} đã {v} người dân tại {p} về vụ việc thứ {i}.")
    out.append(f"Ông Trần Văn Bảy cho biết: \" Chúng tôi sẽ tiếp tục theo dõi câu chuyện {i} \".")
    text = " ".join(out)
    if i % 4 == 0:
        text += " " + TRAILERS[(i // 4) % len(TRAILERS)]
    if i == 5:
        text = "Clip: Hiện trường vụ việc ở Gia Lai. " + text + " Xem thêm: Đường dây cát tặc ở Gia Lai bị triệt phá"
    return text


def _related(i: int) -> str:
    first = f"Thông tin phụ {i} cho hay lực lượng chức năng tỉnh {PLACES[i % len(PLACES)]} vừa triển khai đợt cao điểm mới."
    rest = " ".join(f"Chi tiết phụ {i}-{k} được cập nhật thêm trong ngày hôm nay tại địa phương." for k in range(30 if i % 3 == 0 else 3))
    return first + " " + rest


def _write(path: Path, cut: bool = False) -> int:
    """Write the fake train file; return the number of usable body rows."""
    lines = ["" for _ in range(M.BODY_ROWS.stop + 5)]
    for n, row in enumerate(M.RELATED_ROWS):
        if n >= 60:
            break
        art = _related(n)
        if cut:
            art = art[:1200]
        lines[row] = json.dumps({"id": f"r{n}", "title": f"Tiêu đề tin khác số {n} về {PLACES[n % 7]}",
                                 "article": art, "summary": "x"}, ensure_ascii=False)
    lines[M.RELATED_ROWS.start + 60] = "{not json"
    usable = 0
    bad = ["", "{}", json.dumps({"title": "Chỉ có tiêu đề"}), json.dumps({"article": "Chỉ có bài."}),
           "{\"title\": \"hỏng", json.dumps({"title": " ", "article": "Bài có tiêu đề trống."})]
    for n, row in enumerate(range(M.BODY_ROWS.start, M.BODY_ROWS.start + 46)):
        if n % 8 == 7:
            lines[row] = bad[(n // 8) % len(bad)]
            continue
        lines[row] = json.dumps({"id": f"b{n}", "title": f"Vụ việc số {n} gây xôn xao dư luận ở {PLACES[n % 7]}",
                                 "article": _story(n), "summary": "y"}, ensure_ascii=False)
        usable += 1
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    return usable


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    d = tmp_path_factory.mktemp("t24")
    full, cut = d / "train.jsonl.gz", d / "train_cut.jsonl.gz"
    usable = _write(full)
    _write(cut, cut=True)
    return {"full": full, "cut": cut, "usable": usable, "pages": M.pages(full)}


def test_module_names():
    assert M.BODY_ROWS == range(13_600, 13_900)
    assert M.RELATED_ROWS == range(12_600, 13_000)
    assert M.KINDS == ("byline", "credit", "caption", "related", "widget")
    assert 16 <= len(M.LAYOUTS) <= 20 and len(set(M.LAYOUTS)) == len(M.LAYOUTS)


def test_deterministic(data):
    again = M.pages(data["full"])
    assert again == data["pages"]


def test_one_page_per_usable_row_and_layouts(data):
    ps = data["pages"]
    assert len(ps) == data["usable"] >= len(M.LAYOUTS)
    assert [p.layout for p in ps] == [M.LAYOUTS[k % len(M.LAYOUTS)] for k in range(len(ps))]
    assert set(p.layout for p in ps) == set(M.LAYOUTS)


def _split_body_lines(p):
    """Return the set of line indexes that are body lines; fail if a body line holds anything else."""
    lines = p.text.split("\n")
    j, body_idx = 0, set()
    for i, line in enumerate(lines):
        if j < len(p.body) and line.startswith(p.body[j]):
            rest, k = line, j
            while k < len(p.body) and rest.startswith(p.body[k]):
                rest = rest[len(p.body[k]):]
                k += 1
                if rest.startswith(" "):
                    rest = rest[1:]
                else:
                    break
            assert rest == "", (p.layout, line)
            body_idx.add(i)
            j = k
    assert j == len(p.body), (p.layout, p.body[j:j + 1])
    return lines, body_idx


def test_page_contract(data):
    for p in data["pages"]:
        lines = p.text.split("\n")
        assert all(line and line == line.strip() for line in lines)
        assert p.body and all(s and s in p.text for s in p.body)
        lines, body_idx = _split_body_lines(p)
        furn_lines = {line for _, line in p.furniture}
        for kind, line in p.furniture:
            assert kind in M.KINDS
            assert line in lines
        other = [line for i, line in enumerate(lines) if i not in body_idx and line not in furn_lines]
        assert len(other) <= 3, (p.layout, other)
        assert not set(p.body) & furn_lines


def test_related_from_related_rows(data):
    titles = [f"Tiêu đề tin khác số {n} về" for n in range(60)]
    teasers = [f"Thông tin phụ {n} cho hay" for n in range(60)]
    for p in data["pages"]:
        for kind, line in p.furniture:
            line = unicodedata.normalize("NFC", line)
            if kind != "related":
                continue
            if line.startswith("Xem thêm: Đường dây cát tặc"):
                continue  # link glued inside the story article itself
            assert any(t in line for t in titles + teasers), line
            assert "Vụ việc số" not in line and "đoàn công tác" not in line


def test_trailers_are_furniture(data):
    seen = 0
    for p in data["pages"]:
        p = M.Page(text=unicodedata.normalize("NFC", p.text),
                   body=[unicodedata.normalize("NFC", s) for s in p.body],
                   furniture=[(k, unicodedata.normalize("NFC", x)) for k, x in p.furniture], layout=p.layout)
        for tr in TRAILERS:
            if tr in p.text:
                seen += 1
                assert any(line == tr for _, line in p.furniture), tr
                assert not any(tr in s for s in p.body)
        if "Clip: Hiện trường vụ việc ở Gia Lai." in p.text:
            assert ("caption", "Clip: Hiện trường vụ việc ở Gia Lai.") in p.furniture
            assert ("related", "Xem thêm: Đường dây cát tặc ở Gia Lai bị triệt phá") in p.furniture
            seen += 1
    assert seen >= 5


def test_scraper_faults(data):
    kinds = set()
    faulty = 0
    for p in data["pages"]:
        joined = "\n".join(p.body)
        f = False
        if "\u00a0" in joined:
            kinds.add("nbsp"); f = True
        if any(z in joined for z in ("\u200b", "\u200c", "\u2060", "\ufeff")):
            kinds.add("zw"); f = True
        if "  " in joined:
            kinds.add("dbl"); f = True
        if unicodedata.normalize("NFC", p.text) != p.text:
            kinds.add("nfd"); f = True
        if any(".Sáng" in s or ".Ông" in s or "\".Sáng" in s for s in p.body):
            kinds.add("glue"); f = True
        faulty += f
    assert 0.15 <= faulty / len(data["pages"]) <= 0.4
    assert len(kinds) >= 3, kinds


def test_related_cut_to_1200(data):
    assert M.pages(data["cut"]) == data["pages"]


def test_frozen_hash():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == DEV24_SHA256
