"""Options a command would accept and then ignore in some mode are refused there, in one line, before any work."""
import json

import pytest

from vnsumm.cli import main


def refused(capsys, *args) -> tuple[int, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, err.strip()


@pytest.mark.parametrize("extra, message", [
    (["--force"], "--force needs an output folder (-o DIR)"),
    (["--allow-input-folder"], "--allow-input-folder needs an output folder (-o DIR)"),
    (["--ray-actors", "3"], "--ray-actors sets the actors of a Ray run: add --ray, or leave it out"),
])
def test_brief_options_of_another_mode_are_refused(capsys, seed_paths, extra, message):
    code, err = refused(capsys, "brief", seed_paths[0], "-c", "extractive", *extra)
    assert code == 2 and err == f"vnsumm: error: {message}"


@pytest.mark.parametrize("extra, given", [(["-r"], "-r/--recursive"), (["--follow-symlinks"], "--follow-symlinks"),
                                         (["-r", "--ray"], "-r/--recursive")])
def test_folder_options_without_a_folder_are_refused(capsys, seed_paths, tmp_path, extra, given):
    code, err = refused(capsys, "brief", seed_paths[0], "-c", "extractive", "-o", tmp_path / "out", *extra)
    assert code == 2 and err == (f"vnsumm: error: {given} looks into folders, and no folder is among the inputs: "
                                 "name a folder, or leave it out")
    assert not (tmp_path / "out").exists()
    code = main(["brief", str(seed_paths[0].parent), "-c", "extractive", "-o", str(tmp_path / "folder"), "-r", "-q"])
    assert code == 0 and (tmp_path / "folder").is_dir()


def test_a_mistyped_folder_with_r_is_named_as_missing_not_as_a_missing_folder_option(capsys, seed_paths, tmp_path):
    code, err = refused(capsys, "brief", seed_paths[0], tmp_path / "nowhere", "-r", "-c", "extractive", "-o", tmp_path / "o")
    assert code == 2 and err.endswith("nowhere: no such file or folder") and not (tmp_path / "o").exists()


def test_a_fetch_deadline_is_refused_on_ray_before_ray_starts(capsys, seed_paths, tmp_path):
    code, err = refused(capsys, "brief", seed_paths[0], "-c", "extractive", "-o", tmp_path / "out", "--fetch-deadline",
                        "2", "--ray")
    assert code == 2 and "--fetch-deadline: not supported with --ray" in err and not (tmp_path / "out").exists()


@pytest.fixture
def rows(tmp_path):
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps({"id": "a", "article": "Hà Nội mưa to. Đường ngập.", "summary": "Hà Nội mưa."}) + "\n",
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("extra, message", [
    (["--no-baselines", "--lead-k", "5"], "--lead-k with --no-baselines: no baseline is run"),
    (["--task", "translate", "--baseline", "lead"], "--baseline with --task translate"),
    (["--baseline", "extractive", "--lead-k", "2"], "--lead-k sets the lead baseline, which --baseline leaves out"),
    (["--batch-size", "0"], "--batch-size must be a positive integer"),
    (["--split", "test"], "is a file, not a save_to_disk DatasetDict"),
])
def test_eval_settings_that_would_change_nothing_are_refused(capsys, rows, tmp_path, extra, message):
    code, err = refused(capsys, "eval", "-c", "extractive", "-d", rows, "-o", tmp_path / "ev", "-q", *extra)
    assert code != 0 and message in err and not (tmp_path / "ev" / "scores.json").exists()


@pytest.mark.parametrize("action, extra", [("list", ["-o", "x"]), ("download", ["--quantization", "int8"])])
def test_convert_settings_are_refused_for_the_other_models_actions(capsys, action, extra):
    code, err = refused(capsys, "models", action, "extractive", *extra)
    assert code == 2 and "are settings of 'models convert'" in err


def test_eval_without_a_chart_does_not_say_it_wrote_one(capsys, rows, tmp_path):
    code = main(["eval", "-c", "extractive", "-d", str(rows), "-o", str(tmp_path / "ev"), "-q", "--no-plot",
                 "--bootstrap", "10", "--no-baselines"])
    err = capsys.readouterr().err
    assert code == 0 and "scores.png" not in err and not (tmp_path / "ev" / "scores.png").exists()
