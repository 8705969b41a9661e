"""The HTTP API: ``POST /v1/briefs``, ``POST /v1/check``, ``GET /v1/configs``, ``/healthz``, ``/readyz``,
and the page at ``/``, on one loaded pipeline (see :func:`create_app`)."""
from __future__ import annotations

import asyncio
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass
from functools import partial
from typing import Any, Awaitable, Callable

import anyio
from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from vnsumm import __version__
from vnsumm.article import Article, Brief
from vnsumm.check import check
from vnsumm.check.brief import english_of, read_briefs
from vnsumm.config import available_configs
from vnsumm.errors import InputError
from vnsumm.outputs import render
from vnsumm.serve import page
from vnsumm.serve.articles import (
    ArticleIn,
    BriefsIn,
    CheckIn,
    Item,
    Upload,
    label_of,
    load_source,
    parse_check,
    parse_items,
    source_of,
    upload_name,
)
from vnsumm.serve.batching import Batcher, TestGate
from vnsumm.serve.errors import ApiError, TooSlow, Unauthorized, error_body, status_of
from vnsumm.serve.limits import Guard, GuardState, bearer_of, token_ok

__all__ = ["ServeSettings", "create_app"]

MAX_FORM_FIELDS = 20


@dataclass
class ServeSettings:
    """How the server batches, waits and refuses (the ``vnsumm serve`` options)."""

    max_batch: int = 8  # articles in one brief_articles call
    window_s: float = 0.02  # how long a batch waits for more articles
    max_queue: int = 64  # articles waiting; past that 503
    timeout_s: float = 120.0  # a request's deadline; past that 504
    max_articles: int = 32  # articles in one request
    allow_urls: bool = False
    token: str | None = None  # VNSUMM_API_TOKEN

    def max_body(self, max_input_bytes: int) -> int:
        """Bytes of a request body: room for a full-size article escaped in JSON, and a form's fields."""
        return 4 * max_input_bytes + 1_000_000


@dataclass(frozen=True)
class Deadline:
    """When a request must be answered by (monotonic clock), and the seconds it was given."""

    at: float
    seconds: float

    def left(self) -> float:
        return self.at - time.monotonic()


def _json_error(exc: BaseException) -> JSONResponse:
    return JSONResponse(error_body(exc), status_code=status_of(exc), headers=getattr(exc, "headers", None) or None)


def create_app(pipeline: Any, settings: ServeSettings) -> tuple[Any, FastAPI, GuardState]:
    """The ASGI app to serve (the FastAPI app behind the :class:`Guard`), the app, and the guard's state."""
    batcher = Batcher(pipeline, settings.max_batch, settings.window_s, settings.max_queue, TestGate.from_env())
    max_bytes = int(pipeline.config.max_input_bytes)
    guard = GuardState(settings.token, settings.max_body(max_bytes))
    checkers = anyio.CapacityLimiter(2)  # /v1/check cleans in a thread of its own

    @asynccontextmanager
    async def lifespan(_: FastAPI):
        batcher.start()
        yield
        await anyio.to_thread.run_sync(batcher.stop)

    app = FastAPI(title="vnsumm", version=__version__, lifespan=lifespan, redoc_url=None,
                  description="Vietnamese news articles to English briefs, their facts checked against the article.")

    @app.exception_handler(RequestValidationError)
    async def bad_parameter(_: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p not in ("query", "body"))
        return _json_error(ApiError(f"{where + ': ' if where else ''}{first.get('msg', 'invalid request')}"))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _json_error(ApiError(str(exc.detail), exc.status_code, dict(exc.headers or {})))

    @app.exception_handler(Exception)
    async def any_error(_: Request, exc: Exception) -> JSONResponse:
        return _json_error(exc)

    async def read_request(request: Request) -> tuple[str, bytes, dict[str, str], list[Upload]]:
        """``("json", body, {}, [])`` or ``("form", b"", fields, uploads)``."""
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind in ("", "application/json") or kind.endswith("+json"):
            return "json", await request.body(), {}, []
        if kind not in ("multipart/form-data", "application/x-www-form-urlencoded"):
            raise ApiError(f"unsupported content type {kind}: send JSON, a form or a file upload", 415)
        try:
            form = await request.form(max_files=settings.max_articles, max_fields=MAX_FORM_FIELDS,
                                      max_part_size=guard.max_body)
        except Exception as exc:  # noqa: BLE001 - a malformed form is the client's error
            raise ApiError(f"the form cannot be read: {getattr(exc, 'detail', None) or exc}") from None
        fields: dict[str, str] = {}
        uploads: list[Upload] = []
        for key, value in form.multi_items():
            if isinstance(value, str):
                if key in fields:
                    raise ApiError(f"{key}: given twice")
                fields[key] = value
            elif key == "file":
                uploads.append(Upload(upload_name(value.filename), await value.read()))
            else:
                raise ApiError(f"{key}: a file where a text field was expected (send article files as 'file')")
        return "form", b"", fields, uploads

    def deadline_of(timeout: float | None) -> Deadline:
        seconds = min(timeout or settings.timeout_s, settings.timeout_s)
        return Deadline(time.monotonic() + seconds, seconds)

    async def within(deadline: Deadline, work: Callable[[], Awaitable[Any]]) -> Any:
        try:
            if deadline.left() <= 0:
                raise asyncio.TimeoutError
            return await asyncio.wait_for(work(), deadline.left())
        except asyncio.TimeoutError:
            raise TooSlow(f"no brief within {deadline.seconds:g} s; the server is slow or busy, retry later") from None

    async def brief_items(items: list[Item], several: bool, deadline: Deadline) -> list[Brief | BaseException]:
        """Each item's brief, or (in a list) the error it failed with; one article's error is raised."""
        sources: list[tuple[str | bytes, str] | BaseException] = []
        for n, item in enumerate(items):
            label = label_of(item, n if several else None)
            try:
                if isinstance(item, ArticleIn) and item.url is not None:  # fetched off the event loop
                    source = await within(deadline, lambda: anyio.to_thread.run_sync(
                        source_of, item, label, max_bytes, settings.allow_urls, abandon_on_cancel=True))
                else:
                    source = source_of(item, label, max_bytes, settings.allow_urls)
                sources.append((source, label))
            except ApiError as exc:
                if not several or isinstance(exc, TooSlow):
                    raise
                sources.append(exc)
        ready = [x for x in sources if isinstance(x, tuple)]
        made = iter(await batcher.brief([partial(load_source, *x) for x in ready], [x[1] for x in ready],
                                        max(0.0, deadline.left()), deadline.seconds) if ready else [])
        results = [next(made) if isinstance(x, tuple) else x for x in sources]
        if not several and isinstance(results[0], BaseException):
            raise results[0]
        return results

    timeout_query = Query(None, gt=0, description=f"seconds to wait at most (at most the server's --timeout, "
                                                  f"{settings.timeout_s:g} s); past it the answer is 504")

    @app.post("/v1/briefs", summary="Brief one article or several", responses=_BRIEF_RESPONSES,
              openapi_extra=_body_doc(ArticleIn, BriefsIn, "file"))
    async def briefs(request: Request, timeout: float | None = timeout_query) -> Response:
        """One article (``text``, ``html``, ``url`` or a ``file`` upload) gives the Brief of ``vnsumm brief
        --format json``; a list (``{"articles": [...]}``, a JSON array, several files) gives ``{"briefs": [...]}``,
        an error object in place of an article that failed."""
        deadline = deadline_of(timeout)
        kind, body, fields, uploads = await read_request(request)
        items, several = parse_items(kind, body, fields, uploads, settings.max_articles)
        results = await brief_items(items, several, deadline)
        if not several:
            return Response(render(results[0], "json"), media_type="application/json")
        return JSONResponse({"briefs": [r.to_dict() if isinstance(r, Brief) else error_body(r) for r in results]})

    @app.post("/v1/check", summary="Check an English text's facts against an article",
              openapi_extra=_body_doc(CheckIn, None, "file"))
    async def check_facts(request: Request, timeout: float | None = timeout_query) -> JSONResponse:
        """The numbers, dates and names of ``brief`` (English text, or a vnsumm brief output), each supported by
        the article or not: the JSON of ``vnsumm check --format json``."""
        deadline = deadline_of(timeout)
        kind, body, fields, uploads = await read_request(request)
        item, brief_text = parse_check(kind, body, fields, uploads)
        if not brief_text.strip():
            raise ApiError("brief: the brief is empty")
        try:  # the same reader as `vnsumm check`: English text, or a brief in any output form
            records = read_briefs(brief_text)
            if len(records) != 1:
                raise ApiError(f"brief: it holds {len(records)} briefs; send one")
            english = english_of(records[0])
        except InputError as exc:
            raise ApiError(f"brief: {exc}") from None
        if english is None or not english.strip():
            raise ApiError("brief: no English brief in it")
        label = label_of(item, None)

        def facts() -> Any:
            article = load_source(source_of(item, label, max_bytes, settings.allow_urls), label, vietnamese=False)
            return check(article.article.check_text(), english)
        result = await within(deadline, lambda: anyio.to_thread.run_sync(facts, limiter=checkers,
                                                                         abandon_on_cancel=True))
        return JSONResponse(result.to_dict())

    @app.get("/v1/configs", summary="The config served and the configs known")
    async def configs() -> dict[str, Any]:
        return {"serving": pipeline.describe(), "available": available_configs(),
                "limits": {"max_input_bytes": max_bytes, "max_articles": settings.max_articles,
                           "max_batch": settings.max_batch, "max_queue": settings.max_queue,
                           "timeout_s": settings.timeout_s, "urls": settings.allow_urls}}

    @app.get("/healthz", summary="The process is up")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz", summary="Ready for briefs (503 while shutting down)")
    async def readyz() -> JSONResponse:
        if guard.draining or not batcher.alive:
            return _json_error(ApiError("not ready: the server is shutting down", 503))
        stats = batcher.stats
        return JSONResponse({"status": "ready", "queued": batcher.waiting, "max_queue": settings.max_queue,
                             "batches": stats.batches, "articles": stats.articles,
                             "seconds_per_article": round(stats.seconds_per_article(), 4) if stats.articles else None})

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def form_page() -> HTMLResponse:
        return page.respond(page.render(settings, pipeline.config.name))

    @app.post("/", response_class=HTMLResponse, include_in_schema=False)
    async def form_post(request: Request) -> HTMLResponse:
        fields: dict[str, str] = {}
        try:
            kind, _, fields, uploads = await read_request(request)
            if kind != "form":
                raise ApiError("the page posts a form", 415)
            given = fields.get("token") or bearer_of(request.scope)
            if not token_ok(settings.token, given):
                raise Unauthorized("a valid token is needed (the server's VNSUMM_API_TOKEN)")
            items, _ = parse_items(kind, b"", fields, uploads[:1], 1, extra=("token",))
            source = fields.get("text") or fields.get("html") or ""
            result = (await brief_items(items, False, deadline_of(None)))[0]
            loaded_article = _article_of(result)
            shown = {**result.to_dict(), "id": fields.get("url") or None}  # "text" says nothing on the page
            removed = await anyio.to_thread.run_sync(page.removed_lines, source, loaded_article) if source else None
            html = page.render(settings, pipeline.config.name, fields, brief=shown, removed=removed)
            return page.respond(html)
        except Exception as exc:  # noqa: BLE001 - every error is shown on the page, one line
            return page.respond(page.render(settings, pipeline.config.name, fields, error=error_body(exc)["error"]),
                                status_of(exc))

    return Guard(app, guard), app, guard


def _article_of(brief: Brief) -> Article:
    """The cleaned article's parts a brief carries (title, date, source, body), for the page."""
    return Article(title=brief.title, date=brief.date, source=brief.source,
                   paragraphs=[p for p in brief.body.split("\n\n") if p])


def _body_doc(one: Any, many: Any, file_field: str) -> dict[str, Any]:
    """The request body's OpenAPI description: JSON (one article, or a list), or a form with file uploads."""
    json_schema = one.model_json_schema() if many is None else {
        "oneOf": [one.model_json_schema(), many.model_json_schema(), {"type": "array", "items": one.model_json_schema()}]}
    form = {"type": "object", "properties": {
        "text": {"type": "string"}, "html": {"type": "string"}, "url": {"type": "string"}, "id": {"type": "string"},
        file_field: {"type": "array" if many is not None else "string",
                     **({"items": {"type": "string", "format": "binary"}} if many is not None else {"format": "binary"})}}}
    if many is None:
        form["properties"]["brief"] = {"type": "string"}
    return {"requestBody": {"required": True, "content": {
        "application/json": {"schema": json_schema},
        "multipart/form-data": {"schema": form},
        "application/x-www-form-urlencoded": {"schema": {k: v for k, v in form.items()}},
    }}}


_BRIEF_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"description": "bad input (one line in `error`)"}, 401: {"description": "a bearer token is needed"},
    403: {"description": "a URL this server does not fetch"}, 413: {"description": "over the byte cap"},
    415: {"description": "not JSON, a form or an upload"}, 422: {"description": "the article is not Vietnamese"},
    503: {"description": "the queue is full (see Retry-After) or the server is shutting down"},
    504: {"description": "no brief before the deadline"},
}
