"""Tests for eval/clean_dev50/make.py (money-and-asks page maker; written blind as clean_test50, the blind test set until test51). Synthetic data only."""
import gzip
import hashlib
import importlib.util
import json
import re
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MAKE = ROOT / "eval" / "clean_dev50" / "make.py"
MAKE_SHA256 = "cf6d51c260ac69cc63e89fc5da2170f4babddb092625e52cda9887287a1ba88c"

KINDS = {"byline", "credit", "caption", "related", "widget"}


def _load():
    spec = importlib.util.spec_from_file_location("clean_dev50_make", MAKE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


M = _load()
LAST = max(M.BODY_ROWS[-1], M.RELATED_ROWS[-1])


def _article(row, n):
    parts = [f"Toàn cảnh khu vực R{row}x0 nhìn từ trên cao."]
    templates = [
        "Ông Trần Văn Hùng, đại diện TP. HCM, cho biết dự án R{row}x{j} sẽ được triển khai trong năm nay.",
        '" Chúng tôi đã chuẩn bị kỹ cho kế hoạch R{row}x{j}. Mọi thứ đã sẵn sàng ", bà Lê Thị Mai nói với phóng viên.',
        "Theo số liệu mới nhất, khoảng 1.200 hộ dân ở khu vực R{row}x{j} đã được hỗ trợ kịp thời và đầy đủ.",
        "PGS. TS. Nguyễn Minh Đức nhận định chương trình R{row}x{j} mang lại hiệu quả rõ rệt cho người dân địa phương.",
        "Người dân ở xã R{row}x{j} bày tỏ mong muốn chính quyền sớm hoàn thiện con đường liên thôn.",
    ]
    for j in range(1, n + 1):
        parts.append(templates[j % len(templates)].format(row=row, j=j))
    parts.append("Minh Anh (Theo Reuters)")
    return " ".join(parts)


BODY_OK = [9900, 9903, 9910, 9921, 9935, 9950, 9962, 9977, 9988, 9999]
UNUSABLE = {9901: "", 9902: "{not json", 9904: "[1, 2, 3]",
            9905: json.dumps({"title": "  ", "article": "Bài R9905x1 có tiêu đề trống nên không dùng được ở đây."}),
            9906: json.dumps({"title": "Tiêu đề", "article": 12345}),
            9907: json.dumps({"title": "Tiêu đề", "article": ["Câu R9907x1 không phải chuỗi."]})}
RELATED_OK = list(range(9800, 9900, 7))


def _write(tmp_path):
    lines = [""] * (LAST + 6)
    for row in BODY_OK:
        lines[row] = json.dumps({"title": f"Tin tức số R{row}t về kế hoạch phát triển vùng",
                                 "article": _article(row, 4 + row % 7), "summary": "x"}, ensure_ascii=False)
    for row, raw in UNUSABLE.items():
        lines[row] = raw
    for row in RELATED_OK:
        sents = [f"Bài liên quan Q{row}a nói về chuyện thời tiết ở vùng núi phía bắc.",
                 f"Chuyên gia cho biết mưa lớn Q{row}b có thể kéo dài thêm nhiều ngày tới ở khu vực trung du và miền núi.",
                 f"Người dân Q{row}c đã chủ động gia cố nhà cửa, dự trữ lương thực và nước uống."]
        lines[row] = json.dumps({"title": f"Tin liên quan Q{row}t", "article": " ".join(sents) * 8},
                                ensure_ascii=False)
    for row in range(LAST + 1, LAST + 6):  # garbage that must never be parsed
        lines[row] = "GARBAGE-NEVER-PARSED" if row % 2 else json.dumps(
            {"title": "Tiêu đề R77777t", "article": "Câu R77777x1 không bao giờ được đọc tới trong bất cứ trường hợp nào."})
    p = tmp_path / "train.jsonl.gz"
    with gzip.open(p, "wb") as f:
        f.write("\n".join(lines).encode("utf-8"))
    return p


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    path = _write(tmp_path_factory.mktemp("t50"))
    return path, M.pages(str(path))


def _norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u200b", "")
    return "".join(s.split()).casefold()


def _clean(s):
    return _norm(s)


def check_contract(p):
    assert tuple(M.Page._fields) == ("text", "body", "furniture", "layout")
    lines = p.text.split("\n")
    assert all(ln and ln == ln.strip() for ln in lines)
    assert p.body
    for b in p.body:
        assert b in p.text and "\n" not in b
    for k, ln in p.furniture:
        assert k in KINDS
    bi = fi = unl = 0
    for ln in lines:
        hit = False
        for n in (1, 2, 3, 4):
            if bi + n <= len(p.body) and ln == " ".join(p.body[bi:bi + n]):
                bi, hit = bi + n, True
                break
        if hit:
            continue
        if fi < len(p.furniture) and ln == p.furniture[fi][1]:
            fi += 1
            continue
        unl += 1
    assert bi == len(p.body) and fi == len(p.furniture) and unl <= 3
    bn = {_norm(b) for b in p.body}
    assert not [ln for _, ln in p.furniture if _norm(ln) in bn]


def test_constants():
    assert M.SEED == 5050
    assert M.BODY_ROWS == range(9_900, 10_000)
    assert M.RELATED_ROWS == range(9_800, 9_900)
    assert M.Page._fields == ("text", "body", "furniture", "layout")
    assert 18 <= len(M.LAYOUTS) <= 22 and len(set(M.LAYOUTS)) == len(M.LAYOUTS)


def test_contract_and_layouts(data):
    _, ps = data
    assert len(ps) == len(BODY_OK)
    for k, p in enumerate(ps):
        check_contract(p)
        assert p.layout == M.LAYOUTS[k % len(M.LAYOUTS)]


def test_body_codes_and_order(data):
    _, ps = data
    for row, p in zip(BODY_OK, ps):
        idx = []
        for b in p.body:
            found = re.findall(r"R(\d+)X(\d+)", _clean(b).upper())
            assert found and all(int(r) == row for r, _ in found), b
            idx.extend(int(j) for _, j in found)
        assert idx == sorted(idx) and len(set(idx)) == len(idx)
        assert not any("minhanh" in _clean(b) or "reuters" in _clean(b) for b in p.body)
        others = [r for r in BODY_OK if r != row] + [77777] + list(UNUSABLE)
        for ln in p.text.split("\n"):
            for r in others:
                assert f"r{r}" not in _clean(ln), (row, ln)


def test_deterministic(data):
    path, ps = data
    assert M.pages(str(path)) == ps


def test_single_read_stops_at_last_row(data, monkeypatch):
    path, _ = data
    real_open = gzip.open
    stats = {"opens": 0, "lines": 0}

    class Spy:
        def __init__(self, f):
            self.f = f

        def __enter__(self):
            return self

        def __exit__(self, *a):
            self.f.close()

        def __iter__(self):
            for line in self.f:
                stats["lines"] += 1
                yield line

    def spy_open(*a, **kw):
        stats["opens"] += 1
        return Spy(real_open(*a, **kw))

    monkeypatch.setattr(M.gzip, "open", spy_open)
    M.pages(str(path))
    assert stats["opens"] == 1
    assert stats["lines"] == LAST + 1


def test_faults_keep_contract():
    r = M.R(1, "x")
    for f in ("nbsp", "zwsp", "double_space"):
        s = "Người dân ở xã R1x1 bày tỏ mong muốn chính quyền sớm hoàn thiện đường."
        out = M._fault_item(s, f, r)
        assert out != s and out == out.strip() and _norm(out) == _norm(s)


def test_make_pinned():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == MAKE_SHA256
