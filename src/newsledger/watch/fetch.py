"""One guarded HTTP client for everything the watcher fetches (feeds, pages, robots.txt, webhooks).

Built on the standard library's ``http.client`` because it lets us choose the address a connection
goes to: each hop (the first URL and every redirect) is resolved and vetted by the address policy,
the socket is opened to that vetted address, and the peer it reached is checked again. No proxy is
used (a proxy would hide the address). Each request has a deadline for the whole exchange, a cap on
the body (declared, received and decompressed), a User-Agent naming newsledger and its version,
conditional headers (ETag / Last-Modified) and, when a ``RobotsCache`` is given, robots.txt.
"""
from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import time
import zlib
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Protocol
from urllib.parse import quote, urljoin, urlsplit

from .. import __version__
from ..errors import Codes
from .hosts import HostGate
from .netpolicy import Address, AddressPolicy, FetchError

USER_AGENT = f"newsledger/{__version__} (news watcher; respects robots.txt)"
REDIRECTS = {301, 302, 303, 307, 308}
CHUNK = 65536
_SAFE_PATH = "/%?=&;:@+,$!*'()~-._[]"


@dataclass(frozen=True)
class FetchOptions:
    """Limits of one request: the whole exchange within ``timeout`` seconds, at most ``max_bytes``
    of body, at most ``max_redirects`` hops."""

    allow_private: bool = False
    timeout: float = 20.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    user_agent: str = USER_AGENT


@dataclass
class Response:
    """A successful answer: 2xx with its body, or 304 (not modified) without one."""

    url: str                                  # after redirects
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)    # lower-case names

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


@dataclass(frozen=True)
class Target:
    """A URL taken apart for one request; only http and https, no credentials."""

    url: str
    scheme: str
    host: str
    port: int
    path: str

    @classmethod
    def parse(cls, url: str) -> Target:
        try:
            parts = urlsplit(url.strip())
            port = parts.port or (443 if parts.scheme == "https" else 80)
            host = (parts.hostname or "").encode("idna").decode("ascii")
        except (ValueError, UnicodeError) as err:
            raise FetchError(Codes.E034, f"{url}: {err}") from None
        if parts.scheme not in ("http", "https") or not host or parts.username or parts.password:
            raise FetchError(Codes.E034, f"{url}: only http(s) URLs with a host and no credentials")
        query = f"?{quote(parts.query, safe=_SAFE_PATH)}" if parts.query else ""
        return cls(url, parts.scheme, host, port, quote(parts.path or "/", safe=_SAFE_PATH) + query)

    @property
    def origin(self) -> str:
        return f"{self.scheme}://{self.host if ':' not in self.host else f'[{self.host}]'}:{self.port}"


class RobotsRules(Protocol):
    """What the client asks of robots.txt (``robots.RobotsCache``): may this URL be fetched, and
    how long to wait between two requests to its host."""

    def check(self, target: Target) -> float:
        """The Crawl-delay; raises FetchError when the URL is disallowed or the rules unreadable."""
        ...


class Fetcher:
    """GET and POST through the address policy, the per-host gate and (for GET) robots.txt."""

    def __init__(self, options: FetchOptions = FetchOptions(), gate: HostGate | None = None,
                 robots: RobotsRules | None = None):
        self.options, self.robots = options, robots
        self.gate = gate or HostGate(delay=0.0)
        self.policy = AddressPolicy(options.allow_private)
        self._tls = ssl.create_default_context()

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None,
            accept: str = "*/*") -> Response:
        """URL's content, following redirects (each hop vetted); 304 when ETAG/LAST_MODIFIED still hold.
        Raises FetchError for anything else."""
        headers = {"Accept": accept, "Accept-Encoding": "gzip, deflate"}
        headers |= {"If-None-Match": etag} if etag else {}
        headers |= {"If-Modified-Since": last_modified} if last_modified else {}
        for _ in range(self.options.max_redirects + 1):
            target = Target.parse(url)
            delay = self.robots.check(target) if self.robots else 0.0
            self.gate.wait(target.host, delay)
            status, got, body = self._exchange(target, "GET", headers)
            if status in REDIRECTS and got.get("location"):
                url = urljoin(url, got["location"])
                continue
            return self._answer(target, status, got, body)
        raise FetchError(Codes.E034, f"{url}: more than {self.options.max_redirects} redirects")

    def post(self, url: str, body: bytes, headers: dict[str, str]) -> int:
        """POSTs BODY to URL (no redirects followed) and returns the status."""
        target = Target.parse(url)
        self.gate.wait(target.host)
        status, _, _ = self._exchange(target, "POST", {"Content-Type": "application/json", **headers}, body)
        return status

    def _answer(self, target: Target, status: int, headers: dict[str, str], body: bytes) -> Response:
        if 200 <= status < 300 or status == 304:
            return Response(target.url, status, body, headers)
        wait = retry_after(headers.get("retry-after"))
        if status in (429, 503) and wait:
            self.gate.hold(target.host, wait)
        raise FetchError(Codes.E031, f"{target.url}: HTTP {status}", transient=status >= 500 or status == 429,
                         retry_after=wait, status=status)

    def _exchange(self, target: Target, method: str, headers: dict[str, str],
                  body: bytes | None = None) -> tuple[int, dict[str, str], bytes]:
        """One request and its answer: status, headers, and (for 2xx) the body within the limits."""
        deadline = time.monotonic() + self.options.timeout
        address = self.policy.vet(target.host, target.port)
        conn = self._connection(target, address)
        try:
            conn.request(method, target.path, body=body, headers={"User-Agent": self.options.user_agent, **headers})
            resp = conn.getresponse()
            got = {k.lower(): v for k, v in resp.getheaders()}
            data = read_body(resp, got, deadline, self.options.max_bytes, conn) if 200 <= resp.status < 300 else b""
            return resp.status, got, data
        except FetchError:
            raise
        except (OSError, http.client.HTTPException) as err:
            raise FetchError(Codes.E032, f"{target.url}: {type(err).__name__} {err}".strip(), transient=True) from None
        finally:
            conn.close()

    def _connection(self, target: Target, address: Address) -> http.client.HTTPConnection:
        if target.scheme == "https":
            return _TLSConnection(target.host, target.port, address, self.options.timeout, self._tls)
        return _Connection(target.host, target.port, address, self.options.timeout)


def read_body(resp: http.client.HTTPResponse, headers: dict[str, str], deadline: float, cap: int,
              conn: http.client.HTTPConnection) -> bytes:
    """The body, decompressed, refused (E007) past CAP bytes on the wire or after decompression and
    (E032) past the deadline, however slowly the server drips it."""
    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > cap:
        raise FetchError(Codes.E007, f"declared {declared} bytes, the cap is {cap}")
    inflate = _decompressor(headers.get("content-encoding", ""))
    out, wire = bytearray(), 0
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchError(Codes.E032, "timed out reading the body", transient=True)
        if conn.sock is not None:
            conn.sock.settimeout(remaining)
        chunk = resp.read1(CHUNK)
        if not chunk:
            break
        wire += len(chunk)
        out += inflate.decompress(chunk, cap + 1 - len(out)) if inflate else chunk
        if wire > cap or len(out) > cap or (inflate and inflate.unconsumed_tail):
            raise FetchError(Codes.E007, f"body larger than {cap} bytes")
    return bytes(out)


def _decompressor(encoding: str) -> zlib._Decompress | None:
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip", "deflate"):
        return zlib.decompressobj(zlib.MAX_WBITS | (16 if "gzip" in encoding else 32))
    raise FetchError(Codes.E031, f"unsupported content-encoding {encoding!r}")


def retry_after(value: str | None) -> float | None:
    """Seconds a Retry-After header asks for (a number or an HTTP date), None when absent or unreadable."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError, IndexError):
        return None


def _open(address: Address, port: int, timeout: float | None) -> socket.socket:
    """A socket connected to ADDRESS (vetted before); the peer it reached is checked once more."""
    sock = socket.create_connection((str(address), port), timeout)
    peer = ipaddress.ip_address(str(sock.getpeername()[0]).split("%")[0])
    if peer != address:
        sock.close()
        raise FetchError(Codes.E030, f"connected to {peer}, not to the vetted {address}")
    return sock


class _Connection(http.client.HTTPConnection):
    """HTTP to an address vetted beforehand, whatever the host name would resolve to now."""

    def __init__(self, host: str, port: int, address: Address, timeout: float):
        super().__init__(host, port, timeout=timeout)
        self.address = address

    def connect(self) -> None:
        self.sock = _open(self.address, self.port, self.timeout)


class _TLSConnection(http.client.HTTPSConnection):
    """HTTPS to a vetted address; the certificate is checked against the host name."""

    def __init__(self, host: str, port: int, address: Address, timeout: float, context: ssl.SSLContext):
        super().__init__(host, port, timeout=timeout, context=context)
        self.address, self.tls = address, context

    def connect(self) -> None:
        self.sock = self.tls.wrap_socket(_open(self.address, self.port, self.timeout), server_hostname=self.host)
