"""Needles before a costly pattern (``vnsumm.clean.prefilter``): never a match missed, whatever the case."""
from __future__ import annotations

import json
import re
from pathlib import Path

from vnsumm.clean import lines as line_kinds
from vnsumm.clean import widgets
from vnsumm.clean.prefilter import Prefilter, literal_words, needles, split_anywhere

ROOT = Path(__file__).resolve().parents[2]
# lines each guarded pattern matches, in several cases and with characters that match a needle's letter
# when case is ignored but lower-case to another ("ı", "İ" for "i", "ſ" for "s")
TRICKY = ["© 2024 Báo Mới", "Copyright 2023 VnExpress. All rights reserved.", "ALL RIGHTS RESERVED",
          "Bản quyền thuộc về Tuổi Trẻ. Giữ bản quyền nội dung", "Cấm sao chép, GIỮ BẢN QUYỀN",
          "Tổng biên tập chịu trách nhiệm nội dung: Nguyễn Văn A", "Tổng biên tập CHỊU TRÁCH NHIỆM CHÍNH: A",
          "Tổng biên tập chịu trách nhıệm nội dung: A", "Tổng biên tập chịu trách nhİệm nội dung: A",
          "Copyright 2023. All rıghts reserved", "Copyright 2023. ALL RİGHTS RESERVED", "Copyright. All rights reſerved",
          "Bài viết có hữu ích không? Có | Không", "Bài viết có hữu ích KHÔNG? CÓ / KHÔNG",
          "Hotline: 0912 345 678", "Các trường bắt buộc được đánh dấu *", "Quan điểm riêng của tác giả",
          "Thí sinh làm bài. Ảnh: TTXVN", "Thí sinh làm bài (ẢNH: TTXVN)", "Hiện trường vụ tai nạn - Photo: AP",
          "Toàn cảnh buổi lễ. Ảnh minh họa", "Người dân xếp hàng (ảnh chụp màn hình)", "Cảnh sát tại hiện trường. Video: X",
          "Giá vàng hôm nay tăng mạnh (275 bình luận)", "Giá vàng hôm nay (1.024 LƯỢT XEM)", "Tin mới (12 comments)",
          "Infographic: giá xăng", "INFOGRAPHİC: giá xăng", "Đồ họa: Minh Anh", "a\u00a0Ảnh:\tX", "Σ Ảnh: Σ"]


def _lines() -> list[str]:
    rows = [json.loads(line) for line in (ROOT / "tests" / "data" / "vietnews_dev_40.jsonl").read_text().splitlines()]
    texts = [part.strip() for row in rows for part in re.split(r"\n|(?<=[.!?])\s", row["article"]) if part.strip()]
    return texts + TRICKY + [t.upper() for t in TRICKY] + [t.lower() for t in TRICKY]


def test_needles_are_what_every_match_must_hold():
    """The longest strings a pattern requires, lower-cased: one of each alternative's, none when one
    alternative requires nothing."""
    assert needles(re.compile(r"(?:Xin chào|tạm\s+BIỆT)\s+bạn", re.I)) == ("biệt", "xin chào")
    assert needles(re.compile(r"\d+ lượt xem")) == (" lượt xem",)
    assert needles(re.compile(r"(?:ảnh|\d+):")) == (":",)  # an alternative of digits: only the colon is sure
    assert needles(re.compile(r"(?:ảnh)?video|clip")) == ("clip", "video")
    assert needles(re.compile(r"x?\s*")) is None


def test_a_guarded_pattern_is_never_skipped_where_it_matches():
    """Over a page set's lines and lines made to match, in every case: where a guarded pattern matches, its
    prefilter says it may ("ı" and "İ" match "i" when case is ignored, so a line holding one is never
    judged by its lower case)."""
    guarded = [line_kinds._CAPTION_TAIL, line_kinds._CAPTION_NOTE, line_kinds._COUNT_TAIL, widgets._WIDGET_PARTS[1]]
    texts = _lines()
    for pattern in guarded:
        check = Prefilter(pattern)
        assert check.needles, pattern.pattern
        found = [t for t in texts if pattern.search(t)]
        assert found, pattern.pattern  # the test lines reach every guarded pattern
        assert all(check.may_find(t) for t in found), [t for t in found if not check.may_find(t)]
        skipped = [t for t in texts if not check.may_find(t)]
        assert len(skipped) > len(texts) // 2  # and most lines are spared it
    odd = Prefilter(widgets._WIDGET_PARTS[1])
    assert widgets._WIDGET_PARTS[1].search("Tổng biên tập chịu trách nhıệm nội dung: A") and odd.may_find(
        "Tổng biên tập chịu trách nhıệm nội dung: A")


def test_widget_line_split_gives_the_whole_patterns_answer():
    """The widget pattern cut into its alternatives at a line's start and those anywhere answers as the
    whole pattern does on every line."""
    assert widgets._WIDGET_PARTS is not None
    for text in _lines():
        assert widgets._widget_line(text) == (widgets._WIDGET_LINE.match(text) is not None), text


def test_split_anywhere_reads_sets_escapes_and_groups():
    """``|`` inside a set, escaped, or inside a group does not cut an alternative; other shapes are refused."""
    head, anywhere = split_anywhere(re.compile(r"^(?:[|(]x|a\|b|(?:c|d)e|.*f[)|]g|.*\(h\))", re.I))
    assert head.pattern == r"^(?:[|(]x|a\|b|(?:c|d)e)" and anywhere.pattern == r"(?:f[)|]g)|(?:\(h\))"
    assert split_anywhere(re.compile(r"^(?:a|b)|.*c")) is None  # the group does not hold it all
    assert split_anywhere(re.compile(r"(?:a|.*b)")) is None  # not anchored
    assert split_anywhere(re.compile(r"^(?:a|b)")) is None  # nothing to find anywhere


def test_literal_words_count_what_a_pattern_of_words_can_find():
    """A pattern of literal alternatives gives them lower-cased; where it finds three different ones, at
    least three of them occur in the line lower-cased (or the line holds an odd character)."""
    assert literal_words(re.compile(r"(?<!\w)(?:Trang|bản tin|web)(?!\w)", re.I)) == ("trang", "bản tin", "web")
    assert literal_words(re.compile(r"(?:ab|c\d)")) is None and literal_words(re.compile(r"(a|b)")) is None
    page_words = Prefilter(widgets._PAGE_WORDS)
    notices = ["Nếu email không hiển thị đúng, vui lòng xem phiên bản web.", "ĐĂNG KÝ nhận BẢN TIN qua EMAIL",
               "Bạn đã đọc 3 bài viết miễn phí trong tháng", "Đăng ký nhận bản tın qua emaıl của trang"]
    texts = _lines() + notices
    for text in texts:
        if len({m.lower() for m in widgets._PAGE_WORDS.findall(text)}) >= 3:
            assert page_words.may_find_several(text, 3), text
    assert not page_words.may_find_several("Hà Nội mưa to, đọc báo", 3)
    assert sum(not page_words.may_find_several(t, 3) for t in texts) > len(texts) // 2


def test_needles_counted_bound_how_often_a_pattern_finds():
    """Where a pattern finds two matches or more (an advertisement's words), its needles occur two times
    or more in the line lower-cased (or the line holds an odd character); most lines are spared it."""
    ads = Prefilter(widgets._AD_WORDS)
    lines = ["Mua ngay, gọi ngay hôm nay", "Vay tiêu dùng lãi suất chỉ từ 0,8%/tháng, giải ngân trong 24 giờ",
             "ĐĂNG KÝ NGAY để nhận ƯU ĐÃI", "Đặt lịch ngay · Hotline 1900", "Mua ngay, gọı ngay"]
    texts = _lines() + lines
    for text in texts:
        if len(widgets._AD_WORDS.findall(text)) >= 2:
            assert ads.may_find_times(text, 2), text
    assert all(ads.may_find_times(t, 2) for t in lines)
    assert sum(not ads.may_find_times(t, 2) for t in texts) > len(texts) // 2
