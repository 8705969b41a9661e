"""Well-formedness tests for eval/clean_dev23/make.py (written blind as clean_test23; held-out cleaner pages)."""
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
MAKE = ROOT / "eval" / "clean_dev23" / "make.py"
DEV23_SHA256 = "75a91dc593f5a7cdaf6316d741f0b1b0b884e227274bfff3092c551a3931e83e"

BODY0, RELATED0, N_BODY, N_RELATED = 15_300, 9_300, 60, 30
BAD = {15_303: "", 15_307: "{}", 15_311: '{"title": "Chỉ có tiêu đề"}', 15_315: "{not json",
       15_319: '{"article": "Không có tiêu đề nào cả. Câu thứ hai ở đây."}',
       15_323: '{"title": "", "article": "Tiêu đề rỗng. Câu khác."}', 15_327: "[1, 2]",
       9_305: "", 9_306: "{broken"}
TRAILERS = {15_301: ("Nguyễn Văn Nam (Theo VnExpress)", ["Nguyễn Văn Nam", "Theo VnExpress"]),
            15_302: ("Xem thêm: Giá vàng hôm nay tăng mạnh", ["Xem thêm: Giá vàng hôm nay tăng mạnh"]),
            15_305: ("(Theo Dân trí)", ["Theo Dân trí"]),
            15_309: ("Như Tâm", ["Như Tâm"]),
            15_313: ("Trọng Giáp (Tổng hợp)", ["Trọng Giáp"])}

SUBJ = ("Ông Trần Văn Hùng", "Bà Lê Thị Mai", "UBND huyện Mường La", "Sở Giáo dục TP.HCM", "Nhóm sinh viên",
        "Chị Nguyễn Thị Lan", "Công an tỉnh Nghệ An", "Ban tổ chức", "Các nhà khoa học", "Người dân xã Tân Phú")
VERB = ("cho biết", "đã quyết định", "vừa công bố", "đang triển khai", "khẳng định", "chia sẻ rằng")
OBJ = ("kế hoạch hỗ trợ hơn 500 hộ dân vùng lũ", "chương trình học bổng cho học sinh nghèo",
       "dự án cải tạo kênh rạch trong năm {n}", "kết quả điều tra ban đầu về vụ việc",
       "mô hình trồng rau sạch mang lại thu nhập {n} triệu đồng mỗi tháng",
       "việc giảm giá vé cho {n} nghìn hành khách", "quy định mới về an toàn thực phẩm")


def _sentence(rng: random.Random, i: int) -> str:
    obj = rng.choice(OBJ).format(n=rng.randint(2, 90))
    return f"{rng.choice(SUBJ)} {rng.choice(VERB)} {obj} (mục {i})."


def _article(rng: random.Random, n: int) -> str:
    return " ".join(_sentence(rng, i) for i in range(n))


def _related_article(rng: random.Random, j: int, long: bool) -> str:
    place = ("Tokyo", "Seoul", "Paris", "Berlin", "Washington", "Canberra")
    parts = [f"Tin khác số {j} kể về một sự kiện ở nước ngoài được nhiều người chú ý."]
    for i in range(40 if long else 5):
        parts.append(f"Giới chức {rng.choice(place)} thông báo sẽ mở rộng thêm {rng.randint(2, 99)} tuyến xe buýt (ý {j}-{i}).")
    return " ".join(parts)


def _write(path: Path, cut: bool = False) -> dict:
    rng = random.Random(23)
    lines = [""] * (BODY0 + N_BODY + 5)
    stories, related_titles, related_articles = {}, [], []
    for j in range(N_RELATED):
        row = RELATED0 + j
        if row in BAD:
            lines[row] = BAD[row]
            continue
        title = f"Tin khác {j}: Thủ đô nước bạn đón lượng khách kỷ lục"
        art = _related_article(rng, j, long=j % 3 == 0)
        related_titles.append(title)
        related_articles.append(art[:1200])
        lines[row] = json.dumps({"id": f"r{j}", "title": title, "article": art[:1200] if cut else art,
                                 "summary": "tóm tắt"}, ensure_ascii=False)
    for j in range(N_BODY):
        row = BODY0 + j
        if row in BAD:
            lines[row] = BAD[row]
            continue
        title = f"Câu chuyện thứ {j} về đời sống ở địa phương"
        art = _article(rng, rng.randint(4, 14))
        if row in TRAILERS:
            art = art + " " + TRAILERS[row][0]
        stories[row] = (title, art)
        lines[row] = json.dumps({"id": f"b{j}", "title": title, "article": art, "summary": "x"}, ensure_ascii=False)
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    return {"stories": stories, "related_titles": related_titles, "related_articles": related_articles}


def _load():
    spec = importlib.util.spec_from_file_location("clean_dev23_make", MAKE)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    d = tmp_path_factory.mktemp("t23")
    info = _write(d / "train.jsonl.gz")
    _write(d / "cut.jsonl.gz", cut=True)
    mod = _load()
    return mod, d, info, mod.pages(d / "train.jsonl.gz")


def test_frozen():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == DEV23_SHA256


def test_module_names(made):
    mod, *_ = made
    assert mod.KINDS == ("byline", "credit", "caption", "related", "widget")
    assert 16 <= len(mod.LAYOUTS) <= 20 and len(set(mod.LAYOUTS)) == len(mod.LAYOUTS)
    assert mod.BODY_ROWS == range(15_300, 15_600) and mod.RELATED_ROWS == range(9_300, 9_700)


def test_deterministic(made):
    mod, d, _, ps = made
    assert mod.pages(d / "train.jsonl.gz") == ps


def test_one_page_per_usable_row_and_layouts(made):
    mod, _, info, ps = made
    assert len(ps) == len(info["stories"])
    assert [p.layout for p in ps] == [mod.LAYOUTS[k % len(mod.LAYOUTS)] for k in range(len(ps))]
    assert set(p.layout for p in ps) == set(mod.LAYOUTS)
    titles = [t for t, _ in info["stories"].values()]
    for p, t in zip(ps, titles):
        assert unicodedata.normalize("NFC", t).casefold() in unicodedata.normalize("NFC", p.text).casefold()


def _body_lines(p):
    """Lines made only of consecutive body items; returns (set of such lines, all items consumed)."""
    lines = p.text.split("\n")
    furn = {l for _, l in p.furniture}
    used, bi, free = set(), 0, 0
    for line in lines:
        if line in furn:
            continue
        acc = []
        j = bi
        while j < len(p.body) and line.startswith(" ".join(acc + [p.body[j]])):
            acc.append(p.body[j])
            j += 1
            if " ".join(acc) == line:
                break
        if acc and " ".join(acc) == line:
            used.add(line)
            bi = j
        else:
            free += 1
    return used, bi == len(p.body), free


def test_page_contract(made):
    mod, _, _, ps = made
    for p in ps:
        lines = p.text.split("\n")
        assert all(l and l == l.strip() for l in lines)
        assert p.body
        for b in p.body:
            assert b and b in p.text
        for kind, line in p.furniture:
            assert kind in mod.KINDS
            assert line in lines
        used, all_consumed, free = _body_lines(p)
        assert all_consumed, p.layout
        assert free <= 3, (p.layout, free)
        furn = {l for _, l in p.furniture}
        assert not furn & set(p.body)
        assert not furn & used


def test_related_from_related_rows(made):
    _, _, info, ps = made
    sentences = {s for _, a in info["stories"].values() for s in re.split(r"(?<=\.) ", a)}
    titles = info["related_titles"]
    heads = [a[:60] for a in info["related_articles"]]
    n = 0
    for p in ps:
        for kind, line in p.furniture:
            line = unicodedata.normalize("NFC", line)
            if kind != "related":
                continue
            n += 1
            assert any(t in line for t in titles) or any(h[:40] in line for h in heads), line
            assert not any(s in line for s in sentences if len(s) > 30), line
    assert n > len(ps)


def test_trailers_are_furniture(made):
    _, _, info, ps = made
    rows = sorted(info["stories"])
    for row, (raw, parts) in TRAILERS.items():
        p = ps[rows.index(row)]
        furn = [unicodedata.normalize("NFC", l) for _, l in p.furniture]
        body = [unicodedata.normalize("NFC", b) for b in p.body]
        for part in parts:
            assert part in furn, (row, part, furn)
            assert not any(part in b for b in body), (row, part)
        assert body[-1].endswith(")."), body[-1]


def test_scraper_faults(made):
    _, _, _, ps = made
    kinds = set()
    faulty = 0
    for p in ps:
        body = "".join(p.body)
        k = set()
        if "\u00a0" in body:
            k.add("nbsp")
        if re.search("[\u200b\u200c\ufeff]", body):
            k.add("zw")
        if unicodedata.normalize("NFC", p.text) != p.text:
            k.add("nfd")
        if "  " in body:
            k.add("double")
        if re.search(r"\)\.[A-ZĐ]", body):
            k.add("glue")
        faulty += bool(k)
        kinds |= k
    assert faulty >= len(ps) // 8
    assert len(kinds) >= 3, kinds


def test_related_cut_to_1200(made):
    mod, d, _, ps = made
    assert mod.pages(d / "cut.jsonl.gz") == ps
