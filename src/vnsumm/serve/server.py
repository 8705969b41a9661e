"""Running the app: a bound socket, uvicorn, the access log, one-line errors, a graceful shutdown.

On SIGTERM (or Ctrl-C) the server stops listening, answers 503 to any request that still gets
in, finishes every request in flight (their batches included), then stops the batch worker.
The access log is in the Common Log Format, on stderr; the token is never in it.
"""
from __future__ import annotations

import logging
import signal
import socket
import sys
import time
import traceback
from typing import Any

from vnsumm.errors import UsageError
from vnsumm.messages import reason_of
from vnsumm.serve.limits import GuardState, send_error

__all__ = ["AccessLog", "bind", "run", "LOG_NAME"]

LOG_NAME = "vnsumm.serve.access"


def say(line: str) -> None:
    sys.stderr.write(f"vnsumm serve: {line}\n")
    sys.stderr.flush()


class AccessLog:
    """Outermost ASGI middleware: one Common Log Format line per request, and no exception gets past it."""

    def __init__(self, app: Any, enabled: bool = True, debug: bool = False) -> None:
        self.app, self.enabled, self.debug = app, enabled, debug
        self.log = logging.getLogger(LOG_NAME)
        if enabled and not self.log.handlers:
            handler = logging.StreamHandler(sys.stderr)
            handler.setFormatter(logging.Formatter("%(message)s"))
            self.log.addHandler(handler)
            self.log.setLevel(logging.INFO)
            self.log.propagate = False

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        status, size, started = [500], [0], [False]

        async def counting(message: dict) -> None:
            if message["type"] == "http.response.start":
                status[0], started[0] = message["status"], True
            elif message["type"] == "http.response.body":
                size[0] += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, counting)
        except Exception as exc:  # noqa: BLE001 - a bug: one line in the log, a JSON 500 to the client
            say(f"error: {reason_of(exc)}{'' if self.debug else ' (start with --debug for the traceback)'}")
            if self.debug:
                traceback.print_exc()
            if not started[0]:
                await send_error(counting, exc)
        finally:
            if self.enabled:
                self.log.info(self.line(scope, status[0], size[0]))

    @staticmethod
    def line(scope: dict, status: int, size: int) -> str:
        client = (scope.get("client") or ("-",))[0]
        target = scope.get("raw_path", scope["path"].encode()).decode("latin-1")
        if scope.get("query_string"):
            target += "?" + scope["query_string"].decode("latin-1")
        target = "".join(c if c.isprintable() and c != '"' else "%%%02X" % ord(c) for c in target)
        when = time.strftime("%d/%b/%Y:%H:%M:%S %z")
        return (f'{client} - - [{when}] "{scope["method"]} {target} HTTP/{scope.get("http_version", "1.1")}" '
                f"{status} {size or '-'}")


class _OneLine(logging.Formatter):
    """uvicorn's own messages as one line each: never a traceback."""

    def format(self, record: logging.LogRecord) -> str:
        text = record.getMessage()
        if record.exc_info and record.exc_info[1] is not None:
            text += f": {reason_of(record.exc_info[1])}"
        return "vnsumm serve: " + " ".join(text.split())


def bind(host: str, port: int) -> socket.socket:
    """A listening TCP socket on ``host:port`` (port 0: a free one), or a one-line UsageError."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        sock = socket.socket(family, kind, proto)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(2048)
    except (OSError, UnicodeError) as exc:
        raise UsageError(f"cannot listen on {host}:{port}: {getattr(exc, 'strerror', None) or exc}") from None
    sock.set_inheritable(True)
    return sock


def run(asgi: Any, guard: GuardState, sock: socket.socket, access_log: bool = True, debug: bool = False) -> None:
    """Serve ``asgi`` on ``sock`` until SIGTERM/SIGINT, then drain."""
    import uvicorn

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_OneLine())
    for name in ("uvicorn.error", "asyncio"):  # their warnings and errors: one line, no traceback
        errors = logging.getLogger(name)
        errors.handlers, errors.propagate = [handler], False
        errors.setLevel(logging.WARNING)

    class Draining(uvicorn.Server):
        def handle_exit(self, sig: int, frame: Any) -> None:
            if not guard.draining:
                guard.draining = True
                say("shutting down: finishing the requests in flight, refusing new ones")
            super().handle_exit(sig, frame)

    config = uvicorn.Config(AccessLog(asgi, access_log, debug), log_config=None, access_log=False, lifespan="on",
                            server_header=False, proxy_headers=False)
    # uvicorn raises the signal again once it has drained, with the handler it found: a quiet one here,
    # so a graceful shutdown ends with exit status 0 and no "interrupted" message
    previous = {sig: signal.signal(sig, lambda *_: None) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        Draining(config).run(sockets=[sock])
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    say("stopped")
