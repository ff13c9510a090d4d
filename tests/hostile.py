"""Hostile inputs for every format newsledger reads: text, JSONL, HTML, RSS/Atom, WARC, gzip, and
files that are not what they claim (fifos, links to devices, folders named like files).

``generate(n, seed, scale)`` gives N cases, the same for the same seed: each a file name (its
suffix says the format) and its bytes, or a special file to make. The kinds are the ones that
ended or hung runs (issue 12): wrong JSON types and deep nesting, WARC records without a URI or
cut at any offset, gzip bombs, feeds with bad character references or charsets Python cannot
decode, content that is a path, pages in odd charsets, texts of one enormous line or of hundreds
of thousands of tiny ones, runs that make the tokenizer quadratic, "Mr. " fifty thousand times;
and random damage (bit flips, cuts, splices) of valid inputs of every format. SCALE shrinks the
large ones (1.0: up to tens of MB; the test suite runs a few hundred cases at a small scale).
"""
from __future__ import annotations

import gzip
import io
import json
import os
import random
import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parent.parent
SEED_TEXT = (ROOT / "samples" / "corpus" / "000_671684e766b2a014.txt").read_text("utf-8")
WRITTEN = (ROOT / "samples" / "corpus" / "written.jsonl").read_text("utf-8").splitlines()
PAGE = (ROOT / "tests" / "fixtures" / "web" / "article.html").read_bytes()
FEEDS = [(ROOT / "tests" / "fixtures" / "web" / n).read_bytes() for n in ("rss_dated.xml", "atom.xml", "rss_undated.xml")]
SENTENCE = "Officials in Minsk said on Monday that the talks with Kyiv would resume next week. "


@dataclass
class Case:
    """One hostile input: a file NAME with DATA, or a SPECIAL file to make (fifo, link, ...)."""

    name: str
    data: bytes = b""
    special: str | None = None

    def make(self, folder: Path) -> Path:
        """Writes the case into FOLDER; returns its path."""
        path = folder / self.name
        if self.special is None:
            path.write_bytes(self.data)
        else:
            SPECIALS[self.special](path)
        return path


class Gen:
    """The random source of one case, with the size scale."""

    def __init__(self, rng: random.Random, scale: float):
        self.rng, self.scale = rng, scale

    def n(self, full: int, least: int = 1) -> int:
        """FULL scaled, at least LEAST, jittered."""
        return max(least, int(full * self.scale * self.rng.uniform(0.5, 1.0)))

    def pick(self, items):  # type: ignore[no-untyped-def]
        return self.rng.choice(items)

    def bytes(self, n: int) -> bytes:
        return self.rng.randbytes(n)

    def text(self) -> str:
        """A real-looking article: the seed or a written sample, cut at a random place."""
        base = self.pick([SEED_TEXT, *(json.loads(x)["text"] for x in WRITTEN)])
        return base[: self.rng.randint(40, len(base))]


# --- plain text ---------------------------------------------------------------------------

def _text_shapes(g: Gen) -> str:
    shapes = [
        lambda: "word " * g.n(4_000_000),                       # one enormous line
        lambda: "a" * g.n(4_000_000),                           # one enormous token
        lambda: "a\n" * g.n(500_000),                           # hundreds of thousands of tiny lines
        lambda: "\n" * g.n(500_000) + SENTENCE,
        lambda: "A.\n" * g.n(300_000),
        lambda: "He said " + "'" * g.n(20_000, 2000),           # the tokenizer is quadratic in such runs
        lambda: "(" * g.n(20_000, 2000) + ")" * g.n(20_000, 2000),
        lambda: "!?" * g.n(20_000, 2000),
        lambda: "$" * g.n(20_000, 2000) + " said Putin.",
        lambda: "http://x.com/" * g.n(20_000, 500),
        lambda: "Mr. " * g.n(50_000, 5000),                     # one sentence, one deep tree
        lambda: "Dr. Mr. Mrs. " * g.n(20_000, 2000),
        lambda: SENTENCE * g.n(5_000, 500),                     # dedupe of statements
        lambda: '"We will win," he said. ' * g.n(4_000, 400),
        lambda: " ".join(f"Name{i} Surname{i % 97}" for i in range(g.n(30_000, 2000))),   # name propagation
        lambda: "Putin and Lukashenka met. " * g.n(10_000, 1000),
        lambda: '"' * g.n(20_000, 2000),
        lambda: "«" * g.n(10_000, 1000) + "»" * g.n(10_000, 1000),
        lambda: "a" + "\u0301" * g.n(100_000, 5000),            # combining marks
        lambda: "\u202e" + SENTENCE * 3 + "\u200b" * g.n(50_000, 1000),
        lambda: "".join(chr(g.rng.randint(0x20, 0x2FFF)) for _ in range(g.n(200_000, 2000))),
        lambda: "".join(chr(g.rng.randint(0x1F300, 0x1FAFF)) for _ in range(g.n(50_000, 500))),
        lambda: "1" * g.n(1_000_000, 5000),
        lambda: "2022-12-19 " * g.n(50_000, 2000),
        lambda: "said that " * g.n(50_000, 2000),
        lambda: "according to " * g.n(30_000, 2000),
        lambda: "on Monday next week in December " * g.n(20_000, 1000),
        lambda: "\t \xa0 " * g.n(100_000, 1000) + SENTENCE,
        lambda: SENTENCE + "\x00" * 5 + SENTENCE,               # a NUL past the binary check's reach
        lambda: " " * 9000 + "\x00" + SENTENCE,
        lambda: "Read also:\n" + "• headline\n" * g.n(100_000, 1000),
        lambda: "\r" * g.n(100_000, 1000) + SENTENCE,
        lambda: "".join(g.pick("\"'“”‘’«»„()[]{}.,;:!?-—") for _ in range(g.n(100_000, 2000))),
        lambda: " ".join(g.pick(["The", "Minister", "said", "Putin", "Kyiv", ",", "“", "”", "he", "that", "will",
                                 "on", "Monday", "."]) for _ in range(g.n(200_000, 2000))),
    ]
    return g.pick(shapes)()


def _encoded(g: Gen) -> bytes:
    text = g.text() + " Минск, Kyjiw, Łódź, 東京."
    choices: list[Callable[[], bytes]] = [
        lambda: text.encode("utf-16"), lambda: text.encode("utf-16-le"), lambda: text.encode("utf-32"),
        lambda: text.encode("utf-8", "ignore")[:-1] + b"\xff\xfe\xfd",
        lambda: "Le président à Minsk, l'armée était prête.".encode("latin-1"),
        lambda: "Президент сказал в Минске, что армия готова.".encode("cp1251"),
        lambda: "Президент сказал в Минске, что армия готова.".encode("koi8-r"),
        lambda: "東京で首相が会談した。".encode("shift_jis"),
        lambda: "北京的官员周一表示。".encode("gb18030"),
        lambda: b"lone \xed\xa0\x80 surrogate " + text.encode(),
        lambda: b"overlong \xc0\xaf \xe0\x80\xaf " + text.encode(),
        lambda: text.encode() + g.bytes(g.n(20_000, 100)),
        lambda: b"\xef\xbb\xbf" + text.encode(),
        lambda: b"\xff\xfe" + g.bytes(g.n(10_000, 100)),
        lambda: b"\x89PNG\r\n\x1a\n" + g.bytes(g.n(100_000, 100)),
        lambda: g.bytes(g.n(100_000, 10)),
        lambda: b"", lambda: b"   \n\t\n", lambda: b"\x00" * g.n(10_000),
    ]
    return g.pick(choices)()


def text_case(g: Gen, i: int) -> Case:
    data = _text_shapes(g).encode("utf-8", "surrogatepass") if g.rng.random() < 0.6 else _encoded(g)
    return Case(f"t{i}.{g.pick(['txt', 'txt', 'text', 'md'])}", data)


# --- JSON lines ----------------------------------------------------------------------------

def _bad_value(g: Gen) -> object:
    return g.pick([None, True, 0, -1, 1.5, float("nan"), 10**30, [], ["a"], {}, {"x": 1}, "", " ",
                   "x" * g.n(3_000_000, 5000), [[[[["deep"]]]]], "\ud800", "\udfff\ud800"])


def _record(g: Gen, i: int) -> dict:
    rec: dict = {"id": f"j{i}-{g.rng.randrange(10**6)}", "text": g.text()}
    for key in g.rng.sample(["id", "text", "title", "url", "published", "outlet", "language", "author"], g.rng.randint(1, 4)):
        rec[key] = _bad_value(g)
    if g.rng.random() < 0.2:
        rec["text"] = _text_shapes(g)
    return rec


def _line(g: Gen, i: int) -> str:
    depth = g.n(200_000, 2000)
    odd = [
        lambda: json.dumps(_record(g, i), ensure_ascii=g.rng.random() < 0.5, allow_nan=True),
        lambda: "[" * depth + "]" * depth,
        lambda: '{"a":' * depth + "1" + "}" * depth,
        lambda: json.dumps({"id": f"deep{i}", "text": SENTENCE, "title": json.loads("[" * 50 + "]" * 50)}),
        lambda: '{"id": "x", "text": "unterminated',
        lambda: "{'id': 1, 'text': 'single quotes'}",
        lambda: '{"id": 1, "text": "a",}',
        lambda: '{"id": ' + "9" * g.n(100_000, 5000) + ', "text": "big number"}',
        lambda: "null", lambda: "[]", lambda: '"just a string"', lambda: "12345", lambda: "NaN",
        lambda: '{"id": "s' + str(i) + '", "text": "lone \\ud800 surrogate and \\udfff in text"}',
        lambda: '{"id": "\\ud800", "text": "surrogate id"}',
        lambda: '{"id": "dup", "text": "' + SENTENCE.strip() + '"}',
        lambda: "\ufeff" + json.dumps({"id": f"bom{i}", "text": SENTENCE}),
        lambda: json.dumps({"id": f"huge{i}", "text": SENTENCE * g.n(40_000, 500)}),
    ]
    return g.pick(odd)()


def jsonl_case(g: Gen, i: int) -> Case:
    lines = [_line(g, i * 1000 + k) for k in range(g.rng.randint(1, 8))]
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    if g.rng.random() < 0.15:
        data = data.replace(b"\n", b"\r\n") + b"\n\n\n"
    if g.rng.random() < 0.1:
        data += b'\n{"id": "bin", "text": "' + g.bytes(200) + b'"}'
    return Case(f"j{i}.{g.pick(['jsonl', 'ndjson'])}", data)


# --- HTML --------------------------------------------------------------------------------

CHARSETS = ["idna", "undefined", "utf-7", "rot13", "base64", "x-user-defined", "unicode_escape", "punycode",
            "bogus-charset", "utf-16", "iso-2022-kr", "hz-gb-2312", "utf-32", "zlib", "hex", "mbcs", "cp65001",
            "latin1", "windows-1251", "\x00", "a" * 300]


def _html(g: Gen, i: int) -> bytes:
    body = g.text()
    n = g.n(100_000, 2000)
    pages: list[Callable[[], bytes]] = [
        lambda: f'<html><head><meta charset="{g.pick(CHARSETS)}"><title>Café</title></head><body><p>{body}</p>'
                f'<p>Café déjà vu à Minsk.</p></body></html>'.encode("latin-1", "replace"),
        lambda: f'<?xml version="1.0" encoding="{g.pick(CHARSETS)}"?><html><body><p>{body}</p></body></html>'.encode(),
        lambda: b"<html><body>" + b"<div>" * n + body.encode() + b"</div>" * n + b"</body></html>",
        lambda: b"<html><body><p>" + (SENTENCE * g.n(400_000, 500)).encode() + b"</p></body></html>",
        lambda: b"<html><body>" + b"<p>" + b"x " * g.n(15_000_000, 20_000) + b"</p></body></html>",
        lambda: (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;'
                 b'&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;'
                 b'&lol2;">]><html><body><p>&lol3;</p><p>' + body.encode() + b"</p></body></html>"),
        lambda: (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><html><body>'
                 b"<p>&xxe;</p><p>" + body.encode() + b"</p></body></html>"),
        lambda: b"<html><body>" + b"&amp;" * n + b"</body></html>",
        lambda: b"<html><body><script>" + b"x" * n + b"</script></body></html>",
        lambda: b"<<<<" * n + b">>>>" * n,
        lambda: b'<html><body><p title="' + b"a" * g.n(5_000_000, 10_000) + b'">' + body.encode() + b"</p></body></html>",
        lambda: b"<html><body>" + b"<h1>Minsk talks resume</h1><h2>Putin said</h2>" * g.n(20_000, 500)
                + b"<p>" + body.encode() + b"</p></body></html>",
        lambda: (b'<html><head><title>' + b"Headline words " * g.n(20_000, 500) + b'</title><meta property="og:title" content="'
                 + b"Other words " * g.n(20_000, 500) + b'"></head><body><h1>' + b"h " * g.n(20_000, 500)
                 + b"</h1><p>" + body.encode() + b"</p></body></html>"),
        lambda: b'<html><head><script type="application/ld+json">{"headline": "' + b"\\u00e9" * n
                + b'"}</script></head><body><p>' + body.encode() + b"</p></body></html>",
        lambda: b"<html><body><p>" + body.encode() + b"\x00" * 100 + b"</p></body></html>",
        lambda: b"<html><body><frameset><frame src='/etc/passwd'></frameset></body></html>",
        lambda: b"<!-- " + b"-" * n + b" --><html><body><p>" + body.encode() + b"</p></body></html>",
        lambda: b"<html lang='" + b"x" * 10_000 + b"'><body><p>" + body.encode() + b"</p></body></html>",
        lambda: b"<html><body><table>" + b"<tr><td>cell</td>" * n + b"</table></body></html>",
        lambda: b"<html><body><p>" + "\ud800".encode("utf-8", "surrogatepass") * 100 + body.encode() + b"</p></body></html>",
    ]
    return g.pick(pages)()


def html_case(g: Gen, i: int) -> Case:
    return Case(f"h{i}.{g.pick(['html', 'htm', 'xhtml'])}", _html(g, i))


# --- feeds -------------------------------------------------------------------------------

def _item(g: Gen, k: int, link: str | None = None) -> str:
    link = link if link is not None else g.pick([f"https://news.example/{k}", f"/relative/{k}", "", "../up/page.html",
                                                 "javascript:alert(1)", "file:///etc/passwd", f"?q={k}", "#frag"])
    ref = g.pick(["&#99999999999;", "&#xD800;", "&#0;", "&#x110000;", "&#xFFFFFFFFFFFFFFFFFFFF;", "&amp;", "&bogus;",
                  "&#-1;", "&#x;", "&#65;"])
    return (f"<item><title>Talks {ref} {k}</title><link>{link}</link><guid>{g.pick(['', f'g{k}', link])}</guid>"
            f"<pubDate>{g.pick(['Mon, 19 Dec 2022 10:00:00 +0000', 'garbage', '', '99999-99-99', 'Mon, 99 Foo 2022'])}</pubDate>"
            f"<description>{ref} {g.text()[:400]}</description></item>")


def _rss(g: Gen, items: str, encoding: str = "utf-8") -> bytes:
    return (f'<?xml version="1.0" encoding="{encoding}"?><rss version="2.0"><channel><title>Wire</title>'
            f"<language>{g.pick(['en', 'utf-8', 'xx', ''])}</language>{items}</channel></rss>").encode("utf-8", "surrogatepass")


def _feed(g: Gen, i: int) -> bytes:
    feeds: list[Callable[[], bytes]] = [
        lambda: _rss(g, "".join(_item(g, k) for k in range(g.rng.randint(1, 5)))),
        lambda: _rss(g, _item(g, 1), encoding=g.pick(CHARSETS)),
        lambda: _rss(g, "".join(_item(g, k) for k in range(g.n(100_000, 200)))),
        lambda: g.pick([b"/dev/zero", b"/etc/passwd", b"/proc/self/environ", b"../secret.html", b"/dev/urandom",
                        b"http://127.0.0.1:9/feed", b"file:///etc/passwd", b"feed://x", b"~/.bashrc", b"."]),
        lambda: (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
                 b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
                 b'<rss version="2.0"><channel><title>&d;</title><item><title>&d;</title><link>https://x/1</link>'
                 b"<description>&d; " + SENTENCE.encode() + b"</description></item></channel></rss>"),
        lambda: (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0">'
                 b"<channel><item><title>&xxe;</title><link>https://x/2</link><description>&xxe; "
                 + SENTENCE.encode() + b"</description></item></channel></rss>"),
        lambda: _rss(g, "<item><title>no link</title><description>" + SENTENCE + "</description></item>"),
        lambda: _rss(g, "<item><link>https://x/empty</link></item>" * g.rng.randint(1, 5)),
        lambda: _rss(g, "<item>" + "<category>c</category>" * g.n(100_000, 500) + "<link>https://x/c</link>"
                     "<description>" + SENTENCE + "</description></item>"),
        lambda: _rss(g, "<item><link>https://x/deep</link><description><![CDATA[" + "<div>" * g.n(50_000, 500)
                     + SENTENCE + "</div>" * g.n(50_000, 500) + "]]></description></item>"),
        lambda: (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>'
                 + b"".join(b'<entry><id>urn:%d</id><link href="%s"/><updated>%s</updated><content type="html">%s</content></entry>'
                            % (k, g.pick([b"/rel", b"https://a/1", b""]), g.pick([b"2022-13-45T99:99", b"", b"2022-12-19"]),
                               g.text().encode()) for k in range(g.rng.randint(1, 4))) + b"</feed>"),
        lambda: "\ufeff".encode("utf-16") + _rss(g, _item(g, 1)).decode().encode("utf-16-le"),
    ]
    return g.pick(feeds)()


def feed_case(g: Gen, i: int) -> Case:
    return Case(f"f{i}.{g.pick(['xml', 'rss', 'atom'])}", _feed(g, i))


# --- web archives ------------------------------------------------------------------------

def _warc_bytes(g: Gen, records: int, gz: bool, uri: bool = True, body: bytes | None = None) -> bytes:
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gz)
    for k in range(records):
        http = StatusAndHeaders(g.pick(["200 OK", "200 OK", "404 Not Found", "999 ???"]),
                                [("Content-Type", g.pick(["text/html; charset=utf-8", "text/html",
                                                          f"text/html; charset={g.pick(CHARSETS)}", "image/png"]))],
                                protocol="HTTP/1.1")
        payload = body if body is not None else _html(g, k) if records <= 4 and g.rng.random() < 0.3 else PAGE
        rec = w.create_warc_record(f"https://wire.example/{k}" if uri or k % 2 else None, "response",
                                   payload=io.BytesIO(payload), http_headers=http)
        if not uri and k % 2 == 0:
            rec.rec_headers.remove_header("WARC-Target-URI")
        w.write_record(rec)
    return buf.getvalue()


def _gzip_bomb(g: Gen) -> bytes:
    """A gzip member of N MB of zeros (about 1,000 : 1)."""
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=9) as z:
        chunk = b"\x00" * (1 << 20)
        for _ in range(g.n(2000, 30)):
            z.write(chunk)
    return out.getvalue()


def warc_case(g: Gen, i: int) -> Case:
    gz = g.rng.random() < 0.5
    valid = _warc_bytes(g, g.rng.randint(1, 4), gz)
    cases: list[Callable[[], bytes]] = [
        lambda: _warc_bytes(g, 4, gz, uri=False),
        lambda: valid[: g.rng.randrange(len(valid))],
        lambda: _mutate(g, valid),
        lambda: _gzip_bomb(g),
        lambda: valid.replace(b"Content-Length: ", b"Content-Length: 9999999", 1),
        lambda: valid.replace(b"Content-Length: ", b"Content-Length: -", 1),
        lambda: valid.replace(b"Content-Length: ", b"Content-Length: x", 1),
        lambda: valid.replace(b"WARC-Type: response", b"WARC-Type: \x00\xff", 1),
        lambda: b"WARC/1.0\r\n" + b"X-Header: " + b"a" * g.n(30_000_000, 100_000),
        lambda: _warc_bytes(g, 1, gz, body=b"<html><body>" + b"x " * g.n(25_000_000, 10_000) + b"</body></html>"),
        lambda: _warc_bytes(g, g.n(2000, 20), gz),
        lambda: valid + g.bytes(g.n(10_000, 10)),
        lambda: b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 10\r\n\r\n",
    ]
    return Case(f"w{i}.warc{'.gz' if gz else ''}", g.pick(cases)())


# --- gzip of any format -----------------------------------------------------------------

def gzip_case(g: Gen, i: int) -> Case:
    inner = g.pick([text_case, jsonl_case, html_case, feed_case])(g, i)
    packed = gzip.compress(inner.data)
    data = g.pick([
        lambda: packed, lambda: _gzip_bomb(g), lambda: packed[: g.rng.randrange(1, len(packed))],
        lambda: _mutate(g, packed), lambda: packed + b"trailing garbage", lambda: packed + packed,
        lambda: gzip.compress(packed), lambda: gzip.compress(b""), lambda: packed + b"\x00" * 1000,
    ])()
    return Case(inner.name + ".gz", data)


# --- damage and special files -------------------------------------------------------------

def _mutate(g: Gen, data: bytes) -> bytes:
    """DATA with random byte flips, a cut, a splice or a duplicated stretch."""
    out = bytearray(data)
    for _ in range(g.rng.randint(1, 20)):
        op = g.rng.random()
        k = g.rng.randrange(max(1, len(out)))
        if op < 0.5 and out:
            out[k] = g.rng.randrange(256)
        elif op < 0.7:
            del out[k: k + g.rng.randint(1, 200)]
        elif op < 0.9:
            out[k:k] = g.bytes(g.rng.randint(1, 50))
        else:
            out[k:k] = out[k: k + g.rng.randint(1, 500)]
    return bytes(out)


def mutant_case(g: Gen, i: int) -> Case:
    name, data = g.pick([("txt", SEED_TEXT.encode()), ("jsonl", "\n".join(WRITTEN).encode()), ("html", PAGE),
                         ("xml", g.pick(FEEDS)), ("warc", _warc_bytes(g, 2, False)), ("warc.gz", _warc_bytes(g, 2, True))])
    return Case(f"m{i}.{name}", _mutate(g, data))


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _socket(path: Path) -> None:
    s = socket.socket(socket.AF_UNIX)
    s.bind(str(path))
    s.close()


SPECIALS: dict[str, Callable[[Path], None]] = {
    "fifo": _fifo,
    "zero": lambda p: p.symlink_to("/dev/zero"),
    "urandom": lambda p: p.symlink_to("/dev/urandom"),
    "null": lambda p: p.symlink_to("/dev/null"),
    "socket": _socket,
    "dangling": lambda p: p.symlink_to(p.parent / "missing-target"),
    "dir": lambda p: p.mkdir(),
    "loop": lambda p: p.symlink_to(p),
    "unreadable": lambda p: (p.write_text(SENTENCE), p.chmod(0)),
    "proc": lambda p: p.symlink_to("/proc/self/status"),
}


def special_case(g: Gen, i: int) -> Case:
    kind = g.pick(list(SPECIALS))
    return Case(f"s{i}-{kind}.{g.pick(['txt', 'jsonl', 'html', 'xml', 'warc', 'warc.gz', 'txt.gz'])}", special=kind)


KINDS: list[tuple[Callable[[Gen, int], Case], int]] = [
    (text_case, 5), (jsonl_case, 4), (html_case, 4), (feed_case, 4), (warc_case, 4), (gzip_case, 3),
    (mutant_case, 4), (special_case, 1),
]


def generate(n: int, seed: int = 12, scale: float = 1.0) -> Iterator[Case]:
    """N hostile cases, the same for the same SEED and SCALE, made one at a time (at full scale
    10,000 of them would not fit in memory together)."""
    rng = random.Random(seed)
    kinds = [k for k, weight in KINDS for _ in range(weight)]
    for i in range(n):
        g = Gen(random.Random(rng.getrandbits(64)), scale)
        yield g.pick(kinds)(g, i)


def good_article(k: int) -> tuple[str, str]:
    """The good article beside a batch of hostile ones: (file name, text), different for every K."""
    marker = f"The ministry's spokesman, Pavel Marker{k}, said on Tuesday that the talks had ended without a deal."
    return f"good-{k}.txt", f"{marker}\n\n{SEED_TEXT}"
