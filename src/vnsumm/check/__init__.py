"""Faithfulness check: is every number, date, name, office and ministry of an English brief in the article?

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
  "Hoang Xuan Chien", "Bien Hoa") must occur in the article, diacritics ignored; a lone
  capitalised word inside a sentence when it is rare in English ("Hegseth", "Vietjet"). Common
  English words in title case ("Defence Policy Dialogue") are not checked. Countries, cities,
  seas, Vietnamese places with English exonyms ("Hanoi", "Saigon", "Mekong Delta") and a few
  Chinese leaders whose Vietnamese names are translations ("US" <-> "Hoa Kỳ", "Xi Jinping" <->
  "Tập Cận Bình") are looked up in a small gazetteer.
- A number must count the same kind of thing when both texts say what it counts: "9 people"
  is not supported by "9 xe" (vehicles) nor by "khoản 2" (a clause number); unknown nouns never
  veto a match.
- Clock times match by the minute of the day: "11:35 pm" = "23h35" = "11 giờ 35 phút tối";
  "7:16 am" = "07:16" = "7h16" but "7:16 pm" and "19:16" are not: Vietnamese digits are on the
  24-hour clock unless a part of the day follows ("7h16 tối") or opens the paragraph ("Tối
  12/9, lúc 8h30"); an English "07:16" is 24-hour; "7:16 in the evening" is 19:16; the spoken
  "9 giờ" and an English "11:35" may be either half of the day; "about 2 pm" allows half an hour. Decades: "the 1970s" = "thập niên 1970" = "những năm 70",
  or any year of the decade in the article; "in his 80s" is an age of 80 to 89.
- Numbers glued to units are numbers ("600Mbit/s", "5km", "2.4GHz", "100m"); tokens mixing
  letters and digits ("H5N1", "COVID-19", "802.11n") and race times ("4:41.30") must occur in
  the article with the same letters and digits. "Q3" is the ordinal 3 ("quý III").
- One-syllable country names that are also words or given names ("Mỹ", "Anh", "Đức", "Ý") do
  not count inside a name ("Mỹ Tho", "Nguyễn Thị Mỹ"), after "ông"/"bà", or in a word ("ý kiến").
- Spelled-out numbers are facts wherever they stand ("Five Vietnamese fishermen", "Ten million
  Vietnamese Americans", "a dozen", "three hundred and fifty thousand"), except inside a title
  ("the Three Kingdoms") and in idiom ("one in a million", "a thousand times", "hundreds of").
- Offices, ministries and relationship levels (``titles``): "Deputy Minister" is "Thứ trưởng",
  never "Phó Thủ tướng"; an office followed or preceded by a name must be that person's in the
  article ("President Nguyen Phu Trong" is unsupported where he is "Tổng Bí thư"); "US
  Department of State" needs "Bộ Ngoại giao Hoa Kỳ"; "Strategic Partnership" is not "Đối tác
  Chiến lược Toàn diện"; "upgraded to" a level needs the level after "nâng tầm ... lên".
- A landmark ("Phủ Chủ tịch") does not name its city: "Hanoi" needs "Hà Nội". A capital stands
  for its country ("Beijing said" <-> "Trung Quốc") but not as a place ("in Beijing").
- "one", "first", "second" written out and acronyms are not checked.

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
