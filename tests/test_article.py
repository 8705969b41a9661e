"""Article and Brief: the one Brief builder, serialisation, Markdown in the article's language."""
from __future__ import annotations

import json

from vnsumm.article import Article, Brief

ARTICLE = Article(title="Tiêu đề", date="2025-05-08", source="VnExpress", paragraphs=["Câu một. Câu hai.", "Đoạn hai."],
                  sentences=["Câu một.", "Câu hai.", "Đoạn hai."])


def test_brief_of_copies_the_articles_metadata_and_body():
    brief = Brief.of(ARTICLE, "Tóm tắt.", "A brief.", timings={"summarize": 0.1}, id="a.txt")
    assert (brief.title, brief.date, brief.source, brief.language) == ("Tiêu đề", "2025-05-08", "VnExpress", "vi")
    assert brief.body == "Câu một. Câu hai.\n\nĐoạn hai." and brief.id == "a.txt"
    assert json.loads(brief.to_json())["summary"] == "Tóm tắt."


def test_markdown_names_the_summary_language():
    vi = Brief.of(ARTICLE, "Tóm tắt.", "A brief.").to_markdown()
    assert "## Brief (English)\n\nA brief." in vi and "## Tóm tắt (Vietnamese summary)\n\nTóm tắt." in vi
    fr = Brief.of(ARTICLE, "Un résumé.", None, language="fr", note="in French").to_markdown()
    assert "## Summary (fr)\n\nUn résumé." in fr and "_No English brief was made: in French_" in fr
    en = Brief.of(ARTICLE, "An English summary.", "An English summary.", language="en").to_markdown()
    assert en.count("An English summary.") == 1


def test_check_text_is_title_date_and_body():
    assert ARTICLE.check_text() == "Tiêu đề\n\n2025-05-08\n\nCâu một. Câu hai.\n\nĐoạn hai."
    assert "Nguồn: VnExpress" in ARTICLE.to_text()
