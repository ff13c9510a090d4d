"""Every input that ended, hung or blew up a run in issue 12, side by side in one folder with the
seed article, ingested in one run: the run ends normally, the seed is stored and analysed, and each
of them is stored (analysed, in part, or as text only) or skipped, each with its code."""
from __future__ import annotations

import gzip
import io
import json
import os
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsledger import Ledger
from newsledger.errors import code_of

from .conftest import SEED
from .hostile import PAGE, SENTENCE

NAMES = " ".join(f"Name{i} Surname{i % 97}" for i in range(30_000))


def _warc(uri: bool) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    rec = writer.create_warc_record("https://wire.example/a", "response", payload=io.BytesIO(PAGE), http_headers=http)
    if not uri:
        rec.rec_headers.remove_header("WARC-Target-URI")
    writer.write_record(rec)
    return buf.getvalue()


def _feed(items: str, encoding: str = "utf-8") -> bytes:
    return (f'<?xml version="1.0" encoding="{encoding}"?><rss version="2.0"><channel><title>Wire</title>'
            f"{items}</channel></rss>").encode()


def crashes() -> dict[str, bytes]:
    """The inputs of issue 12 that ended, hung or blew up a run, by file name."""
    return {
        # readers
        "warc_no_uri_truncated.warc": _warc(uri=False)[:-200],       # warcio: 'NoneType' has no attribute 'startswith'
        "warc_truncated.warc.gz": gzip.compress(_warc(uri=True))[:-50],
        "gzip_bomb.txt.gz": gzip.compress(b"\x00" * (64 << 20)),
        "wrong_types.jsonl": b"\n".join(json.dumps(r).encode() for r in [
            {"id": 1, "text": 5}, {"id": [1], "text": SENTENCE}, {"id": "t", "text": ["a"]},
            {"id": "ok", "text": SENTENCE, "title": {"x": 1}, "published": [2022]}, {"id": {"a": 1}, "text": SENTENCE}]),
        "deep.jsonl": b"[" * 200_000 + b"]" * 200_000 + b"\n" + b'{"a":' * 100_000 + b"1" + b"}" * 100_000,
        "surrogates.jsonl": b'{"id": "\\ud800", "text": "lone \\ud800 surrogate \\udfff"}',
        "bad_refs.xml": _feed(f"<item><title>&#99999999999; &#xD800;</title><link>/relative/1</link>"
                              f"<description>&#0; {SENTENCE}</description></item>"),
        "idna.xml": _feed(f"<item><link>https://x/1</link><description>{SENTENCE}</description></item>", "idna"),
        "undefined.xml": _feed(f"<item><link>https://x/2</link><description>{SENTENCE}</description></item>", "undefined"),
        "path.xml": b"/dev/zero",                                       # once read by feedparser as a path
        "charset.html": f'<html><head><meta charset="undefined"></head><body><p>{SENTENCE * 5}</p></body></html>'.encode(),
        "huge.html": b"<html><body><p>" + b"x " * (12 << 20) + b"</p></body></html>",
        # texts that hung or grew memory
        "one_line.txt": b"word " * 190_000,                          # one line of 950,000 characters
        "tiny_lines.txt": b"a\n" * 500_000,
        "over_spacy_limit.txt": (SENTENCE * 14_000).encode(),        # > 1,000,000 characters
        "apostrophes.txt": b"He said " + b"'" * 20_000,               # the tokenizer: 41 s
        "repeated.txt": (SENTENCE * 5_000).encode(),                  # statements' _dedupe
        "names.txt": NAMES.encode(),                                  # entities' _propagate
        "mr.txt": b"Mr. " * 50_000,                                   # a segfault in Token.subtree
        "surrogate.txt": b"lone \xed\xa0\x80 surrogate. " + SENTENCE.encode(),
    }


SPECIAL = {"fifo.txt": os.mkfifo, "zero.txt": lambda p: p.symlink_to("/dev/zero")}


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("crashes")
    for name, data in crashes().items():
        (folder / name).write_bytes(data)
    for name, make in SPECIAL.items():
        make(folder / name)
    (folder / "seed.txt").write_text(SEED.read_text("utf-8"), "utf-8")
    with Ledger(folder.parent / "crashes.db") as ledger:
        report = ledger.ingest([folder])
        rows = {r[0]: (r[1], r[2]) for r in ledger.conn.execute("SELECT id, source, text_only FROM articles")}
    return report, rows


def test_the_run_ends_normally_and_the_seed_is_stored_and_analysed(ingested):
    report, rows = ingested
    assert report.exit_status == 3
    assert rows["seed"] == (rows["seed"][0], None)


def test_every_crash_is_stored_or_skipped_with_a_code(ingested):
    report, rows = ingested
    sources = {Path(src.split("#")[0].split(":")[0]).name for src, _ in rows.values()}
    reasons = report.skipped + report.text_only + report.partial
    for name in [*crashes(), *SPECIAL]:
        said = [r for r in reasons if name in r]
        assert name in sources or said, name
        assert all(code_of(r).startswith("E") for r in said), said


def test_the_texts_that_hung_are_analysed_within_the_limits(ingested):
    """No analysis or extractor failed, ran out of time or memory, or crashed (E015, E026, E016, E024, E023): each
    text was cut to the limits (E019) or analysed whole (or, not being English, stored as text, E010)."""
    report, rows = ingested
    failures = {"E015", "E026", "E016", "E023", "E024"}
    assert not failures & set(report.codes), report.codes
    for name in ("repeated", "names", "mr", "apostrophes", "one_line", "tiny_lines"):
        assert rows[name][1] in (None, "E010"), (name, rows[name])


def test_what_is_not_a_regular_file_is_skipped_without_being_read(ingested):
    report, _ = ingested
    for name in ("fifo.txt", "zero.txt", "path.xml"):
        assert any(name in r and code_of(r) in ("E017", "E009", "E006", "E002") for r in report.skipped), name


@pytest.mark.parametrize("published", ["9999-12-31", "0001-01-01", "2022-13-45", "2022-02-30"])
def test_a_publication_date_at_the_end_of_the_calendar_is_no_anchor(published):
    """The fuzz harness's first find: a feed dated "99999-99-99" (read by feedparser as 9999-12-31)
    made the time expressions overflow the calendar, and the article was stored as text only."""
    from newsledger.extract.pipeline import analyze
    from newsledger.model import Article
    text = "Peskov said on Friday that Putin would visit Minsk on December 19 next year."
    (got,) = analyze([Article(id="x", text=text, published=published)])
    assert got.article.text_only is None and got.timexes


def test_a_feed_entry_with_an_impossible_date_has_no_date():
    """The fuzz harness's 10,000: an Atom entry <updated>2022-13-45T99:99</updated> was stored as
    published "2022-13-45", and its time expressions failed (E015, month must be in 1..12)."""
    from newsledger.ingest.feeds import iter_feed
    entry = f"<entry><id>urn:0</id><link href='https://a/1'/><updated>2022-13-45T99:99</updated><content>{SENTENCE}</content></entry>"
    (art,) = list(iter_feed(f'<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>{entry}</feed>'.encode(), "f.atom"))
    assert art.published is None and art.date_source is None
