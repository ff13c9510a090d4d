"""Property tests of the readers and of the maps that keep offsets true: whatever the bytes, a reader
yields articles and coded skips and never raises; decoded text holds no lone surrogate; gzip reads
back what was packed or stops with a code; breaking long runs and repairing text never move an
offset."""
from __future__ import annotations

import gzip
import io
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsledger.errors import BadInput
from newsledger.extract.pipeline import break_runs
from newsledger.ingest.decode import decode, decode_page
from newsledger.ingest.feeds import iter_feed
from newsledger.ingest.files import Gunzip
from newsledger.ingest.html import read_html
from newsledger.ingest.readers import bounded_lines, checked, iter_jsonl
from newsledger.ingest.repair import repair
from newsledger.ingest.warc import iter_warc
from newsledger.limits import Limits
from newsledger.model import Article

from .hostile import FEEDS, PAGE, Gen, _mutate, _warc_bytes

QUICK = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
                           max_leaves=12)
records = st.dictionaries(st.sampled_from(["id", "text", "title", "url", "published", "outlet", "language", "author"]),
                          json_values, max_size=8)
lines = st.one_of(st.binary(max_size=200), records.map(lambda r: json.dumps(r).encode()),
                  json_values.map(lambda v: json.dumps(v).encode()))


def _no_surrogates(text: str) -> bool:
    return not any("\ud800" <= ch <= "\udfff" for ch in text)


@QUICK
@given(st.lists(lines, max_size=8))
def test_jsonl_gives_one_item_per_line_and_never_raises(raw):
    items = list(iter_jsonl(raw, "x.jsonl"))
    assert len(items) == sum(1 for line in raw if line.strip())
    for item in items:
        assert isinstance(item, (Article, BadInput))
        if isinstance(item, Article):
            assert isinstance(item.id, str) and isinstance(item.text, str) and item.text.strip()
            assert all(isinstance(getattr(item, f), (str, type(None))) for f in ("title", "url", "published", "author"))


@QUICK
@given(st.binary(max_size=3000), st.integers(1, 64))
def test_bounded_lines_keep_every_line_and_never_hold_a_long_one(data, limit):
    got = list(bounded_lines(io.BytesIO(data), limit))
    assert len(got) == data.count(b"\n") + (0 if data.endswith(b"\n") or not data else 1)
    assert all(line is None or len(line) <= limit or line.endswith(b"\n") for line in got)
    if all(line is not None for line in got):
        assert b"".join(got) == data


@QUICK
@given(st.binary(max_size=2000))
def test_decoding_any_bytes_gives_clean_text_or_a_coded_skip(data):
    for fn in (decode, decode_page):
        try:
            text = fn(data, "x")
        except BadInput:
            continue
        assert _no_surrogates(text)


@QUICK
@given(st.text(max_size=300), st.text(max_size=50), st.integers(1, 30))
def test_checked_articles_hold_no_surrogates_and_no_field_over_its_limit(text, title, cap):
    limits = Limits(max_field_chars=cap)
    item = checked(Article(id="a", text=text + "\ud800", title=title + "\udfff"), limits)
    assert isinstance(item, Article)
    assert _no_surrogates(item.text) and len(item.text) == len(text) + 1
    assert item.title is not None and _no_surrogates(item.title) and len(item.title) <= cap


@QUICK
@given(st.binary(max_size=20_000), st.data())
def test_gzip_reads_back_what_was_packed_or_stops_with_a_code(payload, data):
    packed = gzip.compress(payload)
    cut = data.draw(st.integers(2, len(packed)))      # gzip is only read after its two magic bytes
    stream = Gunzip(io.BytesIO(packed[:cut]), ratio=100, where="x.gz")
    out = io.BufferedReader(stream).read()
    if cut == len(packed):
        assert out == payload and stream.damage is None
    else:
        assert payload.startswith(out) and stream.damage is not None


def test_a_gzip_bomb_stops_at_the_ratio():
    bomb = gzip.compress(b"\0" * (64 << 20), 9)
    stream = Gunzip(io.BytesIO(bomb), ratio=100, where="bomb.gz")
    out = io.BufferedReader(stream).read()
    assert len(out) < 64 << 20 and stream.damage is not None and stream.damage.code.startswith("E020")


@QUICK
@given(st.binary(max_size=3000))
def test_feeds_of_any_bytes_never_raise(data):
    assert all(isinstance(i, (Article, BadInput)) for i in iter_feed(data, "x.xml"))


@QUICK
@given(st.randoms(use_true_random=False), st.integers(0, 2))
def test_damaged_feeds_warcs_and_pages_never_raise(rng, which):
    g = Gen(rng, 0.01)
    if which == 0:
        items = list(iter_feed(_mutate(g, g.pick(FEEDS)), "x.xml"))
    elif which == 1:
        items = list(iter_warc(io.BytesIO(_mutate(g, _warc_bytes(g, 2, False))), "x.warc"))
    else:
        try:
            items = [read_html(_mutate(g, PAGE), "x")]
        except BadInput as err:
            items = [err]
    assert all(isinstance(i, (Article, BadInput)) for i in items)


@QUICK
@given(st.text(alphabet=st.sampled_from("ab' \n\t\xa0(!"), max_size=400), st.integers(1, 20))
def test_breaking_runs_moves_no_offset(text, limit):
    out = break_runs(text, limit)
    assert len(out) == len(text)
    assert all(a == b or b == " " for a, b in zip(text, out))
    assert all(len(run) <= limit for run in out.split())


@QUICK
@given(st.lists(st.sampled_from(["ab", "c", " ", "X", "Y.", "\n", "\n\n", "\xa0", "•", "Read also:", "'" * 30]),
                max_size=60).map("".join))
def test_every_span_of_the_clean_text_maps_inside_the_original(text):
    r = repair(text)
    for s in range(len(r.clean) + 1):
        for e in (s, min(len(r.clean), s + 7)):
            a, b = r.to_original((s, e))
            assert 0 <= a <= b <= len(text)
