"""Places: a landmark does not name its city, a capital as a place needs the city itself."""
from __future__ import annotations

from pathlib import Path

import pytest

from vnsumm.check import check

OK, BAD = True, False
LANDMARK = "Tổng Bí thư Nguyễn Phú Trọng chủ trì Lễ đón Tổng thống Joe Biden tại Phủ Chủ tịch."

PLACES: list[tuple[str, str, bool]] = [
    # a landmark or district supports its city only where the article names the city
    (LANDMARK, "Nguyen Phu Trong welcomed Joe Biden in Hanoi.", BAD),
    (LANDMARK, "Nguyen Phu Trong welcomed Joe Biden at the Presidential Palace.", OK),
    (LANDMARK + " Hà Nội rực rỡ cờ hoa.", "Nguyen Phu Trong welcomed Joe Biden in Hanoi.", OK),
    ("Lễ viếng tại Lăng Chủ tịch Hồ Chí Minh.", "The ceremony took place in Hanoi.", BAD),
    ("Phiên họp tại Nhà Quốc hội.", "The session was held in Ha Noi.", BAD),
    ("Phiên họp tại Nhà Quốc hội, Hà Nội.", "The session was held in Ha Noi.", OK),
    ("Sáng 8/5, tại Hà Nội, hai bên hội đàm.", "Talks were held in Hanoi on May 8.", OK),
    ("Sáng 8/5, tại Hà Nội, hai bên hội đàm.", "Talks were held in Saigon on May 8.", BAD),
    ("Sáng 8/5, tại TP.HCM, hai bên hội đàm.", "Talks were held in Saigon on May 8.", OK),
    ("Sáng 8/5, tại TP.HCM, hai bên hội đàm.", "Talks were held in Hanoi on May 8.", BAD),
    # a capital stands for its government, not for a place it is not named as
    ("Trung Quốc phản đối tuyên bố.", "Beijing objected to the statement.", OK),
    ("Trung Quốc phản đối tuyên bố.", "The statement was signed in Beijing.", BAD),
    ("Tuyên bố được ký tại Bắc Kinh.", "The statement was signed in Beijing.", OK),
    ("Mỹ hoan nghênh tuyên bố.", "Washington welcomed the statement.", OK),
    ("Mỹ hoan nghênh tuyên bố.", "The delegation flew to Washington.", BAD),
    ("Đoàn bay tới Oa-sinh-tơn.", "The delegation flew to Washington.", OK),
    ("Nhật Bản tài trợ dự án.", "Tokyo funded the project.", OK),
    ("Nhật Bản tài trợ dự án.", "The project was launched in Tokyo.", BAD),
    ("Hội nghị tại Hà Nội với Nhật Bản.", "The conference with Japan took place in Tokyo.", BAD),
    ("Hội nghị tại Hà Nội với Nhật Bản.", "The conference with Japan took place in Hanoi.", OK),
]


@pytest.mark.parametrize(("source", "brief", "supported"), PLACES)
def test_places(source: str, brief: str, supported: bool) -> None:
    assert check(source, brief).ok is supported, check(source, brief).to_dict()


def test_seed_003_hanoi_is_not_named() -> None:
    article = next(Path(__file__).resolve().parents[2].joinpath("seeds").glob("003_*.txt")).read_text()
    assert "Phủ Chủ tịch" in article and "Hà Nội" not in article
    result = check(article, "Nguyen Phu Trong hosted Joe Biden in Hanoi.")
    assert [(c.fact.text, c.fact.kind) for c in result.unsupported] == [("Hanoi", "place")]
