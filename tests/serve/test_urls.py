"""Fetching a client's URL: only public addresses, every hop checked, the checked address connected to."""
from __future__ import annotations

import ipaddress

import pytest

from vnsumm.errors import InputError
from vnsumm.serve.errors import Refused
from vnsumm.serve.urls import MAX_REDIRECTS, fetch_public, is_public
from web_server import TITLE, web_server


@pytest.mark.parametrize("address, public", [
    ("93.184.215.14", True), ("2606:2800:21f:cb07:6820:80da:af6b:8b2c", True),
    ("127.0.0.1", False), ("127.8.9.10", False), ("::1", False), ("0.0.0.0", False), ("::", False),
    ("10.0.0.1", False), ("172.16.5.4", False), ("192.168.1.1", False), ("100.64.0.1", False),
    ("169.254.169.254", False), ("fe80::1", False), ("fc00::1", False), ("224.0.0.1", False),
    ("255.255.255.255", False), ("::ffff:127.0.0.1", False), ("::ffff:10.0.0.1", False),
    ("2002:7f00:1::", False),  # 6to4 around 127.0.0.1
    ("2001:0:4136:e378:8000:63bf:80ff:fffe", False),  # Teredo around 127.0.0.1 (client bits inverted)
    ("198.18.0.1", False), ("192.0.2.1", False),  # benchmarking, documentation
])
def test_which_addresses_are_public(address, public):
    assert is_public(ipaddress.ip_address(address)) is public


def test_a_page_is_fetched_from_the_checked_address_and_redirects_are_checked_again():
    asked: list[str] = []

    def loopback_allowed(ip) -> bool:  # this test's server is on 127.0.0.1: allow it, and record each check
        asked.append(str(ip))
        return True

    with web_server() as (base, served):
        body = fetch_public(f"{base}/old-address", 1_000_000, allowed=loopback_allowed)
        assert TITLE.encode() in body
        assert served == ["/old-address", "/tin/xe-buyt-dien.html"] and asked == ["127.0.0.1", "127.0.0.1"]

        first_hop_only = iter([True])
        with pytest.raises(Refused, match="not a public address"):
            fetch_public(f"{base}/old-address", 1_000_000, allowed=lambda ip: next(first_hop_only, False))
        assert served[-1] == "/old-address"  # the redirect's target was never asked for

        with pytest.raises(InputError, match=f"more than {MAX_REDIRECTS} redirects"):
            fetch_public(f"{base}/loop", 1_000_000, allowed=loopback_allowed)
        with pytest.raises(InputError, match="over the server's 100,000-byte limit"):
            fetch_public(f"{base}/huge-unannounced", 100_000, allowed=loopback_allowed)
        with pytest.raises(InputError, match="application/pdf, not an article page"):
            fetch_public(f"{base}/report.pdf", 1_000_000, allowed=loopback_allowed)
        with pytest.raises(InputError, match="HTTP 404"):
            fetch_public(f"{base}/missing", 1_000_000, allowed=loopback_allowed)


def test_by_default_loopback_is_never_connected_to():
    with web_server() as (base, served):
        with pytest.raises(Refused, match="127.0.0.1, not a public address"):
            fetch_public(f"{base}/tin/xe-buyt-dien.html", 1_000_000)
        localhost = base.replace("127.0.0.1", "localhost")
        with pytest.raises(Refused, match="not a public address"):
            fetch_public(f"{localhost}/tin/xe-buyt-dien.html", 1_000_000)
        assert served == []
