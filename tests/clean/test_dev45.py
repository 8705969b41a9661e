"""Checks for eval/clean_dev45/make.py (written blind as clean_test45, scored once, now a dev set) on a small synthetic train file (never /work/shared)."""
from __future__ import annotations

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
MAKE = ROOT / "eval" / "clean_dev45" / "make.py"
TEST45_SHA256 = "a5c824684b51f25762cb4503dc6c46b5e86a9b92900dc84c632f6f4bd124676d"


def load():
    spec = importlib.util.spec_from_file_location("clean_dev45_make", MAKE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


TEMPLATES = [
    "Ngày {d}/{m}, cơ quan chức năng huyện Lam Vỹ cho biết đã kiểm tra {n} cơ sở trong khu vực mã R{r} và phát hiện nhiều sai phạm nghiêm trọng.",
    "Theo kết quả ban đầu, đoàn kiểm tra mã R{r} đã lập biên bản {n} trường hợp, đồng thời yêu cầu các hộ kinh doanh khắc phục ngay.",
    "\" Chúng tôi sẽ tiếp tục theo dõi khu vực mã R{r} trong những tuần tới để bảo đảm an toàn cho người dân \", ông Tạ Văn Kiên nói.",
    "Trước đó, người dân ở khu vực mã R{r} đã nhiều lần phản ánh tình trạng ô nhiễm kéo dài, ảnh hưởng tới sinh hoạt của {n} hộ gia đình.",
    "Ông Tạ Văn Kiên nói: việc xử lý khu vực mã R{r} phải hoàn thành trước cuối năm, không để kéo dài thêm.",
    "Hiện cơ quan chức năng tiếp tục làm rõ trách nhiệm của các cá nhân liên quan tới vụ việc ở khu vực mã R{r}, dự kiến công bố kết quả vào tháng {m}.",
]


def article(row: int) -> str:
    n = row % 97 + 3
    d, m = row % 28 + 1, row % 12 + 1
    sents = [t.format(r=row, n=n, d=d, m=m) for t in TEMPLATES]
    if row % 3 == 0:  # a fused photo credit after the story's own caption
        sents.insert(2, f"Khu vực mã R{row} nhìn từ trên cao. Ảnh: Lục Văn Sa")
    tail = ["Minh Khang", "(Theo Báo Lam Vỹ)", "Hà Phương - Tú Lâm", ""][row % 4]
    return " ".join(sents) + (" " + tail if tail else "")


def write_train(path: Path, bad_after: bool = True) -> dict:
    unusable = {19_703: "", 19_710: "not json", 19_720: "[1, 2]",
                19_730: json.dumps({"title": "  ", "article": "x"}),
                19_740: json.dumps({"title": "T", "article": 5}), 9_650: "   "}
    lines, usable = [], []
    for i in range(19_805):
        if i in unusable:
            lines.append(unusable[i])
        elif 19_700 <= i < 19_800:
            lines.append(json.dumps({"title": f"Tiêu đề bài R{i}", "article": article(i),
                                     "summary": "never read"}, ensure_ascii=False))
            usable.append(i)
        elif 9_600 <= i < 9_700:
            art = (f"Đoàn công tác mã Q{i} đến thăm khu công nghiệp Bến Ngân. " * 40)
            lines.append(json.dumps({"title": f"Tin khác mã Q{i}", "article": art}, ensure_ascii=False))
        elif i >= 19_800 and bad_after:
            lines.append("\x00 garbage that must never be parsed {")
        else:
            lines.append("")
    with gzip.open(path, "wb") as fh:
        fh.write("\n".join(lines).encode("utf-8"))
    return {"usable": usable}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    path = tmp_path_factory.mktemp("t45") / "train.jsonl.gz"
    info = write_train(path)
    mod = load()
    return mod, path, info, mod.pages(path)


def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u200b", "")
    return re.sub(r"\s+", "", s).casefold()


def test_sha256_pin():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == TEST45_SHA256


def test_constants():
    mod = load()
    assert mod.SEED == 4545
    assert mod.BODY_ROWS == range(19_700, 19_800) and mod.RELATED_ROWS == range(9_600, 9_700)
    assert 14 <= len(mod.LAYOUTS) <= 18 and len(set(mod.LAYOUTS)) == len(mod.LAYOUTS)
    assert mod.Page._fields == ("text", "body", "furniture", "layout")


def test_contract(built):
    mod, _path, info, pages = built
    assert len(pages) == len(info["usable"])
    kinds = set()
    for k, (row, page) in enumerate(zip(info["usable"], pages)):
        assert page.layout == mod.LAYOUTS[k % len(mod.LAYOUTS)]
        lines = page.text.split("\n")
        assert all(line and line == line.strip() for line in lines)
        assert page.body
        bset = {norm(s) for s in page.body}
        pos = 0
        for s in page.body:
            assert "\n" not in s and s in page.text
            pos = page.text.index(s, pos) + len(s)
            assert f"R{row}" in unicodedata.normalize("NFC", s).replace("\u200b", "")
        for line in lines:  # no other body row's text, ever
            for other in re.findall(r"R(\d{5})", unicodedata.normalize("NFC", line).replace("\u200b", "")):
                assert int(other) == row
        fur = iter(page.furniture)
        nxt = next(fur, None)
        unlabelled = 0
        bi = 0
        for line in lines:
            if nxt is not None and line == nxt[1]:
                assert nxt[0] in mod.KINDS and norm(line) not in bset
                kinds.add(nxt[0])
                nxt = next(fur, None)
                continue
            # a body line: 1-4 consecutive body items joined by single spaces
            for size in range(1, 5):
                if " ".join(page.body[bi:bi + size]) == line:
                    bi += size
                    break
            else:
                unlabelled += 1
        assert nxt is None and bi == len(page.body) and unlabelled <= 3
    assert kinds == set(mod.KINDS)
    assert all("never read" not in p.text for p in pages)


def test_read_once_and_stop(tmp_path, monkeypatch):
    path = tmp_path / "train.jsonl.gz"
    write_train(path)
    mod = load()
    opened, seen = [], []
    real_open = mod.gzip.open

    class Counting:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

        def __iter__(self):
            for i, line in enumerate(self.fh):
                seen.append(i)
                yield line

    def fake_open(p, mode="rb", *a, **kw):
        opened.append((str(p), mode))
        return Counting(real_open(p, mode, *a, **kw))

    monkeypatch.setattr(mod.gzip, "open", fake_open)
    pages = mod.pages(path)
    assert len(opened) == 1 and pages
    assert seen[-1] == 19_799 and len(seen) == 19_800


def test_deterministic(built, tmp_path):
    mod, path, _info, pages = built
    assert mod.pages(path) == pages
    code = ("import hashlib,importlib.util,sys;"
            "s=importlib.util.spec_from_file_location('m',sys.argv[1]);m=importlib.util.module_from_spec(s);"
            "s.loader.exec_module(m);print(hashlib.sha256(repr(m.pages(sys.argv[2])).encode()).hexdigest())")
    outs = set()
    for seed in ("1", "777"):
        r = subprocess.run([sys.executable, "-c", code, str(MAKE), str(path)], capture_output=True,
                           text=True, env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"}, check=True)
        outs.add(r.stdout.strip())
    assert len(outs) == 1
    assert outs.pop() == hashlib.sha256(repr(pages).encode()).hexdigest()


def test_main_prints(built, capsys):
    mod, path, _info, pages = built
    mod.main(["make.py", str(path)])
    out = capsys.readouterr().out
    assert "TOTAL" in out and "sentence-shaped furniture" in out and "faults:" in out
    assert f"{len(pages)}" in out
