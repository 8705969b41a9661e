"""Well-formedness tests of eval/clean_dev33/make.py (written blind as clean_test33; held-out cleaner pages).

Everything runs on a tiny synthetic train file built in tmp_path; nothing outside
the repository is read.
"""

from __future__ import annotations

import collections
import dataclasses
import gzip
import hashlib
import importlib.util
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

DEV33_SHA256 = "e3b0c6ab9be4b45af91b0890312d07aaa132a712d831ada45451f415b62cb229"

MAKE = Path(__file__).resolve().parents[2] / "eval" / "clean_dev33" / "make.py"
MARK = re.compile(r"kx(\d+)q")


def _load():
    spec = importlib.util.spec_from_file_location("clean_dev33_make", MAKE)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


make = _load()

# ---------------------------------------------------------------- synthetic data

_PLACES = ["xã Tân Hoà", "phường Đông Sơn", "huyện Chư Prông", "thị trấn Ứng Hoà", "quận Ngũ Hành Sơn"]
_VERBS = ["phản ánh", "ghi nhận", "kiến nghị", "cho biết", "khẳng định"]
_TRAILERS = [
    "Bá Di (Tổng hợp)",
    "Ngọc Ánh (Theo SCMP)",
    "(Theo Reuters)",
    "Trọng Giáp",
    "Theo báo Tin Tức",
    "Nguyễn Hường - Hoàng Bích",
    "Mộc Miên (tổng hợp)",
]


def _sentence(i: int, j: int) -> str:
    p, v = _PLACES[(i + j) % len(_PLACES)], _VERBS[(i * 3 + j) % len(_VERBS)]
    return f"Câu thứ {j + 1} của bài kx{i}q: người dân ở {p} {v} rằng việc sửa đường đã kéo dài nhiều tháng."


def _article(i: int, n: int) -> str:
    return " ".join(_sentence(i, j) for j in range(n))


def _trailer(i: int):
    """Glued trailer for some body rows: (text to append, tell-tale substring)."""
    m = i % 9
    if m < len(_TRAILERS):
        return _TRAILERS[m], _TRAILERS[m]
    if m == len(_TRAILERS):
        head = f"Xem thêm: Hà Nội lập đoàn kiểm tra tuyến đường kx{i}q"
        return head, head
    return "", ""


def _junk(i: int) -> str:
    return [
        "",
        "   ",
        "{}",
        "{not json",
        json.dumps({"id": i, "article": _article(i, 4)}),
        json.dumps({"id": i, "title": f"Tiêu đề kx{i}q", "summary": "x"}),
        json.dumps({"id": i, "title": "   ", "article": _article(i, 4)}),
        json.dumps({"id": i, "title": f"Tiêu đề kx{i}q", "article": ""}),
        json.dumps([1, 2, 3]),
        json.dumps({"id": i, "title": 7, "article": _article(i, 3)}),
    ][i % 10]


def _row(i: int, n_sent: int, trailer: str = "") -> str:
    art = _article(i, n_sent) + (" " + trailer if trailer else "")
    return json.dumps({"id": i, "title": f"Người dân {_PLACES[i % 5]} bức xúc vì công trình kx{i}q chậm tiến độ",
                       "article": art, "summary": "Tóm tắt."}, ensure_ascii=False)


def _build_rows(cut: bool = False):
    """Lines of the synthetic train file, and facts about them."""
    lines, usable, related = [], [], set()
    for i in range(14_012):
        if i in make.BODY_ROWS:
            if i % 5 == 3 or i % 7 == 5:
                lines.append(_junk(i))
                continue
            tail, tell = _trailer(i)
            lines.append(_row(i, 4 + i % 6, tail))
            usable.append((i, tell))
        elif i in make.RELATED_ROWS:
            if i % 6 == 1:
                lines.append(_junk(i))
                continue
            line = _row(i, 18 + i % 5)  # well over RELATED_CUT characters
            if cut:
                row = json.loads(line)
                row["article"] = row["article"][: make.RELATED_CUT]
                line = json.dumps(row, ensure_ascii=False)
            lines.append(line)
            related.add(i)
        elif 12_880 <= i < 12_900 or 13_000 <= i < 13_020 or 13_880 <= i < 13_900 or i >= 14_000:
            lines.append(_row(i, 6, _TRAILERS[i % len(_TRAILERS)]))  # outside both ranges: never used
        else:
            lines.append("" if i % 2 else "{}")
    return lines, usable, related


def _write(path: Path, lines) -> Path:
    with gzip.open(path, "wt", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    return path


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    d = tmp_path_factory.mktemp("t33")
    lines, usable, related = _build_rows()
    path = _write(d / "train.jsonl.gz", lines)
    cut_path = _write(d / "train_cut.jsonl.gz", _build_rows(cut=True)[0])
    return {"path": path, "cut_path": cut_path, "usable": usable, "related": related,
            "pages": make.pages(path)}


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def _marks(s: str) -> set[int]:
    return {int(m) for m in MARK.findall(_nfc(s))}


def _squash(s: str) -> str:
    s = _nfc(s).replace("\u200b", "").replace("\ufeff", "")
    return "".join(s.split())


# ---------------------------------------------------------------- tests


def test_constants():
    assert make.SEED == 3321
    assert make.BODY_ROWS == range(12_900, 13_000)
    assert make.RELATED_ROWS == range(13_900, 14_000)
    assert make.RELATED_CUT == 1_200
    assert make.KINDS == ("byline", "credit", "caption", "related", "widget")
    assert isinstance(make.LAYOUTS, tuple)
    assert 16 <= len(make.LAYOUTS) <= 20
    assert len(set(make.LAYOUTS)) == len(make.LAYOUTS)
    assert all(isinstance(x, str) and x for x in make.LAYOUTS)
    assert dataclasses.is_dataclass(make.Page)
    assert [f.name for f in dataclasses.fields(make.Page)] == ["text", "body", "furniture", "layout"]
    assert callable(make.pages)


def test_frozen_hash():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == DEV33_SHA256


def test_deterministic(data):
    again = make.pages(data["path"])
    assert again == data["pages"]


def test_one_page_per_usable_row_and_layout_cycle(data):
    ps, usable = data["pages"], data["usable"]
    assert len(ps) == len(usable) > 2 * len(make.LAYOUTS)
    for k, (p, (row, _)) in enumerate(zip(ps, usable)):
        assert p.layout == make.LAYOUTS[k % len(make.LAYOUTS)]
        title = f"Người dân {_PLACES[row % 5]} bức xúc vì công trình kx{row}q chậm tiến độ"
        assert title.casefold() in _nfc(p.text).casefold()
        assert all(_marks(s) == {row} for s in p.body), k
    assert {p.layout for p in ps} == set(make.LAYOUTS)


def _check_contract(p):
    assert p.text and p.body
    lines = p.text.split("\n")
    assert all(ln and ln == ln.strip() for ln in lines)
    assert all(kind in make.KINDS for kind, _ in p.furniture)
    assert all("\n" not in ln for _, ln in p.furniture)
    for s in p.body:
        assert s and "\n" not in s and s in p.text
    left = collections.Counter(ln for _, ln in p.furniture)
    rest = []
    for ln in lines:
        if left[ln] > 0:
            left[ln] -= 1
        else:
            rest.append(ln)
    assert sum(left.values()) == 0, "furniture line not found in text"
    bi, unlabelled = 0, 0
    for ln in rest:
        j, pos = bi, 0
        while j < len(p.body) and ln.startswith(p.body[j], pos):
            pos += len(p.body[j])
            j += 1
            if pos == len(ln) or ln[pos] != " ":
                break
            pos += 1
        if j > bi and pos == len(ln):
            bi = j  # a line made only of body sentences, in order
        else:
            unlabelled += 1
    assert bi == len(p.body), "body sentences missing, out of order, or sharing a line"
    assert unlabelled <= 3


def test_page_contract(data):
    for p in data["pages"]:
        _check_contract(p)


def test_related_material_comes_from_related_rows(data):
    related = data["related"]
    seen_related = 0
    for p, (row, _) in zip(data["pages"], data["usable"]):
        for kind, ln in p.furniture:
            marks = _marks(ln)
            assert marks <= related | {row}, (kind, ln)
            seen_related += bool(marks & related)
        # nothing from rows outside the two ranges, nor from other pages' articles
        assert _marks(p.text) <= related | {row}
    assert seen_related > len(data["pages"])
    kinds = {k for p in data["pages"] for k, ln in p.furniture if _marks(ln) & related}
    assert {"related", "caption"} <= kinds


def test_trailers_become_furniture(data):
    n = 0
    for p, (row, tell) in zip(data["pages"], data["usable"]):
        if not tell:
            continue
        n += 1
        name = tell.split(" (")[0] or tell
        assert not any(name.casefold() in _nfc(s).casefold() for s in p.body), (row, tell)
        assert any(tell.casefold() in _nfc(ln).casefold() for _, ln in p.furniture), (row, tell)
    assert n >= 10


def test_scraper_faults(data):
    ps = data["pages"]
    kinds = collections.Counter()
    faulty = 0
    for p, (row, _) in zip(ps, data["usable"]):
        found = set()
        for s in p.body:
            if "\u00a0" in s:
                found.add("nbsp")
            if "\u200b" in s:
                found.add("zwsp")
            if "\ufeff" in s:
                found.add("bom")
            if "  " in s:
                found.add("double")
            if re.search(r"\.Câu thứ", _nfc(s)):
                found.add("glued")
        if _nfc(p.text) != p.text:
            found.add("nfd")
        kinds.update(found)
        faulty += bool(found)
        # faults never change the words: each body item still comes from the article
        art = _squash(_article(row, 4 + row % 6))
        assert all(_squash(s) in art for s in p.body)
    assert 0.15 * len(ps) <= faulty <= 0.4 * len(ps)
    assert len(kinds) >= 4, kinds


def test_related_cut_invariance(data):
    assert make.pages(data["cut_path"]) == data["pages"]


def test_cli_summary(data):
    out = subprocess.run([sys.executable, str(MAKE), str(data["path"])], capture_output=True,
                         text=True, timeout=60, check=True).stdout.strip()
    m = re.fullmatch(r"pages=(\d+) layouts=(\d+) body_sentences=(\d+) furniture_lines=(\d+) time=[\d.]+s", out)
    assert m, out
    ps = data["pages"]
    assert int(m[1]) == len(ps)
    assert int(m[2]) == len({p.layout for p in ps})
    assert int(m[3]) == sum(len(p.body) for p in ps)
    assert int(m[4]) == sum(len(p.furniture) for p in ps)
