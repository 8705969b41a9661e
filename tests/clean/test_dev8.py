"""Well-formedness of the page set eval/clean_dev8 (issue 21): written blind as test set 8, scored once as the test at cba9c06, then read."""
import gzip
import hashlib
import json
from pathlib import Path

import pytest
from scripts import load_script

MAKE = Path(__file__).resolve().parents[2] / "eval" / "clean_dev8" / "make.py"
# sha256 of eval/clean_dev8/make.py as frozen; a change to the set must change this on purpose.
DEV8_SHA256 = "84e2ac34c1214ffcd0d004f24d474c379e8880c3598832b214925e9c024b589e"

ARTICLE = ("Sáng 12-3, UBND tỉnh Quảng Nam tổ chức hội nghị tổng kết công tác phòng chống thiên tai năm qua. "
           "Theo báo cáo, mưa lũ đã làm hư hỏng hơn 300 ngôi nhà và nhiều tuyến đường giao thông. "
           "Ông Trần Văn Tân, phó chủ tịch UBND tỉnh, yêu cầu các địa phương chủ động phương án ứng phó. "
           "Tỉnh sẽ đầu tư thêm 50 tỉ đồng để gia cố đê kè ven sông Thu Bồn trong năm nay. "
           "Người dân vùng trũng được hướng dẫn di dời đến nơi an toàn khi có cảnh báo. "
           "Các trường học cũng xây dựng kế hoạch bảo vệ học sinh trong mùa mưa bão. "
           "Xem thêm > > Lũ quét ở miền núi")


def _load():
    return load_script(MAKE, "clean_dev8_make")


@pytest.fixture(scope="module")
def tiny_gz(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("t8") / "train.jsonl.gz"
    lines = [""] * 14_310
    for i in range(14_000, 14_006):
        lines[i] = json.dumps({"id": str(i), "title": f"Quảng Nam tổng kết phòng chống thiên tai số {i}",
                               "article": ARTICLE, "summary": "x"}, ensure_ascii=False)
    lines[14_006] = "{}"
    for i in range(14_300, 14_308):
        lines[i] = json.dumps({"id": str(i), "title": f"Hà Nội khởi công cầu vượt mới số {i}",
                               "article": "Chiều qua, thành phố Hà Nội khởi công xây dựng cầu vượt tại nút giao "
                                          "phía tây với tổng vốn hơn 500 tỉ đồng. Công trình dự kiến xong sau hai năm.",
                               "summary": "y"}, ensure_ascii=False)
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    return path


def test_make_py_is_the_frozen_file():
    assert hashlib.sha256(MAKE.read_bytes()).hexdigest() == DEV8_SHA256


def test_pages_are_deterministic_and_well_formed(tiny_gz):
    make = _load()
    first, second = make.pages(tiny_gz), make.pages(tiny_gz)
    assert first == second
    assert len(first) == 6  # six body rows; blank and {} lines skipped
    for page in first:
        lines = page.text.split("\n")
        assert page.layout in make.LAYOUTS
        assert page.body and all(s in page.text for s in page.body)
        assert not any("Xem thêm" in s or "> >" in s for s in page.body)
        assert 8 <= len(page.furniture) <= 15
        for kind, line in page.furniture:
            assert kind in make.KINDS
            assert line in lines
            assert not any(line in s for s in page.body if line)
    assert len({p.layout for p in first}) == 6
