import pytest

from vnsumm import Article, clean
from vnsumm.errors import ConfigError
from vnsumm.summarize.extractive import ExtractiveSummarizer, textrank


@pytest.fixture(scope="module")
def seed_articles(seed_paths):
    return [clean(p.read_text(encoding="utf-8")) for p in seed_paths]


@pytest.mark.parametrize("method", ["lead", "textrank"])
def test_summaries_are_body_sentences_in_article_order(seed_articles, method):
    summarizer = ExtractiveSummarizer(method=method, k=3)
    for article in seed_articles:
        picked = summarizer.select(article)
        assert len(picked) == min(3, len(article.sentences))
        assert picked == sorted(picked)
        summary = summarizer.summarize([article])[0]
        assert summary == " ".join(article.sentences[i] for i in picked)
        assert all(article.sentences[i] in article.body for i in picked)


def test_lead_takes_the_first_sentences(seed_articles):
    article = seed_articles[0]
    assert ExtractiveSummarizer(method="lead", k=2).summarize([article]) == [" ".join(article.sentences[:2])]


def test_textrank_prefers_the_sentence_that_shares_most_words():
    sentences = [  # sentence 1 shares words with every other story sentence; they share none with each other
        "Thời tiết hôm nay đẹp.",
        "Hà Nội và Hoa Kỳ ký thỏa thuận hợp tác kinh tế quốc phòng.",
        "Hà Nội tổ chức lễ ký thỏa thuận.",
        "Hoa Kỳ thúc đẩy hợp tác kinh tế.",
        "Bộ quốc phòng họp báo.",
    ]
    assert textrank(sentences, 1) == [1]


def test_short_article_returns_every_sentence():
    article = Article(title="t", paragraphs=["Một câu."], sentences=["Một câu."])
    assert ExtractiveSummarizer(k=3).summarize([article]) == ["Một câu."]


def test_bad_settings_are_config_errors():
    with pytest.raises(ConfigError):
        ExtractiveSummarizer(method="random")
    with pytest.raises(ConfigError):
        ExtractiveSummarizer(k=0)


def test_huge_article_is_ranked_on_its_opening_sentences_only():
    sentences = [f"Câu số {i} nói về hợp tác kinh tế và quốc phòng giữa hai nước lần {i}." for i in range(3000)]
    article = Article(title="t", paragraphs=[" ".join(sentences)], sentences=sentences)
    summarizer = ExtractiveSummarizer(k=3, max_sentences=150)
    picked = summarizer.select(article)
    assert len(picked) == 3 and max(picked) < 150
