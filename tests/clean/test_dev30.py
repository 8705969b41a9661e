"""Well-formedness tests of eval/clean_dev30/make.py (written blind as clean_test30; held-out cleaner pages).

Everything runs on a tiny synthetic train file built in tmp_path; nothing outside
the repository is read.
"""
from __future__ import annotations

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

MAKE = Path(__file__).resolve().parents[2] / "eval" / "clean_dev30" / "make.py"
DEV30_SHA256 = "7341f2e7664b7e0138a9364882b958f8c00d9ef5890b9975f5cc779b3d3f45a9"


def _load():
    spec = importlib.util.spec_from_file_location("clean_dev30_make", MAKE)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


make = _load()

# --------------------------------------------------------------------------
# Synthetic corpus
# --------------------------------------------------------------------------
N_BODY = 40
BODY_START = 11_610
TRAILERS = {  # j % 5 -> (kind, glued trailer)
    0: ("byline", "Trọng Giáp"),
    1: ("byline", "Ngọc Ánh (Theo SCMP)"),
    2: ("credit", "(Theo Reuters)"),
    3: ("related", "Xem thêm: Giá vàng hôm nay tăng mạnh"),
}
TEMPLATES = (
    "Ông Nguyễn Văn Tám cho biết bài THANBAI{j} ghi nhận {n} trường hợp mới tại Hà Nội.",
    "Theo số liệu được công bố, doanh thu trong bài THANBAI{j} đạt {n} tỷ đồng trong quý vừa qua.",
    "Bà Lê Thị Hoa nói: “ Chúng tôi sẽ tiếp tục theo dõi bài THANBAI{j} thật sát ”.",
    "Liệu giá vàng trong bài THANBAI{j} có tiếp tục tăng thêm {n}% nữa hay không?",
    "Ngân hàng nhà nước đã yêu cầu các đơn vị trong bài THANBAI{j} báo cáo trước ngày {n}/6.",
    "Người dân ở Đà Nẵng phản ánh rằng giá điện trong bài THANBAI{j} đã tăng gần {n}%.",
    "Các chuyên gia nhận định thị trường bất động sản của bài THANBAI{j} sẽ hồi phục chậm.",
    "Hiện cơ quan chức năng đang xác minh thêm thông tin liên quan tới bài THANBAI{j}.",
)


def _body_article(j: int) -> str:
    n = 5 + j % 6
    sents = [TEMPLATES[(j + s) % len(TEMPLATES)].format(j=j, n=10 + s) for s in range(n)]
    art = " ".join(sents)
    if j % 5 in TRAILERS:
        art += " " + TRAILERS[j % 5][1]
    return art


def _related_article(j: int) -> str:
    sents = [f"Câu số {s} của tin LIENQUAN{j} kể về một vụ việc xảy ra ở tỉnh Quảng Nam." for s in range(40)]
    return " ".join(sents)  # about 3,000 characters, so the cut matters


def _rows(cut_related: bool) -> list[str]:
    lines = [""] * 18_310
    lines[11_599] = json.dumps({"id": "x", "title": "NGOAIVUNG tiêu đề", "article": "NGOAIVUNG bài ngoài vùng."})
    lines[11_600] = ""  # blank
    lines[11_601] = "{}"
    lines[11_602] = json.dumps({"id": "a", "article": "Không có tiêu đề THANBAI_X."})
    lines[11_603] = json.dumps({"id": "b", "title": "Không có bài THANBAI_X"})
    lines[11_604] = '{"id": "c", "title": "hỏng'  # invalid JSON
    lines[11_605] = json.dumps({"id": "d", "title": "   ", "article": "Tiêu đề trắng THANBAI_X."})
    lines[11_606] = json.dumps([1, 2, 3])
    lines[11_607] = "   "
    for j in range(N_BODY):
        lines[BODY_START + j] = json.dumps({"id": f"b{j}", "title": f"Tiêu đề bài THANBAI{j} về thị trường",
                                            "article": _body_article(j), "summary": "Tóm tắt."},
                                           ensure_ascii=False)
    lines[11_899] = json.dumps({"id": "last", "title": f"Tiêu đề bài THANBAI{N_BODY} cuối vùng",
                                "article": _body_article(N_BODY)}, ensure_ascii=False)
    lines[11_900] = json.dumps({"id": "y", "title": "NGOAIVUNG sau vùng", "article": "NGOAIVUNG bài ngoài vùng."})
    lines[17_999] = json.dumps({"id": "z", "title": "NGOAIVUNG tin trước", "article": _related_article(999).replace("LIENQUAN", "NGOAIVUNG")})
    for j in range(60):
        art = _related_article(j)
        if cut_related:
            art = art[: make.RELATED_CUT]
        lines[18_000 + j] = json.dumps({"id": f"r{j}", "title": f"Tin LIENQUAN{j} đáng chú ý trong ngày",
                                        "article": art}, ensure_ascii=False)
    lines[18_060] = "{broken"
    lines[18_061] = json.dumps({"id": "r-no-title", "article": "NGOAIVUNG không có tiêu đề."})
    lines[18_300] = json.dumps({"id": "w", "title": "NGOAIVUNG tin sau", "article": _related_article(998).replace("LIENQUAN", "NGOAIVUNG")})
    return lines


def _write(path: Path, cut_related: bool = False) -> Path:
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(_rows(cut_related)) + "\n")
    return path


@pytest.fixture(scope="module")
def train(tmp_path_factory) -> Path:
    return _write(tmp_path_factory.mktemp("t30") / "train.jsonl.gz")


@pytest.fixture(scope="module")
def pages(train):
    return make.pages(train)


VALID = list(range(N_BODY + 1))  # the k-th usable row carries token THANBAI{k}


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ")
    s = s.replace("\u200b", "").replace("\ufeff", "")
    return re.sub(r" {2,}", " ", s)


# --------------------------------------------------------------------------
# Tests
# --------------------------------------------------------------------------

def test_constants():
    assert make.SEED == 3021
    assert make.BODY_ROWS == range(11_600, 11_900)
    assert make.RELATED_ROWS == range(18_000, 18_300)
    assert make.RELATED_CUT == 1_200
    assert make.KINDS == ("byline", "credit", "caption", "related", "widget")
    assert isinstance(make.LAYOUTS, tuple) and 16 <= len(make.LAYOUTS) <= 20
    assert len(set(make.LAYOUTS)) == len(make.LAYOUTS) and all(isinstance(x, str) and x for x in make.LAYOUTS)
    assert [f.name for f in dataclasses.fields(make.Page)] == ["text", "body", "furniture", "layout"]
    assert callable(make.pages)


def test_deterministic(train, pages):
    assert make.pages(train) == pages
    code = ("import hashlib, importlib.util, sys; "
            f"spec = importlib.util.spec_from_file_location('m', {str(MAKE)!r}); "
            "m = importlib.util.module_from_spec(spec); sys.modules['m'] = m; spec.loader.exec_module(m); "
            f"print(hashlib.sha256(repr(m.pages({str(train)!r})).encode()).hexdigest())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONHASHSEED": "12345", "PATH": ""})
    assert out.stdout.strip() == hashlib.sha256(repr(pages).encode()).hexdigest()


def test_one_page_per_usable_row_and_layout_cycle(pages):
    assert len(pages) == len(VALID)
    for k, p in enumerate(pages):
        assert p.layout == make.LAYOUTS[k % len(make.LAYOUTS)]
        assert p.body
        for b in p.body:
            toks = set(re.findall(r"THANBAI\w*", _norm(b)))
            assert toks == {f"THANBAI{k}"}, (k, b)
    text = "\n".join(p.text for p in pages)
    assert "NGOAIVUNG" not in text and "THANBAI_X" not in text


def test_page_contract(pages):
    for p in pages:
        assert isinstance(p.text, str) and p.text
        lines = p.text.split("\n")
        assert all(line and line == line.strip() for line in lines)
        # body: exact substrings, in order, on lines that hold nothing but body sentences
        j, others = 0, []
        for line in lines:
            if j < len(p.body) and line.startswith(p.body[j]):
                rest = line
                while j < len(p.body) and rest.startswith(p.body[j]):
                    rest = rest[len(p.body[j]):]
                    j += 1
                    if rest and not rest[0].isspace():
                        break
                    rest = rest.lstrip()
                assert rest == "", (p.layout, line)
            else:
                others.append(line)
        assert j == len(p.body), p.layout
        for b in p.body:
            assert b and "\n" not in b and b in p.text
        # furniture: every other line, in order, labelled; at most three unlabelled lines
        fi, unlabelled = 0, []
        for line in others:
            if fi < len(p.furniture) and p.furniture[fi][1] == line:
                fi += 1
            else:
                unlabelled.append(line)
        assert fi == len(p.furniture), (p.layout, p.furniture[fi:fi + 1])
        assert len(unlabelled) <= 3, (p.layout, unlabelled)
        for kind, line in p.furniture:
            assert kind in make.KINDS
            assert line in lines
            assert not any(b in line for b in p.body)
    kinds = {k for p in pages for k, _ in p.furniture}
    assert kinds == set(make.KINDS)


def test_related_furniture_only_from_related_rows(pages):
    seen = set()
    for p in pages:
        for kind, line in p.furniture:
            line = unicodedata.normalize("NFC", line)
            # other body rows never leak into furniture; only widgets may echo the page's own title
            assert "THANBAI" not in line or kind == "widget", (kind, line)
            for n in re.findall(r"LIENQUAN(\d+)", line):
                assert kind in ("related", "caption"), (kind, line)
                assert 0 <= int(n) < 60
                seen.add(int(n))
        assert "NGOAIVUNG" not in p.text
    assert len(seen) >= 10
    assert sum(1 for p in pages for k, l in p.furniture if k == "related" and "LIENQUAN" in l) >= len(pages)


def test_trailers_are_furniture_not_body(pages):
    for k, p in enumerate(pages):
        body = " ".join(_norm(b) for b in p.body)
        for kind, trailer in TRAILERS.values():
            assert trailer not in body
        if k % 5 in TRAILERS:
            kind, trailer = TRAILERS[k % 5]
            furn = [(kk, unicodedata.normalize("NFC", line)) for kk, line in p.furniture]
            assert (kind, trailer) in furn, (k, p.layout)


def test_body_follows_article(pages):
    for k, p in enumerate(pages):
        art = _body_article(k)
        pos = 0
        for b in p.body:
            for piece in re.split(r"(?<=\.)(?=[A-ZĐ])", _norm(b)):  # glued sentences
                at = art.find(piece, pos)
                assert at >= 0, (k, piece)
                pos = at + len(piece)


def test_scraper_faults(pages):
    def faulty(p):
        t = "\n".join(line for line in p.text.split("\n") if any(b in line for b in p.body))
        return (any(ch in t for ch in "\u00a0\u200b\ufeff") or "  " in t
                or unicodedata.normalize("NFC", t) != t or re.search(r"\.[A-ZĐ]", t))
    n = sum(1 for p in pages if faulty(p))
    assert n == len(pages) // 4
    assert any("\u00a0" in b or "\u200b" in b or "\ufeff" in b or "  " in b
               or unicodedata.normalize("NFC", b) != b or re.search(r"\.[A-ZĐ]", b)
               for p in pages for b in p.body)


def test_unchanged_when_related_rows_cut(tmp_path, pages):
    cut = _write(tmp_path / "cut.jsonl.gz", cut_related=True)
    assert make.pages(cut) == pages


def test_main_prints_summary(train, capsys):
    assert make.main([str(train)]) == 0
    out = capsys.readouterr().out.strip()
    pat = rf"pages={len(VALID)} layouts={len(make.LAYOUTS)} body_sentences=\d+ furniture_lines=\d+ time=\d+\.\d+s"
    assert re.fullmatch(pat, out), out


def test_frozen_hash():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == DEV30_SHA256
