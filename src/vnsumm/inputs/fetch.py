"""Articles on the web: ``http(s)://`` inputs fetched with httpx, one URL failing alone.

Each URL is an :class:`UrlInput` whose page is fetched when its turn comes: a timeout for each
network step, a total deadline for the whole page (``DEADLINE_S``: a server that trickles a
byte a second is cut off), a size cap (``max_input_bytes``, streamed, so a huge body is cut off,
not downloaded), at most ``MAX_REDIRECTS`` redirects, and a text content type (HTML or plain
text). Every failure is one line: ``https://x/y: HTTP 404 Not Found``, ``... no answer within
20 s (timed out)``, ``... not all there after 60 s``, ``... is application/pdf, not an article page``. The page then goes through the same extraction as a local ``.html`` file.
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from vnsumm.errors import InputError, UsageError
from vnsumm.log import logger
from vnsumm.inputs.decode import decode_bytes
from vnsumm.inputs.load import MAX_INPUT_BYTES, Input, read_bytes, time_limit
from vnsumm.messages import shown

__all__ = ["TIMEOUT_S", "DEADLINE_S", "MAX_REDIRECTS", "TEXT_TYPES", "is_url", "fetch", "url_name", "UrlInput", "read_url_list"]

TIMEOUT_S = 20.0  # connect, read and write, each
DEADLINE_S = 60.0  # the whole page, however its bytes trickle in
MAX_REDIRECTS = 5
TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
USER_AGENT = "vnsumm (+https://github.com/vnsumm/vnsumm)"
_UNSAFE = re.compile(r"[^\w.\-]+")


def is_url(text: str) -> bool:
    """Whether a command-line argument is an ``http://`` or ``https://`` address."""
    return bool(re.match(r"https?://", str(text), re.I))


def url_name(url: str) -> PurePosixPath:
    """A safe output name for a URL: host, then the path's parts (``vnexpress.net/thoi-su/bai-1``)."""
    parts = urlsplit(url)
    pieces = [parts.hostname or "page"] + [unquote(p) for p in parts.path.split("/") if p]
    if len(pieces) > 1:
        pieces[-1] = re.sub(r"\.(?:html?|php|aspx?|jsp)$", "", pieces[-1], flags=re.I) or pieces[-1]
    if parts.query:
        pieces[-1] += "_" + parts.query
    return PurePosixPath(*[(_UNSAFE.sub("_", p).strip("._") or "_")[:100] for p in pieces])


def fetch(url: str, max_bytes: int = MAX_INPUT_BYTES, timeout: float = TIMEOUT_S,
          deadline: float = DEADLINE_S) -> bytes:
    """The body of an article page, or an InputError naming the URL and what went wrong.

    ``timeout`` bounds each network step (at most ``deadline``); ``deadline`` the whole page: on the
    main thread an alarm ends even a server that trickles its headers, elsewhere the body's chunks
    are timed.
    """
    late = f"{url}: the page was not all there after {deadline:g} s (the deadline for one page)"
    with time_limit(deadline, late, InputError):
        return _fetch(url, max_bytes, min(timeout, deadline), deadline, late)


def _fetch(url: str, max_bytes: int, step: float, deadline: float, late: str) -> bytes:
    import httpx

    logger.debug("fetching %s", url)
    started = time.monotonic()
    try:
        with httpx.Client(follow_redirects=True, max_redirects=MAX_REDIRECTS, timeout=step,
                          headers={"User-Agent": USER_AGENT}) as client:
            with client.stream("GET", url) as response:
                if response.status_code >= 400:
                    raise InputError(f"{url}: HTTP {response.status_code} {response.reason_phrase}".rstrip())
                kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
                if kind and kind not in TEXT_TYPES:
                    raise InputError(f"{url}: the server sent {kind}, not an article page "
                                     f"({', '.join(TEXT_TYPES)})")
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > max_bytes:
                    raise InputError(f"{url}: the page is {int(declared):,} bytes, over the {max_bytes:,}-byte "
                                     "limit (set max_input_bytes to raise it)")
                body = bytearray()
                for chunk in response.iter_bytes():
                    if time.monotonic() - started > deadline:
                        raise InputError(late)
                    body += chunk
                    if len(body) > max_bytes:
                        raise InputError(f"{url}: the page is over the {max_bytes:,}-byte limit "
                                         "(set max_input_bytes to raise it)")
                logger.info("fetched %s: %s, %d bytes", url, kind or "no content type", len(body))
                return bytes(body)
    except httpx.TooManyRedirects:
        raise InputError(f"{url}: more than {MAX_REDIRECTS} redirects") from None
    except httpx.TimeoutException:
        if time.monotonic() - started >= deadline:
            raise InputError(late) from None
        raise InputError(f"{url}: no answer within {step:g} s (timed out)") from None
    except httpx.ConnectError as exc:
        raise InputError(f"{url}: cannot connect: {_short(exc)}") from None
    except httpx.InvalidURL as exc:
        raise InputError(f"{url}: not a valid URL: {_short(exc)}") from None
    except httpx.HTTPError as exc:
        raise InputError(f"{url}: {type(exc).__name__}: {_short(exc)}") from None


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    if "Name or service not known" in text or "nodename nor servname" in text or "getaddrinfo" in text:
        return "the host name does not resolve (DNS)"
    return text


@dataclass(frozen=True)
class UrlInput(Input):
    """An article page on the web, fetched when its turn comes (so a bad URL fails alone)."""

    timeout: float = TIMEOUT_S
    deadline: float = DEADLINE_S

    @classmethod
    def of(cls, url: str, deadline: float = DEADLINE_S) -> "UrlInput":
        return cls(label=url, key=url, out_name=url_name(url), deadline=deadline)

    def read(self, max_bytes: int = MAX_INPUT_BYTES) -> bytes:
        return fetch(self.label, max_bytes, self.timeout, self.deadline)


def read_url_list(path: str | Path) -> list[str]:
    """The URLs of a ``--urls`` file: one a line; blank lines and ``#`` comments ignored."""
    try:
        text = decode_bytes(read_bytes(path), name=str(path))
    except InputError as exc:
        raise UsageError(f"--urls {exc}") from None
    urls = []
    for n, line in enumerate(text.splitlines(), 1):
        words = line.split()
        if not words or words[0].startswith("#"):
            continue
        line = words[0]  # "URL  # a note" keeps the URL
        if not is_url(line):
            raise UsageError(f"--urls {shown(path)} line {n}: not an http(s) URL: {shown(line[:200])}")
        urls.append(line)
    return urls
