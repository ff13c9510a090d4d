"""Writes the nouns that name a person where they speak, though WordNet's first sense is no person.

usage: python scripts/build_speaking_persons.py --wordnet DIR

Run by a developer when the source changes, never at run time. DIR is a checkout of
github.com/globalwordnet/english-wordnet (CC BY 4.0). A cue's speaker is one who can say: 'the
agent told', 'said the top seed', 'the marathon world record holder believes' are persons, though
WordNet's first senses of 'agent', 'seed' and 'holder' are a cause, a fruit and a device. The nouns
written are the one-word common nouns whose first sense lies below no person (person, individual,
someone, 00007846-n, by the hypernym closure), and whose first sense of a kind that can speak is a
person's: a sense that is no thing of ``thing_classes`` (the classes the statements room says cannot
speak: an artifact, a plant, a substance ...). So not 'poster' (a notice, which says, before a bill
sticker), nor 'suit' (a lawsuit, which claims, before a businessman). Written to the key
``speaking_person_nouns`` of ``data/statements_speakers.json`` (read by statements/wants.py).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml
from build_document_nouns import below
from wordnet_entries import entries

PERSON = "00007846-n"
OUT = Path(__file__).resolve().parents[1] / "src/newsledger/data/statements_speakers.json"


def noun_synsets(root: Path) -> tuple[dict[str, dict], dict[str, str]]:
    """Every noun synset of the checkout ROOT by its id, and each one's class ('person', 'artifact', 'Tops')."""
    syn: dict[str, dict] = {}
    cls: dict[str, str] = {}
    for path in sorted((root / "src/yaml").glob("noun.*.yaml")):
        part = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        syn.update(part)
        cls.update(dict.fromkeys(part, path.stem.split(".", 1)[1]))
    return syn, cls


def speaking_persons(root: Path, things: set[str]) -> list[str]:
    """The nouns whose first sense is no person and whose first sense that can speak (of no class in
    THINGS, nor a unique beginner: 'causal agent') is a person."""
    syn, cls = noun_synsets(root)
    people = below(syn, [PERSON], instances=True)
    out = []
    for lemma, entry in entries(root / "src/yaml"):
        senses = [s["synset"] for s in (entry.get("n") or {}).get("sense") or []]
        if not senses or not lemma.replace("-", "").isalpha() or not lemma.islower() or senses[0] in people:
            continue
        speaking = next((s for s in senses if s in people or cls.get(s) not in things | {"Tops"}), None)
        if speaking in people:
            out.append(lemma)
    return sorted(out)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wordnet", type=Path, required=True)
    a = ap.parse_args(argv)
    data = json.loads(OUT.read_text(encoding="utf-8"))
    data["_speaking_person_nouns"] = (
        "nouns that name a person where they are a cue's speaker ('the agent told', 'said the top seed'): WordNet's "
        "first sense of each is no person, and its first sense of a kind that can speak (no class of thing_classes) "
        "is below person, individual, someone (scripts/build_speaking_persons.py, globalwordnet/english-wordnet, "
        "CC BY 4.0)")
    data["speaking_person_nouns"] = speaking_persons(a.wordnet, set(data["thing_classes"]))
    lines = [f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in data.items()]
    OUT.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")   # one key a line, as the file is
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
