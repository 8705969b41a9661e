import json
from pathlib import Path

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
                         "timings", "warnings", "checks", "id", "byline", "credits", "captions"}
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


# -- what Pipeline.brief takes: text is text ---------------------------------------------------
def test_a_one_line_string_is_text_never_a_file_or_a_url(extractive, seed_paths, seed_texts, tmp_path):
    from pathlib import Path

    from web_server import web_server

    with pytest.raises(InputError, match="too little for an article"):
        extractive.brief("/etc/passwd")  # the name of a file passed as text is two words, not the file
    named = tmp_path / "Giá vàng hôm nay tăng mạnh sau phiên họp của ngân hàng trung ương.txt"
    named.write_text(seed_texts[0], encoding="utf-8")  # a file whose name alone is long enough to be an article
    brief = extractive.brief(str(named), non_vietnamese="summarize")  # a long name: still just its words
    assert brief.summary == str(named) and seed_texts[0].splitlines()[0] not in brief.summary
    assert extractive.clean(str(named)).body == str(named)
    assert extractive.brief(Path(seed_paths[0])).summary == extractive.brief(seed_texts[0]).summary
    with web_server() as (base, served):
        with pytest.raises(InputError):
            extractive.brief(f"{base}/tin/xe-buyt-dien.html")
        assert served == []  # a URL in a string is never fetched...
        brief = extractive.brief_url(f"{base}/tin/xe-buyt-dien.html")  # ...only when asked for explicitly
        assert served == ["/tin/xe-buyt-dien.html"] and brief.summary


# -- briefs as each is ready ---------------------------------------------------------------------
def test_iter_briefs_yields_each_brief_as_its_answer_comes(seed_texts):
    import vnsumm
    from one_at_a_time import one_at_a_time_pipeline

    pipe = one_at_a_time_pipeline()
    articles = [vnsumm.read(t) for t in seed_texts[:3]]
    stream = pipe.iter_briefs(articles, ["a", "b", "c"])
    n, brief = next(stream)
    assert (n, brief.id) == (2, "c") and pipe.briefer.asked == [2]  # the first answer, before the others are asked
    assert [(n, b.id) for n, b in stream] == [(1, "b"), (0, "a")]
    assert [b.id for b in pipe.brief_articles(articles, ["a", "b", "c"])] == ["a", "b", "c"]  # in order


def test_iter_briefs_without_brief_iter_comes_batch_by_batch(tiny_config, seed_texts):
    import vnsumm

    pipeline = Pipeline.from_config(tiny_config, ["batch_size=2"])
    sizes = []
    original = pipeline.summarizer.summarize
    pipeline.summarizer.summarize = lambda articles: sizes.append(len(articles)) or original(articles)
    stream = pipeline.iter_briefs([vnsumm.read(t) for t in seed_texts], [f"a{i}" for i in range(5)])
    assert [n for n, _ in (next(stream), next(stream))] == [0, 1] and sizes == [2]  # the first batch only
    assert [n for n, _ in stream] == [2, 3, 4] and sizes == [2, 2, 1]


def test_a_template_changed_after_the_config_was_read_is_refused_not_used_under_the_old_fingerprint(tmp_path):
    from vnsumm.clean import content_lines
    from vnsumm.clean.template import SiteTemplate
    from vnsumm.config import load_config
    from vnsumm.errors import ConfigError

    site = sorted((Path(__file__).resolve().parent / "data" / "site_pages").glob("page*.txt"))
    path = tmp_path / "site.json"
    path.write_text(SiteTemplate.learn(content_lines(p.read_text(encoding="utf-8")) for p in site).to_json(),
                    encoding="utf-8")
    config = load_config("extractive", [f"template={path}"])
    assert Pipeline.from_config(config).template is not None
    path.write_text(SiteTemplate((), 4).to_json(), encoding="utf-8")
    with pytest.raises(ConfigError, match="changed since the config was read"):
        Pipeline.from_config(config)
    assert load_config("extractive", [f"template={path}"]).fingerprint() != config.fingerprint()
