"""Checking a Brief against its article: the record, the warning, what --strict refuses."""
from __future__ import annotations

import json

from vnsumm.article import Article, Brief
from vnsumm.check.brief import attach_checks, brief_is_unfaithful, unsupported_line

ARTICLE = ("Mỹ viện trợ 130 triệu USD cho Biên Hòa\n\n"
           "Sáng 8/5, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến cho biết Mỹ công bố khoản hỗ trợ mới "
           "130 triệu USD cho dự án xử lý dioxin tại sân bay Biên Hòa.\n")
GOOD = "On May 8 in Hanoi, General Hoang Xuan Chien said the US announced $130 million for Bien Hoa."
BAD = "On August 5 in Hanoi, General Hoang Xuan Chien said the US announced $130 billion for Bien Hoa."


def _brief(english: str | None) -> Brief:
    return Brief.of(Article(title="t"), "", english)


def test_attach_checks_records_result_and_one_warning() -> None:
    article = Article(title="Mỹ viện trợ", paragraphs=[ARTICLE.split("\n\n")[1]])
    good, bad, none = _brief(GOOD), _brief(BAD), _brief(None)
    attach_checks(good, article)
    attach_checks(bad, article)
    assert attach_checks(none, article) is None and none.checks is None
    assert good.checks["unsupported"] == [] and good.warnings == []
    assert not brief_is_unfaithful(good)
    assert len(bad.warnings) == 1 and '"August 5"' in bad.warnings[0] and "$130 billion" in bad.warnings[0]
    assert brief_is_unfaithful(bad)
    json.dumps(bad.to_dict())  # the record stays serialisable


def test_check_text_includes_title_and_date() -> None:
    article = Article(title="Tiêu đề", date="2025-05-08", paragraphs=["Thân bài."])
    assert article.check_text() == "Tiêu đề\n\n2025-05-08\n\nThân bài."


def test_unsupported_line_is_one_line_per_unfaithful_brief() -> None:
    article = Article(title="Mỹ viện trợ", paragraphs=[ARTICLE.split("\n\n")[1]])
    good, bad = _brief(GOOD), _brief(BAD)
    attach_checks(good, article)
    attach_checks(bad, article)
    assert unsupported_line(good, "good.txt") is None
    assert unsupported_line(bad, "bad.txt") == \
        'vnsumm: warning: bad.txt: not found in the article: "August 5", "$130 billion"'
