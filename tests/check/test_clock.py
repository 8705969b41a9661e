"""Clock times: 12-hour and 24-hour forms of the same minute match, other minutes do not."""
from __future__ import annotations

from pathlib import Path

import pytest

from vnsumm.check import check

OK, BAD = True, False
SEED_003_HEAD = "Nâng cấp quan hệ Việt Nam - Hoa Kỳ\n\nThứ Ba, ngày 12/09/2023 | 07:16\n\nTổng Bí thư ..."

CLOCK: list[tuple[str, str, bool]] = [
    # the article's 07:16 (24-hour, leading zero): morning only
    (SEED_003_HEAD, "Published at 7:16 am.", OK),
    (SEED_003_HEAD, "Published at 7.16am.", OK),
    (SEED_003_HEAD, "Published at 7:16 a.m.", OK),
    (SEED_003_HEAD, "Published at 07:16.", OK),
    (SEED_003_HEAD, "Published at 7:16.", OK),
    (SEED_003_HEAD, "Published at 7:16 in the morning.", OK),
    (SEED_003_HEAD, "Published at 7:16 pm.", BAD),
    (SEED_003_HEAD, "Published at 7:16 p.m.", BAD),
    (SEED_003_HEAD, "Published at 19:16.", BAD),
    (SEED_003_HEAD, "Published at 7:16 in the evening.", BAD),
    (SEED_003_HEAD, "Published at 7:26 am.", BAD),
    # Vietnamese "7h16" is on the 24-hour clock
    ("Tàu cập cảng lúc 7h16.", "The ship docked at 7:16 am.", OK),
    ("Tàu cập cảng lúc 7h16.", "The ship docked at 07:16.", OK),
    ("Tàu cập cảng lúc 7h16.", "The ship docked at 7h16.", OK),
    ("Tàu cập cảng lúc 7h16.", "The ship docked at 7:16 pm.", BAD),
    ("Tàu cập cảng lúc 7h16.", "The ship docked at 19:16.", BAD),
    ("Tàu cập cảng lúc 7h16.", "The ship docked at 19h16.", BAD),
    ("Tàu cập cảng lúc 19h16.", "The ship docked at 7:16 pm.", OK),
    ("Tàu cập cảng lúc 19h16.", "The ship docked at 7:16 in the evening.", OK),
    ("Tàu cập cảng lúc 19h16.", "The ship docked at 7:16 am.", BAD),
    ("Tàu cập cảng lúc 19h16.", "The ship docked at 07:16.", BAD),
    # a part of the day after the time, or before it in the paragraph
    ("Tàu cập cảng lúc 7h16 tối.", "The ship docked at 7:16 pm.", OK),
    ("Tàu cập cảng lúc 7h16 tối.", "The ship docked at 7:16 am.", BAD),
    ("Tàu cập cảng lúc 7h16 sáng.", "The ship docked at 7:16 p.m.", BAD),
    ("bắt đầu lúc 8:30 giờ tối", "started at 8:30 p.m.", OK),
    ("bắt đầu lúc 8:30 giờ tối", "started at 8:30 a.m.", BAD),
    ("Tối 12/9, tàu cập cảng lúc 8h30.", "The ship docked at 8:30 pm on September 12.", OK),
    ("Tối 12/9, tàu cập cảng lúc 8h30.", "The ship docked at 8:30 am on September 12.", BAD),
    ("Chiều nay, lúc 3h, tàu cập cảng.", "The ship docked at 3 pm.", OK),
    ("Chiều nay, lúc 3h, tàu cập cảng.", "The ship docked at 3 am.", BAD),
    ("Sáng 8/5, lúc 9h, tàu cập cảng.", "The ship docked at 9 am on May 8.", OK),
    ("Sáng 8/5, lúc 9h, tàu cập cảng.", "The ship docked at 9 pm on May 8.", BAD),
    # spoken form "N giờ" without a part of the day may be either half
    ("lúc 8 giờ 30 phút", "at 8:30 pm", OK),
    ("lúc 8 giờ 30 phút", "at 8:30 am", OK),
    ("lúc 8 giờ 30 phút", "at 9:30 am", BAD),
    ("lúc 8 giờ tối", "at 8 o'clock in the evening", OK),
    ("lúc 8 giờ sáng", "at 8 o'clock in the evening", BAD),
    # "sáng tạo" (creative) is no part of the day
    ("Đổi mới sáng tạo, lúc 9h khai mạc.", "It opened at 9 pm.", BAD),
]


@pytest.mark.parametrize(("source", "brief", "supported"), CLOCK)
def test_clock_forms(source: str, brief: str, supported: bool) -> None:
    result = check(source, brief)
    times = [c for c in result.supported + result.unsupported if c.fact.kind == "time"]
    assert times, f"no clock time read in {brief!r}"
    assert result.ok is supported, result.to_dict()


def test_seed_003_publication_time() -> None:
    article = next(Path(__file__).resolve().parents[2].joinpath("seeds").glob("003_*.txt")).read_text()
    assert check(article, "The statement was published at 7:16 am.").ok
    for wrong in ("The statement was published at 7:16 pm.", "The statement was published at 19:16."):
        assert [c.fact.text for c in check(article, wrong).unsupported] == [wrong.split(" at ")[1][:-1]]
