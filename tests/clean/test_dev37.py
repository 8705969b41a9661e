"""Well-formedness tests for eval/clean_dev37/make.py (written blind as clean_test37; now a dev set).

Everything runs on a small synthetic train file written under tmp_path; nothing
outside the repository is read.
"""

import ast
import gzip
import hashlib
import importlib.util
import json
import os
import random
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
MAKE = REPO / "eval" / "clean_dev37" / "make.py"
TEST37_SHA256 = "271b98921f03cadc5a1062df590275f41d5e4d0c579e019c9dce439c4109a41b"

N_LINES = 19_999  # physical lines 0..19998; 19_997 and 19_998 must never be read


def _load():
    name = "clean_dev37_make"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, MAKE)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


m = _load()

# --------------------------------------------------------------------------
# synthetic VietNews-like rows
# --------------------------------------------------------------------------

PLACES = ("huyện Bình Lâm", "quận 5, TP. HCM", "xã Tân Hoà", "thị xã Hồng Phú", "TP Hải Cảng")
NAMES = ("Trần Văn Khải", "Lê Thị Mận", "Phạm Quốc Đạt", "Ngô Thanh Bình", "Đỗ Minh Hào")
TEMPLATES = (
    "Ngày {d}-{mo}, Công an {p} cho biết đang tạm giữ hình sự {n} ({a} tuổi) để điều tra.",
    "Theo cơ quan điều tra, {n} đã nhiều lần thực hiện hành vi trộm cắp tài sản tại {p}.",
    "TS. {n} - giảng viên trường đại học ở TP. HCM - nhận định vụ việc \" rất đáng lo ngại \".",
    "\" Chúng tôi sẽ xử lý nghiêm theo quy định. Không có vùng cấm \" - thượng tá {n} nói.",
    "Tại Q. {d}, chị N.T. H. ({a} tuổi) cho biết đã trình báo sự việc với công an phường.",
    "Vụ việc gây bức xúc trong dư luận suốt nhiều tuần qua.",
    "Hiện cơ quan chức năng đang mở rộng điều tra, làm rõ vai trò của những người liên quan.",
    "Trước đó, người dân {p} phát hiện nhiều dấu hiệu bất thường nên báo cho chính quyền.",
    "Ông {n} thừa nhận toàn bộ hành vi và xin được hưởng sự khoan hồng của pháp luật.",
    "Số tiền thiệt hại ban đầu được xác định khoảng {a}0 triệu đồng.",
    "Đến khoảng {d}h cùng ngày, lực lượng chức năng có mặt tại hiện trường để khám nghiệm.",
    "Liên quan vụ án, bà {n} (ngụ {p}) bị triệu tập để làm rõ nguồn gốc số tiền.",
)
SPECIAL = {
    0: ("Người dân đứng xem hiện trường vụ cháy - Ảnh: NGỌC LAN", "", "Văn Việt"),
    1: ("", "", "(Theo Hãng tin Bắc Hà)"),
    2: ("", "", "Khởi tố vụ án khác ở miền Trung TTO - Công an tỉnh Đông Sơn vừa bắt một nghi phạm."),
    3: ("", "Ông Lê Văn Bảy (trái) nhận quyết định từ lãnh đạo huyện.", "Xem thêm: Những vụ án nổi bật tuần qua"),
    4: ("", "Hiện trường vụ việc. Ảnh: Hữu Nghĩa Công an tiếp tục điều tra.", ""),
}
MARKERS_NOT_IN_BODY = ("NGỌC LAN", "Ảnh:", "(trái)", "TTO -", "Xem thêm", "Văn Việt", "Bắc Hà")


def _article(rng, k):
    head, mid, tail = SPECIAL.get(k, ("", "", ""))
    sents = []
    for _ in range(rng.randint(5, 11)):
        t = rng.choice(TEMPLATES)
        sents.append(t.format(d=rng.randint(1, 28), mo=rng.randint(1, 12), p=rng.choice(PLACES),
                              n=rng.choice(NAMES), a=rng.randint(20, 60)))
    if mid:
        sents.insert(2, mid)
    text = " ".join(sents)
    if head:
        text = head + text  # caption glued to the story, no space, like VietNews
    if tail:
        text = text + " " + tail
    return text


def _write_train(path):
    rng = random.Random("synthetic-37")
    lines = [""] * N_LINES
    body_src = {}
    # usable body rows, and assorted unusable ones, at physical lines 14_900..14_999
    usable_body = list(range(14_900, 15_000, 3))  # 34 rows
    unusable = {
        14_901: "{not json",
        14_902: "[1, 2, 3]",
        14_904: json.dumps({"title": "   ", "article": "Có nội dung."}),
        14_905: json.dumps({"title": "Tiêu đề", "article": 5}),
        14_907: json.dumps({"title": "Tiêu đề"}),
        14_908: "   ",
        14_910: json.dumps("chuỗi"),
        14_911: json.dumps({"title": "Tiêu đề", "article": "  \n "}),
    }
    for k, i in enumerate(usable_body):
        art = _article(rng, k)
        title = f"Vụ việc thứ {k} ở {rng.choice(PLACES)} gây xôn xao"
        lines[i] = json.dumps({"id": i, "title": title, "article": art,
                               "summary": "TOMTATMARKER không được dùng."}, ensure_ascii=False)
        body_src[i] = (title, art)
    for i, v in unusable.items():
        lines[i] = v
    outside = json.dumps({"title": "NGOAIPHAMVI tiêu đề", "article": "NGOAIPHAMVI nội dung. Câu thứ hai ở đây."},
                         ensure_ascii=False)
    for i in (14_899, 15_000, 19_799, 100):
        lines[i] = outside
    # related rows 19_800..19_996
    for j, i in enumerate(range(19_800, 19_997, 4)):
        first = " ".join(rng.choice(TEMPLATES).format(d=3, mo=4, p=rng.choice(PLACES), n=rng.choice(NAMES), a=30)
                         for _ in range(4))
        pad = " Người dân địa phương bày tỏ sự đồng tình với quyết định của chính quyền." * 20
        art = (first + pad)[:1180] + " DUOIBAIVIET câu nằm sau mốc cắt. Thêm một câu cuối."
        lines[i] = json.dumps({"title": f"Tin khác số {j}: chính quyền {rng.choice(PLACES)} vào cuộc",
                               "article": art, "summary": "TOMTATMARKER"}, ensure_ascii=False)
    lines[19_801] = "{broken"
    raw = "\n".join(lines).encode("utf-8") + b"\n\xff\xfe garbage that must never be read\n"
    with gzip.open(path, "wb") as fh:
        fh.write(raw)
    return body_src


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    path = tmp_path_factory.mktemp("t37") / "train.jsonl.gz"
    src = _write_train(path)
    return path, src, m.pages(path)


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

def _norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u200b", "")
    return re.sub(r"\s+", "", s).casefold()


def _walk(page):
    """Assign every line to body, furniture or unlabelled; return unlabelled lines."""
    body, fur = page.body, page.furniture
    bi = fi = 0
    unlabelled = []
    for ln in page.text.split("\n"):
        if bi < len(body) and ln.startswith(body[bi]):
            acc, j = body[bi], bi + 1
            while acc != ln and j < len(body) and ln.startswith(acc + " " + body[j]):
                acc, j = acc + " " + body[j], j + 1
            if acc == ln:
                bi = j
                continue
        if fi < len(fur) and fur[fi][1] == ln:
            fi += 1
            continue
        unlabelled.append(ln)
    assert bi == len(body), "body items not all found as whole lines, in order"
    assert fi == len(fur), "furniture not all found, in text order"
    return unlabelled


# --------------------------------------------------------------------------
# tests
# --------------------------------------------------------------------------

def test_sha256_pinned():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == TEST37_SHA256


def test_constants_and_stdlib_only():
    assert m.SEED == 3737
    assert m.BODY_ROWS == range(14_900, 15_000)
    assert m.RELATED_ROWS == range(19_800, 19_997)
    assert m.RELATED_CUT == 1_200
    assert m.KINDS == ("byline", "credit", "caption", "related", "widget")
    assert 18 <= len(m.LAYOUTS) <= 24 and len(set(m.LAYOUTS)) == len(m.LAYOUTS)
    assert [f for f in m.Page.__dataclass_fields__] == ["text", "body", "furniture", "layout"]
    tree = ast.parse(MAKE.read_text(encoding="utf-8"))
    mods = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            mods.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            mods.add(node.module.split(".")[0])
    assert mods <= {"datetime", "gzip", "json", "random", "re", "sys", "unicodedata", "dataclasses"}, mods


def test_splitter():
    sp = m.split_sentences
    assert sp('Ông A ở TP. HCM cho biết. TS. Nguyễn Văn B nói " Tôi đồng ý. Chúng tôi sẽ làm " - ông nói. '
              'Tại Q. 1, chị N.T. Q. đã đến.') == [
        "Ông A ở TP. HCM cho biết.",
        'TS. Nguyễn Văn B nói " Tôi đồng ý. Chúng tôi sẽ làm " - ông nói.',
        "Tại Q. 1, chị N.T. Q. đã đến."]
    assert sp('Anh ta nói xong. " Tôi không biết ", anh nói.') == ["Anh ta nói xong.", '" Tôi không biết ", anh nói.']
    assert sp('Hết chuyện. " Câu trích dẫn đây. " Tiếp theo là câu mới.') == [
        "Hết chuyện.", '" Câu trích dẫn đây. "', "Tiếp theo là câu mới."]
    assert sp("Xảy ra lúc 9h. 10 người bị thương? Có.") == ["Xảy ra lúc 9h.", "10 người bị thương?", "Có."]


def test_cleaning_trailers_and_captions():
    sents, info = m.clean_article(_article(random.Random(1), 0))
    assert info["photo"] == "NGỌC LAN" and info["lead_caption"].startswith("Người dân đứng xem")
    assert info["authors"] == ["Văn Việt"]
    assert not any("Ảnh" in s or "Văn Việt" in s for s in sents)
    sents, info = m.clean_article(_article(random.Random(1), 1))
    assert info["sources"] == ["Hãng tin Bắc Hà"] and not any("Bắc Hà" in s for s in sents)
    for k in (2, 3, 4):
        sents, _ = m.clean_article(_article(random.Random(1), k))
        assert sents and not any(x in s for s in sents for x in MARKERS_NOT_IN_BODY)


def test_reads_once_and_stops(tmp_path, monkeypatch):
    path = tmp_path / "train.jsonl.gz"
    _write_train(path)
    real_open = gzip.open
    opened = []

    class Counting:
        def __init__(self, fh):
            self.fh, self.n = fh, 0

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

        def __iter__(self):
            for line in self.fh:
                self.n += 1
                yield line

    def fake_open(p, mode="rb", *a, **kw):
        c = Counting(real_open(p, mode, *a, **kw))
        opened.append(c)
        return c

    monkeypatch.setattr(m.gzip, "open", fake_open)
    ps = m.pages(path)
    assert len(opened) == 1
    assert opened[0].n == 19_997  # lines 0..19_996, nothing after
    assert ps


def test_page_contract(built):
    _, src, ps = built
    usable = sorted(src)
    assert len(ps) == len(usable) == 34
    for k, (page, row) in enumerate(zip(ps, usable)):
        assert page.layout == m.LAYOUTS[k % len(m.LAYOUTS)]
        title, article = src[row]
        lines = page.text.split("\n")
        assert all(ln and ln == ln.strip() for ln in lines)
        assert page.body, page.layout
        for s in page.body:
            assert s and "\n" not in s and s in page.text and s == s.strip()
        for kind, ln in page.furniture:
            assert kind in m.KINDS and ln in lines
        unl = _walk(page)
        assert len(unl) <= 3
        assert any(_norm(u) == _norm(title) for u in unl), "title line missing"
        body_norms = {_norm(s) for s in page.body}
        assert not any(_norm(ln) in body_norms for _, ln in page.furniture)
        # body = the story's own sentences, in order
        anorm, pos = _norm(article), 0
        for s in page.body:
            at = anorm.find(_norm(s), pos)
            assert at >= 0, s
            pos = at + len(_norm(s))
            assert not any(x in unicodedata.normalize("NFC", s) for x in MARKERS_NOT_IN_BODY)
        assert "NGOAIPHAMVI" not in page.text
        assert "TOMTATMARKER" not in page.text and "DUOIBAIVIET" not in page.text


def test_layout_coverage_and_kinds(built):
    _, _, ps = built
    assert {p.layout for p in ps} == set(m.LAYOUTS)
    kinds = {k for p in ps for k, _ in p.furniture}
    assert kinds == set(m.KINDS)
    # the article's trailing author name feeds the first page's byline
    assert any(k == "byline" and "văn việt" in unicodedata.normalize("NFC", ln).casefold()
               for k, ln in ps[0].furniture)


def test_faults_planned():
    plan = m._fault_plan(34)
    assert len(plan) == round(34 / 4)
    assert {f for fs in plan.values() for f in fs} == set(m.FAULTS)


def test_faults_present(built):
    _, _, ps = built
    text = "\n".join(p.text for p in ps)
    assert "\u00a0" in text and "\u200b" in text
    assert any(unicodedata.normalize("NFC", p.text) != p.text for p in ps)
    assert any(re.search(r"\w\.[A-ZĐ]", unicodedata.normalize("NFC", s)) for p in ps for s in p.body)


def test_deterministic(built):
    path, _, ps = built
    again = m.pages(path)
    assert again == ps
    outs = []
    for hs in ("0", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        r = subprocess.run([sys.executable, str(MAKE), str(path)], capture_output=True, text=True,
                           env=env, timeout=60)
        assert r.returncode == 0, r.stderr
        outs.append(r.stdout)
    assert outs[0] == outs[1] and "pages: 34" in outs[0]
