"""Measure the checker: false alarms on correct (article, English) pairs, and recall of
numbers and dates planted wrong in them.

    python -m vnsumm.check.bench PAIRS.jsonl [--vi-field vi] [--en-field en] [--seed 0]
    python -m vnsumm.check.bench tests/check/briefs/vietnews_dev.en.jsonl \
        --articles vietnews_dev.jsonl --vi-field title,summary,article --repeat 5

Each planted error changes one number, date, ordinal or year of the English text (a digit,
a scale word, a day, a month, a year, or the day/month order) and counts as caught when an
unsupported fact overlaps the changed span.
"""
from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Iterable
from typing import Any

from vnsumm.check.facts import Fact
from vnsumm.check.facts_en import extract_en
from vnsumm.check.match import DATE_KINDS, NUMBER_KINDS, check

__all__ = ["plant_error", "measure"]

_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"]
_SCALE_SWAP = {"million": "billion", "billion": "million", "thousand": "million",
               "trillion": "billion", "m": "bn", "bn": "m"}
CHECKED = NUMBER_KINDS + DATE_KINDS


def _change_digit(text: str, rng: random.Random) -> str:
    positions = [i for i, ch in enumerate(text) if ch.isdigit()]
    i = rng.choice(positions)
    options = [d for d in "0123456789" if d != text[i] and not (i == positions[0] and d == "0")]
    return text[:i] + rng.choice(options) + text[i + 1:]


def _mutate(fact: Fact, rng: random.Random) -> str | None:
    """A wrong version of ``fact.text``, or None when none can be made."""
    text = fact.text
    if fact.kind in ("date", "month"):
        month_word = re.search("|".join(_MONTH_NAMES), text)
        choice = rng.random()
        if fact.kind == "date" and month_word and fact.day and fact.day <= 12 and fact.month != fact.day \
                and choice < 0.3:  # the day/month swap small models make: 8/5 -> August 5
            return re.sub(r"\d{1,2}(?:st|nd|rd|th)?", str(fact.month), text, count=1).replace(
                month_word.group(0), _MONTH_NAMES[fact.day - 1])
        if month_word and (choice < 0.65 or fact.kind == "month"):
            other = rng.choice([m for m in _MONTH_NAMES if m != month_word.group(0)])
            return text.replace(month_word.group(0), other)
    if fact.kind == "weekday":
        days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        return rng.choice([d for d in days if d != text])
    if not re.search(r"\d", text):
        return None
    scale = re.search(r"\b(million|billion|thousand|trillion|bn|m)\b", text)
    if fact.kind == "amount" and scale and rng.random() < 0.2:
        return text[:scale.start()] + _SCALE_SWAP[scale.group(1)] + text[scale.end():]
    return _change_digit(text, rng)


def plant_error(english: str, rng: random.Random) -> tuple[str, int, int] | None:
    """``english`` with one number or date changed, and the changed span; None if it has none."""
    facts = [f for f in extract_en(english) if f.kind in CHECKED]
    rng.shuffle(facts)
    for fact in facts:
        wrong = _mutate(fact, rng)
        if wrong and wrong != fact.text:
            return english[:fact.start] + wrong + english[fact.end:], fact.start, fact.start + len(wrong)
    return None


def measure(pairs: Iterable[tuple[str, str]], seed: int = 0) -> dict[str, Any]:
    """False-alarm and recall figures over (vietnamese, english) pairs."""
    rng = random.Random(seed)
    facts = false_alarms = briefs = flagged_briefs = planted = caught = 0
    for vi, en in pairs:
        result = check(vi, en)
        numeric = [c for c in result.supported + result.unsupported if c.fact.kind in CHECKED]
        bad = [c for c in result.unsupported if c.fact.kind in CHECKED]
        facts += len(numeric)
        false_alarms += len(bad)
        briefs += 1
        flagged_briefs += bool(result.unsupported)
        wrong = plant_error(en, rng)
        if wrong is None:
            continue
        text, start, end = wrong
        planted += 1
        caught += any(c.fact.start < end and c.fact.end > start for c in check(vi, text).unsupported)
    return {
        "pairs": briefs,
        "number_date_facts": facts,
        "false_alarm_rate": round(false_alarms / facts, 4) if facts else None,
        "briefs_flagged_share": round(flagged_briefs / briefs, 4) if briefs else None,
        "planted_errors": planted,
        "recall": round(caught / planted, 4) if planted else None,
    }


def _read_jsonl(path: str) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pairs", help="JSON lines with a Vietnamese and an English field")
    parser.add_argument("--vi-field", default="vi",
                        help="field(s) of the Vietnamese text, comma-separated: title,summary,article")
    parser.add_argument("--en-field", default="en")
    parser.add_argument("--articles", help="JSON lines holding the Vietnamese fields, joined on 'id'")
    parser.add_argument("--repeat", type=int, default=1, help="plant this many errors per pair")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    rows = _read_jsonl(args.pairs)
    articles = {r["id"]: r for r in _read_jsonl(args.articles)} if args.articles else {}
    fields = args.vi_field.split(",")
    pairs = []
    for row in rows:
        source = articles.get(row.get("id"), row) if articles else row
        pairs.append(("\n\n".join(source[f] for f in fields if source.get(f)), row[args.en_field]))
    print(json.dumps(measure(pairs * args.repeat, args.seed), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
