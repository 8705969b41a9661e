"""The whole path against a real OpenAI-compatible server: ``transformers serve`` running the tiny
chat model (nonsense English, but real requests, batching, tokenizing and answers), driven
through the CLI as a user would, plus the start-up failures and the API key's secrecy."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


from fault_server import free_port

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
FAST = ["-s", "briefer.max_tokens=32", "-s", "briefer.context_tokens=2600", "-s", "briefer.max_retries=0"]
SHORT, MEDIUM = SEEDS / "004_e7b8f96e657b3834.txt", SEEDS / "001_54df9c5ffa93a4b1.txt"  # MEDIUM needs 2 parts
KEY = "sk-test-Zq8W3rT5yU7iO9pA"


def vnsumm(*args: str, env: dict[str, str] | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    full_env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_BASE_URL", "OPENAI_API_KEY",
                                                                   "VNSUMM_LLM_MODEL")}
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "vnsumm", *args], capture_output=True, text=True,
                          env=full_env, cwd=cwd, timeout=240)


def chat_requests(server) -> int:
    return server.log.read_text(errors="replace").count("POST /v1/chat/completions")


def test_articles_get_english_briefs_from_the_server_and_a_rerun_resumes(llm_server, tmp_path: Path) -> None:
    inputs, out = tmp_path / "in", tmp_path / "briefs"
    inputs.mkdir()
    for seed in (SHORT, MEDIUM):
        (inputs / seed.name).write_bytes(seed.read_bytes())
    env = {"OPENAI_BASE_URL": llm_server.url}
    before = chat_requests(llm_server)
    run = vnsumm("brief", str(inputs), "-c", "llm", "-o", str(out), "--format", "json", "-q", *FAST, env=env)
    assert run.returncode == 0, run.stderr
    assert "2 done, 0 skipped, 0 failed" in run.stderr
    briefs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(out.glob("*.json")) if p.name != "index.json"]
    assert len(briefs) == 2
    from vnsumm.language import detect_language

    for brief in briefs:
        assert brief["brief_en"].strip() and detect_language(brief["brief_en"]).code == "en"
        assert brief["models"]["briefer"]["model"] == llm_server.model  # the server's only model
        assert brief["checks"]["attempts"][0]["brief"] == brief["brief_en"]
    assert [b["checks"]["parts"] for b in briefs] == [2, 1]  # the longer article was map-reduced
    made = chat_requests(llm_server) - before
    assert made == 1 + 3  # one request; two parts and their reduce
    env["VNSUMM_LLM_MODEL"] = llm_server.model  # the same model, now named: the same work
    again = vnsumm("brief", str(inputs), "-c", "llm", "-o", str(out), "--format", "json", "-q", *FAST, env=env)
    assert again.returncode == 0 and "0 done, 2 skipped, 0 failed" in again.stderr
    assert chat_requests(llm_server) - before == made  # nothing asked twice


def test_an_unknown_model_stops_the_run_with_one_line_before_any_file(llm_server, tmp_path: Path) -> None:
    out = tmp_path / "briefs"
    run = vnsumm("brief", str(SEEDS), "-c", "llm", "-o", str(out), env={
        "OPENAI_BASE_URL": llm_server.url, "VNSUMM_LLM_MODEL": "qwen-nope"})
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1 and "does not serve model 'qwen-nope'" in run.stderr
    assert llm_server.model in run.stderr and not out.exists()


def test_a_stopped_server_stops_the_run_with_one_line_exit_2_and_the_key_stays_secret(tmp_path: Path) -> None:
    out = tmp_path / "briefs"
    url = f"http://127.0.0.1:{free_port()}/v1"
    run = vnsumm("brief", str(SEEDS), "-c", "llm", "-o", str(out), env={"OPENAI_BASE_URL": url, "OPENAI_API_KEY": KEY})
    assert run.returncode == 2, run.stderr
    assert run.stderr.startswith("vnsumm: error: cannot reach the LLM server at " + url)
    assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr and KEY not in run.stderr
    assert not out.exists()


def test_the_api_key_is_never_written_anywhere(llm_server, tmp_path: Path) -> None:
    out, report = tmp_path / "briefs", tmp_path / "report.json"
    env = {"OPENAI_BASE_URL": llm_server.url, "OPENAI_API_KEY": KEY, "OPENAI_LOG": "debug"}
    run = vnsumm("--debug", "brief", str(SHORT), "-c", "llm", "-o", str(out), "--report", str(report), *FAST, env=env)
    assert run.returncode == 0, run.stderr[-2000:]
    one = vnsumm("brief", str(SHORT), "-c", "llm", "--format", "json", *FAST, env=env)
    assert one.returncode == 0 and json.loads(one.stdout)["brief_en"]
    written = [p.read_text(encoding="utf-8") for p in [*out.iterdir(), report]]
    for text in [run.stdout, run.stderr, one.stdout, one.stderr, *written]:
        assert KEY not in text and KEY[-8:] not in text


def test_eval_scores_the_llm_config_like_any_other(llm_server, tmp_path: Path) -> None:
    data = tmp_path / "data.jsonl"
    rows = [{"id": "s4", "article": SHORT.read_text(encoding="utf-8"), "summary": "Officials met in Hanoi."}]
    data.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    run = vnsumm("eval", "--config", "llm", "--task", "brief", "--data", str(data), "-o", str(tmp_path / "runs"),
                 "--no-baselines", "--bootstrap", "50", "--no-plot", "--quiet", *FAST,
                 env={"OPENAI_BASE_URL": llm_server.url})
    assert run.returncode == 0, run.stderr[-2000:]
    scores = json.loads((tmp_path / "runs" / "scores.json").read_text())
    (label,) = scores["configs"]
    assert label.startswith("llm[") and scores["configs"][label]["n"] == 1 and scores["configs"][label]["n_errors"] == 0
    assert "faith_flagged_pct" in scores["configs"][label]["metrics"]
    record = json.loads(next((tmp_path / "runs" / "predictions").glob("*.jsonl")).read_text().splitlines()[0])
    assert record["prediction"].strip()  # the brief the server wrote


def test_eval_baselines_of_a_briefer_config_borrow_an_llm_translator() -> None:
    from vnsumm.evaluate.runner import build_specs

    specs = build_specs(["llm"], "brief", overrides=["briefer.words=60"])
    baselines = [s for s in specs if s.baseline]
    assert [s.label for s in baselines] == [f"{name}+llm[briefer.words=60]-translator"
                                            for name in ("lead-1", "lead-2", "lead-3", "extractive")]
    assert all(s.config.translator.backend == "llm" and s.config.translator.settings["words"] == 60 for s in baselines)


def test_a_brief_the_real_server_cuts_is_asked_once_more_with_the_ceiling_then_warned(llm_server, tmp_path) -> None:
    before = chat_requests(llm_server)
    run = vnsumm("brief", str(SHORT), "-c", "llm", "--format", "json", "-s", "briefer.max_tokens=3",
                 "-s", "briefer.max_tokens_ceiling=5", "-s", "briefer.max_retries=0",
                 env={"OPENAI_BASE_URL": llm_server.url})
    assert run.returncode == 0, run.stderr
    brief = json.loads(run.stdout)
    assert chat_requests(llm_server) - before == 2  # cut at 3 tokens, asked once more with 5
    assert len(brief["brief_en"].split()) == 5  # the tiny model stops only after "the": cut again
    (warning,) = brief["warnings"]
    assert "cut at max_tokens=5" in warning and brief["brief_en"].split()[-1] in warning
