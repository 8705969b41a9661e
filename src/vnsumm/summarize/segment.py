"""Vietnamese syllables and words without importing the ``underthesea`` package.

``import underthesea`` runs its package ``__init__``, which loads its POS/NER/chunking models and
its translation pipeline (torch and transformers): seconds for a few milliseconds of work. The
model-free paths need two things from it, and take them straight from its installed files:

- :func:`syllables`: lower-cased NFC syllables with one tone-mark placement, read with
  underthesea's own normalisation table (``text_normalize``'s ``tn_rules`` file).
- :func:`words`: word segmentation with underthesea's CRF model (``ws_crf_vlsp2013``), run by
  ``underthesea_core`` (its compiled tagger, which imports nothing else) on the tokens of
  :data:`TOKEN` (a subset of underthesea's ``regex_tokenize``: abbreviations, URLs, e-mails,
  dates, numbers, emoticons, hyphenated words, words, single symbols).

``eval/segment_agreement.py`` measures the agreement with ``underthesea.text_normalize`` and
``underthesea.word_tokenize`` on VietNews dev; ``tests/summarize/test_segment.py`` checks it on a
FLORES slice in tests/data.
"""
from __future__ import annotations

import importlib.util
import pickle
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = ["normalize_token", "syllables", "tokens", "words"]

_SYLLABLE = re.compile(r"[^\W_]+")
# Where a token pattern can cut a run of digits or letters: bounded dates/times ('1-39226' ->
# '1-3922', '6'), e-mails, apostrophes ("h'mông").
_SPLIT_RISK = re.compile(r"[-/]\d{5,}|\d{4}/\d{1,2}/\d{3,}|\d{2}:\d{2}:\d{3,}|[@'’]")
_UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_W = f"[{_UPPER}{_UPPER.lower()}]"
# underthesea's regex_tokenize patterns, in its priority order (Apache-2.0, underthesea authors).
TOKEN = re.compile("|".join((
    r"=>|==>|->|\.{2,}|-{2,}|>>|\d+x\d+|v\.v\.\.\.|v\.v\.|v\.v|°[CF]",
    rf"[A-ZĐ]+&[A-ZĐ]+|T\.Ư|[{_UPPER}]+(?:\.{_W}+)+\.?|{_W}+['’]{_W}+|[A-ZĐ]+\.(?!$)|Tp\.|Mr\.|Mrs\.|Ms\.|Dr\.|ThS\."
    r"|Th\.S|Th\.s|e-mail|\d+[A-Z]+\d*-\d+|NĐ-CP",
    r"(?:https?|ftp)://[^\s()<>{}\[\]]+[^\s`!()\[\]{};:'\".,<>?«»“”‘’]|(?<!@)[a-z0-9]+(?:[.\-][a-z0-9]+)*\.[a-z]{2,13}\b/?(?!@)",
    r"[a-zA-Z0-9_.+-]+@[a-zA-Z0-9-]+\.[a-zA-Z0-9-.]+",
    r"\d{2,}-\d{3,}-\d{3,}",
    r"\d{1,2}/\d{1,2}/\d+|\d{1,2}/\d{1,4}|\d{1,2}-\d{1,2}-\d+|\d{1,2}-\d{1,4}|\d{1,2}\.\d{1,2}\.\d+"
    r"|\d{4}/\d{1,2}/\d{1,2}|\d{2}:\d{2}:\d{2}",
    r"\d+[A-Z]+\d+|\d+[A-Z]+",
    r"\d+(?:\.\d+)+,\d+|\d+(?:\.\d+)+|\d+(?:,\d+)+|\d+(?:[.,_]\d+)?",
    r":\)\)*|=\)\)+|♥‿♥|:D+(?=\s)|:D+(?=$)|<3",
    r"[.,()ʺ]",
    r"\b\w+-[\w+-]*\w+",
    r"\w+",
    r":+",
    r"[^\w\s]",
)))


@lru_cache(maxsize=1)
def _underthesea_dir() -> Path:
    """underthesea's installed folder, found without running its package ``__init__``."""
    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("underthesea is not installed (pip install underthesea)")
    return Path(list(spec.submodule_search_locations)[0])


def _load(relative: str) -> Any:
    """One of underthesea's own pickled data files (plain dicts, lists and sets)."""
    with open(_underthesea_dir() / relative, "rb") as f:
        return pickle.load(f)


@lru_cache(maxsize=1)
def _rules() -> tuple[dict[str, str], dict[str, str]]:
    """underthesea's normalisation table: (character map, token map)."""
    found = list((_underthesea_dir() / "pipeline" / "text_normalize").glob("tn_rules_*.bin"))
    if not found:
        raise ModuleNotFoundError("underthesea's text_normalize rules (tn_rules_*.bin) are missing")
    data = _load(str(max(found).relative_to(_underthesea_dir())))
    return dict(data["character"]), dict(data["token"])


def _characters(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    for odd, standard in _rules()[0].items():
        text = text.replace(odd, standard)
    return text


@lru_cache(maxsize=1 << 16)
def normalize_token(token: str) -> str:
    """underthesea's ``token_normalize``: tokens of up to 6 characters get one tone placement."""
    if len(token) > 6:
        return token
    token = _characters(token)
    return _rules()[1].get(token, token)


def syllables(text: str) -> list[str]:
    """Lower-cased NFC syllables with one tone-mark placement: 'Hoà Bình' -> ['hòa', 'bình']."""
    lowered = _characters(unicodedata.normalize("NFC", unicodedata.normalize("NFC", text).lower()))
    found = _SYLLABLE.findall(lowered)
    # Fast path, same answer: the table rewrites whole letter runs only, and outside _SPLIT_RISK no
    # token pattern cuts a run of letters alone or of digits alone (runs like '11n' go the long way).
    if (_rules()[1].keys().isdisjoint(found) and not _SPLIT_RISK.search(lowered)
            and ("".join(found).isalpha() or all(s.isalpha() or s.isdigit() for s in found))):  # letters only: at once
        return found
    return _SYLLABLE.findall(" ".join(tokens(lowered)))


def tokens(text: str) -> list[str]:
    """underthesea-style tokens (one tone placement each): words, numbers, dates, punctuation."""
    return [normalize_token(t) for t in TOKEN.findall(_characters(text))]


@lru_cache(maxsize=1)
def _tagger() -> tuple[Any, Any]:
    import underthesea_core

    models = sorted((_underthesea_dir() / "pipeline" / "word_tokenize" / "models").glob("ws_crf_*"))
    if not models:
        raise ModuleNotFoundError("underthesea's word segmentation model (ws_crf_*) is missing")
    model = models[-1].relative_to(_underthesea_dir())
    tagger = underthesea_core.CRFTagger()
    tagger.load(str(_underthesea_dir() / model / "models.bin"))
    featurizer = underthesea_core.CRFFeaturizer(_load(str(model / "features.bin")), _load(str(model / "dictionary.bin")))
    return featurizer, tagger


def words(sentence: str) -> list[str]:
    """Vietnamese words, syllables joined by a space: 'Hà Nội khai trương' -> ['Hà Nội', 'khai trương']."""
    toks = tokens(sentence)
    if not toks:
        return []
    featurizer, tagger = _tagger()
    tags = tagger.tag(featurizer.process([[[t] for t in toks]])[0])
    out: list[str] = []
    for i, (tag, token) in enumerate(zip(tags, toks)):
        if tag == "I-W" and i > 0:
            out[-1] += " " + token
        else:
            out.append(token)
    return out
