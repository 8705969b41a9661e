"""Measure the checker: false alarms on correct (article, English) pairs, and recall of
errors planted in them.

    python -m vnsumm.check.bench PAIRS.jsonl [--vi-field vi] [--en-field en] [--seed 0] [--synthetic]
    python -m vnsumm.check.bench --seeds seeds --briefs tests/check/briefs --synthetic
    python -m vnsumm.check.bench tests/check/briefs/vietnews_dev.en.jsonl \
        --articles vietnews_dev.jsonl --vi-field title,summary,article --repeat 5

Three kinds of planted error, each counted as caught when an unsupported fact of the checked
text overlaps the changed span:
- ``fact``: one number, date, ordinal or year the extractor finds is changed (a digit, a scale
  word, a day, a month, a year, or the day/month order);
- ``digit``: one digit anywhere in the English text is changed, found without the extractor
  (clock times, decades, "600Mbit/s", "COVID-19", "Boeing 737" included);
- ``name``: one capitalised name that the article spells (or names through the gazetteer) is
  swapped for a name of another pair of the corpus that this article does not have.

False alarms are reported per group: numbers and dates (amounts, numbers, percentages, ordinals,
years, dates, months, weekdays, clock times, decades, codes) and names (people and places).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
from pathlib import Path
from collections.abc import Iterable, Sequence
from typing import Any

from vnsumm.check.facts import Fact
from vnsumm.check.facts_en import extract_en
from vnsumm.check.gazetteer import ENTRIES, find_alias
from vnsumm.check.match import DATE_KINDS, NUMBER_KINDS, Source, check_source
from vnsumm.check.plants import NEW_PLANTS, plant_clock, plant_exonym, plant_number_word, plant_office, \
    synthetic_sentences
from vnsumm.check.text import fold
from vnsumm.check.titles import TITLE_KINDS

__all__ = ["plant_error", "plant_digit", "plant_name", "name_spans", "measure", "PLANTS"]

_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"]
_SCALE_SWAP = {"million": "billion", "billion": "million", "thousand": "million",
               "trillion": "billion", "m": "bn", "bn": "m"}
CHECKED = NUMBER_KINDS + DATE_KINDS  # amounts ... years, codes; dates ... clock times, decades
NUMBER_DATE_KINDS = CHECKED
NAME_KINDS = ("name", "place")
PLANTS = ("fact", "digit", "name") + NEW_PLANTS
_OFFICE_KIND = {"title": "title", "ministry": "organisation", "level": "relationship"}


def _change_digit(text: str, rng: random.Random, positions: Sequence[int] | None = None) -> tuple[str, int]:
    """``text`` with one digit changed (never a leading digit to 0), and where."""
    digits = [i for i, ch in enumerate(text) if ch.isdigit()]
    i = rng.choice(list(positions) if positions else digits)
    leading = i == 0 or not text[i - 1].isdigit()
    options = [d for d in "0123456789" if d != text[i] and not (leading and d == "0")]
    return text[:i] + rng.choice(options) + text[i + 1:], i


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
    return _change_digit(text, rng)[0]


def plant_error(english: str, rng: random.Random) -> tuple[str, int, int] | None:
    """``english`` with one extracted number or date changed, and the changed span; None if it
    has none."""
    facts = [f for f in extract_en(english) if f.kind in CHECKED]
    rng.shuffle(facts)
    for fact in facts:
        wrong = _mutate(fact, rng)
        if wrong and wrong != fact.text:
            return english[:fact.start] + wrong + english[fact.end:], fact.start, fact.start + len(wrong)
    return None


def plant_digit(english: str, rng: random.Random) -> tuple[str, int, int] | None:
    """``english`` with one digit, chosen among all its digits, changed; None if it has none."""
    if not any(ch.isdigit() for ch in english):
        return None
    text, i = _change_digit(english, rng)
    return text, i, i + 1


_CAPITALISED = re.compile(r"[A-Z][\w'’.]*(?:(?:[ -]|\s(?:de|of|the|van|von|bin)\s)[A-Z][\w'’.]*)*")
_LEADING = re.compile(r"^(?:The|A|An|In|On|At|By|For|From|Of|To|With|As|But|And|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s")
_GAZETTEER_FORMS = {form: e for e in ENTRIES for form in e.english}


def _zipf(word: str) -> float:
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - wordfreq is a declared dependency
        return 8.0
    return zipf_frequency(word, "en")


def _in_article(name: str, source: Source) -> bool:
    entry = _GAZETTEER_FORMS.get(name)
    if entry is not None:
        return any(find_alias(a, source.text) for a in entry.vietnamese + entry.english)
    return source.find_words(" ".join(re.findall(r"[^\W\d_]+", fold(name)))) is not None


def name_spans(english: str, source: Source) -> list[tuple[int, int, str]]:
    """Capitalised names of ``english`` (a person's, a place's) that the article has: the
    longest tail of a run of capitalised words found in the article ("Defence Minister Phan Van
    Giang" gives "Phan Van Giang"), possessive dropped; a single word only when it is a
    gazetteer name or rare in English (so a name, not a sentence's first word)."""
    spans = []
    for m in _CAPITALISED.finditer(english):
        run = re.sub(r"['’]s?$", "", m.group(0).rstrip("."))
        words = list(re.finditer(r"\S+", run))
        for w in words:
            text, start = run[w.start():], m.start() + w.start()
            if _LEADING.match(text + " "):
                continue
            if " " not in text and "-" not in text and text not in _GAZETTEER_FORMS \
                    and _zipf(text.lower()) >= 3.0:
                continue
            if _in_article(text, source):
                spans.append((start, start + len(text), text))
                break
    return spans


def plant_name(english: str, source: Source, pool: Sequence[str],
               rng: random.Random) -> tuple[str, int, int] | None:
    """``english`` with one of its names swapped for a name of ``pool`` the article lacks."""
    spans = name_spans(english, source)
    if not spans:
        return None
    start, end, name = rng.choice(spans)
    for _ in range(50):
        other = rng.choice(pool)
        if fold(other) == fold(name) or _in_article(other, source):
            continue
        return english[:start] + other + english[end:], start, start + len(other)
    return None


def _caught(source: Source, planted: tuple[str, int, int]) -> bool:
    text, start, end = planted
    return any(c.fact.start < end and c.fact.end > start for c in check_source(source, text).unsupported)


def _show(label: str, text: str, start: int, end: int) -> None:
    print(f"{label}: {text[max(0, start - 60):start]}[[{text[start:end]}]]{text[end:end + 40]}",
          file=sys.stderr)


def _plants(en: str, vi: str, source: Source, pool: Sequence[str], rngs: tuple[random.Random, random.Random],
            kinds: Sequence[str]) -> list[tuple[str, tuple[str, int, int] | None]]:
    """One planted error of each kind in ``kinds`` (None where ``en`` has nothing to change).
    The first three kinds draw from ``rngs[0]``, the newer ones from ``rngs[1]``, so adding a
    kind leaves the others' samples as they were."""
    rng, new = rngs
    makers = {
        "fact": lambda: plant_error(en, rng), "digit": lambda: plant_digit(en, rng),
        "name": lambda: plant_name(en, source, pool, rng) if pool else None,
        "clock12": lambda: plant_clock(en, new), "number_word": lambda: plant_number_word(en, new),
        "exonym": lambda: plant_exonym(en, vi, new),
        **{k: (lambda k=k: plant_office(en, _OFFICE_KIND[k], new, vi)) for k in _OFFICE_KIND},
    }
    return [(kind, makers[kind]()) for kind in kinds]


def measure(pairs: Iterable[tuple[str, str]], seed: int = 0, repeat: int = 1,
            show: bool = False, synthetic: bool = False, kinds: Sequence[str] = PLANTS) -> dict[str, Any]:
    """False-alarm and planted-error figures over (vietnamese, english) pairs; each pair gets
    ``repeat`` planted errors of each kind. ``show`` prints false alarms and misses to stderr.
    ``synthetic`` also writes faithful sentences from each article (``plants.synthetic_sentences``),
    counts their false alarms and plants the office, ministry, level and clock errors in them.
    ``kinds``: the planted kinds to measure (all of ``PLANTS`` by default)."""
    rngs = (random.Random(seed), random.Random(seed + 1))
    pairs = list(pairs)
    sources = [Source(unicodedata.normalize("NFC", vi)) for vi, _ in pairs]
    pool = sorted({name for (_, en), src in zip(pairs, sources) for _, _, name in name_spans(en, src)})
    groups = {"number_date": NUMBER_DATE_KINDS, "name": NAME_KINDS, "title": TITLE_KINDS}
    facts = {g: 0 for g in groups}
    alarms = {g: 0 for g in groups}
    flagged_briefs = briefs = 0
    planted = {k: 0 for k in kinds}
    caught = {k: 0 for k in kinds}
    made = {k: 0 for k in _OFFICE_KIND | {"clock12": 0}}
    made_alarms = {k: 0 for k in made}
    made_planted = {k: 0 for k in made}
    made_caught = {k: 0 for k in made}

    def try_plant(kind: str, source: Source, wrong: tuple[str, int, int] | None, counts: dict, hits: dict) -> None:
        if wrong is None:
            return
        counts[kind] += 1
        hit = _caught(source, wrong)
        hits[kind] += hit
        if show and not hit:
            _show(f"missed ({kind})", *wrong)

    for (vi, en), source in zip(pairs, sources):
        if en.strip():
            briefs += 1
            result = check_source(source, en)
            for group, group_kinds in groups.items():
                facts[group] += sum(c.fact.kind in group_kinds for c in result.supported + result.unsupported)
                alarms[group] += sum(c.fact.kind in group_kinds for c in result.unsupported)
            flagged_briefs += bool(result.unsupported)
            for c in result.unsupported if show else ():
                _show(f"false alarm ({c.fact.kind})", en, c.fact.start, c.fact.end)
            for _ in range(repeat):
                for kind, wrong in _plants(en, vi, source, pool, rngs, kinds):
                    try_plant(kind, source, wrong, planted, caught)
        for kind, sentences in synthetic_sentences(vi).items() if synthetic else ():
            if kind not in kinds:
                continue
            for sentence in sentences:
                made[kind] += 1
                result = check_source(source, sentence)
                bad = [c for c in result.unsupported if c.fact.kind in TITLE_KINDS + ("time",)]
                made_alarms[kind] += bool(bad)
                for c in bad if show else ():
                    _show(f"synthetic false alarm ({kind})", sentence, c.fact.start, c.fact.end)
                if not bad:
                    for _ in range(repeat):
                        try_plant(kind, source, _plants(sentence, vi, source, pool, rngs, [kind])[0][1],
                                  made_planted, made_caught)
    rate = lambda a, b: round(a / b, 4) if b else None  # noqa: E731
    figures = {
        "pairs": len(pairs),
        "false_alarms": {g: {"facts": facts[g], "unsupported": alarms[g], "rate": rate(alarms[g], facts[g])}
                         for g in groups},
        "briefs_flagged_share": rate(flagged_briefs, briefs),
        "planted": {k: {"planted": planted[k], "caught": caught[k], "recall": rate(caught[k], planted[k])}
                    for k in kinds},
    }
    if synthetic:
        figures["synthetic"] = {k: {"sentences": made[k], "false_alarms": made_alarms[k],
                                    "planted": made_planted[k], "caught": made_caught[k],
                                    "recall": rate(made_caught[k], made_planted[k])} for k in made}
    return figures


def _read_jsonl(path: str) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _seed_pairs(seeds: Path, briefs: Path) -> list[tuple[str, str]]:
    """(cleaned article, brief) for every DIR/*.txt that has a BRIEFS/<name>.en.txt."""
    from vnsumm.inputs import read_article  # noqa: PLC0415 - only the --seeds run needs it
    return [(read_article(p).check_text(), (briefs / f"{p.stem}.en.txt").read_text(encoding="utf-8"))
            for p in sorted(seeds.glob("*.txt")) if (briefs / f"{p.stem}.en.txt").exists()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pairs", nargs="?", help="JSON lines with a Vietnamese and an English field")
    parser.add_argument("--seeds", metavar="DIR", help="instead of PAIRS: the articles DIR/*.txt with their "
                        "briefs BRIEFS/<name>.en.txt (see --briefs)")
    parser.add_argument("--briefs", metavar="BRIEFS", default="tests/check/briefs")
    parser.add_argument("--vi-field", default="vi",
                        help="field(s) of the Vietnamese text, comma-separated: title,summary,article")
    parser.add_argument("--en-field", default="en")
    parser.add_argument("--articles", help="JSON lines holding the Vietnamese fields, joined on 'id'")
    parser.add_argument("--repeat", type=int, default=1, help="plant this many errors of each kind per pair")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--show", action="store_true", help="print false alarms and missed errors to stderr")
    parser.add_argument("--kinds", default=",".join(PLANTS),
                        help=f"planted kinds to measure, comma-separated (default: all of {','.join(PLANTS)})")
    parser.add_argument("--synthetic", action="store_true",
                        help="also plant office, ministry, level and clock errors in faithful sentences "
                             "written from each article")
    args = parser.parse_args(argv)
    if bool(args.pairs) == bool(args.seeds):
        parser.error("give PAIRS or --seeds DIR")
    kinds = [k for k in args.kinds.split(",") if k]
    if not kinds or set(kinds) - set(PLANTS):
        parser.error(f"--kinds: choose among {','.join(PLANTS)}")
    if args.seeds:
        pairs = _seed_pairs(Path(args.seeds), Path(args.briefs))
        print(json.dumps(measure(pairs, args.seed, args.repeat, args.show, args.synthetic, kinds), indent=2))
        return 0
    rows = _read_jsonl(args.pairs)
    articles = {r["id"]: r for r in _read_jsonl(args.articles)} if args.articles else {}
    fields = args.vi_field.split(",")
    pairs = []
    for row in rows:
        source = articles.get(row.get("id"), row) if articles else row
        pairs.append(("\n\n".join(source[f] for f in fields if source.get(f)), row.get(args.en_field) or ""))
    print(json.dumps(measure(pairs, args.seed, args.repeat, args.show, args.synthetic, kinds), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
