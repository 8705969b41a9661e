"""A small OpenAI-shaped HTTP server for the failures a real server rarely shows on cue:
429 with Retry-After, 500, garbage, slow or empty answers, a Vietnamese answer, a wrong number.

``FaultServer(reply)`` serves ``/v1/models`` (one model, ``fault-model``) and answers each
``/v1/chat/completions`` with ``reply(request)``: a string (the answer text) or a ``Reply``.
Every chat request is recorded (``requests``) with its start and end time.
"""
from __future__ import annotations

import json
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable

MODEL = "fault-model"


@dataclass
class Reply:
    text: str | None = "ok"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None  # raw body instead of a chat completion
    delay: float = 0.0


@dataclass
class Seen:
    """One chat request as the server saw it."""

    payload: dict[str, Any]
    headers: dict[str, str]
    start: float
    end: float = 0.0

    @property
    def user(self) -> str:
        return self.payload["messages"][-1]["content"]


def completion(text: str | None, finish: str = "stop") -> bytes:
    return json.dumps({
        "id": "x", "object": "chat.completion", "created": 0, "model": MODEL,
        "choices": [{"index": 0, "finish_reason": finish, "message": {"role": "assistant", "content": text}}],
    }).encode()


class FaultServer:
    def __init__(self, reply: Callable[[Seen], "str | Reply"], models_status: int = 200) -> None:
        self.reply = reply
        self.models_status = models_status
        self.requests: list[Seen] = []
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # quiet
                pass

            def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def do_GET(self) -> None:
                if self.path.rstrip("/").endswith("/models") and server.models_status != 200:
                    self._send(server.models_status, b'{"error": {"message": "no"}}')
                elif self.path.rstrip("/").endswith("/models"):
                    self._send(200, json.dumps({"object": "list", "data": [
                        {"id": MODEL, "object": "model", "created": 0, "owned_by": "test"}]}).encode())
                else:
                    self._send(404, b'{"error": "not found"}')

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                payload = json.loads(self.rfile.read(length) or b"{}")
                seen = Seen(payload, dict(self.headers), time.monotonic())
                with server.lock:
                    server.requests.append(seen)
                reply = server.reply(seen)
                if isinstance(reply, str):
                    reply = Reply(reply)
                time.sleep(reply.delay)
                body = reply.body if reply.body is not None else completion(reply.text)
                seen.end = time.monotonic()
                self._send(reply.status, body, reply.headers)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def __enter__(self) -> "FaultServer":
        self.thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def max_overlap(self) -> int:
        """The most requests the server was answering at one moment."""
        events = sorted([(r.start, 1) for r in self.requests] + [(r.end, -1) for r in self.requests],
                        key=lambda e: (e[0], e[1]))
        now = peak = 0
        for _, step in events:
            now += step
            peak = max(peak, now)
        return peak


def free_port() -> int:
    """A TCP port nothing listens on (right now) on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
