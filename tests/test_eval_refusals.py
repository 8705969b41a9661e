"""Evaluation scripts refuse, in one line, a setting they would otherwise accept and ignore."""
from pathlib import Path

import pytest
from scripts import load_script

EVAL = Path(__file__).resolve().parents[1] / "eval"

CASES = [
    ("bench", ["--quick", "--summary-out", "64"], "--quick sets the output lengths"),
    ("bench", ["--runners", "naive", "--batch-size", "4"], "--batch-size is the vnsumm runners'"),
    ("train_line_model", ["--keep", "0.99", "--threshold", "0.8"], "give --keep or --threshold, not both"),
    ("train_line_model", ["--maker-wrap", "9000"], "add --makers"),
    ("ray_bench", ["--actors", "0"], "--actors and --articles must be at least 1"),
    ("llm_repair_share", ["--data", "rows.jsonl", "--limit", "0"], "--limit must be at least 1"),
    ("train_sentence_scorer", ["--limit", "0"], "--limit must be at least 1"),
    ("light_bench", ["--n", "3"], "--n must be at least 5"),
    ("serve_bench", ["--serve-option=--device=cuda"], "would change the server's briefs but not the folder run's"),
]


@pytest.mark.parametrize("script, argv, message", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_a_setting_that_would_be_ignored_is_refused(script, argv, message, capsys):
    module = load_script(EVAL / f"{script}.py", f"vnsumm_eval_{script}")
    with pytest.raises(SystemExit) as stop:
        (getattr(module, "parse_args", None) or module.main)(argv)
    assert stop.value.code == 2 and message in capsys.readouterr().err


def test_a_cached_bench_tokenizer_of_another_size_is_refused(tmp_path):
    bench = load_script(EVAL / "bench.py", "vnsumm_eval_bench_vocab")
    bench.DATA = tmp_path / "no-data"  # the seeds only
    bench.train_tokenizer(tmp_path / "tokenizer", 1000)
    assert bench.train_tokenizer(tmp_path / "tokenizer", 1000).is_file()  # the same size: reused
    with pytest.raises(SystemExit, match="--vocab 2000: the tokenizer cached in .* was made with --vocab 1000"):
        bench.train_tokenizer(tmp_path / "tokenizer", 2000)


def test_legacy_check_without_files_is_a_usage_error(capsys):
    assert load_script(EVAL / "legacy_check.py", "vnsumm_eval_legacy").main([]) == 2
    assert capsys.readouterr().err.startswith("usage: python eval/legacy_check.py FILE.jsonl")


def test_an_empty_set_list_is_refused_not_read_as_every_set():
    bench = load_script(EVAL / "clean_bench.py", "vnsumm_eval_clean_bench_sets")
    with pytest.raises(ValueError, match="no page set named in ','"):
        bench.dev_sets(",")
    assert "dev3" in bench.dev_sets("")  # nothing asked: every dev set, as documented


def test_a_wording_kind_no_maker_labels_is_refused(tmp_path):
    import gzip
    import subprocess
    import sys

    train = tmp_path / "train.jsonl.gz"  # 40 stories of the bench's slice as a train file's first rows
    with gzip.open(EVAL.parent / "tests" / "data" / "vietnews_train_bench.jsonl.gz", "rt", encoding="utf-8") as rows:
        stories = [row for row in rows if row.strip()][:40]
    with gzip.open(train, "wt", encoding="utf-8") as out:
        out.writelines(stories)
    # its own process: the script swaps the cleaner's wording model for the run
    done = subprocess.run([sys.executable, str(EVAL / "train_wording_model.py"), "--makers", "dev3", "--kinds",
                           "widget,bylin", "--out", str(tmp_path / "w.json"),
                           "--train", str(train)], capture_output=True, text=True)
    assert done.returncode == 2 and "--kinds bylin: no page of these makers has a line of that kind" in done.stderr
    assert not (tmp_path / "w.json").exists()
