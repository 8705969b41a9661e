"""Well-formedness tests for eval/clean_dev29/make.py (written blind as clean_test29; held-out cleaner pages).

They build a small synthetic train file in a temporary directory (never the real
data) and check the page contract, the row ranges, trailers, scraper faults,
determinism and the frozen hash of make.py.
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

ROOT = Path(__file__).resolve().parents[2]
MAKE = ROOT / "eval" / "clean_dev29" / "make.py"
DEV29_SHA256 = "c527352ad03cf88f30b3e9c11e2d9cb0ccbfe9f6cbe318391f5fd3795afe2643"


def _load():
    spec = importlib.util.spec_from_file_location("clean_dev29_make", MAKE)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["clean_dev29_make"] = mod
    spec.loader.exec_module(mod)
    return mod


M = _load()

# --------------------------------------------------------------------------
# synthetic train file
# --------------------------------------------------------------------------

_SENTS = (
    "Chính quyền địa phương BODYQ{r} cho biết đã triển khai lực lượng tới hiện trường.",
    "Theo các nhân chứng, sự việc xảy ra vào khoảng 9h sáng, khi nhiều người đang trên đường đi làm.",
    '" Chúng tôi đang theo dõi sát tình hình và sẽ công bố thông tin sớm nhất ", người phát ngôn nói.',
    "Hơn 1.200 người đã được sơ tán khỏi khu vực trong đêm.",
    "Giới chức chưa loại trừ khả năng có thêm nạn nhân.",
    "Cuộc điều tra dự kiến kéo dài trong vài tuần tới.",
    "Các chuyên gia nhận định đây là sự cố nghiêm trọng nhất trong nhiều năm qua.",
    "Trước đó, Bộ Ngoại giao nước này đã ra cảnh báo an ninh đối với công dân.",
    "Người dân trong vùng được khuyến cáo hạn chế ra đường sau 22h.",
    "Tổng thống George W. Bush từng đến thăm khu vực này năm 2003.",
    "Giá nhiên liệu tăng 12% chỉ trong một tuần, gây sức ép lên các hộ gia đình.",
    "Nhiều tuyến đường vẫn bị phong toả vào chiều cùng ngày.",
)
_TRAILERS = (
    " Trọng Giáp",
    " Ngọc Ánh (Theo SCMP)",
    " (Theo Reuters)",
    " Xem thêm: Vụ việc tương tự BODYQ{r} năm ngoái Hồng Hạnh",
    "",
    " Khánh Lynh",
)
_TRAILER_MARKS = {
    0: ["Trọng Giáp"],
    1: ["Ngọc Ánh", "SCMP"],
    2: ["Reuters"],
    3: ["Hồng Hạnh", "Vụ việc tương tự"],
    5: ["Khánh Lynh"],
}
_JUNK = (
    "",
    "   ",
    "{}",
    "{not json",
    '{"title": "Chỉ có tiêu đề"}',
    '{"article": "Chỉ có bài. Không tiêu đề."}',
    '{"title": "", "article": "Tiêu đề rỗng. Vẫn có bài."}',
    "[1, 2, 3]",
    '{"title": "  ", "article": "  "}',
    '{"title": null, "article": "Bài viết. Tiêu đề null."}',
)


def _body_article(r: int, j: int) -> str:
    n = 5 + j % 5
    sents = [_SENTS[(j + i) % len(_SENTS)].format(r=r) for i in range(n)]
    if j % 6 == 5:  # fused photo caption inside the text
        sents.insert(
            2,
            "Cảnh sát phong toả hiện trường. Ảnh: Reuters Lực lượng cứu hộ làm việc suốt đêm.",
        )
    return " ".join(sents) + _TRAILERS[j % 6].format(r=r)


def _related_article(r: int) -> str:
    parts = [f"Ảnh chụp RELQ{r} tại hiện trường."]
    i = 0
    while len(" ".join(parts)) < 2000:
        parts.append(
            f"RELQ{r} ghi nhận diễn biến thứ {i} của sự việc đang được dư luận đặc biệt quan tâm trong tuần này."
        )
        i += 1
    return " ".join(parts)


def _build(path: Path, cut: bool = False):
    lines = []
    body_usable, rel_usable = [], []
    for i in range(12_001):
        if i in (0, 10_599, 10_900, 11_599, 12_000, 11_000):
            row = {
                "id": f"d{i}",
                "title": f"Tin DECOYQ{i} ngoài phạm vi",
                "article": f"DECOYQ{i} không được dùng. DECOYQ{i} tuyệt đối không xuất hiện.",
                "summary": "x",
            }
            lines.append(json.dumps(row, ensure_ascii=False))
        elif i in M.BODY_ROWS:
            off = i - M.BODY_ROWS.start
            if off % 6 == 0 or i == M.BODY_ROWS.stop - 1:
                j = len(body_usable)
                row = {
                    "id": f"b{i}",
                    "title": f"Tiêu đề BODYQ{i} về sự kiện quốc tế",
                    "article": _body_article(i, j),
                    "summary": "Tóm tắt.",
                }
                lines.append(json.dumps(row, ensure_ascii=False))
                body_usable.append((i, j))
            elif off % 6 == 3:
                junk = _JUNK[(off // 6) % len(_JUNK)]
                lines.append(junk.replace("Chỉ có", f"BODYQ{i} chỉ có"))
            else:
                lines.append("" if off % 2 else "{}")
        elif i in M.RELATED_ROWS:
            off = i - M.RELATED_ROWS.start
            if off % 8 == 0:
                art = _related_article(i)
                if cut:
                    art = art[: M.RELATED_CUT]
                row = {
                    "id": f"r{i}",
                    "title": f"Tin RELQ{i} đáng chú ý trong ngày",
                    "article": art,
                    "summary": "s",
                }
                lines.append(json.dumps(row, ensure_ascii=False))
                rel_usable.append(i)
            elif off % 8 == 4:
                bad = (
                    f"{{broken RELQ{i}",
                    json.dumps({"title": f"RELQ{i} không có bài"}),
                    json.dumps({"article": f"RELQ{i} không có tiêu đề."}),
                    "",
                )
                lines.append(bad[(off // 8) % len(bad)])
            else:
                lines.append("")
        else:
            lines.append("{}")
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return body_usable, rel_usable


@pytest.fixture(scope="module")
def synth(tmp_path_factory):
    d = tmp_path_factory.mktemp("t29")
    full, cutp = d / "train.jsonl.gz", d / "train_cut.jsonl.gz"
    body_usable, rel_usable = _build(full)
    _build(cutp, cut=True)
    return {
        "path": full,
        "cut": cutp,
        "body": body_usable,
        "related": rel_usable,
        "pages": M.pages(full),
    }


def _nfc(s):
    return unicodedata.normalize("NFC", s)


def _check_contract(p):
    assert p.text and p.text.strip() == p.text
    lines = p.text.split("\n")
    for line in lines:
        assert line and line == line.strip(), repr(line)
    assert p.body, "page without body"
    for b in p.body:
        assert b and "\n" not in b and b in p.text
    # body sentences, in order, fill whole lines
    bi, body_lines = 0, set()
    for li, line in enumerate(lines):
        rest, hit = line, False
        while bi < len(p.body) and rest.startswith(p.body[bi]):
            rest = rest[len(p.body[bi]) :]
            bi += 1
            hit = True
            rest = rest.removeprefix(" ")
        if hit:
            assert rest == "", f"body line holds more than body sentences: {line!r}"
            body_lines.add(li)
    assert bi == len(p.body), "body sentences not found in order"
    others = collections.Counter(
        line for i, line in enumerate(lines) if i not in body_lines
    )
    furn = collections.Counter(line for _, line in p.furniture)
    assert not (furn - others), f"furniture lines missing from text: {furn - others}"
    assert sum((others - furn).values()) <= 3, (
        f"too many unlabelled lines: {others - furn}"
    )
    for kind, line in p.furniture:
        assert kind in M.KINDS
        assert "\n" not in line and line == line.strip()
    assert p.layout in M.LAYOUTS


# --------------------------------------------------------------------------
# tests
# --------------------------------------------------------------------------


def test_constants():
    assert M.SEED == 2921
    assert M.BODY_ROWS == range(10_600, 10_900)
    assert M.RELATED_ROWS == range(11_600, 12_000)
    assert M.RELATED_CUT == 1_200
    assert M.KINDS == ("byline", "credit", "caption", "related", "widget")
    assert isinstance(M.LAYOUTS, tuple) and 16 <= len(M.LAYOUTS) <= 20
    assert len(set(M.LAYOUTS)) == len(M.LAYOUTS) and all(
        isinstance(x, str) and x for x in M.LAYOUTS
    )
    assert dataclasses.is_dataclass(M.Page)
    assert [f.name for f in dataclasses.fields(M.Page)] == [
        "text",
        "body",
        "furniture",
        "layout",
    ]
    assert callable(M.pages)


def test_one_page_per_usable_row_and_layout_cycle(synth):
    ps, body = synth["pages"], synth["body"]
    assert len(ps) == len(body) >= 2 * len(M.LAYOUTS)
    assert [p.layout for p in ps] == [
        M.LAYOUTS[k % len(M.LAYOUTS)] for k in range(len(ps))
    ]
    for (r, _), p in zip(body, ps):
        found = {int(x) for x in re.findall(r"BODYQ(\d+)", p.text)}
        assert found == {r}, (
            r,
            found,
        )  # its own row only; never an unusable or other row
        assert f"Tiêu đề BODYQ{r}".casefold() in _nfc(p.text).casefold()


def test_page_contract(synth):
    for p in synth["pages"]:
        _check_contract(p)


def test_related_material_only_from_related_rows(synth):
    ps, rel = synth["pages"], set(synth["related"])
    n_related = 0
    for p in ps:
        assert "DECOYQ" not in p.text
        rows = {int(x) for x in re.findall(r"RELQ(\d+)", p.text)}
        assert rows <= rel, rows - rel
        own = set(re.findall(r"BODYQ(\d+)", p.text))
        for kind, line in p.furniture:
            if kind == "related":
                n_related += 1
                assert re.search(r"RELQ\d+", line) or any(
                    f"BODYQ{o}" in line for o in own
                ), line
    assert n_related >= len(ps)


def test_trailers_are_furniture(synth):
    for (r, j), p in zip(synth["body"], synth["pages"]):
        body = _nfc(" ".join(p.body)).casefold()
        furn = _nfc("\n".join(line for _, line in p.furniture)).casefold()
        for mark in _TRAILER_MARKS.get(j % 6, []):
            assert mark.casefold() not in body, (r, mark)
            assert mark.casefold() in furn, (r, mark)
        assert "ảnh:" not in body and "xem thêm" not in body
        if j % 6 == 3:
            assert any(k == "related" and f"BODYQ{r}" in x for k, x in p.furniture)
        if j % 6 in (0, 1, 3, 5):
            assert any(k == "byline" for k, _ in p.furniture)


def test_scraper_faults_occur(synth):
    kinds = collections.Counter()
    for p in synth["pages"]:
        b = " ".join(p.body)
        f = set()
        if p.text != _nfc(p.text):
            f.add("nfd")
        if "\u00a0" in b:
            f.add("nbsp")
        if re.search("[\u200b\u200c\ufeff]", b):
            f.add("zero_width")
        if "  " in b:
            f.add("double_space")
        if re.search(r"[.]\S", _nfc(b).replace("1.200", "").replace("W. ", "")):
            f.add("glue")
        kinds.update(f)
    pages_with = sum(
        1
        for p in synth["pages"]
        if p.text != _nfc(p.text)
        or re.search("[\u00a0\u200b\u200c\ufeff]|  ", " ".join(p.body))
    )
    assert pages_with >= 3
    assert len(kinds) >= 3, kinds


def test_deterministic(synth):
    again = M.pages(synth["path"])
    assert again == synth["pages"]
    digest = hashlib.sha256(
        repr([dataclasses.astuple(p) for p in again]).encode()
    ).hexdigest()
    code = (
        "import sys,hashlib,dataclasses,importlib.util\n"
        "s=importlib.util.spec_from_file_location('m29',sys.argv[1]);m=importlib.util.module_from_spec(s)\n"
        "sys.modules['m29']=m;s.loader.exec_module(m)\n"
        "print(hashlib.sha256(repr([dataclasses.astuple(p) for p in m.pages(sys.argv[2])]).encode()).hexdigest())"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(MAKE), str(synth["path"])],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONHASHSEED": "4242"},
        check=True,
    ).stdout.strip()
    assert out == digest


def test_unchanged_when_related_rows_cut(synth):
    assert M.pages(synth["cut"]) == synth["pages"]


def test_cli_summary_line(synth):
    out = subprocess.run(
        [sys.executable, str(MAKE), str(synth["path"])],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = out.stdout.strip().splitlines()
    assert len(lines) == 1
    m = re.fullmatch(
        r"pages=(\d+) layouts=(\d+) body_sentences=(\d+) furniture_lines=(\d+) time=[\d.]+s",
        lines[0],
    )
    assert m, lines[0]
    ps = synth["pages"]
    assert int(m.group(1)) == len(ps)
    assert int(m.group(2)) == len({p.layout for p in ps})
    assert int(m.group(3)) == sum(len(p.body) for p in ps)
    assert int(m.group(4)) == sum(len(p.furniture) for p in ps)


def test_frozen_hash():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == DEV29_SHA256
