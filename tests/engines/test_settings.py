"""EngineSettings: the engine settings declared once, read from a stage config, checked per engine."""
import pytest

from vnsumm.engines.settings import EngineSettings
from vnsumm.errors import ConfigError


def test_stage_settings_win_over_run_settings_and_unknown_ones_are_refused():
    settings = EngineSettings.from_stage({"prefix": "vi: ", "generation": {"num_beams": 2}},
                                         config_key="translator.model", device="cpu", batch_size=5)
    assert (settings.device, settings.batch_size, settings.prefix) == ("cpu", 5, "vi: ")
    assert settings.generation == {"num_beams": 2} and settings.config_key == "translator.model"
    with pytest.raises(ConfigError, match="beams is not an engine setting"):
        EngineSettings.from_stage({"beams": 4})


@pytest.mark.parametrize("settings, message", [
    ({"generation": [1, 2]}, "generation must be a mapping"),
    ({"max_input_tokens": 0}, "max_input_tokens must be a positive integer"),
    ({"batch_size": "8"}, "batch_size must be a positive integer"),
])
def test_bad_values_are_config_errors(settings, message):
    with pytest.raises(ConfigError, match=message):
        EngineSettings.from_stage(settings)


def test_each_engine_refuses_what_only_the_other_takes():
    EngineSettings(compute_type="int8", tokenizer="/t").check_for("ctranslate2")
    with pytest.raises(ConfigError, match="the transformers engine has no setting tokenizer"):
        EngineSettings(tokenizer="/t").check_for("transformers")
    with pytest.raises(ConfigError, match="tgt_lang_as must be forced_bos"):
        EngineSettings(tgt_lang_as="prefix").check_for("transformers")
    with pytest.raises(ConfigError, match="num_return_sequences must be 1"):
        EngineSettings(generation={"num_return_sequences": 3}).check_for("transformers")
