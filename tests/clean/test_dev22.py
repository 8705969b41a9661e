"""Well-formedness of eval/clean_dev22/make.py (written blind as clean_test22; held-out cleaner pages)."""
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
MAKE = ROOT / "eval" / "clean_dev22" / "make.py"
DEV22_SHA256 = "390961428afba9e0657326bb08267c598d98c17faf6aef12c8bef71aa5415adb"


def _load():
    name = "clean_dev22_make"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, MAKE)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


mk = _load()

SUBJECTS = ["Sở Văn hoá tỉnh Quảng Trị", "Ban quản lý di tích Cố đô Huế", "UBND huyện Đông Anh",
            "Nhà hát Lớn Hà Nội", "Công an TP Đà Lạt", "Trường THPT Chu Văn An"]
VERBS = ["cho biết đã hoàn tất kế hoạch tu bổ công trình", "vừa tổ chức buổi họp báo về sự việc",
         "đã kiểm tra hiện trường và lập biên bản", "khẳng định sẽ xử lý nghiêm các sai phạm",
         "thông báo lịch tổ chức lễ hội năm nay", "đề xuất bổ sung kinh phí cho dự án"]
TRAILERS = [" Hồ Nam", " Sơn Thuỷ - Đức Hùng", " Đoàn Loan ghi", " Xem thêm: Hàng trăm người xếp hàng mua vé xem hội",
            " Lê Hoàng * Tên nhân vật đã được thay đổi.", " (Theo Tiền Phong)", ""]


def _article(i: int, n: int) -> str:
    out = []
    for j in range(n):
        s = SUBJECTS[(i + j) % len(SUBJECTS)]
        v = VERBS[(i * 3 + j) % len(VERBS)]
        out.append(f"Ngày {j + 1}-{(i % 12) + 1}, {s} {v} số {i * 100 + j}.")
    return " ".join(out)


def _rows(cut_related: bool = False) -> dict[int, str]:
    rows: dict[int, str] = {}
    body0, rel0 = mk.BODY_ROWS.start, mk.RELATED_ROWS.start
    for i in range(40):
        n = body0 + i
        art = _article(i, 4 + i % 9) + TRAILERS[i % len(TRAILERS)]
        rows[n] = json.dumps({"id": str(n), "title": f"Tin thử nghiệm số {i} về di tích", "article": art,
                              "summary": "tóm tắt"}, ensure_ascii=False)
    rows[body0 + 3] = ""
    rows[body0 + 7] = "{}"
    rows[body0 + 11] = json.dumps({"id": "x", "article": "Chỉ có bài, không có tiêu đề."})
    rows[body0 + 13] = json.dumps({"id": "y", "title": "Chỉ có tiêu đề"})
    rows[body0 + 17] = "{not json"
    for i in range(30):
        n = rel0 + i
        art = (f"Câu mở đầu của tin liên quan mã {i} kể về phiên chợ quê ở huyện miền núi. "
               + "Đây là đoạn văn dài để kiểm tra việc cắt bớt nội dung bài liên quan. " * (40 if i % 3 == 0 else 2))
        if cut_related:
            art = art[: mk.RELATED_CUT]
        rows[n] = json.dumps({"id": str(n), "title": f"Tiêu đề tin liên quan mã {i} ở miền núi phía Bắc",
                              "article": art, "summary": "s"}, ensure_ascii=False)
    rows[rel0 + 5] = "null"
    return rows


def _write(path: Path, rows: dict[int, str]) -> Path:
    last = max(rows)
    with gzip.open(path, "wt", encoding="utf-8") as f:
        for n in range(last + 1):
            filler = "" if n in mk.BODY_ROWS else json.dumps({"id": str(n), "title": "t", "article": "a."})
            f.write(rows.get(n, filler) + "\n")
    return path


@pytest.fixture(scope="module")
def train(tmp_path_factory) -> Path:
    return _write(tmp_path_factory.mktemp("t22") / "train.jsonl.gz", _rows())


@pytest.fixture(scope="module")
def pages(train):
    return mk.pages(train)


USABLE = 40 - 5


def test_module_names():
    assert mk.BODY_ROWS == range(16_600, 16_900)
    assert mk.RELATED_ROWS == range(17_600, 18_000)
    assert mk.KINDS == ("byline", "credit", "caption", "related", "widget")
    assert 16 <= len(mk.LAYOUTS) <= 20 and len(set(mk.LAYOUTS)) == len(mk.LAYOUTS)


def test_deterministic(train, pages):
    again = mk.pages(train)
    assert [(p.text, p.body, p.furniture, p.layout) for p in again] == \
        [(p.text, p.body, p.furniture, p.layout) for p in pages]


def test_one_page_per_usable_row_and_layouts(pages):
    assert len(pages) == USABLE
    assert [p.layout for p in pages] == [mk.LAYOUTS[k % len(mk.LAYOUTS)] for k in range(USABLE)]
    assert set(p.layout for p in pages) == set(mk.LAYOUTS)


def test_text_lines_clean(pages):
    for p in pages:
        for line in p.text.split("\n"):
            assert line and line == line.strip()


def test_body_and_furniture_account_for_lines(pages):
    kinds = set(mk.KINDS)
    for p in pages:
        lines = p.text.split("\n")
        lineset = set(lines)
        assert p.body
        for b in p.body:
            assert b and b in p.text
        for k, ln in p.furniture:
            assert k in kinds
            assert ln in lineset
        # body lines: made of consecutive body items and whitespace only
        rest = list(p.body)
        furn = {ln for _, ln in p.furniture}
        unlabelled = 0
        for line in lines:
            if line in furn:
                continue
            if rest and line.startswith(rest[0]):
                s = line
                while rest and s.startswith(rest[0]):
                    s = s[len(rest[0]):]
                    rest.pop(0)
                    s2 = s.lstrip()
                    if s2 == s and s and rest and not s.startswith(rest[0]):
                        break
                    s = s2
                assert s.strip() == "", (line, s)
                continue
            unlabelled += 1
        assert not rest, rest[:2]
        assert unlabelled <= 3, p.text
        assert not (set(p.body) & furn)


def test_related_from_related_rows(pages):
    for p in pages:
        for k, ln in p.furniture:
            if k != "related":
                continue
            ln = unicodedata.normalize("NFC", ln)
            if ln.startswith("Xem thêm: Hàng trăm"):  # glued trailer of the story itself
                continue
            assert "liên quan mã" in ln.lower() or "tin liên quan mã" in ln.lower(), ln
            for b in p.body:
                assert ln not in unicodedata.normalize("NFC", b)


def test_trailers_are_furniture(pages):
    seen = {"byline": 0, "related": 0, "credit": 0, "widget": 0}
    for p in pages:
        body = " ".join(unicodedata.normalize("NFC", b) for b in p.body)
        for t in ("Hồ Nam", "Sơn Thuỷ - Đức Hùng", "Đoàn Loan ghi", "Xem thêm: Hàng trăm", "Tên nhân vật",
                  "Theo Tiền Phong", "Lê Hoàng"):
            assert t not in body
        for k, ln in p.furniture:
            ln = unicodedata.normalize("NFC", ln)
            if ln in ("Hồ Nam", "Sơn Thuỷ - Đức Hùng", "Đoàn Loan ghi", "Lê Hoàng"):
                seen["byline"] += 1
            if ln.startswith("Xem thêm: Hàng trăm"):
                seen["related"] += 1
            if "Theo Tiền Phong" in ln:
                seen["credit"] += 1
            if ln.startswith("* Tên nhân vật"):
                seen["widget"] += 1
    assert all(v > 0 for v in seen.values()), seen


def test_scraper_faults_occur(pages):
    marks = {"nbsp": 0, "zw": 0, "nfd": 0, "dbl": 0}
    faulty = 0
    for p in pages:
        b = "\n".join(p.body)
        f = False
        if "\u00a0" in b:
            marks["nbsp"] += 1; f = True
        if any(c in b for c in "\u200b\u200c\ufeff"):
            marks["zw"] += 1; f = True
        if unicodedata.normalize("NFC", p.text) != p.text:
            marks["nfd"] += 1; f = True
        if "  " in b:
            marks["dbl"] += 1; f = True
        faulty += f
    assert faulty >= 3, marks
    assert sum(1 for v in marks.values() if v) >= 2, marks


def test_glued_sentences_on_real_shape():
    # a glued pair forms one body item, still a substring of the text
    rng = mk.random.Random(1)
    paras = [["Câu một đây.", "Câu hai đây.", "Câu ba đây."]] * 20
    out = mk._fault_paras(rng, paras, ["glue"])
    assert any(any("đây.Câu" in s for s in p) for p in out)


def test_related_cut_to_1200(tmp_path, pages):
    cut = _write(tmp_path / "cut.jsonl.gz", _rows(cut_related=True))
    again = mk.pages(cut)
    assert [(p.text, p.body, p.furniture, p.layout) for p in again] == \
        [(p.text, p.body, p.furniture, p.layout) for p in pages]


def test_make_frozen():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == DEV22_SHA256
