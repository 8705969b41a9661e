"""Corpus-level faithfulness score."""
from __future__ import annotations

import pytest

from vnsumm.check import faithfulness

SOURCE = "Sáng 8/5, Mỹ công bố khoản hỗ trợ 130 triệu USD, trao trả 8 hòm hài cốt."


def test_scores_share_supported_and_errors_per_100_briefs() -> None:
    sources = [SOURCE] * 4
    briefs = ["On May 8 the US pledged $130 million and returned 8 sets of remains.",
              "On May 8 the US pledged $150 million and returned 8 sets of remains.",
              "On August 5 the US pledged $130 million and returned 9 sets of remains.",
              None]
    score = faithfulness(sources, briefs)
    assert score["briefs"] == 3
    assert score["facts"] == 12  # date, "US", amount, count in each brief
    assert score["supported"] == 9
    assert score["supported_share"] == 0.75
    assert score["unsupported_numbers_per_100_briefs"] == 100.0  # 3 wrong in 3 briefs
    assert score["briefs_flagged_share"] == round(2 / 3, 4)


def test_no_briefs_gives_no_score() -> None:
    assert faithfulness([SOURCE], [None])["supported_share"] is None


def test_lengths_must_agree() -> None:
    with pytest.raises(ValueError):
        faithfulness([SOURCE], [])
