"""End to end: configs over a data slice -> per-example JSONL, scores.json, Markdown, PNG; resume."""
from __future__ import annotations

import json

import pytest
import sacrebleu
from rouge_score import rouge_scorer

from vnsumm.errors import ConfigError, InputError
from vnsumm.cli.eval import main
from vnsumm.evaluate.data import Example, load_examples
from vnsumm.evaluate.rouge import ROUGE_TYPES, sentence_lines
from vnsumm.evaluate.runner import EvalOptions, build_specs, example_article, run_evaluation


def _jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def vietnews_run(tmp_path_factory, vietnews_path):
    out = tmp_path_factory.mktemp("run")
    from vnsumm.cli import main as vnsumm_main

    code = vnsumm_main(["eval", "--data", str(vietnews_path), "-n", "6", "-o", str(out), "--bootstrap", "100", "-q"])
    assert code == 0
    return out


def test_report_files_are_complete(vietnews_run):
    scores = json.loads((vietnews_run / "scores.json").read_text(encoding="utf-8"))
    assert list(scores["configs"]) == ["lead-1", "lead-2", "lead-3", "extractive"]
    for label, res in scores["configs"].items():
        assert res["baseline"] and res["n"] == 6 and res["n_errors"] == 0
        for name in ("rouge1", "rouge2", "rougeL", "rougeLsum", "rouge1_default_tok", "rougeLsum_default_tok"):
            low, high = res["metrics"][name]["ci"]
            assert low <= res["metrics"][name]["score"] <= high
        assert res["models"]["summarizer"]["backend"] == "extractive"
        assert res["settings"]["summarizer"]["backend"] == "extractive"
        assert res["seconds_per_article"] > 0
        records = _jsonl(vietnews_run / res["predictions"])
        assert [set(r) >= {"id", "prediction", "reference", "scores"} for r in records] == [True] * 6
    assert scores["comparisons"][0]["metrics"]["rouge1"]["n"] == 6
    assert scores["versions"]["rouge_score"] and scores["versions"]["sacrebleu"]
    md = (vietnews_run / "results.md").read_text(encoding="utf-8")
    assert "| lead-3 (baseline) | 6 |" in md and "default tokenizer" in md and "Paired bootstrap" in md
    assert (vietnews_run / "scores.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_scores_agree_with_rouge_score_on_the_written_predictions(vietnews_run):
    scores = json.loads((vietnews_run / "scores.json").read_text(encoding="utf-8"))
    records = _jsonl(vietnews_run / scores["configs"]["extractive"]["predictions"])
    scorer = rouge_scorer.RougeScorer(list(ROUGE_TYPES), use_stemmer=False)
    direct = [scorer.score(sentence_lines(r["reference"]), sentence_lines(r["prediction"])) for r in records]
    for t in ROUGE_TYPES:
        expected = 100 * sum(d[t].fmeasure for d in direct) / len(direct)
        assert scores["configs"]["extractive"]["metrics"][t + "_default_tok"]["score"] == pytest.approx(expected)


def test_lead_baseline_is_the_first_k_sentences(vietnews_run, vietnews_path):
    first = load_examples(vietnews_path, "summarize", limit=1)[0]
    record = _jsonl(vietnews_run / "predictions" / "lead-3.summarize.jsonl")[0]
    assert record["prediction"] == " ".join(example_article(first).sentences[:3])
    assert record["prediction"].startswith("Theo lời khai của Huy")


def test_every_lead_k_baseline_takes_its_own_first_sentences(vietnews_run, vietnews_path):
    examples = load_examples(vietnews_path, "summarize", limit=6)
    for k in (1, 2, 3):
        records = _jsonl(vietnews_run / "predictions" / f"lead-{k}.summarize.jsonl")
        assert [r["prediction"] for r in records] == [" ".join(example_article(e).sentences[:k]) for e in examples]


def test_lead_1_2_3_are_always_added_and_lead_k_joins_them():
    labels = [s.label for s in build_specs(["lead"], "summarize")]
    assert labels == ["lead", "lead-1", "lead-2", "extractive"]  # the lead config is lead-3 already
    specs = build_specs([], "summarize", baselines=("lead",), lead_k=5)
    assert [s.label for s in specs] == ["lead-1", "lead-2", "lead-3", "lead-5"]
    assert [s.config.summarizer.settings["k"] for s in specs] == [1, 2, 3, 5]
    assert all(s.baseline for s in specs)
    assert [s.label for s in build_specs([], "summarize", lead_k=2)] == ["lead-1", "lead-2", "lead-3", "extractive"]
    assert build_specs(["extractive"], "summarize", baselines=())[0].config.summarizer.settings["method"] == "learned"


def test_rerun_resumes_without_loading_models(vietnews_run, vietnews_path, monkeypatch):
    before = (vietnews_run / "predictions" / "extractive.summarize.jsonl").read_text(encoding="utf-8")

    def refuse(*args, **kwargs):
        raise AssertionError("models loaded although every example was already scored")

    monkeypatch.setattr("vnsumm.pipeline.Pipeline.from_config", refuse)
    assert main(["--data", str(vietnews_path), "-n", "6", "-o", str(vietnews_run), "--bootstrap", "100", "-q"]) == 0
    assert (vietnews_run / "predictions" / "extractive.summarize.jsonl").read_text(encoding="utf-8") == before


def test_resume_runs_only_missing_examples_and_drops_stale_ones(tmp_path, vietnews_path):
    config = tmp_path / "mine.yaml"
    config.write_text("summarizer: {backend: extractive, method: lead, k: 1}\ntranslator: none\n", encoding="utf-8")
    examples = load_examples(vietnews_path, "summarize", limit=4)
    options = EvalOptions(out_dir=tmp_path / "out", n_resamples=50, progress=False, plot=False)
    specs = build_specs([str(config)], "summarize", baselines=())
    run_evaluation(specs, examples[:2], vietnews_path, options)
    path = tmp_path / "out" / "predictions" / "mine.summarize.jsonl"
    assert [r["id"] for r in _jsonl(path)] == [e.id for e in examples[:2]]
    run_evaluation(specs, examples, vietnews_path, options)
    assert [r["id"] for r in _jsonl(path)] == [e.id for e in examples]  # 2 kept + 2 appended
    config.write_text("summarizer: {backend: extractive, method: lead, k: 2}\ntranslator: none\n", encoding="utf-8")
    scores = run_evaluation(build_specs([str(config)], "summarize", baselines=()), examples, vietnews_path, options)
    records = _jsonl(path)
    assert len(records) == 4  # the k=1 predictions were discarded, not mixed in
    assert all(len(example_article(e).sentences[:2]) == 1 or r["prediction"].count(". ") >= 1
               for e, r in zip(examples, records))
    assert scores["configs"]["mine"]["settings"]["summarizer"]["settings"]["k"] == 2


def test_untitled_one_line_article_keeps_its_text():
    ex = Example("x", "Câu đầu tiên của bài. Câu thứ hai của bài.", "Tóm tắt.")
    article = example_article(ex)
    assert article.title is None
    assert article.sentences == ["Câu đầu tiên của bài.", "Câu thứ hai của bài."]


def test_tasks_needing_a_translator_refuse_configs_without_one():
    with pytest.raises(ConfigError, match="no translator"):
        build_specs(["extractive"], "translate")
    with pytest.raises(ConfigError):
        build_specs(["no-such-config"], "summarize")
    with pytest.raises(InputError):
        build_specs(["lead"], "paraphrase")


def test_translate_task_with_tiny_model_agrees_with_sacrebleu(tiny_config, flores_path, tmp_path):
    out = tmp_path / "tr"
    code = main(["--config", str(tiny_config), "--task", "translate", "--data", str(flores_path),
                 "-n", "3", "-o", str(out), "--bootstrap", "50", "-q", "--no-plot",
                 "-s", "translator.generation.max_new_tokens=16"])
    assert code == 0
    scores = json.loads((out / "scores.json").read_text(encoding="utf-8"))
    assert list(scores["configs"]) == ["tiny[translator.generation.max_new_tokens=16]"]  # no baselines
    res = next(iter(scores["configs"].values()))
    records = _jsonl(out / res["predictions"])
    hyps, refs = [r["prediction"] for r in records], [r["reference"] for r in records]
    assert all(h.strip() for h in hyps)
    assert res["metrics"]["bleu"]["score"] == pytest.approx(sacrebleu.corpus_bleu(hyps, [refs]).score)
    assert res["metrics"]["chrf"]["score"] == pytest.approx(sacrebleu.corpus_chrf(hyps, [refs]).score)
    assert res["metrics"]["bleu"]["signature"].startswith("nrefs:1|case:mixed")
    assert res["models"]["translator"]["backend"] == "seq2seq"


def test_bad_data_is_a_one_line_error(tmp_path, capsys):
    bad = tmp_path / "d.jsonl"
    bad.write_text('{"vi": "x", "en": "y"}\n', encoding="utf-8")
    assert main(["--data", str(bad), "-o", str(tmp_path / "o"), "-q"]) == 1
    assert "lacks field" in capsys.readouterr().err


def test_eval_wrapper_script_runs(tmp_path, vietnews_path):
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parents[2] / "eval" / "evaluate.py"
    proc = subprocess.run(
        [sys.executable, str(script), "--data", str(vietnews_path), "-n", "2", "--baseline", "lead",
         "-o", str(tmp_path / "w"), "--bootstrap", "20", "-q", "--no-plot"],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "| lead-1 (baseline) | 2 |" in proc.stdout and "| lead-3 (baseline) | 2 |" in proc.stdout


@pytest.mark.parametrize("flag", [["--limit", "0"], ["--lead-k", "0"], ["--bootstrap", "1"]])
def test_nonsense_numbers_are_refused(flag, tmp_path, vietnews_path):
    assert main(["--data", str(vietnews_path), "-o", str(tmp_path), "-q", *flag]) in (1, 2)


def test_eval_refuses_an_output_folder_that_would_overwrite_its_data(tmp_path, capsys):
    from vnsumm.cli import main as vnsumm_main

    data = tmp_path / "scores.json"
    data.write_text('{"article": "Hà Nội hôm nay trời nắng.", "summary": "Nắng."}\n', encoding="utf-8")
    before = data.read_bytes()
    assert vnsumm_main(["eval", "-c", "lead", "--data", str(data), "-o", str(tmp_path)]) == 2
    assert data.read_bytes() == before and "would be overwritten" in capsys.readouterr().err
