"""``vnsumm serve``: an HTTP API and a web page for briefs, the pipeline loaded once (see vnsumm.serve)."""
from __future__ import annotations

import argparse
import ipaddress
import os
from typing import Any

from vnsumm.cli.brief import add_config_options, load_pipeline
from vnsumm.errors import UsageError
from vnsumm.log import setup_logging
from vnsumm.messages import say

__all__ = ["add_parser", "cmd_serve", "TOKEN_ENV"]

TOKEN_ENV = "VNSUMM_API_TOKEN"

DESCRIPTION = """\
Serve briefs over HTTP: POST /v1/briefs (text, html, url or a file; one or a list), POST /v1/check,
GET /v1/configs, /healthz, /readyz, the API's schema at /docs and a page to paste articles into at /.
The config's models are loaded once; requests that arrive together are briefed in one batch.
Set VNSUMM_API_TOKEN to require 'Authorization: Bearer TOKEN' on every API request."""


def _positive(kind: type) -> Any:
    def parse(text: str) -> Any:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if not value > 0:
            raise argparse.ArgumentTypeError(f"must be above 0, not {text}")
        return value
    return parse


def _port(text: str) -> int:
    if not text.isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError(f"not a port number (0-65535): {text!r}")
    return int(text)


def add_parser(sub: Any) -> argparse.ArgumentParser:
    parser = sub.add_parser("serve", help="serve briefs over HTTP: an API and a web page", description=DESCRIPTION,
                            formatter_class=argparse.RawDescriptionHelpFormatter)
    add_config_options(parser)
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default 127.0.0.1: this machine only; 0.0.0.0 for everyone)")
    parser.add_argument("--port", type=_port, default=8000, help="port (default 8000; 0 picks a free one)")
    parser.add_argument("--allow-urls", action="store_true",
                        help="fetch article URLs clients send (public addresses only; off by default)")
    parser.add_argument("--batch-max", type=_positive(int), metavar="N",
                        help="articles briefed in one batch at most (default: the config's batch_size)")
    parser.add_argument("--batch-window-ms", type=float, default=20.0, metavar="MS",
                        help="how long a batch waits for more articles (default 20)")
    parser.add_argument("--queue", type=_positive(int), default=64, metavar="N",
                        help="articles waiting at most; past that requests get 503 with Retry-After (default 64)")
    parser.add_argument("--timeout", type=_positive(float), default=120.0, metavar="S",
                        help="a request's deadline in seconds; past it the answer is 504 (default 120)")
    parser.add_argument("--max-articles", type=_positive(int), default=32, metavar="N",
                        help="articles in one request at most (default 32)")
    parser.add_argument("--no-access-log", action="store_true", help="no access log lines on stderr")
    parser.set_defaults(func=cmd_serve)
    return parser


def cmd_serve(args: argparse.Namespace) -> int:
    try:
        import fastapi  # noqa: F401
        import multipart  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError:
        raise UsageError("vnsumm serve needs FastAPI and uvicorn: pip install 'vnsumm[serve]'") from None
    from vnsumm.serve.app import ServeSettings, create_app
    from vnsumm.serve.server import bind, run

    if args.batch_window_ms < 0:
        raise UsageError("--batch-window-ms cannot be negative")
    token = os.environ.get(TOKEN_ENV)
    if token is not None and not token.strip():
        raise UsageError(f"{TOKEN_ENV} is set but empty; unset it or set a token")
    if not args.verbose and not args.log_level and not os.environ.get("VNSUMM_LOG_LEVEL"):
        setup_logging(level="INFO")  # a server says what its batches do
    pipeline = load_pipeline(args)
    settings = ServeSettings(max_batch=args.batch_max or pipeline.config.batch_size, window_s=args.batch_window_ms / 1000,
                             max_queue=args.queue, timeout_s=args.timeout, max_articles=args.max_articles,
                             allow_urls=args.allow_urls, token=token.strip() if token else None)
    sock = bind(args.host, args.port)
    host, port = sock.getsockname()[:2]
    shown_host = f"[{host}]" if ":" in host else host
    if not _loopback(host) and settings.token is None:
        say(f"vnsumm serve: warning: listening on {host} without {TOKEN_ENV}: anyone who reaches it can use it")
    asgi, _, guard = create_app(pipeline, settings)
    say(f"vnsumm serve: listening on http://{shown_host}:{port} (config {pipeline.config.name}; "
        f"batches of up to {settings.max_batch}, queue {settings.max_queue}, timeout {settings.timeout_s:g} s, "
        f"URLs {'allowed (public addresses)' if settings.allow_urls else 'off'}"
        f"{', token required' if settings.token else ''})")
    run(asgi, guard, sock, access_log=not args.no_access_log, debug=args.debug)
    return 0


def _loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
