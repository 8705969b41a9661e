"""Faithfulness check: is every number, date, ordinal and name of an English brief in the article?

``check(source_vi, brief_en)`` extracts the checkable facts of both texts and reports the
brief's facts as supported (with the article span that supports them) or unsupported.

Policy, in short (details in the extractor modules):
- Numbers match by value after scale words and separators: "130 triệu USD" = "$130 million"
  = "US$130m"; "1,5 tỷ" = "1.5 billion"; "1.500 tỷ đồng" = "VND1.5 trillion"; "12,7%" =
  "12.7 percent". Currencies, when both texts name one, must agree; a percentage only matches
  a percentage. Rounding is accepted only after a hedge ("about", "nearly", "more than").
- Vietnamese dates are day/month ("8/5" is 8 May); a brief's "August 5" for it is flagged.
  A numeric date copied into the brief ("8/5") is read day/month as well. A year in the brief
  must appear in the article (in any date or on its own).
- Ordinals ("13th", "thirteenth", "XIII") match an article number of the same value
  ("lần thứ 13", "Đại hội XIII", "kỷ niệm 30 năm" for "30th anniversary").
- Names: capitalised words that look like a person's or Vietnamese name ("Pete Hegseth",
  "Hoang Xuan Chien", "Bien Hoa") must occur in the article, diacritics ignored. Common
  English words in title case ("Defence Policy Dialogue") are not checked. Countries, cities,
  seas and a few Chinese leaders whose Vietnamese names are translations ("US" <-> "Hoa Kỳ",
  "Xi Jinping" <-> "Tập Cận Bình") are looked up in a small gazetteer.
- A number must count the same kind of thing when both texts say what it counts: "9 people"
  is not supported by "9 xe" (vehicles) nor by "khoản 2" (a clause number); unknown nouns never
  veto a match.
- "one", "first", "second" written out, times of day and acronyms are not checked.

Use: ``check(article, brief).to_dict()`` -> ``{"supported": [...], "unsupported": [...]}``;
``faithfulness(articles, briefs)`` scores a set; ``vnsumm check ARTICLE BRIEF`` on the command
line; ``python -m vnsumm.check.bench PAIRS.jsonl`` measures false alarms and planted-error recall.
"""
from __future__ import annotations

from vnsumm.check.facts import Fact
from vnsumm.check.facts_en import extract_en
from vnsumm.check.facts_vi import extract_vi
from vnsumm.check.faithfulness import faithfulness
from vnsumm.check.match import CheckedFact, CheckResult, Span, check

__all__ = ["check", "CheckResult", "CheckedFact", "Fact", "Span", "extract_en", "extract_vi",
           "faithfulness"]
