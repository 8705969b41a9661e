"""Well-formedness of eval/clean_dev20/make.py (written blind as clean_test20; held-out cleaner pages, issue 21).

Runs make.py on a tiny gzip JSON-lines file written here; reads nothing outside the repo.
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
MAKE = ROOT / "eval" / "clean_dev20" / "make.py"
DEV20_SHA256 = "fc66240bbe3e0b249de57abef67b1f5ed70b549e853664e84faa4df516a3d01d"


def _load():
    name = "clean_dev20_make"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, MAKE)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


make = _load()

SUBJ = ("Ông Nguyễn Văn Bình", "Chị Lê Thị Hoa", "UBND huyện Yên Thành", "Công an tỉnh Nghệ An",
        "Sở Giáo dục và Đào tạo", "Người dân xã Tân Lập", "Ban quản lý chợ Đông Ba",
        "Đại diện công ty Hưng Phát", "Bệnh viện Đa khoa tỉnh", "Đội cảnh sát giao thông")
VERB = ("cho biết", "đã xác nhận", "đang tiếp tục làm rõ", "vừa thông báo", "đã kiến nghị",
        "khẳng định", "đã đề xuất", "vừa kiểm tra")
OBJ = ("tình hình ngập úng tại khu dân cư", "kết quả xét nghiệm mẫu nước giếng",
       "kế hoạch sửa chữa cầu treo trong tháng tới", "số lượng học sinh nhập viện",
       "nguyên nhân vụ sạt lở đất ven sông", "phương án hỗ trợ các hộ bị thiệt hại",
       "mức phạt đối với các cơ sở vi phạm", "tiến độ giải phóng mặt bằng dự án")
TAIL = ("trong sáng nay", "vào chiều cùng ngày", "sau cuộc họp khẩn", "theo báo cáo mới nhất",
        "trước sự chứng kiến của nhiều người", "trong buổi làm việc với phóng viên")

TRAILERS = {  # body row offset -> (glued text, expected furniture lines)
    0: (" Theo TTXVN", ["Theo TTXVN"]),
    3: (" Bá Di (Tổng hợp)", ["Bá Di (Tổng hợp)"]),
    5: (" Xem thêm: Cháy lớn tại chợ đầu mối trong đêm Tôn Vỹ (Tổng hợp)",
        ["Xem thêm: Cháy lớn tại chợ đầu mối trong đêm", "Tôn Vỹ (Tổng hợp)"]),
    8: (" Hoàng Minh - Thu Hà", ["Hoàng Minh - Thu Hà"]),
    11: (" Nhóm PV Quốc hội", ["Nhóm PV Quốc hội"]),
    14: (" Theo Chinhphu.vn", ["Theo Chinhphu.vn"]),
    17: (" Clip: Hiện trường vụ sạt lở ven sông", ["Clip: Hiện trường vụ sạt lở ven sông"]),
}
N_BODY = 26   # usable body rows (more than len(LAYOUTS), so the first layout appears twice)


def _sentence(rng: random.Random) -> str:
    return f"{rng.choice(SUBJ)} {rng.choice(VERB)} {rng.choice(OBJ)} {rng.choice(TAIL)}."


def _article(rng: random.Random, n: int) -> str:
    out = []
    for i in range(n):
        s = _sentence(rng)
        if i % 4 == 2:
            s = f"“ Chúng tôi sẽ xử lý dứt điểm {rng.choice(OBJ)} ”, {rng.choice(SUBJ).lower()} nói."
        out.append(s)
    return " ".join(out)


def _write(path: Path, cut_related: bool = False) -> dict:
    rng = random.Random(7)
    rows: dict[int, str] = {}
    info = {"body": [], "related": []}
    bad = ["", "{}", json.dumps({"id": 1, "article": "Không có tiêu đề."}),
           json.dumps({"id": 2, "title": "Không có nội dung"}), "{not json"]
    r = make.BODY_ROWS.start
    for k in range(N_BODY):
        if k % 5 == 1 and bad:
            rows[r] = bad.pop()
            r += 1
        art = _article(rng, rng.randint(6, 14))
        glued, expect = TRAILERS.get(k, ("", []))
        d = {"id": r, "title": f"Tin thử nghiệm số {k}: {rng.choice(OBJ)}", "article": art + glued,
             "summary": "Tóm tắt."}
        rows[r] = json.dumps(d, ensure_ascii=False)
        info["body"].append((d, expect))
        r += 1
    r = make.RELATED_ROWS.start
    for k in range(30):
        if k in (4, 9):
            rows[r] = "" if k == 4 else "[1, 2"
            r += 1
        n = 40 if k % 3 == 0 else 5        # a third are far longer than the 1,200-character cut
        art = " ".join(f"Bài khác số {k} nói về {rng.choice(OBJ)} ở phường {j}." for j in range(n))
        d = {"id": r, "title": f"Tiêu đề bài khác số {k} về {rng.choice(OBJ)}", "article": art}
        info["related"].append((d["title"], d["article"][:1200]))
        if cut_related:
            d["article"] = d["article"][:1200]
        rows[r] = json.dumps(d, ensure_ascii=False)
        r += 1
    last = max(rows)
    with gzip.open(path, "wt", encoding="utf-8") as f:
        for i in range(last + 1):
            f.write(rows.get(i, "") + "\n")
    return info


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("dev20")
    path = tmp / "train.jsonl.gz"
    info = _write(path)
    return path, info, make.pages(path)


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def _clean(s: str) -> str:
    s = _nfc(s)
    for ch in ("\u200b", "\u200c", "\ufeff"):
        s = s.replace(ch, "")
    return re.sub(r"\s+", " ", s.replace("\u00a0", " "))


def test_module_names():
    assert make.BODY_ROWS == range(13_300, 13_600)
    assert make.RELATED_ROWS == range(15_600, 16_000)
    assert make.KINDS == ("byline", "credit", "caption", "related", "widget")
    assert 16 <= len(make.LAYOUTS) <= 20 and len(set(make.LAYOUTS)) == len(make.LAYOUTS)


def test_deterministic(built):
    path, _, ps = built
    assert make.pages(path) == ps


def test_one_page_per_usable_row_round_robin(built):
    _, info, ps = built
    assert len(ps) == len(info["body"]) == N_BODY
    assert [p.layout for p in ps] == [make.LAYOUTS[k % len(make.LAYOUTS)] for k in range(N_BODY)]
    assert set(p.layout for p in ps) == set(make.LAYOUTS)
    assert sum(p.layout == make.LAYOUTS[0] for p in ps) == 2
    for p, (d, _) in zip(ps, info["body"]):
        assert _nfc(d["title"]) in _nfc(p.text)


def test_lines_body_and_furniture(built):
    _, _, ps = built
    for p in ps:
        lines = p.text.split("\n")
        assert all(line and line == line.strip() for line in lines)
        assert p.body and all(b and b in p.text for b in p.body)
        fset = {line for _, line in p.furniture}
        assert all(k in make.KINDS for k, _ in p.furniture)
        assert fset <= set(lines)
        assert not fset & set(p.body)
        # walk the lines: a line that starts with the next body item holds body items only
        i, unlabelled = 0, 0
        for line in lines:
            if i < len(p.body) and line.startswith(p.body[i]):
                rest = line
                while True:
                    assert rest.startswith(p.body[i]), (p.layout, line)
                    rest = rest[len(p.body[i]):]
                    i += 1
                    if not rest:
                        break
                    assert rest[0] == " " and i < len(p.body), (p.layout, line)
                    rest = rest[1:]
                assert line not in fset
            elif line not in fset:
                unlabelled += 1
        assert i == len(p.body), p.layout
        assert unlabelled <= 3, p.layout


def test_body_is_story_in_order(built):
    _, info, ps = built
    for p, (d, _) in zip(ps, info["body"]):
        art = _nfc(d["article"])
        pos = -1
        for b in p.body:
            head = _clean(b)[:25]
            at = art.find(head, pos + 1)
            assert at > pos, (p.layout, b)
            pos = at


def test_related_from_related_rows(built):
    _, info, ps = built
    titles = [_nfc(t) for t, _ in info["related"]]
    leads = [_nfc(" ".join(a.split())) for _, a in info["related"]]
    n = 0
    for p, (d, _) in zip(ps, info["body"]):
        for kind, line in p.furniture:
            if kind != "related":
                continue
            line = _nfc(line)
            if line in _nfc(d["article"]):          # a promo glued to this story's article
                assert line.startswith(("Xem thêm", "Đọc thêm"))
                continue
            n += 1
            assert any(t in line for t in titles) or any(line in a for a in leads), line
            assert _nfc(d["title"]) not in line
    assert n > 50


def test_trailers_become_furniture(built):
    _, info, ps = built
    for p, (_, expect) in zip(ps, info["body"]):
        flines = {_nfc(line) for _, line in p.furniture}
        for t in expect:
            assert t in flines, (p.layout, t)
            assert not any(t in _clean(b) for b in p.body)
        kinds = {_nfc(line): k for k, line in p.furniture}
        for t in expect:
            if t.startswith("Theo"):
                assert kinds[t] == "credit"
            elif t.endswith(("(Tổng hợp)", "Quốc hội", "Thu Hà")):
                assert kinds[t] == "byline"


def test_scraper_faults(built):
    _, _, ps = built
    kinds, pages_with = set(), 0
    for p in ps:
        found = set()
        for b in p.body:
            if "\u00a0" in b:
                found.add("nbsp")
            if any(ch in b for ch in ("\u200b", "\u200c", "\ufeff")):
                found.add("zwsp")
            if "  " in b:
                found.add("dspace")
            if not unicodedata.is_normalized("NFC", b):
                found.add("nfd")
            if re.search(r"[.!?][^\W\d_]", _nfc(b)):
                found.add("glue")
        kinds |= found
        pages_with += bool(found)
    assert 0.15 <= pages_with / len(ps) <= 0.4
    assert len(kinds) >= 3, kinds


def test_related_cut_to_1200(built, tmp_path):
    _, _, ps = built
    cut = tmp_path / "cut.jsonl.gz"
    _write(cut, cut_related=True)
    assert make.pages(cut) == ps


def test_cli_summary(built, capsys):
    path, _, _ = built
    assert make.main(["make.py", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"pages: {N_BODY}" in out and "body sentences:" in out and "furniture lines:" in out


def test_make_frozen():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == DEV20_SHA256
