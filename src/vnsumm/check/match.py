"""Match the facts of an English brief against a Vietnamese article."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from vnsumm.check.counters import compatible
from vnsumm.check.facts import Fact
from vnsumm.check.facts_en import extract_en
from vnsumm.check.facts_vi import extract_vi
from vnsumm.check.gazetteer import ENTRIES, find_alias
from vnsumm.check.text import fold, same_value
from vnsumm.check.titles import TITLE_KINDS, title_span

__all__ = ["CheckedFact", "CheckResult", "Source", "Span", "check", "check_source", "support"]

NUMBER_KINDS = ("amount", "number", "percent", "ordinal", "year", "code")
DATE_KINDS = ("date", "month", "weekday", "time", "decade")
CLOCK_KINDS = ("time", "decade")


@dataclass
class Span:
    """Where in the article a fact was found."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass
class CheckedFact:
    """A brief fact and, when supported, the article span that supports it."""

    fact: Fact
    source: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        d = self.fact.to_dict()
        if self.source is not None:
            d["source"] = self.source.to_dict()
        return d


@dataclass
class CheckResult:
    """Facts of a brief, split into those the article supports and those it does not."""

    supported: list[CheckedFact] = field(default_factory=list)
    unsupported: list[CheckedFact] = field(default_factory=list)
    source_facts: list[Fact] = field(default_factory=list, repr=False)

    @property
    def ok(self) -> bool:
        return not self.unsupported

    def to_dict(self) -> dict[str, Any]:
        return {"supported": [f.to_dict() for f in self.supported],
                "unsupported": [f.to_dict() for f in self.unsupported]}

    def warning(self) -> str | None:
        """One line naming the unsupported facts, or None when there are none."""
        if not self.unsupported:
            return None
        items = ", ".join(f'"{c.fact.text}" ({c.fact.kind})' for c in self.unsupported)
        return f"unsupported facts: not found in the article: {items}"


class Source:
    """A Vietnamese article prepared for lookups: its facts, years and folded words."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.facts = extract_vi(text)
        self.years = {f.year for f in self.facts if f.year} | {
            int(v) for f in self.facts if f.kind in NUMBER_KINDS for v in f.values
            if float(v).is_integer() and 1900 <= v <= 2100}
        full_dates = sorted((f.start, f.year) for f in self.facts if f.kind == "date" and f.year)
        self.article_year = full_dates[0][1] if full_dates else None
        folded = self.folded = fold(text)
        self.words = [(m.group(0), m.start(), m.end()) for m in re.finditer(r"[^\W\d_]+", folded)]
        self._index: dict[str, list[int]] = {}
        for i, (w, _, _) in enumerate(self.words):
            self._index.setdefault(w, []).append(i)

    def span(self, start: int, end: int) -> Span:
        return Span(self.text[start:end], start, end)

    def find_words(self, key: str) -> Span | None:
        """First place the folded words of ``key`` occur in a row (or written as one word)."""
        parts = key.split()
        if not parts:
            return None
        for i in self._index.get(parts[0], []):
            window = self.words[i:i + len(parts)]
            if [w for w, _, _ in window] == parts:
                return self.span(window[0][1], window[-1][2])
        joined = "".join(parts)
        for i, (w, _, _) in enumerate(self.words):
            if joined.startswith(w):
                acc, j = w, i
                while len(acc) < len(joined) and j + 1 < len(self.words) and j - i < 4:
                    j += 1
                    acc += self.words[j][0]
                if acc == joined:  # "Hanoi" for "Hà Nội", "Viet Jet" for "Vietjet"
                    return self.span(self.words[i][1], self.words[j][2])
        return None


def _number_supported(b: Fact, s: Fact) -> bool:
    if (b.kind == "percent") != (s.kind == "percent"):
        return False
    if s.kind not in NUMBER_KINDS:
        return False
    if b.kind == "ordinal" and s.kind in ("year", "amount"):
        return False  # "30th" is "kỷ niệm 30 năm" or "lần thứ 30", not "30 tỷ đồng"
    if b.kind in ("number", "amount") and s.kind == "ordinal":
        return False  # "Đại hội XIII" does not support "13 years"
    if b.currency and s.currency and b.currency != s.currency:
        return False
    if b.kind == "number" and s.kind == "number" and not compatible(b.counter, s.counter):
        return False  # "9 people" is not "9 xe"; "District 2" is not "2 người"
    if any(same_value(bv, sv) for bv in b.values for sv in s.values):
        return True
    if b.hedged and b.values:
        # "about $13 billion" for "12,7 tỷ USD": the article's value rounds to the brief's last
        # written digit and is within 3% of it
        bv = b.values[0]
        return any(abs(sv - bv) <= b.unit / 2 * (1 + 1e-9) and abs(sv - bv) <= 0.03 * abs(bv)
                   for sv in s.values)
    return False


def _year_ok(year: int | None, s: Fact, source: Source) -> bool:
    """Does article date ``s`` fall in ``year``? A date written without a year ("8/5") is taken
    to be in the article's own year (its first full date), or any year it names if it has none."""
    if year is None:
        return True
    if s.year:
        return s.year == year
    return year == source.article_year if source.article_year else year in source.years


def _time_supported(b: Fact, s: Fact, source: Source) -> bool:
    if b.kind == "date":
        return s.kind == "date" and s.day == b.day and b.month in (None, s.month) \
            and _year_ok(b.year, s, source)
    if b.kind == "month":
        return s.kind in ("date", "month") and s.month == b.month and _year_ok(b.year, s, source)
    if b.kind == "year":
        return (s.year == b.year) or (s.kind in NUMBER_KINDS and _number_supported(b, s))
    if b.kind == "weekday":
        if s.kind == "weekday":
            return s.weekday == b.weekday
        return s.computed_weekday() == b.weekday  # a full date in the article
    if b.kind == "time":
        # the same minute of the day; within half an hour after "about", "around"
        slack = 30 if b.hedged else 0
        return s.kind == "time" and any(
            min(abs(bv - sv), 24 * 60 - abs(bv - sv)) <= slack for bv in b.values for sv in s.values)
    if b.kind == "decade":
        if s.kind == "decade":
            return any(same_value(bv, sv) for bv in b.values for sv in s.values)
        # "the 1970s" for "năm 1975"; "the 1800s" (a century) for "thế kỷ 19"
        if s.year and (s.kind in DATE_KINDS or s.kind == "year"):
            return any(bv <= s.year < bv + b.unit for bv in b.values)
        return b.unit == 100 and s.kind == "ordinal" and any(
            same_value(bv / 100 + 1, sv) for bv in b.values for sv in s.values)
    return False


def _code_span(b: Fact, source: Source) -> Span | None:
    """"H5N1", "COVID-19", "802.11n": the same letters and digits in a row, separators free."""
    chunks = (b.key or "").split()
    if not chunks:
        return None
    sep = r"[\s\-–.,:/]*"
    pattern = r"(?<![^\W_])" + sep.join(re.escape(c) for c in chunks) + r"(?![^\W_])"
    m = re.search(pattern, source.folded)
    return source.span(m.start(), m.end()) if m else None


_ENTRIES = {e.name: e for e in ENTRIES}


def _gazetteer_span(b: Fact, source: Source) -> Span | None:
    """A gazetteer name is supported by any of its Vietnamese or English forms."""
    entry = _ENTRIES[b.key]
    # a capital named as a place ("in Beijing") carries its city's own forms: "Trung Quốc" does
    # not say it
    for alias in b.aliases or entry.vietnamese + entry.english:
        m = find_alias(alias, source.text)
        if m:
            return source.span(m.start(), m.end())
    return source.find_words(" ".join(re.findall(r"[^\W\d_]+", fold(b.text))))


def support(b: Fact, source: Source) -> Span | None:
    """The article span supporting brief fact ``b``, or None."""
    if b.gazetteer:
        return _gazetteer_span(b, source)
    if b.kind in TITLE_KINDS:
        found = title_span(b, source.text)
        return source.span(*found) if found else None
    if b.kind == "code":
        return _code_span(b, source)
    if b.kind == "name":
        for key in b.aliases or (b.key or "",):
            found = source.find_words(key)
            if found:
                return found
        return None
    for s in sorted(source.facts, key=lambda s: s.kind != b.kind):  # same kind first
        if b.kind in ("date", "month", "weekday", "year") + CLOCK_KINDS:
            ok = _time_supported(b, s, source)
        else:
            ok = _number_supported(b, s)
        if ok:
            return source.span(s.start, s.end)
    return None


def check(source_vi: str, brief_en: str) -> CheckResult:
    """Check every number, date, ordinal and name of ``brief_en`` against ``source_vi``.

    Both texts are read in Unicode NFC (as ``vnsumm.clean`` writes them); offsets refer to
    the NFC form, which is the text itself for NFC input.
    """
    return check_source(Source(unicodedata.normalize("NFC", source_vi)), brief_en)


def check_source(source: Source, brief_en: str) -> CheckResult:
    """``check`` against an article already prepared as a ``Source`` (many briefs, one article)."""
    result = CheckResult(source_facts=source.facts)
    for fact in extract_en(unicodedata.normalize("NFC", brief_en)):
        span = support(fact, source)
        (result.supported if span else result.unsupported).append(CheckedFact(fact, span))
    return result
