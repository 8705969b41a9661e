import pytest

from vnsumm import Article, clean
from vnsumm.summarize.seq2seq import Seq2SeqSummarizer, chunk_sentences


class Recorder:
    """Wraps an engine and records every batch of texts it is asked to generate from."""

    def __init__(self, engine):
        self.engine, self.calls = engine, []

    def __getattr__(self, name):
        return getattr(self.engine, name)

    def generate(self, texts):
        self.calls.append(list(texts))
        return self.engine.generate(texts)


@pytest.fixture(scope="module")
def summarizer(tiny_t5):
    return Seq2SeqSummarizer.load(str(tiny_t5), device="cpu", batch_size=4, max_input_tokens=96,
                             generation={"num_beams": 1, "max_new_tokens": 24})


def test_short_article_is_one_model_input(summarizer, tiny_t5):
    recorder = Recorder(summarizer.engine)
    summarizer.engine = recorder
    try:
        article = Article(title="t", paragraphs=["x"], sentences=["Thượng tướng Hoàng Xuân Chiến nhấn mạnh."])
        [summary] = summarizer.summarize([article])
    finally:
        summarizer.engine = recorder.engine
    assert recorder.calls == [["Thượng tướng Hoàng Xuân Chiến nhấn mạnh."]]
    assert summary.startswith("Thượng tướng Hoàng Xuân Chiến")  # the tiny model copies


def test_long_article_is_split_on_sentences_then_summarized_again(summarizer, seed_paths):
    article = clean(seed_paths[0].read_text(encoding="utf-8"))
    engine = summarizer.engine
    assert engine.count_tokens([article.body])[0] > 96 * 3  # far over the limit
    recorder = Recorder(engine)
    summarizer.engine = recorder
    try:
        [summary] = summarizer.summarize([article])
    finally:
        summarizer.engine = engine
    first_round = recorder.calls[0]
    assert len(first_round) > 3  # parts, not one truncated input
    assert all(n <= 96 for call in recorder.calls for n in engine.count_tokens(call))
    # the parts cover every sentence, in order: nothing dropped
    assert " ".join(first_round).split() == " ".join(article.sentences).split()
    assert len(recorder.calls) >= 2 and len(recorder.calls[-1]) == 1  # joined part-summaries, summarized again
    assert summary


def test_a_sentence_longer_than_the_limit_is_cut_on_words(summarizer):
    giant = " ".join(["hợp tác quốc phòng"] * 80) + "."
    chunks = chunk_sentences([giant], summarizer.engine)
    assert len(chunks) > 1
    assert all(n <= 96 for n in summarizer.engine.count_tokens(chunks))
    assert " ".join(chunks).split() == giant.split()


def test_prefix_is_part_of_every_model_input(tiny_t5):
    plain = Seq2SeqSummarizer.load(str(tiny_t5), device="cpu", max_input_tokens=64)
    prefixed = Seq2SeqSummarizer.load(str(tiny_t5), device="cpu", max_input_tokens=64, prefix="vietnews: ")
    text = "Hoa Kỳ và Việt Nam"
    assert prefixed.engine.count_tokens([text])[0] > plain.engine.count_tokens([text])[0]
    seen = []
    model = prefixed.engine.model
    original = model.generate

    def spy(**kwargs):
        seen.extend(prefixed.engine.tokenizer.batch_decode(kwargs["input_ids"], skip_special_tokens=True))
        return original(**kwargs)

    model.generate = spy
    try:
        prefixed.summarize([Article(sentences=[text], paragraphs=[text])])
    finally:
        model.generate = original
    assert seen == ["vietnews: " + text]


def test_batch_of_articles_keeps_order_and_empty_articles(summarizer):
    texts = ["Thượng tướng Hoàng Xuân Chiến nhấn mạnh.", "Hoa Kỳ và Việt Nam."]
    articles = [Article(sentences=[texts[0]]), Article(), Article(sentences=[texts[1]])]
    out = summarizer.summarize(articles)
    assert len(out) == 3 and out[1] == ""
    assert out[0] == summarizer.summarize([articles[0]])[0]
    assert out[2] == summarizer.summarize([articles[2]])[0]
    assert out[0] != out[2]


def test_a_summary_cut_at_max_new_tokens_is_a_warning_on_its_brief(tiny_config):
    from vnsumm.pipeline import Pipeline

    texts = ["Thượng tướng Hoàng Xuân Chiến nhấn mạnh.", "Hoa Kỳ công bố khoản hỗ trợ mới. Hai bên nhất trí."]

    from vnsumm.article import Article

    articles = [Article(paragraphs=[t], sentences=[t]) for t in texts]  # short on purpose: no cleaning

    def briefs(max_new_tokens):
        pipeline = Pipeline.from_config(str(tiny_config), [f"summarizer.generation.max_new_tokens={max_new_tokens}"])
        return pipeline.brief_articles(articles)

    whole = briefs(40)
    assert whole[0].summary.startswith("Thượng tướng Hoàng Xuân Chiến") and whole[0].warnings == []
    cut = briefs(3)
    assert "summary cut at max_new_tokens=3; raise summarizer.generation.max_new_tokens" in cut[0].warnings
    assert len(cut[0].summary) < len(whole[0].summary)
