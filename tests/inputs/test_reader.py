"""``vnsumm.read`` and ``Pipeline.brief``: every form of an article read as the CLI reads it."""
from __future__ import annotations


import pytest

import vnsumm
from bad_inputs import SEEDS, english_article
from vnsumm.errors import InputError
from vnsumm.inputs import read_article
from vnsumm.language import NotVietnamese
from web_server import page, web_server


@pytest.fixture(scope="module")
def extractive():
    return vnsumm.Pipeline.from_config("extractive")


def test_read_accepts_a_path_bytes_text_and_html_alike(tmp_path):
    expected = read_article(SEEDS[0])
    assert vnsumm.read(SEEDS[0]) == expected
    assert vnsumm.read(str(SEEDS[0])) == expected
    assert vnsumm.read(SEEDS[0].read_bytes()) == expected
    assert vnsumm.read(SEEDS[0].read_text(encoding="utf-8")) == expected
    html = tmp_path / "p.html"
    html.write_bytes(page())
    assert vnsumm.read(page().decode("utf-8")) == vnsumm.read(html) == vnsumm.read(page())


def test_read_fetches_urls_and_names_what_it_refuses(tmp_path):
    with web_server() as (base, _):
        article = vnsumm.read(f"{base}/tin/xe-buyt-dien.html")
        assert article.title.startswith("Hà Nội") and article.date is None
        with pytest.raises(InputError, match="HTTP 404"):
            vnsumm.read(f"{base}/missing")
    with pytest.raises(InputError, match="unsupported format: PDF"):
        vnsumm.read(b"%PDF-1.4\n" + b"x" * 300)
    rows = tmp_path / "rows.jsonl"
    rows.write_text("{}\n", encoding="utf-8")
    with pytest.raises(InputError, match="a dataset, not an article"):
        vnsumm.read(rows)
    with pytest.raises(InputError, match="no such file"):
        vnsumm.read(tmp_path / "missing.txt")


def test_pipeline_brief_takes_the_same_inputs(extractive, tmp_path):
    from_text = extractive.brief(SEEDS[2].read_text(encoding="utf-8"))
    for source in (SEEDS[2], SEEDS[2].read_bytes()):
        assert extractive.brief(source).summary == from_text.summary
    html = extractive.brief(page().decode("utf-8"))  # an HTML string is a page, not text with tags
    assert "<" not in html.body and "mười hai tuyến xe buýt điện" in html.summary


def test_pipeline_brief_refuses_other_languages_unless_asked(extractive):
    with pytest.raises(NotVietnamese, match="English"):
        extractive.brief(english_article())
    brief = extractive.brief(english_article(), non_vietnamese="summarize")
    assert brief.language == "en" and brief.brief_en == brief.summary and "not Vietnamese" in brief.note
