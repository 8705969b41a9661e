"""Well-formedness of the blind held-out page set 11 (eval/clean_dev11/make.py), on a tiny train file."""
from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

import pytest
from scripts import load_script

MAKE = Path(__file__).resolve().parents[2] / "eval" / "clean_dev11" / "make.py"
DEV11_SHA256 = "d9aa054829ec55211c5f788448ef3ebebf6a1619c1db956792f4bd1f68bc04b8"


def _load():
    return load_script(MAKE, "clean_dev11_make")


ARTICLE = ("Sáng {n}/3, UBND thành phố tổ chức hội nghị tổng kết công tác năm và triển khai nhiệm vụ năm mới. "
           "Theo báo cáo, tổng thu ngân sách trên địa bàn đạt {n}.500 tỷ đồng, tăng 12% so với cùng kỳ. "
           "Ông Nguyễn Văn An, Chủ tịch UBND thành phố cho biết: \" Chúng tôi sẽ tập trung tháo gỡ khó khăn cho doanh nghiệp \". "
           "Nhiều dự án trọng điểm tại TP. HCM đã được khởi công trong quý I. "
           "Dự kiến đến cuối năm, thành phố sẽ hoàn thành {n} công trình giao thông quan trọng. "
           "Hội nghị cũng đề ra các giải pháp cụ thể để cải thiện môi trường đầu tư.")


def _train(tmp_path: Path) -> tuple[Path, int]:
    lines = [""] * 12_330
    usable = 0
    for n in range(12_000, 12_040):
        if n in (12_003, 12_017):
            continue  # blank lines, as in a test slice
        if n == 12_011:
            lines[n] = "{}"
            continue
        lines[n] = json.dumps({"id": str(n), "title": f"Thành phố triển khai nhiệm vụ năm mới số {n}",
                               "article": ARTICLE.format(n=n), "summary": "Tóm tắt."}, ensure_ascii=False)
        usable += 1
    for n in range(12_300, 12_330, 2):
        lines[n] = json.dumps({"id": str(n), "title": f"Giá vàng hôm nay tăng mạnh phiên thứ {n}",
                               "article": f"Giá vàng trong nước sáng nay tăng thêm {n} nghìn đồng mỗi lượng. Các doanh nghiệp điều chỉnh giá niêm yết.",
                               "summary": ""}, ensure_ascii=False)
    path = tmp_path / "train.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return path, usable


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    make = _load()
    path, usable = _train(tmp_path_factory.mktemp("t11"))
    return make, make.pages(path), make.pages(path), usable


def test_deterministic_and_one_page_per_usable_row(built):
    make, first, second, usable = built
    assert [(p.text, p.body, p.furniture, p.layout) for p in first] == [(p.text, p.body, p.furniture, p.layout) for p in second]
    assert len(first) == usable
    assert {p.layout for p in first} == set(make.LAYOUTS)


def test_pages_are_well_formed(built):
    make, pages, _, _ = built
    for page in pages:
        lines = page.text.split("\n")
        assert all(line.strip() for line in lines), page.layout
        assert len(page.body) >= 2
        for sentence in page.body:
            assert sentence in page.text
        for kind, line in page.furniture:
            assert kind in make.KINDS
            assert line in lines
            assert not any(sentence in line for sentence in page.body), (kind, line)
        furniture = {line for _, line in page.furniture}
        # every other line is title/date/site or made only of body sentences
        unlisted = [l for l in lines if l not in furniture and not any(s in l for s in page.body)]
        assert len(unlisted) <= 3, (page.layout, unlisted)


def test_body_lines_hold_only_story_sentences(built):
    _, pages, _, _ = built
    for page in pages:
        remaining = list(page.body)
        for line in page.text.split("\n"):
            if remaining and line.startswith(remaining[0]):
                rest = line
                while remaining and rest.startswith(remaining[0]):
                    rest = rest[len(remaining.pop(0)):].lstrip()
                assert rest == "", line
        assert remaining == [], page.layout


def test_make_py_is_frozen():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == DEV11_SHA256
