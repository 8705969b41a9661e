"""An input becomes an Article: read its bytes, decode, extract HTML, clean under a time budget, count words.

:func:`load_article` is the one way bytes or text become an Article; :class:`Input` is one article
of a run (a file, standard input, a dataset row, a web page).
"""
from __future__ import annotations

import hashlib
import re
import signal
import threading
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Iterator

from vnsumm.article import Article
from vnsumm.clean import clean
from vnsumm.errors import InputError
from vnsumm.inputs.binary import refuse_binary
from vnsumm.inputs.decode import decode_bytes, refuse_garbled
from vnsumm.inputs.html import extract_html, is_html
from vnsumm.messages import as_text, reason_of, shown

__all__ = [
    "TextInput", "text_input",
    "MAX_INPUT_BYTES", "MIN_WORDS", "CleaningTooSlow", "Input", "read_bytes", "page_text", "load_article", "read_article",
    "require_words", "content_hash", "cleaning_budget", "time_limit",
]

MAX_INPUT_BYTES = 5_000_000  # the one size limit of an input (config: max_input_bytes)
MIN_WORDS = 10  # fewer words than this is a scrap of page furniture, not an article
MAX_WORD = 40  # letters: a longer run is no word of any language
_WORD = re.compile(r"[^\W\d_]+")


def read_bytes(path: str | Path, max_bytes: int = MAX_INPUT_BYTES) -> bytes:
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


class CleaningTooSlow(InputError):
    """Cleaning ran past its time budget (pathological text)."""


def cleaning_budget(n_chars: int) -> float:
    """Seconds cleaning may take: 20 s plus 20 s per million characters (normal text needs ~5 s/MB)."""
    return 20.0 + 20.0 * n_chars / 1_000_000


@contextmanager
def time_limit(seconds: float, message: str, error: type[Exception] = CleaningTooSlow) -> Iterator[None]:
    """Raise ``error(message)`` if the block runs longer than ``seconds``.

    Uses SIGALRM, which also interrupts a long regular-expression match or a blocked network read;
    off the main thread (or where there is no SIGALRM) the block simply runs without a limit.
    """
    usable = hasattr(signal, "SIGALRM") and threading.current_thread() is threading.main_thread()
    if not usable or seconds <= 0:
        yield
        return

    def expired(signum, frame):  # noqa: ARG001 - signal handler signature
        raise error(message)

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds, 0.5)  # and again every 0.5 s, should code swallow it
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def require_words(article: Article) -> None:
    """An article whose body has fewer than ``MIN_WORDS`` words (of at most ``MAX_WORD`` letters) is an InputError."""
    words = [w for w in _WORD.findall(article.body) if len(w) <= MAX_WORD] if article.sentences else []
    if not words:
        raise InputError("nothing left after cleaning (no article body found)")
    if len(words) < MIN_WORDS:
        raise InputError(f"nothing left after cleaning but {len(words)} word(s), too little for an article")


def page_text(data: bytes | str, name: str = "input") -> tuple[str, str | None]:
    """Bytes (decoded) or text → the page's text, not yet cleaned (HTML reduced to its main text), and the page's
    ``<title>``/og:title when it is HTML; binary or garbled input is an InputError."""
    if isinstance(data, bytes):
        refuse_binary(data, name)
        text = decode_bytes(data, name=name)  # garbled text refused there
    else:
        text = unicodedata.normalize("NFC", data)
        refuse_garbled(text, name)
    if is_html(text):
        return extract_html(text)
    return text, None


def load_article(data: bytes | str, name: str = "input") -> Article:
    """Bytes (decoded) or text → the cleaned Article, within a time budget; too few words is an InputError.

    HTML is recognised by its content and reduced to the page's main text first.
    """
    budget = cleaning_budget(len(data))
    with time_limit(budget, f"reading and cleaning took over {budget:.0f} s: the text looks pathological"):
        text, page_title = page_text(data, name)
        article = clean(text)
        if article.title is None and page_title:  # the page's <title>/og:title when the text shows none
            article.title = page_title
    require_words(article)
    return article


def read_article(path: str | Path, max_bytes: int = MAX_INPUT_BYTES) -> Article:
    """Read and clean one article file (text or HTML); an InputError's message starts with the path."""
    path = Path(path)
    return Input.from_file(path, path.parent).article(max_bytes)


def content_hash(data: bytes) -> str:
    """SHA-256 of an input's bytes: with the config fingerprint, what decides whether to redo it."""
    return hashlib.sha256(data).hexdigest()



@dataclass(frozen=True)
class Input:
    """One article of a run: what messages call it, what resume matches it by, where its output goes.

    A local file is read when its turn comes; an article already in memory (standard input, a
    dataset row, a fetched page) carries its bytes in ``data``.
    """

    label: str  # shown in messages and recorded as the brief's id: a path, a URL, "data.jsonl#7"
    key: str  # what resume matches on: the resolved path, the URL, or the dataset path and row id
    out_name: PurePosixPath  # output place under -o, without suffix (mirrors the input folder)
    file: Path | None = None
    data: bytes | None = None
    skip: str | None = None  # why it will not be read (a link outside the folder, a FIFO...)

    @classmethod
    def from_file(cls, file: Path, root: Path, skip: str | None = None) -> "Input":
        """A file found in (or named beside) ``root``: its output mirrors its place under ``root``."""
        relative = PurePosixPath(*file.relative_to(root).parts)
        key = as_text(file.absolute() if skip else file.resolve())
        return cls(label=as_text(file), key=key, out_name=relative.with_suffix(""), file=file, skip=skip)

    @property
    def shown(self) -> str:
        """The input as one printable line for messages."""
        return shown(self.file if self.file is not None else self.label)

    def load(self, data: bytes) -> Article:
        """The Article in ``data`` (what :meth:`read` returned): cleaned, with too few words an InputError."""
        return load_article(data, name=self.label)

    def page(self, data: bytes) -> str:
        """The page in ``data`` (what :meth:`read` returned) as text, not yet cleaned."""
        return page_text(data, name=self.label)[0]

    def article(self, max_bytes: int = MAX_INPUT_BYTES) -> Article:
        """:meth:`read` then :meth:`load`: the one article a command names; an InputError's message starts
        with the input's name."""
        try:
            return self.load(self.read(max_bytes))
        except InputError as exc:
            raise InputError(f"{self.shown}: {reason_of(exc, self.file or self.label)}") from None

    def read(self, max_bytes: int = MAX_INPUT_BYTES) -> bytes:
        """The input's bytes, refusing more than ``max_bytes``."""
        if self.file is not None:
            return read_bytes(self.file, max_bytes)
        data = self.data or b""
        if len(data) > max_bytes:
            raise InputError(f"{self.label}: the article is {len(data):,} bytes, over the {max_bytes:,}-byte limit "
                             "(set max_input_bytes to raise it)")
        return data


@dataclass(frozen=True)
class TextInput(Input):
    """An article given as a ``str``: loaded as text (plain or HTML), never as a file's bytes."""

    def load(self, data: bytes) -> Article:
        return load_article(data.decode("utf-8", "surrogatepass"), name=self.label)

    def page(self, data: bytes) -> str:
        return page_text(data.decode("utf-8", "surrogatepass"), name=self.label)[0]


def text_input(text: str, label: str) -> TextInput:
    """An article's text as an Input: the text itself, never a path or URL."""
    return TextInput(label=label, key=label, out_name=PurePosixPath("article"), data=text.encode("utf-8", "surrogatepass"))
