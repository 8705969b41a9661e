import json

import pytest

from vnsumm import Brief, Pipeline
from vnsumm.errors import InputError, ModelError


@pytest.fixture(scope="module")
def seed_texts(seed_paths):
    return [p.read_text(encoding="utf-8") for p in seed_paths]


@pytest.fixture(scope="module")
def extractive():
    return Pipeline.from_config("extractive")


@pytest.fixture(scope="module")
def tiny(tiny_config):
    return Pipeline.from_config(tiny_config)


def test_extractive_brief_says_plainly_that_no_english_was_made(extractive, seed_texts):
    brief = extractive.brief(seed_texts[0], id="seed-0")
    assert brief.brief_en is None
    assert "no translator" in brief.note and "extractive" in brief.note
    assert "No English brief was made" in brief.to_markdown()
    assert brief.title and brief.summary and brief.id == "seed-0"
    assert brief.models["summarizer"]["backend"] == "extractive"
    assert brief.models["translator"] == {"backend": "none"}
    article = extractive.clean(seed_texts[0])
    assert all(s in article.sentences for s in _sentences_of(brief.summary, article.sentences))


def _sentences_of(summary, sentences):
    """The body sentences that make up an extractive summary, checked to rebuild it exactly."""
    picked = [s for s in sentences if s in summary]
    assert " ".join(picked) == summary
    return picked


def test_brief_serialises_to_json_with_the_documented_fields(extractive, seed_texts):
    data = json.loads(extractive.brief(seed_texts[1]).to_json())
    assert set(data) == {"title", "date", "source", "language", "body", "summary", "brief_en", "note", "models",
                         "timings", "warnings", "checks", "id", "byline", "credits"}
    assert data["timings"]["clean"] >= 0 and data["timings"]["summarize"] >= 0


def test_tiny_pipeline_makes_english_and_records_models(tiny, tiny_t5, seed_texts):
    brief = tiny.brief(seed_texts[4])
    assert isinstance(brief.brief_en, str) and brief.brief_en.strip()
    assert not brief.brief_en.startswith("en:")  # EnViT5 output prefix stripped
    assert brief.note is None
    assert brief.models["summarizer"]["model"] == str(tiny_t5)
    assert brief.models["translator"]["prefix"] == "vi: "
    assert set(brief.timings) == {"clean", "summarize", "translate"}


def test_brief_many_batches_by_batch_size(tiny_config, seed_texts):
    pipeline = Pipeline.from_config(tiny_config, ["batch_size=2"])
    sizes = []
    original = pipeline.summarizer.summarize
    pipeline.summarizer.summarize = lambda articles: sizes.append(len(articles)) or original(articles)
    briefs = pipeline.brief_many(seed_texts, ids=[f"a{i}" for i in range(5)])
    assert sizes == [2, 2, 1]
    assert [b.id for b in briefs] == ["a0", "a1", "a2", "a3", "a4"]
    assert all(isinstance(b, Brief) and b.brief_en for b in briefs)


def test_text_with_no_article_is_an_input_error_naming_it(extractive):
    with pytest.raises(InputError, match="bad.txt: nothing left after cleaning"):
        extractive.brief_many(["   \n\t\n"], ids=["bad.txt"])


def test_missing_local_model_is_one_clear_line(tmp_path):
    with pytest.raises(ModelError) as err:
        Pipeline.from_config("default", [f"summarizer.model={tmp_path}/nope"])
    message = str(err.value)
    assert "\n" not in message and "nope" in message and "does not exist" in message


def test_uncached_hub_model_offline_says_how_to_get_it():
    with pytest.raises(ModelError) as err:
        Pipeline.from_config("default")
    message = str(err.value)
    assert "\n" not in message
    assert "VietAI/vit5-base-vietnews-summarization" in message
    assert "vnsumm models download" in message and "local/folder" in message


def test_thread_setting_reaches_both_model_stages(tiny_config):
    import torch

    before = torch.get_num_threads()
    try:
        pipeline = Pipeline.from_config(tiny_config, ["summarizer.threads=2", "translator.threads=2"])
        assert torch.get_num_threads() == 2  # the tests' default is 1 (OMP_NUM_THREADS in conftest)
        assert pipeline.describe()["summarizer"]["backend"] == "seq2seq"
    finally:
        torch.set_num_threads(before)
