"""Dev loop for the TIMEX3 tagger: TimeML .tml files -> evaluation view, predictions, score.py.

usage: python bench/timex_dev.py DIR_OR_FILES... [--out /work/dev-data/timex/run] [--errors] [--anchors] [--parse]

--parse resolves as the time room does in the pipeline: with each text parsed, so a weekday or a
month named without its year takes the tense of the verb it modifies (``time/clause.py``).

The .tml files (TimeBank 1.2 / AQUAINT from TBAQ-cleaned) are public but not ours: keep them
under /work/dev-data/timex/, never in the repo. The document text is the <TEXT> element,
`published` its CREATION_TIME timex, gold timexes every TIMEX3 inside <TEXT>.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from eval_paths import SCORE

from newsledger.extract.time.clause import clause_tense
from newsledger.extract.time.find import find_timexes
from newsledger.extract.time.inference import dateline_day, pins_the_day, saying_day

TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
ATTR = re.compile(r'(\w+)="([^"]*)"')
ENT = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'"}


def unescape(s: str) -> str:
    return re.sub(r"&(amp|lt|gt|quot|apos);", lambda m: ENT[m.group(0)], s)


def parse_tml(path: Path) -> dict:
    """The evaluation view of one .tml file: text of <TEXT>, DCT, gold timexes with offsets."""
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>', raw)
    published = ATTR.findall(dct.group(0)) if dct else []
    published = dict(published).get("value", "")[:10] or None
    body = raw[raw.index("<TEXT>") + 6: raw.index("</TEXT>")]
    out, timexes, pos, open_tx = [], [], 0, None
    n = 0
    for m in TAG.finditer(body):
        chunk = unescape(body[pos:m.start()])
        out.append(chunk)
        n += len(chunk)
        pos = m.end()
        if m.group(2) != "TIMEX3":
            continue
        if not m.group(1):
            open_tx = (n, dict(ATTR.findall(m.group(3))))
        elif open_tx:
            start, attrs = open_tx
            timexes.append({"span": [start, n], "value": attrs.get("value", ""), "type": attrs.get("type")})
            open_tx = None
    out.append(unescape(body[pos:]))
    text = "".join(out)
    for t in timexes:
        t["text"] = text[t["span"][0]:t["span"][1]]
    return {"id": path.stem, "text": text, "published": published, "timexes": timexes}


def predict(doc: dict, nlp=None) -> dict:
    tense = clause_tense(nlp(doc["text"])) if nlp is not None else None
    tx = find_timexes(doc["text"], doc["published"], tense)
    return {"id": doc["id"], "published": doc["published"],
            "timexes": [{"span": list(t.span), "value": t.value, "text": t.text, "type": t.type} for t in tx]}


def errors(gold: list[dict], pred: list[dict]) -> None:
    """Prints misses, spurious and wrong values, one a line, for error analysis."""
    for g, p in zip(gold, pred):
        gs, ps = g["timexes"], p["timexes"]
        for x in gs:
            hit = [y for y in ps if y["span"][0] < x["span"][1] and x["span"][0] < y["span"][1]]
            if not hit:
                print(f"MISS\t{g['id']}\t{x['text']!r}\t{x['value']}\t{g['published']}")
            elif hit[0]["value"] != x["value"]:
                print(f"VAL\t{g['id']}\t{x['text']!r}\t{x['value']}\t{hit[0]['text']!r}\t{hit[0]['value']}\t{g['published']}")
        for y in ps:
            if not any(y["span"][0] < x["span"][1] and x["span"][0] < y["span"][1] for x in gs):
                print(f"SPUR\t{g['id']}\t{y['text']!r}\t{y['value']}")


def text_days(text: str, nlp) -> tuple[str | None, str | None]:
    """(publication date, anchor) the text gives when none is given, as the time component reads them."""
    doc = nlp(text)
    found = find_timexes(doc.text, None)
    dated = dateline_day(doc.text, found)
    anchor = dated or saying_day(doc, found)
    if dated is None and anchor is not None and pins_the_day(doc.text, find_timexes(doc.text, anchor), anchor):
        dated = anchor
    return dated, anchor


def anchor_report(gold: list[dict]) -> str:
    """How the days the text gives do on texts whose publication date is known: the publication
    date and the anchor against it (None, exact, within 1 or 7 days, same month, other).
    Year-less guesses take the true year."""
    from newsledger.nlp.pipeline import load_base
    nlp = load_base()
    out: dict[str, Counter] = {"published": Counter(), "anchor": Counter()}
    for d in gold:
        pub = d["published"]
        for name, guess in zip(out, text_days(d["text"], nlp)):
            if guess is None or not pub:
                out[name]["none"] += 1
                continue
            year = int(pub[:4]) if guess.startswith("XXXX") else int(guess[:4])
            gap = abs((date(year, int(guess[5:7]), int(guess[8:10])) - date.fromisoformat(pub)).days)
            same_month = year == int(pub[:4]) and guess[5:7] == pub[5:7]
            out[name]["exact" if gap == 0 else "1d" if gap <= 1 else "7d" if gap <= 7 else "month" if same_month else "other"] += 1
    return "\n".join(f"{name} " + "  ".join(f"{k} {c[k]}" for k in ("none", "exact", "1d", "7d", "month", "other"))
                     for name, c in out.items())


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--out", default="/work/dev-data/timex/run")
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--anchors", action="store_true", help="also score the days the text gives (dateline, saying) against the DCT")
    ap.add_argument("--parse", action="store_true", help="parse each text, as the pipeline does, for the tense of a time's verb")
    a = ap.parse_args(argv)
    files = sorted(f for i in a.inputs for f in (Path(i).rglob("*.tml") if Path(i).is_dir() else [Path(i)]))
    gold = [parse_tml(f) for f in files]
    nlp = None
    if a.parse:
        from newsledger.nlp.pipeline import load_base
        nlp = load_base()
    pred = [predict(d, nlp) for d in gold]
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, docs in (("gold.jsonl", gold), ("pred.jsonl", pred)):
        (out / name).write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    if a.errors:
        errors(gold, pred)
    res = subprocess.run([sys.executable, SCORE, str(out / "gold.jsonl"), str(out / "pred.jsonl"), "--json"],
                         capture_output=True, text=True, check=True)
    scores = json.loads(res.stdout)
    print(f"docs {len(gold)}  gold {sum(len(d['timexes']) for d in gold)}  " +
          "  ".join(f"{k} {scores[k]:.3f}" for k in ("timex_p", "timex_r", "timex_f1", "timex_value_acc", "timex_value_f1")))
    if a.anchors:
        print(anchor_report(gold))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
