"""The date of a web page from the page's own machine-readable metadata or its dateline, never a guess.

htmldate (through trafilatura) otherwise falls back on any date in the page's text, even in
"fast" mode: "APEC 2025" or "Giá vàng hôm nay 12/3/2024" in a related-headlines box, or
"Cập nhật 10/10/2025" in a footer, became the article's date. Here htmldate's ``find_date`` only
sees a document made of the page's metadata: its ``<meta>`` tags (free-text ones such as the
description left out), JSON-LD blocks and canonical link; no title, no body text. When that gives
nothing, a dateline element (class, id or itemprop naming a date or time, outside lists, navigation,
asides and footers) whose whole text is a date counts. Otherwise the page has no date.
"""
from __future__ import annotations

import re

from vnsumm.clean.metadata import parse_date_line

__all__ = ["page_date"]

_FREE_TEXT_META = re.compile(r"description|keywords|title|author|site_name|image|url|locale|type$", re.I)
_DATELINE_CUE = re.compile(r"date|time|publish|posted|ngay|thoi-?gian", re.I)
_NOT_THE_ARTICLE = {"li", "aside", "nav", "footer", "a"}


def _metadata_document(tree) -> str:
    from lxml import html as lxml_html

    parts = []
    for meta in tree.iter("meta"):
        name = " ".join(meta.get(k, "") for k in ("name", "property", "itemprop", "http-equiv"))
        if meta.get("content") and name.strip() and not _FREE_TEXT_META.search(name):
            parts.append(lxml_html.tostring(meta, encoding="unicode", with_tail=False))
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json":
            parts.append(lxml_html.tostring(script, encoding="unicode", with_tail=False))
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            parts.append(lxml_html.tostring(link, encoding="unicode", with_tail=False))
    return "<html><head>" + "".join(parts) + "</head><body></body></html>"


def _dateline(tree) -> str | None:
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        cue = " ".join(element.get(k, "") for k in ("class", "id", "itemprop"))
        if not cue or not _DATELINE_CUE.search(cue):
            continue
        if any(a.tag in _NOT_THE_ARTICLE for a in element.iterancestors()) or element.tag in _NOT_THE_ARTICLE:
            continue
        text = " ".join(element.text_content().split())
        found = parse_date_line(text) if 0 < len(text) <= 80 else None
        if found:
            return found
    return None


def page_date(html: str, url: str | None = None) -> str | None:
    """ISO date (``2025-05-08`` or ``2025-05-08T16:53``) of the page, or None when it states none."""
    import htmldate
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, lxml_html.etree.ParserError):
        return None
    found = htmldate.find_date(_metadata_document(tree), extensive_search=False, original_date=True, url=url)
    return found or _dateline(tree)
