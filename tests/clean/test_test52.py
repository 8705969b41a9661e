"""Tests for eval/clean_test52/make.py on synthetic data only (never /work/shared)."""
import gzip
import hashlib
import importlib.util
import io
import json
import re
import subprocess
import sys
import unicodedata
from contextlib import redirect_stdout
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MAKE = ROOT / "eval" / "clean_test52" / "make.py"
MAKE_SHA256 = "df8e22f3aee1b747373d8b5ba3423a981616dcafeff301ecd899d5013aab7930"

CODE = re.compile(r"R(\d{5})x([0-9]+|T|D)")


def _load():
    spec = importlib.util.spec_from_file_location("clean_test52_make", MAKE)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


m = _load()

BODY_SENTENCES = (
    "Sáng nay, người dân xóm {c} đã cùng nhau dọn dẹp đường làng sau trận mưa lớn kéo dài.",
    "Theo lời kể của cụ {c}, nước lên rất nhanh trong đêm nên nhiều gia đình không kịp chuyển đồ đạc.",
    "Chính quyền xã {c} cho biết, lực lượng chức năng đã túc trực suốt nhiều giờ để hỗ trợ bà con.",
    '" Nước lên nhanh quá, cả xóm phải thức trắng đêm để kê đồ đạc lên cao ", ông {c} kể lại với phóng viên.',
    "Đến chiều cùng ngày, mực nước tại khu vực {c} đã rút dần, giao thông trở lại bình thường.",
    "Ngành y tế huyện {c} đã cử đội phun thuốc khử trùng, hướng dẫn người dân giữ vệ sinh nguồn nước.",
    "Nhiều hộ dân ở thôn {c} được hỗ trợ gạo, mì tôm và nước uống trong những ngày đầu sau lũ.",
)


def body_article(row, n):
    parts = [f"Cảnh R{row}x0 người dân đứng chờ bên đường."]  # the lead-photo caption
    for j in range(1, n + 1):
        parts.append(BODY_SENTENCES[(row + j) % len(BODY_SENTENCES)].format(c=f"R{row}x{j}"))
        if j == 2:
            parts.append(f"Ảnh: Minh Hà Người dân R{row}xD dọn dẹp sau lũ tại thôn.")
    parts.append("Lan Hương")  # trailing author, no full stop
    return " ".join(parts)


def related_article(row):
    return " ".join([
        f"Cây cầu R{row}x0 nhìn từ trên cao.",
        f"Người dân xã R{row}x1 ở hai bên bờ sông sau nhiều năm chờ đợi đã có thể đi lại thuận tiện"
        " hơn, khi cây cầu mới chính thức thông xe vào sáng thứ bảy tuần trước.",
        f"Chiếc xe R{row}x2 nằm nghiêng bên lề đường, chờ đội cứu hộ tới kéo đi.",
        f"Công trình R{row}x3 theo ban quản lý dự án có tổng vốn đầu tư hơn 200 tỷ đồng, được khởi"
        " công từ đầu năm và hoàn thành sớm hơn kế hoạch gần hai tháng nhờ thời tiết thuận lợi.",
        "Minh Quang",
    ])


def write_gz(path, n_body):
    rows = [b""] * (m.LAST_ROW + 6)
    start = m.BODY_ROWS.start
    usable = [start + 5 + 3 * i for i in range(n_body)]
    for i, row in enumerate(usable):
        rows[row] = json.dumps({"title": f"Tin R{row}xT về nước lũ ở xóm nhỏ",
                                "article": body_article(row, 5 + i % 4),
                                "summary": f"SUMMARY R{row}x999 never read"},
                               ensure_ascii=False).encode()
    rows[start + 0] = b"   "
    rows[start + 1] = b"this is not json R%dx1" % (start + 1)
    rows[start + 2] = json.dumps([f"R{start + 2}x1 a list"]).encode()
    rows[start + 3] = json.dumps({"title": "  ", "article": f"Bài R{start + 3}x1 có tiêu đề trống."}).encode()
    rows[start + 4] = json.dumps({"title": f"Tin R{start + 4}xT", "article": 5}).encode()
    for row in range(m.RELATED_ROWS.start, m.RELATED_ROWS.start + 40):
        rows[row] = json.dumps({"title": f"Tin R{row}xT: cầu mới nối đôi bờ sông",
                                "article": related_article(row)}, ensure_ascii=False).encode()
    rows[m.RELATED_ROWS.start + 45] = b"{broken json R%dx1" % (m.RELATED_ROWS.start + 45)
    # garbage after LAST_ROW: must never be read as rows of the set
    rows[m.LAST_ROW + 1] = json.dumps({"title": "R99999xT", "article": "R99999x1 rác."}).encode()
    rows[m.LAST_ROW + 2] = b"\xff\xfe\x00 not utf-8"
    rows[m.LAST_ROW + 3] = b"{"
    with gzip.open(path, "wb") as fh:
        fh.write(b"\n".join(rows))
    return usable


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    path = tmp_path_factory.mktemp("t52") / "train.jsonl.gz"
    usable = write_gz(path, 10)
    return path, usable, m.pages(path)


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    path = tmp_path_factory.mktemp("t52big") / "train.jsonl.gz"
    usable = write_gz(path, len(m.LAYOUTS) + 2)
    return path, usable, m.pages(path)


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub("[\u200b\u200c\u200d\u2060\ufeff]", "", s)
    return "".join(s.split()).casefold()


def contract(page):
    """An independent reading of the contract."""
    assert isinstance(page, m.Page)
    assert page.text.strip()
    lines = page.text.split("\n")
    assert all(ln and ln == ln.strip() for ln in lines)
    assert all(isinstance(s, str) and s and s in page.text for s in page.body)
    assert all(k in ("byline", "credit", "caption", "related", "widget") for k, _ in page.furniture)
    bi = fi = 0
    unl = []
    for ln in lines:
        if fi < len(page.furniture) and ln == page.furniture[fi][1]:
            fi += 1
            continue
        for n in (1, 2, 3, 4):
            if ln == " ".join(page.body[bi:bi + n]) and bi + n <= len(page.body):
                bi += n
                break
        else:
            unl.append(ln)
    assert bi == len(page.body) and fi == len(page.furniture)
    assert len(unl) <= 3 and len(set(unl)) == len(unl)
    keys = {norm(s) for s in page.body}
    for kind, ln in page.furniture:
        assert norm(ln) not in keys
        if ln in unl:
            assert kind == "widget"
    for ln in unl:
        assert norm(ln) not in keys
    return unl


def codes(s):
    return [(int(a), b) for a, b in CODE.findall(unicodedata.normalize("NFC", s).replace("\u200b", ""))]


def test_constants():
    assert m.SEED == 5252
    assert m.BODY_ROWS == range(17_200, 17_300)
    assert m.RELATED_ROWS == range(19_200, 19_300)
    assert m.LAST_ROW == 19_299
    assert m.FAULT_RATE == 0.25
    assert m.KINDS == ("byline", "credit", "caption", "related", "widget")
    assert m.Page._fields == ("text", "body", "furniture", "layout")
    assert len(m.LAYOUTS) == 24 and len(set(m.LAYOUTS)) == 24
    views = {name.rsplit("_", 1)[1] for name in m.LAYOUTS}
    assert views == {"desktop", "mobile", "amp", "social", "print"}


def test_contract_on_every_page(small):
    _, usable, pages = small
    assert len(pages) == len(usable) == 10
    for page in pages:
        unl = contract(page)
        assert m.check_page(page)
        assert page.body, page.layout
        assert 1 <= len(unl) <= 3


def test_body_from_own_row_in_order(small):
    _, usable, pages = small
    for row, page in zip(usable, pages):
        last = 0
        for s in page.body:
            cs = codes(s)
            assert cs and all(r == row for r, _ in cs), s
            idx = [int(j) for _, j in cs]
            assert idx == sorted(idx) and idx[0] > last and 0 not in idx
            last = idx[-1]
        assert last >= 3


def test_other_text_only_from_related_rows(small):
    _, usable, pages = small
    for row, page in zip(usable, pages):
        for r, j in codes(page.text):
            assert r == row or r in m.RELATED_ROWS, (r, j)
            assert j != "D"  # an "Ảnh:" sentence is never on the page
        for kind, ln in page.furniture:
            for r, _ in codes(ln):
                if r != row:
                    assert kind in ("related", "caption", "widget") and r in m.RELATED_ROWS
            if kind == "related":
                assert codes(ln) and all(r in m.RELATED_ROWS for r, _ in codes(ln))
        assert "999" not in "".join(j for _, j in codes(page.text))  # summary never read
        assert "R99999" not in page.text


def test_story_roles(small):
    _, usable, pages = small
    authors = 0
    for row, page in zip(usable, pages):
        caps = [ln for k, ln in page.furniture if k == "caption"]
        assert caps
        bylines = " ".join(ln for k, ln in page.furniture if k == "byline")
        assert bylines
        text = unicodedata.normalize("NFC", page.text).replace("\u200b", "")
        if (row, "0") in codes(text):  # the lead caption, only ever as a caption
            assert any((row, "0") in codes(c) for c in caps)
        # the trailing author is a byline or left off, never body
        assert not any("lanhương" in norm(s) for s in page.body)
        assert not any("lanhương" in norm(ln) for k, ln in page.furniture if k != "byline")
        authors += "lanhương" in norm(bylines)
    assert authors >= len(pages) // 2


def test_layouts_in_order(small):
    _, _, pages = small
    assert [p.layout for p in pages] == [m.LAYOUTS[k % len(m.LAYOUTS)] for k in range(len(pages))]


def test_every_layout_appears(large):
    _, usable, pages = large
    assert len(pages) == len(usable)
    assert set(p.layout for p in pages) == set(m.LAYOUTS)
    kinds = {k for p in pages for k, _ in p.furniture}
    assert kinds == set(m.KINDS)
    for row, page in zip(usable, pages):
        contract(page)
        assert all(r == row for s in page.body for r, _ in codes(s))


def test_deterministic(small):
    path, _, pages = small
    assert m.pages(path) == pages
    script = (f"import importlib.util,sys,hashlib;"
              f"s=importlib.util.spec_from_file_location('mk',{str(MAKE)!r});"
              f"mod=importlib.util.module_from_spec(s);sys.modules['mk']=mod;s.loader.exec_module(mod);"
              f"print(hashlib.sha256(repr(mod.pages({str(path)!r})).encode()).hexdigest())")
    outs = set()
    for seed in ("1", "2"):
        res = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                             env={"PYTHONHASHSEED": seed}, check=True)
        outs.add(res.stdout.strip())
    assert outs == {hashlib.sha256(repr(pages).encode()).hexdigest()}


def test_single_streaming_read(small, monkeypatch):
    path, _, pages = small
    opened, read = [], [0]
    real_open = gzip.open

    class Counting:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

        def __iter__(self):
            for line in self.fh:
                read[0] += 1
                yield line

    def fake_open(p, mode="rb", *a, **k):
        opened.append(str(p))
        return Counting(real_open(p, mode, *a, **k))

    parsed = []
    real_loads = json.loads

    def loads(raw, *a, **k):
        parsed.append(raw)
        return real_loads(raw, *a, **k)

    monkeypatch.setattr(m.gzip, "open", fake_open)
    monkeypatch.setattr(m.json, "loads", loads)
    again = m.pages(path)
    assert again == pages
    assert opened == [str(path)]
    assert read[0] == m.LAST_ROW + 1
    assert not any(b"R99999" in p or b"\xff\xfe" in p for p in parsed)
    assert len(parsed) == 10 + 4 + 40 + 1  # non-blank rows inside the two ranges only


def _one(faults, n_rows=6):
    pool = m.build_pool([(r, f"Tin R{r}xT: cầu mới", related_article(r))
                         for r in range(m.RELATED_ROWS.start, m.RELATED_ROWS.start + 30)])
    out = []
    for k in range(n_rows):
        row = m.BODY_ROWS.start + 10 + k
        page, got = m.build_page(row, k, f"Tin R{row}xT về lũ", body_article(row, 8), pool,
                                 faults=faults)
        assert got == faults
        contract(page)
        out.append(page)
    return out


def test_fault_nbsp_zwsp_double_space():
    for fault, mark in (("nbsp", "\u00a0"), ("zwsp", "\u200b"), ("double_space", "  ")):
        pages = _one((fault,))
        assert any(mark in s for p in pages for s in p.body), fault
        assert any(mark in ln for p in pages for _, ln in p.furniture), fault
        for p in pages:
            for ln in p.text.split("\n"):
                assert ln == ln.strip()
    clean = _one(())
    assert not any(ch in p.text for p in clean for ch in ("\u00a0", "\u200b"))
    assert not any("  " in p.text for p in clean)


def test_fault_glued_and_nfd():
    pages = _one(("glued",))
    glued = [s for p in pages for s in p.body if re.search(r"\.\S", s) and len(codes(s)) == 2]
    assert glued
    for s in glued:
        (r1, j1), (r2, j2) = codes(s)
        assert r1 == r2 and int(j2) == int(j1) + 1
    nfd = _one(("nfd",))
    for p in nfd:
        assert p.text == unicodedata.normalize("NFD", p.text) != unicodedata.normalize("NFC", p.text)
        assert all(s == unicodedata.normalize("NFD", s) for s in p.body)
        assert all(ln == unicodedata.normalize("NFD", ln) for _, ln in p.furniture)


def test_fault_rate():
    drawn = [m.draw_faults(r) for r in m.BODY_ROWS]
    hit = [f for f in drawn if f]
    assert 12 <= len(hit) <= 40
    assert all(set(f) <= set(m.FAULTS) and 1 <= len(f) <= 2 for f in hit)


def test_check_page_rejects_breaks(small):
    _, _, pages = small
    page = pages[0]
    bad = [
        page._replace(text=page.text + "\n"),
        page._replace(text=page.text + "\nmột dòng thừa\nhai dòng thừa\nba dòng thừa"),
        page._replace(furniture=page.furniture + [("widget", page.body[0])]),
        page._replace(furniture=[("menu", ln) for _, ln in page.furniture]),
        page._replace(body=list(reversed(page.body))),
        page._replace(layout="nope"),
    ]
    for p in bad:
        with pytest.raises(m.ContractError):
            m.check_page(p)


def test_splitter():
    s = m.split_sentences('Ông A nói " Tôi đến. Rồi đi. " Sau đó TP. HCM mưa. TS. Lan đến lúc 9h.')
    assert s == ['Ông A nói " Tôi đến. Rồi đi. "', "Sau đó TP. HCM mưa.", "TS. Lan đến lúc 9h."]
    assert m.split_sentences("Giá tăng... nhưng vẫn bán. 10 người đến.") == [
        "Giá tăng... nhưng vẫn bán.", "10 người đến."]


def test_cli_prints_totals(small):
    path, _, pages = small
    buf = io.StringIO()
    with redirect_stdout(buf):
        assert m.main(["make.py", str(path)]) == 0
    out = buf.getvalue()
    total = [ln for ln in out.splitlines() if ln.startswith("TOTAL")][0].split()
    assert int(total[1]) == len(pages)
    assert int(total[2]) == sum(len(p.body) for p in pages)
    assert "furniture lines: " + str(sum(len(p.furniture) for p in pages)) in out
    assert re.search(r"faults: pages_with_faults=\d+, nbsp=\d+, zwsp=\d+, double_space=\d+, "
                     r"glued=\d+, nfd=\d+", out)
    for name in m.LAYOUTS:
        assert name in out


def test_frozen():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == MAKE_SHA256
