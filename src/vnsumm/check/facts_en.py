"""Checkable facts of an English brief: amounts, numbers, percentages, dates, ordinals, names.

``extract_en`` runs the extractors most specific first, each claiming the characters it reads:
clock times and decades (``clock``), race times, dates (``dates_en``), ordinals, amounts and
spelled-out numbers (``numbers_en``), offices, ministries and relationship levels (``titles``),
places and names (``names_en``), then codes ("H5N1",
"COVID-19"): digits no other pattern read. Conventions are documented in ``vnsumm.check``.
"""
from __future__ import annotations

import re

from vnsumm.check.clock import decades_en, times_en
from vnsumm.check.dates_en import MONTHS, dates_en
from vnsumm.check.facts import Fact
from vnsumm.check.names_en import names_en, places_en
from vnsumm.check.numbers_en import amounts_en, ordinals_en, word_numbers_en
from vnsumm.check.text import Claimed, fold
from vnsumm.check.titles import titles_en

__all__ = ["extract_en", "MONTHS"]

_TOKEN = re.compile(r"[^\s,;()\[\]\"“”‘’!?]+")
_NUMBER_SIGN = re.compile(r"(?:No\.|no\.|#)(\d+)")
_DURATION = re.compile(r"(?<![\d.,:])\d{1,2}(?::\d{2})+(?:[.,]\d+)?(?!\d)")


def _code_fact(token: str, start: int) -> Fact:
    chunks = re.findall(r"[^\W\d_]+|\d+", token)
    return Fact("code", token, start, start + len(token), key=" ".join(fold(c) for c in chunks))


def _durations(text: str, taken: Claimed) -> list[Fact]:
    """Race and lap times that are no clock times ("4:41.30", "1:09:02"): read as one code."""
    return [_code_fact(m.group(0), m.start()) for m in taken.matches(_DURATION, text)]


def _codes(text: str, taken: Claimed) -> list[Fact]:
    """Digits no other pattern read, in a token of their own: "H5N1", "COVID-19", "802.11n",
    "M16", "4:41.30". The article must have the same letters and digits in the same order."""
    facts: list[Fact] = []
    for m in _TOKEN.finditer(text):
        token = m.group(0).strip(".:'-/")
        start = m.start() + m.group(0).index(token) if token else m.start()
        digits = [start + i for i, ch in enumerate(token) if ch.isdigit()]
        if not digits or not all(taken.free(i, i + 1) for i in digits):
            continue
        taken.take(start, start + len(token))
        label = _NUMBER_SIGN.fullmatch(token)
        if label:  # "No.1", "#3": a label number, as "số 1" is
            facts.append(Fact("number", token, start, start + len(token),
                              values=(float(label.group(1)),), counter="label"))
            continue
        facts.append(_code_fact(token, start))
    return facts


def extract_en(text: str) -> list[Fact]:
    """Every checkable fact in an English text."""
    taken = Claimed(len(text))
    facts = times_en(text, taken)
    facts += _durations(text, taken)
    facts += decades_en(text, taken)
    facts += dates_en(text, taken)
    facts += ordinals_en(text, taken)
    facts += amounts_en(text, taken)
    facts += word_numbers_en(text, taken)
    facts += titles_en(text, taken)
    facts += places_en(text, taken)
    facts += names_en(text, taken)
    facts += _codes(text, taken)
    return sorted(facts, key=lambda f: f.start)
