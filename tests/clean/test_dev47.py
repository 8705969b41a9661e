"""Tests for eval/clean_dev47/make.py (page state / news-cycle moment), written blind as clean_test47 and scored once, now a dev set.

Runs on a small synthetic train file built under tmp_path; never reads /work/shared.
"""
from __future__ import annotations

import gzip
import hashlib
import importlib.util
import json
import os
import re
import subprocess
import sys
import types
import unicodedata
from pathlib import Path

import pytest

MAKE = Path(__file__).resolve().parents[2] / "eval" / "clean_dev47" / "make.py"
MAKE_SHA256 = "fd7ae851881089073f65bf1d45b7f289fab933d031b6a2fa9938f2d901d07212"
KINDS = {"byline", "credit", "caption", "related", "widget"}
LAST_ROW = 19_996
UNUSABLE = {19_903: b"", 19_910: b"{not json at all", 19_917: b'["a", "list"]',
            19_925: json.dumps({"title": "   ", "article": "Có nội dung R19925."}).encode(),
            19_940: json.dumps({"title": "Tiêu đề R19940", "article": 12345}).encode(),
            19_955: json.dumps({"article": "Thiếu tiêu đề R19955, ngày 3/4."}).encode()}
USABLE_BODY = [r for r in range(19_900, 19_997) if r not in UNUSABLE]


def load_make():
    spec = importlib.util.spec_from_file_location("clean_dev47_make", MAKE)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def body_article(row):
    n = 8 + row % 6
    out = []
    for j in range(1, n + 1):
        v = j % 4
        if v == 0:
            out.append(f'" Chúng tôi đang xử lý hồ sơ R{row} mục {j:02d} theo đúng quy trình. Kết quả sẽ sớm được '
                       f'công bố ", ông Trần Văn Bình, trưởng phòng, nói với phóng viên chiều {j}/5.')
        elif v == 1:
            out.append(f"Sáng {j}/3, chính quyền xã Tân Lập cho biết hồ sơ R{row} mục {j:02d} đã được chuyển tới "
                       f"cơ quan chức năng để xem xét.")
        elif v == 2:
            out.append(f"TS. Lê Minh Hà, giảng viên tại TP. HCM, nhận định hồ sơ R{row} mục {j:02d} cần được rà "
                       f"soát thêm trong tháng {j}.")
        else:
            out.append(f"Theo PGS. Nguyễn V. Long, khoảng {j * 7}% hộ dân trong vùng liên quan tới hồ sơ R{row} "
                       f"mục {j:02d} đã được hỗ trợ, số còn lại đang chờ.")
    text = " ".join(out) + " Minh Hoà"
    if row == 19_901:
        text = text.replace("chính quyền xã", "chính quyền\u2028xã", 1)  # not a line break for the reader
    return {"id": f"b{row}", "title": f"Hồ sơ R{row} được chuyển lên cấp trên", "article": text,
            "summary": f"TÓM TẮT R{row}"}


def related_article(row):
    sents = [f"Chiều {k}/6, lực lượng cứu hộ ở huyện Q{row} đã đưa {k + 2} người mắc kẹt ra khỏi khu vực ngập "
             f"sâu sau nhiều giờ tìm kiếm liên tục." for k in range(1, 9)]
    sents.insert(2, f"Đoàn cứu hộ Q{row} làm việc trong mưa lớn.")
    return {"id": f"r{row}", "title": f"Giải cứu người mắc kẹt ở huyện Q{row}", "article": " ".join(sents),
            "summary": "x"}


@pytest.fixture(scope="module")
def train(tmp_path_factory):
    path = tmp_path_factory.mktemp("t47") / "train.jsonl.gz"
    lines = []
    for i in range(0, 20_001):
        if i in UNUSABLE:
            lines.append(UNUSABLE[i])
        elif 19_900 <= i <= LAST_ROW:
            lines.append(json.dumps(body_article(i), ensure_ascii=False).encode())
        elif 18_000 <= i < 18_100:
            if i == 18_010:
                lines.append(b"   ")
            elif i == 18_020:
                lines.append(b'{"title": 5, "article": "x"}')
            else:
                lines.append(json.dumps(related_article(i), ensure_ascii=False).encode())
        elif i > LAST_ROW:
            lines.append(b'GARBAGE-NEVER-PARSE {"title": "R20000 x", "article": "R20000 y."')
        elif i % 997 == 0:
            lines.append(b"   ")
        else:
            lines.append(b"")
    with gzip.open(path, "wb") as fh:
        fh.write(b"\n".join(lines))
    return path


@pytest.fixture(scope="module")
def make():
    return load_make()


@pytest.fixture(scope="module")
def built(make, train):
    return make.pages(str(train))


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u200b", "").replace("\u200c", "").replace("\u200d", "").replace("\ufeff", "")
    return re.sub(r"\s+", "", s).casefold()


def check_contract(page):
    text, body, furniture = page.text, page.body, page.furniture
    assert isinstance(text, str) and text
    assert body, "page without body"
    lines = text.split("\n")
    for ln in lines:
        assert ln.strip() and ln == ln.strip(), repr(ln)
    for s in body:
        assert isinstance(s, str) and s and "\n" not in s and s in text, repr(s)
    bi = fi = unlabelled = 0
    for ln in lines:
        matched = False
        for n in range(1, 5):
            if bi + n <= len(body) and ln == " ".join(body[bi:bi + n]):
                bi += n
                matched = True
                break
        if matched:
            continue
        if fi < len(furniture) and furniture[fi][1] == ln:
            assert furniture[fi][0] in KINDS
            fi += 1
            continue
        assert not any(s in ln for s in body[bi:bi + 1]), f"body sentence on a mixed line: {ln!r}"
        unlabelled += 1
    assert bi == len(body), "body not consumed in order"
    assert fi == len(furniture), "furniture not consumed in order"
    assert unlabelled <= 3
    bodyn = {norm(s) for s in body}
    for kind, ln in furniture:
        assert kind in KINDS
        assert norm(ln) not in bodyn, ln


def test_constants(make):
    assert make.SEED == 4747
    assert make.BODY_ROWS == range(19_900, 19_997)
    assert make.RELATED_ROWS == range(18_000, 18_100)
    assert make.Page._fields == ("text", "body", "furniture", "layout")
    assert 18 <= len(make.LAYOUTS) <= 22
    assert len(set(make.LAYOUTS)) == len(make.LAYOUTS)


def test_contract_every_page(built):
    assert len(built) == len(USABLE_BODY)
    for page in built:
        check_contract(page)


def test_layouts_in_order(make, built):
    assert [p.layout for p in built] == [make.LAYOUTS[k % len(make.LAYOUTS)] for k in range(len(built))]


def test_body_rows_codes_and_order(built):
    for row, page in zip(USABLE_BODY, built):
        last = 0
        for s in page.body:
            s = re.sub(r"\s+", " ", unicodedata.normalize("NFC", s).replace("\u200b", ""))
            assert f"R{row}" in s, (row, s)
            nums = [int(x) for x in re.findall(r"mục (\d\d)", s)]
            assert nums, s
            for x in nums:
                assert x > last, (row, s)
                last = x
        for ln in page.text.split("\n"):
            ln = unicodedata.normalize("NFC", ln).replace("\u200b", "")
            codes = set(re.findall(r"R(\d{5})", ln))
            assert codes <= {str(row)}, (row, ln)
            assert "GARBAGE" not in ln and "TÓM TẮT" not in ln


def test_byline_from_article_tail(built):
    for page in built:
        assert any(k == "byline" and norm(l) == norm("Minh Hoà") for k, l in page.furniture), page.layout


def test_determinism_in_process(make, train, built):
    again = make.pages(str(train))
    assert again == built


def _digest(pages):
    data = json.dumps([[p.text, p.body, [list(f) for f in p.furniture], p.layout] for p in pages],
                      ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def test_determinism_other_hashseed(train, built):
    code = (
        "import importlib.util, json, hashlib, sys\n"
        f"spec = importlib.util.spec_from_file_location('m47', {str(MAKE)!r})\n"
        "m = importlib.util.module_from_spec(spec); sys.modules['m47'] = m; spec.loader.exec_module(m)\n"
        f"ps = m.pages({str(train)!r})\n"
        "data = json.dumps([[p.text, p.body, [list(f) for f in p.furniture], p.layout] for p in ps], ensure_ascii=False)\n"
        "print(hashlib.sha256(data.encode('utf-8')).hexdigest())\n"
    )
    env = dict(os.environ, PYTHONHASHSEED="12345")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == _digest(built)


def test_single_read_stops_after_last_row(make, train, monkeypatch):
    real_open = gzip.open
    opened = []

    class Spy:
        def __init__(self, fh):
            self.fh, self.n = fh, 0

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

        def __iter__(self):
            return self

        def __next__(self):
            line = next(self.fh)
            self.n += 1
            return line

    def spy_open(*a, **k):
        s = Spy(real_open(*a, **k))
        opened.append(s)
        return s

    parsed = []

    def spy_loads(s, *a, **k):
        parsed.append(s)
        return json.loads(s, *a, **k)

    monkeypatch.setattr(make.gzip, "open", spy_open)
    monkeypatch.setattr(make, "json", types.SimpleNamespace(loads=spy_loads, JSONDecodeError=json.JSONDecodeError))
    pages = make.pages(str(train))
    assert len(pages) == len(USABLE_BODY)
    assert len(opened) == 1
    assert opened[0].n == LAST_ROW + 1
    assert not any("GARBAGE" in (p if isinstance(p, str) else p.decode("utf-8", "replace")) for p in parsed)


def test_make_pinned():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == MAKE_SHA256
