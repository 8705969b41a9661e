"""Tests for eval/clean_dev48 (pages by audience), written blind as clean_test48 and scored once, now a dev set.

Builds a small synthetic train file under tmp_path; never reads /work/shared.
"""
from __future__ import annotations

import gzip
import hashlib
import importlib.util
import json
import re
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MAKE = ROOT / "eval" / "clean_dev48" / "make.py"
MAKE_SHA256 = "51904e14eab74f2a3c94644e1df563b07d5749da3611d15f1f69717119b21e22"


def _load():
    spec = importlib.util.spec_from_file_location("clean_dev48_make", MAKE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


make = _load()

BODY = [9600, 9603, 9611, 9622, 9640, 9655, 9667, 9681, 9690, 9699]
UNUSABLE = {
    9601: b"",
    9602: b"{not json at all R9602",
    9604: json.dumps(["R9604", "list"]).encode(),
    9605: json.dumps({"title": "  ", "article": "Câu có mã R9605 ở đây."}).encode(),
    9606: json.dumps({"title": "Tiêu đề R9606", "article": 12345}).encode(),
    9607: b"   \t ",
}
RELATED = list(range(9700, 9716)) + [9750, 9799]
GARBAGE = b"\xff\xfe GARBAGE-ROW not json {{{"

SUBJECTS = ["Chính quyền thành phố", "Các nhà khoa học", "Người dân địa phương", "Lực lượng cứu hộ",
            "Bộ Ngoại giao", "Giới chuyên gia", "Ban tổ chức", "Cơ quan khí tượng"]


def _article(row):
    sents = [f"Quang cảnh buổi lễ diễn ra hôm qua tại quảng trường mã R{row} câu 0."]
    for k in range(1, 10):
        subj = SUBJECTS[(row + k) % len(SUBJECTS)]
        if k == 4:
            sents.append(f'" Chúng tôi đã làm hết sức. Kết quả rất tốt ", người phát ngôn nói về vụ việc R{row} câu {k}.')
        elif k == 6:
            sents.append(f"{subj} tại TP. Hồ Chí Minh cho biết TS. Nguyễn An đã trình bày báo cáo R{row} câu {k}.")
        else:
            sents.append(f"{subj} cho biết sự kiện thứ {k} liên quan đến hồ sơ R{row} câu {k} đang được xem xét kỹ lưỡng.")
    return " ".join(sents) + " Lâm Hữu (Theo AFP)"


def _related_article(row):
    s = [f"Ảnh chụp toàn cảnh khu vực mã Q{row} vào buổi sáng."]
    s += [f"Bản tin liên quan số {k} nói về sự việc mang mã Q{row} được nhiều người quan tâm theo dõi trong tuần qua."
          for k in range(1, 30)]
    return " ".join(s)


def _write(path: Path) -> Path:
    last = make.LAST_ROW
    lines = []
    for i in range(last + 6):
        if i in BODY:
            lines.append(json.dumps({"title": f"Tiêu đề bài viết R{i}", "article": _article(i),
                                     "summary": "x"}, ensure_ascii=False).encode())
        elif i in UNUSABLE:
            lines.append(UNUSABLE[i])
        elif i in RELATED:
            lines.append(json.dumps({"title": f"Tin liên quan mã Q{i}", "article": _related_article(i)},
                                    ensure_ascii=False).encode())
        elif i > last or i % 997 == 0:
            lines.append(GARBAGE)
        else:
            lines.append(b"")
    with gzip.open(path, "wb") as fh:
        fh.write(b"\n".join(lines))
    return path


@pytest.fixture(scope="module")
def train(tmp_path_factory):
    return _write(tmp_path_factory.mktemp("t48") / "train.jsonl.gz")


@pytest.fixture(scope="module")
def pages(train):
    return make.pages(train)


def _nk(s):
    return "".join(unicodedata.normalize("NFC", s).replace("\u200b", "").split()).casefold()


def _codes(s):
    return set(re.findall(r"R(\d{4})", unicodedata.normalize("NFC", s).replace("\u200b", "")))


def test_constants():
    assert make.SEED == 4848
    assert make.BODY_ROWS == range(9_600, 9_700)
    assert make.RELATED_ROWS == range(9_700, 9_800)
    assert make.Page._fields == ("text", "body", "furniture", "layout")
    assert 18 <= len(make.LAYOUTS) <= 22
    assert len({name for name, _f, _w in make.LAYOUTS}) == len(make.LAYOUTS)


def test_one_page_per_usable_body_row_and_layout_order(pages):
    assert len(pages) == len(BODY)
    names = [name for name, _f, _w in make.LAYOUTS]
    assert [p.layout for p in pages] == [names[k % len(names)] for k in range(len(BODY))]


def test_contract(pages):
    for p in pages:
        make.check_page(p)
        lines = p.text.split("\n")
        assert all(ln and ln == ln.strip() for ln in lines)
        assert p.body
        for s in p.body:
            assert "\n" not in s and s in p.text
        kinds = {k for k, _ in p.furniture}
        assert kinds <= {"byline", "credit", "caption", "related", "widget"}
        fl = [ln for _, ln in p.furniture]
        # every line is a body line, the next furniture line, or one of <=3 unlabelled lines
        bi = fi = unl = 0
        for ln in lines:
            for n in range(1, 5):
                if ln == " ".join(p.body[bi:bi + n]) and bi + n <= len(p.body):
                    bi += n
                    break
            else:
                if fi < len(fl) and fl[fi] == ln:
                    fi += 1
                else:
                    unl += 1
        assert bi == len(p.body) and fi == len(fl) and unl <= 3
        bk = {_nk(s) for s in p.body}
        assert not any(_nk(ln) in bk for ln in fl)


def test_body_order_and_own_codes(pages):
    for row, p in zip(BODY, pages):
        idx = []
        for s in p.body:
            n = unicodedata.normalize("NFC", s).replace("\u200b", "")
            assert _codes(n) and _codes(n) <= {str(row)}, s
            idx += [int(x) for x in re.findall(r"câu (\d+)", n)]
        assert idx == sorted(idx) and len(set(idx)) == len(idx)
        # the trailing author and credit are furniture, not body
        assert not any("Lâm Hữu" in s for s in p.body)
        clean = [unicodedata.normalize("NFC", ln).replace("\u200b", "").replace("\u00a0", " ").casefold()
                 for k, ln in p.furniture if k == "byline"]
        assert any("lâm hữu" in ln for ln in clean)
        # quoted speech stays one sentence; TP. / TS. do not end a sentence
        joined = unicodedata.normalize("NFC", " ".join(p.body)).replace("\u200b", "").replace("\u00a0", " ")
        assert "câu 4" in joined and "câu 6" in joined
        for s in p.body:
            n = unicodedata.normalize("NFC", s).replace("\u200b", "")
            if "Chúng tôi đã làm" in n:
                assert "câu 4" in n
            if "câu 6" in n:
                assert "Hồ Chí Minh" in n


def test_no_line_carries_another_body_rows_code(pages):
    for row, p in zip(BODY, pages):
        for ln in p.text.split("\n"):
            assert _codes(ln) <= {str(row)}, ln


def test_related_text_only_from_related_rows(pages):
    for p in pages:
        for ln in p.text.split("\n"):
            for q in re.findall(r"Q(\d{4})", unicodedata.normalize("NFC", ln).replace("\u200b", "")):
                assert int(q) in RELATED


def test_deterministic(train, pages):
    assert make.pages(train) == pages


def test_single_read_stops_after_last_needed_row(train, monkeypatch):
    opened, seen_rows, parsed = [], [], []
    real_open, real_loads = gzip.open, json.loads

    class Counting:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *a):
            self.fh.close()

        def __iter__(self):
            for i, line in enumerate(self.fh):
                seen_rows.append(i)
                yield line

    def fake_open(path, mode="rb", *a, **k):
        opened.append(path)
        return Counting(real_open(path, mode, *a, **k))

    def spy_loads(s, *a, **k):
        parsed.append(s)
        return real_loads(s, *a, **k)

    monkeypatch.setattr(make.gzip, "open", fake_open)
    monkeypatch.setattr(make.json, "loads", spy_loads)
    make.pages(train)
    assert len(opened) == 1
    assert max(seen_rows) == make.LAST_ROW
    assert not any("GARBAGE" in (x if isinstance(x, str) else repr(x)) for x in parsed)


def test_sentence_splitter():
    s = ('TP. Hồ Chí Minh có mưa lớn. " Tôi đến. Tôi thấy ", ông nói. PGS. Lê Văn A nhận xét về '
         'ông John F. Kennedy. Đông Á. Xong rồi')
    assert make.split_sentences(s) == [
        "TP. Hồ Chí Minh có mưa lớn.", '" Tôi đến. Tôi thấy ", ông nói.',
        "PGS. Lê Văn A nhận xét về ông John F. Kennedy.", "Đông Á.", "Xong rồi"]


def test_make_py_pinned():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == MAKE_SHA256
