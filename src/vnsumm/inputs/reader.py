"""``vnsumm.read``: one function for every way a caller holds an article, the same as the CLI's.

>>> import vnsumm
>>> article = vnsumm.read("seeds/000_2b6d86a53e841c95.txt")      # a file (text or HTML)
>>> article = vnsumm.read(b"<html>...</html>")                    # bytes (any accepted encoding)
>>> article = vnsumm.read("https://vnexpress.net/...")            # a web page (fetched with httpx)
>>> article = vnsumm.read("Tiêu đề\\n\\nNội dung bài báo ...")    # text or an HTML string
"""
from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

from vnsumm.article import Article
from vnsumm.errors import InputError
from vnsumm.inputs.fetch import UrlInput, is_url
from vnsumm.inputs.formats import is_dataset
from vnsumm.inputs.load import MAX_INPUT_BYTES, Input, load_article
from vnsumm.messages import shown

__all__ = ["read", "source_input"]

_MAX_PATH = 4096


def source_input(source: str | bytes | os.PathLike, id: str | None = None) -> Input:
    """An article source as an Input: a path (``Path``, or a one-line string naming a file), a URL,
    bytes, or the article's text (plain or HTML)."""
    if isinstance(source, bytes):
        return Input(label=id or "bytes", key=id or "bytes", out_name=PurePosixPath("article"), data=source)
    if isinstance(source, os.PathLike) or (isinstance(source, str) and _names_a_file(source)):
        path = Path(source)
        if is_dataset(path):
            raise InputError(f"{shown(path)}: a dataset, not an article; `vnsumm brief` briefs its rows")
        if not path.is_file():
            raise InputError(f"{shown(path)}: no such file")
        return Input.from_file(path, path.parent)
    if not isinstance(source, str):
        raise TypeError(f"an article is a path, URL, bytes or text, not {type(source).__name__}")
    if is_url(source) and "\n" not in source.strip():
        return UrlInput.of(source.strip())
    label = id or "text"
    return Input(label=label, key=label, out_name=PurePosixPath("article"), data=source.encode("utf-8"))


def _names_a_file(text: str) -> bool:
    if "\n" in text or len(text) > _MAX_PATH or not text.strip():
        return False
    try:
        return Path(text).is_file()
    except (OSError, ValueError):
        return False


def read(source: str | bytes | os.PathLike, max_bytes: int = MAX_INPUT_BYTES) -> Article:
    """The cleaned Article from a file path, URL, bytes or text, exactly as ``vnsumm brief`` reads it.

    Raises InputError (one line) when it cannot be read, is not article text, or has too few words.
    """
    if isinstance(source, str) and not _names_a_file(source) and not is_url(source):
        return load_article(source, name="text")  # text stays text: no encoding round trip
    return source_input(source).article(max_bytes)
