"""Binary document formats recognised by their magic bytes, so they are refused by name.

A PDF, a Word file or a ZIP archive is not article text: instead of "binary" or "nothing left
after cleaning", the user reads ``unsupported format: PDF (convert it to text or HTML)``.
"""
from __future__ import annotations

from vnsumm.errors import InputError

__all__ = ["binary_format", "refuse_binary"]

# filetype's extension -> the name a person knows the format by
_NAMES = {
    "pdf": "PDF", "docx": "DOCX (Word)", "doc": "DOC (Word)", "odt": "ODT (OpenDocument)", "xlsx": "XLSX (Excel)",
    "pptx": "PPTX (PowerPoint)", "epub": "EPUB", "rtf": "RTF", "zip": "ZIP archive", "gz": "gzip archive",
    "bz2": "bzip2 archive", "xz": "xz archive", "7z": "7z archive", "rar": "RAR archive", "tar": "tar archive",
    "zst": "zstd archive",
}
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old Word/Excel/PowerPoint files, which filetype does not name
# Magic numbers no article starts with: refused even when the bytes happen to be valid text. Other
# kinds have short magic that text can start with ("BMW ..." is a BMP header, "ID3 ..." an MP3,
# "MZ Group" an EXE): those are refused only when the bytes are not clean text either.
_STRONG = {"pdf", "docx", "odt", "xlsx", "pptx", "epub", "rtf", "zip", "gz", "7z", "rar", "xz", "zst"}
_TEXT_CONTROLS = set(range(32)) - {9, 10, 12, 13}


def _clean_text(data: bytes) -> bool:
    head = data[:8192]
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 3:  # not just a character cut at the end of the sample
            return False
    return not any(b in _TEXT_CONTROLS for b in head)


def binary_format(data: bytes) -> str | None:
    """The name of the document, archive, image, audio or video format ``data`` is in, or None for text."""
    import filetype

    if data.startswith(_OLE2):
        return "DOC/XLS (old Microsoft Office)"
    kind = filetype.guess(data[:8192])
    if kind is None or (kind.extension not in _STRONG and _clean_text(data)):
        return None
    if kind.extension in _NAMES:
        return _NAMES[kind.extension]
    return f"{kind.extension.upper()} ({kind.mime})"


def refuse_binary(data: bytes, name: str = "input") -> None:
    """Raise ``InputError("NAME: unsupported format: PDF (convert it to text or HTML)")`` for a binary format."""
    found = binary_format(data)
    if found is not None:
        raise InputError(f"{name}: unsupported format: {found} (convert it to text or HTML)")
