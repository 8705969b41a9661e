"""What the LLM stages do with the answer they get: cut at max_tokens, reasoning blocks, the English
check with the article's names masked, the repair's article and choice, the brief's shape, and the
API key echoed back by the server. Each test scripts the fault server."""
from __future__ import annotations

import pytest

from fault_server import Reply, Seen
from language_cases import ENGLISH, FOREIGN
from test_guard import GOOD, TEXTS, pipeline, repairs
from vnsumm import read
from vnsumm.errors import ModelError
from vnsumm.llm.english import answered_in, article_names
from vnsumm.llm.shape import shape_problems

LONG_CUT = "Officials of the two sides met and discussed closer cooperation on defence and"


# -- cut answers -------------------------------------------------------------------------------
def test_a_cut_brief_is_asked_again_with_the_ceiling_and_kept_without_warning_when_whole(fault, monkeypatch) -> None:
    server = fault(lambda seen: Reply(LONG_CUT, finish="length") if seen.payload["max_tokens"] == 100 else GOOD)
    brief = pipeline(server.url, monkeypatch, max_tokens=100, max_tokens_ceiling=300).brief(TEXTS[4])
    assert [r.payload["max_tokens"] for r in server.requests] == [100, 300]
    assert brief.brief_en == GOOD and not brief.warnings


def test_a_brief_cut_twice_carries_a_warning_naming_what_was_cut(fault, monkeypatch) -> None:
    server = fault(lambda seen: Reply(LONG_CUT, finish="length"))
    brief = pipeline(server.url, monkeypatch, max_tokens=100, max_tokens_ceiling=300).brief(TEXTS[4])
    assert len(server.requests) == 2  # one retry, not more
    (warning,) = [w for w in brief.warnings if "cut" in w]
    assert "max_tokens=300" in warning and "cooperation on defence and" in warning


def test_a_cut_map_step_note_is_redone_on_smaller_parts_and_never_reaches_the_reduce(fault, monkeypatch) -> None:
    cut_once = set()

    def reply(seen: Seen) -> Reply | str:
        if "This is part" not in seen.user:
            return GOOD
        if len(cut_once) < 1:  # the first note is cut
            cut_once.add(seen.user)
            return Reply("CUTNOTE the defence ministers", finish="length")
        return f"Note {len(server.requests)}."

    server = fault(reply)
    brief = pipeline(server.url, monkeypatch, context_tokens=1500, max_tokens=200).brief(TEXTS[0])
    reduce = server.requests[-1].user
    assert "notes on the parts" in reduce and "CUTNOTE" not in reduce
    first = next(iter(cut_once)).split("\n\n", 1)[1].split("\n", 1)[1]  # the article text of the cut part
    redone = [r.user for r in server.requests[1:] if "This is part 1 of" in r.user]
    assert len(redone) >= 2 and all(len(r) < len(next(iter(cut_once))) for r in redone)
    assert "".join("".join(r.split("\n\n", 1)[1].split("\n", 1)[1].split()) for r in redone) == "".join(first.split())
    assert brief.brief_en == GOOD


def test_a_cut_translation_part_is_split_and_each_half_translated(fault, monkeypatch) -> None:
    from vnsumm.config import from_dict
    from vnsumm.pipeline import Pipeline

    def reply(seen: Seen) -> Reply | str:
        if seen.user.startswith("Viết"):
            return "Ngày 8/5, đoàn Hoa Kỳ tới Hà Nội. Hai bên bàn về hợp tác quốc phòng và an ninh biển."
        body = seen.user.split("Vietnamese:\n", 1)[1]
        return Reply("The delegation", finish="length") if "Hà Nội" in body and "hợp tác" in body else \
            "The two sides talked."

    server = fault(reply)
    monkeypatch.setenv("OPENAI_BASE_URL", server.url)
    stage = {"backend": "llm", "max_retries": 0, "repair": False}
    pipe = Pipeline.from_config(from_dict({"summarizer": stage, "translator": stage}))
    brief = pipe.brief(TEXTS[4])
    translations = [r for r in server.requests if r.user.startswith("Translate")]
    assert len(translations) >= 3  # the whole summary (cut), then its smaller parts
    whole, *parts = [r.user.split("Vietnamese:\n", 1)[1] for r in translations]
    assert "".join("".join(parts).split()) == "".join(whole.split())  # every word, once, in order
    assert brief.brief_en == " ".join(["The two sides talked."] * len(parts))


def test_each_translation_part_is_small_enough_for_its_translation_to_fit_max_tokens(fault, monkeypatch) -> None:
    from vnsumm.config import from_dict
    from vnsumm.llm.split import estimate_tokens
    from vnsumm.pipeline import Pipeline

    server = fault(lambda seen: "The two sides talked.")
    monkeypatch.setenv("OPENAI_BASE_URL", server.url)
    stage = {"backend": "llm", "max_retries": 0, "repair": False, "max_tokens": 120}
    pipe = Pipeline.from_config(from_dict({"summarizer": {"backend": "extractive"}, "translator": stage}))
    pipe.translator.translate([TEXTS[0][:3000]])
    parts = [r.user.split("Vietnamese:\n", 1)[1] for r in server.requests]
    assert len(parts) >= 10 and all(estimate_tokens(p, 2.0) <= 120 for p in parts)


@pytest.mark.parametrize("reply, kept", [
    (Reply("<think>The article says 8/5.</think>Officials met in Hanoi."), "Officials met in Hanoi."),
    (Reply("<thinking>plan</thinking>\nOfficials met in Hanoi."), "Officials met in Hanoi."),
    (Reply("plan the brief first</think>Officials met in Hanoi."), "Officials met in Hanoi."),
    (Reply("Officials met in Hanoi.", reasoning="The article says 8/5, so ..."), "Officials met in Hanoi."),
])
def test_reasoning_is_removed_from_the_brief(fault, monkeypatch, reply, kept) -> None:
    server = fault(lambda seen: reply)
    assert pipeline(server.url, monkeypatch).brief(TEXTS[4]).brief_en == kept


@pytest.mark.parametrize("reply, reason", [
    (Reply("<think>The article is about a meeting in Hà Nội and", finish="length"),
     "only reasoning, no text; it ran out of max_tokens"),
    (Reply("<thinking>The article is about", finish="stop"), "only reasoning, no text$"),
    (Reply("", reasoning="Let me think about the article", finish="length"), "only reasoning"),
])
def test_an_answer_that_is_only_reasoning_is_a_failure_with_its_reason(fault, monkeypatch, reply, reason) -> None:
    server = fault(lambda seen: reply)
    with pytest.raises(ModelError, match=reason):
        pipeline(server.url, monkeypatch).brief(TEXTS[4])


# -- the English check -------------------------------------------------------------------------
@pytest.mark.parametrize("brief, source", ENGLISH)
def test_a_short_english_brief_full_of_vietnamese_names_is_english(brief, source) -> None:
    assert answered_in(brief, "en", article_names(source)) is None


@pytest.mark.parametrize("brief, language, source", FOREIGN)
def test_a_french_german_or_vietnamese_brief_is_refused(brief, language, source) -> None:
    assert answered_in(brief, "en", article_names(source)) == language


def test_a_french_brief_is_asked_again_then_fails(fault, monkeypatch) -> None:
    from vnsumm.llm.stages import WrongLanguage

    server = fault(lambda seen: "Les responsables vietnamiens et américains se sont réunis à Hanoï pour discuter.")
    with pytest.raises(WrongLanguage, match="answered in French, not English"):
        pipeline(server.url, monkeypatch).brief(TEXTS[0])
    assert len(server.requests) == 2


def test_a_short_english_brief_with_the_articles_names_is_accepted_through_the_server(fault, monkeypatch) -> None:
    short = "Hoàng Xuân Chiến met Pete Hegseth in Hà Nội."
    server = fault(lambda seen: short)
    assert pipeline(server.url, monkeypatch, repair="false").brief(TEXTS[0]).brief_en == short
    assert len(server.requests) == 1


# -- the repair --------------------------------------------------------------------------------
def test_a_repair_with_as_many_unsupported_facts_is_not_kept(fault, monkeypatch) -> None:
    wrong = "Vietnam and the United States met with 999 officers."
    server = fault(lambda seen: "They met with 777 officers." if repairs(server) else wrong)
    brief = pipeline(server.url, monkeypatch).brief(TEXTS[0])
    first, second = brief.checks["attempts"]
    assert len(first["unsupported"]) == len(second["unsupported"]) == 1
    assert brief.brief_en == wrong and first.get("kept") is True and not second.get("kept")


def test_when_the_article_does_not_fit_the_repair_gets_the_article_part_not_the_notes(fault, monkeypatch) -> None:
    wrong = ("Hoàng Xuân Chiến and Hoàng Xuân Chiến met John Noh in Hà Nội. The United States gave "
             "999 million USD for Biên Hòa.")  # the unsupported figure is in the Biên Hòa sentence

    def reply(seen: Seen) -> str:
        return "NOTES of the model." if "This is part" in seen.user else wrong

    server = fault(reply)
    pipeline(server.url, monkeypatch, context_tokens=1500, max_tokens=200).brief(TEXTS[0])
    (repair,) = repairs(server)
    article = repair.user.split("Article:\n", 1)[1]
    assert "NOTES" not in article and "".join(article.split()) in "".join(read(TEXTS[0]).check_text().split())
    assert "130 triệu USD" in article and "Biên Hòa" in article  # the part the unsupported fact draws on


# -- the brief's shape -------------------------------------------------------------------------
NAMES = article_names(TEXTS[0])


@pytest.mark.parametrize("text, problem", [
    ("Officials met. " * 2 + " ".join(["word"] * 190) + ".", "words, more than 1.5 x the 120"),
    ("Officials met in Hanoi. They discussed defence ties. They discussed defence ties.", "repeats a sentence"),
    ("The cựu veterans met Hoàng Xuân Chiến in Hà Nội.", "Vietnamese words that are not names: cựu"),
])
def test_a_brief_of_the_wrong_shape_is_named(text, problem) -> None:
    (found,) = shape_problems(text, 120, NAMES)
    assert problem in found


@pytest.mark.parametrize("text", [
    " ".join(["word"] * 175) + ".",  # within the margin
    "Hoàng Xuân Chiến met Pete Hegseth in Hà Nội. They talked. They talked.",  # too short to be a loop
    "Bùi Thanh Sơn and Phạm Minh Chính met in Đà Nẵng.",
])
def test_a_brief_of_the_right_shape_has_no_problem(text) -> None:
    assert shape_problems(text, 120, NAMES | article_names("Bùi Thanh Sơn, Phạm Minh Chính, Đà Nẵng")) == []


LOOP = "Officials met in Hanoi. They discussed defence ties. They discussed defence ties."


@pytest.mark.parametrize("shortened, kept, warned", [
    ("Officials met in Hanoi. They discussed defence ties.", True, False),
    (LOOP, False, True),  # no better: the first stands, with its warning
])
def test_a_brief_of_the_wrong_shape_gets_one_shortening_request_then_a_warning(fault, monkeypatch, shortened,
                                                                               kept, warned) -> None:
    server = fault(lambda seen: shortened if "has these problems" in seen.user else LOOP)
    brief = pipeline(server.url, monkeypatch).brief(TEXTS[0])
    asks = [r for r in server.requests if "has these problems" in r.user]
    assert len(asks) == 1 and "repeats a sentence" in asks[0].user
    assert brief.brief_en == (shortened if kept else LOOP)
    assert any("repeats a sentence" in w for w in brief.warnings) == warned


def test_a_vietnamese_summary_cut_twice_reaches_the_brief_as_a_warning(fault, monkeypatch) -> None:
    from vnsumm.config import from_dict
    from vnsumm.pipeline import Pipeline

    summary = "Ngày 8/5, đoàn Hoa Kỳ tới Hà Nội và hai bên bàn về hợp tác quốc phòng"
    server = fault(lambda seen: Reply(summary, finish="length") if seen.user.startswith("Viết") else
                   "On 8 May, a US delegation came to Hanoi.")
    monkeypatch.setenv("OPENAI_BASE_URL", server.url)
    stage = {"backend": "llm", "max_retries": 0, "repair": False, "max_tokens": 100, "max_tokens_ceiling": 200}
    brief = Pipeline.from_config(from_dict({"summarizer": stage, "translator": stage})).brief(TEXTS[4])
    asked = [r.payload["max_tokens"] for r in server.requests if r.user.startswith("Viết")]
    assert asked == [100, 200] and brief.summary == summary
    assert any("cut at max_tokens=200" in w and "quốc phòng" in w for w in brief.warnings)


def test_notes_that_are_always_cut_fail_the_article_after_two_splits_without_a_reduce(fault, monkeypatch) -> None:
    server = fault(lambda seen: Reply("Officials met and", finish="length") if "This is part" in seen.user else GOOD)
    with pytest.raises(ModelError, match=r"the note on part 1 of \d+ was cut at max_tokens=200 even for \d+ char"):
        pipeline(server.url, monkeypatch, context_tokens=1500, max_tokens=200).brief(TEXTS[0])
    sizes = [len(r.user) for r in server.requests]
    assert len(sizes) == 3 and sizes[0] > sizes[1] > sizes[2]  # the part, its first half, its first quarter
    assert not any("notes on the parts" in r.user for r in server.requests)
