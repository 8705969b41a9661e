"""Well-formedness tests for eval/clean_dev25/make.py (written blind as clean_test25; held-out cleaner pages, issue 21)."""
from __future__ import annotations

import gzip
import hashlib
import importlib.util
import json
import re
import sys
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MAKE = ROOT / "eval" / "clean_dev25" / "make.py"
DEV25_SHA256 = "3aa63ae20b27c667cbade5b0934d44f83d481e9aec362e0bfd440e09091a67b9"


def _load():
    spec = importlib.util.spec_from_file_location("clean_dev25_make", MAKE)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["clean_dev25_make"] = mod
    spec.loader.exec_module(mod)
    return mod


M = _load()

PLACES = ["xã Tân Phú", "huyện Đức Cơ", "phường Bến Thành", "thị trấn Phố Lu", "xã Nghĩa Lâm", "quận Cẩm Lệ"]
SUBJ = ["Ông Trần Văn Lực", "Bà Nguyễn Thị Hoa", "Lực lượng cứu hộ", "UBND tỉnh", "Công an huyện", "Người dân"]
VERB = ["cho biết đã tiếp nhận vụ việc", "đề nghị làm rõ trách nhiệm", "khẩn trương khắc phục hậu quả",
        "đã báo cáo cơ quan cấp trên", "tiếp tục theo dõi tình hình", "kiến nghị hỗ trợ kinh phí"]
TRAILERS = [(" Hoàng Thị Lụa", "byline", "Hoàng Thị Lụa"),
            (" (Theo Báo Mẫu Tin)", "credit", "(Theo Báo Mẫu Tin)"),
            (" Xem thêm: Chuyện cũ ở bến phà Rạch Miễu", "related", "Xem thêm: Chuyện cũ ở bến phà Rạch Miễu"),
            (" Phạm Quốc Thịnh - Lê Thu Ba", "byline", "Phạm Quốc Thịnh - Lê Thu Ba"),
            ("", None, None)]
N_BODY = 40
N_REL = 30


def _story(i: int) -> tuple[str, str, str | None, str | None]:
    sents = []
    for j in range(6 + i % 7):
        sents.append(f"Ngày {j + 1}/{i % 12 + 1}, {SUBJ[(i + j) % 6]} tại {PLACES[(i * 3 + j) % 6]} "
                     f"{VERB[(i + 2 * j) % 6]} trong đợt kiểm tra thứ {i * 10 + j}.")
    tail, kind, line = TRAILERS[i % len(TRAILERS)]
    return f"Sự việc mẫu số {i} ở {PLACES[i % 6]}", " ".join(sents) + tail, kind, line


def _related(i: int, cut: bool) -> tuple[str, str]:
    sents = [f"Đây là câu tin phụ R{i}-{j} kể về một chuyện khác ở vùng ven biển miền Trung." for j in range(40)]
    art = " ".join(sents)
    assert len(art) > 2400
    return f"Tiêu đề tin phụ R{i} về hội chợ nông sản", (art[:1200] if cut else art)


def _write(path: Path, cut: bool = False) -> dict:
    lines: list[str] = []
    info = {"stories": {}, "usable": 0}
    total = M.BODY_ROWS.start + N_BODY + 10
    rel_start = M.RELATED_ROWS.start
    bad_body = {M.BODY_ROWS.start + 3: "", M.BODY_ROWS.start + 7: "{}",
                M.BODY_ROWS.start + 11: json.dumps({"id": "x", "article": "Chỉ có bài."}),
                M.BODY_ROWS.start + 15: json.dumps({"id": "y", "title": "Chỉ có tiêu đề"}),
                M.BODY_ROWS.start + 19: "{not json",
                rel_start + 2: "", rel_start + 5: "{bad json", rel_start + 8: json.dumps({"title": "", "article": ""})}
    k = 0
    for n in range(total):
        if n in bad_body:
            lines.append(bad_body[n])
        elif M.BODY_ROWS.start <= n < M.BODY_ROWS.start + N_BODY + 5:
            t, a, kind, line = _story(k)
            info["stories"][n] = (t, a, kind, line)
            info["usable"] += 1
            k += 1
            lines.append(json.dumps({"id": f"b{n}", "title": t, "article": a, "summary": "tóm tắt"}, ensure_ascii=False))
        elif rel_start <= n < rel_start + N_REL:
            t, a = _related(n - rel_start, cut)
            lines.append(json.dumps({"id": f"r{n}", "title": t, "article": a, "summary": "s"}, ensure_ascii=False))
        else:
            lines.append("")
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    return info


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    d = tmp_path_factory.mktemp("t25")
    full, cut = d / "train.jsonl.gz", d / "train_cut.jsonl.gz"
    info = _write(full)
    _write(cut, cut=True)
    return info, M.pages(full), M.pages(full), M.pages(cut)


def _nfc(s):
    return unicodedata.normalize("NFC", s)


def test_constants():
    assert M.BODY_ROWS == range(17_300, 17_600)
    assert M.RELATED_ROWS == range(10_600, 11_000)
    assert M.KINDS == ("byline", "credit", "caption", "related", "widget")
    assert 16 <= len(M.LAYOUTS) <= 20 and len(set(M.LAYOUTS)) == len(M.LAYOUTS)


def test_determinism_and_counts(built):
    info, a, b, _ = built
    assert a == b
    assert len(a) == info["usable"]
    assert {p.layout for p in a} == set(M.LAYOUTS)
    assert [p.layout for p in a] == [M.LAYOUTS[k % len(M.LAYOUTS)] for k in range(len(a))]


def test_page_contract(built):
    _, ps, _, _ = built
    for p in ps:
        lines = p.text.split("\n")
        assert all(l and l == l.strip() for l in lines)
        assert p.body
        furn = [l for _, l in p.furniture]
        assert all(k in M.KINDS for k, _ in p.furniture)
        assert all(l in lines for l in furn)
        assert not set(p.body) & set(furn)
        for s in p.body:
            assert s in p.text
        # body lines are consecutive body items joined by one space, nothing else
        ptr, unl, fcount = 0, 0, {}
        for l in furn:
            fcount[l] = fcount.get(l, 0) + 1
        for line in lines:
            if ptr < len(p.body) and line.startswith(p.body[ptr]):
                rest = line
                while ptr < len(p.body) and rest.startswith(p.body[ptr]):
                    rest = rest[len(p.body[ptr]):]
                    ptr += 1
                    if rest.startswith(" ") and ptr < len(p.body) and rest[1:].startswith(p.body[ptr]):
                        rest = rest[1:]
                    else:
                        break
                assert rest == "", (line, rest)
            elif fcount.get(line, 0) > 0:
                fcount[line] -= 1
            else:
                unl += 1
        assert ptr == len(p.body)
        assert unl <= 3, p.text
        assert all(v == 0 for v in fcount.values())


def test_related_from_related_rows(built):
    info, ps, _, _ = built
    story_trailers = {line for (_, _, kind, line) in info["stories"].values() if kind == "related"}
    n = 0
    for p in ps:
        for kind, line in p.furniture:
            if kind != "related" or _nfc(line) in story_trailers:
                continue
            n += 1
            assert "R" in line and ("tin phụ" in _nfc(line).lower()), line
            assert "Sự việc mẫu" not in _nfc(line)
            assert not any(s in line for s in p.body)
    assert n > 20


def test_trailers_are_furniture(built):
    info, ps, _, _ = built
    stories = list(info["stories"].values())
    assert len(stories) == len(ps)
    seen = 0
    for (title, art, kind, line), p in zip(stories, ps):
        assert _nfc(p.text).count(title) >= 1 or _nfc(p.text).count(title.upper()) >= 1 or title in _nfc(p.text)
        if kind is None:
            continue
        seen += 1
        assert (kind, line) in [(k, _nfc(l)) for k, l in p.furniture], (kind, line, p.furniture)
        assert not any(line in _nfc(s) for s in p.body)
        last = _nfc(p.body[-1])
        assert last.endswith("."), last
    assert seen >= 20


def test_scraper_faults(built):
    _, ps, _, _ = built
    kinds = set()
    faulty = 0
    for p in ps:
        t = "\n".join(p.body)
        f = set()
        if "\u00a0" in t:
            f.add("nbsp")
        if any(z in t for z in ("\u200b", "\u200c", "\ufeff", "\u2060")):
            f.add("zw")
        if unicodedata.normalize("NFC", p.text) != p.text:
            f.add("nfd")
        if "  " in t:
            f.add("double")
        if any(re.search(r"[.!?][^\W\d_]", s) for s in p.body):
            f.add("glue")
        kinds |= f
        faulty += bool(f)
    assert faulty >= 4 and faulty <= len(ps) // 2
    assert len(kinds) >= 3


def test_related_cut_invariance(built):
    _, ps, _, cut = built
    assert ps == cut


def test_main_prints_summary(built, tmp_path, capsys):
    path = tmp_path / "t.jsonl.gz"
    _write(path)
    assert M.main(["make.py", str(path)]) == 0
    out = capsys.readouterr().out
    assert "pages:" in out and "body sentences:" in out and "furniture lines:" in out and "time:" in out


def test_frozen_hash():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == DEV25_SHA256
