"""HTML pages: recognised by their content, reduced to the main article (title, date, body, source)."""
from __future__ import annotations

import re

from vnsumm.errors import InputError
from vnsumm.page_date import page_date

__all__ = ["is_html", "html_to_text", "extract_html"]

_HTML_HINT = re.compile(r"<\s*(?:!doctype\s+html|html|head|body|article|main|div|p|br|span|h[1-6]|meta|title)\b[^>]*>",
                        re.I)



def is_html(text: str) -> bool:
    """Whether ``text`` is an HTML page or fragment (judged on content, not on a file name)."""
    head = text[:5000]
    return len(_HTML_HINT.findall(head)) >= 2 or bool(re.match(r"\s*<(?:!doctype|html)", head, re.I))


def html_to_text(html: str) -> str:
    """The main article of an HTML page as plain text: title, date, paragraphs, then the source.

    The date is the page's own (metadata, or a dateline the cleaner finds at the top of the
    story); a page without one gets no date line, so no guessed date can reach the facts a
    brief is checked against.
    """
    return extract_html(html)[0]


def extract_html(html: str) -> tuple[str, str | None]:
    """``html_to_text``'s text and the page's title from its metadata."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False,
                                      date_extraction_params={"extensive_search": False, "original_date": True})
    if doc is None:
        raise InputError("no article text could be found in the HTML page")
    meta = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    body = (meta.get("text") or "").strip()
    if not body:
        raise InputError("no article text could be found in the HTML page")
    # the page's own date only (metadata or dateline), not trafilatura's, which guesses from the text
    lines = [meta.get("title") or "", page_date(html) or "", body.replace("\n", "\n\n")]
    source = meta.get("sitename") or meta.get("hostname")
    if source and len(source.split()) <= 6:  # a site name, not a slogan
        lines.append(f"Nguồn: {source}")
    return "\n\n".join(x for x in lines if x) + "\n", (meta.get("title") or "").strip() or None


