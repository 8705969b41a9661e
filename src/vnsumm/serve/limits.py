"""What every request passes before it reaches a route: shutdown, the bearer token, the byte cap.

One pure ASGI middleware, so a refusal never reaches (or half-reads) the application:

* while the server shuts down, new requests get 503 and ``Connection: close``;
* with a token (``VNSUMM_API_TOKEN``), every API request needs ``Authorization: Bearer TOKEN``,
  compared in constant time (401 otherwise); the token is never logged or echoed;
* a request body over ``max_body`` bytes is refused with 413 before the application reads it
  (the declared ``Content-Length`` first, then the bytes as they arrive).
"""
from __future__ import annotations

import hmac
import json
from dataclasses import dataclass
from typing import Any, Awaitable, Callable

from vnsumm.serve.errors import ApiError, TooLarge, Unauthorized, error_body

__all__ = ["Guard", "GuardState", "token_ok", "send_error", "PUBLIC_PATHS"]

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]

# no token needed: probes, the API's schema and the page (whose form carries the token itself)
PUBLIC_PATHS = frozenset({"/healthz", "/readyz", "/docs", "/openapi.json", "/", "/favicon.ico"})


@dataclass
class GuardState:
    token: str | None  # the bearer token clients must send, or None
    max_body: int  # bytes
    draining: bool = False  # set when a SIGTERM/SIGINT arrives


def token_ok(expected: str | None, given: str | None) -> bool:
    """Whether ``given`` is the token (constant-time); always True when no token is set."""
    if expected is None:
        return True
    return given is not None and hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def bearer_of(scope: Scope) -> str | None:
    for name, value in scope.get("headers", []):
        if name == b"authorization":
            scheme, _, token = value.decode("latin-1").partition(" ")
            return token.strip() if scheme.lower() == "bearer" else None
    return None


async def send_error(send: Send, exc: ApiError | Exception, close: bool = False) -> None:
    """Answer with the JSON error body and the error's status and headers."""
    body = json.dumps(error_body(exc), ensure_ascii=False).encode("utf-8")
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    headers += [(k.lower().encode(), v.encode()) for k, v in getattr(exc, "headers", {}).items()]
    if isinstance(exc, Unauthorized):
        headers.append((b"www-authenticate", b'Bearer realm="vnsumm"'))
    if close:
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": getattr(exc, "status", 500), "headers": headers})
    await send({"type": "http.response.body", "body": body})


class Guard:
    """ASGI middleware: refuse while draining, without the token, or over the byte cap."""

    def __init__(self, app: Any, state: GuardState) -> None:
        self.app, self.state = app, state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        if self.state.draining and scope["path"] != "/healthz":
            return await send_error(send, ApiError("the server is shutting down; retry on another", 503), close=True)
        if scope["path"] not in PUBLIC_PATHS and not token_ok(self.state.token, bearer_of(scope)):
            return await send_error(send, Unauthorized("a valid bearer token is needed (Authorization: Bearer ...)"))
        declared = dict(scope.get("headers", [])).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.state.max_body:
            return await send_error(send, self._too_large(int(declared)), close=True)
        body, more = bytearray(), True
        while more:  # read the whole body up to the cap, then replay it
            message = await receive()
            if message["type"] == "http.disconnect":
                return None
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > self.state.max_body:
                return await send_error(send, self._too_large(None), close=True)
        replayed = False

        async def replay() -> dict[str, Any]:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": bytes(body), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    def _too_large(self, size: int | None) -> TooLarge:
        said = f"{size:,} bytes" if size is not None else "more"
        return TooLarge(f"the request is {said}, over the server's {self.state.max_body:,}-byte limit")
