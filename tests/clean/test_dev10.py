"""Well-formedness of the blind held-out cleaner test set 10 (eval/clean_dev10/make.py)."""
from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

import pytest
from scripts import load_script

MAKE = Path(__file__).resolve().parents[2] / "eval" / "clean_dev10" / "make.py"
DEV10_SHA256 = "690b06884fd4ac42410202261838d7c241f1a06ab4042dac3012e444371a5bbb"

ARTICLE = ("Ông {n} cho biết dự án số {n} đã hoàn thành sau hai năm thi công tại TP. HCM. "
           '" Chúng tôi rất vui ", ông nói với phóng viên hôm 12/3. Theo kế hoạch, công trình sẽ '
           "được bàn giao trong tháng tới. Người dân địa phương bày tỏ sự phấn khởi trước tin này! "
           "Chi phí cho dự án lên tới 1.200 tỷ đồng, cao hơn dự kiến ban đầu. Các chuyên gia "
           "nhận định đây là bước tiến quan trọng của ngành giao thông. Xem thêm: Tin cũ {n} Minh Anh")


def _load():
    return load_script(MAKE, "clean_dev10_make")


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    path = tmp_path_factory.mktemp("train") / "train.jsonl.gz"
    body_rows = [n for n in range(11_000, 11_040) if n not in (11_003, 11_007)]
    related_rows = [n for n in range(11_300, 11_340) if n not in (11_310, 11_320)]
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for number in range(11_400):
            if number in (11_007, 11_320):
                handle.write("{}\n")
            elif number in body_rows or number in related_rows:
                row = {"id": str(number), "title": f"Tiêu đề bài số {number} về giao thông",
                       "article": ARTICLE.format(n=number), "summary": "Tóm tắt."}
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            else:
                handle.write("\n")
    module = _load()
    return module, module.pages(path), body_rows, path


def test_deterministic_one_page_per_usable_row(made):
    module, pages, usable, path = made
    again = module.pages(path)
    assert [(p.text, p.body, p.furniture, p.layout) for p in pages] == \
        [(p.text, p.body, p.furniture, p.layout) for p in again]
    assert len(pages) == len(usable)
    assert {p.layout for p in pages} == set(module.LAYOUTS)


def test_lines_are_body_or_listed_furniture(made):
    module, pages, _, _ = made
    for page in pages:
        lines = page.text.split("\n")
        assert all(line.strip() for line in lines)
        assert page.body and all(sentence in page.text for sentence in page.body)
        assert page.furniture
        for kind, line in page.furniture:
            assert kind in module.KINDS
            assert line in lines
            assert not any(sentence in line for sentence in page.body), (kind, line)
        listed = {line for _, line in page.furniture}
        body_lines = [line for line in lines if line not in listed and any(s in line for s in page.body)]
        assert " ".join(body_lines) == " ".join(page.body)


def test_trailing_see_also_and_byline_are_not_body(made):
    _, pages, _, _ = made
    for page in pages:
        assert not any("Xem thêm: Tin cũ" in s or s.endswith("Minh Anh") for s in page.body)


def test_frozen_hash():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == DEV10_SHA256
