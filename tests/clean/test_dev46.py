"""Tests for eval/clean_dev46 (newsroom-desk layouts), written blind as clean_test46 and scored once, now a dev set.

Builds a small synthetic train file; never reads /work/shared.
"""
import gzip
import hashlib
import importlib.util
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MAKE = ROOT / "eval" / "clean_dev46" / "make.py"
MAKE_SHA256 = "22a04b773884a76a629a01484be45165a390b49dc39e35156df4bc169a72dc59"

N_LINES = 19_906
UNUSABLE = {
    18_903: b"",
    18_917: b"{not json at all",
    18_930: b"[1, 2, 3]",
    18_944: json.dumps({"title": "   ", "article": "Có nội dung nhưng tiêu đề trống, mã R18944S00 không được dùng."}).encode(),
    18_958: json.dumps({"title": "Tiêu đề R18958", "article": 12345}).encode(),
    19_811: b"   ",
    19_850: b'{"title": "Q19850", "article": null}',
}
CODE_RE = re.compile(r"R(\d{5})S(\d{2})")
ROW_RE = re.compile(r"R(\d{5})")
QCODE_RE = re.compile(r"Q(\d{5})T(\d{2})")

TEMPLATES = [
    "Theo ghi nhận tại địa phương, mã {c} cho thấy người dân đã chuẩn bị kỹ lưỡng cho mùa mưa bão năm nay.",
    "Chiều cùng ngày, đại diện chính quyền xã cho biết hồ sơ {c} đã được chuyển lên huyện để xem xét, giải quyết dứt điểm.",
    "“ Chúng tôi đã làm hết sức mình. Hồ sơ {c} sẽ được công khai trong tuần tới ”, ông Lê Văn Tâm, Chủ tịch UBND xã nói.",
    "Trước đó, PGS. Nguyễn Văn Bình và các cộng sự ở TP. Hồ Chí Minh đã khảo sát khu vực {c} trong nhiều tháng liền.",
    "Lực lượng chức năng đang tiếp tục điều tra, làm rõ nguyên nhân vụ việc mang mã {c} để xử lý theo quy định.",
    "Nhiều hộ dân trong vùng bày tỏ mong muốn dự án {c} sớm hoàn thành, giúp việc đi lại thuận tiện hơn trước.",
]


def body_article(row, n):
    sents = [TEMPLATES[(row + j) % len(TEMPLATES)].format(c=f"R{row}S{j:02d}") for j in range(n)]
    extra = ""
    if row % 4 == 1:
        # a caption-shaped short sentence inside the story, and a fused author tail
        sents.insert(2, f"Hiện trường vụ việc R{row}C01.")
        extra = " Minh Anh"
    if row % 7 == 2:
        extra = " Theo Báo Làng Quê"
    if row % 9 == 4:
        # an explicit photo caption: the sentence right before "Ảnh: ..."
        sents.insert(1, f"Người dân địa phương mang hồ sơ R{row}C02 lên trụ sở.")
        sents.insert(2, "Ảnh: Hải Đăng")
    return " ".join(sents) + extra


def related_article(row):
    parts = []
    j = 0
    while sum(len(p) + 1 for p in parts) < 1_600:
        if j % 3 == 2:
            parts.append(f"Cảnh đẹp ven sông mã Q{row}T{j:02d}.")
        else:
            parts.append(f"Theo thông tin từ cơ quan chức năng, sự việc mã Q{row}T{j:02d} đã được "
                         f"báo cáo lên cấp trên và đang chờ hướng dẫn xử lý tiếp theo trong thời gian sớm nhất.")
        j += 1
    return " ".join(parts)


def build_train(path):
    lines = []
    usable_body = []
    related_late = set()
    for i in range(N_LINES):
        if i in UNUSABLE:
            lines.append(UNUSABLE[i])
        elif 18_900 <= i < 19_000:
            n = 4 + i % 6
            rec = {"id": i, "title": f"Tin số R{i} về đời sống địa phương",
                   "article": body_article(i, n), "summary": "không được dùng"}
            lines.append(json.dumps(rec, ensure_ascii=False).encode("utf-8"))
            usable_body.append((i, n))
        elif 19_800 <= i < 19_900:
            art = related_article(i)
            for m in QCODE_RE.finditer(art):
                end = art.index(".", m.end()) + 1
                if end > 1_200:
                    related_late.add(m.group(0))
            rec = {"title": f"Tin liên quan Q{i} về giao thông", "article": art}
            lines.append(json.dumps(rec, ensure_ascii=False).encode("utf-8"))
        elif i >= 19_900:
            lines.append(b"\xff\xfe GARBAGE never parse " + str(i).encode())
        else:
            lines.append(b"")
    with gzip.open(path, "wb") as fh:
        fh.write(b"\n".join(lines) + b"\n")
    return usable_body, related_late


def load_make():
    spec = importlib.util.spec_from_file_location("clean_dev46_make", MAKE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def mod():
    return load_make()


@pytest.fixture(scope="module")
def train(tmp_path_factory):
    path = tmp_path_factory.mktemp("t46") / "train.jsonl.gz"
    usable, late = build_train(path)
    return path, usable, late


@pytest.fixture(scope="module")
def built(mod, train):
    return mod.pages(str(train[0]))


def key(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub("[\u200b\u200c\u200d\u2060\ufeff]", "", s)
    return "".join(s.split()).casefold()


def plain(s):
    return re.sub("[\u200b]", "", unicodedata.normalize("NFC", s))


def test_constants(mod):
    assert mod.SEED == 4646
    assert mod.BODY_ROWS == range(18_900, 19_000)
    assert mod.RELATED_ROWS == range(19_800, 19_900)
    assert mod.Page._fields == ("text", "body", "furniture", "layout")
    assert 18 <= len(mod.LAYOUTS) <= 22
    assert len(set(mod.LAYOUTS)) == len(mod.LAYOUTS)


def test_contract_every_page(mod, built):
    assert built
    for p in built:
        assert isinstance(p, mod.Page)
        assert mod.check_page(p)
        lines = p.text.split("\n")
        assert all(ln and ln == ln.strip() for ln in lines)
        assert p.body
        for s in p.body:
            assert isinstance(s, str) and s and "\n" not in s and s in p.text
        for kind, ln in p.furniture:
            assert kind in ("byline", "credit", "caption", "related", "widget")
        bkeys = {key(s) for s in p.body}
        assert not any(key(ln) in bkeys for _, ln in p.furniture)
        # walk the lines: furniture in order, paragraphs of 1-4 body items, <= 3 others
        bi = fi = 0
        other = []
        for ln in lines:
            if fi < len(p.furniture) and ln == p.furniture[fi][1]:
                fi += 1
                continue
            for n in range(1, 5):
                if " ".join(p.body[bi:bi + n]) == ln and bi + n <= len(p.body):
                    bi += n
                    break
            else:
                other.append(ln)
        assert bi == len(p.body) and fi == len(p.furniture)
        assert len(other) <= 3
        assert any(ROW_RE.search(o) for o in other)  # the title line


def test_body_order_and_codes(built, train):
    _, usable, _ = train
    assert len(built) == len(usable)
    for p, (row, n) in zip(built, usable):
        seen = []
        for s in p.body:
            codes = CODE_RE.findall(plain(s))
            assert codes, s
            for r, j in codes:
                assert int(r) == row
                seen.append(int(j))
        assert seen == sorted(seen) and len(set(seen)) == len(seen)
        expect = list(range(n))
        if row % 9 == 4:
            expect.remove(1)  # "Ảnh: Hải Đăng" is fused into S01, as in VietNews: left off
        assert seen == expect
        for ln in p.text.split("\n"):
            for r in ROW_RE.findall(plain(ln)):
                assert int(r) == row, ln
        # caption and fused tail are not body
        assert not any("C01" in s or "C02" in s for s in p.body)
        assert not any(s.endswith("Minh Anh") or "Làng Quê" in s for s in p.body)


def test_tails_and_captions_become_furniture(built, train):
    _, usable, _ = train
    for p, (row, _) in zip(built, usable):
        fl = [(k, plain(ln)) for k, ln in p.furniture]
        if row % 7 == 2:
            assert ("credit", "Theo Báo Làng Quê") in fl
        elif row % 4 == 1:
            assert ("byline", "Minh Anh") in fl
        if row % 9 == 4:
            assert any(k == "caption" and "C02" in ln for k, ln in fl)
        assert not any("Hải Đăng" in s for s in p.body)


def test_layouts_in_order(mod, built):
    for k, p in enumerate(built):
        assert p.layout == mod.LAYOUTS[k % len(mod.LAYOUTS)]


def test_related_only_from_related_rows_and_cut(built, train):
    _, _, late = train
    assert late
    for p in built:
        for ln in p.text.split("\n"):
            for m in QCODE_RE.finditer(plain(ln)):
                assert m.group(0) not in late
                assert 19_800 <= int(m.group(1)) < 19_900


def test_faults_present(built):
    text = "".join(p.text for p in built)
    assert "\u00a0" in text or "\u200b" in text or "  " in text or unicodedata.normalize("NFC", text) != text


def test_deterministic(mod, built, train):
    again = mod.pages(str(train[0]))
    assert again == built
    digest = hashlib.sha256(repr(built).encode("utf-8")).hexdigest()
    code = (
        "import hashlib, importlib.util, sys\n"
        f"spec = importlib.util.spec_from_file_location('m', {str(MAKE)!r})\n"
        "m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)\n"
        f"print(hashlib.sha256(repr(m.pages({str(train[0])!r})).encode('utf-8')).hexdigest())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONHASHSEED": "12345", "PATH": "/usr/bin:/bin"})
    assert out.stdout.strip() == digest


def test_single_read_stops_after_last_row(mod, train, monkeypatch):
    counts = []
    real_open = gzip.open

    class Spy:
        def __init__(self, path, mode):
            self.f = real_open(path, mode)
            self.n = 0
            counts.append(self)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.f.close()

        def __iter__(self):
            for line in self.f:
                self.n += 1
                yield line

    class FakeGzip:
        open = Spy

    real_loads = json.loads

    def guarded_loads(s, *a, **kw):
        assert "GARBAGE" not in (s if isinstance(s, str) else s.decode("utf-8", "replace"))
        return real_loads(s, *a, **kw)

    monkeypatch.setattr(mod, "gzip", FakeGzip)
    monkeypatch.setattr(mod.json, "loads", guarded_loads)
    mod.pages(str(train[0]))
    assert len(counts) == 1
    assert counts[0].n == 19_900


def test_check_page_rejects_broken(mod, built):
    p = built[0]
    bad = p._replace(furniture=[("widget", p.body[0])] + list(p.furniture[1:]))
    with pytest.raises(ValueError):
        mod.check_page(bad)
    bad2 = p._replace(furniture=[("menu", ln) for _, ln in p.furniture])
    with pytest.raises(ValueError):
        mod.check_page(bad2)


def test_make_pinned():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == MAKE_SHA256
