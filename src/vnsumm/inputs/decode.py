"""Article bytes → text: the accepted encodings, and the refusal of garbled text however it arrives.

Accepted: UTF-8 (with or without BOM), UTF-16 (with or without BOM) and Windows-1258. Anything
else (another code page, UTF-8 that was already mis-decoded once, Vietnamese in the legacy VNI or
TCVN3 font encodings, binary data) is refused with an ``InputError``. :func:`refuse_garbled` is
the check on text, applied to decoded bytes and to text handed over as a ``str`` alike.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

from vnsumm.errors import InputError
from vnsumm.inputs.legacy import legacy_encoding
from vnsumm.language import VI_LETTERS, VI_ONLY_LETTERS

__all__ = ["decode_bytes", "refuse_garbled"]

_OK_SYMBOLS = set("“”‘’–—…•·°±×÷«»©®™€£¥§¶¹²³½¼¾\u00a0\u200b\ufeff")
_MOJIBAKE_RUN = re.compile("[\u00c0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                           "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
                           "\u0080-\u00bf]{2,}")


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when the NUL bytes fall on one side of each pair, as in UTF-16 text."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    half = len(data) // 2
    if odd.count(0) > 0.3 * half and even.count(0) < 0.05 * half:
        return "utf-16-le"
    if even.count(0) > 0.3 * half and odd.count(0) < 0.05 * half:
        return "utf-16-be"
    return None


def _looks_double_decoded(text: str) -> bool:
    """UTF-8 text that was decoded as Latin-1/Windows-1252 and saved again ("Ä‘á»‘i" for "đối")."""
    hits = 0
    for run in _MOJIBAKE_RUN.findall(text):
        try:
            fixed = run.encode("cp1252", errors="strict").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            try:
                fixed = run.encode("latin-1").decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
        if any(ord(c) > 0xFF for c in fixed) or any(c in VI_LETTERS for c in fixed):
            hits += 1
            if hits >= 2:
                return True
    return False


def _is_vietnamese_1258(text: str) -> bool:
    """Whether bytes decoded as Windows-1258 (then NFC) read as Vietnamese, not as noise."""
    non_ascii = [c for c in text if ord(c) > 127 and not c.isspace()]
    if not non_ascii:
        return True
    good = sum(c in VI_LETTERS or c in _OK_SYMBOLS for c in non_ascii)
    stray_marks = sum(unicodedata.combining(c) > 0 for c in non_ascii)
    return good >= 0.97 * len(non_ascii) and stray_marks == 0 and any(c in VI_ONLY_LETTERS for c in non_ascii)


def _guess_name(data: bytes) -> str:
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:65536]).best()
        return best.encoding if best else "an unknown encoding"
    except Exception:  # noqa: BLE001 - the guess only decorates an error message
        return "an unknown encoding"


def decode_bytes(data: bytes, name: str = "input") -> str:
    """Decode article bytes (UTF-8, UTF-16 or Windows-1258) to NFC text, or raise InputError."""
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    if data.startswith(codecs.BOM_UTF32_LE) or data.startswith(codecs.BOM_UTF32_BE):
        raise InputError(f"{name}: UTF-32 text is not supported; save it as UTF-8")
    encoding = None
    if data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        encoding = "utf-16"
    else:
        encoding = _utf16_without_bom(data)
    if encoding:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: not valid {encoding.upper()} text ({exc.reason} at byte {exc.start})") from None
        if "\x00" in text:
            raise InputError(f"{name}: looks like a binary file (NUL characters), not article text")
    elif b"\x00" in data:
        raise InputError(f"{name}: looks like a binary file (NUL bytes), not article text")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))
            if "\ufffd" in text or not _is_vietnamese_1258(text):
                legacy = legacy_encoding(data.decode("latin-1"))
                if legacy is not None:
                    raise InputError(f"{name}: {legacy.reason(as_text=False)}") from None
                raise InputError(
                    f"{name}: not UTF-8, UTF-16 or Windows-1258 Vietnamese text (it looks like "
                    f"{_guess_name(data)}); convert it to UTF-8") from None
    text = unicodedata.normalize("NFC", text.lstrip("\ufeff"))
    refuse_garbled(text, name)
    if not text.strip():
        raise InputError(f"{name}: the file has no text")
    return text


def refuse_garbled(text: str, name: str = "input") -> None:
    """Raise InputError for text that is not what its writer typed: Vietnamese in a legacy font encoding
    (VNI, TCVN3) or UTF-8 that was decoded as Latin-1/Windows-1252 and saved again (mojibake)."""
    legacy = legacy_encoding(text)
    if legacy is not None:
        raise InputError(f"{name}: {legacy.reason()}")
    if _looks_double_decoded(text):
        raise InputError(f"{name}: the text is mojibake (UTF-8 that was decoded as Latin-1/Windows-1252 "
                         "and saved again); fix the file's encoding first")
