"""Vietnamese in the legacy font encodings VNI and TCVN3 (ABC), seen through Windows-1252 glasses.

Before Unicode, Vietnamese was typed in 8-bit font encodings. A VNI or TCVN3 file opened as
Windows-1252 (and often saved again as UTF-8) reads "Vieät Nam" (VNI) or "ViÖt Nam" (TCVN3) for
"Việt Nam". :func:`legacy_encoding` recognises such text, so it is refused with the encoding's
name instead of being briefed as gibberish. The tables below map each Vietnamese letter to the
characters its legacy bytes show as; :func:`to_legacy` is the other direction, for tests.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["LEGACY_ENCODINGS", "LegacyText", "legacy_encoding", "from_legacy", "to_legacy"]

LEGACY_ENCODINGS = ("VNI", "TCVN3")
SAMPLE_CHARS = 20_000
MIN_COMMON = 3  # common words a decoding must bring back: an article has dozens, a stray title a word or two

_TONES = "\u0300\u0309\u0303\u0301\u0323"  # grave, hook, tilde, acute, dot below: TCVN3's order
# VNI: a base letter followed by a mark character (the Windows-1252 reading of its mark byte).
_VNI_TONE = dict(zip(_TONES, "øûõùï"))  # on a, e, i, o, u, y, ơ, ư
_VNI_CIRCUMFLEX = dict(zip(_TONES, "àåãáä"), **{"": "â"})  # on â, ê, ô
_VNI_BREVE = dict(zip(_TONES, "èúüéë"), **{"": "ê"})  # on ă
_VNI_I = dict(zip(_TONES, "ìæóíò"))  # ì ỉ ĩ í ị: one character each
_VNI_SINGLE = {"ơ": "ô", "ư": "ö", "đ": "ñ", "ỵ": "î"}
# TCVN3: one character for each lower-case letter, five tones in _TONES order after the bare letter.
_TCVN3_VOWELS = {
    "a": "aµ¶·¸¹", "ă": "¨»¼½¾Æ", "â": "©ÇÈÉÊË", "e": "eÌÎÏÐÑ", "ê": "ªÒÓÔÕÖ", "i": "i×ØÜÝÞ",
    "o": "oßáâãä", "ô": "«åæçèé", "ơ": "¬êëìíî", "u": "uïñòóô", "ư": "\xadõö÷øù", "y": "yúûüýþ",
}
_TCVN3_UPPER = {"Ă": "¡", "Â": "¢", "Đ": "§", "Ê": "£", "Ô": "¤", "Ơ": "¥", "Ư": "¦", "đ": "®"}
_BASES = "aăâeêioôơuưy"
# Common words that carry a mark: a tenth of the words of any Vietnamese news text, none of gibberish.
_COMMON = frozenset("""của và được các là có những người với này đã không một để đến từ về tại năm ngày sẽ
cũng như đó vào nhiều hơn đang thì mà nhưng việc ông bà trên dân đề quốc nước cả số chính việt đồng
tỉnh thành phố chức hiện điều đây còn nhà sự tình hội cùng lên bộ họ ở nói khác làm xã""".split())
_WORD = re.compile(r"[^\W\d_]+")


def _letters() -> list[str]:
    """Every Vietnamese letter with a mark, lower case (bare vowels with a tone, shaped ones, đ)."""
    out = ["đ"]
    for base in _BASES:
        out += [unicodedata.normalize("NFC", base + tone) for tone in ("",) + tuple(_TONES)]
    return [c for c in out if c not in "aeiouy"]


def _vni(letter: str) -> str:
    """The VNI characters of one lower-case letter."""
    if letter in _VNI_SINGLE:
        return _VNI_SINGLE[letter]
    parts = unicodedata.normalize("NFD", letter)
    base, marks = parts[0], parts[1:]
    tone = next((m for m in marks if m in _TONES), "")
    if "\u031b" in marks:  # horn: ơ, ư then the tone
        return _VNI_SINGLE[unicodedata.normalize("NFC", base + "\u031b")] + _VNI_TONE[tone]
    if base == "i":
        return _VNI_I[tone]
    if "\u0302" in marks:
        return base + _VNI_CIRCUMFLEX[tone]
    if "\u0306" in marks:
        return base + _VNI_BREVE[tone]
    return base + _VNI_TONE[tone]


def _tcvn3(letter: str) -> str:
    if letter == "đ":
        return _TCVN3_UPPER["đ"]
    parts = unicodedata.normalize("NFD", letter)
    tone = next((m for m in parts if m in _TONES), "")
    bare = unicodedata.normalize("NFC", "".join(m for m in parts if m not in _TONES))
    return _TCVN3_VOWELS[bare][_TONES.index(tone) + 1 if tone else 0]


@lru_cache(maxsize=None)
def _table(encoding: str) -> dict[str, str]:
    """Unicode letter → what the legacy encoding's bytes read as (upper case included)."""
    table: dict[str, str] = {}
    for letter in _letters():
        if encoding == "VNI":
            table[letter], table[letter.upper()] = _vni(letter), _vni(letter).upper()
        else:
            table[letter] = _tcvn3(letter)
            table[letter.upper()] = _TCVN3_UPPER.get(letter.upper(), table[letter])  # the upper-case font
    return table


@lru_cache(maxsize=None)
def _reverse(encoding: str) -> tuple[re.Pattern[str], dict[str, str]]:
    back: dict[str, str] = {}
    for letter, code in _table(encoding).items():
        back.setdefault(code, letter)  # TCVN3: a lower-case code stands for both cases; read it as lower
    keys = sorted((k for k in back if not k.isascii()), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, keys))), back


@lru_cache(maxsize=None)
def _foreign() -> frozenset[str]:
    """Characters legacy codes read as that no Vietnamese word has ("ä", "ö", "µ", "§")."""
    vietnamese = {c for letter in _letters() for c in (letter, letter.upper())}
    return frozenset(c for e in LEGACY_ENCODINGS for code in _table(e).values() for c in code
                     if not c.isascii() and c not in vietnamese)


@lru_cache(maxsize=None)
def _foreign_pattern() -> re.Pattern[str]:
    """One of the characters of :func:`_foreign`."""
    return re.compile("[" + "".join(re.escape(c) for c in sorted(_foreign())) + "]")


def to_legacy(text: str, encoding: str) -> str:
    """``text`` as a legacy-encoded file of it reads in Windows-1252 ("Việt" → "Vieät" in VNI)."""
    table = _table(encoding)
    return "".join(table.get(c, c) for c in unicodedata.normalize("NFC", text))


def from_legacy(text: str, encoding: str) -> str:
    """The Unicode text a legacy-encoded text seen as Windows-1252 stands for."""
    pattern, back = _reverse(encoding)
    return pattern.sub(lambda m: back[m.group()], text)


def _common(text: str) -> tuple[int, float]:
    """How many of the words of ``text`` are common marked Vietnamese words, and their share."""
    words = [w.lower() for w in _WORD.findall(text)]
    found = sum(w in _COMMON for w in words)
    return found, found / len(words) if words else 0.0


@dataclass(frozen=True)
class LegacyText:
    """What :func:`legacy_encoding` found: the encoding, and one word as seen and as meant."""

    encoding: str
    seen: str
    meant: str

    def reason(self, as_text: bool = True) -> str:
        """One line for a text (already read as Windows-1252) or for the file's own bytes."""
        how = "read as Windows-1252" if as_text else "(a legacy font encoding)"
        return (f"looks like {self.encoding}-encoded Vietnamese {how}: \"{self.seen}\" for \"{self.meant}\"; "
                "convert it to Unicode (UTF-8)")


def legacy_encoding(text: str) -> LegacyText | None:
    """The legacy encoding ``text`` is Vietnamese in, or None for Unicode Vietnamese and other text.

    Decoded the right way, a tenth of the words of a Vietnamese text are common marked words
    ("của", "được"); the text as it is has words with letters no Vietnamese word has ("ä", "µ"), few
    common words (VNI writes "chính" as Unicode does), the wrong
    decoding none, and decoding Unicode Vietnamese as if legacy breaks its words ("không" → "khơng").
    """
    sample = text[:SAMPLE_CHARS]
    if sample.isascii():
        return None
    if _foreign_pattern().search(sample) is None:  # no letter a legacy code writes: most Unicode text
        return None
    words = _WORD.findall(sample)
    foreign = _foreign()
    odd = sum(not foreign.isdisjoint(w) for w in words)
    if odd < 2 or odd < 0.03 * len(words):
        return None
    as_is = _common(sample)[1]
    if as_is >= 0.08:
        return None
    (found, share), encoding = max((_common(from_legacy(sample, e)), e) for e in LEGACY_ENCODINGS)
    if found < MIN_COMMON or share < 0.04 or share < 2 * as_is:
        return None
    for word in sample.split():
        meant = from_legacy(word, encoding)
        if meant != word:
            return LegacyText(encoding, word[:40], meant[:40])
    return None
