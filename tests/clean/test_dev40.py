"""Well-formedness tests for eval/clean_dev40/make.py (written blind as clean_test40; now a dev set).

A small synthetic train file is built under tmp_path (nothing outside the
repository is read): rows sit at their physical line numbers, some rows are
unusable, and markers placed where make.py must never look (summaries, rows
outside the ranges, article text past RELATED_CUT) must never reach a page.
"""
from __future__ import annotations

import ast
import gzip
import hashlib
import importlib.util
import json
import os
import random
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MAKE = ROOT / "eval" / "clean_dev40" / "make.py"
TEST40_SHA256 = "ecc6bd9100cb04777b53040f8e4cf4f676f38a3e496b6ff3ccf976c57b9f5b68"

SUMMARY_MARK = "SUMMARYMARKQ"
OUTSIDE_MARK = "OUTSIDEMARKQ"
CUT_MARK = "CUTMARKQ"

UNUSABLE = {
    16903: b"",
    16911: b"   \t ",
    16918: b"{not json at all",
    16925: b"[1, 2, 3]",
    16932: json.dumps({"title": "   ", "article": "Một câu.", "summary": SUMMARY_MARK}).encode(),
    16946: json.dumps({"title": "Tiêu đề", "article": " \t ", "summary": SUMMARY_MARK}).encode(),
    16957: json.dumps({"title": 7, "article": "Một câu.", "summary": SUMMARY_MARK}).encode(),
    16968: b'"chi la mot chuoi"',
    16979: b"\xff\xfe\xfa",
    16990: b"null",
    9905: b"",
    9931: b"{broken",
    9960: json.dumps({"title": "", "article": "Câu."}).encode(),
}

_PLACES = ("phường Tân Lộc", "xã Hoà Bắc", "quận 7, TP. HCM", "huyện Vĩnh Hạc", "thị trấn Đồng Xanh")
_PEOPLE = ("ông Trần Văn Bình", "bà Lê Thị Hoa", "TS. Phạm Minh Đức", "anh Ngô Quốc Huy", "chị Đỗ Thu Hà")
_OPEN = ("Sáng {d}/{m}, lực lượng chức năng {p} phát hiện một sự việc bất thường trên tuyến đường chính.",
         "Chiều {d}/{m}, người dân {p} trình báo về vụ việc xảy ra gần chợ.",
         "Ngày {d}/{m}, UBND {p} tổ chức cuộc họp bàn phương án xử lý.")
_MID = ("Theo {q}, vụ việc được phát hiện lúc gần 6h khi nhiều người đang đi làm.",
        "Khu vực này từng xảy ra sự cố tương tự hồi năm ngoái nhưng chưa được khắc phục.",
        "\" Chúng tôi sẽ kiểm tra lại toàn bộ hồ sơ và trả lời người dân trong tuần tới \", {q} nói.",
        "Đơn vị thi công ở Q. 1 cho biết đã bố trí thêm người trực suốt đêm.",
        "Nhiều hộ dân cho rằng việc chậm trễ khiến cuộc sống của họ bị ảnh hưởng nặng nề.",
        "Cơ quan chức năng đang lấy lời khai của những người liên quan.",
        "Tổng kinh phí khắc phục ước tính khoảng {n} triệu đồng.",
        "“ Người dân rất mong chính quyền sớm có câu trả lời rõ ràng ”, {q} chia sẻ.",
        "Trước đó, {q} đã nhiều lần gửi đơn kiến nghị lên các cấp.",
        "Sở Giao thông vận tải TP. HCM yêu cầu các đơn vị báo cáo trước ngày {d}/{m}.",
        "Cuối tuần này, đoàn kiểm tra liên ngành sẽ làm việc trực tiếp với doanh nghiệp.",
        "Hiện hiện trường đã được giải toả, giao thông trở lại bình thường.")
_AUTHORS = ("Minh Khôi", "Thu Trang - Hải Yến", "Quang Vinh", "Lan Chi")


def _story(i: int) -> tuple[str, str]:
    r = random.Random(f"test40-synthetic-{i}")
    d, m = r.randint(1, 28), r.randint(1, 12)
    fill = {"d": d, "m": m, "p": r.choice(_PLACES), "q": r.choice(_PEOPLE), "n": r.randint(10, 900)}
    parts = []
    variant = i % 4
    if variant == 0:
        parts.append("Lực lượng chức năng làm việc tại hiện trường.")
        parts.append("Ảnh: Tạ Minh Sáng " + _OPEN[i % 3].format(**fill))
    elif variant == 1:
        parts.append("Hiện trường vụ việc nhìn từ trên cao.")
        parts.append(_OPEN[i % 3].format(**fill))
    else:
        parts.append(_OPEN[i % 3].format(**fill))
    mids = r.sample(_MID, r.randint(5, 9))
    for j, s in enumerate(mids):
        parts.append(s.format(**fill))
        if j == 2 and i % 3 == 0:
            parts.append("Ông Bình (trái) trao đổi với người dân.")
    if i % 5 == 0:
        parts.append("(Theo Thông tấn Nam Phong)")
    elif i % 5 != 4:
        parts.append(_AUTHORS[i % len(_AUTHORS)])
    else:
        parts.append("Xem thêm: > > Một tiêu đề khác về vụ việc")
    title = f"ROW{i} vụ việc ở {fill['p']} được làm rõ"
    return title, " ".join(parts)


def _related(i: int) -> tuple[str, str]:
    r = random.Random(f"test40-related-{i}")
    sents = [f"Ảnh minh hoạ cho tin số {i}.",
             f"Nhà chức trách nước ngoài hôm nay thông báo kết quả điều tra vụ việc số {i} sau nhiều tuần.",
             "Các nhà quan sát cho rằng động thái này sẽ ảnh hưởng tới quan hệ giữa hai bên trong thời gian tới."]
    text = " ".join(sents)
    while len(text) < 1300:
        text += " " + r.choice(("Giới chức chưa đưa ra bình luận chính thức về thông tin này.",
                                "Hãng tin địa phương dẫn nguồn giấu tên cho biết cuộc đàm phán vẫn tiếp diễn.",
                                "Một số tổ chức quốc tế bày tỏ lo ngại trước diễn biến mới."))
    text = text[:1250] + " " + CUT_MARK + " phần sau điểm cắt."
    return f"Tin khác số {i} về diễn biến mới", text


def _build(path: Path) -> dict:
    lines: list[bytes] = []
    expected_body = []
    for i in range(17_000):
        if i in UNUSABLE:
            lines.append(UNUSABLE[i])
            continue
        if 16_900 <= i < 17_000:
            title, article = _story(i)
            rec = {"id": str(i), "title": title, "article": article, "summary": SUMMARY_MARK + " tóm tắt"}
            raw = json.dumps(rec, ensure_ascii=False).encode()
            if i == 16_950:
                raw += b"\r"  # CRLF: still one usable row
            lines.append(raw)
            expected_body.append((i, title, article))
        elif 9_900 <= i < 10_000:
            title, article = _related(i)
            lines.append(json.dumps({"title": title, "article": article, "summary": SUMMARY_MARK},
                                    ensure_ascii=False).encode())
        else:
            # rows outside both ranges; U+2028 / U+0085 must not split physical lines
            art = f"{OUTSIDE_MARK} câu một.\u2028{OUTSIDE_MARK} câu hai.\u0085 hết."
            lines.append(json.dumps({"title": OUTSIDE_MARK, "article": art, "summary": SUMMARY_MARK},
                                    ensure_ascii=False).encode() if i % 50 == 0 else b"{}")
    # after the last needed row: incompressible filler, then the stream is cut short
    r = random.Random("test40-tail")
    tail = [("%064x" % r.getrandbits(256)).encode() for _ in range(6000)]
    payload = b"\n".join(lines + tail) + b"\n"
    blob = gzip.compress(payload, compresslevel=6)
    path.write_bytes(blob[:-4000])
    return {"body": expected_body}


def _load():
    spec = importlib.util.spec_from_file_location("clean_dev40_make_under_test", MAKE)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    path = tmp_path_factory.mktemp("t40") / "train.jsonl.gz"
    info = _build(path)
    mod = _load()
    return mod, path, info, mod.pages(str(path))


def _key(s: str) -> str:
    s = unicodedata.normalize("NFC", s).replace("\u200b", "")
    return "".join(s.split()).casefold()


def _flat(s: str) -> str:
    s = unicodedata.normalize("NFC", s).replace("\u200b", "").replace("\u00a0", " ")
    return " ".join(s.split())


# ---------------------------------------------------------------------------

def test_sha256_pinned():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == TEST40_SHA256


def test_standard_library_only():
    tree = ast.parse(MAKE.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            names.add(node.module.split(".")[0])
    assert names <= set(sys.stdlib_module_names) | {"__future__"}, names


def test_constants(built):
    mod = built[0]
    assert mod.SEED == 4040
    assert mod.BODY_ROWS == range(16_900, 17_000)
    assert mod.RELATED_ROWS == range(9_900, 10_000)
    assert mod.RELATED_CUT == 1_200
    assert mod.KINDS == ("byline", "credit", "caption", "related", "widget")
    assert len(mod.LAYOUTS) >= 18 and len(set(mod.LAYOUTS)) == len(mod.LAYOUTS)
    assert [f for f in mod.Page.__dataclass_fields__] == ["text", "body", "furniture", "layout"]


def test_truncated_tail_is_really_unreadable(built):
    path = built[1]
    with pytest.raises(EOFError):
        with gzip.open(path, "rb") as fh:
            while fh.read(1 << 16):
                pass


def test_one_page_per_usable_row_in_order(built):
    mod, _, info, ps = built
    usable = info["body"]
    assert len(ps) == len(usable) == 100 - sum(1 for i in UNUSABLE if i >= 16_900)
    for k, (page, (row, title, _)) in enumerate(zip(ps, usable)):
        assert page.layout == mod.LAYOUTS[k % len(mod.LAYOUTS)]
        assert f"ROW{row} " in _flat(page.text), (k, row)


def test_text_lines(built):
    for p in built[3]:
        assert p.text and "\r" not in p.text
        for ln in p.text.split("\n"):
            assert ln and ln == ln.strip()


def _walk(p):
    """Consume text lines as body paragraphs (in order), labelled furniture (in order) or unlabelled."""
    i = k = unlabelled = 0
    sizes = []
    for ln in p.text.split("\n"):
        if i < len(p.body) and ln.startswith(p.body[i]):
            acc, j = p.body[i], i + 1
            while acc != ln and j < len(p.body) and ln.startswith(acc + " " + p.body[j]):
                acc += " " + p.body[j]
                j += 1
            if acc == ln:
                sizes.append(j - i)
                i = j
                continue
        if k < len(p.furniture) and p.furniture[k][1] == ln:
            k += 1
            continue
        unlabelled += 1
    return i, k, unlabelled, sizes


def test_contract_walk(built):
    mod = built[0]
    for p in built[3]:
        assert p.body, p.layout
        for s in p.body:
            assert s and "\n" not in s and s in p.text
        for kind, ln in p.furniture:
            assert kind in mod.KINDS and ln and "\n" not in ln
        i, k, unlabelled, sizes = _walk(p)
        assert i == len(p.body), (p.layout, "body not consumed in order")
        assert k == len(p.furniture), (p.layout, "furniture not consumed in order")
        assert unlabelled <= 3, (p.layout, unlabelled)
        assert all(1 <= n <= 4 for n in sizes), (p.layout, sizes)


def test_paragraph_sizes_vary(built):
    sizes = [n for p in built[3] for n in _walk(p)[3]]
    assert {1, 2, 3, 4} <= set(sizes)


def test_furniture_never_equals_body(built):
    for p in built[3]:
        keys = {_key(s) for s in p.body}
        for kind, ln in p.furniture:
            assert _key(ln) not in keys, (p.layout, kind, ln)


def test_body_comes_from_the_story_only(built):
    _, _, info, ps = built
    for p, (row, title, article) in zip(ps, info["body"]):
        art = _key(article)
        for s in p.body:
            key = _key(s)
            glued = any(key[:n + 1] in art and key[n + 1:] in art
                        for n, ch in enumerate(key[:-1]) if ch == ".")  # a glued pair: two story sentences
            assert key in art or glued, (row, s)
            flat = _flat(s)
            assert "Ảnh:" not in flat and "(trái)" not in flat and "Xem thêm" not in flat
            assert flat not in ("Minh Khôi", "Thu Trang - Hải Yến", "Quang Vinh", "Lan Chi")
            assert "Theo Thông tấn Nam Phong" not in flat
        # the lead caption before "Ảnh:" or a dated opening is not body
        for cap in ("Lực lượng chức năng làm việc tại hiện trường.", "Hiện trường vụ việc nhìn từ trên cao."):
            assert cap not in [_flat(s) for s in p.body]


def test_no_forbidden_text(built):
    for p in built[3]:
        t = _flat(p.text)
        for mark in (SUMMARY_MARK, OUTSIDE_MARK, CUT_MARK):
            assert mark not in t


def test_related_text_comes_from_related_rows(built):
    seen = 0
    for p in built[3]:
        for kind, ln in p.furniture:
            if "Tin khác số" in _flat(ln) or "vụ việc số" in _flat(ln):
                seen += 1
    assert seen > 50


def test_all_kinds_and_layouts_used(built):
    mod, _, _, ps = built
    kinds = {k for p in ps for k, _ in p.furniture}
    assert kinds == set(mod.KINDS)
    assert {p.layout for p in ps} == set(mod.LAYOUTS)


def test_scraper_faults_on_some_pages(built):
    faulty = 0
    for p in built[3]:
        if ("\u00a0" in p.text or "\u200b" in p.text or unicodedata.normalize("NFC", p.text) != p.text
                or any("  " in s for s in p.body)):
            faulty += 1
    assert 5 <= faulty <= 50


def test_reads_the_file_once(built, monkeypatch):
    mod, path = built[0], built[1]
    calls = []
    real = mod.gzip.open

    def counting(*a, **kw):
        calls.append(a[0] if a else kw.get("filename"))
        return real(*a, **kw)

    monkeypatch.setattr(mod.gzip, "open", counting)
    ps = mod.pages(str(path))
    assert len(calls) == 1 and len(ps) == len(built[3])


def _digest(ps) -> str:
    h = hashlib.sha256()
    for p in ps:
        h.update(repr((p.text, p.body, p.furniture, p.layout)).encode())
    return h.hexdigest()


def test_deterministic_across_hash_seeds(built):
    _, path, _, ps = built
    here = _digest(ps)
    code = (
        "import hashlib, importlib.util, sys\n"
        f"spec = importlib.util.spec_from_file_location('m40', {str(MAKE)!r})\n"
        "m = importlib.util.module_from_spec(spec); sys.modules['m40'] = m; spec.loader.exec_module(m)\n"
        f"ps = m.pages({str(path)!r})\n"
        "h = hashlib.sha256()\n"
        "for p in ps: h.update(repr((p.text, p.body, p.furniture, p.layout)).encode())\n"
        "print(h.hexdigest())\n"
    )
    for seed in ("0", "4040"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
        assert out.returncode == 0, out.stderr
        assert out.stdout.strip() == here


def test_command_line_counts(built):
    mod, path = built[0], built[1]
    out = subprocess.run([sys.executable, str(MAKE), str(path)], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert f"pages: {len(built[3])}" in out.stdout
    assert f"body sentences: {sum(len(p.body) for p in built[3])}" in out.stdout
    for kind in mod.KINDS:
        assert f"  {kind}" in out.stdout
    for name in mod.LAYOUTS:
        assert name in out.stdout
