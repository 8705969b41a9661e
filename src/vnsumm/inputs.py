"""Inputs: bytes → text → Article. Read, decode, extract HTML, clean under a time budget, check words.

Accepted encodings: UTF-8 (with or without BOM), UTF-16 (with or without BOM) and Windows-1258.
Anything else (another legacy code page, UTF-8 text that was already mis-decoded once, binary
data) is refused with an ``InputError`` instead of being turned into mojibake. :func:`load_article`
is the one way an input becomes an Article; :func:`collect_inputs` finds the article files of a run.
"""
from __future__ import annotations

import codecs
import hashlib
import os
import re
import signal
import stat
import threading
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Iterator, Sequence

from vnsumm.article import Article
from vnsumm.clean import clean
from vnsumm.errors import InputError, UsageError
from vnsumm.formats import refuse_binary
from vnsumm.language import VI_LETTERS, VI_ONLY_LETTERS
from vnsumm.messages import as_text, reason_of, shown
from vnsumm.page_date import page_date

__all__ = [
    "MAX_INPUT_BYTES", "INPUT_SUFFIXES", "MIN_WORDS", "CleaningTooSlow", "Input", "collect_inputs", "read_bytes",
    "decode_bytes", "is_html", "html_to_text", "load_article", "read_article", "require_words", "content_hash",
    "cleaning_budget", "time_limit",
]

MAX_INPUT_BYTES = 5_000_000  # the one size limit of an input (config: max_input_bytes)
INPUT_SUFFIXES = (".txt", ".html", ".htm")
MIN_WORDS = 10  # fewer words than this is a scrap of page furniture, not an article
MAX_WORD = 40  # letters: a longer run is no word of any language
_WORD = re.compile(r"[^\W\d_]+")

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
    """The main article of an HTML page as plain text: title, date, paragraphs, then the source.

    The date is the page's own (metadata, or a dateline the cleaner finds at the top of the
    story); a page without one gets no date line, so no guessed date can reach the facts a
    brief is checked against.
    """
    return _extract_html(html)[0]


def _extract_html(html: str) -> tuple[str, str | None]:
    """``html_to_text``'s text and the page's title from its metadata."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False,
                                      date_extraction_params={"extensive_search": False, "original_date": True})
    if doc is None:
        raise InputError("no article text could be found in the HTML page")
    meta = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    body = (meta.get("text") or "").strip()
    if not body:
        raise InputError("no article text could be found in the HTML page")
    # the page's own date only (metadata or dateline), not trafilatura's, which guesses from the text
    lines = [meta.get("title") or "", page_date(html) or "", body.replace("\n", "\n\n")]
    source = meta.get("sitename") or meta.get("hostname")
    if source and len(source.split()) <= 6:  # a site name, not a slogan
        lines.append(f"Nguồn: {source}")
    return "\n\n".join(x for x in lines if x) + "\n", (meta.get("title") or "").strip() or None


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


def require_words(article: Article) -> None:
    """An article whose body has fewer than ``MIN_WORDS`` words (of at most ``MAX_WORD`` letters) is an InputError."""
    words = [w for w in _WORD.findall(article.body) if len(w) <= MAX_WORD] if article.sentences else []
    if not words:
        raise InputError("nothing left after cleaning (no article body found)")
    if len(words) < MIN_WORDS:
        raise InputError(f"nothing left after cleaning but {len(words)} word(s), too little for an article")


def load_article(data: bytes | str, name: str = "input") -> Article:
    """Bytes (decoded) or text → the cleaned Article, within a time budget; too few words is an InputError.

    HTML is recognised by its content and reduced to the page's main text first.
    """
    if isinstance(data, bytes):
        refuse_binary(data, name)
    budget = cleaning_budget(len(data))
    with time_limit(budget, f"reading and cleaning took over {budget:.0f} s: the text looks pathological"):
        text = decode_bytes(data, name=name) if isinstance(data, bytes) else unicodedata.normalize("NFC", data)
        page_title = None
        if is_html(text):
            text, page_title = _extract_html(text)
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


# -- finding the inputs of a run -------------------------------------------------------------
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


def collect_inputs(paths: Sequence[str | Path], recursive: bool = False, follow_symlinks: bool = False) -> list[Input]:
    """Files named directly, and article files inside named folders (hidden ones left out), each once.

    A file named on the command line is read as given. Inside a folder, what cannot be read as an
    article is kept as an Input with a ``skip`` reason, never dropped in silence: a symbolic link
    that leads outside the folder given (unless ``follow_symlinks``), a broken link or a link loop,
    a FIFO, device or socket, a folder named like an article file.
    """
    found: list[Input] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            entries = _scan(path, recursive, follow_symlinks)
        elif path.exists():
            entries = [(path, path.parent, None)]
        elif path.is_symlink():
            raise UsageError(f"{shown(raw)}: a broken symbolic link")
        else:
            raise UsageError(f"{shown(raw)}: no such file or folder")
        for file, root, skip in entries:
            try:
                identity = file.resolve(strict=skip is None)
            except (OSError, RuntimeError):
                identity = file.absolute()
            if identity not in seen:
                seen.add(identity)
                found.append(Input.from_file(file, root, skip))
    return found


def _scan(root: Path, recursive: bool, follow_symlinks: bool) -> list[tuple[Path, Path, str | None]]:
    """(file, root, skip reason) for each article-named entry under ``root``, in name order."""
    out: list[tuple[Path, Path, str | None]] = []
    top = root.resolve()
    visited = {top}
    folders = [root]
    while folders:
        folder = folders.pop()
        try:
            names = sorted(os.listdir(folder))
        except OSError as exc:
            out.append((folder, root, f"cannot list the folder: {exc.strerror or exc}"))
            continue
        for name in names:
            entry = folder / name
            if name.startswith("."):
                continue
            skip = _entry_problem(entry, top, follow_symlinks)
            if entry.is_dir() and skip is None:
                if recursive and entry.resolve() not in visited:
                    visited.add(entry.resolve())
                    folders.append(entry)
                if entry.suffix.lower() not in INPUT_SUFFIXES:
                    continue
                skip = "a folder named like an article file"
            if entry.suffix.lower() in INPUT_SUFFIXES or (skip is not None and recursive and entry.is_symlink()):
                out.append((entry, root, skip))
    return sorted(out, key=lambda item: item[0].parts)


def _entry_problem(entry: Path, top: Path, follow_symlinks: bool) -> str | None:
    """Why a folder entry is not read (None when it is a regular file or a folder to look into)."""
    if entry.is_symlink():
        try:
            target = entry.resolve(strict=True)
        except RuntimeError:
            return "a symbolic link loop"
        except OSError:
            return "a broken symbolic link"
        if not follow_symlinks and target != top and top not in target.parents:
            return f"a symbolic link to {shown(target)}, outside the input folder (--follow-symlinks reads it)"
    try:
        mode = entry.stat().st_mode
    except OSError as exc:
        return f"cannot read it: {exc.strerror or exc}"
    if stat.S_ISDIR(mode) or stat.S_ISREG(mode):
        return None
    kind = "a FIFO" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else "a device"
    return f"not a regular file ({kind})"
