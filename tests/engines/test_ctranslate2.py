"""The CTranslate2 back end: same outputs as transformers at float32, conversion, settings, errors."""
import json
import sys

import pytest

from vnsumm import Article, clean
from vnsumm.engines import load_engine
from vnsumm.engines.ctranslate2 import convert, decoding_options
from vnsumm.engines.settings import EngineSettings
from vnsumm.errors import ConfigError, ModelError
from vnsumm.summarize.seq2seq import Seq2SeqSummarizer
from vnsumm.translate.seq2seq import Seq2SeqTranslator

GREEDY = {"num_beams": 1, "max_new_tokens": 40}


def test_converted_folder_is_self_contained(t5_float32, tiny_t5):
    names = {p.name for p in t5_float32.iterdir()}
    assert {"model.bin", "config.json", "generation_config.json", "tokenizer_config.json"} <= names
    record = json.loads((t5_float32 / "vnsumm_convert.json").read_text())
    assert record["source"] == str(tiny_t5) and record["quantization"] == "float32"


@pytest.mark.parametrize("threads", [{"threads": 1}, {"threads": 2, "inter_threads": 2}])
def test_summaries_equal_transformers_at_float32_greedy(tiny_t5, t5_float32, spans, seed_paths, threads):
    settings = {"device": "cpu", "batch_size": 4, "max_input_tokens": 96, "generation": GREEDY}
    reference = Seq2SeqSummarizer.load(str(tiny_t5), **settings)
    fast = Seq2SeqSummarizer.load(str(t5_float32), "ctranslate2", compute_type="float32", **settings, **threads)
    articles = [Article(sentences=[s]) for s in spans]
    articles.append(clean(seed_paths[4].read_text(encoding="utf-8")))  # long: split, summarized twice
    expected = reference.summarize(articles)
    assert sum(e == s for e, s in zip(expected, spans)) >= len(spans) // 3  # the copier copies: not vacuous
    assert fast.summarize(articles) == expected


def test_translations_equal_transformers_with_prompt_prefixes(tiny_t5, t5_float32, spans):
    settings = {"device": "cpu", "batch_size": 3, "prefix": "vi: ", "output_prefix": "en: ",
                "max_input_tokens": 64, "generation": GREEDY}
    reference = Seq2SeqTranslator.load(str(tiny_t5), **settings)
    fast = Seq2SeqTranslator.load(str(t5_float32), "ctranslate2", compute_type="float32", **settings)
    texts = [" ".join(spans[i : i + 3]) for i in range(0, len(spans), 3)] + ["", spans[0] + "\n" + spans[1]]
    expected = reference.translate(texts)
    assert not any(e.startswith("en:") for e in expected)
    assert expected[-1].split("\n")[0] == spans[0]  # "vi: X" → "en: X" → X
    assert fast.translate(texts) == expected


def test_int8_model_loads_and_keeps_the_copy_behaviour(tiny_t5, tmp_path, spans):
    folder = convert(str(tiny_t5), tmp_path / "t5-int8", "int8")
    summarizer = Seq2SeqSummarizer.load(str(folder), "ctranslate2", device="cpu", generation=GREEDY)
    out = summarizer.summarize([Article(sentences=[s]) for s in spans])
    assert sum(o == s for o, s in zip(out, spans)) >= len(spans) // 4
    described = summarizer.describe()
    assert described["engine"] == "ctranslate2" and described["quantization"] == "int8"
    assert described["compute_type"].startswith("int8")


def test_a_transformers_folder_is_refused_with_the_convert_command(tiny_t5):
    with pytest.raises(ModelError, match="vnsumm models convert"):
        Seq2SeqSummarizer.load(str(tiny_t5), "ctranslate2", device="cpu")


def test_cuda_without_a_gpu_is_a_clear_error(t5_float32):
    import ctranslate2

    if ctranslate2.get_cuda_device_count():
        pytest.skip("a GPU is present")
    with pytest.raises(ModelError, match="cuda"):
        Seq2SeqTranslator.load(str(t5_float32), "ctranslate2", device="cuda")


def test_generation_settings_map_like_transformers():
    def options(defaults, settings):
        return {k: v for k, v in decoding_options(defaults, settings).items() if k != "_max_new_tokens"}

    assert options({}, {}) == {"max_decoding_length": 19, "beam_size": 1}  # HF max_length 20
    model_defaults = {"max_length": 200, "num_beams": 4, "early_stopping": True}
    assert options(model_defaults, {"patience": 1}) == {"max_decoding_length": 199, "beam_size": 4, "patience": 1.0}
    assert options(model_defaults, {"max_new_tokens": 128, "min_new_tokens": 128, "num_beams": 1,
                                    "no_repeat_ngram_size": 3}) == {
        "max_decoding_length": 128, "min_decoding_length": 128, "beam_size": 1, "no_repeat_ngram_size": 3}
    # transformers spends the last place on a forced end token (Marian, mBART)
    forced = decoding_options({"forced_eos_token_id": 2}, {"max_new_tokens": 8, "min_new_tokens": 8})
    assert forced == {"max_decoding_length": 7, "min_decoding_length": 7, "beam_size": 1, "_max_new_tokens": 8}
    with pytest.raises(ConfigError, match="ctranslate2 engine has no generation setting typical_p"):
        decoding_options({}, {"typical_p": 0.9})


@pytest.mark.parametrize("settings, refused", [
    ({"num_beams": 4}, "num_beams"),  # beam search must name CTranslate2's stopping rule (patience)
    ({"num_beams": 1, "patience": 2}, "patience"),
    ({"num_beams": 4, "patience": 0}, "patience"),
    ({"num_beams": 4, "num_beam_groups": 2, "diversity_penalty": 0.5, "patience": 1}, "num_beam_groups"),
    ({"num_beams": 4, "do_sample": True, "patience": 1}, "do_sample"),
    ({"temperature": 0.7}, "temperature"),
    ({"eos_token_id": 5}, "eos_token_id"),
    ({"num_return_sequences": 2}, "num_return_sequences"),
])
def test_what_ctranslate2_cannot_honour_is_refused_by_name(t5_float32, settings, refused):
    with pytest.raises(ConfigError, match=f"generation.{refused}") as error:
        load_engine("ctranslate2", str(t5_float32), EngineSettings(device="cpu", generation=settings))
    assert "\n" not in str(error.value)


def engine_pair(tiny_t5, t5_float32, **settings):
    reference = load_engine("transformers", str(tiny_t5), EngineSettings(device="cpu", batch_size=4, **settings))
    fast = load_engine("ctranslate2", str(t5_float32),
                       EngineSettings(device="cpu", batch_size=4, compute_type="float32", **settings))
    return reference, fast


SEARCHES = {  # search settings → None where CTranslate2 gives transformers' outputs, else the refused setting
    "greedy": ({"num_beams": 1}, None),
    "greedy-penalties": ({"num_beams": 1, "no_repeat_ngram_size": 2, "repetition_penalty": 1.3}, None),
    "beam4-early-stopping": ({"num_beams": 4, "early_stopping": True, "patience": 1}, "early_stopping"),
    "beam4-no-early-stopping": ({"num_beams": 4, "early_stopping": False, "patience": 1}, "early_stopping"),
    "beam4-never": ({"num_beams": 4, "early_stopping": "never", "patience": 1}, "early_stopping"),
}


@pytest.mark.parametrize("max_new_tokens", [40, 9])  # 9 cuts most inputs
@pytest.mark.parametrize("name", SEARCHES)
def test_search_equals_transformers_at_float32_or_is_refused(tiny_t5, t5_float32, spans, name, max_new_tokens):
    search, refused = SEARCHES[name]
    generation = {**search, "max_new_tokens": max_new_tokens}
    transformers_generation = {k: v for k, v in generation.items() if k != "patience"}
    reference = load_engine("transformers", str(tiny_t5), EngineSettings(device="cpu", batch_size=4,
                                                                          generation=transformers_generation))
    fast_settings = EngineSettings(device="cpu", batch_size=4, compute_type="float32", generation=generation)
    if refused:
        # measured: CTranslate2's beam search matches neither rule of transformers on every input
        with pytest.raises(ConfigError, match=f"ctranslate2 engine cannot honour generation.{refused}"):
            load_engine("ctranslate2", str(t5_float32), fast_settings)
        return
    fast = load_engine("ctranslate2", str(t5_float32), fast_settings)
    expected = reference.generate(spans)
    assert sum(o.text == s for o, s in zip(expected, spans)) >= 4  # the copier copies: not vacuous
    cut = sum(o.cut for o in expected)
    assert cut < len(spans) // 4 if max_new_tokens == 40 else cut > len(spans) // 4  # the limit binds at 9
    assert fast.generate(spans) == expected  # texts and cut flags
    assert fast.max_new_tokens == reference.max_new_tokens == max_new_tokens


def test_patience_is_ctranslate2s_beam_rule_and_only_its(tiny_t5, t5_float32, spans):
    def beams(patience):
        settings = EngineSettings(device="cpu", compute_type="float32",
                                  generation={"num_beams": 4, "max_new_tokens": 40, "patience": patience})
        return [o.text for o in load_engine("ctranslate2", str(t5_float32), settings).generate(spans)]

    assert beams(1) != beams(3)  # waiting for more finished hypotheses changes some outputs
    with pytest.raises(ConfigError, match="transformers engine has no generation setting patience"):
        load_engine("transformers", str(tiny_t5), EngineSettings(device="cpu", generation={"patience": 1}))


def test_bad_words_ids_become_suppressed_sequences(tiny_t5, t5_float32, spans):
    tokenizer = load_engine("transformers", str(tiny_t5), EngineSettings(device="cpu")).tokenizer
    ids = tokenizer(spans[0], add_special_tokens=False).input_ids
    banned = [[ids[1]], ids[2:4]]  # one token anywhere, and a two-token sequence
    plain, _ = engine_pair(tiny_t5, t5_float32, generation={"num_beams": 1, "max_new_tokens": 40})
    reference, fast = engine_pair(tiny_t5, t5_float32, generation={"num_beams": 1, "max_new_tokens": 40,
                                                                   "bad_words_ids": banned})
    expected = reference.generate(spans[:6])
    assert expected[0] != plain.generate(spans[:1])[0]  # the ban changes what the copier writes
    assert fast.generate(spans[:6]) == expected


def test_compute_type_is_honoured_and_checked(tiny_t5, t5_float32):
    def describe(compute_type):
        return load_engine("ctranslate2", str(t5_float32),
                           EngineSettings(device="cpu", compute_type=compute_type)).describe()["compute_type"]

    assert describe("float32") == "float32"
    assert describe("int8").startswith("int8")
    assert describe("default") == "float32"  # as converted
    with pytest.raises(ConfigError, match="unknown compute_type 'int7'"):
        describe("int7")
    with pytest.raises(ConfigError, match="transformers engine runs compute_type default, float32, float16, bfloat16, not .int8."):
        load_engine("transformers", str(tiny_t5), EngineSettings(device="cpu", compute_type="int8"))


def test_inputs_longer_than_1024_tokens_reach_ctranslate2_whole(tiny_t5, t5_float32):
    import tiny_models

    sentences = tiny_models.seed_sentences()
    texts = [" ".join(sentences[:60]), " ".join(sentences[300:420])]  # about 600 and 1200 tokens
    settings = {"max_input_tokens": 3000, "generation": {"num_beams": 1, "max_new_tokens": 40}}
    reference, fast = engine_pair(tiny_t5, t5_float32, **settings)
    assert fast.count_tokens(texts)[1] > 1100
    # CTranslate2 cuts inputs at 1024 tokens unless translate_batch is given max_input_length: the
    # encoder then sees another text and the copier writes something else for the long one
    assert fast.generate(texts) == reference.generate(texts)


class Recorder:
    """The real CTranslate2 translator, with each translate_batch call's keywords written down."""

    def __init__(self, translator):
        self.translator, self.calls = translator, []

    def translate_batch(self, tokens, **options):
        self.calls.append(options)
        return self.translator.translate_batch(tokens, **options)

    def __getattr__(self, name):
        return getattr(self.translator, name)


@pytest.mark.parametrize("settings, batching", [
    ({"batch_size": 3}, {"max_batch_size": 3, "batch_type": "examples"}),
    ({"batch_size": 3, "max_batch_tokens": 200}, {"max_batch_size": 200, "batch_type": "tokens"}),
])
def test_every_decoding_and_batching_option_reaches_translate_batch(t5_float32, spans, settings, batching):
    generation = {"num_beams": 2, "patience": 1, "max_new_tokens": 30, "min_new_tokens": 2, "length_penalty": 1.2,
                  "no_repeat_ngram_size": 3, "repetition_penalty": 1.1, "bad_words_ids": [[5]]}
    engine = load_engine("ctranslate2", str(t5_float32), EngineSettings(
        device="cpu", max_input_tokens=2000, threads=1, generation=generation, **settings))
    engine.translator = Recorder(engine.translator)
    assert len(engine.generate(spans[:5])) == 5
    (call,) = engine.translator.calls
    expected = {**batching, "beam_size": 2, "patience": 1.0, "max_decoding_length": 30, "min_decoding_length": 2,
                "length_penalty": 1.2, "no_repeat_ngram_size": 3, "repetition_penalty": 1.1, "max_input_length": 2000,
                "return_end_token": True}
    assert {k: call.get(k) for k in expected} == expected
    assert call["suppress_sequences"] == [engine.tokenizer.convert_ids_to_tokens([5])]


@pytest.mark.parametrize("settings, expected", [
    ({"inter_threads": 1, "batch_size": 8}, {"max_batch_size": 8, "batch_type": "examples"}),
    ({"inter_threads": 2, "batch_size": 8}, {"max_batch_size": 3, "batch_type": "examples"}),  # 6 inputs: 3 + 3
    ({"inter_threads": 3, "batch_size": 8}, {"max_batch_size": 2, "batch_type": "examples"}),
    ({"inter_threads": 2, "batch_size": 2}, {"max_batch_size": 2, "batch_type": "examples"}),  # never above the limit
    ({"inter_threads": 2, "max_batch_tokens": 4000}, {"max_batch_size": "3 x longest", "batch_type": "tokens"}),
    ({"inter_threads": 2, "max_batch_tokens": 20}, {"max_batch_size": 20, "batch_type": "tokens"}),
])
def test_each_call_gives_every_replica_a_batch(t5_float32, spans, settings, expected):
    """inter_threads batches run at once: one call's inputs are shared so no replica (core) waits idle."""
    engine = load_engine("ctranslate2", str(t5_float32), EngineSettings(
        device="cpu", threads=2, compute_type="float32", generation={"num_beams": 1, "max_new_tokens": 12}, **settings))
    engine.translator = Recorder(engine.translator)
    texts = spans[-6:]
    outputs = engine.generate(texts)
    (call,) = engine.translator.calls
    if expected["max_batch_size"] == "3 x longest":
        expected = {**expected, "max_batch_size": 3 * max(engine.count_tokens(texts))}
    assert {k: call[k] for k in expected} == expected
    single = load_engine("ctranslate2", str(t5_float32), EngineSettings(
        device="cpu", threads=1, compute_type="float32", generation={"num_beams": 1, "max_new_tokens": 12}))
    assert outputs == single.generate(texts)  # batches change the speed, not the outputs


def test_threads_are_ctranslate2s_intra_and_inter_threads(t5_float32):
    """Threads the translator really starts, counted in a fresh process for each setting."""
    import subprocess
    import sys

    def threads(**settings):
        code = (
            "import os\n"
            "from vnsumm.engines import load_engine\n"
            "from vnsumm.engines.settings import EngineSettings\n"
            f"e = load_engine('ctranslate2', {str(t5_float32)!r}, EngineSettings(device='cpu', **{settings!r}))\n"
            "before = len(os.listdir('/proc/self/task'))\n"
            "e.generate(['Hà Nội hôm nay trời nắng đẹp.', 'Tuyến tàu điện mới.'] * 4)\n"
            "print(e.translator.num_translators, len(os.listdir('/proc/self/task')))\n"
        )
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        return tuple(int(x) for x in out.split())

    one = threads(threads=1)
    assert one[0] == 1
    assert threads(threads=2)[0] == 2 and threads(threads=2, inter_threads=0)[0] == 2  # 0 (default): two on 2+
    assert threads(threads=2, inter_threads=1)[0] == 1
    assert threads(threads=3, inter_threads=1)[1] > one[1]  # intra_threads: more threads work on each batch
    inter = threads(threads=2, inter_threads=2)
    assert inter[0] == 2 and inter[1] > one[1]  # two batches at once, one thread each
    with pytest.raises(ConfigError, match="inter_threads must be a positive integer"):
        EngineSettings.from_stage({"inter_threads": -1})
    with pytest.raises(ConfigError, match="transformers engine has no setting max_batch_tokens"):
        load_engine("transformers", str(t5_float32), EngineSettings(device="cpu", max_batch_tokens=100))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc arenas")
def test_two_replicas_share_two_malloc_arenas(t5_float32, tmp_path):
    """Each CTranslate2 thread in an arena of its own kept 150-250 MB of freed buffers resident (README)."""
    import os
    import subprocess

    code = (
        "import ctypes, re, sys\n"
        "from vnsumm.engines import load_engine\n"
        "from vnsumm.engines.settings import EngineSettings\n"
        f"e = load_engine('ctranslate2', {str(t5_float32)!r}, EngineSettings(device='cpu', threads=2, inter_threads=int(sys.argv[1])))\n"
        "e.generate(['Hà Nội hôm nay trời nắng đẹp.', 'Tuyến tàu điện mới.'] * 8)\n"
        "libc = ctypes.CDLL(None); libc.fopen.restype = ctypes.c_void_p\n"
        "f = libc.fopen(sys.argv[2].encode(), b'w'); libc.malloc_info(0, ctypes.c_void_p(f)); libc.fclose(ctypes.c_void_p(f))\n"
        "print(len(re.findall('<heap nr=', open(sys.argv[2]).read())))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "MALLOC_ARENA_MAX"}

    def arenas(inter_threads):
        out = subprocess.run([sys.executable, "-c", code, str(inter_threads), str(tmp_path / "malloc.xml")],
                             capture_output=True, text=True, check=True, env=env).stdout
        return int(out.split()[-1])

    assert arenas(2) <= 2
    assert arenas(1) >= 2  # not vacuous: threads do get arenas of their own when nothing caps them


def test_models_convert_with_nothing_to_convert_writes_nothing(tmp_path, capsys):
    from vnsumm.cli import main

    out = tmp_path / "out"
    assert main(["models", "convert", "extractive", "-o", str(out), "--quantization", "int8"]) == 0
    assert "nothing written" in capsys.readouterr().out
    assert not out.exists()


def test_models_convert_converts_the_vinai_mbart_translator(tiny_mbart, tmp_path, capsys):
    from vnsumm.cli import main
    from vnsumm.config import load_config
    from vnsumm.pipeline import Pipeline

    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(tiny_mbart))  # random weights: ban the special tokens they favour
    banned = [[i] for i in sorted(set(tokenizer.all_special_ids) - {tokenizer.eos_token_id})]
    config = tmp_path / "vinai-tiny.yaml"
    config.write_text(f"""
summarizer: {{backend: extractive, method: lead, k: 2}}
translator:
  backend: seq2seq
  model: {tiny_mbart}
  src_lang: vi_VN
  tgt_lang: en_XX
  tgt_lang_as: decoder_start
  generation: {{num_beams: 1, max_new_tokens: 8, no_repeat_ngram_size: 1, bad_words_ids: {banned}}}
device: cpu
""", encoding="utf-8")
    assert main(["models", "convert", str(config), "-o", str(tmp_path / "ct2"), "--quantization", "float32"]) == 0
    written = load_config(tmp_path / "ct2" / "vinai-tiny-ct2-float32.yaml")
    assert written.translator.settings["engine"] == "ctranslate2"
    assert written.translator.settings["tgt_lang_as"] == "decoder_start"
    texts = ["Hoa Kỳ và Việt Nam.", "Thượng tướng Hoàng Xuân Chiến nhấn mạnh.\nHai bên nhất trí."]
    fast = Pipeline.from_config(written).translator
    reference = Pipeline.from_config(load_config(config)).translator
    expected = reference.translate(texts)
    assert all(len(set(t.split())) > 3 for t in expected)  # random weights write something, never repeating
    english = fast.translate(texts)
    assert english == expected and english.warnings == expected.warnings


def test_models_convert_writes_folders_and_a_config_that_runs(tiny_config, tmp_path, capsys, seed_paths):
    from vnsumm.cli import main
    from vnsumm.config import load_config
    from vnsumm.pipeline import Pipeline

    assert main(["models", "convert", str(tiny_config), "-o", str(tmp_path), "--quantization", "int8"]) == 0
    printed = capsys.readouterr().out
    written = tmp_path / "tiny-ct2-int8.yaml"
    assert f"config: {written}" in printed
    config = load_config(written)
    assert config.summarizer.backend == config.translator.backend == "seq2seq"
    assert config.summarizer.settings["engine"] == config.translator.settings["engine"] == "ctranslate2"
    assert config.summarizer.model == config.translator.model  # one model, converted once
    assert config.translator.settings["prefix"] == "vi: "  # every other setting kept
    pipeline = Pipeline.from_config(config)
    brief = pipeline.brief(seed_paths[4].read_text(encoding="utf-8"))
    assert brief.summary and brief.brief_en
    assert brief.models["summarizer"]["engine"] == "ctranslate2"


def test_release_frees_the_model_after_each_call_and_changes_no_output(t5_float32, spans):
    def engine(release):
        return load_engine("ctranslate2", str(t5_float32), EngineSettings(
            device="cpu", compute_type="float32", release=release, generation={"num_beams": 1, "max_new_tokens": 20}))

    kept, released = engine(False), engine(True)
    assert not released.translator.model_is_loaded  # not in memory until the first call
    expected = kept.generate(spans[:6])
    assert released.generate(spans[:6]) == expected and not released.translator.model_is_loaded
    assert released.generate(spans[:6]) == expected and not released.translator.model_is_loaded  # reloaded
    assert kept.translator.model_is_loaded
    with pytest.raises(ConfigError, match="release must be true or false"):
        EngineSettings.from_stage({"release": "yes"})
