"""Tests for eval/clean_dev51/make.py (ordinary outlets; written blind as clean_test51, the blind test set until test52) on
synthetic data only (never /work/shared)."""
from __future__ import annotations

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

MAKE = Path(__file__).resolve().parents[2] / "eval" / "clean_dev51" / "make.py"
MAKE_SHA256 = "4941648c7a34b4c7638bb918d7806b6c4f526cfe06394ff4766b64904fcbc33a"


def _load():
    spec = importlib.util.spec_from_file_location("clean_dev51_make", MAKE)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


make = _load()
CODE = re.compile(r"R(\d{5})[xt]")
ITEM = re.compile(r"R(\d{5})x(\d+)")

PLACES = ["Bình Lâm", "Hà Sơn", "Trà Lâm", "Quảng Điền", "Đông Trà"]


def _article(row, variant):
    """Every sentence carries R{row}x{j}; the pieces around the story exercise the rules."""
    place = PLACES[row % len(PLACES)]
    j = 0
    parts = []
    if variant % 3 == 0:
        parts.append(f"Hiện trường vụ việc R{row}x{j}.")           # lead photo caption
    j += 1
    templates = [
        "Sáng 12/3, ông Nguyễn Văn Bình, Chủ tịch UBND xã {p}, cho biết vụ việc R{r}x{j} đã được báo cáo lên huyện.",
        "Theo TS. Lê Minh Hòa, nguyên nhân ban đầu của sự cố R{r}x{j} là do mưa lớn kéo dài nhiều ngày liền.",
        '" Chúng tôi sẽ làm rõ trách nhiệm R{r}x{j} trong tuần này, không để kéo dài ", ông Bình nói.',
        "Lực lượng chức năng tỉnh {p} đã phong tỏa hiện trường R{r}x{j}, đồng thời lấy lời khai nhân chứng.",
        "Người dân địa phương cho hay, khu vực R{r}x{j} từng xảy ra nhiều vụ tương tự trong năm ngoái.",
        "Hiện cơ quan điều tra đang tiếp tục xác minh R{r}x{j}, làm rõ các tình tiết liên quan vụ việc.",
        "Tuy nhiên, theo đại diện Sở Giao thông, kinh phí sửa chữa R{r}x{j} vẫn chưa được bố trí đầy đủ.",
        "Gia đình nạn nhân thuộc diện khó khăn, được chính quyền hỗ trợ R{r}x{j} ban đầu 5 triệu đồng.",
    ]
    for k in range(8):
        parts.append(templates[(k + row) % len(templates)].format(p=place, r=row, j=j))
        j += 1
    if variant % 4 == 1:
        parts.append(f"Xem thêm: Vụ việc R{row}x{j} tại {place}.")
        j += 1
    tail = variant % 3
    if tail == 0:
        parts.append("Minh Khoa - Thu Hà")                           # author, no full stop
    elif tail == 1:
        parts.append("Theo Báo Thử Nghiệm")
    return " ".join(parts)


def _related_article(row):
    return " ".join([
        f"Cầu tạm R{row}x0 bị nước cuốn trôi.",
        f"Chiều 5/6, mưa lớn kéo dài khiến nước sông dâng cao, cuốn trôi cây cầu tạm R{row}x1 nối hai thôn của xã miền núi này.",
        f"Hàng trăm học sinh R{row}x2 phải nghỉ học vì không thể qua sông.",
        f"Chính quyền huyện đã huy động lực lượng dựng cầu phao tạm R{row}x3, dự kiến hoàn thành trong hai ngày tới.",
        "Hoài Nam",
    ])


def _write(tmp_path, body_rows, related_rows=range(19_100, 19_130), unusable=True, name="t.jsonl.gz"):
    rows = [b""] * (make.LAST_ROW + 6)
    for v, row in enumerate(body_rows):
        rec = {"title": f"Sự cố R{row}t tại địa phương khiến người dân lo lắng",
               "article": _article(row, v), "summary": "never read R00000x0"}
        rows[row] = json.dumps(rec, ensure_ascii=False).encode()
    for row in related_rows:
        rec = {"title": f"Tin khác R{row}t về cây cầu tạm bị cuốn trôi", "article": _related_article(row),
               "summary": "x"}
        rows[row] = json.dumps(rec, ensure_ascii=False).encode()
    if unusable:
        rows[17_101] = b"   "                                         # blank
        rows[17_102] = b"{not json"                                  # not JSON
        rows[17_104] = b'["a list"]'                                 # JSON list
        rows[17_105] = json.dumps({"title": "  ", "article": "Câu R17105x1 hợp lệ."}).encode()
        rows[17_106] = json.dumps({"title": "Tiêu đề R17106t", "article": 42}).encode()
    for row in range(make.LAST_ROW + 1, make.LAST_ROW + 6):
        rows[row] = b"\xff\xfe GARBAGE {never parsed"
    path = tmp_path / name
    with gzip.open(path, "wb") as fh:
        fh.write(b"\n".join(rows) + b"\n")
    return path


BODY = [17_100, 17_103, 17_107, 17_110, 17_120, 17_133, 17_150, 17_161, 17_177, 17_199]


@pytest.fixture(scope="module")
def synth(tmp_path_factory):
    return _write(tmp_path_factory.mktemp("t51"), BODY)


@pytest.fixture(scope="module")
def built(synth):
    return make.build(synth)


def _labels(page):
    """Walk the page: ("body", [items]) | (kind, line) | (None, line)."""
    out, bi, fi = [], 0, 0
    for line in page.text.split("\n"):
        if fi < len(page.furniture) and line == page.furniture[fi][1]:
            out.append(page.furniture[fi])
            fi += 1
            continue
        for k in range(1, 5):
            if bi + k <= len(page.body) and line == " ".join(page.body[bi:bi + k]):
                out.append(("body", page.body[bi:bi + k]))
                bi += k
                break
        else:
            out.append((None, line))
    assert bi == len(page.body) and fi == len(page.furniture)
    return out


def test_constants():
    assert make.SEED == 5151
    assert make.BODY_ROWS == range(17_100, 17_200)
    assert make.RELATED_ROWS == range(19_100, 19_200)
    assert make.LAST_ROW == 19_199
    assert make.KINDS == ("byline", "credit", "caption", "related", "widget")
    assert len(make.LAYOUTS) == 24 and len(set(make.LAYOUTS)) == 24
    assert 0.2 <= make.FAULT_RATE <= 0.3


def test_whole_contract_on_every_page(built):
    pages = [p for p, _ in built]
    assert len(pages) == len(BODY)
    for page in pages:
        assert make.check_page(page)
        assert isinstance(page, make.Page) and page.text.strip()
        lines = page.text.split("\n")
        assert all(line and line == line.strip() for line in lines)
        assert page.body and all(s in page.text for s in page.body)
        assert all(k in make.KINDS and isinstance(l, str) for k, l in page.furniture)
        labels = _labels(page)
        unl = [l for k, l in labels if k is None]
        assert len(unl) <= 3
        keys = {make.norm_key(s) for s in page.body}
        assert not any(make.norm_key(l) in keys for _, l in page.furniture)
        for k, payload in labels:
            if k == "body":
                assert 1 <= len(payload) <= 4


def test_usable_rows_and_layout_order(built):
    # 17_101 .. 17_106 are unusable and give no page; the usable rows keep their order
    for k, (page, _) in enumerate(built):
        assert page.layout == make.LAYOUTS[k % len(make.LAYOUTS)]
        codes = {int(r) for r, _ in ITEM.findall(" ".join(page.body))}
        assert codes == {BODY[k]}


def test_body_in_story_order_from_own_row(built):
    for k, (page, _) in enumerate(built):
        js = []
        for s in page.body:
            found = ITEM.findall(s)
            assert found, s
            assert all(int(r) == BODY[k] for r, _ in found)
            js.extend(int(j) for _, j in found)
        assert js == sorted(js) and len(js) == len(set(js))
        assert len(js) >= 6


def test_no_line_carries_another_body_row(built):
    for k, (page, _) in enumerate(built):
        kinds = {l: kind for kind, l in page.furniture}
        for line in page.text.split("\n"):
            for r in CODE.findall(line):
                r = int(r)
                if r == BODY[k]:
                    continue
                assert r in make.RELATED_ROWS, line
                assert kinds.get(line) in ("related", "caption"), line


def test_other_stories_only_from_related_rows(built):
    seen_related = 0
    for k, (page, _) in enumerate(built):
        for kind, line in page.furniture:
            rows = {int(r) for r in CODE.findall(line)}
            foreign = rows - {BODY[k]}
            assert all(r in make.RELATED_ROWS for r in foreign)
            if kind == "related" and foreign:
                seen_related += 1
    assert seen_related >= 3 * len(built)


def test_story_ends_become_furniture(built):
    key = make.norm_key
    for v, (page, _) in enumerate(built):
        row = BODY[v]
        furn = [(kind, key(l)) for kind, l in page.furniture]     # faults may touch these lines
        if v % 3 == 0:
            assert any(key(f"Hiện trường vụ việc R{row}x0.") in l and k == "caption" for k, l in furn)
            assert any(key("Minh Khoa") in l and k == "byline" for k, l in furn)
        if v % 3 == 1:
            assert ("credit", key("Theo Báo Thử Nghiệm")) in furn
        if v % 4 == 1:
            assert any(key(f"R{row}x9") in l and k == "related" for k, l in furn)
        assert "R00000" not in page.text                              # summary never used


def test_every_layout_appears(tmp_path):
    rows = list(range(17_100, 17_100 + len(make.LAYOUTS) + 3))
    pages = make.pages(_write(tmp_path, rows, unusable=False))
    assert len(pages) == len(rows)
    assert {p.layout for p in pages} == set(make.LAYOUTS)
    kinds = {k for p in pages for k, _ in p.furniture}
    assert kinds == set(make.KINDS)


def test_deterministic(synth):
    a, b = make.pages(synth), make.pages(synth)
    assert a == b


def test_independent_of_hash_seed(synth):
    code = ("import importlib.util,sys,hashlib;"
            f"s=importlib.util.spec_from_file_location('m',{str(MAKE)!r});m=importlib.util.module_from_spec(s);"
            "sys.modules['m']=m;s.loader.exec_module(m);"
            f"print(hashlib.sha256(repr([tuple(p) for p in m.pages({str(synth)!r})]).encode()).hexdigest())")
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": seed}).stdout for seed in ("0", "987")}
    assert len(outs) == 1


def test_single_gzip_pass_stops_after_last_row(synth, monkeypatch):
    real_open = gzip.open
    opened, lines, parsed = [], [0], []

    class Counting:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

        def __iter__(self):
            for line in self.fh:
                lines[0] += 1
                yield line

    def fake_open(path, mode="rb", *a, **kw):
        opened.append(path)
        return Counting(real_open(path, mode, *a, **kw))

    real_loads = json.loads

    def spy_loads(raw, *a, **kw):
        parsed.append(raw)
        return real_loads(raw, *a, **kw)

    monkeypatch.setattr(make.gzip, "open", fake_open)
    monkeypatch.setattr(make.json, "loads", spy_loads)
    make.pages(synth)
    assert len(opened) == 1
    assert lines[0] == make.LAST_ROW + 1
    assert not any(b"GARBAGE" in (r if isinstance(r, bytes) else r.encode()) for r in parsed)


def _with_faults(monkeypatch, synth, faults):
    monkeypatch.setattr(make, "_draw_faults", lambda row: list(faults))
    return make.build(synth)


def test_in_sentence_faults(synth, monkeypatch):
    monkeypatch.setattr(make, "_draw_faults", lambda row: [])
    clean = make.pages(synth)
    for fault, mark in (("nbsp", "\u00a0"), ("zwsp", "\u200b"), ("double_space", "  ")):
        got = _with_faults(monkeypatch, synth, [fault])
        hit = 0
        for (page, counts), base in zip(got, clean):
            assert counts[fault] >= 1
            assert [make.norm_key(s) for s in page.body] == [make.norm_key(s) for s in base.body]
            hit += sum(mark in s for s in page.body)
            assert make.check_page(page)
        assert hit >= len(clean)


def test_glued(synth, monkeypatch):
    monkeypatch.setattr(make, "_draw_faults", lambda row: [])
    clean = make.pages(synth)
    got = _with_faults(monkeypatch, synth, ["glued"])
    glued = 0
    for (page, counts), base in zip(got, clean):
        assert make.check_page(page)
        assert "".join(page.body).replace(" ", "") == "".join(base.body).replace(" ", "")
        for s in page.body:
            if len(ITEM.findall(s)) == 2:
                glued += 1
                assert re.search(r"\.[A-ZĐ\"]", s)
        assert counts["glued"] >= 1
    assert glued >= len(clean)


def test_nfd_page(synth, monkeypatch):
    monkeypatch.setattr(make, "_draw_faults", lambda row: [])
    clean = make.pages(synth)
    got = _with_faults(monkeypatch, synth, ["nfd"])
    for (page, _), base in zip(got, clean):
        assert make.check_page(page)
        assert unicodedata.is_normalized("NFD", page.text)
        assert page.text != unicodedata.normalize("NFC", page.text)
        assert [unicodedata.normalize("NFC", s) for s in page.body] == base.body
        assert [(k, unicodedata.normalize("NFC", l)) for k, l in page.furniture] == base.furniture


def test_fault_rate_over_body_rows():
    n = sum(bool(make._draw_faults(r)) for r in make.BODY_ROWS)
    assert 12 <= n <= 40


def test_check_page_rejects_broken_pages(built):
    page = built[0][0]
    bad = []
    s0 = page.body[0]
    bad.append(page._replace(furniture=page.furniture[:1] + [("widget", s0.upper())] + page.furniture[1:],
                             text=page.text))                         # furniture not in text
    labels = _labels(page)
    pos = next(i for i, (k, _) in enumerate(labels) if k == "body")
    fidx = sum(1 for k, _ in labels[:pos] if k not in ("body", None))
    dup = s0.replace(" ", "  ", 1).upper()
    lines = page.text.split("\n")
    lines.insert(pos + 1, dup)
    fur = list(page.furniture)
    fur.insert(fidx, ("widget", dup))
    twin = page._replace(text="\n".join(lines), furniture=fur)
    with pytest.raises(make.ContractError, match="equals a body sentence"):
        make.check_page(twin)
    bad.append(page._replace(text=page.text.replace(s0, s0 + " Quảng cáo", 1)))   # body line + extra
    bad.append(page._replace(text=page.text + "\nmột\nhai\nba\nbốn"))    # too many unlabelled
    bad.append(page._replace(furniture=[("advert", l) for _, l in page.furniture]))
    bad.append(page._replace(body=list(reversed(page.body))))
    bad.append(page._replace(text=" " + page.text))
    bad.append(page._replace(layout="nope"))
    for p in bad:
        with pytest.raises(make.ContractError):
            make.check_page(p)


def test_splitter_and_extraction():
    text = ('Ông Lê nói " Tôi đi. Anh về. " rồi rời đi. TS. Hòa và ông Nguyễn Văn A. Bình cùng dự họp tại TP. '
            'Vinh hôm qua. Mọi việc đã xong … Sau đó họ về nhà.')
    assert make.split_sentences(text) == [
        'Ông Lê nói " Tôi đi. Anh về. " rồi rời đi.',
        "TS. Hòa và ông Nguyễn Văn A. Bình cùng dự họp tại TP. Vinh hôm qua.",
        "Mọi việc đã xong …",
        "Sau đó họ về nhà.",
    ]
    ex = make.extract("Tiêu đề thử", " ".join([
        "Xe tải lật trên đèo.",
        "Sáng 3/4, một xe tải chở gạo bị lật trên đèo, tài xế được đưa đi cấp cứu kịp thời.",
        "Lực lượng cứu hộ có mặt tại hiện trường.",
        "Ảnh: Hoài Nam.",
        "Nguyên nhân vụ tai nạn đang được cơ quan chức năng điều tra, làm rõ trong tuần này.",
        "Thiếu nhân lực Chiều 5/4, đại diện công ty cho biết sẽ bồi thường đầy đủ cho các bên liên quan.",
        "Lan Anh (Theo Báo Thử)",
    ]))
    assert ex["lead"] == "Xe tải lật trên đèo."
    assert ex["names"] == ["Lan Anh"] and ex["credits"] == ["Theo Báo Thử"]
    kinds = [(it[0], it[1]) for it in ex["stream"]]
    assert ("F", "caption") in kinds and ("F", "credit") in kinds
    body = [it[1] for it in ex["stream"] if it[0] == "S"]
    assert len(body) == 2 and not any("Thiếu nhân lực" in s for s in body)


def test_frozen():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == MAKE_SHA256
