"""Smoke test of eval/bench.py on tiny architectures: every runner does the same work, the last line parses."""
import json
import re
from pathlib import Path

import pytest
from scripts import load_script

BENCH = Path(__file__).resolve().parents[2] / "eval" / "bench.py"

TINY_T5 = {"model_type": "t5", "d_model": 32, "d_kv": 16, "d_ff": 64, "num_layers": 1, "num_decoder_layers": 1,
           "num_heads": 2, "feed_forward_proj": "relu", "vocab_size": 1100, "pad_token_id": 0, "eos_token_id": 1,
           "decoder_start_token_id": 0}
TINY_MARIAN = {"model_type": "marian", "d_model": 32, "encoder_layers": 1, "decoder_layers": 1,
               "encoder_attention_heads": 2, "decoder_attention_heads": 2, "encoder_ffn_dim": 64,
               "decoder_ffn_dim": 64, "max_position_embeddings": 512, "vocab_size": 1100, "decoder_vocab_size": 1100,
               "pad_token_id": 1099, "decoder_start_token_id": 1099, "eos_token_id": 0, "forced_eos_token_id": 0}


def load_bench():
    return load_script(BENCH, "vnsumm_bench")


def tiny_configs(folder: Path) -> Path:
    folder.mkdir()
    for name, config in (("vit5-base", TINY_T5), ("opus-mt-vi-en", TINY_MARIAN)):
        (folder / f"{name}.json").write_text(json.dumps({"_source": "tiny test copy", **config}))
    return folder


def quick_bench(tmp_path: Path, *args: str) -> list[dict]:
    """``eval/bench.py --quick`` in this process on the tiny models, with ``args`` added: each runner's result."""
    results = tmp_path / "results.json"
    bench = load_bench()
    bench.DATA = tmp_path / "no-data"  # the tokenizer learns from the repo's seeds only, never ../shared
    assert bench.main(["--quick", "--in-process", "--translator", "opus", "--vocab", "1000", "--batch-size", "4", *args,
                       "--work", str(tmp_path / "work"), "--model-configs", str(tiny_configs(tmp_path / "configs")),
                       "--json", str(results)]) == 0
    return json.loads(results.read_text())["results"]


def test_bench_runs_all_three_runners_on_equal_work(tmp_path, capsys):
    runs = quick_bench(tmp_path)
    lines = capsys.readouterr().out.strip().splitlines()
    assert re.fullmatch(r"speedup_vs_naive=\d+\.\d+ rss_ratio_vs_naive=\d+\.\d+ best=\w+ cpu_speedup_vs_naive=\d+\.\d+", lines[-1])
    assert [r["runner"] for r in runs] == ["naive", "transformers", "ctranslate2"]
    assert runs[0]["articles"] == 5 and all(r["articles"] == 5 for r in runs)
    assert all(r["inputs"] == runs[0]["inputs"] for r in runs)  # same summaries and sentences for everyone
    assert runs[0]["inputs"]["summarizer"] == 5 and runs[0]["inputs"]["translator"] >= 5
    assert [r["compute_type"] for r in runs][:2] == ["float32", "float32"] and runs[2]["compute_type"].startswith("int8")


def test_the_transformers_runner_takes_the_compute_type_asked_for(tmp_path):
    runs = quick_bench(tmp_path, "--runners", "naive,transformers", "--compute-type", "bfloat16")
    assert [r["compute_type"] for r in runs] == ["float32", "bfloat16"]  # the naive loop keeps the model card's


def test_a_runner_setting_without_its_runner_is_refused(capsys):
    with pytest.raises(SystemExit):
        load_bench().parse_args(["--runners", "naive,ctranslate2", "--compute-type", "bfloat16"])
    assert "--compute-type is the transformers runner's" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        load_bench().parse_args(["--runners", "naive,transformers", "--release"])
    assert "--release and --inter-threads are the ctranslate2 runner's" in capsys.readouterr().err


def cuda_available() -> bool:
    import torch

    return torch.cuda.is_available()


@pytest.mark.skipif(cuda_available(), reason="this machine has a GPU: test_bench_on_the_gpu runs instead")
def test_a_gpu_bench_without_a_gpu_is_refused_in_one_line(capsys):
    with pytest.raises(SystemExit):
        load_bench().parse_args(["--device", "cuda", "--runners", "naive,transformers"])
    assert "torch sees no CUDA GPU" in capsys.readouterr().err


@pytest.mark.skipif(not cuda_available(), reason="torch sees no CUDA GPU")
def test_bench_on_the_gpu_puts_both_torch_runners_there(tmp_path, capsys):
    runs = quick_bench(tmp_path, "--device", "cuda", "--runners", "naive,transformers")
    out = capsys.readouterr().out
    assert "peak GPU MB" in out and "models on cuda" in out
    assert [r["runner"] for r in runs] == ["naive", "transformers"] and all(r["peak_gpu_mb"] > 0 for r in runs)
    assert runs[0]["inputs"] == runs[1]["inputs"]


def test_the_report_compares_with_the_naive_runner_wherever_it_ran():
    plan = {"articles": [{"input_tokens": 600, "summary_sentences": ["a"]}], "summary_tokens": 128,
            "sentence_tokens": 48, "beams": 1, "batch_size": 8, "threads": 2}
    run = {"articles": 1, "cpu_s": 1.0, "load_s": 1.0, "peak_rss_mb": 100.0, "loadavg": [0.0, 0.0],
           "inputs": {"summarizer": 1, "translator": 1}}
    results = [dict(run, runner="transformers", run_s=1.0), dict(run, runner="naive", run_s=4.0)]
    rows = load_bench().report(results, plan).splitlines()
    assert rows[2].startswith("| transformers | 60.0 |") and "| 4.00 | 1.00 |" in rows[2]
