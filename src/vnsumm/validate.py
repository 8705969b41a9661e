"""Checks every input passes before a model sees it: cleanable in bounded time, words left, Vietnamese.

Reading checks (empty, binary, encoding, size) live in :mod:`vnsumm.io`; this module adds what
can only be judged on the text: cleaning that must finish within a time budget, an article with
no words left, and the language.

Language identification uses py3langid (a langid.py model shipped inside the wheel, no
download) on the cleaned title and body, backed by a share-of-Vietnamese-letters rule so a
short Vietnamese text is never refused. On the shared dev data (vietnews, xlsum, wikilingua
and flores ``vi``: 832 texts) every Vietnamese text is accepted and every flores/wikilingua
English text (582) is refused; see ``tests/test_validate.py``.
"""
from __future__ import annotations

import hashlib
import re
import signal
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterator

from vnsumm.article import Article
from vnsumm.errors import InputError

__all__ = [
    "Language", "NotVietnamese", "CleaningTooSlow", "detect_language", "check_language", "require_words",
    "clean_within", "time_limit", "content_hash", "cleaning_budget", "vietnamese_share", "LANGUAGE_NAMES",
    "NON_VIETNAMESE_POLICIES",
]

NON_VIETNAMESE_POLICIES = ("skip", "summarize")
SAMPLE_CHARS = 4000  # enough for langid to be sure, small enough to stay fast on huge articles
MIN_VI_SHARE = 0.10  # Vietnamese news: 13-88 % of words carry a Vietnamese-only letter; English: 0 %

# Letters only Vietnamese writes: not in French, Portuguese, Spanish or other Latin-script languages.
_VI_ONLY = set("ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịĩọỏốồổỗộớờởỡợụủũứừửữựỳỵỷỹ")
_VI_ONLY |= {c.upper() for c in _VI_ONLY}
_WORD = re.compile(r"[^\W\d_]+")
MIN_WORDS = 10  # fewer words than this is a scrap of page furniture, not an article
MAX_WORD = 40  # letters: a longer run is no word of any language

LANGUAGE_NAMES = {
    "vi": "Vietnamese", "en": "English", "fr": "French", "de": "German", "es": "Spanish", "pt": "Portuguese",
    "it": "Italian", "nl": "Dutch", "ru": "Russian", "uk": "Ukrainian", "pl": "Polish", "cs": "Czech",
    "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "th": "Thai", "lo": "Lao", "km": "Khmer",
    "id": "Indonesian", "ms": "Malay", "tl": "Tagalog", "ar": "Arabic", "he": "Hebrew", "fa": "Persian",
    "hi": "Hindi", "tr": "Turkish", "sv": "Swedish", "da": "Danish", "no": "Norwegian", "fi": "Finnish",
    "el": "Greek", "hu": "Hungarian", "ro": "Romanian", "la": "Latin",
}


class NotVietnamese(InputError):
    """The article is in another language (a deliberate skip in folder runs, not a failure)."""

    def __init__(self, language: "Language") -> None:
        self.language = language
        super().__init__(
            f"the article is in {language.label}, not Vietnamese; --non-vietnamese summarize briefs it without "
            "translation"
        )


class CleaningTooSlow(InputError):
    """Cleaning ran past its time budget (pathological text)."""


@dataclass(frozen=True)
class Language:
    """What an article's language was judged to be."""

    code: str  # ISO 639-1 (langid's label), e.g. "vi", "en"
    confidence: float  # langid's probability for ``code`` (0-1)
    vietnamese_share: float  # share of words with a Vietnamese-only letter

    @property
    def name(self) -> str:
        return LANGUAGE_NAMES.get(self.code, self.code)

    @property
    def label(self) -> str:
        """``English (en)``."""
        return f"{self.name} ({self.code})" if self.name != self.code else f"language '{self.code}'"

    @property
    def is_vietnamese(self) -> bool:
        return self.code == "vi" or self.vietnamese_share >= MIN_VI_SHARE


@lru_cache(maxsize=1)
def _identifier():
    """py3langid's model, loaded once (about half a second), with probabilities normalised."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def vietnamese_share(text: str) -> float:
    """Share of the words in ``text`` that contain a letter only Vietnamese writes."""
    words = _WORD.findall(text)
    return sum(any(c in _VI_ONLY for c in w) for w in words) / len(words) if words else 0.0


def detect_language(text: str) -> Language:
    """The language of ``text`` (judged on its first ``SAMPLE_CHARS`` characters)."""
    sample = text[:SAMPLE_CHARS]
    share = vietnamese_share(sample)
    code, confidence = _identifier().classify(sample)
    return Language(code=str(code), confidence=round(float(confidence), 4), vietnamese_share=round(share, 4))


def article_sample(article: Article) -> str:
    """Title and body start: the text the language is judged on."""
    return "\n".join(x for x in (article.title, article.body[:SAMPLE_CHARS]) if x)


def require_words(article: Article) -> None:
    """An article whose body has fewer than ``MIN_WORDS`` words (of at most ``MAX_WORD`` letters) is an InputError."""
    words = [w for w in _WORD.findall(article.body) if len(w) <= MAX_WORD] if article.sentences else []
    if not words:
        raise InputError("nothing left after cleaning (no article body found)")
    if len(words) < MIN_WORDS:
        raise InputError(f"nothing left after cleaning but {len(words)} word(s), too little for an article")


def check_language(article: Article, policy: str = "skip") -> Language:
    """The article's language; raises NotVietnamese for another language when ``policy`` is ``skip``."""
    if policy not in NON_VIETNAMESE_POLICIES:
        raise ValueError(f"unknown non-Vietnamese policy {policy!r}")
    language = detect_language(article_sample(article))
    if not language.is_vietnamese and policy == "skip":
        raise NotVietnamese(language)
    return language


def content_hash(data: bytes) -> str:
    """SHA-256 of an input's bytes: with the config fingerprint, what decides whether to redo it."""
    return hashlib.sha256(data).hexdigest()


def cleaning_budget(n_chars: int) -> float:
    """Seconds cleaning may take: 20 s plus 20 s per million characters (normal text needs ~5 s/MB)."""
    return 20.0 + 20.0 * n_chars / 1_000_000


@contextmanager
def time_limit(seconds: float, message: str) -> Iterator[None]:
    """Raise CleaningTooSlow(message) if the block runs longer than ``seconds``.

    Uses SIGALRM, which also interrupts a long regular-expression match; off the main thread (or
    where there is no SIGALRM) the block simply runs without a limit.
    """
    usable = hasattr(signal, "SIGALRM") and threading.current_thread() is threading.main_thread()
    if not usable or seconds <= 0:
        yield
        return

    def expired(signum, frame):  # noqa: ARG001 - signal handler signature
        raise CleaningTooSlow(message)

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds, 0.5)  # and again every 0.5 s, should code swallow it
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def clean_within(text: str, cleaner: Callable[[str], Article], seconds: float | None = None) -> Article:
    """``cleaner(text)`` under a time budget, then checked for words left."""
    budget = cleaning_budget(len(text)) if seconds is None else seconds
    with time_limit(budget, f"cleaning took over {budget:.0f} s: the text looks pathological"):
        article = cleaner(text)
    require_words(article)
    return article
