"""Reading article files: size and content checks, encoding detection, HTML to text.

Accepted encodings: UTF-8 (with or without BOM), UTF-16 (with or without BOM) and
Windows-1258. Anything else (another legacy code page, UTF-8 text that was already
mis-decoded once, binary data) is refused with an ``InputError`` instead of being turned
into mojibake.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from vnsumm.article import Article
from vnsumm.errors import InputError

__all__ = ["DEFAULT_MAX_BYTES", "decode_bytes", "is_html", "html_to_text", "read_bytes", "text_from_bytes", "read_text",
           "read_article"]

DEFAULT_MAX_BYTES = 5 * 1024 * 1024

# Letters that only Vietnamese writes (beyond what Western European text shares with it).
_VI_SPECIFIC = set("ăằắẳẵặâầấẩẫậđêềếểễệôồốổỗộơờớởỡợưừứửữựảãạẻẽẹỉĩịỏõọủũụỳỷỹỵý"
                   "ĂẰẮẲẴẶẦẤẨẪẬĐỀẾỂỄỆỒỐỔỖỘƠỜỚỞỠỢƯỪỨỬỮỰẢÃẠẺẼẸỈĨỊỎÕỌỦŨỤỲỶỸỴÝ")
_VI_LETTERS = _VI_SPECIFIC | set("àáèéìíòóùúâêôÀÁÈÉÌÍÒÓÙÚÂÊÔ")
_OK_SYMBOLS = set("“”‘’–—…•·°±×÷«»©®™€£¥§¶¹²³½¼¾\u00a0\u200b\ufeff")
_MOJIBAKE_RUN = re.compile("[\u00c0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                           "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
                           "\u0080-\u00bf]{2,}")
_HTML_HINT = re.compile(r"<\s*(?:!doctype\s+html|html|head|body|article|main|div|p|br|span|h[1-6]|meta|title)\b[^>]*>",
                        re.I)


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
        if any(ord(c) > 0xFF for c in fixed) or any(c in _VI_LETTERS for c in fixed):
            hits += 1
            if hits >= 2:
                return True
    return False


def _is_vietnamese_1258(text: str) -> bool:
    """Whether bytes decoded as Windows-1258 (then NFC) read as Vietnamese, not as noise."""
    non_ascii = [c for c in text if ord(c) > 127 and not c.isspace()]
    if not non_ascii:
        return True
    good = sum(c in _VI_LETTERS or c in _OK_SYMBOLS for c in non_ascii)
    stray_marks = sum(unicodedata.combining(c) > 0 for c in non_ascii)
    return good >= 0.97 * len(non_ascii) and stray_marks == 0 and any(c in _VI_SPECIFIC for c in non_ascii)


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
                raise InputError(
                    f"{name}: not UTF-8, UTF-16 or Windows-1258 Vietnamese text (it looks like "
                    f"{_guess_name(data)}); convert it to UTF-8") from None
    text = unicodedata.normalize("NFC", text.lstrip("\ufeff"))
    if _looks_double_decoded(text):
        raise InputError(f"{name}: the text is mojibake (UTF-8 that was decoded as Latin-1/Windows-1252 "
                         "and saved again); fix the file's encoding first")
    if not text.strip():
        raise InputError(f"{name}: the file has no text")
    return text


def is_html(text: str) -> bool:
    """Whether ``text`` is an HTML page or fragment (judged on content, not on a file name)."""
    head = text[:5000]
    return len(_HTML_HINT.findall(head)) >= 2 or bool(re.match(r"\s*<(?:!doctype|html)", head, re.I))


def html_to_text(html: str) -> str:
    """The main article of an HTML page as plain text: title, date, paragraphs, then the source."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    if doc is None:
        raise InputError("no article text could be found in the HTML page")
    meta = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    body = (meta.get("text") or "").strip()
    if not body:
        raise InputError("no article text could be found in the HTML page")
    lines = [meta.get("title") or "", meta.get("date") or "", body.replace("\n", "\n\n")]
    source = meta.get("sitename") or meta.get("hostname")
    if source and len(source.split()) <= 6:  # a site name, not a slogan
        lines.append(f"Nguồn: {source}")
    return "\n\n".join(x for x in lines if x) + "\n"


def read_bytes(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of an article file, refusing a missing, special or too large one before reading it."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if not path.is_file():
        raise InputError(f"{path}: not a regular file")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"{path}: cannot read the file: {exc.strerror or exc}") from None
    if size > max_bytes:
        raise InputError(f"{path}: the file is {size:,} bytes, over the {max_bytes:,}-byte limit "
                         "(set max_input_bytes to raise it)")
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)  # the file may have grown since stat
    except OSError as exc:
        raise InputError(f"{path}: cannot read the file: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise InputError(f"{path}: the file is over the {max_bytes:,}-byte limit (set max_input_bytes to raise it)")
    return data


def text_from_bytes(data: bytes, name: str = "input") -> str:
    """Decoded article text (the main text of an HTML page), ready for ``vnsumm.clean.clean``."""
    text = decode_bytes(data, name=name)
    return html_to_text(text) if is_html(text) else text


def read_text(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Read an article file (text or HTML) as text ready for ``vnsumm.clean.clean``."""
    return text_from_bytes(read_bytes(path, max_bytes), name=str(path))


def read_article(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read and clean one article file."""
    from vnsumm.clean import clean

    article = clean(read_text(path, max_bytes=max_bytes))
    if not article.paragraphs:
        raise InputError(f"{path}: no article text was found in the file")
    return article
