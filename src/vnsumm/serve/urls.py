"""Fetching an article URL for a client, without becoming a proxy into the server's network.

Off unless the server runs with ``--allow-urls``. Then the host of every hop (the URL and each
redirect, at most ``MAX_REDIRECTS``) is resolved and every address it resolves to must be public:
loopback, private, link-local, carrier-grade NAT, multicast, reserved and unspecified addresses
(and IPv6 forms that embed one: IPv4-mapped, 6to4, Teredo) are refused. The connection then goes to
the address that was checked (the host name is kept for the Host header and TLS), so a second DNS
answer cannot point it elsewhere. Only http(s), a text content type, and at most ``max_bytes``.
"""
from __future__ import annotations

import ipaddress
import socket
from typing import Callable
from urllib.parse import urljoin, urlsplit

from vnsumm.errors import InputError
from vnsumm.serve.errors import Refused

__all__ = ["MAX_REDIRECTS", "TIMEOUT_S", "TEXT_TYPES", "is_public", "public_address", "fetch_public"]

MAX_REDIRECTS = 5
TIMEOUT_S = 20.0
TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
USER_AGENT = "vnsumm-serve (+https://github.com/vnsumm/vnsumm)"
Address = ipaddress.IPv4Address | ipaddress.IPv6Address


def is_public(ip: Address) -> bool:
    """Whether an address is on the public internet (and embeds no non-public IPv4 address)."""
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is not None and not is_public(embedded):
            return False
    return ip.is_global and not ip.is_multicast and not ip.is_reserved


def public_address(host: str, port: int, allowed: Callable[[Address], bool] = is_public) -> str:
    """The address to connect to for ``host``: every address it resolves to must be ``allowed``."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise InputError(f"{host}: the host name does not resolve ({exc})") from None
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    for text in addresses:
        ip = ipaddress.ip_address(text.split("%", 1)[0])
        if not allowed(ip):
            raise Refused(f"{host} resolves to {ip}, not a public address; this server does not fetch it")
    if not addresses:
        raise InputError(f"{host}: the host name does not resolve")
    return sorted(addresses, key=lambda a: ":" in a)[0]  # IPv4 first: reachable from more machines


def fetch_public(url: str, max_bytes: int, timeout: float = TIMEOUT_S,
                 allowed: Callable[[Address], bool] = is_public) -> bytes:
    """The body of an article page at a public address, or an InputError/Refused naming the URL."""
    import httpx

    with httpx.Client(follow_redirects=False, timeout=timeout, trust_env=False) as client:
        for _ in range(MAX_REDIRECTS + 1):
            parts = urlsplit(url)
            if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
                raise InputError(f"{url}: not an http(s) URL")
            try:
                port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
            except ValueError:
                raise InputError(f"{url}: not a valid URL (bad port)") from None
            address = public_address(parts.hostname, port, allowed)
            pinned = httpx.URL(url).copy_with(host=address)
            headers = {"Host": parts.netloc.rpartition("@")[2], "User-Agent": USER_AGENT}
            try:
                with client.stream("GET", pinned, headers=headers,
                                   extensions={"sni_hostname": parts.hostname}) as response:
                    if response.is_redirect and response.headers.get("location"):
                        url = urljoin(url, response.headers["location"])
                        continue
                    return _body(url, response, max_bytes)
            except httpx.TimeoutException:
                raise InputError(f"{url}: no answer within {timeout:g} s (timed out)") from None
            except httpx.HTTPError as exc:
                raise InputError(f"{url}: cannot fetch: {' '.join(str(exc).split()) or type(exc).__name__}") from None
    raise InputError(f"{url}: more than {MAX_REDIRECTS} redirects")


def _body(url: str, response, max_bytes: int) -> bytes:
    if response.status_code >= 400:
        raise InputError(f"{url}: HTTP {response.status_code} {response.reason_phrase}".rstrip())
    kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind and kind not in TEXT_TYPES:
        raise InputError(f"{url}: the server sent {kind}, not an article page ({', '.join(TEXT_TYPES)})")
    body = bytearray()
    for chunk in response.iter_bytes():
        body += chunk
        if len(body) > max_bytes:
            raise InputError(f"{url}: the page is over the server's {max_bytes:,}-byte limit")
    return bytes(body)
