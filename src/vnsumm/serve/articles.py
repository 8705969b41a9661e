"""What a client sends, as cleaned Articles: JSON (one article or a list), a form, or file uploads.

An article is ``text`` (plain or HTML, judged on its content as for a file), ``html``, ``url``
(fetched only with ``--allow-urls``, see :mod:`vnsumm.serve.urls`) or an uploaded file, each
under the same byte cap as the CLI's (``max_input_bytes``). Nothing a client sends is ever taken
for a file-system path: text stays text.
"""
from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass
from typing import Any, Callable

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from vnsumm.article import Article
from vnsumm.errors import InputError
from vnsumm.inputs import text_input
from vnsumm.language import NotVietnamese
from vnsumm.messages import reason_of, shown
from vnsumm.prepare import prepare
from vnsumm.reader import source_input
from vnsumm.serve.errors import ApiError, Refused, TooLarge, status_of
from vnsumm.serve.urls import fetch_public

__all__ = ["ArticleIn", "BriefsIn", "CheckIn", "Upload", "Loaded", "parse_items", "parse_check", "source_of",
           "load_source",
           "MAX_ID"]

MAX_ID = 200


class ArticleIn(BaseModel):
    """One article: exactly one of ``text``, ``html`` or ``url``; ``id`` is echoed in the brief."""

    model_config = ConfigDict(extra="forbid")
    text: str | None = Field(None, description="the article, plain text or HTML")
    html: str | None = Field(None, description="the article as an HTML page")
    url: str | None = Field(None, description="an http(s) URL (only on a server started with --allow-urls)")
    id: str | None = Field(None, max_length=MAX_ID, description="your name for it, returned as the brief's id")

    @model_validator(mode="after")
    def one_source(self) -> "ArticleIn":
        given = [k for k in ("text", "html", "url") if getattr(self, k) is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of text, html or url" + (f" (got {', '.join(given)})" if given else ""))
        return self


class BriefsIn(BaseModel):
    """Several articles, briefed together; one that fails gets an error in its place."""

    model_config = ConfigDict(extra="forbid")
    articles: list[ArticleIn] = Field(min_length=1)


class CheckIn(ArticleIn):
    """An article and an English text (or a ``vnsumm brief`` output) whose facts are checked against it."""

    brief: str = Field(description="English text, or a vnsumm brief output (JSON or Markdown)")


@dataclass
class Upload:
    """An uploaded file: its name (for messages only) and bytes."""

    name: str
    data: bytes


Item = ArticleIn | Upload


@dataclass
class Loaded:
    article: Article
    label: str
    seconds: float


def _validated(model: type[BaseModel], data: Any) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ()))
        raise ApiError(f"{where + ': ' if where else ''}{first.get('msg', 'invalid')}"
                       + (f" ({exc.error_count()} problems)" if exc.error_count() > 1 else "")) from None


def json_of(body: bytes) -> Any:
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ApiError(f"the request body is not valid JSON: {exc}") from None
    except RecursionError:
        raise ApiError("the request body is not valid JSON: nested too deeply") from None


def parse_items(kind: str, body: bytes, fields: dict[str, str], uploads: list[Upload],
                max_articles: int, extra: tuple[str, ...] = ()) -> tuple[list[Item], bool]:
    """The articles of a ``/v1/briefs`` request, and whether the client sent a list (several)."""
    if kind == "json":
        data = json_of(body)
        if isinstance(data, list):
            data = {"articles": data}
        if not isinstance(data, dict):
            raise ApiError("send a JSON object (one article) or a list of them")
        items, several = (_validated(BriefsIn, data).articles, True) if "articles" in data else \
                         ([_validated(ArticleIn, data)], False)
    elif uploads:
        if any(fields.get(k) for k in ("text", "html", "url")):
            raise ApiError("give either a file or text, html or url, not both")
        unused = sorted(set(fields) - set(extra))
        if unused:
            raise ApiError(f"{unused[0]}: not used with a file upload (the file's name is its id)")
        items, several = list(uploads), len(uploads) > 1
    else:
        items, several = [_validated(ArticleIn, _source_fields(fields, extra))], False
    if len(items) > max_articles:
        raise ApiError(f"{len(items)} articles in one request; at most {max_articles}")
    return items, several


def parse_check(kind: str, body: bytes, fields: dict[str, str], uploads: list[Upload]) -> tuple[Item, str]:
    """The article and the English text of a ``/v1/check`` request."""
    if kind == "json":
        data = json_of(body)
        if not isinstance(data, dict):
            raise ApiError("send a JSON object with the article (text, html or url) and brief")
        checked = _validated(CheckIn, data)
        return ArticleIn(**checked.model_dump(exclude={"brief"})), checked.brief
    brief = fields.get("brief")
    if not brief:
        raise ApiError("brief: the English text to check is required")
    if len(uploads) > 1:
        raise ApiError("file: one article to check against, not several")
    if uploads:
        unused = sorted(set(fields) - {"brief"})
        if unused:
            raise ApiError(f"{unused[0]}: not used with a file upload")
        return uploads[0], brief
    return _validated(ArticleIn, _source_fields(fields, ("brief",))), brief


def _source_fields(fields: dict[str, str], extra: tuple[str, ...] = ()) -> dict[str, str]:
    """A form's article fields (empty ones left out: a page form sends every field); unknown ones refused."""
    unknown = sorted(set(fields) - {"text", "html", "url", "id", *extra})
    if unknown:
        raise ApiError(f"{unknown[0]}: unknown field (give text, html, url or file, and optionally id)")
    return {k: v for k, v in fields.items() if k in ("text", "html", "url", "id") and v.strip()}


def upload_name(name: str | None) -> str:
    """An uploaded file's name as shown in messages (never used as a path)."""
    return shown(name or "upload")[:MAX_ID]


def label_of(item: Item, n: int | None) -> str:
    if isinstance(item, Upload):
        return item.name
    if item.id:
        return shown(item.id)
    if item.url:
        return shown(item.url)[:MAX_ID]
    return "text" if n is None else f"article {n}"


def _labelled(label: str, work: Callable[[], Any]) -> Any:
    """Run ``work``; an InputError becomes an ApiError (its status kept) whose message starts with ``label``."""
    try:
        return work()
    except InputError as exc:
        raise ApiError(f"{label}: {reason_of(exc, label)}", status_of(exc), getattr(exc, "headers", None)) from None


def source_of(item: Item, label: str, max_bytes: int, allow_urls: bool) -> str | bytes:
    """The article's text or bytes, checked against the byte cap; a URL is fetched here (public addresses only)."""
    def read() -> str | bytes:
        if isinstance(item, Upload):
            _cap(len(item.data), max_bytes)
            return item.data
        if item.url is not None:
            if not allow_urls:
                raise Refused("this server does not fetch URLs (start it with --allow-urls); send the text or HTML")
            return fetch_public(item.url.strip(), max_bytes)
        text = item.text if item.text is not None else item.html or ""
        _cap(len(text.encode("utf-8", "surrogatepass")), max_bytes)
        if not text.strip():
            raise InputError("the article is empty")
        return text
    return _labelled(label, read)


def load_source(source: str | bytes, label: str, vietnamese: bool = True) -> Loaded:
    """Clean and (with ``vietnamese``) language-check an article's text or bytes through the run's one
    prepare step; ApiErrors start with ``label``. The byte cap was applied by :func:`source_of`."""
    start = time.perf_counter()

    def load() -> Article:
        inp = text_input(source, label) if isinstance(source, str) else source_input(source, label)
        prepared = prepare(inp, sys.maxsize, "skip" if vietnamese else "summarize")  # text stays text
        if isinstance(prepared.error, NotVietnamese):
            raise ApiError(f"{label}: the article is in {prepared.error.language.label}, not Vietnamese", 422)
        if not prepared.ready:
            raise prepared.error or InputError(prepared.reason)
        return prepared.article
    return Loaded(_labelled(label, load), label, time.perf_counter() - start)


def _cap(size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise TooLarge(f"the article is {size:,} bytes, over the server's {max_bytes:,}-byte limit")
