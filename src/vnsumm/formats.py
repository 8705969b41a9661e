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


def binary_format(data: bytes) -> str | None:
    """The name of the document, archive, image, audio or video format ``data`` is in, or None for text."""
    import filetype

    if data.startswith(_OLE2):
        return "DOC/XLS (old Microsoft Office)"
    kind = filetype.guess(data[:8192])
    if kind is None:
        return None
    if kind.extension in _NAMES:
        return _NAMES[kind.extension]
    return f"{kind.extension.upper()} ({kind.mime})"


def refuse_binary(data: bytes, name: str = "input") -> None:
    """Raise ``InputError("NAME: unsupported format: PDF (convert it to text or HTML)")`` for a binary format."""
    found = binary_format(data)
    if found is not None:
        raise InputError(f"{name}: unsupported format: {found} (convert it to text or HTML)")
