"""Markdown briefs hold text, never markup: hostile titles and briefs read back as written, through a real parser."""
from __future__ import annotations

import re
from html import unescape as html_unescape

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from vnsumm.article import Article, Brief
from vnsumm.md_escape import escape_block, escape_inline, unescape
from vnsumm.outputs import Stamp, render

TITLE = '<script>alert(1)</script> Tin #5 & *nóng* [bấm](javascript:x) ![ảnh](http://127.0.0.1/a.png)\n# Chèn tiêu đề #'
BRIEF = "# Not a heading\n- not a list\n2025. Not a list either\n    not code\n<img src=x onerror=alert(1)> A & B_c_ `d`"
MARKDOWN = MarkdownIt("commonmark").enable(["table", "strikethrough"])  # CommonMark plus GFM's extensions


def hostile_brief() -> Brief:
    article = Article(title=TITLE, date="2025-05-08\n# x", source="<b>Báo</b>", paragraphs=["Thân bài."])
    return Brief.of(article, "Tóm tắt *ngắn* <i>x</i>.", BRIEF, warnings=["cảnh báo\n# hai <u>dòng</u>"],
                    models={"summarize": {"backend": "extractive", "model": "<b>m</b>"}})


def text_of(html: str) -> str:
    return html_unescape(re.sub(r"<[^>]+>", "", html))


def test_a_hostile_brief_renders_as_its_text_and_nothing_else():
    stamp = Stamp(input="tin <b>#5</b>-->.txt", key="/in/tin.txt", sha256="0" * 64, config="c")
    md = render(hostile_brief(), "md", stamp)
    tokens = MARKDOWN.parse(md)
    kinds = {t.type for t in tokens} | {c.type for t in tokens for c in (t.children or [])}
    assert not kinds & {"link_open", "image", "code_block", "fence", "bullet_list_open", "ordered_list_open",
                        "table_open", "strong_open", "s_open"}
    assert sum(  # the date line's own emphasis only
        c.type == "em_open" for t in tokens for c in (t.children or [])) == 1
    raw = [t.content for t in tokens if t.type == "html_block"] + [
        c.content for t in tokens for c in (t.children or []) if c.type == "html_inline"]
    assert sorted(raw) == sorted(["<sub>", "</sub>", md.splitlines()[-1] + "\n"])  # only the page's own tags and the stamp line
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert len(headings) == 3  # title, "Brief (English)", the summary's heading: nothing split off or injected
    html = MARKDOWN.render(md)
    assert "<script" not in html and "<img" not in html and "<a " not in html
    h1 = re.search(r"<h1>(.*?)</h1>", html).group(1)
    assert text_of(h1) == " ".join(TITLE.split())
    paragraphs = [text_of(p) for p in re.findall(r"<p>(.*?)</p>", html, re.DOTALL)]
    assert "\n".join(line.strip() for line in BRIEF.splitlines()) in paragraphs
    assert "Tóm tắt *ngắn* <i>x</i>." in paragraphs and "2025-05-08 # x · <b>Báo</b>" in paragraphs
    assert any(p == "Warning: cảnh báo # hai <u>dòng</u>" for p in paragraphs)


def test_a_plain_brief_stays_readable():
    article = Article(title="Hà Nội mưa lớn", date="2025-05-08", paragraphs=["Thân bài."])
    md = render(Brief.of(article, "Tóm tắt.", "Hanoi had 120 mm of rain on May 8, 2025."), "md")
    assert md.startswith("# Hà Nội mưa lớn\n") and "\nHanoi had 120 mm of rain on May 8, 2025.\n" in md


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60))
def test_escaped_text_reads_back(text):
    assert unescape(escape_inline(text)) == " ".join(text.split())
    lines = [line.strip() for line in text.splitlines()]
    assert unescape(escape_block(text)) == "\n".join(lines)
