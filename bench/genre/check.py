"""Validates the genre set: articles and gold agree, every span lies inside its text, every required
field is present with an allowed value, and the gold scored against itself is 1.0 on everything.

usage: python3 bench/genre/check.py [--score /work/shared/eval/score.py]

Prints the problems found (nothing but the summary when there are none), the PLOVER type counts
and the halves, and exits 1 on any problem.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PLOVER = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
STATEMENT_FIELDS = ("speaker", "speaker_span", "content_span", "cue", "kind", "certainty", "forecast",
                    "channel", "said_on")
EVENT_FIELDS = ("type", "actors", "targets", "date", "place", "status", "source", "evidence_span")
ALLOWED = {"kind": {"direct", "indirect"}, "certainty": {"asserted", "believed", "speculated"},
           "status": {"occurred", "planned", "speculated", "denied"}, "type": set(PLOVER)}
QUOTE_MARKS = "\"'“”‘’«»„"
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WORDS = (250, 600)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def half(doc_id: str) -> str:
    """The stable half of an article: sha1 of its id, mod 2 (0 = a, 1 = b)."""
    return "ab"[int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16) % 2]


def span_ok(sp: Any, text: str) -> bool:
    return (isinstance(sp, list) and len(sp) == 2 and all(isinstance(v, int) for v in sp)
            and 0 <= sp[0] < sp[1] <= len(text))


def check_article(a: dict[str, Any], g: dict[str, Any]) -> Iterator[str]:
    for key in ("text", "title", "outlet"):
        if a.get(key) != g.get(key):
            yield f"{key} differs between articles.jsonl and gold.jsonl"
    if a.get("published") != g.get("published"):
        yield "published differs between articles.jsonl and gold.jsonl"
    n = len(re.findall(r"\w+", a["text"]))
    if not WORDS[0] <= n <= WORDS[1]:
        yield f"{n} words, outside {WORDS}"


def check_entities(g: dict[str, Any]) -> Iterator[str]:
    text = g["text"]
    for e in g["entities"]:
        for key in ("id", "name", "type", "mentions"):
            if not e.get(key):
                yield f"entity {e.get('name')}: no {key}"
        for sp in e.get("mentions", []):
            if not span_ok(sp, text):
                yield f"entity {e['name']}: mention {sp} outside the text"
        if "geo" in e and not all(k in e["geo"] for k in ("lat", "lon", "country")):
            yield f"entity {e['name']}: geo without lat/lon/country"
        if e["type"] in ("GPE", "LOC", "FAC") and "geo" not in e:
            yield f"place {e['name']} has no geo"


def check_statement(s: dict[str, Any], text: str, names: set[str]) -> Iterator[str]:
    for key in STATEMENT_FIELDS:
        if key not in s:
            yield f"statement without {key}"
    for sp in s.get("content_spans") or [s.get("content_span")]:
        if not span_ok(sp, text):
            yield f"content span {sp} outside the text"
        elif text[sp[0]] in QUOTE_MARKS or text[sp[1] - 1] in QUOTE_MARKS:
            yield f"content {text[sp[0]:sp[1]][:40]!r} keeps a quote mark"
    if s.get("speaker") is not None and (s["speaker"] not in names or not span_ok(s.get("speaker_span"), text)):
        yield f"speaker {s.get('speaker')} unknown or without a span"
    if s.get("channel") is not None and s["channel"] not in names:
        yield f"channel {s['channel']} is no entity"
    for key in ("kind", "certainty"):
        if s.get(key) not in ALLOWED[key]:
            yield f"statement {key} {s.get(key)!r}"
    if not isinstance(s.get("forecast"), bool):
        yield "statement forecast is not a boolean"


def check_event(v: dict[str, Any], text: str, names: set[str]) -> Iterator[str]:
    for key in EVENT_FIELDS:
        if key not in v:
            yield f"event without {key}"
    for key in ("type", "status"):
        if v.get(key) not in ALLOWED[key]:
            yield f"event {key} {v.get(key)!r}"
    for name in [*v.get("actors", []), *v.get("targets", []), v.get("place"), v.get("source")]:
        if name is not None and name not in names:
            yield f"event {v.get('type')}: {name} is no entity"
    if not span_ok(v.get("evidence_span"), text):
        yield f"event evidence {v.get('evidence_span')} outside the text"


def check_timex(t: dict[str, Any], text: str) -> Iterator[str]:
    """Spans inside the text, and a weekday named in the span agrees with the date of its value."""
    if not span_ok(t.get("span"), text) or "value" not in t:
        yield f"timex {t} without a span inside the text or a value"
        return
    said = text[t["span"][0]:t["span"][1]]
    day = next((d for d in WEEKDAYS if d in said), None)
    m = re.match(r"(\d{4}-\d{2}-\d{2})", str(t["value"]))
    if day and m and dt.date.fromisoformat(m.group(1)).strftime("%A") != day:
        yield f"timex {said!r} is not a {day}: {t['value']}"


def check_doc(g: dict[str, Any]) -> Iterator[str]:
    text = g["text"]
    names = {e["id"] for e in g["entities"]}
    yield from check_entities(g)
    for s in g["statements"]:
        yield from check_statement(s, text, names)
    for v in g["events"]:
        yield from check_event(v, text, names)
    for t in g["timexes"]:
        yield from check_timex(t, text)


def self_score(score: str) -> Iterator[str]:
    """The gold scored against itself: every rate 1.0, nothing invalid, missing or in boilerplate."""
    gold = str(HERE / "gold.jsonl")
    out = json.loads(subprocess.run([sys.executable, score, gold, gold, "--json"], capture_output=True,
                                    text=True, check=True).stdout)
    for key, value in out.items():
        if isinstance(value, float) and abs(value - 1.0) > 1e-9:
            yield f"self-score {key} = {value:.3f}"
        elif isinstance(value, int) and key != "documents" and value:
            yield f"self-score {key} = {value}"


def readme_halves() -> dict[str, set[str]]:
    """The ids listed under '- half a:' and '- half b:' in README.md."""
    text = (HERE / "README.md").read_text("utf-8") if (HERE / "README.md").exists() else ""
    return {h: set(re.findall(r"genre-\d+", m.group(1)))
            for h in "ab" for m in re.finditer(rf"^- half {h}: (.*)$", text, re.M)}


def summary(gold: list[dict[str, Any]]) -> str:
    types = Counter(v["type"] for g in gold for v in g["events"])
    status = Counter(v["status"] for g in gold for v in g["events"])
    halves = {h: sorted(g["id"] for g in gold if half(g["id"]) == h) for h in "ab"}
    n_st = sum(len(g["statements"]) for g in gold)
    return "\n".join([
        f"{len(gold)} articles, {n_st} statements, {sum(types.values())} events",
        "types: " + ", ".join(f"{t} {types[t]}" for t in PLOVER),
        "status: " + ", ".join(f"{k} {v}" for k, v in sorted(status.items())),
        *(f"- half {h}: {', '.join(ids)}" for h, ids in halves.items())])


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--score", default="/work/shared/eval/score.py")
    args = ap.parse_args(argv)
    articles = {a["id"]: a for a in read_jsonl(HERE / "articles.jsonl")}
    gold = read_jsonl(HERE / "gold.jsonl")
    problems = [f"{i}: not in gold.jsonl" for i in articles.keys() - {g["id"] for g in gold}]
    for g in gold:
        a = articles.get(g["id"], {})
        problems += [f"{g['id']}: {p}" for p in [*check_article(a, g), *check_doc(g)]]
    types = {v["type"] for g in gold for v in g["events"]}
    problems += [f"no {t} event in the gold" for t in PLOVER if t not in types]
    problems += list(self_score(args.score))
    listed = readme_halves()
    for h in "ab":
        if listed.get(h) != {g["id"] for g in gold if half(g["id"]) == h}:
            problems.append(f"README.md does not list half {h} as the hash splits it")
    print("\n".join(problems + [summary(gold)]))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
