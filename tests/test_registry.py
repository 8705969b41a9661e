"""Back ends by name: settings checked against what each back end declares, engines built from stage configs."""
import pytest

from vnsumm import registry
from vnsumm.config import StageConfig
from vnsumm.errors import ConfigError


def build(stage, backend, model=None, **settings):
    return registry.build(stage, StageConfig(backend, model, settings), device="cpu", batch_size=3)


def test_unknown_backend_lists_the_known_ones():
    with pytest.raises(ConfigError, match="unknown translator backend 'magic'; choose one of llm, seq2seq, none"):
        build("translator", "magic")


def test_unknown_setting_names_backend_setting_and_the_allowed_ones():
    with pytest.raises(ConfigError) as error:
        build("summarizer", "seq2seq", "some/model", beams=4)
    message = str(error.value)
    assert message.startswith("summarizer backend 'seq2seq' has no setting beams (settings: max_rounds, engine, ")
    for allowed in ("prefix", "generation", "compute_type", "threads"):
        assert allowed in message
    assert "device" not in message.split("settings:")[1]  # a run setting, not a stage one
    with pytest.raises(ConfigError, match="'extractive' has no setting max_rounds \\(settings: method, k, max_sentences, "
                                          "max_words, redundancy, duplicate, weights\\)"):
        build("summarizer", "extractive", max_rounds=2)


def test_run_settings_are_not_stage_settings():
    with pytest.raises(ConfigError, match="has no setting device"):
        build("translator", "seq2seq", "some/model", device="cpu")


def test_engine_names_and_engine_only_settings_are_checked_before_any_model_loads(tmp_path):
    missing = str(tmp_path / "no-such-model")
    with pytest.raises(ConfigError, match="unknown summarizer.engine 'onnx'; choose one of transformers, ctranslate2"):
        build("summarizer", "seq2seq", missing, engine="onnx")
    with pytest.raises(ConfigError, match="the transformers engine runs compute_type default, float32, float16, bfloat16, not .int8."):
        build("summarizer", "seq2seq", missing, compute_type="int8")
    with pytest.raises(ConfigError, match="set translator.model"):
        build("translator", "seq2seq")
    with pytest.raises(ConfigError, match="takes no model"):
        build("summarizer", "extractive", "some/model")


def test_stage_settings_go_to_the_stage_and_engine_settings_to_its_engine(tiny_t5):
    summarizer = build("summarizer", "seq2seq", str(tiny_t5), max_rounds=2, max_input_tokens=64, prefix="x: ",
                       generation={"num_beams": 1, "max_new_tokens": 7})
    assert summarizer.max_rounds == 2
    engine = summarizer.engine
    assert (engine.batch_size, engine.max_input_tokens, engine.prefix, engine.max_new_tokens) == (3, 64, "x: ", 7)
    assert summarizer.describe()["backend"] == "seq2seq" and summarizer.describe()["engine"] == "transformers"
    with pytest.raises(ConfigError, match="max_rounds must be a positive integer"):
        build("summarizer", "seq2seq", str(tiny_t5), max_rounds=0)


def test_the_transformers_engine_refuses_unknown_generate_settings_up_front(tiny_t5):
    with pytest.raises(ConfigError, match="the transformers engine has no generation setting num_beam"):
        build("translator", "seq2seq", str(tiny_t5), generation={"num_beam": 4})
    with pytest.raises(ConfigError, match="num_beam_groups"):
        build("translator", "seq2seq", str(tiny_t5), generation={"num_beams": 4, "num_beam_groups": 2,
                                                                 "diversity_penalty": 0.5})
    with pytest.raises(ConfigError, match="refused by transformers: .*temperature"):
        build("translator", "seq2seq", str(tiny_t5), generation={"do_sample": False, "temperature": 0.5})


PLUGIN = '''
class Echo:
    def __init__(self, suffix: str = ""):
        self.suffix = suffix

    def translate(self, texts):
        return [t + self.suffix for t in texts]

    def describe(self):
        return {"backend": "echo"}
'''


def test_a_plugin_given_as_module_and_class_takes_its_constructor_keywords(tmp_path, monkeypatch):
    (tmp_path / "echo_plugin.py").write_text(PLUGIN, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setitem(registry.TRANSLATORS, "echo", "echo_plugin:Echo")
    assert build("translator", "echo", suffix="!").translate(["a"]) == ["a!"]
    with pytest.raises(ConfigError, match="'echo' has no setting colour \\(settings: suffix\\)"):
        build("translator", "echo", colour="red")
