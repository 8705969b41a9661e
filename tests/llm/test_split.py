"""Fitting long articles into the context: parts fit, nothing is dropped, order is kept."""
from __future__ import annotations

from pathlib import Path

import pytest

from vnsumm.errors import ConfigError
from vnsumm.llm.prompts import DEFAULT_PROMPTS, prompts_with
from vnsumm.llm.split import estimate_tokens, split_to_budget

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_2b6d86a53e841c95.txt"


@pytest.mark.parametrize("budget", [40, 150, 700])
def test_parts_fit_and_keep_every_word_in_order(budget: int) -> None:
    paragraphs = SEED.read_text(encoding="utf-8").split("\n\n")
    paragraphs.append("x" * 2000)  # one "word" longer than any budget
    parts = split_to_budget(paragraphs, budget, 2.0)
    assert len(parts) > 1
    assert all(estimate_tokens(p, 2.0) <= budget for p in parts)
    assert "".join("".join(parts).split()) == "".join("".join(paragraphs).split())


def test_a_short_text_is_one_part() -> None:
    assert split_to_budget(["Một câu.", "Hai câu."], 1000, 2.0) == ["Một câu.\n\nHai câu."]


def test_prompts_are_data_checked_when_the_config_loads() -> None:
    assert prompts_with({"brief": "Brief: {article}"})["brief"] == "Brief: {article}"
    assert prompts_with(None) == DEFAULT_PROMPTS
    with pytest.raises(ConfigError, match="no prompt breif"):
        prompts_with({"breif": "x {article}"})
    with pytest.raises(ConfigError, match=r"prompts.brief uses \{artcle\}"):
        prompts_with({"brief": "x {artcle}"})
    with pytest.raises(ConfigError, match="must contain"):
        prompts_with({"translate": "no field here"})


def test_default_prompts_say_what_a_brief_is() -> None:
    text = DEFAULT_PROMPTS["system"] + DEFAULT_PROMPTS["brief"]
    for needle in ("8/5", "8 May", "Vietnamese spelling", "only facts", "who did what, when and where", "opinions"):
        assert needle.lower() in text.lower(), needle
