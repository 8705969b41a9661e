"""The CTranslate2 back end: same outputs as transformers at float32, conversion, settings, errors."""
import json

import pytest

from vnsumm import Article, clean
from vnsumm.engines.ctranslate2 import convert, decoding_options
from vnsumm.errors import ConfigError, ModelError
from vnsumm.summarize.seq2seq import CTranslate2Summarizer, Seq2SeqSummarizer
from vnsumm.translate.seq2seq import CTranslate2Translator, Seq2SeqTranslator

GREEDY = {"num_beams": 1, "max_new_tokens": 40}


@pytest.fixture(scope="module")
def t5_float32(tiny_t5, tmp_path_factory):
    return convert(str(tiny_t5), tmp_path_factory.mktemp("ct2") / "t5-float32", "float32")


@pytest.fixture(scope="module")
def spans():
    import tiny_models

    return tiny_models.seed_sentences()[3::17][:16]


def test_converted_folder_is_self_contained(t5_float32, tiny_t5):
    names = {p.name for p in t5_float32.iterdir()}
    assert {"model.bin", "config.json", "generation_config.json", "tokenizer_config.json"} <= names
    record = json.loads((t5_float32 / "vnsumm_convert.json").read_text())
    assert record["source"] == str(tiny_t5) and record["quantization"] == "float32"


def test_summaries_equal_transformers_at_float32_greedy(tiny_t5, t5_float32, spans, seed_paths):
    settings = {"device": "cpu", "batch_size": 4, "max_input_tokens": 96, "generation": GREEDY}
    reference = Seq2SeqSummarizer(str(tiny_t5), **settings)
    fast = CTranslate2Summarizer(str(t5_float32), compute_type="float32", **settings)
    articles = [Article(sentences=[s]) for s in spans]
    articles.append(clean(seed_paths[4].read_text(encoding="utf-8")))  # long: split, summarized twice
    expected = reference.summarize(articles)
    assert sum(e == s for e, s in zip(expected, spans)) >= len(spans) // 2  # the copier copies: not vacuous
    assert fast.summarize(articles) == expected


def test_translations_equal_transformers_with_prompt_prefixes(tiny_t5, t5_float32, spans):
    settings = {"device": "cpu", "batch_size": 3, "prefix": "vi: ", "output_prefix": "en: ",
                "max_input_tokens": 64, "generation": GREEDY}
    reference = Seq2SeqTranslator(str(tiny_t5), **settings)
    fast = CTranslate2Translator(str(t5_float32), compute_type="float32", **settings)
    texts = [" ".join(spans[i : i + 3]) for i in range(0, len(spans), 3)] + ["", spans[0] + "\n" + spans[1]]
    expected = reference.translate(texts)
    assert not any(e.startswith("en:") for e in expected)
    assert expected[-1].split("\n")[0] == spans[0]  # "vi: X" → "en: X" → X
    assert fast.translate(texts) == expected


def test_int8_model_loads_and_keeps_the_copy_behaviour(tiny_t5, tmp_path, spans):
    folder = convert(str(tiny_t5), tmp_path / "t5-int8", "int8")
    summarizer = CTranslate2Summarizer(str(folder), device="cpu", generation=GREEDY)
    out = summarizer.summarize([Article(sentences=[s]) for s in spans])
    assert sum(o == s for o, s in zip(out, spans)) >= len(spans) // 3
    described = summarizer.describe()
    assert described["backend"] == "ctranslate2" and described["quantization"] == "int8"
    assert described["compute_type"].startswith("int8")


def test_a_transformers_folder_is_refused_with_the_convert_command(tiny_t5):
    with pytest.raises(ModelError, match="vnsumm models convert"):
        CTranslate2Summarizer(str(tiny_t5), device="cpu")


def test_cuda_without_a_gpu_is_a_clear_error(t5_float32):
    import ctranslate2

    if ctranslate2.get_cuda_device_count():
        pytest.skip("a GPU is present")
    with pytest.raises(ModelError, match="cuda"):
        CTranslate2Translator(str(t5_float32), device="cuda")


def test_generation_settings_map_like_transformers():
    assert decoding_options({}, {}) == {"max_decoding_length": 19, "beam_size": 1}  # HF max_length 20
    model_defaults = {"max_length": 200, "num_beams": 4}
    assert decoding_options(model_defaults, {}) == {"max_decoding_length": 199, "beam_size": 4}
    options = decoding_options(model_defaults, {"max_new_tokens": 128, "min_new_tokens": 128, "num_beams": 1,
                                                "no_repeat_ngram_size": 3, "early_stopping": True})
    assert options == {"max_decoding_length": 128, "min_decoding_length": 128, "beam_size": 1,
                       "no_repeat_ngram_size": 3}
    with pytest.raises(ConfigError, match="typical_p"):
        decoding_options({}, {"typical_p": 0.9})


def test_models_convert_writes_folders_and_a_config_that_runs(tiny_config, tmp_path, capsys, seed_paths):
    from vnsumm.cli import main
    from vnsumm.config import load_config
    from vnsumm.pipeline import Pipeline

    assert main(["models", "convert", str(tiny_config), "-o", str(tmp_path), "--quantization", "int8"]) == 0
    printed = capsys.readouterr().out
    written = tmp_path / "tiny-ct2-int8.yaml"
    assert f"config: {written}" in printed
    config = load_config(written)
    assert config.summarizer.backend == config.translator.backend == "ctranslate2"
    assert config.summarizer.model == config.translator.model  # one model, converted once
    assert config.translator.settings["prefix"] == "vi: "  # every other setting kept
    pipeline = Pipeline.from_config(config)
    brief = pipeline.brief(seed_paths[4].read_text(encoding="utf-8"))
    assert brief.summary and brief.brief_en
    assert brief.models["summarizer"]["backend"] == "ctranslate2"
