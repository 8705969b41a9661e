"""Hard inputs and failures through the CLI: nothing crashes, nothing is lost, every skip is explained.

Most runs use the model-free ``extractive`` config in-process (fast); the exit codes of a real
process, Ctrl-C and the model input limit each get one run of their own.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bad_inputs import Case, build_corpus, checksums, good_and_bad, seed_text
from vnsumm.cli import main

CORPUS_NAMES = [
    "empty.txt", "whitespace.txt", "nul-bytes.txt", "pdf-renamed.txt", "random-bytes.txt", "shift-jis.txt",
    "latin-1.txt", "utf-32.txt", "mojibake.txt", "utf-16.txt", "utf-16le-no-bom.txt", "windows-1258.txt",
    "utf-8-bom.txt", "one-paragraph-200k.txt", "commas-10000.txt", "only-commas.txt", "one-long-token.txt",
    "emoji.txt", "rtl-marks.txt", "mixed-scripts.txt", "html-entities.txt", "control-chars.txt", "page.html",
    "half-downloaded.html", "english.txt", "boilerplate-only.txt", "too-large.txt",
]
LIMIT = 300_000  # -s max_input_bytes for the corpus: the 200 KB paragraph passes, too-large.txt does not
ROOT = Path(__file__).resolve().parents[1]


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def lines_about(err: str, name: str) -> list[str]:
    return [line for line in err.splitlines() if f"/{name}:" in line or f" {name}:" in line]


def expected_summary(cases: dict[str, Case]) -> str:
    n = {k: sum(c.outcome == k for c in cases.values()) for k in ("done", "skipped", "failed")}
    return f"{n['done']} done, {n['skipped']} skipped, {n['failed']} failed"


def no_temp_files(folder: Path) -> bool:
    return not [p for p in folder.rglob("*") if p.name.endswith(".tmp")]


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory):
    """The bad-input corpus through ``vnsumm brief`` once (in-process), with a report."""
    import io
    from contextlib import redirect_stderr, redirect_stdout

    tmp = tmp_path_factory.mktemp("corpus")
    cases = build_corpus(tmp / "in", too_large_bytes=LIMIT)
    before = checksums(tmp / "in")
    err, out = io.StringIO(), io.StringIO()
    start = time.perf_counter()
    with redirect_stderr(err), redirect_stdout(out):
        code = main(["brief", str(tmp / "in"), "-o", str(tmp / "out"), "-c", "extractive",
                     "-s", f"max_input_bytes={LIMIT}", "--report", str(tmp / "report.json")])
    seconds = time.perf_counter() - start
    return {"tmp": tmp, "cases": cases, "before": before, "code": code, "err": err.getvalue(),
            "out": out.getvalue(), "seconds": seconds}


def test_corpus_exit_code_and_final_line(corpus_run):
    assert sorted(corpus_run["cases"]) == sorted(CORPUS_NAMES)
    err_lines = corpus_run["err"].strip().splitlines()
    assert corpus_run["code"] == 1  # some failed
    assert err_lines[-1].startswith("vnsumm: " + expected_summary(corpus_run["cases"]))
    assert err_lines[-1].endswith(f"-> {corpus_run['tmp'] / 'out'}")
    assert "Traceback" not in corpus_run["err"] and corpus_run["out"] == ""


@pytest.mark.parametrize("name", CORPUS_NAMES)
def test_each_corpus_file_gets_its_outcome_and_one_line(corpus_run, name):
    case = corpus_run["cases"][name]
    out_dir = corpus_run["tmp"] / "out"
    output = out_dir / (Path(name).stem + ".md")
    about = lines_about(corpus_run["err"], name)
    if case.outcome == "done":
        assert about == []
        text = output.read_text(encoding="utf-8")
        summary = text.split("## Tóm tắt (Vietnamese summary)")[1].split("<sub>")[0].strip()
        assert len(summary.split()) >= 10  # a real summary came out
        assert text.rstrip().endswith("-->") and '"input_sha256"' in text.splitlines()[-1]
    else:
        assert not output.exists()
        assert len(about) == 1, about
        assert about[0].startswith(f"vnsumm: {case.outcome} {corpus_run['tmp'] / 'in' / name}: ")
        assert case.reason in about[0].lower()


def test_corpus_inputs_untouched_and_outputs_only_in_output_folder(corpus_run):
    tmp = corpus_run["tmp"]
    assert checksums(tmp / "in") == corpus_run["before"]
    assert sorted(p.name for p in tmp.iterdir()) == ["in", "out", "report.json"]
    done = sorted(Path(n).stem + ".md" for n, c in corpus_run["cases"].items() if c.outcome == "done")
    assert sorted(p.name for p in (tmp / "out").iterdir()) == sorted(done + [".vnsumm.lock", "index.html", "index.json"])


def test_report_lists_every_failure_and_skip_with_its_reason(corpus_run):
    report = json.loads((corpus_run["tmp"] / "report.json").read_text())
    cases = corpus_run["cases"]
    failed = {Path(f["input"]).name: f["reason"] for f in report["failed"]}
    skipped = {Path(s["input"]).name: s["reason"] for s in report["skipped"]}
    assert set(failed) == {n for n, c in cases.items() if c.outcome == "failed"}
    assert set(skipped) == {n for n, c in cases.items() if c.outcome == "skipped"}
    for name, reason in {**failed, **skipped}.items():
        assert cases[name].reason in reason.lower()
    assert report["counts"]["inputs"] == len(cases) and report["interrupted"] is False


def test_pathological_text_is_cleaned_quickly(corpus_run):
    assert corpus_run["seconds"] < 60  # 27 files incl. a 200 KB paragraph; hangs would take minutes


def test_twenty_good_five_bad_in_a_real_process(tmp_path):
    cases = good_and_bad(tmp_path / "in")
    before = checksums(tmp_path / "in")
    proc = subprocess.run(
        [sys.executable, "-m", "vnsumm", "brief", "in", "-o", "out", "-c", "extractive", "--report", "r.json"],
        cwd=tmp_path, capture_output=True, text=True, timeout=300, env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert proc.returncode == 1, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert lines[-1].startswith("vnsumm: 20 done, 0 skipped, 5 failed in ")
    for name, case in cases.items():
        about = lines_about(proc.stderr, name)
        if case.outcome == "done":
            assert about == [] and (tmp_path / "out" / f"{Path(name).stem}.md").is_file()
        else:
            assert len(about) == 1 and about[0].startswith(f"vnsumm: failed in/{name}: ")
            assert case.reason in about[0].lower()
    assert "Traceback" not in proc.stderr and proc.stdout == ""
    assert checksums(tmp_path / "in") == before
    assert len(json.loads((tmp_path / "r.json").read_text())["failed"]) == 5


def test_all_good_exits_zero(capsys, tmp_path, seed_paths):
    code, _, err = run(capsys, "brief", *seed_paths, "-o", tmp_path / "out", "-c", "extractive")
    assert code == 0 and err.strip().splitlines()[-1].startswith("vnsumm: 5 done, 0 skipped, 0 failed")


# -- resume ----------------------------------------------------------------------------------
def copy_seeds(seed_paths, folder: Path) -> Path:
    folder.mkdir(parents=True)
    for p in seed_paths:
        shutil.copy(p, folder / p.name)
    return folder


def test_rerun_skips_what_is_up_to_date_and_redoes_what_changed(capsys, tmp_path, seed_paths):
    src, out = copy_seeds(seed_paths, tmp_path / "in"), tmp_path / "out"
    args = ("brief", src, "-o", out, "-c", "extractive", "--format", "json")
    assert run(capsys, *args)[0] == 0
    stamps = {p.name: p.stat().st_mtime_ns for p in out.glob("*.json") if p.name != "index.json"}
    first = json.loads((out / f"{seed_paths[0].stem}.json").read_text())
    assert first["vnsumm"]["config_fingerprint"] and len(first["vnsumm"]["input_sha256"]) == 64

    code, _, err = run(capsys, *args)
    assert code == 0 and "5 already up to date" in err
    assert err.strip().splitlines()[-1].startswith("vnsumm: 0 done, 5 skipped, 0 failed")
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("*.json") if p.name != "index.json"} == stamps

    changed = src / seed_paths[2].name
    changed.write_text(changed.read_text(encoding="utf-8") + "\nThêm một đoạn mới.\n", encoding="utf-8")
    code, _, err = run(capsys, *args)
    assert err.strip().splitlines()[-1].startswith("vnsumm: 1 done, 4 skipped, 0 failed")

    code, _, err = run(capsys, *args, "-s", "summarizer.k=2")  # another config: all redone
    assert err.strip().splitlines()[-1].startswith("vnsumm: 5 done, 0 skipped, 0 failed")
    code, _, err = run(capsys, *args, "-s", "summarizer.k=2", "--force")
    assert err.strip().splitlines()[-1].startswith("vnsumm: 5 done, 0 skipped, 0 failed")


def test_jsonl_resumes_and_keeps_one_line_per_input(capsys, tmp_path, seed_paths):
    out = tmp_path / "out"
    base = ("-o", out, "-c", "extractive", "--format", "jsonl")
    assert run(capsys, "brief", *seed_paths[:3], *base)[0] == 0
    first = (out / "briefs.jsonl").read_text().splitlines()
    code, _, err = run(capsys, "brief", *seed_paths, *base)
    assert code == 0 and err.strip().splitlines()[-1].startswith("vnsumm: 2 done, 3 skipped, 0 failed")
    lines = (out / "briefs.jsonl").read_text().splitlines()
    assert lines[:3] == first and len(lines) == 5
    assert sorted(json.loads(x)["id"] for x in lines) == sorted(str(p) for p in seed_paths)
    run(capsys, "brief", *seed_paths, *base, "--force")
    assert len((out / "briefs.jsonl").read_text().splitlines()) == 5


def test_a_file_vnsumm_did_not_write_is_never_overwritten(capsys, tmp_path, seed_paths):
    out = tmp_path / "out"
    out.mkdir()
    mine = out / f"{seed_paths[0].stem}.md"
    mine.write_text("my own notes\n")
    code, _, err = run(capsys, "brief", *seed_paths[:2], "-o", out, "-c", "extractive")
    assert code == 1 and mine.read_text() == "my own notes\n"
    assert "was not written by vnsumm" in lines_about(err, seed_paths[0].name)[0]
    code, _, _ = run(capsys, "brief", *seed_paths[:2], "-o", out, "-c", "extractive", "--force")
    assert code == 0 and mine.read_text().startswith("# ")


# -- where outputs may go ----------------------------------------------------------------------
def test_output_folder_never_the_input_folder_unless_asked(capsys, tmp_path, seed_paths):
    src = copy_seeds(seed_paths, tmp_path / "in")
    before = checksums(src)
    code, _, err = run(capsys, "brief", src, "-o", src, "-c", "extractive")
    assert code == 2 and "--allow-input-folder" in err and checksums(src) == before
    code, _, err = run(capsys, "brief", src, "-o", src / "briefs", "-r", "-c", "extractive")
    assert code == 2 and not (src / "briefs").exists()
    code, _, _ = run(capsys, "brief", src, "-o", src, "-c", "extractive", "--allow-input-folder")
    assert code == 0 and len(list(src.glob("*.md"))) == 5
    assert {k: v for k, v in checksums(src).items() if k.endswith(".txt")} == before


def test_usage_errors_exit_2(capsys, tmp_path, seed_paths):
    assert run(capsys, "brief", tmp_path / "nope", "-o", tmp_path / "o", "-c", "extractive")[0] == 2
    (tmp_path / "file").write_text("x")
    code, _, err = run(capsys, "brief", *seed_paths[:2], "-o", tmp_path / "file", "-c", "extractive")
    assert code == 2 and "not a folder" in err
    (tmp_path / "empty").mkdir()
    assert run(capsys, "brief", tmp_path / "empty", "-o", tmp_path / "o", "-c", "extractive")[0] == 2
    with pytest.raises(SystemExit) as exc:
        main(["brief", str(seed_paths[0]), "--no-such-option"])
    assert exc.value.code == 2
    assert not (tmp_path / "o").exists()


# -- languages ---------------------------------------------------------------------------------
def test_english_article_is_skipped_or_summarized_without_translation(capsys, tmp_path):
    build_corpus(tmp_path / "all")
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(tmp_path / "all" / "english.txt", src / "english.txt")
    shutil.copy(tmp_path / "all" / "utf-8-bom.txt", src / "vi.txt")
    code, _, err = run(capsys, "brief", src, "-o", tmp_path / "a", "-c", "extractive")
    assert code == 0 and err.strip().splitlines()[-1].startswith("vnsumm: 1 done, 1 skipped, 0 failed")
    code, _, err = run(capsys, "brief", src, "-o", tmp_path / "b", "-c", "extractive", "--format", "json",
                       "--non-vietnamese", "summarize")
    assert code == 0 and err.strip().splitlines()[-1].startswith("vnsumm: 2 done, 0 skipped, 0 failed")
    brief = json.loads((tmp_path / "b" / "english.json").read_text())
    assert "State Bank of Vietnam" in brief["brief_en"] and "English (en)" in brief["note"]
    vi = json.loads((tmp_path / "b" / "vi.json").read_text())
    assert vi["summary"] and "English" not in (vi["note"] or "")
    code, out, err = run(capsys, "brief", src / "english.txt", "-c", "extractive")
    assert code == 1 and out == "" and "in English (en), not Vietnamese" in err


# -- one file and ``vnsumm clean`` ------------------------------------------------------------
@pytest.mark.parametrize("command", ["clean", "brief"])
def test_single_file_problems_are_one_line_errors(capsys, tmp_path, command):
    cases = build_corpus(tmp_path, too_large_bytes=None)
    for name, case in cases.items():
        extra = ["-c", "extractive"] if command == "brief" else []
        code, out, err = run(capsys, command, tmp_path / name, *extra)
        if case.outcome == "done":
            assert code == 0 and out.strip(), name
        elif command == "clean" and case.outcome == "skipped":
            assert code == 0  # cleaning does not judge the language
        else:
            assert code == 1 and out == "", name
            assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
            assert err.startswith(f"vnsumm: error: {tmp_path / name}: ") and case.reason in err.lower()


# -- model-side failures at start-up -----------------------------------------------------------
def model_config(tmp_path: Path, model: str) -> Path:
    path = tmp_path / "cfg.yaml"
    path.write_text(f"summarizer: {{backend: seq2seq, model: '{model}'}}\ntranslator: none\ndevice: cpu\n")
    return path


@pytest.mark.parametrize("problem", ["missing-folder", "not-cached", "no-cuda"])
def test_model_problems_fail_at_start_before_any_file_is_touched(capsys, tmp_path, seed_paths, problem):
    src = copy_seeds(seed_paths, tmp_path / "in")
    before = checksums(src)
    out, report = tmp_path / "out", tmp_path / "report.json"
    if problem == "missing-folder":
        args, expect = ["-c", model_config(tmp_path, str(tmp_path / "no-model"))], "does not exist"
    elif problem == "not-cached":
        args, expect = ["-c", model_config(tmp_path, "nobody/not-a-cached-model")], "vnsumm models download"
    else:
        torch = pytest.importorskip("torch")
        if torch.cuda.is_available():
            pytest.skip("this machine has CUDA")
        args, expect = ["-c", "extractive", "--device", "cuda"], "no CUDA GPU"
    code, stdout, err = run(capsys, "brief", src, "-o", out, "--report", report, *args)
    assert code == 1 and stdout == ""
    assert len(err.strip().splitlines()) == 1 and expect in err and "Traceback" not in err
    assert not out.exists() and not report.exists() and checksums(src) == before


def test_debug_shows_the_traceback(capsys, tmp_path, seed_paths):
    code, _, err = run(capsys, "--debug", "brief", seed_paths[0], "-c", model_config(tmp_path, str(tmp_path / "x")))
    assert code == 1 and "Traceback" in err
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    for command in (["brief", empty, "-c", "extractive"], ["clean", empty]):
        code, _, err = run(capsys, *command, "--debug")  # after the subcommand works too
        assert code == 1 and "Traceback" in err and err.strip().endswith("the file is empty")
        code, _, err = run(capsys, *command)
        assert code == 1 and "Traceback" not in err


def test_a_crash_inside_one_article_fails_only_that_article(capsys, tmp_path, seed_paths, monkeypatch):
    """A bug in a back end on one article: the rest of the batch is still done."""
    from vnsumm.summarize.extractive import ExtractiveSummarizer

    real = ExtractiveSummarizer.summarize

    def flaky(self, articles):
        if any("Hoa Kỳ lần thứ 13" in (a.title or "") for a in articles):
            raise ZeroDivisionError("boom")
        return real(self, articles)

    monkeypatch.setattr(ExtractiveSummarizer, "summarize", flaky)
    code, _, err = run(capsys, "brief", *seed_paths, "-o", tmp_path / "out", "-c", "extractive")
    assert code == 1 and err.strip().splitlines()[-1].startswith("vnsumm: 4 done, 0 skipped, 1 failed")
    assert "internal error: ZeroDivisionError: boom" in lines_about(err, seed_paths[0].name)[0]
    assert "Traceback" not in err


# -- Ctrl-C ------------------------------------------------------------------------------------
def test_ctrl_c_leaves_no_partial_file_and_a_rerun_finishes(tmp_path, seed_paths):
    src = tmp_path / "in"
    src.mkdir()
    n = 80
    for i in range(n):
        (src / f"a{i:03d}.txt").write_text(seed_text(i) + "\n" * (i // 5), encoding="utf-8")
    out = tmp_path / "out"
    report = tmp_path / "report.json"
    cmd = [sys.executable, "-m", "vnsumm", "brief", str(src), "-o", str(out), "-c", "extractive",
           "-s", "batch_size=1", "-q", "--report", str(report)]
    # Ctrl-C right after the third brief is written (a hook in the run, not a sleep)
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "VNSUMM_TEST_SIGNAL": "written:3"})
    err = proc.stderr
    assert proc.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    finished = sorted(out.glob("*.md"))
    assert len(finished) == 3
    assert no_temp_files(out)
    for path in finished:  # each output is whole: it ends with its stamp
        assert path.read_text(encoding="utf-8").rstrip().endswith("-->")
    summary = json.loads(report.read_text())
    assert summary["interrupted"] is True and summary["counts"]["done"] == len(finished)

    rerun = subprocess.run(cmd, capture_output=True, text=True, timeout=300,
                           env={k: v for k, v in os.environ.items() if k != "VNSUMM_TEST_SIGNAL"})
    assert rerun.returncode == 0, rerun.stderr
    done = n - len(finished)
    assert rerun.stderr.strip().splitlines()[-1].startswith(f"vnsumm: {done} done, {len(finished)} skipped, 0 failed")
    assert len(list(out.glob("*.md"))) == n and no_temp_files(out)


def test_a_run_killed_before_its_batch_is_in_place_leaves_no_output_and_the_rerun_redoes_it(tmp_path):
    """Briefs wait in temp files until their batch is synced and renamed: a run killed (a power cut) before
    that leaves no file under an output's name, only temps the next run removes, and nothing is lost."""
    src = tmp_path / "in"
    src.mkdir()
    for i in range(6):
        (src / f"a{i}.txt").write_text(seed_text(i), encoding="utf-8")
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "vnsumm", "brief", str(src), "-o", str(out), "-c", "extractive", "-q",
           "-s", "batch_size=4"]
    # stopped after the second brief of the first batch is written, before the batch is put in place
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, env={**os.environ, "VNSUMM_TEST_STOP": "held:2"})
    _, status = os.waitpid(proc.pid, os.WUNTRACED)
    assert os.WIFSTOPPED(status)
    proc.kill()
    proc.communicate(timeout=60)
    assert not list(out.glob("*.md")) and len(list(out.glob(".*.tmp"))) == 2
    rerun = subprocess.run(cmd, capture_output=True, text=True, timeout=300,
                           env={k: v for k, v in os.environ.items() if k != "VNSUMM_TEST_STOP"})
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stderr.strip().splitlines()[-1].startswith("vnsumm: 6 done, 0 skipped, 0 failed")
    assert len(list(out.glob("*.md"))) == 6 and no_temp_files(out)


def test_each_brief_is_written_as_its_answer_comes_so_an_interrupt_keeps_it(tmp_path, seed_paths):
    from one_at_a_time import one_at_a_time_pipeline
    from vnsumm.folder_run import FolderRun, RunOptions
    from vnsumm.inputs import collect_inputs

    src = tmp_path / "in"
    src.mkdir()
    for path in seed_paths[:4]:
        shutil.copy(path, src / path.name)

    def ctrl_c_while_the_third_is_asked(answers: int) -> None:
        if answers == 2:
            raise KeyboardInterrupt

    out = tmp_path / "out"
    inputs = collect_inputs([src])
    pipeline = one_at_a_time_pipeline(ctrl_c_while_the_third_is_asked, batch_size=8)  # one batch of 4
    assert FolderRun(pipeline, inputs, RunOptions(out_dir=out, quiet=True)).run() == 130
    kept = sorted(p.stem for p in out.glob("*.md"))
    assert kept == sorted(p.stem for p in seed_paths[2:4])  # the two answered (last first) are on disk
    assert len(json.loads((out / "index.json").read_text())["done"]) == 2
    assert FolderRun(one_at_a_time_pipeline(), inputs, RunOptions(out_dir=out, quiet=True)).run() == 0
    assert len(list(out.glob("*.md"))) == 4


def test_a_killed_run_leaves_stale_temp_files_that_the_next_run_removes(capsys, tmp_path, seed_paths):
    out = tmp_path / "out"
    out.mkdir()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = out / f".000_x.md.{dead.pid}.ab12cd_3.tmp"
    stale.write_text("half a bri")
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:  # another program's temp file, still being written: never touched
        busy = out / f".001_y.md.{live.pid}.ef34gh_5.tmp"
        busy.write_text("being writ")
        assert run(capsys, "brief", *seed_paths[:2], "-o", out, "-c", "extractive")[0] == 0
        assert not stale.exists() and busy.read_text() == "being writ"
    finally:
        live.kill()
        live.wait()


# -- the model's input limit on pathological text -----------------------------------------------
def test_pathological_text_never_exceeds_the_model_input_limit(capsys, tmp_path, tiny_config, monkeypatch):
    """Through the tiny seq2seq pipeline: no model input is longer than the engine's limit."""
    from vnsumm.engines import transformers as transformers_engine
    from vnsumm.engines.transformers import TransformersEngine

    seen: list[tuple[int, int]] = []
    real = TransformersEngine.generate

    def spy(self, texts):
        seen.extend((n, self.max_input_tokens) for n in self.count_tokens(texts))
        return real(self, texts)

    monkeypatch.setattr(TransformersEngine, "generate", spy)
    monkeypatch.setattr(transformers_engine, "cpu_count", lambda: 1)  # a tiny model: one thread is fastest
    src = tmp_path / "in"
    src.mkdir()
    words = seed_text(1).split()
    (src / "no-punctuation.txt").write_text(
        "Một đoạn rất dài không có dấu câu\n\n" + " ".join(w.strip(".,") for w in words[:400]), encoding="utf-8")
    (src / "commas.txt").write_text("Dấu phẩy\n\n" + ", ".join(words[:100]) + "," * 600 + " xong.",
                                    encoding="utf-8")
    (src / "one-token.txt").write_text("Một từ rất dài\n\n" + "Việt Nam " * 5 + "ừ" * 600 + " hết rồi.",
                                       encoding="utf-8")
    code, _, err = run(capsys, "brief", src, "-o", tmp_path / "out", "-c", tiny_config, "--format", "json",
                       "-s", "summarizer.max_input_tokens=128", "-s", "summarizer.max_rounds=2",
                       "-s", "summarizer.generation.max_new_tokens=12", "-s", "translator.generation.max_new_tokens=12")
    assert code == 0, err
    assert seen and all(n <= limit for n, limit in seen), max(seen)
    assert max(n for n, _ in seen) > 32  # the inputs were long: the limit, not luck, kept them in bounds
    for name in ("no-punctuation", "commas", "one-token"):
        assert json.loads((tmp_path / "out" / f"{name}.json").read_text())["brief_en"]


def test_odd_file_names_are_reported_and_recorded(capsys, tmp_path, seed_paths):
    src = tmp_path / "in"
    src.mkdir()
    odd = os.fsdecode(b"bad\xffname.txt")
    shutil.copy(seed_paths[0], src / odd)
    shutil.copy(seed_paths[1], src / "new\nline.txt")
    (src / os.fsdecode(b"empty\xfe.txt")).write_bytes(b"")
    code, _, err = run(capsys, "brief", src, "-o", tmp_path / "out", "-c", "extractive", "--format", "jsonl",
                       "--report", tmp_path / "r.json")
    assert code == 1 and err.strip().splitlines()[-1].startswith("vnsumm: 2 done, 0 skipped, 1 failed")
    assert len(err.strip().splitlines()) == 2  # the failure is one line even for a name with odd bytes
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert report["failed"][0]["input"].endswith("empty\\xfe.txt")
    ids = [json.loads(line)["id"] for line in (tmp_path / "out" / "briefs.jsonl").read_text().splitlines()]
    assert sorted(Path(i).name for i in ids) == ["bad\\xffname.txt", "new\nline.txt"]


def test_a_name_at_the_file_system_limit_still_gets_its_output(capsys, tmp_path, seed_paths):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(seed_paths[0], src / ("x" * 250 + ".txt"))  # a .json output of this name would be 255 bytes
    code, _, err = run(capsys, "brief", src, "-o", tmp_path / "out", "-c", "extractive", "--format", "json")
    assert code == 0, err
    [output] = (tmp_path / "out").glob("x*.json")  # cut to 200 bytes, told apart by a hash of the whole name
    assert output.name.startswith("x" * 150) and len(output.name) <= 200 and no_temp_files(tmp_path / "out")
    code, _, err = run(capsys, "brief", src, "-o", tmp_path / "out", "-c", "extractive", "--format", "json")
    assert code == 0 and "0 done, 1 skipped" in err  # found again by the rerun


def test_cleaning_that_runs_away_fails_that_file_only(capsys, tmp_path, seed_paths, monkeypatch):
    import re

    import vnsumm.inputs.load

    real = vnsumm.inputs.load.clean

    def runaway(text):
        if "Hoa Kỳ lần thứ 13" in text:
            re.match(r"(a+)+$", "a" * 40 + "b")  # hours of backtracking unless stopped
        return real(text)

    monkeypatch.setattr(vnsumm.inputs.load, "clean", runaway)
    monkeypatch.setattr(vnsumm.inputs.load, "cleaning_budget", lambda n_chars: 1.0)
    start = time.perf_counter()
    code, _, err = run(capsys, "brief", *seed_paths[:2], "-o", tmp_path / "out", "-c", "extractive")
    assert time.perf_counter() - start < 20
    assert code == 1 and err.strip().splitlines()[-1].startswith("vnsumm: 1 done, 0 skipped, 1 failed")
    assert "took over 1 s: the text looks pathological" in lines_about(err, seed_paths[0].name)[0]
