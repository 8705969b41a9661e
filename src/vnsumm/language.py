"""Language identification of articles and briefs, offline, and the letters only Vietnamese writes.

py3langid (a langid.py model shipped inside the wheel, no download) judges the cleaned title and
body, backed by a share-of-Vietnamese-letters rule so a short Vietnamese text is never refused.
On the shared dev data (vietnews, xlsum, wikilingua and flores ``vi``: 832 texts) every
Vietnamese text is accepted and every flores/wikilingua English text (582) is refused; see
``tests/test_language.py``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from vnsumm.article import Article
from vnsumm.errors import InputError

__all__ = [
    "VI_ONLY_LETTERS", "VI_LETTERS", "LANGUAGE_NAMES", "NON_VIETNAMESE_POLICIES", "Language", "NotVietnamese",
    "detect_language", "check_language", "vietnamese_share", "language_name",
]

# Letters only Vietnamese writes: not in French, Portuguese, Spanish or other Latin-script languages.
_VI_ONLY_LOWER = "ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịĩọỏốồổỗộớờởỡợụủũứừửữựỳỵỷỹ"
VI_ONLY_LETTERS = frozenset(_VI_ONLY_LOWER + _VI_ONLY_LOWER.upper())
# Every accented letter of Vietnamese, shared ones included.
VI_LETTERS = VI_ONLY_LETTERS | frozenset("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")

NON_VIETNAMESE_POLICIES = ("skip", "summarize")
SAMPLE_CHARS = 4000  # enough for langid to be sure, small enough to stay fast on huge articles
MIN_VI_SHARE = 0.10  # Vietnamese news: 13-88 % of words carry a Vietnamese-only letter; English: 0 %
_WORD = re.compile(r"[^\W\d_]+")

LANGUAGE_NAMES = {
    "vi": "Vietnamese", "en": "English", "fr": "French", "de": "German", "es": "Spanish", "pt": "Portuguese",
    "it": "Italian", "nl": "Dutch", "ru": "Russian", "uk": "Ukrainian", "pl": "Polish", "cs": "Czech",
    "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "th": "Thai", "lo": "Lao", "km": "Khmer",
    "id": "Indonesian", "ms": "Malay", "tl": "Tagalog", "ar": "Arabic", "he": "Hebrew", "fa": "Persian",
    "hi": "Hindi", "tr": "Turkish", "sv": "Swedish", "da": "Danish", "no": "Norwegian", "fi": "Finnish",
    "el": "Greek", "hu": "Hungarian", "ro": "Romanian", "la": "Latin",
}


def language_name(code: str) -> str:
    """``"fr"`` → ``"French"`` (the code itself when unknown)."""
    return LANGUAGE_NAMES.get(code, code)


@dataclass(frozen=True)
class Language:
    """What a text's language was judged to be."""

    code: str  # ISO 639-1 (langid's label), e.g. "vi", "en"
    confidence: float | None  # langid's probability for ``code`` (0-1); None when the letters alone decided
    vietnamese_share: float  # share of words with a Vietnamese-only letter

    @property
    def name(self) -> str:
        return language_name(self.code)

    @property
    def label(self) -> str:
        """``English (en)``."""
        return f"{self.name} ({self.code})" if self.name != self.code else f"language '{self.code}'"

    @property
    def is_vietnamese(self) -> bool:
        return self.code == "vi" or self.vietnamese_share >= MIN_VI_SHARE


class NotVietnamese(InputError):
    """The article is in another language (a deliberate skip in folder runs, not a failure)."""

    def __init__(self, language: Language) -> None:
        self.language = language
        super().__init__(
            f"the article is in {language.label}, not Vietnamese; --non-vietnamese summarize briefs it without "
            "translation"
        )


@lru_cache(maxsize=1)
def _identifier():
    """py3langid's model, loaded once (about half a second), with probabilities normalised."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def vietnamese_share(text: str) -> float:
    """Share of the words in ``text`` that contain a letter only Vietnamese writes."""
    words = _WORD.findall(text)
    return sum(not VI_ONLY_LETTERS.isdisjoint(w) for w in words) / len(words) if words else 0.0


def detect_language(text: str) -> Language:
    """The language of ``text`` (judged on its first ``SAMPLE_CHARS`` characters)."""
    sample = text[:SAMPLE_CHARS]
    share = vietnamese_share(sample)
    code, confidence = _identifier().classify(sample)
    return Language(code=str(code), confidence=round(float(confidence), 4), vietnamese_share=round(share, 4))


def article_sample(article: Article) -> str:
    """Title and body start: the text an article's language is judged on."""
    return "\n".join(x for x in (article.title, article.body[:SAMPLE_CHARS]) if x)


def check_language(article: Article, policy: str = "skip") -> Language:
    """The article's language; raises NotVietnamese for another language when ``policy`` is ``skip``."""
    if policy not in NON_VIETNAMESE_POLICIES:
        raise ValueError(f"unknown non-Vietnamese policy {policy!r}")
    sample = article_sample(article)[:SAMPLE_CHARS]
    share = vietnamese_share(sample)
    if share >= MIN_VI_SHARE:  # Vietnamese whatever langid says: its model (0.5 s, 100 MB) is not loaded
        return Language(code="vi", confidence=None, vietnamese_share=round(share, 4))
    language = detect_language(sample)
    if not language.is_vietnamese and policy == "skip":
        raise NotVietnamese(language)
    return language
