"""A small OpenAI-shaped HTTP server for the failures a real server rarely shows on cue:
429 with Retry-After, 500, garbage, slow or empty answers, a Vietnamese answer, a wrong number,
answers cut at ``max_tokens``, reasoning blocks, refusals, a key echoed back, and a slow server
that works on one request at a time.

``FaultServer(reply)`` serves ``/v1/models`` (one model, ``fault-model``) and answers each
``/v1/chat/completions`` with ``reply(request)``: a string (the answer text) or a ``Reply``.
A streamed request (``stream: true``) gets server-sent events, the text in ``Reply.chunks`` pieces
``Reply.interval`` seconds apart. Every chat request is recorded (``requests``) with its start and
end time, whether its client went away, and whether the same request was still open on the server
when it came (``twins``). ``one_at_a_time=True`` makes it a single worker: requests wait in turn,
silent, as on a CPU server; one whose client has gone is dropped, as llama.cpp and vLLM do.
"""
from __future__ import annotations

import json
import select
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
    delay: float = 0.0  # before the first byte
    finish: str = "stop"  # finish_reason
    reasoning: str | None = None  # sent as reasoning_content before the text
    refusal: str | None = None
    chunks: int = 1  # a streamed text comes in this many pieces
    interval: float = 0.0  # seconds between streamed pieces


@dataclass
class Seen:
    """One chat request as the server saw it."""

    payload: dict[str, Any]
    headers: dict[str, str]
    start: float
    end: float = 0.0
    gone: bool = False  # the client closed the connection before the answer was complete
    twin: bool = False  # the same request was still open on the server when this one came
    conn: Any = field(default=None, repr=False)

    @property
    def user(self) -> str:
        return self.payload["messages"][-1]["content"]

    def client_gone(self) -> bool:
        """The client has closed this request's connection (checked now, without blocking)."""
        if self.end or self.conn is None:
            return bool(self.end) and self.gone
        try:
            readable, _, _ = select.select([self.conn], [], [], 0)
            return bool(readable) and self.conn.recv(1, socket.MSG_PEEK) == b""
        except OSError:
            return True


def completion(text: str | None, finish: str = "stop", refusal: str | None = None) -> bytes:
    message: dict[str, Any] = {"role": "assistant", "content": text}
    if refusal is not None:
        message["refusal"] = refusal
    return json.dumps({
        "id": "x", "object": "chat.completion", "created": 0, "model": MODEL,
        "choices": [{"index": 0, "finish_reason": finish, "message": message}],
    }).encode()


def event(delta: dict[str, Any], finish: str | None = None) -> bytes:
    chunk = {"id": "x", "object": "chat.completion.chunk", "created": 0, "model": MODEL,
             "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
    return b"data: " + json.dumps(chunk).encode() + b"\n\n"


def pieces(text: str, n: int) -> list[str]:
    words = text.split(" ")
    n = max(1, min(n, len(words)))
    size = -(-len(words) // n)
    return [" ".join(words[i : i + size]) + (" " if i + size < len(words) else "") for i in range(0, len(words), size)]


class FaultServer:
    def __init__(self, reply: Callable[[Seen], "str | Reply"], models_status: int = 200,
                 one_at_a_time: bool = False, models_headers: dict[str, str] | None = None) -> None:
        self.reply = reply
        self.models_status = models_status
        self.models_headers = models_headers or {}
        self.requests: list[Seen] = []
        self.lock = threading.Lock()
        self.worker = threading.Lock() if one_at_a_time else None
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
                    self._send(server.models_status, b'{"error": {"message": "no"}}', server.models_headers)
                elif self.path.rstrip("/").endswith("/models"):
                    self._send(200, json.dumps({"object": "list", "data": [
                        {"id": MODEL, "object": "model", "created": 0, "owned_by": "test"}]}).encode(),
                        server.models_headers)
                else:
                    self._send(404, b'{"error": "not found"}')

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                payload = json.loads(self.rfile.read(length) or b"{}")
                seen = Seen(payload, dict(self.headers), time.monotonic(), conn=self.connection)
                with server.lock:
                    seen.twin = any(r.payload == payload and not r.end and not r.client_gone()
                                    for r in server.requests)
                    server.requests.append(seen)
                if server.worker is not None:  # wait in turn, silent; drop the request if its client goes
                    while not server.worker.acquire(timeout=0.02):
                        if seen.client_gone():
                            seen.gone, seen.end = True, time.monotonic()
                            return
                try:
                    self._answer(seen)
                finally:
                    if not seen.end:
                        seen.end = time.monotonic()
                    if server.worker is not None:
                        server.worker.release()
                    self.close_connection = True

            def _answer(self, seen: Seen) -> None:
                reply = server.reply(seen)
                if isinstance(reply, str):
                    reply = Reply(reply)
                time.sleep(reply.delay)
                if reply.body is not None or reply.status != 200 or not seen.payload.get("stream"):
                    body = reply.body if reply.body is not None else completion(reply.text, reply.finish,
                                                                                reply.refusal)
                    seen.end = time.monotonic()
                    self._send(reply.status, body, reply.headers)
                    return
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                for k, v in reply.headers.items():
                    self.send_header(k, v)
                self.end_headers()
                events = [event({"role": "assistant", "content": ""})]
                if reply.reasoning:
                    events.append(event({"reasoning_content": reply.reasoning}))
                if reply.refusal:
                    events.append(event({"refusal": reply.refusal}))
                for piece in pieces(reply.text or "", reply.chunks):
                    events.append(event({"content": piece}))
                events += [event({}, reply.finish), b"data: [DONE]\n\n"]
                try:
                    for i, data in enumerate(events):
                        if i > 1 and reply.interval:
                            time.sleep(reply.interval)
                        self.wfile.write(data)
                        self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    seen.gone = True
                seen.end = time.monotonic()

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
