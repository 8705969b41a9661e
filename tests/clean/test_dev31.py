"""Well-formedness tests of eval/clean_dev31/make.py (written blind as clean_test31; held-out cleaner pages).

Everything runs on a tiny synthetic train file built in tmp_path.
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

MAKE = Path(__file__).resolve().parents[2] / "eval" / "clean_dev31" / "make.py"
DEV31_SHA256 = "461be235bb9c614bca65d5e0ae3e12f2bcdfa0d1d94fd2368d29632466afd77b"


def _load():
    name = "clean_dev31_make"
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
# ---------------------------------------------------------------------------

N_BODY = 46
TRAILERS = {
    1: (" Trọng Giáp", ["Trọng Giáp"]),
    2: (" Ngọc Ánh (Theo SCMP)", ["Ngọc Ánh (Theo SCMP)"]),
    3: (" (Theo Reuters)", ["(Theo Reuters)"]),
    4: (" Xem thêm: Một câu chuyện khác về thị trường gạo", ["Một câu chuyện khác về thị trường gạo"]),
    5: (" Hải Bình > > Xem thêm: Giá rau tăng vọt sau mưa lũ > > Chợ đêm ven sông đông khách",
        ["Hải Bình", "Giá rau tăng vọt sau mưa lũ", "Chợ đêm ven sông đông khách"]),
    6: (" Tiểu thương chợ lớn than khó vì sức mua giảm TTO - Sáng nay nhiều sạp hàng đóng cửa sớm. Người bán cho biết lượng khách giảm một nửa.",
        ["Tiểu thương chợ lớn than khó vì sức mua giảm", "Sáng nay nhiều sạp hàng đóng cửa sớm"]),
    7: (" Nhóm phóng viên", ["Nhóm phóng viên"]),
}
FUSED = "Toàn cảnh khu chợ vào buổi sáng. Ảnh: Hữu Khoa Ban quản lý chợ cho biết sẽ sửa mái che."


def _body_article(k):
    topics = ["giá lúa", "tỷ giá", "cổ phiếu ngân hàng", "xuất khẩu cà phê", "giá xăng dầu", "thị trường căn hộ"]
    t = topics[k % len(topics)]
    sents = [f"Sáng nay, bài BODY{k:02d} ghi nhận {t} tại TP. HCM biến động mạnh so với tuần trước."]
    for j in range(1, 7 + k % 6):
        sents.append(
            f"Câu thứ {j} của bài BODY{k:02d} cho biết nhiều doanh nghiệp đang theo dõi sát diễn biến {t}.")
        if j == 3:
            sents.append(f'" Chúng tôi chưa thấy tín hiệu đảo chiều ", ông Nguyễn Văn An nói về bài BODY{k:02d}.')
    if k == 8:
        sents.insert(2, FUSED)
    art = " ".join(sents)
    if k in TRAILERS:
        art += TRAILERS[k][0]
    return art


def _related_article(i):
    sents = [f"Chiều qua, tin REL{i} cho biết một vụ va chạm giao thông đã xảy ra trên quốc lộ 1A.",
             f"Hiện trường vụ việc REL{i}.", "Ảnh: Minh Tú Lực lượng chức năng đã có mặt để phân luồng."]
    j = 0
    while len(" ".join(sents)) < m.RELATED_CUT + 200:
        j += 1
        sents.append(f"Đoạn giữa số {j} của tin REL{i} kể lại diễn biến vụ việc theo lời nhân chứng.")
    art = " ".join(sents)
    return art + " Đoạn cuối LATEPART của tin này không bao giờ được dùng. Đoàn Loan"


def _rows(cut_related=False):
    lines = [""] * 20_000
    # outside both ranges, and right at their edges: must never show up
    for i in (0, 15_599, 15_900, 19_599, 19_997, 19_999):
        lines[i] = json.dumps({"id": i, "title": f"OUTSIDE{i} tiêu đề", "article": f"OUTSIDE{i} nội dung bài viết ở ngoài phạm vi."}, ensure_ascii=False)
    usable = []
    junk = ["", "   ", "{}", "null", "[1, 2]", '{"title": "broken', json.dumps({"title": "Chỉ có tiêu đề"}),
            json.dumps({"article": "Chỉ có nội dung bài viết mà không có tiêu đề."}),
            json.dumps({"title": "  ", "article": "Tiêu đề rỗng."}), json.dumps({"title": "Bài rỗng", "article": ""})]
    i = 15_600
    for k in range(N_BODY):
        if k < len(junk):  # an unusable line before each of the first rows
            lines[i] = junk[k]
            i += 1
        lines[i] = json.dumps({"id": f"b{k}", "title": f"Tiêu đề BODY{k:02d} về thị trường trong nước",
                               "article": _body_article(k), "summary": "tóm tắt"}, ensure_ascii=False)
        usable.append(i)
        i += 1
    assert i < 15_900
    for i in range(19_600, 19_997, 9):
        art = _related_article(i)
        if cut_related:
            art = art[:m.RELATED_CUT]
        lines[i] = json.dumps({"id": f"r{i}", "title": f"Tin khác REL{i} về giao thông", "article": art}, ensure_ascii=False)
    lines[19_601] = "{not json"
    lines[19_602] = json.dumps({"title": "Tin khác REL19602 không có nội dung"})
    return lines, usable


def _write(path, lines):
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return path


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    d = tmp_path_factory.mktemp("t31")
    lines, usable = _rows()
    path = _write(d / "train.jsonl.gz", lines)
    cut = _write(d / "train_cut.jsonl.gz", _rows(cut_related=True)[0])
    return {"path": path, "cut": cut, "usable": usable, "pages": m.pages(path)}


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

def _body_lines(page):
    """Lines made only of consecutive body items (joined by one space), in order."""
    lines = page.text.split("\n")
    out, j = [], 0
    for ln in lines:
        if j >= len(page.body) or not ln.startswith(page.body[j]):
            continue
        k, rest, parts = j, ln, []
        while k < len(page.body) and rest.startswith(page.body[k]):
            parts.append(page.body[k])
            rest = rest[len(page.body[k]):]
            k += 1
            if not rest.startswith(" "):
                break
            rest = rest[1:]
        if " ".join(parts) == ln:
            out.append(ln)
            j = k
    return out, j


def _unlabelled(page):
    left = collections.Counter(page.text.split("\n"))
    left.subtract(collections.Counter(_body_lines(page)[0]))
    left.subtract(collections.Counter(ln for _, ln in page.furniture))
    return left


# ---------------------------------------------------------------------------
# tests
# ---------------------------------------------------------------------------

def test_constants():
    assert m.SEED == 3121
    assert m.BODY_ROWS == range(15_600, 15_900)
    assert m.RELATED_ROWS == range(19_600, 19_997)
    assert m.RELATED_CUT == 1_200
    assert m.KINDS == ("byline", "credit", "caption", "related", "widget")
    assert isinstance(m.LAYOUTS, tuple) and 16 <= len(m.LAYOUTS) <= 20
    assert len(set(m.LAYOUTS)) == len(m.LAYOUTS) and all(isinstance(x, str) and x for x in m.LAYOUTS)
    assert [f.name for f in dataclasses.fields(m.Page)] == ["text", "body", "furniture", "layout"]
    assert callable(m.pages)


def test_deterministic(built):
    again = m.pages(built["path"])
    assert again == built["pages"]


def test_deterministic_across_processes(built):
    code = ("import hashlib,importlib.util,sys;"
            f"s=importlib.util.spec_from_file_location('mk',{str(MAKE)!r});mod=importlib.util.module_from_spec(s);"
            "sys.modules['mk']=mod;s.loader.exec_module(mod);"
            f"print(hashlib.sha256(repr(mod.pages({str(built['path'])!r})).encode()).hexdigest())")
    outs = set()
    for seed in ("1", "987"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        outs.add(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout)
    assert len(outs) == 1


def test_cli_summary(built, capsys):
    assert m.main([str(built["path"])]) == 0
    out = capsys.readouterr().out.strip()
    assert re.fullmatch(r"pages=\d+ layouts=\d+ body_sentences=\d+ furniture_lines=\d+ time=[\d.]+s", out), out
    assert out.startswith(f"pages={N_BODY} layouts={len(m.LAYOUTS)} ")


def test_one_page_per_usable_row_and_layout_cycle(built):
    ps = built["pages"]
    assert len(ps) == len(built["usable"]) == N_BODY
    for k, p in enumerate(ps):
        assert p.layout == m.LAYOUTS[k % len(m.LAYOUTS)]
        assert f"BODY{k:02d}" in p.body[0]
        others = {f"BODY{j:02d}" for j in range(N_BODY)} - {f"BODY{k:02d}"}
        assert not any(o in p.text for o in others)
    assert not any("OUTSIDE" in p.text for p in ps)


def test_page_contract(built):
    for p in built["pages"]:
        assert isinstance(p, m.Page) and p.layout in m.LAYOUTS
        assert p.text.strip() and p.body
        lines = p.text.split("\n")
        assert all(ln and ln == ln.strip() for ln in lines)
        for s in p.body:
            assert s and "\n" not in s and s in p.text
        body_lines, used = _body_lines(p)
        assert used == len(p.body), "body sentences must fill whole lines, in order"
        line_set = set(lines)
        for kind, ln in p.furniture:
            assert kind in m.KINDS
            assert "\n" not in ln and ln in line_set
        left = _unlabelled(p)
        assert all(v >= 0 for v in left.values())
        assert sum(left.values()) <= 3, left
        for ln in left.elements():
            assert not any(s in ln for s in p.body)


def test_related_from_related_rows_only(built):
    seen = set()
    for p in built["pages"]:
        for kind, ln in p.furniture:
            assert "BODY" not in ln or kind not in ("related", "caption")
            assert "OUTSIDE" not in ln and "LATEPART" not in ln
            for n in re.findall(r"REL(\d+)", ln):
                assert int(n) in m.RELATED_ROWS
                seen.add(int(n))
        assert "LATEPART" not in p.text
    assert len(seen) >= 10
    kinds = collections.Counter(k for p in built["pages"] for k, ln in p.furniture if "REL" in ln)
    assert kinds["related"] > 0 and kinds["caption"] > 0


def test_trailers_are_furniture_not_body(built):
    ps = built["pages"]
    for k, (_, wanted) in TRAILERS.items():
        p = ps[k]
        furn = [ln for _, ln in p.furniture]
        for w in wanted:
            w2 = unicodedata.normalize("NFD", w) if unicodedata.normalize("NFC", p.text) != p.text else w
            assert any(w2 in ln for ln in furn), (k, w)
            assert not any(w2 in s for s in p.body), (k, w)
    assert not any("Hữu Khoa" in s or "Toàn cảnh khu chợ" in s for s in ps[8].body)
    for p in ps:
        assert not any("TTO -" in s or "Xem thêm" in s or "Theo Reuters" in s for s in p.body)


def test_scraper_faults_occur(built):
    faulty = 0
    for p in built["pages"]:
        joined = "\n".join(p.body)
        if (any(c in joined for c in "\xa0\u200b\ufeff") or "  " in joined
                or unicodedata.normalize("NFC", p.text) != p.text
                or re.search(r"[.!?][^\s\d.,…\"”')]", joined)):
            faulty += 1
    assert 1 <= faulty <= 0.6 * len(built["pages"])


def test_unchanged_when_related_rows_cut(built):
    assert m.pages(built["cut"]) == built["pages"]


def test_frozen_hash():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == DEV31_SHA256
