"""Engines tokenize each text once: counting tokens, chunking and generating share the ids."""
from vnsumm import clean
from vnsumm.engines.prompts import PromptEncoder, strip_output_prefix
from vnsumm.summarize.seq2seq import Seq2SeqSummarizer


class CountingTokenizer:
    """Wraps a tokenizer and records every text it is asked to encode."""

    def __init__(self, tokenizer):
        self.tokenizer, self.seen = tokenizer, []

    def __call__(self, texts, **kwargs):
        self.seen += [texts] if isinstance(texts, str) else list(texts)
        return self.tokenizer(texts, **kwargs)

    def __getattr__(self, name):
        return getattr(self.tokenizer, name)


def test_each_text_is_tokenized_once_across_calls(tiny_t5):
    from transformers import AutoTokenizer

    tokenizer = CountingTokenizer(AutoTokenizer.from_pretrained(str(tiny_t5)))
    encoder = PromptEncoder(tokenizer, prefix="vi: ")
    first = encoder.encode(["Hoa Kỳ", "Việt Nam", "Hoa Kỳ"])
    again = encoder.encode(["Việt Nam", "Hoa Kỳ"])
    assert tokenizer.seen == ["vi: Hoa Kỳ", "vi: Việt Nam"]
    assert first[0] == again[1] == tokenizer.tokenizer("vi: Hoa Kỳ")["input_ids"]


def test_the_cache_is_bounded(tiny_t5):
    from transformers import AutoTokenizer

    encoder = PromptEncoder(AutoTokenizer.from_pretrained(str(tiny_t5)), cache_size=3)
    encoder.encode([f"câu {i}" for i in range(10)])
    encoder.encode(["a", "b"])
    assert len(encoder._cache) == 3


def test_inputs_over_the_limit_are_truncated_like_the_tokenizer_does(tiny_t5):
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(tiny_t5))
    text = " ".join(["Hoa Kỳ và Việt Nam"] * 20)
    [ids] = PromptEncoder(tokenizer).encode_to_fit([text], 10)
    assert ids == tokenizer(text, truncation=True, max_length=10)["input_ids"] and ids[-1] == tokenizer.eos_token_id


def test_summarizing_a_long_article_tokenizes_no_text_twice(tiny_t5, seed_paths):
    summarizer = Seq2SeqSummarizer.load(str(tiny_t5), device="cpu", batch_size=4, max_input_tokens=96,
                                   generation={"num_beams": 1, "max_new_tokens": 8})
    tokenizer = CountingTokenizer(summarizer.engine.tokenizer)
    summarizer.engine.encoder.tokenizer = tokenizer
    article = clean(seed_paths[4].read_text(encoding="utf-8"))
    summarizer.summarize([article])
    assert len(tokenizer.seen) > len(article.sentences)  # sentences, chunks, part summaries...
    assert len(tokenizer.seen) == len(set(tokenizer.seen))


def test_output_prefix_is_removed_once():
    assert strip_output_prefix(" en: en: Hello ", "en: ") == "en: Hello"
    assert strip_output_prefix("Hello", "") == "Hello"
