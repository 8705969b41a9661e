from pathlib import Path

import pytest

from vnsumm.config import available_configs, load_config, parse_overrides
from vnsumm.errors import ConfigError
from vnsumm.pipeline import Pipeline


def test_named_configs_ship_with_the_package():
    assert {"default", "opus", "extractive", "lead", "vinai"} <= set(available_configs())


def test_default_config_names_vit5_and_envit5_with_prefixes():
    config = load_config("default")
    assert config.summarizer.model == "VietAI/vit5-base-vietnews-summarization"
    assert config.summarizer.settings["max_input_tokens"] == 1024
    assert config.translator.model == "VietAI/envit5-translation"
    assert config.translator.settings["prefix"] == "vi: "
    assert config.translator.settings["output_prefix"] == "en: "


def test_large_needs_its_vietnews_prefix():
    assert load_config("vit5-large").summarizer.settings["prefix"] == "vietnews: "


def test_config_by_path_and_overrides(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("summarizer: {backend: extractive, k: 2}\ntranslator: {backend: none}\n")
    config = load_config(path, ["summarizer.k=4", "device=cpu", "summarizer.generation.num_beams=2"])
    assert config.name == "mine"
    assert config.summarizer.settings["k"] == 4
    assert config.summarizer.settings["generation"] == {"num_beams": 2}
    assert config.device == "cpu"


def test_overrides_parse_yaml_values():
    assert parse_overrides(["a.b=3", "c=true", "d=vi: ", "e=[1, 2]"]) == {"a.b": 3, "c": True, "d": "vi: ", "e": [1, 2]}
    with pytest.raises(ConfigError, match="key=value"):
        parse_overrides(["oops"])


def test_unknown_config_lists_the_available_ones():
    with pytest.raises(ConfigError, match="extractive"):
        load_config("no-such-config")


@pytest.mark.parametrize(
    "text, message",
    [
        ("summarizer: {backend: extractive}\ncolour: red\n", "unknown field"),
        ("summarizer: {backend: extractive}\nbatch_size: 0\n", "batch_size"),
        ("summarizer: {backend: extractive}\ndevice: tpu\n", "device"),
        ("summarizer: {k: 3}\n", "backend is missing"),
        ("- a list\n", "mapping"),
    ],
)
def test_bad_configs_are_clear_errors(tmp_path, text, message):
    path = tmp_path / "bad.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=message):
        load_config(path)


def test_unknown_backend_and_unknown_setting_are_config_errors():
    with pytest.raises(ConfigError, match="unknown summarizer backend 'magic'.*extractive"):
        Pipeline.from_config("extractive", ["summarizer.backend=magic"])
    with pytest.raises(ConfigError, match="no setting beams"):
        Pipeline.from_config("extractive", ["summarizer.beams=4"])


def test_fingerprint_follows_settings_not_name():
    a = load_config("extractive")
    assert a.fingerprint() == load_config("extractive").fingerprint()
    assert a.fingerprint() != load_config("extractive", ["summarizer.k=5"]).fingerprint()


def test_dump_config_writes_a_loadable_config_and_refuses_a_bad_one(tmp_path):
    from vnsumm.config import dump_config

    raw = {"summarizer": {"backend": "seq2seq", "engine": "ctranslate2", "model": "m", "prefix": "vi: "},
           "translator": {"backend": "none"}, "batch_size": 4}
    path = dump_config(raw, tmp_path / "sub" / "mine.yaml", "written by a test\nsecond line")
    assert path.read_text(encoding="utf-8").startswith("# written by a test\n# second line\n")
    config = load_config(path)
    assert config.summarizer.settings == {"engine": "ctranslate2", "prefix": "vi: "} and config.batch_size == 4
    with pytest.raises(ConfigError, match="batch_size"):
        dump_config({**raw, "batch_size": 0}, tmp_path / "bad.yaml")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sub"]  # nothing written for the bad one


def test_the_old_ctranslate2_backend_names_the_new_engine_key(tmp_path):
    path = tmp_path / "old.yaml"
    path.write_text("summarizer: {backend: extractive}\ntranslator: {backend: ctranslate2, model: m}\n")
    with pytest.raises(ConfigError, match="translator.backend ctranslate2 is now an engine: use backend: seq2seq "
                                          "with engine: ctranslate2"):
        load_config(path)


def test_ct2_config_runs_seq2seq_stages_on_the_ctranslate2_engine():
    config = load_config("ct2")
    for stage in (config.summarizer, config.translator):
        assert stage.backend == "seq2seq" and stage.settings["engine"] == "ctranslate2"
        assert stage.settings["generation"]["patience"] == 1


@pytest.mark.parametrize("override", ["batch_size=true", "batch_size=0", "max_input_bytes=false", "batch_size=2.5"])
def test_run_settings_must_be_real_positive_integers(override):
    with pytest.raises(ConfigError, match="must be a positive integer"):
        load_config("extractive", [override])


def test_a_stage_without_its_model_is_a_config_error_exit_2(capsys):
    from vnsumm.cli import main

    seed = Path(__file__).resolve().parents[1] / "seeds" / "000_2b6d86a53e841c95.txt"
    assert main(["brief", str(seed), "-c", "extractive", "-s", "translator.backend=seq2seq"]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "translator.model" in err and "internal error" not in err
