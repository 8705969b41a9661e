"""Well-formedness tests for eval/clean_dev36/make.py (written blind as clean_test36; now a dev set).

The tests build a small synthetic train file under tmp_path; nothing outside
the repository is read.  make.py is frozen by TEST36_SHA256.
"""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

MAKE = Path(__file__).resolve().parents[2] / "eval" / "clean_dev36" / "make.py"
TEST36_SHA256 = "c63f5506ea411698c08056f98bbe93037462b2f4740180984da7b582109ec372"


def _load():
    name = "clean_dev36_make"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, MAKE)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


m = _load()

# ---------------------------------------------------------------------------
# synthetic train file

UNUSABLE_BODY = {
    17_903: "",
    17_907: "this is not json",
    17_911: json.dumps({"title": "Tin bod17911", "article": ""}, ensure_ascii=False),
    17_915: "[1, 2, 3]",
    17_919: json.dumps({"title": 5, "article": "Bài bod17919 lỗi."}, ensure_ascii=False),
}
UNUSABLE_REL = {18_903: "   ", 18_911: "{broken"}


def _sentence(r: int, j: int) -> str:
    t = (r + j) % 6
    if t == 0:
        return f"Câu {j} của bài bod{r} kể về việc sửa đường ở xã Yên Hòa."
    if t == 1:
        return f"Ông Ba nói: “ Đây là câu {j} của bài bod{r}. Mọi việc vẫn ổn ”."
    if t == 2:
        return f'" Chúng tôi đã làm xong phần câu {j} bod{r} ", bà Tư cho biết.'
    if t == 3:
        return f"{j + 10} hộ dân ở câu {j} bod{r} được hỗ trợ tiền thuê nhà."
    if t == 4:
        return f"Theo TS. Lê Văn Hai, câu {j} của bài bod{r} cần được xem kỹ hơn."
    return f"Trong khi đó, câu {j} của bài bod{r} nhắc tới Q. 1 và TP. HCM."


def _body_row(r: int):
    """(json line, expected sentence numbers, trailer checks) for one body row."""
    n = 5 + r % 6
    sents = [_sentence(r, j) for j in range(1, n + 1)]
    v = r % 7
    drop: set[int] = set()
    expect: list[tuple[str, str]] = []     # (kind, lowercase text) that must be furniture
    gone: list[str] = []                    # must not be in body
    if v == 0:
        art = " ".join(sents) + " Minh Tân"
        expect.append(("byline", "minh tân"))
        gone.append("Minh Tân")
    elif v == 1:
        art = " ".join(sents) + " Theo TTXVN"
        expect.append(("credit", "theo ttxvn"))
        gone.append("TTXVN")
    elif v == 2:
        art = (" ".join(sents) + f" > > Video: Cảnh hiện trường bod{r} > > "
               f"Xem thêm: Tin khác bod{r} Duy Trần - Hồng Phúc")
        expect.append(("caption", f"cảnh hiện trường bod{r}"))
        gone += ["Video:", "Xem thêm", "Duy Trần", ">"]
    elif v == 3:
        art = (" ".join(sents[:2]) + f" Toàn cảnh hiện trường bod{r}. Ảnh: Nguyễn Đông "
               + " ".join(sents[2:]) + " Hải Hà")
        drop.add(3)
        expect += [("caption", f"toàn cảnh hiện trường bod{r}"), ("byline", "hải hà")]
        gone += ["Toàn cảnh", "Ảnh:", "Nguyễn Đông", "Hải Hà"]
    elif v == 4:
        art = " ".join(sents) + " Mời độc giả xem video hiện trường:"
        gone.append("Mời độc giả")
    elif v == 5:
        art = " ".join(sents) + " Bá Di (Tổng hợp)"
        expect.append(("byline", "bá di"))
        gone += ["Bá Di", "Tổng hợp"]
    else:
        art = (" ".join(sents[:3]) + f" > > Nhà tránh bão bod{r} hoang phế "
               + " ".join(sents[3:]) + " Phúc Hưng - Cửu Long")
        drop.add(4)
        expect.append(("byline", "phúc hưng - cửu long"))
        gone += ["Nhà tránh bão", "Phúc Hưng", ">"]
    line = json.dumps({"id": f"x{r}", "title": f"Tin bod{r} về chuyện ở xã Yên Hòa",
                       "article": art, "summary": "Tóm tắt."}, ensure_ascii=False)
    js = [j for j in range(1, n + 1) if j not in drop]
    return line, js, expect, gone


def _related_row(r: int) -> str:
    title = f"Tin liên quan rel{r} về giao thông khu vực phía Tây"
    if r % 5 == 0:
        art = " ".join(f"Đoạn {j} của tin rel{r} nói về cầu đường mới ở phường Tân Hòa."
                       for j in range(1, 4))
    else:
        prefix, j = "", 1
        while True:
            s = f"Đoạn {j} của tin rel{r} nói về cầu đường mới ở phường Tân Hòa."
            if len(prefix) + 1 + len(s) > 1150:
                break
            prefix = (prefix + " " + s).strip()
            j += 1
        straddle = "Phần nối dài của tin"
        while len(prefix) + 1 + len(straddle) < 1210:
            straddle += " và"
        straddle += f" edge{r}."
        after = " ".join(f"Đoạn sau {k} của tin cut{r} không được dùng." for k in range(5))
        art = prefix + " " + straddle + " " + after
        assert art.index(f"edge{r}") >= m.RELATED_CUT
        assert art.index(f"cut{r}") >= m.RELATED_CUT
    return json.dumps({"id": f"y{r}", "title": title, "article": art, "summary": "."},
                      ensure_ascii=False)


@pytest.fixture(scope="module")
def synth(tmp_path_factory):
    path = tmp_path_factory.mktemp("t36") / "train.jsonl.gz"
    expected = {}
    lines = []
    for i in range(19_030):
        if i in UNUSABLE_BODY:
            lines.append(UNUSABLE_BODY[i])
        elif i in UNUSABLE_REL:
            lines.append(UNUSABLE_REL[i])
        elif i in m.BODY_ROWS:
            line, js, expect, gone = _body_row(i)
            expected[i] = (js, expect, gone)
            lines.append(line)
        elif i in m.RELATED_ROWS:
            lines.append(_related_row(i))
        else:
            lines.append(json.dumps({"title": f"Tin ngoài out{i}",
                                     "article": f"Bài out{i} không được dùng. Câu out{i} nữa."},
                                    ensure_ascii=False))
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    return path, expected


@pytest.fixture(scope="module")
def built(synth):
    path, _ = synth
    return m.pages(path)


def _plain(s: str) -> str:
    s = unicodedata.normalize("NFC", s)
    for ch in ("\u200b", "\ufeff"):
        s = s.replace(ch, "")
    return " ".join(s.replace("\u00a0", " ").split())


def _row_of(page) -> int:
    rows = {int(x) for b in page.body for x in re.findall(r"bod(\d+)", _plain(b))}
    assert len(rows) == 1, rows
    return rows.pop()


# ---------------------------------------------------------------------------


def test_frozen_hash():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == TEST36_SHA256


def test_constants():
    assert m.SEED == 3636
    assert m.BODY_ROWS == range(17_900, 18_000)
    assert m.RELATED_ROWS == range(18_900, 19_000)
    assert m.RELATED_CUT == 1_200
    assert m.KINDS == ("byline", "credit", "caption", "related", "widget")
    assert 16 <= len(m.LAYOUTS) <= 20
    assert len(set(m.LAYOUTS)) == len(m.LAYOUTS)


def test_page_fields():
    import dataclasses
    names = [f.name for f in dataclasses.fields(m.Page)]
    assert names == ["text", "body", "furniture", "layout"]


def test_one_page_per_usable_row_and_layout_order(built, synth):
    _, expected = synth
    assert len(built) == len(expected) == 95
    for k, p in enumerate(built):
        assert p.layout == m.LAYOUTS[k % len(m.LAYOUTS)]
    assert [_row_of(p) for p in built] == sorted(expected)


def test_every_layout_used(built):
    assert set(p.layout for p in built) == set(m.LAYOUTS)


def test_deterministic(synth, built):
    again = m.pages(synth[0])
    assert again == built


def test_page_contract(built):
    for p in built:
        assert p.text and p.body
        lines = p.text.split("\n")
        for line in lines:
            assert line and line == line.strip()
        for b in p.body:
            assert b and "\n" not in b and b in p.text
        for kind, line in p.furniture:
            assert kind in m.KINDS
        # walk the lines: body lines hold only consecutive body items,
        # furniture follows in order, at most three lines unlabelled
        bi = fi = 0
        unlabelled = 0
        for line in lines:
            if bi < len(p.body) and line.startswith(p.body[bi]):
                rest = line[len(p.body[bi]):]
                bi += 1
                while rest:
                    assert rest.startswith(" ") and bi < len(p.body), (p.layout, line)
                    rest = rest[1:]
                    assert rest.startswith(p.body[bi]), (p.layout, line)
                    rest = rest[len(p.body[bi]):]
                    bi += 1
                continue
            if fi < len(p.furniture) and p.furniture[fi][1] == line:
                fi += 1
                continue
            unlabelled += 1
        assert bi == len(p.body), p.layout
        assert fi == len(p.furniture), p.layout
        assert unlabelled <= 3, (p.layout, unlabelled)


def test_body_sentences_kept_in_order(built, synth):
    _, expected = synth
    for p in built:
        js, _, _ = expected[_row_of(p)]
        got = [int(x) for b in p.body for x in re.findall(r"[Cc]âu (\d+)", _plain(b))]
        assert got == js, (p.layout, got, js)


def test_trailers_split_off(built, synth):
    _, expected = synth
    for p in built:
        _, expect, gone = expected[_row_of(p)]
        body = " ".join(_plain(b) for b in p.body)
        for g in gone:
            assert g not in body, (p.layout, g)
        for kind, text in expect:
            lines = [_plain(line).lower() for k, line in p.furniture if k == kind]
            assert any(text in line for line in lines), (p.layout, kind, text)
        assert "mời độc giả" not in _plain(p.text).lower()


def test_other_text_only_from_related_rows(built):
    for p in built:
        text = _plain(p.text)
        assert not re.search(r"(?:out|cut|edge)\d+", text), p.layout
        own = {int(x) for x in re.findall(r"bod(\d+)", text.lower())}
        assert len(own) == 1
        for x in re.findall(r"rel(\d+)", text.lower()):
            assert int(x) in m.RELATED_ROWS
    kinds = Counter(k for p in built for k, _ in p.furniture)
    assert all(kinds[k] > 0 for k in m.KINDS), kinds
    rel_lines = [line for p in built for k, line in p.furniture if k in ("related", "caption")]
    assert sum("rel" in _plain(line) for line in rel_lines) > len(built)


def _faults(p) -> set[str]:
    found = set()
    if p.text != unicodedata.normalize("NFC", p.text):
        found.add("nfd")
    for b in p.body:
        if "\u00a0" in b:
            found.add("nbsp")
        if "\u200b" in b:
            found.add("zwsp")
        if "\ufeff" in b:
            found.add("bom")
        if "  " in b:
            found.add("double_space")
        if any(ch.isupper() for ch in re.findall(r"[.!?…]([^\W\d_])", b)):
            found.add("glue")
    return found


def test_faults_on_about_a_quarter(built):
    faulted = [p for p in built if _faults(p)]
    assert 0.18 <= len(faulted) / len(built) <= 0.32, len(faulted)
    kinds = set().union(*(_faults(p) for p in built))
    assert kinds == set(m.FAULT_KINDS), kinds
    for p in built:
        for _, line in p.furniture:
            assert not any(ch in line for ch in ("\u00a0", "\u200b", "\ufeff"))


_OLD = re.compile(r"(?<![qQ])(?:o[áàảãạ]|o[éèẻẽẹ]|u[ýỳỷỹỵ])(?!\w)")
_NEW = re.compile(r"(?<![qQ])(?:[óòỏõọ]a|[óòỏõọ]e|[úùủũụ]y)(?!\w)")


def test_tone_placement_switches_between_pages(built):
    styles = Counter()
    for p in built:
        fur = unicodedata.normalize("NFC", " ".join(line for _, line in p.furniture)).lower()
        old, new = bool(_OLD.search(fur)), bool(_NEW.search(fur))
        assert not (old and new), p.layout
        styles["old" if old else "new" if new else "none"] += 1
    assert styles["old"] > 5 and styles["new"] > 5, styles


def test_main_prints_counts(synth, capsys):
    assert m.main([str(synth[0])]) == 0
    out = capsys.readouterr().out
    assert "pages: 95" in out
    for k in m.KINDS:
        assert f"{k}:" in out
