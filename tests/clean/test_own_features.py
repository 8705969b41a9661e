"""A line's own features: one line at a time (``line_features``) and a page's lines at once (``own_rows``)."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from vnsumm.clean import page_lines
from vnsumm.clean.lines import looks_like_byline, make_lines
from vnsumm.clean.own_features import OWN_FEATURES, _tokens, line_features, own_rows

ROOT = Path(__file__).resolve().parents[2]
FURNITURE = ["Quang cảnh hội nghị tại Hà Nội (Ảnh minh họa)", "Nhận thông báo tin mới", "Chia sẻ qua Zalo",
             "Nhóm PV - Ban Thời sự", "Mua báo giấy tại đây", "Hãy là người đầu tiên bình luận"]


def test_capitals_share_counts_the_words_that_start_with_a_capital():
    """The share of capitalised words (one pattern over the line) counts a word starting with a capital,
    or with a quote or bracket and then a capital, and nothing else."""
    cap_share = OWN_FEATURES.index("cap_share")
    for text, caps, letter_words in [("Hà Nội mưa to", 2, 4), ('"Đây là (Ông) [Bà] \'Ảnh\' "x (y', 4, 7),
                                     ("ĐÀ NẴNG - 12 giờ", 2, 3), ("a\u00a0B\tC  d", 2, 4), ("(\" Hà", 1, 1)]:
        assert line_features(text)[cap_share] == caps / letter_words, text


def test_own_rows_over_a_page_equal_line_features_line_by_line():
    """The page-wide own features (one pattern pass over all lines, numbers column by column) are,
    to the last bit, the features of each line judged alone with its byline shape filled in."""
    rows = [json.loads(line) for line in (ROOT / "tests" / "data" / "vietnews_dev_40.jsonl").read_text().splitlines()]
    texts = [ln.text for row in rows[:10] for ln in page_lines(row["article"])[0]]
    texts += [*FURNITURE, "Hà Nội mưa to", '"Đây là (Ông) [Bà] \'Ảnh\' "x (y', "ĐÀ NẴNG - 12 giờ", "a\u00a0B\tC  d",
              "Xem thêm tại www.vnexpress.net", "Mộc Miên (Tổng hợp)", "1. Một điều. Hai điều", "Lúc 10h30 ngày 5/6…",
              "Số ² và ③", "Tin: (Ảnh: TTXVN)", "Giá vàng | Tỷ giá #USD", "a. B", "x.\u00a0Y"]
    byline = OWN_FEATURES.index("byline_shape")
    # the page as it is (a table of character classes), with characters beyond that table (an emoji, CJK:
    # the patterns instead), and a line or two (made line by line)
    for page in (texts, [*texts, "Tin nóng 🔥 hôm nay", "東京 2024"], texts[:2], ["Mộc Miên (Tổng hợp)"]):
        _tokens.cache_clear()  # each side tokenises the lines itself (both remember words by line)
        line_features.cache_clear()
        want = np.array([line_features(t) for t in page], dtype=np.float64)
        want[:, byline] = [looks_like_byline(ln) for ln in make_lines(page)]
        _tokens.cache_clear()
        line_features.cache_clear()
        got = own_rows(page)
        for text, row, expected in zip(page, got, want, strict=True):
            assert row.tobytes() == expected.tobytes(), (text, np.flatnonzero(row != expected))
    assert own_rows([]).shape == (0, len(line_features("x")))
