"""Finding models offline: a folder, the Hugging Face cache, or the hub; one-line errors naming the fix."""
from pathlib import Path

import pytest

from vnsumm.errors import ModelError
from vnsumm.models import download, hub_reachable, load_seq2seq, locate, looks_like_path, missing_model_message


def test_hub_names_and_paths_are_told_apart():
    assert not looks_like_path("VietAI/vit5-base-vietnews-summarization")
    assert not looks_like_path("t5-small")
    for path in ("./models/x", "/abs/x", "~/x", "models/ct2/x", "C:\\models\\x"):
        assert looks_like_path(path), path


def test_locate_a_folder_a_missing_folder_and_an_uncached_hub_name(tiny_t5, tmp_path):
    found = locate(str(tiny_t5))
    assert (found.kind, found.offline_ready) == ("folder", True) and found.path == str(tiny_t5.resolve())
    missing = locate(str(tmp_path / "nothing" / "here"))
    assert (missing.kind, missing.offline_ready) == ("missing", False)
    hub = locate("no-such-org/no-such-model-vnsumm")
    assert (hub.kind, hub.offline_ready) == ("hub", False)  # not cached; the hub is off in tests


def test_the_hub_is_unreachable_when_offline():
    assert not hub_reachable()


def test_missing_model_messages_say_what_to_do(tmp_path):
    folder = str(tmp_path / "gone")
    message = missing_model_message(folder, "translator.model")
    assert "does not exist" in message and "point translator.model at a folder" in message
    message = missing_model_message("no-such-org/no-such-model-vnsumm", "summarizer.model")
    assert "vnsumm models download CONFIG" in message and "summarizer.model=/path/to/local/folder" in message
    assert "\n" not in message


def test_load_and_download_fail_in_one_line(tiny_t5, tmp_path):
    tokenizer, model = load_seq2seq(str(tiny_t5), "cpu")
    assert model.config.model_type == "t5" and not model.training and tokenizer("a").input_ids
    with pytest.raises(ModelError, match="point summarizer.model at a folder"):
        load_seq2seq(str(tmp_path / "gone"), "cpu", "summarizer.model")
    with pytest.raises(ModelError, match="not in the Hugging Face cache"):
        load_seq2seq("no-such-org/no-such-model-vnsumm", "cpu")
    with pytest.raises(ModelError, match="cannot download 'no-such-org/no-such-model-vnsumm'"):
        download("no-such-org/no-such-model-vnsumm")
    assert download(str(tiny_t5)) == str(tiny_t5.resolve())
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "config.json").write_text("{}", encoding="utf-8")
    with pytest.raises(ModelError) as error:
        load_seq2seq(str(tmp_path / "broken"), "cpu")
    assert "\n" not in str(error.value)


def test_a_pickle_model_that_torch_refuses_is_one_line_suggesting_safetensors(tmp_path, tiny_t5, capsys):
    import os
    import shutil

    import torch
    from safetensors.torch import load_file

    from vnsumm.cli import main

    folder = tmp_path / "pickled"
    shutil.copytree(tiny_t5, folder)
    state = load_file(str(folder / "model.safetensors"))

    class Payload:  # what a malicious checkpoint carries: a call to run on load
        def __reduce__(self):
            return (os.system, ("echo never-run",))

    state["payload"] = Payload()
    torch.save(state, folder / "pytorch_model.bin")
    (folder / "model.safetensors").unlink()
    article = tmp_path / "a.txt"
    shutil.copy(Path(__file__).resolve().parents[1] / "seeds" / "000_2b6d86a53e841c95.txt", article)
    config = tmp_path / "pickled.yaml"
    config.write_text(f"summarizer: {{backend: seq2seq, model: {folder}}}\ntranslator: none\ndevice: cpu\n")
    code = main(["brief", str(article), "-c", str(config)])
    err = capsys.readouterr().err
    assert code == 1 and len(err.strip().splitlines()) == 1, err
    assert "safetensors" in err and "weights_only" not in err and "never-run" not in err
