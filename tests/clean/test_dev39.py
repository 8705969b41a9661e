"""Well-formedness tests for eval/clean_dev39/make.py (written blind as clean_test39; now a dev set).

They build a small synthetic VietNews-like gz file under tmp_path (rows at the
right physical line numbers, some of them unusable) and check the page contract
on the result.  Nothing outside the repository is read.
"""
from __future__ import annotations

import gzip
import hashlib
import importlib.util
import io
import json
import random
import re
import subprocess
import sys
import unicodedata
from contextlib import redirect_stdout
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MAKE = ROOT / "eval" / "clean_dev39" / "make.py"
TEST39_SHA256 = "569c82cbc5a7aa7d1f559a3513fa40dc45220590d23f9289ffe0930ffc8a7a94"

# ---------------------------------------------------------------------------
# the module under test
# ---------------------------------------------------------------------------


def _load():
    spec = importlib.util.spec_from_file_location("clean_dev39_make", MAKE)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


make = _load()

# ---------------------------------------------------------------------------
# a synthetic train file
# ---------------------------------------------------------------------------

_SUBJ = ["UBND TP. HCM", "Sở Tài chính", "TS. Lê Văn Tâm", "Công ty Cổ phần Sao Biển", "người dân ở Q. 1",
         "Ngân hàng Nhà nước", "Bộ Công Thương", "PGS. Trần Minh", "Hiệp hội Bất động sản"]
_VERB = ["cho biết", "đề xuất", "khẳng định", "vừa công bố", "đã kiến nghị", "nhận định"]
_OBJ = ["kế hoạch mở rộng mạng lưới trong năm tới", "mức tăng trưởng tín dụng khoảng 14%",
        "phương án điều chỉnh giá bán lẻ", "chương trình hỗ trợ doanh nghiệp nhỏ", "lộ trình giảm phí giao dịch",
        "quy định mới về quản lý thị trường"]
_BAD_BODY = {  # physical line -> raw bytes of an unusable row
    11_903: b"",
    11_910: b"{not json at all",
    11_917: b'["a", "list", "row"]',
    11_925: json.dumps({"title": "   ", "article": "Câu chuyện không có tiêu đề."}).encode(),
    11_933: json.dumps({"title": "Tiêu đề", "article": 123}).encode(),
    11_940: b'{"title": "L\xff\xfe", "article": "bad bytes"}',
    11_955: json.dumps({"title": "Chỉ có tiêu đề"}).encode(),
    11_987: b"   \t  ",
}
_BAD_REL = {19_605: b"", 19_650: b"{oops", 19_700: json.dumps({"title": "", "article": "x"}).encode()}


def _sentence(rng: random.Random, row: int, k: int) -> str:
    form = rng.randrange(5)
    if form == 0:
        return f"{rng.choice(_SUBJ)} {rng.choice(_VERB)} {rng.choice(_OBJ)} của đơn vị Mã{row} trong quý {k % 4 + 1}."
    if form == 1:
        return f'Ông Phạm Quang Hưng nói: " Chúng tôi sẽ hoàn thành {rng.choice(_OBJ)} trước tháng {k % 12 + 1}. "'
    if form == 2:
        return f"Theo số liệu mới, {rng.choice(_SUBJ)} ghi nhận {rng.randint(10, 90)}% hồ sơ Mã{row} được xử lý đúng hạn."
    if form == 3:
        return f"Trước đó, “ {rng.choice(_OBJ)} ” đã được thảo luận tại hội nghị ở TP. HCM hôm {k % 28 + 1}/{k % 12 + 1}."
    return f"Đây là lần thứ {k + 2} {rng.choice(_SUBJ)} {rng.choice(_VERB)} về {rng.choice(_OBJ)}."


def _body_row(row: int) -> bytes:
    rng = random.Random(row)
    title = f"Mã{row} công bố {rng.choice(_OBJ)}"
    sents = [_sentence(rng, row, k) for k in range(rng.randint(5, 14))]
    if row % 3 == 0:  # lead photo caption, then a time-led sentence
        sents = [f"Toàn cảnh LEADCAP{row} công bố kế hoạch.", f"Sáng {row % 28 + 1}/3, đơn vị Mã{row} tổ chức họp báo."] + sents
    if row % 4 == 1:
        sents.insert(2, f"Lãnh đạo đơn vị phát biểu tại buổi lễ (áo trắng). Ảnh: PHOTOCREDIT{row}")
    tail = ["", " Hoàng Lan", " Theo AFPTRAILER", " Minh Châu (Tổng hợp)", f" Xem thêm: XEMTHEM{row} tăng vốn",
            " Nguyễn Hà - Trần Vũ", " dự án vẫn đang được tiếp tục triển khai theo"][row % 7]
    article = " ".join(sents) + tail
    if row == 11_950:
        article = article.replace(". ", ".\u2028", 1)  # a raw line separator inside one JSON line
    obj = {"id": f"b{row}", "title": title, "article": article, "summary": f"SUMMARYMARK {row}"}
    return json.dumps(obj, ensure_ascii=False).encode("utf-8")


def _related_row(row: int) -> bytes:
    rng = random.Random(-row)
    title = f"Tin khác RELTITLE{row} về {rng.choice(_OBJ)}"
    parts = []
    if row % 2:
        parts.append(f"Người dân chờ xe buýt ở trạm RELCAP{row}.")
        parts.append(f"Chiều {row % 28 + 1}/5, nhiều tuyến phố ở trung tâm ùn tắc kéo dài.")
    while len(" ".join(parts)) < 1_250:
        parts.append(f"{rng.choice(_SUBJ)} {rng.choice(_VERB)} {rng.choice(_OBJ)} theo hồ sơ RELBODY{row}.")
    article = " ".join(parts)[:1_195] + " BEYONDCUT " + " ".join(parts)
    obj = {"id": f"r{row}", "title": title, "article": article, "summary": f"SUMMARYMARK {row}"}
    return json.dumps(obj, ensure_ascii=False).encode("utf-8")


def _write(path: Path) -> None:
    lines = []
    for i in range(19_812):
        if i in _BAD_BODY:
            lines.append(_BAD_BODY[i])
        elif i in _BAD_REL:
            lines.append(_BAD_REL[i])
        elif i in make.BODY_ROWS:
            lines.append(_body_row(i))
        elif i in make.RELATED_ROWS:
            lines.append(_related_row(i))
        elif i % 500 == 7:
            lines.append(b"")
        else:
            marker = "AFTERLASTMARK" if i > make.RELATED_ROWS[-1] else "FILLERMARK"
            lines.append(json.dumps({"title": f"{marker} {i}", "article": f"{marker} câu {i}."}).encode())
    with gzip.open(path, "wb") as fh:
        fh.write(b"\n".join(lines) + b"\n")


@pytest.fixture(scope="module")
def train(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("t39") / "train.jsonl.gz"
    _write(path)
    return path


@pytest.fixture(scope="module")
def built(train):
    return make.pages(train)


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------


def _key(s: str) -> str:
    s = unicodedata.normalize("NFC", s).replace("\u200b", "")
    return "".join(s.split()).casefold()


def _usable_body_rows() -> list[int]:
    return [i for i in make.BODY_ROWS if i not in _BAD_BODY]


def _walk(page):
    """Label every line of page.text: ('body', items) / ('furn', kind) / ('free', None)."""
    out = []
    bi = fi = 0
    for line in page.text.split("\n"):
        m = 0
        joined = ""
        found = 0
        while bi + m < len(page.body):
            joined = page.body[bi + m] if m == 0 else joined + " " + page.body[bi + m]
            m += 1
            if joined == line:
                found = m
                break
            if not line.startswith(joined):
                break
        if found:
            out.append(("body", page.body[bi:bi + found]))
            bi += found
        elif fi < len(page.furniture) and page.furniture[fi][1] == line:
            out.append(("furn", page.furniture[fi][0]))
            fi += 1
        else:
            out.append(("free", line))
    assert bi == len(page.body), "body items not all found, in order, on whole lines"
    assert fi == len(page.furniture), "furniture pairs not all found, in text order"
    return out


# ---------------------------------------------------------------------------
# tests
# ---------------------------------------------------------------------------


def test_constants():
    assert make.SEED == 3939
    assert make.BODY_ROWS == range(11_900, 12_000)
    assert make.RELATED_ROWS == range(19_600, 19_800)
    assert make.RELATED_CUT == 1_200
    assert make.KINDS == ("byline", "credit", "caption", "related", "widget")
    assert 18 <= len(make.LAYOUTS) <= 24 and len(set(make.LAYOUTS)) == len(make.LAYOUTS)
    assert [f.name for f in make.Page.__dataclass_fields__.values()] == ["text", "body", "furniture", "layout"]


def test_one_page_per_usable_row_and_layout_cycle(built):
    assert len(built) == len(_usable_body_rows())
    for k, page in enumerate(built):
        assert page.layout == make.LAYOUTS[k % len(make.LAYOUTS)]
    assert {p.layout for p in built} == set(make.LAYOUTS)


def test_page_contract(built):
    kinds_seen = set()
    for k, page in enumerate(built):
        row = _usable_body_rows()[k]
        lines = page.text.split("\n")
        assert page.text and all(line and line == line.strip() for line in lines)
        assert page.body, "every page keeps some of its story"
        for item in page.body:
            assert item and "\n" not in item and item in page.text
        walked = _walk(page)
        free = [x for tag, x in walked if tag == "free"]
        assert len(free) <= 3
        title = json.loads(_body_row(row))["title"]
        assert any(_key(x) == _key(title) for x in free), "the title is an unlabelled line"
        body_keys = {_key(b) for b in page.body}
        for kind, line in page.furniture:
            assert kind in make.KINDS
            assert _key(line) not in body_keys
            kinds_seen.add(kind)
        # a paragraph line holds 1-4 body items
        for tag, x in walked:
            if tag == "body":
                assert 1 <= len(x) <= 4
    assert kinds_seen == set(make.KINDS)


def test_cleaning_of_the_story(built):
    rows = _usable_body_rows()
    for k, page in enumerate(built):
        row = rows[k]
        for item in page.body:
            assert "LEADCAP" not in item, "lead photo caption kept as body"
            assert "Ảnh:" not in item and "PHOTOCREDIT" not in item and "(áo trắng)" not in item
            assert "AFPTRAILER" not in item and "XEMTHEM" not in item and "Tổng hợp" not in item
            assert "Hoàng Lan" not in item and "Trần Vũ" not in item
            assert not item.endswith(("TP.", "TS.", " Q.", "PGS.")), "split at an abbreviation"
            assert "tiếp tục triển khai theo" not in item, "truncated last sentence kept"
            assert "Mã" not in item or f"Mã{row}" in item, "another story's sentence in the body"
        assert "PHOTOCREDIT" not in page.text


def test_other_text_only_from_related_rows(built):
    rows = _usable_body_rows()
    for k, page in enumerate(built):
        for bad in ("SUMMARYMARK", "BEYONDCUT", "FILLERMARK", "AFTERLASTMARK"):
            assert bad not in page.text
        others = set(re.findall(r"Mã(\d{5})", page.text)) - {str(rows[k])}
        assert not others, "another body row leaked into this page"
    assert any("RELTITLE" in p.text for p in built)
    assert any("RELBODY" in p.text for p in built)
    # other stories' headlines are related, their lead photo captions are captions
    for page in built:
        for kind, line in page.furniture:
            if "RELTITLE" in line:
                assert kind == "related"
            if "RELCAP" in line:
                assert kind == "caption"
            if "RELBODY" in line:
                assert kind in ("related", "caption")
        labelled = {line for _, line in page.furniture}
        for line in page.text.split("\n"):
            if "REL" in line:
                assert line in labelled, "other stories' text must be labelled furniture"


def test_faults_on_about_a_quarter(built):
    def faulty(page) -> bool:
        t = page.text
        glued = any(re.search(r"[.!?\"”][A-ZĐ]", unicodedata.normalize("NFC", b)) for b in page.body)
        return ("\u00a0" in t or "\u200b" in t or "  " in t or unicodedata.normalize("NFC", t) != t or glued)
    n = sum(faulty(p) for p in built)
    assert 0.15 * len(built) <= n <= 0.35 * len(built)


def test_reads_once_and_stops(train, monkeypatch):
    opened = []

    class Counting:
        def __init__(self, fh):
            self.fh, self.lines = fh, 0

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

        def __iter__(self):
            for raw in self.fh:
                self.lines += 1
                yield raw

    real_open = make.gzip.open

    def fake_open(path, mode="rb", *a, **kw):
        w = Counting(real_open(path, mode, *a, **kw))
        opened.append(w)
        return w

    monkeypatch.setattr(make.gzip, "open", fake_open)
    make.pages(train)
    assert len(opened) == 1
    assert opened[0].lines == make.RELATED_ROWS[-1] + 1


def test_deterministic_and_cli(train, built):
    code = ("import sys, hashlib, importlib.util; "
            f"spec = importlib.util.spec_from_file_location('m', {str(MAKE)!r}); "
            "m = importlib.util.module_from_spec(spec); sys.modules['m'] = m; spec.loader.exec_module(m); "
            f"ps = m.pages({str(train)!r}); "
            "print(hashlib.sha256(repr([(p.text, p.body, p.furniture, p.layout) for p in ps]).encode()).hexdigest())")
    digests = set()
    for seed in ("0", "4242"):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                             env={"PYTHONHASHSEED": seed, "PATH": ""})
        digests.add(out.stdout.strip())
    here = hashlib.sha256(repr([(p.text, p.body, p.furniture, p.layout) for p in built]).encode()).hexdigest()
    assert digests == {here}
    buf = io.StringIO()
    with redirect_stdout(buf):
        assert make.main(["make.py", str(train)]) == 0
    printed = buf.getvalue()
    assert f"pages: {len(built)}" in printed
    assert f"body sentences: {sum(len(p.body) for p in built)}" in printed
    for kind in make.KINDS:
        assert f"{kind}=" in printed


def test_make_py_is_pinned():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == TEST39_SHA256
