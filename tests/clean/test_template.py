"""A site's template: lines on three or more stories' pages of a site are taken out of each cleaned story."""
from __future__ import annotations

from pathlib import Path

import pytest

from vnsumm.clean import clean, content_lines
from vnsumm.clean.template import SiteTemplate
from vnsumm.errors import ConfigError

SITE = Path(__file__).resolve().parents[1] / "data" / "site_pages"
PROMO = "Phố Thị Plus"  # the testimonial every page of the site carries between two paragraphs


def pages() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SITE.glob("page*.txt"))]


def test_a_line_every_page_of_a_site_repeats_is_taken_out_of_each_story():
    alone = [clean(text) for text in pages()]
    assert all(any(PROMO in p for p in a.paragraphs) for a in alone)  # one page cannot tell it from its story
    template = SiteTemplate.learn(content_lines(text) for text in pages())
    for article in alone:
        stripped = template.strip(article)
        assert not any(PROMO in p for p in stripped.paragraphs) and not any(PROMO in s for s in stripped.sentences)
        assert stripped.paragraphs == [p for p in article.paragraphs if PROMO not in p]  # the story is all there
        assert stripped.byline == article.byline and stripped.title == article.title


def test_a_line_on_fewer_pages_than_asked_copies_of_one_story_and_questions_are_not_learned():
    texts = pages()
    assert not SiteTemplate.learn(content_lines(t) for t in texts[:2]).lines  # on two pages only
    copies = [texts[0], texts[0], texts[0], texts[1]]  # one story three times counts once
    assert not SiteTemplate.learn(content_lines(t) for t in copies).lines
    asked = [t.replace("Minh Khang", "PV: Vì sao dự án lại chậm tiến độ?") for t in texts]
    learned = SiteTemplate.learn(content_lines(t) for t in asked)
    assert learned.pages == 4 and not any(line.endswith("?") for line in learned.lines)
    assert SiteTemplate.learn((content_lines(t) for t in texts), min_pages=5).lines == ()
    with pytest.raises(ValueError):
        SiteTemplate.learn([], min_pages=1)


def test_a_story_made_only_of_template_lines_is_kept_whole():
    template = SiteTemplate.learn(content_lines(t) for t in pages())
    article = clean(pages()[0])
    article.paragraphs = [p for p in article.paragraphs if PROMO in p]
    assert template.strip(article) is article


def test_a_template_file_round_trips_and_anything_else_is_one_line(tmp_path):
    template = SiteTemplate.learn(content_lines(t) for t in pages())
    path = tmp_path / "site.json"
    path.write_text(template.to_json(), encoding="utf-8")
    assert SiteTemplate.load(path) == template
    for text, reason in (("{}", "not a site template"), ("[1", "cannot read it")):
        path.write_text(text, encoding="utf-8")
        with pytest.raises(ConfigError, match=reason) as error:
            SiteTemplate.load(path)
        assert "\n" not in str(error.value)
    with pytest.raises(ConfigError, match="no such file"):
        SiteTemplate.load(tmp_path / "missing.json")
