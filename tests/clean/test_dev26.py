"""Well-formedness tests for eval/clean_dev26/make.py (written blind as clean_test26; held-out cleaner pages)."""
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
MAKE = ROOT / "eval" / "clean_dev26" / "make.py"
DEV26_SHA256 = "ac72c1eab33a938767f4b6f6b0a24530b39896df44cd512ac296f082e66258ab"


def _load():
    spec = importlib.util.spec_from_file_location("clean_dev26_make", MAKE)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["clean_dev26_make"] = mod
    spec.loader.exec_module(mod)
    return mod


M = _load()

SENTS = [
    "Sáng 12-3, Công an huyện Châu Thành, tỉnh Hậu Giang cho biết đã bắt giữ một nghi phạm trộm cắp tài sản.",
    "Theo thông tin ban đầu, người này đột nhập vào nhà dân lúc rạng sáng khi gia chủ đang ngủ.",
    "Tại cơ quan điều tra, nghi phạm khai nhận đã thực hiện nhiều vụ trộm tương tự trong năm qua.",
    "Ông Nguyễn Văn Bình, trưởng ấp, cho biết người dân rất phấn khởi khi vụ việc được làm rõ.",
    "Hỏi: Vì sao ông quyết định báo công an ngay trong đêm?",
    "Đáp: Tôi thấy có người lạ đi qua lại nhiều lần nên nghi ngờ và gọi điện cho công an xã.",
    "Giá lúa tại Đồng bằng sông Cửu Long tiếp tục tăng nhẹ trong tuần qua.",
    "Nhiều thương lái cho biết nhu cầu thu mua gạo xuất khẩu đang ở mức cao.",
    "UBND tỉnh đã chỉ đạo các sở, ngành liên quan khẩn trương kiểm tra, xử lý theo quy định.",
    "\" Chúng tôi sẽ làm đến nơi đến chốn \", đại diện cơ quan chức năng khẳng định.",
    "Vụ việc đang được tiếp tục điều tra, mở rộng.",
    "Trước đó, người dân địa phương đã nhiều lần phản ánh tình trạng mất trộm gia súc.",
]
TRAILERS = [" (Theo Báo Cà Mau)", " Hoàng Yến", " Theo Báo Hậu Giang", " Xem thêm: Mưa lớn gây ngập sâu nhiều tuyến phố"]
REL_TITLES = [
    "Giá vàng hôm nay tăng mạnh phiên đầu tuần", "Hà Nội thí điểm cấm xe máy ở phố cổ",
    "Bão số 5 đổ bộ vào miền Trung", "Ngân hàng Nhà nước điều chỉnh lãi suất điều hành",
    "Học sinh lớp 12 bước vào kỳ thi thử", "Xuất khẩu thuỷ sản đạt mốc kỷ lục",
]
REL_SENTS = [
    "Sáng nay giá vàng trong nước đồng loạt tăng theo đà thế giới, có nơi tăng tới nửa triệu đồng mỗi lượng.",
    "Nhiều tuyến phố trung tâm sẽ được tổ chức lại giao thông trong thời gian thí điểm kéo dài ba tháng.",
    "Cơ quan khí tượng cảnh báo gió giật cấp 10 và mưa rất to tại các tỉnh ven biển.",
    "Các doanh nghiệp kỳ vọng chi phí vốn sẽ giảm trong nửa cuối năm.",
]


def _related_article(i: int) -> str:
    parts = [REL_SENTS[(i + j) % len(REL_SENTS)] for j in range(30)]
    return " ".join(parts) + f" Kết thúc bài số {i}."  # ~2,500 characters: longer than the cut


def _body_article(i: int) -> str:
    n = 4 + i % 8
    art = " ".join(SENTS[(i + j) % len(SENTS)] for j in range(n))
    if i % 5 == 0:
        art += TRAILERS[(i // 5) % len(TRAILERS)]
    return art


BAD = {14_603: "", 14_607: "{}", 14_611: '{"id": 1, "article": "Chỉ có bài."}',
       14_615: '{"id": 2, "title": "Chỉ có tiêu đề"}', 14_619: "{not json", 14_623: '{"title": "", "article": ""}',
       11_605: "{not json", 11_606: ""}
N_BODY = 48


def _write(path: Path, cut: bool = False) -> tuple[int, list[str]]:
    usable, trailers = 0, []
    with gzip.open(path, "wt", encoding="utf-8") as f:
        for i in range(14_600 + N_BODY + 5):
            if i in BAD:
                f.write(BAD[i] + "\n")
            elif 11_600 <= i < 12_000:
                art = _related_article(i)
                if cut:
                    art = art[:1_200]
                row = {"id": i, "title": REL_TITLES[i % len(REL_TITLES)] + f" (kỳ {i})", "article": art, "summary": "x"}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
            elif 14_600 <= i < 14_600 + N_BODY:
                k = i - 14_600
                row = {"id": i, "title": f"Bắt nghi phạm trộm cắp ở Hậu Giang số {k}", "article": _body_article(k), "summary": "x"}
                usable += 1
                if k % 5 == 0:
                    trailers.append(TRAILERS[(k // 5) % len(TRAILERS)].strip())
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
            else:
                f.write("{}\n" if i % 2 else "\n")
    return usable, trailers


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    d = tmp_path_factory.mktemp("t26")
    p = d / "train.jsonl.gz"
    usable, trailers = _write(p)
    pc = d / "cut.jsonl.gz"
    _write(pc, cut=True)
    return p, pc, usable, trailers, M.pages(p)


def nfc(s):
    return unicodedata.normalize("NFC", s)


def test_module_names():
    assert M.BODY_ROWS == range(14_600, 14_900)
    assert M.RELATED_ROWS == range(11_600, 12_000)
    assert M.KINDS == ("byline", "credit", "caption", "related", "widget")
    assert 16 <= len(M.LAYOUTS) <= 20 and len(set(M.LAYOUTS)) == len(M.LAYOUTS)


def test_deterministic(data):
    p, _, _, _, ps = data
    assert M.pages(p) == ps


def test_one_page_per_usable_row_and_layouts(data):
    _, _, usable, _, ps = data
    assert len(ps) == usable
    assert [pg.layout for pg in ps] == [M.LAYOUTS[k % len(M.LAYOUTS)] for k in range(len(ps))]
    assert set(pg.layout for pg in ps) == set(M.LAYOUTS)


def test_page_contract(data):
    ps = data[4]
    for pg in ps:
        lines = pg.text.split("\n")
        assert all(ln and ln == ln.strip() for ln in lines)
        assert pg.body
        fl = [ln for _, ln in pg.furniture]
        assert all(k in M.KINDS for k, _ in pg.furniture)
        assert all(ln in lines for ln in fl)
        assert not set(pg.body) & set(fl)
        for b in pg.body:
            assert b and b in pg.text
        # walk the lines: body lines hold only consecutive body items joined by a space
        j, unlabelled, fset = 0, 0, set(fl)
        for ln in lines:
            if j < len(pg.body) and ln.startswith(pg.body[j]):
                rest = ln
                while True:
                    assert rest.startswith(pg.body[j])
                    rest = rest[len(pg.body[j]):]
                    j += 1
                    if not rest:
                        break
                    assert rest.startswith(" ")
                    rest = rest[1:]
            elif ln in fset:
                continue
            else:
                unlabelled += 1
        assert j == len(pg.body)
        assert unlabelled <= 3
        assert sum(1 for ln in lines if ln not in fset) - unlabelled >= 1


def test_related_comes_from_related_rows(data):
    ps = data[4]
    rel_bits = [t for t in REL_TITLES] + REL_SENTS
    checked = 0
    for pg in ps:
        for k, ln in pg.furniture:
            if k != "related":
                continue
            line = nfc(ln)
            assert not any(nfc(b) in line for b in pg.body)
            assert not any(s in line for s in SENTS)
            if len(line) >= 40 and "http" not in line and ".vn" not in line and ".net" not in line:
                assert any(b.rstrip(".") in line for b in rel_bits) or "Mưa lớn gây ngập" in line, line
                checked += 1
    assert checked > 20


def test_trailers_become_furniture(data):
    _, _, _, trailers, ps = data
    assert trailers
    for pg in ps:
        for t in TRAILERS:
            t = t.strip()
            assert not any(t in nfc(b) for b in pg.body)
    found = 0
    for pg in ps:
        fl = {nfc(ln) for _, ln in pg.furniture}
        found += any(t.strip() in fl for t in TRAILERS)
    assert found >= len(trailers)


def test_scraper_faults(data):
    ps = data[4]
    kinds = set()
    faulty = 0
    for pg in ps:
        f = set()
        for b in pg.body:
            if "\u00a0" in b: f.add("nbsp")
            if "\u200b" in b: f.add("zwsp")
            if "  " in b: f.add("double")
            if re.search(r"[.!?][A-ZĐ]", b): f.add("glue")
            if b != nfc(b): f.add("nfd")
        kinds |= f
        faulty += bool(f)
    assert 0.1 * len(ps) <= faulty <= 0.5 * len(ps)
    assert len(kinds) >= 3


def test_related_cut_invariance(data):
    _, pc, _, _, ps = data
    assert M.pages(pc) == ps


def test_main_runs(data, capsys):
    assert M.main(["make.py", str(data[0])]) == 0
    out = capsys.readouterr().out
    assert "pages:" in out and "body sentences:" in out and "furniture lines:" in out


def test_frozen():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == DEV26_SHA256
