import json
import shutil

import pytest

from vnsumm.cli import main


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_brief_of_one_file_prints_markdown(capsys, seed_paths):
    code, out, err = run(capsys, "brief", seed_paths[0], "-c", "extractive")
    assert code == 0
    assert out.startswith("# Đối thoại chính sách quốc phòng Việt Nam - Hoa Kỳ lần thứ 13")
    assert "No English brief was made" in out


def test_brief_json_for_one_file(capsys, seed_paths):
    code, out, _ = run(capsys, "brief", seed_paths[4], "-c", "extractive", "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["brief_en"] is None and data["summary"]


def test_folder_writes_one_output_per_article_and_an_index(capsys, tmp_path, seed_paths):
    out_dir = tmp_path / "out"
    code, _, err = run(capsys, "brief", seed_paths[0].parent, "-c", "extractive", "-o", out_dir)
    assert code == 0
    assert sorted(p.name for p in out_dir.glob("*.md")) == sorted(p.stem + ".md" for p in seed_paths)
    index = json.loads((out_dir / "index.json").read_text())
    assert len(index["done"]) == 5 and index["failed"] == []
    assert "5 done" in err.strip().splitlines()[-1]


def test_jsonl_folder_run(capsys, tmp_path, seed_paths):
    out_dir = tmp_path / "out"
    code, _, _ = run(capsys, "brief", *seed_paths[:3], "-c", "extractive", "-o", out_dir, "--format", "jsonl")
    lines = (out_dir / "briefs.jsonl").read_text().splitlines()
    assert code == 0 and len(lines) == 3
    assert {json.loads(line)["id"] for line in lines} == {str(p) for p in seed_paths[:3]}


def test_recursive_and_overrides(capsys, tmp_path, seed_paths):
    nested = tmp_path / "in" / "deep"
    nested.mkdir(parents=True)
    shutil.copy(seed_paths[1], nested / "a.txt")
    out_dir = tmp_path / "out"
    code, _, _ = run(capsys, "brief", tmp_path / "in", "-c", "lead", "-s", "summarizer.k=1", "-o", out_dir,
                     "--recursive", "--format", "json")
    data = json.loads((out_dir / "deep" / "a.json").read_text())
    assert code == 0 and data["models"]["summarizer"]["k"] == 1


def test_several_articles_without_output_folder_is_a_usage_error(capsys, seed_paths):
    code, out, err = run(capsys, "brief", seed_paths[0].parent, "-c", "extractive")
    assert code == 2 and "-o DIR" in err and out == ""


def test_tiny_model_pipeline_through_the_cli(capsys, tmp_path, tiny_config, seed_paths):
    out_dir = tmp_path / "out"
    code, _, err = run(capsys, "brief", *seed_paths[3:], "-c", tiny_config, "-o", out_dir, "--format", "json")
    assert code == 0, err
    for path in seed_paths[3:]:
        data = json.loads((out_dir / (path.stem + ".json")).read_text())
        assert data["brief_en"] and not data["brief_en"].startswith("en:")
        assert data["models"]["translator"]["backend"] == "seq2seq"


def test_missing_model_is_one_line_without_traceback(capsys, tmp_path, seed_paths):
    code, out, err = run(capsys, "brief", seed_paths[0], "-c", "default", "-o", tmp_path / "o")
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "vnsumm models download" in err
    assert not (tmp_path / "o").exists()


def test_cuda_asked_for_without_cuda(capsys, tiny_config, seed_paths):
    pytest.importorskip("torch")
    import torch

    if torch.cuda.is_available():
        pytest.skip("this machine has CUDA")
    code, _, err = run(capsys, "brief", seed_paths[0], "-c", tiny_config, "--device", "cuda")
    assert code == 1 and "no CUDA GPU" in err


def test_clean_prints_text_and_json(capsys, seed_paths):
    code, out, _ = run(capsys, "clean", seed_paths[0])
    assert code == 0 and out.startswith("Đối thoại chính sách quốc phòng")
    code, out, _ = run(capsys, "clean", seed_paths[0], "--format", "json")
    data = json.loads(out)
    assert {"title", "date", "source", "body", "sentences"} <= set(data)


def test_models_lists_where_each_model_resolves(capsys, tiny_config):
    code, out, _ = run(capsys, "models", "default")
    assert code == 0
    assert "VietAI/vit5-base-vietnews-summarization" in out and "NOT available offline" in out
    assert "vnsumm models download default" in out
    code, out, _ = run(capsys, "models", "list", tiny_config)
    assert "ready offline" in out and "NOT" not in out
    code, out, _ = run(capsys, "models", "extractive")
    assert "needs no model" in out


def test_models_download_offline_fails_clearly(capsys):
    code, _, err = run(capsys, "models", "download", "opus")
    assert code == 1 and "cannot download 'VietAI/vit5-base-vietnews-summarization'" in err


def test_models_list_of_unconverted_ct2_config_suggests_convert(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the ct2 config names folders relative to the working directory
    code, out, _ = run(capsys, "models", "ct2")
    assert code == 0 and "missing" in out
    assert "vnsumm models convert" in out and "models download" not in out


def test_models_of_an_llm_config_are_served_not_downloaded(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    config = tmp_path / "two-step.yaml"
    config.write_text("summarizer: {backend: llm, model: qwen2.5:7b}\ntranslator: {backend: llm}\n")
    assert main(["models", "download", str(config)]) == 0  # nothing fetched: no hub name to fetch
    assert main(["models", str(config)]) == 0
    out = capsys.readouterr().out
    assert "summarizer  qwen2.5:7b" in out and "translator  the server's model" in out
    assert out.count("served by an OpenAI-compatible server") == 2 and "not downloaded" not in out


def test_eval_never_replaces_the_review_page_of_a_brief_run(capsys, tmp_path, seed_paths):
    out = tmp_path / "out"
    assert run(capsys, "brief", *seed_paths[:2], "-c", "extractive", "-o", out)[0] == 0
    page = (out / "index.html").read_text(encoding="utf-8")
    data = tmp_path / "d.jsonl"
    data.write_text("".join(json.dumps({"id": str(n), "article": p.read_text(encoding="utf-8"), "summary": "Tóm tắt."},
                                       ensure_ascii=False) + "\n" for n, p in enumerate(seed_paths[:2])),
                    encoding="utf-8")
    code, _, err = run(capsys, "eval", "-c", "lead", "-d", data, "-o", out, "-q")
    assert code == 2 and "the review page of a brief run" in err and len(err.strip().splitlines()) == 1
    assert (out / "index.html").read_text(encoding="utf-8") == page and not (out / "scores.json").exists()
