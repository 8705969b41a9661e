import pytest

from vnsumm.translate.seq2seq import Seq2SeqTranslator


@pytest.fixture(scope="module")
def envit5_style(tiny_t5):
    return Seq2SeqTranslator.load(str(tiny_t5), device="cpu", batch_size=3, prefix="vi: ", output_prefix="en: ",
                             max_input_tokens=64, generation={"num_beams": 1, "max_new_tokens": 40})


def record(translator):
    calls = []
    original = translator.engine.generate

    def generate(texts):
        calls.append(list(texts))
        return original(texts)

    translator.engine.generate = generate
    return calls


def test_output_prefix_is_stripped(envit5_style):
    [english] = envit5_style.translate(["Thượng tướng Hoàng Xuân Chiến nhấn mạnh"])
    assert english == "Thượng tướng Hoàng Xuân Chiến nhấn mạnh"  # the copier echoes; "en: " is gone


def test_every_sentence_is_translated_once_in_order(envit5_style):
    summary = "Thượng tướng Hoàng Xuân Chiến nhấn mạnh. Hoa Kỳ và Việt Nam ký kết.\nHai bên nhất trí hợp tác."
    calls = record(envit5_style)
    try:
        [english] = envit5_style.translate([summary])
    finally:
        del envit5_style.engine.generate
    assert calls == [["Thượng tướng Hoàng Xuân Chiến nhấn mạnh.", "Hoa Kỳ và Việt Nam ký kết.", "Hai bên nhất trí hợp tác."]]
    first, second = english.split("\n")
    assert first.startswith("Thượng tướng Hoàng Xuân Chiến")
    assert len(second) > 0


def test_many_texts_share_batches_and_keep_their_own_sentences(envit5_style):
    texts = ["Hoa Kỳ và Việt Nam.", "", "Thượng tướng Hoàng Xuân Chiến nhấn mạnh. Hoa Kỳ và Việt Nam."]
    calls = record(envit5_style)
    try:
        out = envit5_style.translate(texts)
    finally:
        del envit5_style.engine.generate
    assert len(calls) == 1 and len(calls[0]) == 3  # one batched call for all sentences
    assert out[1] == ""
    assert out[2].startswith("Thượng tướng Hoàng Xuân Chiến")


def test_marian_sentence_over_the_limit_is_split_not_truncated(tiny_marian):
    translator = Seq2SeqTranslator.load(str(tiny_marian), device="cpu", generation={"num_beams": 1, "max_new_tokens": 4})
    assert translator.engine.max_input_tokens == 512
    giant = ", ".join(["Hoa Kỳ và Việt Nam hợp tác quốc phòng"] * 120) + "."
    [pieces] = translator.segments(giant)
    assert len(pieces) > 1
    assert all(n <= 512 for n in translator.engine.count_tokens(pieces))
    assert " ".join(pieces).split() == giant.split()
    [english] = translator.translate([giant])
    assert isinstance(english, str)


@pytest.fixture(scope="module")
def mbart_en_default(tiny_mbart, tmp_path_factory):
    """The tiny mBART with its tokenizer saved for English input (en_XX), so only src_lang can make it vi_VN."""
    import shutil

    from transformers import MBartTokenizer

    folder = tmp_path_factory.mktemp("mbart-en") / "mbart"
    shutil.copytree(tiny_mbart, folder)
    tokenizer = MBartTokenizer.from_pretrained(str(folder), src_lang="en_XX", tgt_lang="en_XX")
    tokenizer.save_pretrained(str(folder))
    return folder


def test_mbart_language_codes_as_the_vinai_model_card_uses_them(mbart_en_default):
    def source_code(translator):
        ids = translator.engine.tokenizer(["Hoa Kỳ và Việt Nam."]).input_ids[0]
        return translator.engine.tokenizer.convert_ids_to_tokens(ids)[-1]

    generation = {"num_beams": 1, "max_new_tokens": 5}
    assert source_code(Seq2SeqTranslator.load(str(mbart_en_default), device="cpu", generation=generation)) == "en_XX"
    translator = Seq2SeqTranslator.load(str(mbart_en_default), device="cpu", src_lang="vi_VN", tgt_lang="en_XX",
                                        tgt_lang_as="decoder_start", generation=generation)
    engine = translator.engine
    en_xx = engine.tokenizer.convert_tokens_to_ids("en_XX")
    assert source_code(translator) == "vi_VN"  # the source language code on the input, set by src_lang
    seen = []
    original = engine.model.generate

    def spy(**kwargs):
        out = original(**kwargs)
        seen.append(out[:, 0].tolist())
        return out

    engine.model.generate = spy
    try:
        [english] = translator.translate(["Hoa Kỳ và Việt Nam."])
    finally:
        engine.model.generate = original
    assert seen == [[en_xx]]  # decoding starts from the target language code
    assert "en_XX" not in english


def test_a_sentence_cut_at_max_new_tokens_is_reported_per_text(tiny_t5):
    def run(max_new_tokens):
        translator = Seq2SeqTranslator.load(str(tiny_t5), device="cpu", prefix="vi: ", output_prefix="en: ",
                                            generation={"num_beams": 1, "max_new_tokens": max_new_tokens})
        english = translator.translate(texts)
        return list(english), english.warnings

    texts = ["Thượng tướng Hoàng Xuân Chiến nhấn mạnh", "", "Hoa Kỳ công bố khoản hỗ trợ mới. Hai bên nhất trí."]
    english, warnings = run(40)
    assert english[0] == texts[0] and warnings == [[], [], []]  # the copier copies, in full
    english, warnings = run(4)
    assert warnings[1] == [] and warnings[2] == [
        "a translated sentence was cut at max_new_tokens=4; raise translator.generation.max_new_tokens"]
    assert len(english[2].split()) < 9


def test_unknown_target_language_is_a_config_error(tiny_mbart):
    from vnsumm.errors import ConfigError

    with pytest.raises(ConfigError, match="xx_YY"):
        Seq2SeqTranslator.load(str(tiny_mbart), device="cpu", tgt_lang="xx_YY")


def test_opus_style_config_reports_cut_translations_on_the_brief(tiny_opus_config, seed_paths):
    from vnsumm.pipeline import Pipeline

    pipeline = Pipeline.from_config(str(tiny_opus_config))
    assert pipeline.describe()["translator"]["engine"] == "transformers"
    # the config forces every sentence to 8 tokens (min_new_tokens = max_new_tokens): each one is cut
    brief = pipeline.brief(seed_paths[0].read_text(encoding="utf-8"))
    assert brief.brief_en
    assert "a translated sentence was cut at max_new_tokens=8; raise translator.generation.max_new_tokens" in brief.warnings
    assert not any(w.startswith("summary cut") for w in brief.warnings)  # the extractive summary is whole
