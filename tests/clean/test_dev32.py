"""Well-formedness tests of eval/clean_dev32/make.py (written blind as clean_test32; held-out cleaner pages).

Everything runs on a tiny synthetic train file built in a temporary folder; nothing outside
the repository is read.
"""

from __future__ import annotations

import collections
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

DEV32_SHA256 = "e0d2471df30a6a2cf92b73c63b4bf9925a4f59c023e5b0f13a5bd2e5e9320e61"

ROOT = Path(__file__).resolve().parents[2]
MAKE = ROOT / "eval" / "clean_dev32" / "make.py"


def _load():
    spec = importlib.util.spec_from_file_location("clean_dev32_make", MAKE)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


mk = _load()

# --------------------------------------------------------------------------------------
# synthetic train file

SUBJ = ["Người dân", "Chính quyền địa phương", "Lực lượng cứu hộ", "Các chuyên gia",
        "Ban quản lý dự án", "Cơ quan chức năng", "Đại diện doanh nghiệp"]
VERB = ["đã kiểm tra hiện trường", "cho biết sẽ tiếp tục theo dõi", "đề nghị làm rõ trách nhiệm",
        "hoàn thành việc khắc phục", "tổ chức họp khẩn", "đưa ra cảnh báo mới", "ghi nhận thiệt hại"]
PLACE = ["xã Hoà Lạc", "phường Bến Thành", "huyện Sơn Tịnh", "thị trấn Phố Mới", "quận Ngũ Hành Sơn"]


def sent(i: int, j: int, tag: str, extra: str = "") -> str:
    return (f"{SUBJ[(i + j) % len(SUBJ)]} {VERB[(i * 3 + j) % len(VERB)]} tại "
            f"{PLACE[(i + 2 * j) % len(PLACE)]}{extra} trong đợt {j + 1} của vụ việc mã {tag}{i:05d}.")


# trailer kinds cycled over usable body rows: (suffix, [(kind, piece), ...])
def trailer(k: int, i: int) -> tuple[str, list[tuple[str, str]]]:
    c = k % 8
    if c == 0:
        return " Trọng Giáp", [("byline", "Trọng Giáp")]
    if c == 1:
        return " Ngọc Ánh (Theo SCMP)", [("byline", "Ngọc Ánh (Theo SCMP)")]
    if c == 2:
        return " (Theo Reuters)", [("credit", "(Theo Reuters)")]
    if c == 3:
        t = f"Xem thêm: Bài viết cũ về chủ đề số {k}"
        return " " + t, [("related", t)]
    if c == 4:
        return (f" Hoài Thu - Võ Hải > > Xem thêm: Chuỗi tin cũ số {k} > > Tin cũ khác số {k}",
                [("byline", "Hoài Thu - Võ Hải"), ("related", f"Chuỗi tin cũ số {k}"),
                 ("related", f"Tin cũ khác số {k}")])
    if c == 5:
        return " Theo VOV", [("credit", "Theo VOV")]
    if c == 6:
        return "", []
    return " Minh Cương", [("byline", "Minh Cương")]


N_BODY_USABLE = 36
FUSED = "Người dân đứng xem hiện trường vụ việc"


def build_rows(cut: bool = False):
    """Lines of the synthetic file, expected pages, related texts."""
    n_lines = mk.BODY_ROWS.start + 60
    lines = [""] * n_lines
    for i in range(0, n_lines, 997):
        lines[i] = "{}"
    decoys = [mk.RELATED_ROWS.start - 1, mk.RELATED_ROWS.stop, mk.BODY_ROWS.start - 1, 5]
    for i in decoys:
        lines[i] = json.dumps({"id": i, "title": f"DECOY tiêu đề {i}",
                               "article": " ".join(sent(i, j, "DECOY") for j in range(6))},
                              ensure_ascii=False)
    rel_titles, rel_sents = [], []
    r = mk.RELATED_ROWS.start
    for n in range(40):
        i = r + n
        if n % 10 == 3:
            lines[i] = "   "
            continue
        if n % 10 == 5:
            lines[i] = '{"title": "Thiếu bài", "id": 1'  # invalid JSON
            continue
        if n % 10 == 7:
            lines[i] = json.dumps({"id": i, "title": "", "article": "Không có tiêu đề."})
            continue
        ss, art, j = [], "", 0
        while len(art) < mk.RELATED_CUT:
            s = sent(i, j, "R")
            ss.append(s)
            art = (art + " " + s).strip()
            j += 1
        art += " " + " ".join(sent(i, j + m, "R", extra=" khuấtsau") for m in range(6)) + " Phương Vũ"
        title = f"Tin quốc tế mã R{i:05d}: {SUBJ[i % len(SUBJ)]} {VERB[i % len(VERB)]}"
        rel_titles.append(title)
        rel_sents.extend(ss)
        if cut:
            art = art[:mk.RELATED_CUT]
        lines[i] = json.dumps({"id": i, "title": title, "article": art, "summary": "x"},
                              ensure_ascii=False)
    expected = []
    i, k = mk.BODY_ROWS.start, 0
    bad = ["", "{}", json.dumps({"title": "Chỉ có tiêu đề"}), json.dumps({"article": "Chỉ có bài."}),
           "{không phải json", json.dumps([1, 2, 3]), json.dumps({"title": "  ", "article": "Trống."})]
    b = 0
    while k < N_BODY_USABLE:
        if i % 5 == 2 and b < len(bad):
            lines[i] = bad[b]
            b += 1
            i += 1
            continue
        n_s = 5 + (i % 7)
        ss = [sent(i, j, "B") for j in range(n_s)]
        parts = list(ss)
        if k % 8 == 7:  # a photo caption fused into the article text
            parts.insert(2, f"{FUSED} mã B{i:05d}. Ảnh: Hải Bình Lực lượng chức năng có mặt lúc 9h.")
        suffix, pieces = trailer(k, i)
        article = " ".join(parts) + suffix
        title = f"Tin trong nước mã B{i:05d} tại {PLACE[i % len(PLACE)]}"
        lines[i] = json.dumps({"id": i, "title": title, "article": article, "summary": "tóm tắt"},
                              ensure_ascii=False)
        expected.append({"row": i, "title": title, "sents": ss, "trailers": pieces})
        i += 1
        k += 1
    return lines, expected, rel_titles, rel_sents


def write(path: Path, lines) -> Path:
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return path


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    d = tmp_path_factory.mktemp("t32")
    lines, expected, rel_titles, rel_sents = build_rows()
    path = write(d / "train.jsonl.gz", lines)
    cut_path = write(d / "train_cut.jsonl.gz", build_rows(cut=True)[0])
    return {"path": path, "cut_path": cut_path, "expected": expected, "pages": mk.pages(path),
            "rel_titles": rel_titles, "rel_sents": rel_sents}


# --------------------------------------------------------------------------------------
# helpers

def clean(s: str) -> str:
    s = unicodedata.normalize("NFC", s)
    s = s.translate(dict.fromkeys(map(ord, "\u200b\ufeff"), None)).replace("\u00a0", " ")
    return re.sub(r" +", " ", s).casefold()


def contract_errors(p) -> list:
    errs = []
    lines = p.text.split("\n")
    if not p.text.strip():
        errs.append("blank page")
    for l in lines:
        if not l or l != l.strip():
            errs.append(("line not stripped/non-blank", l))
    if p.text.splitlines() != lines:
        errs.append("stray line separators")
    for kind, line in p.furniture:
        if kind not in mk.KINDS:
            errs.append(("kind", kind))
        if line not in lines:
            errs.append(("furniture not a line", line))
    for s in p.body:
        if not s or "\n" in s or s not in p.text:
            errs.append(("body sentence", s))
    fur = collections.Counter(line for _, line in p.furniture)
    j, other = 0, []
    for line in lines:
        rest, jj, whole = line, j, False
        while jj < len(p.body) and rest.startswith(p.body[jj]):
            rest = rest[len(p.body[jj]):]
            jj += 1
            if rest == "":
                whole = True
                break
            if not rest.startswith(" "):
                break
            rest = rest[1:]
        if whole:
            j = jj
        elif fur[line] > 0:
            fur[line] -= 1
        else:
            other.append(line)
    if j != len(p.body):
        errs.append(("body sentences not on body-only lines in order", j, len(p.body)))
    if len(other) > 3:
        errs.append(("more than three unlabelled lines", other))
    return errs


def page_digest(ps) -> str:
    h = hashlib.sha256()
    for p in ps:
        h.update(repr(dataclasses.astuple(p)).encode("utf-8"))
    return h.hexdigest()


# --------------------------------------------------------------------------------------
# tests

def test_constants():
    assert mk.SEED == 3221
    assert mk.BODY_ROWS == range(17_600, 17_900)
    assert mk.RELATED_ROWS == range(9_600, 10_000)
    assert mk.RELATED_CUT == 1_200
    assert mk.KINDS == ("byline", "credit", "caption", "related", "widget")
    assert isinstance(mk.LAYOUTS, tuple) and 16 <= len(mk.LAYOUTS) <= 20
    assert len(set(mk.LAYOUTS)) == len(mk.LAYOUTS)
    assert all(isinstance(x, str) and x for x in mk.LAYOUTS)
    assert dataclasses.is_dataclass(mk.Page)
    assert [f.name for f in dataclasses.fields(mk.Page)] == ["text", "body", "furniture", "layout"]
    assert callable(mk.pages)


def test_one_page_per_usable_row_and_layout_cycle(data):
    ps, exp = data["pages"], data["expected"]
    assert len(ps) == len(exp) == N_BODY_USABLE
    for k, (p, e) in enumerate(zip(ps, exp)):
        assert p.layout == mk.LAYOUTS[k % len(mk.LAYOUTS)]
        tag = f"b{e['row']:05d}"
        assert tag in clean(p.text)
        assert all(tag in clean(s) for s in p.body)
    assert {p.layout for p in ps} == set(mk.LAYOUTS)


def test_page_contract(data):
    for k, p in enumerate(data["pages"]):
        assert isinstance(p, mk.Page)
        assert isinstance(p.body, list) and isinstance(p.furniture, list)
        assert all(isinstance(t, tuple) and len(t) == 2 for t in p.furniture)
        assert contract_errors(p) == [], (k, p.layout, contract_errors(p)[:3])


def test_body_is_the_article_minus_trailers(data):
    for p, e in zip(data["pages"], data["expected"]):
        got = re.sub(r"\s+", "", clean(" ".join(p.body)))
        want = re.sub(r"\s+", "", " ".join(e["sents"]).casefold())
        assert got == want, p.layout
        assert not any("ảnh:" in clean(s) or FUSED.casefold() in clean(s) for s in p.body)


def test_trailers_become_furniture_not_body(data):
    n = 0
    for p, e in zip(data["pages"], data["expected"]):
        body = clean(" ".join(p.body))
        for kind, piece in e["trailers"]:
            assert piece.casefold() not in body, (p.layout, piece)
            assert any(k == kind and piece.casefold() in clean(line) for k, line in p.furniture), \
                (p.layout, kind, piece)
            n += 1
    assert n >= 20


def test_related_come_only_from_related_rows(data):
    rel = [clean(t) for t in data["rel_titles"]] + [clean(s) for s in data["rel_sents"]]
    for p, e in zip(data["pages"], data["expected"]):
        text = clean(p.text)
        assert "decoy" not in text and "khuấtsau" not in text
        own = [piece.casefold() for _, piece in e["trailers"]]
        for kind, line in p.furniture:
            c = clean(line)
            # no other story's text may come from body rows (a print header may repeat the own title)
            for tag in re.findall(r"mã b(\d{5})", c):
                assert int(tag) == e["row"] and kind == "widget", (p.layout, kind, line)
            if re.search(r"mã r\d{5}", c):
                assert kind in ("related", "caption"), (p.layout, kind, line)
                assert any(r in c for r in rel), (p.layout, line)
            elif kind == "related":
                assert any(o in c for o in own) or len(line.split()) <= 10, (p.layout, line)
    n_rel = sum(k == "related" for p in data["pages"] for k, _ in p.furniture)
    n_cap = sum(k == "caption" for p in data["pages"] for k, _ in p.furniture)
    assert n_rel >= 3 * N_BODY_USABLE and n_cap >= 10


def test_furniture_kinds_all_used(data):
    kinds = collections.Counter(k for p in data["pages"] for k, _ in p.furniture)
    assert set(kinds) == set(mk.KINDS)


def test_scraper_faults_occur(data):
    def faulty(p):
        return (any(ch in p.text for ch in "\u00a0\u200b\ufeff")
                or any("  " in s for s in p.body)
                or unicodedata.normalize("NFC", p.text) != p.text
                or any(re.search(r"\.[A-ZÀ-ỸĐ]", unicodedata.normalize("NFC", s)) for s in p.body))
    n = sum(faulty(p) for p in data["pages"])
    assert 1 <= n <= len(data["pages"]) // 2
    nfd = [p for p in data["pages"] if unicodedata.normalize("NFC", p.text) != p.text]
    for p in nfd:  # a page in NFD is NFD throughout
        assert unicodedata.normalize("NFD", p.text) == p.text


def test_deterministic(data):
    again = mk.pages(data["path"])
    assert again == data["pages"]
    want = page_digest(data["pages"])
    code = ("import importlib.util,sys,hashlib,dataclasses;"
            f"s=importlib.util.spec_from_file_location('m',{str(MAKE)!r});m=importlib.util.module_from_spec(s);"
            "sys.modules['m']=m;s.loader.exec_module(m);h=hashlib.sha256()\n"
            f"for p in m.pages({str(data['path'])!r}): h.update(repr(dataclasses.astuple(p)).encode('utf-8'))\n"
            "print(h.hexdigest())")
    for seed in ("0", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        assert out.stdout.strip() == want


def test_unchanged_when_related_rows_cut(data):
    assert mk.pages(data["cut_path"]) == data["pages"]


def test_cli_summary(data):
    out = subprocess.run([sys.executable, str(MAKE), str(data["path"])], capture_output=True, text=True,
                         check=True).stdout.strip()
    m = re.fullmatch(r"pages=(\d+) layouts=(\d+) body_sentences=(\d+) furniture_lines=(\d+) time=[\d.]+s", out)
    assert m, out
    assert int(m.group(1)) == N_BODY_USABLE and int(m.group(2)) == len(mk.LAYOUTS)


def test_frozen_hash():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == DEV32_SHA256
