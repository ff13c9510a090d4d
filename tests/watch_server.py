"""A scriptable web server on 127.0.0.1 for the watch tests and bench: feeds that change between
polls, pages, and the awkward answers a watcher must survive (304, 500, slow, redirects, huge and
malformed bodies), plus a webhook receiver. Runs in threads of the test process."""
from __future__ import annotations

import gzip
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape


@dataclass
class Route:
    """One path's answer. ``etag``: answer 304 to a matching If-None-Match; ``delay``: seconds before
    the headers; ``drip``: seconds between body bytes; ``gate``: block until the event is set;
    ``stream``: bytes sent (no Content-Length) until the client gives up."""

    body: bytes = b""
    status: int = 200
    ctype: str = "application/rss+xml; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    delay: float = 0.0
    drip: float = 0.0
    gate: threading.Event | None = None
    stream: int = 0
    gzip: bool = False


class FeedServer:
    """Routes by path; counts hits; records the headers of each request and every POST."""

    def __init__(self, host: str = "127.0.0.1"):
        self.routes: dict[str, Route] = {}
        self.hits: Counter[str] = Counter()
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.posts: list[tuple[str, dict[str, str], bytes]] = []
        self.post_times: list[float] = []
        self.post_status = 200
        self.httpd = ThreadingHTTPServer((host, 0), _handler(self))
        self.httpd.daemon_threads = True
        self.httpd.handle_error = lambda request, address: None     # a client hanging up is no news here
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def set(self, path: str, body: bytes | str = b"", **kw) -> Route:
        route = Route(body.encode("utf-8") if isinstance(body, str) else body, **kw)
        self.routes[path] = route
        return route

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def _handler(server: FeedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            path = self.path.split("?")[0]
            server.hits[path] += 1
            server.requests.append((path, {k.lower(): v for k, v in self.headers.items()}))
            route = server.routes.get(path) or Route(b"not found", 404, "text/plain")
            if route.gate is not None:
                route.gate.wait(60)
            time.sleep(route.delay)
            if route.etag and self.headers.get("If-None-Match") == route.etag:
                return self._head(304, route, None)
            if route.stream:
                return self._stream(route)
            body = gzip.compress(route.body) if route.gzip else route.body
            self._head(route.status, route, len(body))
            self._write(body, route.drip)

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            server.posts.append((self.path, {k.lower(): v for k, v in self.headers.items()}, body))
            server.post_times.append(time.time())
            self.send_response(server.post_status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def _head(self, status: int, route: Route, length: int | None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", route.ctype)
            for k, v in {**route.headers, **({"ETag": route.etag} if route.etag else {}),
                         **({"Content-Encoding": "gzip"} if route.gzip else {})}.items():
                self.send_header(k, v)
            if length is not None:
                self.send_header("Content-Length", str(length))
            else:
                self.send_header("Connection", "close")
            self.end_headers()

        def _write(self, body: bytes, drip: float) -> None:
            try:
                if not drip:
                    self.wfile.write(body)
                    return
                for i in range(len(body)):
                    self.wfile.write(body[i:i + 1])
                    self.wfile.flush()
                    time.sleep(drip)
            except OSError:
                pass

        def _stream(self, route: Route) -> None:
            self.close_connection = True
            self._head(route.status, route, None)
            chunk = b"<item>" + b"x" * 65530 + b"\n"
            try:
                for _ in range(route.stream // len(chunk)):
                    self.wfile.write(chunk)
            except OSError:
                pass

    return Handler


def rss(title: str, items: list[dict[str, str]], lang: str = "en") -> str:
    """An RSS 2.0 feed; each item has title, link and optionally description, guid, date (ISO)."""
    def item(i: dict[str, str]) -> str:
        when = datetime.fromisoformat(i.get("date", "2026-01-05T09:00:00+00:00"))
        desc = f"<description>{escape(i['description'])}</description>" if i.get("description") else ""
        return (f"<item><title>{escape(i['title'])}</title><link>{escape(i['link'])}</link>{desc}"
                f"<guid>{escape(i.get('guid', i['link']))}</guid><pubDate>{format_datetime(when)}</pubDate></item>")
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{escape(title)}</title>'
            f"<link>https://example.org/</link><language>{lang}</language>{''.join(item(i) for i in items)}</channel></rss>")


def page(title: str, *paragraphs: str, lang: str = "en") -> str:
    """A news page as sites publish it: head metadata, a headline, paragraphs, a footer."""
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{escape(title)} | Test Wire</title>'
            f'<meta property="og:site_name" content="Test Wire"><meta property="article:published_time"'
            f' content="{datetime(2026, 1, 5, tzinfo=UTC).isoformat()}"></head><body><nav><a href="/">Home</a>'
            f"</nav><article><h1>{escape(title)}</h1>{body}</article><footer>© Test Wire</footer></body></html>")
