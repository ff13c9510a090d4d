"""The watcher's HTTP client: never a way into the analyst's network (addresses judged after DNS
and on every redirect), limits on time and size, conditional GET, a named User-Agent, robots.txt,
and per-host pacing. Against a real server on 127.0.0.1."""
from __future__ import annotations

import gzip
import ipaddress
import threading
import time

import pytest

from newsledger.errors import Codes
from newsledger.watch.fetch import USER_AGENT, Fetcher, FetchOptions, Target, retry_after
from newsledger.watch.hosts import HostGate
from newsledger.watch.netpolicy import AddressPolicy, FetchError, embedded_ipv4
from newsledger.watch.robots import RobotsCache

from .watch_server import FeedServer

OPEN = FetchOptions(allow_private=True, timeout=2.0, max_bytes=200_000)


@pytest.fixture(scope="module")
def server():
    srv = FeedServer()
    yield srv
    srv.close()


def fails(code: str, fn, *args, **kw) -> FetchError:
    with pytest.raises(FetchError) as info:
        fn(*args, **kw)
    assert info.value.code == code, info.value
    return info.value


@pytest.mark.parametrize("address, strict, lenient", [
    ("8.8.8.8", None, None),
    ("2001:4860:4860::8888", None, None),
    ("127.0.0.1", "loopback", None),
    ("10.1.2.3", "private", None),
    ("172.16.0.1", "private", None),
    ("192.168.1.1", "private", None),
    ("100.64.0.1", "private", None),                 # carrier-grade NAT
    ("169.254.10.10", "link-local", None),
    ("::1", "loopback", None),
    ("fe80::1", "link-local", None),
    ("fc00::5", "private", None),
    ("::ffff:127.0.0.1", "loopback", None),          # IPv4-mapped
    ("2002:7f00:1::", "loopback", None),             # 6to4 of 127.0.0.1
    ("64:ff9b::a00:1", "private", None),             # NAT64 of 10.0.0.1
    ("169.254.169.254", "metadata", "metadata"),     # refused whatever --allow-private says
    ("fd00:ec2::254", "metadata", "metadata"),
    ("100.100.100.200", "metadata", "metadata"),
    ("0.0.0.0", "unspecified", "unspecified"),
    ("224.0.0.1", "multicast", "multicast"),
    ("240.0.0.1", "reserved", "reserved"),
    ("255.255.255.255", "reserved", "reserved"),
])
def test_address_policy(address, strict, lenient):
    ip = ipaddress.ip_address(address)
    for policy, expected in ((AddressPolicy(False), strict), (AddressPolicy(True), lenient)):
        why = policy.refusal(ip)
        assert (why is None) == (expected is None), (address, why)
        assert expected is None or expected in why


def test_embedded_addresses_are_found():
    assert embedded_ipv4(ipaddress.ip_address("::ffff:10.0.0.1")) == [ipaddress.ip_address("10.0.0.1")]
    assert embedded_ipv4(ipaddress.ip_address("8.8.8.8")) == []


@pytest.mark.parametrize("url", ["http://localhost:9/", "http://2130706433:9/", "http://0x7f.1:9/", "http://[::1]:9/"])
def test_loopback_in_any_spelling_is_refused_before_connecting(url):
    err = fails(Codes.E030, Fetcher(FetchOptions()).get, url)
    assert "resolves to" in err.detail


def test_server_on_loopback_is_refused_without_allow_private(server):
    server.set("/plain.xml", "<rss/>")
    before = server.hits["/plain.xml"]
    fails(Codes.E030, Fetcher(FetchOptions()).get, server.url("/plain.xml"))
    assert server.hits["/plain.xml"] == before, "no request may reach a refused address"
    assert Fetcher(OPEN).get(server.url("/plain.xml")).body == b"<rss/>"


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "gopher://x/", "http://user:pw@example.org/",
                                 "http:///nohost", "http://example.org:99999/"])
def test_only_plain_http_urls(url):
    fails(Codes.E034, Target.parse, url)


def test_redirect_to_metadata_is_refused_at_that_hop(server):
    server.set("/to-metadata", status=302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})
    err = fails(Codes.E030, Fetcher(OPEN).get, server.url("/to-metadata"))
    assert "metadata" in err.detail


class ServerIsPublic(AddressPolicy):
    """The default policy, with the test server's address standing in for a host on the internet."""

    def refusal(self, ip):
        return None if ip == ipaddress.ip_address("127.0.0.1") else super().refusal(ip)


def test_redirect_to_private_is_refused_without_allow_private(server):
    """A public host redirecting into the network: the second hop is vetted like the first."""
    server.set("/to-private", status=301, headers={"Location": "http://10.0.0.7/admin"})
    server.set("/to-loopback", status=302, headers={"Location": "http://[::1]:8080/"})
    fetcher = Fetcher(FetchOptions(timeout=2.0))
    fetcher.policy = ServerIsPublic()
    assert "10.0.0.7" in fails(Codes.E030, fetcher.get, server.url("/to-private")).detail
    assert "::1" in fails(Codes.E030, fetcher.get, server.url("/to-loopback")).detail
    assert server.hits["/to-private"] == 1 and server.hits["/to-loopback"] == 1


def test_redirects_are_followed_and_bounded(server):
    server.set("/r1", status=301, headers={"Location": "/r2"})
    server.set("/r2", status=307, headers={"Location": server.url("/final")})
    server.set("/final", "done", ctype="text/plain")
    got = Fetcher(OPEN).get(server.url("/r1"))
    assert (got.status, got.body, got.url) == (200, b"done", server.url("/final"))
    server.set("/loop", status=302, headers={"Location": "/loop"})
    fails(Codes.E034, Fetcher(OPEN).get, server.url("/loop"))
    server.set("/to-file", status=302, headers={"Location": "file:///etc/passwd"})
    fails(Codes.E034, Fetcher(OPEN).get, server.url("/to-file"))


def test_size_caps(server):
    server.set("/declared", b"x" * 300_000)
    server.set("/undeclared", stream=30_000_000)
    server.set("/bomb", b"\0" * 20_000_000, gzip=True)
    assert len(gzip.compress(b"\0" * 20_000_000)) < OPEN.max_bytes
    for path in ("/declared", "/undeclared", "/bomb"):
        fails(Codes.E007, Fetcher(OPEN).get, server.url(path))
    server.set("/small-gzip", b"hello " * 1000, gzip=True)
    assert Fetcher(OPEN).get(server.url("/small-gzip")).body == b"hello " * 1000


def test_slow_answers_time_out_as_a_whole(server):
    server.set("/slow", "late", delay=3.0)
    server.set("/drip", b"y" * 100, drip=0.1)          # each byte in time, the whole too late
    quick = FetchOptions(allow_private=True, timeout=0.6)
    for path in ("/slow", "/drip"):
        t = time.monotonic()
        err = fails(Codes.E032, Fetcher(quick).get, server.url(path))
        assert err.transient and time.monotonic() - t < 2.5


def test_error_statuses(server):
    server.set("/gone", "gone", status=410)
    server.set("/busy", "busy", status=503, headers={"Retry-After": "120"})
    assert not fails(Codes.E031, Fetcher(OPEN).get, server.url("/gone")).transient
    err = fails(Codes.E031, Fetcher(OPEN).get, server.url("/busy"))
    assert err.transient and err.retry_after == 120 and err.status == 503
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0 and retry_after("soon") is None


def test_conditional_get_and_user_agent(server):
    server.set("/cond.xml", "<rss>v1</rss>", etag='"v1"', headers={"Last-Modified": "Mon, 05 Jan 2026 09:00:00 GMT"})
    first = Fetcher(OPEN).get(server.url("/cond.xml"))
    assert (first.status, first.etag, first.last_modified) == (200, '"v1"', "Mon, 05 Jan 2026 09:00:00 GMT")
    again = Fetcher(OPEN).get(server.url("/cond.xml"), etag=first.etag, last_modified=first.last_modified)
    assert (again.status, again.body) == (304, b"")
    path, headers = server.requests[-1]
    assert path == "/cond.xml" and headers["if-none-match"] == '"v1"' and headers["if-modified-since"]
    assert headers["user-agent"] == USER_AGENT and USER_AGENT.startswith("newsledger/")


def test_robots_txt(server):
    server.set("/robots.txt", "User-agent: *\nDisallow: /private/\nCrawl-delay: 0.2\n", ctype="text/plain")
    server.set("/private/page.html", "secret", ctype="text/html")
    server.set("/public.html", "hello", ctype="text/html")
    plain = Fetcher(OPEN)
    polite = Fetcher(OPEN, plain.gate, RobotsCache(plain))
    before = server.hits["/private/page.html"]
    fails(Codes.E033, polite.get, server.url("/private/page.html"))
    assert server.hits["/private/page.html"] == before
    assert polite.get(server.url("/public.html")).body == b"hello"
    assert polite.get(server.url("/public.html")).body == b"hello"
    assert server.hits["/robots.txt"] >= 1 and polite.robots._rules      # read once, then cached
    robots_reads = server.hits["/robots.txt"]
    polite.get(server.url("/public.html"))
    assert server.hits["/robots.txt"] == robots_reads


@pytest.mark.parametrize("status, allowed, transient", [(404, True, False), (403, False, False), (500, False, True)])
def test_robots_txt_answers(status, allowed, transient):
    srv = FeedServer()
    try:
        srv.set("/robots.txt", "nope", status=status, ctype="text/plain")
        srv.set("/x.html", "page", ctype="text/html")
        plain = Fetcher(OPEN)
        polite = Fetcher(OPEN, plain.gate, RobotsCache(plain))
        if allowed:
            assert polite.get(srv.url("/x.html")).body == b"page"
        else:
            err = fails(Codes.E032 if transient else Codes.E033, polite.get, srv.url("/x.html"))
            assert err.transient == transient
    finally:
        srv.close()


def test_host_gate_paces_one_host_and_not_another():
    gate = HostGate(delay=0.15)
    t = time.monotonic()
    for _ in range(3):
        gate.wait("a.example")
    gate.wait("b.example")
    assert 0.28 < time.monotonic() - t < 1.0
    gate.hold("a.example", 100)
    assert fails(Codes.E032, gate.wait, "a.example").retry_after > 90


def test_host_gate_wait_ends_on_stop():
    stop = threading.Event()
    gate = HostGate(delay=5.0, stop=stop)
    gate.wait("a.example")
    threading.Timer(0.1, stop.set).start()
    t = time.monotonic()
    fails(Codes.E032, gate.wait, "a.example")
    assert time.monotonic() - t < 2
