"""The default prompts of the LLM back end: data, overridable key by key with ``prompts:`` in a config.

Templates are ``str.format`` strings; the fields each one may use are listed in ``FIELDS``.
"""
from __future__ import annotations

from typing import Any

from vnsumm.errors import ConfigError

_RULES = """\
Rules:
- Use only facts stated in the article. Add nothing from your own knowledge: no background, no \
opinions, no guesses, no comment on the news.
- Keep every number, amount, percentage and unit exactly as the article gives it; do not round, \
rescale or convert.
- Vietnamese dates are day/month: "8/5" is 8 May, "1/10/2025" is 1 October 2025.
- Keep the Vietnamese spelling of the names of people, places and organisations, with their \
diacritics (write "Nguyễn Văn An", "Bình Dương"); well-known English names of countries and \
cities (Vietnam, Hanoi, Ho Chi Minh City, China, the United States) are fine.
- Write plain prose: no headings, no lists, no notes about the task."""

DEFAULT_PROMPTS: dict[str, str] = {
    "system": (
        "You are a news editor at an English-language wire service. You turn Vietnamese news "
        "articles into short, accurate English news briefs.\n\n" + _RULES
    ),
    "brief": (
        "Write an English news brief of the Vietnamese article below: {sentences} sentences, at most "
        "{words} words. Say who did what, when and where, and why it matters if the article says so. "
        "Answer with the brief only, in English.\n\nArticle:\n{article}"
    ),
    "brief_part": (
        "This is part {part} of {parts} of a long Vietnamese news article. List, in English, every "
        "fact of this part that a news brief could need: who, what, when, where, numbers, names. "
        "Answer with the facts only, in English.\n\nPart {part} of {parts}:\n{article}"
    ),
    "brief_reduce": (
        "Below are English notes on the parts of one Vietnamese news article, in order. Write an English "
        "news brief of the article from them: {sentences} sentences, at most {words} words. Say who did "
        "what, when and where. Answer with the brief only, in English.\n\nNotes:\n{article}"
    ),
    "summarize": (
        "Viết bản tóm tắt tiếng Việt của bài báo dưới đây, {sentences} câu, tối đa {words} từ: ai làm gì, "
        "khi nào, ở đâu. Chỉ dùng thông tin trong bài, giữ nguyên số liệu và tên riêng. Chỉ trả lời bằng "
        "bản tóm tắt, bằng tiếng Việt.\n\nBài báo:\n{article}"
    ),
    "summarize_part": (
        "Đây là phần {part}/{parts} của một bài báo dài. Tóm tắt bằng tiếng Việt mọi thông tin chính của "
        "phần này (ai, làm gì, khi nào, ở đâu, số liệu, tên riêng). Chỉ trả lời bằng bản tóm tắt.\n\n"
        "Phần {part}/{parts}:\n{article}"
    ),
    "summarize_reduce": (
        "Dưới đây là tóm tắt các phần của một bài báo, theo thứ tự. Viết bản tóm tắt tiếng Việt của cả bài, "
        "{sentences} câu, tối đa {words} từ. Chỉ trả lời bằng bản tóm tắt.\n\nCác phần:\n{article}"
    ),
    "translate": (
        "Translate this Vietnamese text into English. Translate everything, add nothing. Answer with "
        "the translation only.\n\nVietnamese:\n{article}"
    ),
    "repair": (
        "Your brief below states facts that are not in the article: {unsupported}. Rewrite the brief "
        "so that every number, date and name is exactly as the article gives it; drop what the article "
        "does not say. Answer with the corrected brief only, in English.\n\nBrief:\n{brief}\n\n"
        "Article:\n{article}"
    ),
    "shorten": (
        "Your English news brief below has these problems: {problems}. Rewrite it as an English news "
        "brief of {sentences} sentences, at most {words} words, each thing said once, with no "
        "Vietnamese words except the names of people, places and organisations. Keep its facts exactly "
        "as they are; add nothing. Answer with the brief only, in English.\n\nBrief:\n{brief}"
    ),
    "firmer": (
        "Your previous answer was not in {language}. Answer in {language} only; do not copy the "
        "Vietnamese text."
    ),
}

FIELDS: dict[str, set[str]] = {
    "system": set(),
    "brief": {"article", "sentences", "words"},
    "brief_part": {"article", "part", "parts"},
    "brief_reduce": {"article", "sentences", "words"},
    "summarize": {"article", "sentences", "words"},
    "summarize_part": {"article", "part", "parts"},
    "summarize_reduce": {"article", "sentences", "words"},
    "translate": {"article"},
    "repair": {"article", "brief", "unsupported"},
    "shorten": {"brief", "problems", "sentences", "words"},
    "firmer": {"language"},
}


class _Probe(dict):
    """Template values: a field the template may not use raises KeyError naming it."""

    def __missing__(self, key: str) -> str:
        raise KeyError(key)


def prompts_with(overrides: Any) -> dict[str, str]:
    """The default prompts with ``overrides`` (a mapping of some keys) applied and validated."""
    if overrides is None:
        overrides = {}
    if not isinstance(overrides, dict):
        raise ConfigError("prompts must be a mapping of prompt name to text, e.g. prompts: {brief: '...'}")
    unknown = sorted(set(overrides) - set(DEFAULT_PROMPTS))
    if unknown:
        raise ConfigError(f"prompts has no prompt {', '.join(unknown)} (prompts: {', '.join(DEFAULT_PROMPTS)})")
    prompts = {**DEFAULT_PROMPTS, **overrides}
    for key, text in prompts.items():
        if not isinstance(text, str) or not text.strip():
            raise ConfigError(f"prompts.{key} must be a non-empty string")
        try:
            text.format_map(_Probe({f: "" for f in FIELDS[key]}))
        except KeyError as exc:
            raise ConfigError(f"prompts.{key} uses {{{exc.args[0]}}}; it may use only "
                              f"{', '.join('{' + f + '}' for f in sorted(FIELDS[key])) or 'no fields'}"
                              " (write {{ and }} for braces)") from None
        except (ValueError, IndexError) as exc:
            raise ConfigError(f"prompts.{key} is not a valid template: {exc}") from None
    for key in ("brief", "brief_part", "brief_reduce", "summarize", "summarize_part", "summarize_reduce",
                "translate", "repair"):
        if "{article}" not in prompts[key]:
            raise ConfigError(f"prompts.{key} must contain {{article}}")
    return prompts
