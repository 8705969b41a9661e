"""Well-formedness tests for eval/clean_dev21/make.py (written blind as clean_test21; held-out pages, issue 21).

The tests write their own tiny train file; they read nothing outside the repository.
"""
from __future__ import annotations

import gzip
import hashlib
import importlib.util
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MAKE = ROOT / "eval" / "clean_dev21" / "make.py"
DEV21_SHA256 = "7115848dfe8c24d69e8fc9e726e97ef434903db2cb85f77ef83cb506d102dcf3"


def _load_make():
    spec = importlib.util.spec_from_file_location("clean_dev21_make", MAKE)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


mk = _load_make()

SUBJ = ("Sở Giao thông vận tải", "Công ty cổ phần Hòa Phát", "UBND huyện Cần Giờ", "Ngân hàng Nhà nước",
        "Hội Nông dân tỉnh Bến Tre", "Bệnh viện Chợ Rẫy", "Trường đại học Cần Thơ", "Cục Hải quan Đà Nẵng")
VERB = ("vừa công bố kế hoạch", "đã tổ chức hội nghị về", "cho biết sẽ đẩy mạnh", "kiến nghị điều chỉnh",
        "đang rà soát", "chính thức triển khai", "tiếp tục hỗ trợ", "vừa hoàn thành")
OBJ = ("chương trình bình ổn giá", "dự án cải tạo kênh rạch", "việc cấp giấy chứng nhận",
       "đề án chuyển đổi số", "hệ thống thoát nước đô thị", "mô hình trồng lúa hữu cơ",
       "quy trình xét tuyển mới", "kế hoạch phòng chống thiên tai")
TAIL = ("trong năm nay", "từ đầu tháng 5", "với tổng kinh phí hơn 120 tỉ đồng", "cho hơn 3.000 hộ dân",
        "theo chỉ đạo của Thủ tướng", "tại nhiều địa phương", "trước mùa mưa bão", "trong quý II")

TRAILERS = {  # body row offset -> (trailer glued to the article, expected kind)
    2: ("(Theo TTXVN)", "credit"),
    5: ("NGỌC AN", "byline"),
    9: ("Theo Báo Lao Động", "credit"),
    13: ("Xem thêm: Giá lúa gạo miền Tây tăng mạnh sau Tết", "related"),
    17: ("Hoài Thu - Minh Khang", "byline"),
}
BAD = {3: "", 7: "{}", 11: '{"title": "Chỉ có tiêu đề"}', 15: '{"article": "Chỉ có bài viết. Không có tiêu đề."}',
       19: '{"title": "Hỏng", "article": "JSON hỏng', 21: "[1, 2]", 23: '{"title": "", "article": "Rỗng tiêu đề."}'}
N_BODY = 52  # offsets 0..51 inside BODY_ROWS, 7 of them bad -> 45 pages
N_REL = 30


def _sentence(rng: random.Random, tag: int) -> str:
    return f"{rng.choice(SUBJ)} {rng.choice(VERB)} {rng.choice(OBJ)} {rng.choice(TAIL)}, mã hồ sơ {tag}."


def _article(rng: random.Random, tag: int, n: int) -> str:
    out = []
    for j in range(n):
        s = _sentence(rng, tag * 100 + j)
        if j % 5 == 3:
            s = f'" Chúng tôi sẽ làm hết sức mình ", ông Trần Văn Hùng nói về hồ sơ {tag * 100 + j}.'
        out.append(s)
    return " ".join(out)


def _rows(cut: bool = False) -> dict[int, str]:
    rng = random.Random(21)
    rows: dict[int, str] = {}
    for k in range(N_REL):
        i = mk.RELATED_ROWS.start + k
        art = _article(rng, 5000 + k, 30 if k % 3 == 0 else 4)
        if k == 4:  # a first sentence longer than the cut
            art = "Một câu rất dài " + "và còn dài nữa " * 120 + "kết thúc. " + art
        if cut:
            art = art[:mk.RELATED_CUT]
        rows[i] = json.dumps({"id": f"r{k}", "title": f"Tin khác số {k}: {rng.choice(SUBJ)} {rng.choice(VERB)} {rng.choice(OBJ)}",
                              "article": art, "summary": "tóm tắt"}, ensure_ascii=False)
    rows[mk.RELATED_ROWS.start + N_REL] = "{bad json"
    for k in range(N_BODY):
        i = mk.BODY_ROWS.start + k
        if k in BAD:
            rows[i] = BAD[k]
            continue
        art = _article(rng, 7000 + k, 6 + k % 9)
        if k in TRAILERS:
            art = art + " " + TRAILERS[k][0]
        rows[i] = json.dumps({"id": f"b{k}", "title": f"Bài chính {k}: {rng.choice(OBJ)} ở {rng.choice(('Huế', 'Vinh', 'Pleiku'))}",
                              "article": art, "summary": "tóm tắt"}, ensure_ascii=False)
    return rows


def _write(path: Path, rows: dict[int, str]) -> Path:
    last = max(rows)
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for i in range(last + 1):
            fh.write(rows.get(i, "") + "\n")
    return path


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    d = tmp_path_factory.mktemp("t21")
    rows = _rows()
    train = _write(d / "train.jsonl.gz", rows)
    return {"rows": rows, "train": train, "cut": _write(d / "cut.jsonl.gz", _rows(cut=True)),
            "pages": mk.pages(train)}


def _usable_body(rows):
    out = []
    for k in range(N_BODY):
        i = mk.BODY_ROWS.start + k
        try:
            d = json.loads(rows[i])
        except ValueError:
            continue
        if isinstance(d, dict) and d.get("title") and d.get("article"):
            out.append((k, d))
    return out


def _plain(s: str) -> str:
    s = unicodedata.normalize("NFC", s)
    for z in ("\u200b", "\u200c", "\u200d", "\ufeff"):
        s = s.replace(z, "")
    return " ".join(s.split())


def test_module_names():
    assert mk.BODY_ROWS == range(16_300, 16_600)
    assert mk.RELATED_ROWS == range(13_600, 14_000)
    assert mk.KINDS == ("byline", "credit", "caption", "related", "widget")
    assert 16 <= len(mk.LAYOUTS) <= 20 and len(set(mk.LAYOUTS)) == len(mk.LAYOUTS)


def test_deterministic(data):
    again = mk.pages(data["train"])
    assert again == data["pages"]


def test_one_page_per_usable_row_and_round_robin(data):
    ps = data["pages"]
    usable = _usable_body(data["rows"])
    assert len(ps) == len(usable) == N_BODY - len(BAD)
    assert [p.layout for p in ps] == [mk.LAYOUTS[k % len(mk.LAYOUTS)] for k in range(len(ps))]
    assert set(p.layout for p in ps) == set(mk.LAYOUTS)
    for p, (_, d) in zip(ps, usable):  # each page tells its own story
        first = _plain(p.body[0])
        assert first[:30] in _plain(d["article"])


def test_text_lines_clean(data):
    for p in data["pages"]:
        assert p.text and "\n\n" not in p.text
        for line in p.text.split("\n"):
            assert line and line == line.strip()


def test_body_and_furniture_contract(data):
    for p in data["pages"]:
        lines = p.text.split("\n")
        assert p.body
        for s in p.body:
            assert s and s in p.text
        for kind, line in p.furniture:
            assert kind in mk.KINDS
            assert line in lines
        fset = {line for _, line in p.furniture}
        assert not (set(p.body) & fset)
        j, unlabelled = 0, 0
        for line in lines:
            if j < len(p.body) and line.startswith(p.body[j]):
                rest = line
                while j < len(p.body) and rest.startswith(p.body[j]):
                    rest = rest[len(p.body[j]):]
                    j += 1
                    if rest.startswith(" "):
                        rest = rest[1:]
                assert rest == "", (p.layout, line)  # body lines hold nothing else
            elif line not in fset:
                unlabelled += 1
            for s in p.body:
                if s in line:
                    assert line not in fset
        assert j == len(p.body)  # body in page order
        assert unlabelled <= 3, p.layout


def test_related_from_related_rows(data):
    rows = data["rows"]
    rel_texts = []
    for i in mk.RELATED_ROWS:
        try:
            d = json.loads(rows.get(i, ""))
        except ValueError:
            continue
        if isinstance(d, dict) and d.get("title"):
            rel_texts.append((_plain(d["title"]), _plain(d["article"][:mk.RELATED_CUT])))
    body = {k: d for k, d in _usable_body(rows)}
    n = 0
    for p, (k, d) in zip(data["pages"], body.items()):
        for kind, line in p.furniture:
            if kind != "related":
                continue
            pl = _plain(line)
            if k in TRAILERS and pl == TRAILERS[k][0]:
                continue  # the story's own 'Xem thêm' trailer
            n += 1
            ok = any(t in pl or t.upper() in pl for t, _ in rel_texts)
            if not ok:
                core = pl.split(": ", 1)[-1].removesuffix("...")[:60]
                ok = any(core in a for _, a in rel_texts)
            assert ok, line
            assert _plain(d["title"]) not in pl
            for s in p.body:
                assert _plain(s) not in pl
            assert "Bài chính" not in pl and not re.search(r"hồ sơ 7\d{4}", pl)  # story markers
    assert n > 50


def test_trailers_are_furniture(data):
    usable = _usable_body(data["rows"])
    seen = 0
    for p, (k, _) in zip(data["pages"], usable):
        if k not in TRAILERS:
            continue
        text, kind = TRAILERS[k]
        labelled = {(kk, _plain(line)) for kk, line in p.furniture}
        assert (kind, text) in labelled, (k, p.furniture)
        assert not any(text in _plain(s) for s in p.body)
        seen += 1
    assert seen == len(TRAILERS)


def test_scraper_faults_occur(data):
    glued = re.compile(r"[a-zà-ỹ0-9][.!?][A-ZÀ-ỸĐ\"]")
    faulty = 0
    kinds = set()
    for p in data["pages"]:
        hit = False
        for s in p.body:
            if "\xa0" in s:
                kinds.add("nbsp")
            if any(z in s for z in ("\u200b", "\u200c", "\u200d", "\ufeff")):
                kinds.add("zw")
            if "  " in s or "\t" in s:
                kinds.add("double")
            if not unicodedata.is_normalized("NFC", s):
                kinds.add("nfd")
            if glued.search(s):
                kinds.add("glue")
            hit = hit or s != " ".join(unicodedata.normalize("NFC", s).split()) or glued.search(s) or any(
                z in s for z in ("\u200b", "\u200c", "\u200d", "\ufeff"))
        faulty += bool(hit)
    assert 0.12 * len(data["pages"]) <= faulty <= 0.4 * len(data["pages"])
    assert len(kinds) >= 3, kinds


def test_related_cut_to_1200(data):
    assert mk.pages(data["cut"]) == data["pages"]


def test_make_frozen():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == DEV21_SHA256
