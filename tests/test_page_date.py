"""A page's date is its own (metadata or dateline) or none: never a date found elsewhere in its text."""
from __future__ import annotations

import re

import pytest

from vnsumm.inputs import load_article
from vnsumm.page_date import page_date
from web_server import BODY, NAV, TITLE, page


def doc(head: str = "", before: str = "", inside: str = "", after: str = "", title: str = TITLE) -> str:
    return (f'<html><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>{NAV}{before}'
            f"<article><h1>{title}</h1>{BODY}{inside}</article>{after}</body></html>")


@pytest.mark.parametrize("html, date", [
    (doc(head='<meta property="article:published_time" content="2025-05-08T16:53:00+07:00">'), "2025-05-08"),
    (doc(head='<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-05-08"}</script>'),
     "2025-05-08"),
    (doc(head='<link rel="canonical" href="https://example.vn/2025/05/08/bai-viet.html">'), "2025-05-08"),
    (doc(before='<div class="header"><span class="date">Thứ năm, 8/5/2025, 16:53 (GMT+7)</span></div>'),
     "2025-05-08T16:53"),
    (doc(inside='<p class="date">Thứ năm, 8/5/2025, 16:53 (GMT+7)</p>'), "2025-05-08T16:53"),
], ids=["meta", "json-ld", "canonical-url", "dateline-element", "dateline-in-story"])
def test_the_page_own_date_is_kept(html, date):
    assert load_article(html).date == date


@pytest.mark.parametrize("html", [
    page().decode("utf-8"),
    doc(inside='<p><b>Xem thêm:</b></p><ul><li><a href="/x">APEC 2025 tại Hàn Quốc</a> <span class="time">12/3/2024</span>'
               "</li></ul>"),
    doc(after="<footer>Bản quyền © 2025 Báo Mẫu. Cập nhật 10/10/2025</footer>",
        head='<meta name="description" content="Tin cập nhật ngày 10/10/2025">'),
    doc(title="Giá vàng hôm nay 12/3/2024"),
    doc(after='<aside><time datetime="2024-03-12">12/3/2024</time> Tin khác</aside>'),
], ids=["related-list", "related-with-time-spans", "footer-and-description", "date-in-title", "aside-time"])
def test_a_page_without_its_own_date_gets_none(html):
    article = load_article(html)
    assert article.date is None and page_date(html) is None
    assert not re.search(r"\d{4}-\d{2}-\d{2}", article.to_text())  # no date line was written into the text
