"""Set 41 (pages by kind of publisher; written blind as clean_test41, now a dev set): contract, determinism, single read."""
from __future__ import annotations

import gzip
import hashlib
import importlib.util
import json
import re
import unicodedata
from pathlib import Path

import pytest

MAKE = Path(__file__).resolve().parents[2] / "eval" / "clean_dev41" / "make.py"
TEST41_SHA256 = "5c8e2ddeee5ff5ecc37370a5f6beddb97d89bb81035bb67474d77a2dabda2ee4"
KINDS = {"byline", "credit", "caption", "related", "widget"}


def _load():
    spec = importlib.util.spec_from_file_location("clean_dev41_make", MAKE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _article(i: int) -> str:
    s = [f"Sáng {i % 28 + 1}/3, UBND TP. Hạ Nguyên tổ chức hội nghị về trật tự đô thị số {i}.",
         f"\" Chúng tôi sẽ xử lý nghiêm. Không có ngoại lệ \", ông Trần Văn A. cho biết.",
         "Nhiều hộ dân đã tự giác tháo dỡ mái che lấn chiếm vỉa hè.",
         f"TS. Lê Thị Bình, chuyên gia đô thị, nhận định kết quả bước đầu rất khả quan với {i} hộ.",
         "Theo kế hoạch, đợt ra quân kéo dài đến cuối năm?",
         "Lực lượng chức năng sẽ tiếp tục kiểm tra các tuyến đường trung tâm.",
         "Người dân bày tỏ đồng tình với chủ trương của thành phố!"]
    return " ".join(s[: 3 + i % 5]) + " Minh Khuê - Hải Đăng"


def _write(path: Path) -> int:
    lines, usable = [], 0
    bad = {9605: "", 9650: "not json", 18007: "   ", 18033: json.dumps({"title": " ", "article": "x"}),
           18050: json.dumps(["title", "article"]), 18071: "{broken"}
    for i in range(18_130):
        if i in bad:
            lines.append(bad[i])
        elif 9_600 <= i < 9_700 or 18_000 <= i < 18_100:
            lines.append(json.dumps({"id": i, "title": f"Tin thử số {i} về giao thông đô thị",
                                     "article": _article(i) * (3 if i < 9_700 else 1),
                                     "summary": "không được đọc"}, ensure_ascii=False))
            usable += 18_000 <= i < 18_100
        else:
            lines.append("filler")
    with gzip.open(path, "wt", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")
    return usable


def _norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", s).replace("\u200b", "")).casefold()


def _check(p, layouts):
    assert p.layout in layouts
    lines = p.text.split("\n")
    assert all(ln and ln == ln.strip() for ln in lines)
    assert p.body
    bodyn = {_norm(b) for b in p.body}
    for b in p.body:
        assert b in p.text and "\n" not in b
    for k, ln in p.furniture:
        assert k in KINDS
        assert _norm(ln) not in bodyn
    bi = fi = unl = 0
    for ln in lines:
        if fi < len(p.furniture) and ln == p.furniture[fi][1]:
            fi += 1
            continue
        for n in (1, 2, 3, 4):
            if " ".join(p.body[bi:bi + n]) == ln and bi + n <= len(p.body):
                bi += n
                break
        else:
            unl += 1
    assert (bi, fi) == (len(p.body), len(p.furniture)) and unl <= 3


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    path = tmp_path_factory.mktemp("t41") / "train.jsonl.gz"
    usable = _write(path)
    return _load(), path, usable


def test_contract_and_layouts(built):
    mod, path, usable = built
    ps = mod.pages(str(path))
    assert len(ps) == usable == 96
    assert 20 <= len(mod.LAYOUTS) <= 24
    assert [p.layout for p in ps] == [mod.LAYOUTS[k % len(mod.LAYOUTS)] for k in range(len(ps))]
    for p in ps:
        _check(p, mod.LAYOUTS)
    kinds = {k for p in ps for k, _ in p.furniture}
    assert kinds == KINDS
    assert mod.BODY_ROWS == range(18_000, 18_100) and mod.RELATED_ROWS == range(9_600, 9_700)
    assert mod.SEED == 4141


def test_deterministic(built):
    mod, path, _ = built
    assert mod.pages(str(path)) == _load().pages(str(path))


def test_single_read_stops_after_last_row(built, monkeypatch):
    mod, path, _ = built
    opened, consumed = [], [0]
    real_open = gzip.open

    class Counting:
        def __init__(self, f):
            self.f = f

        def __enter__(self):
            return self

        def __exit__(self, *a):
            self.f.close()

        def __iter__(self):
            for line in self.f:
                consumed[0] += 1
                yield line

    def fake_open(*a, **kw):
        opened.append(a[0])
        return Counting(real_open(*a, **kw))

    monkeypatch.setattr(mod.gzip, "open", fake_open)
    mod.pages(str(path))
    assert len(opened) == 1
    assert consumed[0] == 18_100


def test_make_py_pinned():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == TEST41_SHA256
