"""The LLM stages against the fault server: retries, one-line failures, the language check, the
repair round, concurrency and failure isolation. Each test scripts what the server answers."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from fault_server import MODEL, Reply, Seen
from vnsumm.errors import ConfigError, ModelError
from vnsumm.llm.client import ServerError
from vnsumm.llm.stages import WrongLanguage
from vnsumm import read
from vnsumm.pipeline import Pipeline

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
TEXTS = [p.read_text(encoding="utf-8") for p in SEEDS]
GOOD = "Officials held a meeting and discussed closer cooperation between the two sides."
VIETNAMESE = "Việt Nam và Hoa Kỳ tổ chức đối thoại chính sách quốc phòng lần thứ 13 tại Hà Nội."


def pipeline(url: str, monkeypatch: pytest.MonkeyPatch, **settings) -> Pipeline:
    monkeypatch.setenv("OPENAI_BASE_URL", url)
    settings = {"max_retries": 0, "timeout": 5, **settings}
    return Pipeline.from_config("llm", [f"briefer.{k}={v}" for k, v in settings.items()])


def repairs(server) -> list[Seen]:
    return [r for r in server.requests if "facts that are not in the article" in r.user]


def test_a_brief_is_asked_for_with_the_prompts_and_settings(fault, monkeypatch) -> None:
    server = fault(lambda seen: GOOD)
    brief = pipeline(server.url, monkeypatch).brief(TEXTS[4])
    assert brief.brief_en == GOOD and brief.summary == ""
    (seen,) = server.requests
    assert seen.payload["model"] == MODEL and seen.payload["temperature"] == 0 and seen.payload["seed"] == 0
    assert "8/5" in seen.payload["messages"][0]["content"]  # the system prompt's rules
    assert TEXTS[4].split("\n")[0].strip() in seen.user  # the article's title is in the request
    assert brief.checks["attempts"] == [{"brief": GOOD, "unsupported": []}]
    assert brief.models["briefer"]["model"] == MODEL


def test_an_unsupported_fact_triggers_exactly_one_repair_and_the_better_version_is_kept(fault, monkeypatch) -> None:
    wrong = "Vietnam and the United States held their 13th defence policy dialogue, with 999 officers."
    server = fault(lambda seen: "Vietnam and the United States held their 13th defence policy dialogue."
                   if "facts that are not in the article" in seen.user else wrong)
    brief = pipeline(server.url, monkeypatch).brief(TEXTS[0])
    assert len(server.requests) == 2 and len(repairs(server)) == 1
    repair = repairs(server)[0].user
    assert '"999' in repair and wrong in repair and "Hoa Kỳ" in repair  # unsupported items, brief, article
    first, second = brief.checks["attempts"]
    assert first["brief"] == wrong and any("999" in u for u in first["unsupported"])
    assert second["unsupported"] == [] and second.get("kept") is True
    assert brief.brief_en == second["brief"] and brief.checks["unsupported"] == [] and not brief.warnings


def test_a_repair_that_is_no_better_is_not_kept_and_there_is_no_second_repair(fault, monkeypatch) -> None:
    wrong = "Vietnam and the United States met with 999 officers."
    server = fault(lambda seen: "They met with 999 officers and 777 ships." if repairs(server) else wrong)
    brief = pipeline(server.url, monkeypatch).brief(TEXTS[0])
    assert len(server.requests) == 2 and len(repairs(server)) == 1
    assert brief.brief_en == wrong and brief.checks["attempts"][0].get("kept") is True
    assert brief.warnings and "999" in brief.warnings[0]  # still unsupported: --strict would refuse it


def test_a_vietnamese_answer_is_asked_again_once_more_firmly_then_fails(fault, monkeypatch) -> None:
    server = fault(lambda seen: VIETNAMESE)
    with pytest.raises(WrongLanguage, match="^the model answered in Vietnamese, not English"):
        pipeline(server.url, monkeypatch).brief(TEXTS[4])
    assert len(server.requests) == 2
    assert "not in English" not in server.requests[0].user and "not in English" in server.requests[1].user


def test_a_vietnamese_first_answer_then_english_is_fine(fault, monkeypatch) -> None:
    server = fault(lambda seen: GOOD if "not in English" in seen.user else VIETNAMESE)
    assert pipeline(server.url, monkeypatch).brief(TEXTS[4]).brief_en == GOOD
    assert len(server.requests) == 2


def test_429_is_retried_after_the_servers_retry_after(fault, monkeypatch) -> None:
    server = fault(lambda seen: Reply(status=429, headers={"Retry-After": "1"},
                                      body=b'{"error": {"message": "slow down"}}')
                   if len(server.requests) == 1 else GOOD)
    start = time.monotonic()
    brief = pipeline(server.url, monkeypatch, max_retries=2).brief(TEXTS[4])
    assert brief.brief_en == GOOD and len(server.requests) == 2
    assert server.requests[1].start - server.requests[0].start >= 0.95
    assert time.monotonic() - start < 5


@pytest.mark.parametrize("reply, reason", [
    (Reply(status=500, body=b'{"error": {"message": "boom"}}'), r"answered 500 after 1 retries"),
    (Reply(status=429, headers={"Retry-After": "0"}, body=b"{}"), r"answered 429 after 1 retries"),
    (Reply(body=b"<html>not json"), r"not a chat completion"),
    (Reply(text=""), r"empty answer"),
    (Reply(text=None), r"empty answer"),
    (Reply(text="  <think>thinking only</think> "), r"only reasoning"),
    (Reply(delay=1.5), r"sent nothing for 0.5 s .1 retries."),
])
def test_a_request_that_keeps_failing_is_one_line_for_that_article(fault, monkeypatch, reply, reason) -> None:
    server = fault(lambda seen: reply)
    with pytest.raises(ModelError, match=reason) as info:
        pipeline(server.url, monkeypatch, max_retries=1, timeout=0.5).brief(TEXTS[4])
    assert "\n" not in str(info.value)
    retried = reply.status != 200 or reply.delay > 0  # an answer that came but is unusable is not retried
    assert len(server.requests) == (2 if retried else 1)


def test_a_refusal_is_a_failure_not_an_empty_brief(fault, monkeypatch) -> None:
    server = fault(lambda seen: Reply(text=None, refusal="I can't help with that."))
    with pytest.raises(ModelError, match="the model refused: I can't help with that"):
        pipeline(server.url, monkeypatch).brief(TEXTS[4])


def test_requests_of_a_batch_go_out_concurrently_up_to_the_setting(fault, monkeypatch) -> None:
    from vnsumm.llm.client import Throttle

    # every answer counts as prompt, however loaded this machine is: growth is what is tested here, not
    # the back-off (tests/llm/test_slow_and_secret.py), so no first token may be judged late by the clock
    monkeypatch.setattr(Throttle, "SLOW_SLACK", 3600.0)
    articles = [read(t) for t in TEXTS[1:2] * 10]
    for concurrency in (1, 4):
        server = fault(lambda seen: Reply(GOOD, delay=0.25))
        briefs = pipeline(server.url, monkeypatch, concurrency=concurrency).brief_articles(articles)
        assert [b.brief_en for b in briefs] == [GOOD] * 10
        assert server.max_overlap() == concurrency  # grown to the setting while answers come promptly


def test_a_long_article_is_split_mapped_and_reduced_with_nothing_dropped(fault, monkeypatch) -> None:
    def reply(seen: Seen) -> str:
        return f"Notes {len(server.requests)}." if "This is part" in seen.user else GOOD

    server = fault(reply)
    brief = pipeline(server.url, monkeypatch, context_tokens=1500, max_tokens=200).brief(TEXTS[0])
    parts = [r.user for r in server.requests if "This is part" in r.user]
    assert brief.brief_en == GOOD and brief.checks["parts"] == len(parts) >= 3
    assert all(f"part {i + 1} of {len(parts)}" in p for i, p in enumerate(parts))
    assert all(len(r.user) + len(r.payload["messages"][0]["content"]) <= (1500 - 200) * 2 for r in server.requests)
    sent = "".join("".join(p.split("\n\n", 1)[1].split("\n", 1)[1].split()) for p in parts)
    article = read(TEXTS[0])
    assert "".join(article.body.split()) in sent  # every word of the body went to the model, in order
    reduce = server.requests[-1].user
    assert "notes on the parts" in reduce and all(f"Notes {i}." in reduce for i in range(1, len(parts) + 1))


def test_the_server_and_model_are_checked_when_the_stage_is_built(fault, monkeypatch) -> None:
    server = fault(lambda seen: GOOD)
    monkeypatch.setenv("VNSUMM_LLM_MODEL", "no-such-model")
    with pytest.raises(ServerError, match="does not serve model 'no-such-model'; it serves: fault-model") as info:
        pipeline(server.url, monkeypatch)
    assert info.value.exit_code == 2 and not server.requests
    monkeypatch.delenv("VNSUMM_LLM_MODEL")
    monkeypatch.delenv("OPENAI_BASE_URL")
    with pytest.raises(ConfigError, match="no LLM server: set OPENAI_BASE_URL"):
        Pipeline.from_config("llm")
    with pytest.raises(ConfigError, match="briefer.concurrency must be an integer of at least 1"):
        pipeline(server.url, monkeypatch, concurrency=0)
    with pytest.raises(ConfigError, match="briefer backend 'llm' has no setting temprature"):
        pipeline(server.url, monkeypatch, temprature=0)
    with pytest.raises(ConfigError, match="replaces the summarizer and translator"):
        Pipeline.from_config("llm", ["summarizer={backend: extractive}"])


def test_in_a_folder_run_the_failing_article_fails_alone_and_no_success_is_asked_twice(fault, tmp_path) -> None:
    import os
    import subprocess
    import sys

    bad_title = "Tại buổi tiếp Bộ trưởng Chiến tranh Pete Hegseth"  # only in seed 001
    server = fault(lambda seen: VIETNAMESE if bad_title in seen.user else GOOD)
    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    for seed in SEEDS[1:]:
        (inputs / seed.name).write_bytes(seed.read_bytes())
    env = {**os.environ, "OPENAI_BASE_URL": server.url}
    run = subprocess.run([sys.executable, "-m", "vnsumm", "brief", str(inputs), "-c", "llm", "-o", str(out), "-q",
                          "-s", "briefer.max_retries=0"], capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 1
    lines = run.stderr.strip().splitlines()
    assert lines[0] == (f"vnsumm: failed {inputs / SEEDS[1].name}: the model answered in Vietnamese, "
                        "not English (asked twice)")
    assert lines[-1].startswith("vnsumm: 3 done, 0 skipped, 1 failed")
    # three briefs asked once; the failing one asked twice (the firmer retry), and never again: the
    # briefer hands each article's failure to the run alone, so nothing is re-sent to isolate it
    assert len(server.requests) == 3 + 2


def two_stage(url: str, monkeypatch: pytest.MonkeyPatch) -> Pipeline:
    from vnsumm.config import from_dict

    monkeypatch.setenv("OPENAI_BASE_URL", url)
    stage = {"backend": "llm", "max_retries": 0}
    return Pipeline.from_config(from_dict({"summarizer": stage, "translator": stage}, name="two-stage"))


SUMMARY_VI = "Ngày 8/5, Thượng tướng Hoàng Xuân Chiến tiếp đoàn Hoa Kỳ tại Hà Nội."


def test_llm_as_summarizer_and_translator_with_the_translation_guarded(fault, monkeypatch) -> None:
    def reply(seen: Seen) -> str:
        if seen.user.startswith("Viết bản tóm tắt"):
            return SUMMARY_VI
        if "facts that are not in the article" in seen.user:
            return "On May 8, Senior Lieutenant General Hoang Xuan Chien received a US delegation in Hanoi."
        return "On May 18, Senior Lieutenant General Hoang Xuan Chien received a US delegation in Hanoi."

    server = fault(reply)
    brief = two_stage(server.url, monkeypatch).brief(TEXTS[0])
    assert brief.summary == SUMMARY_VI
    assert brief.brief_en.startswith("On May 8,") and not brief.warnings
    assert [r.user.split("\n")[0][:20] for r in server.requests][:2] == ["Viết bản tóm tắt tiế", "Translate this Vietn"]
    repair = repairs(server)
    assert len(repair) == 1 and SUMMARY_VI in repair[0].user  # checked against what it translated
    assert brief.models["summarizer"]["backend"] == brief.models["translator"]["backend"] == "llm"


def test_a_summarizer_that_answers_in_english_is_asked_again_in_vietnamese(fault, monkeypatch) -> None:
    server = fault(lambda seen: GOOD)
    with pytest.raises(WrongLanguage, match="the model answered in English, not Vietnamese"):
        two_stage(server.url, monkeypatch).summarize_articles([read(TEXTS[4])])
    assert len(server.requests) == 2 and "not in Vietnamese" in server.requests[1].user


def test_ctrl_c_ends_a_run_at_once_without_waiting_for_requests_in_flight(fault, tmp_path) -> None:
    import os
    import signal
    import subprocess
    import sys

    started: dict[str, object] = {}

    def ctrl_c_at_the_first_request(seen):  # the signal comes at a known point: a request in flight
        if len(server.requests) == 1:  # (the briefer starts with one request in flight and grows on answers)
            started["at"] = time.monotonic()
            started["proc"].send_signal(signal.SIGINT)
        return Reply(GOOD, delay=30)

    server = fault(ctrl_c_at_the_first_request)
    env = {**os.environ, "OPENAI_BASE_URL": server.url}
    started["proc"] = proc = subprocess.Popen(
        [sys.executable, "-m", "vnsumm", "brief", str(SEEDS[0].parent), "-c", "llm", "-o", str(tmp_path / "out"),
         "-q"], env=env, stderr=subprocess.PIPE, text=True)
    stderr = proc.communicate(timeout=300)[1]
    start = started["at"]
    assert proc.returncode == 130 and time.monotonic() - start < 10
    assert "interrupted with 5 article(s) left" in stderr and "Traceback" not in stderr


def test_an_english_brief_full_of_vietnamese_names_is_english(fault, monkeypatch) -> None:
    names = ("Senior Lieutenant General Hoàng Xuân Chiến met Pete Hegseth in Hà Nội. Nguyễn Phú Trọng, "
             "Phạm Minh Chính and Bùi Thanh Sơn attended the talks in Đà Nẵng.")
    server = fault(lambda seen: names)
    assert pipeline(server.url, monkeypatch, repair="false").brief(TEXTS[0]).brief_en == names
    assert len(server.requests) == 1  # not asked again "in English"


def test_a_base_url_setting_wins_over_the_environment(fault, monkeypatch) -> None:
    used, unused = fault(lambda seen: GOOD), fault(lambda seen: GOOD)
    monkeypatch.setenv("OPENAI_BASE_URL", unused.url)
    pipe = Pipeline.from_config("llm", [f"briefer.base_url={used.url}", "briefer.max_retries=0"])
    pipe.brief(TEXTS[4])
    assert len(used.requests) == 1 and not unused.requests
    assert pipe.describe()["briefer"]["base_url"] == used.url


@pytest.mark.parametrize("status, message", [(401, "refused the API key .401.: check OPENAI_API_KEY"),
                                             (404, "did not list its models at /models")])
def test_a_server_that_refuses_the_probe_stops_before_any_article(fault, monkeypatch, status, message) -> None:
    server = fault(lambda seen: GOOD, models_status=status)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-secret-probe-123456")
    with pytest.raises(ServerError, match=message) as info:
        pipeline(server.url, monkeypatch)
    assert info.value.exit_code == 2 and "sk-secret" not in str(info.value) and not server.requests


def test_notes_that_never_fit_fail_the_article_instead_of_being_cut(fault, monkeypatch) -> None:
    server = fault(lambda seen: "Officials met and talked. " * 120 if "This is part" in seen.user else GOOD)
    with pytest.raises(ModelError, match="does not fit context_tokens=1500 even after 2 rounds"):
        pipeline(server.url, monkeypatch, context_tokens=1500, max_tokens=64, max_rounds=2).brief(TEXTS[0])
    assert server.requests and not any("notes on the parts" in r.user for r in server.requests)  # no reduce sent


def test_a_failed_repair_request_keeps_the_first_brief_with_its_warning(fault, monkeypatch) -> None:
    wrong = "Vietnam and the United States met with 999 officers."
    server = fault(lambda seen: Reply(status=500, body=b"{}") if "facts that are not in the article" in seen.user
                   else wrong)
    brief = pipeline(server.url, monkeypatch).brief(TEXTS[0])
    assert brief.brief_en == wrong and "999" in brief.warnings[0]
    assert brief.checks["attempts"][1]["rejected"].startswith("the LLM server answered 500")


def test_the_served_model_is_part_of_the_fingerprint_however_it_was_chosen(fault, monkeypatch) -> None:
    from vnsumm.config import from_dict

    server = fault(lambda seen: GOOD)
    implicit = pipeline(server.url, monkeypatch).config.fingerprint()  # the server's only model
    monkeypatch.setenv("VNSUMM_LLM_MODEL", MODEL)
    assert pipeline(server.url, monkeypatch).config.fingerprint() == implicit
    stage = {"backend": "llm"}
    two = Pipeline.from_config(from_dict({"summarizer": {"backend": "extractive"}, "translator": stage}))
    assert two.config.translator.model == MODEL and two.config.summarizer.model is None
