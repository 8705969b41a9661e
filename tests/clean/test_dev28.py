"""Well-formedness tests for eval/clean_dev28/make.py (written blind as clean_test28; held-out cleaner pages).

Everything runs on a tiny synthetic train file built in tmp_path; nothing outside
the repository is read.
"""
import dataclasses
import gzip
import hashlib
import importlib.util
import json
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

DEV28_SHA256 = "1a4a7b3568880dd44ecdf572d971f8465d20c556e5920dfc067793783e323c27"

ROOT = Path(__file__).resolve().parents[2]
MAKE = ROOT / "eval" / "clean_dev28" / "make.py"


def _load():
    spec = importlib.util.spec_from_file_location("clean_dev28_make", MAKE)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


m = _load()

# ----------------------------------------------------------------------------------------
# synthetic train file
# ----------------------------------------------------------------------------------------

TRAILERS = [
    ("byline", "Trọng Giáp"),
    ("byline", "Ngọc Ánh (Theo SCMP)"),
    ("credit", "(Theo Reuters)"),
    ("related", "Xem thêm: Tin X{i} về giao thông mùa lễ"),
    ("credit", "Theo TTXVN"),
    ("byline", "Bá Di (Tổng hợp)"),
    ("byline", "Hoa Nguyễn - Thu Lê"),
]
N_BODY = 45          # usable body rows
N_REL = 60           # usable related rows


def _body_article(i, n):
    verbs = ("triển khai", "kiểm tra", "công bố", "rà soát", "hoàn thành", "đề xuất")
    sents = [f"Câu số {j} của bài B{i} cho biết chính quyền thành phố Hòa Lâm đã {verbs[j % 6]} "
             f"kế hoạch mới tại khu vực số {j + 3}." for j in range(n)]
    if i % 5 == 2:  # a fused photo caption inside the article text
        sents.insert(2, f"Ảnh: Minh Hoà Câu chèn của bài B{i} nằm ngay sau chú thích ảnh.")
    return " ".join(sents)


def _related_article(i):
    sents = [f"Đoạn R{i} số {j} kể về buổi sáng ở chợ phiên vùng cao với nhiều sắc màu." for j in range(30)]
    text = " ".join(sents)
    assert len(text) > m.RELATED_CUT + 200
    return text[:m.RELATED_CUT + 50] + " ĐUÔI" + f" R{i} phần cuối không bao giờ được dùng."


def _rows():
    rows = {}
    usable_body = {}
    k = 0
    for i in range(12_600, 12_600 + N_BODY + 9):  # nine unusable rows below
        j = i - 12_600
        if j in (3, 9):
            rows[i] = ""                                    # blank line
        elif j == 5:
            rows[i] = "{}"
        elif j == 7:
            rows[i] = json.dumps({"id": i, "article": _body_article(i, 5)})   # no title
        elif j == 11:
            rows[i] = json.dumps({"id": i, "title": f"Bài B{i} không có nội dung"})  # no article
        elif j == 13:
            rows[i] = '{"id": 1, "title": "hỏng", "article": '                # invalid JSON
        elif j == 15:
            rows[i] = json.dumps({"id": i, "title": "   ", "article": "Nội dung."})
        elif j == 17:
            rows[i] = json.dumps([1, 2, 3])
        elif j == 19:
            rows[i] = json.dumps({"id": i, "title": "Tiêu đề", "article": 42})
        else:
            art = _body_article(i, 3 + j % 9)
            trailer = None
            if j % 3 == 0:
                trailer = TRAILERS[(j // 3) % len(TRAILERS)]
                trailer = (trailer[0], trailer[1].format(i=i))
                art += " " + trailer[1]
            rows[i] = json.dumps({"id": i, "title": f"Bài B{i}: Hòa Lâm khởi động dự án số {j}",
                                  "article": art, "summary": "Tóm tắt."}, ensure_ascii=False)
            usable_body[i] = (k, trailer)
            k += 1
    for i in range(17_600, 17_600 + N_REL + 6):
        j = i - 17_600
        if j == 4:
            rows[i] = ""
        elif j == 8:
            rows[i] = "{oops"
        elif j == 12:
            rows[i] = json.dumps({"id": i, "title": "", "article": "Câu."})
        else:
            rows[i] = json.dumps({"id": i, "title": f"Tin R{i}: chuyện ở phố cổ",
                                  "article": _related_article(i)}, ensure_ascii=False)
    return rows, usable_body


def _write(path, rows, cut=False):
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for i in range(17_600 + N_REL + 20):
            line = rows.get(i, "" if i % 2 else "{}")
            if cut and i in m.RELATED_ROWS and line.startswith("{") and line.endswith("}"):
                try:
                    d = json.loads(line)
                except ValueError:
                    d = None
                if isinstance(d, dict) and isinstance(d.get("article"), str):
                    d["article"] = d["article"][:m.RELATED_CUT]
                    line = json.dumps(d, ensure_ascii=False)
            fh.write(line + "\n")


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    d = tmp_path_factory.mktemp("t28")
    rows, usable = _rows()
    full, cut = d / "train.jsonl.gz", d / "train_cut.jsonl.gz"
    _write(full, rows)
    _write(cut, rows, cut=True)
    return {"full": full, "cut": cut, "usable": usable, "pages": m.pages(full)}


# ----------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------

def _walk(page):
    """-> (unlabelled lines, number of body items placed) — body lines must partition body."""
    furn = {line for _, line in page.furniture}
    bi, unl = 0, []
    for line in page.text.split("\n"):
        if line in furn:
            continue
        acc, j, ok = None, bi, False
        while j < len(page.body):
            acc = page.body[j] if acc is None else acc + " " + page.body[j]
            j += 1
            if acc == line:
                ok = True
                break
            if not line.startswith(acc):
                break
        if ok:
            bi = j
        else:
            unl.append(line)
    return unl, bi


# ----------------------------------------------------------------------------------------
# tests
# ----------------------------------------------------------------------------------------

def test_constants():
    assert m.SEED == 2821
    assert m.BODY_ROWS == range(12_600, 12_900)
    assert m.RELATED_ROWS == range(17_600, 18_000)
    assert m.RELATED_CUT == 1_200
    assert m.KINDS == ("byline", "credit", "caption", "related", "widget")
    assert isinstance(m.LAYOUTS, tuple) and 16 <= len(m.LAYOUTS) <= 20
    assert len(set(m.LAYOUTS)) == len(m.LAYOUTS)
    assert all(isinstance(x, str) and x for x in m.LAYOUTS)
    assert dataclasses.is_dataclass(m.Page)
    assert [f.name for f in dataclasses.fields(m.Page)] == ["text", "body", "furniture", "layout"]
    assert callable(m.pages)


def test_one_page_per_usable_row_and_layout_cycle(data):
    ps = data["pages"]
    assert len(ps) == len(data["usable"]) == N_BODY
    for k, p in enumerate(ps):
        assert isinstance(p, m.Page)
        assert p.layout == m.LAYOUTS[k % len(m.LAYOUTS)]
    assert {p.layout for p in ps} == set(m.LAYOUTS)
    # page k is built from the k-th usable row: its own marker is in the title line
    rows = sorted(data["usable"])
    for k, p in enumerate(ps):
        assert f"B{rows[k]}" in p.text


def test_deterministic(data, tmp_path):
    again = m.pages(data["full"])
    assert again == data["pages"]
    code = ("import sys, hashlib, importlib.util;"
            f"s = importlib.util.spec_from_file_location('x', {str(MAKE)!r});"
            "x = importlib.util.module_from_spec(s); sys.modules['x'] = x; s.loader.exec_module(x);"
            f"print(hashlib.sha256(repr(x.pages({str(data['full'])!r})).encode()).hexdigest())")
    outs = set()
    for seed in ("1", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        outs.add(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                                text=True, check=True).stdout.strip())
    assert outs == {hashlib.sha256(repr(data["pages"]).encode()).hexdigest()}


def test_page_contract(data):
    for p in data["pages"]:
        assert p.text.strip()
        lines = p.text.split("\n")
        assert all(line and line == line.strip() for line in lines)
        assert p.body, "every synthetic article has story sentences"
        for kind, line in p.furniture:
            assert kind in m.KINDS
            assert "\n" not in line and line in lines
        for s in p.body:
            assert s and "\n" not in s and s in p.text
        unl, placed = _walk(p)
        assert placed == len(p.body), "body lines must hold body sentences only, in order"
        assert len(unl) <= 3, unl
        title = [ln for ln in unl if "B12" in ln]
        assert title, "the title is one of the unlabelled lines"
        furn = {line for _, line in p.furniture}
        for s in p.body:
            assert not any(s in f for f in furn)


def test_main_prints_summary(data):
    out = subprocess.run([sys.executable, str(MAKE), str(data["full"])], capture_output=True,
                         text=True, check=True).stdout
    assert re.fullmatch(r"pages=45 layouts=\d+ body_sentences=\d+ furniture_lines=\d+ time=[\d.]+s\n", out)


def test_related_only_from_related_rows(data):
    usable_rel = {i for i in range(17_600, 17_600 + N_REL + 6) if (i - 17_600) not in (4, 8, 12)}
    seen = set()
    for p in data["pages"]:
        assert "ĐUÔI" not in p.text and "phần cuối" not in p.text
        for kind, line in p.furniture:
            for r in re.findall(r"R(\d{5})", line):
                seen.add(int(r))
                assert int(r) in usable_rel
            if kind in ("related", "caption"):
                assert not re.search(r"B\d{5}", line), line  # no other (or own) story text
        # story rows' text only appears as this page's own body / title
        own = re.findall(r"B(\d{5})", p.text)
        assert len(set(own)) == 1
    assert len(seen) > 20
    kinds_with_r = {k for p in data["pages"] for k, line in p.furniture if re.search(r"R\d{5}", line)}
    assert {"related", "caption"} <= kinds_with_r


def test_unchanged_when_related_rows_are_cut(data):
    assert m.pages(data["cut"]) == data["pages"]


def test_trailers_become_furniture(data):
    ps = data["pages"]
    checked = 0
    for i, (k, trailer) in data["usable"].items():
        p = ps[k]
        for s in p.body:
            assert "Ảnh:" not in s and "Câu chèn" not in s
        if not trailer:
            continue
        kind, text = trailer
        norm = unicodedata.normalize("NFC", text).lower()
        assert not any(norm in unicodedata.normalize("NFC", s).lower() for s in p.body)
        hits = [(kd, line) for kd, line in p.furniture if norm in unicodedata.normalize("NFC", line).lower()]
        assert hits, (p.layout, text)
        assert any(kd == kind for kd, _ in hits), (p.layout, text, hits)
        checked += 1
    assert checked >= 12


def test_every_story_sentence_kept(data):
    for i, (k, trailer) in data["usable"].items():
        p = data["pages"][k]
        n = 3 + (i - 12_600) % 9
        joined = unicodedata.normalize("NFC", " ".join(p.body))
        joined = re.sub(r"[\u00a0\u200b\ufeff]", " ", joined)
        for j in range(n):
            if j == 1 and i % 5 == 2:
                continue  # caption sentence before the fused "Ảnh:" credit: left off
            assert f"Câu số {j} của bài B{i}" in " ".join(joined.split())


def test_scraper_faults_occur(data):
    ps = data["pages"]
    kinds, faulty = set(), 0
    for p in ps:
        found = set()
        body = "\n".join(p.body)
        if "\u00a0" in body:
            found.add("nbsp")
        if "\u200b" in body:
            found.add("zwsp")
        if "\ufeff" in body:
            found.add("bom")
        if re.search(r"\S  +\S", body):
            found.add("double_space")
        if not unicodedata.is_normalized("NFC", p.text):
            found.add("nfd")
        if any(re.search(r"[.!?][A-ZĐ]", s) for s in p.body):
            found.add("glue")
        kinds |= found
        faulty += bool(found)
    assert kinds == {"nbsp", "zwsp", "bom", "double_space", "nfd", "glue"}
    assert 0.15 <= faulty / len(ps) <= 0.40


def test_frozen_hash():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == DEV28_SHA256
