"""Writes the nouns of documents whose author speaks through them, from WordNet.

usage: python scripts/build_document_nouns.py --wordnet DIR

Run by a developer when the source changes, never at run time. DIR is a checkout of
github.com/globalwordnet/english-wordnet (CC BY 4.0). News cites a document as a source ('a study
by BT found', 'the Daily Telegraph poll suggests', 'research from Gartner'); the nouns that name
such documents are the one-word nouns of the synsets below, and those whose first sense is one of
them or their hyponyms: a written
report or study, a scholarly paper, an opinion poll, research, a survey, an analysis, a forecast,
a written book, an index number, an article, a statistic. (WordNet's 'document' as a whole is not
taken: its hyponyms are laws, contracts, tickets and accords, which speak for no author.) Written
to the key ``document_nouns`` of ``data/statements_speakers.json``; ``document_kinds`` maps each of them
to the general words of the root synsets its first sense lies below ('yearbook' -> report, study,
written report; 'report' -> report, study, written report), so that a later 'the report' may stand for
an earlier 'yearbook' or 'study' (the same noun or a general word for it), not for an earlier 'poll'.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml
from wordnet_entries import entries

ROOTS = {
    "07233130-n": "report, study, written report",
    "06280609-n": "paper (a scholarly article)",
    "05809006-n": "poll, opinion poll",
    "00638164-n": "research",
    "00645746-n": "survey, study (a detailed critical inspection)",
    "00635519-n": "analysis",
    "06762595-n": "forecast, prognosis",
    "06422547-n": "book (a written work)",
    "06652323-n": "index, indicator",
    "06278749-n": "article",
    "06030848-n": "statistic",
}
OUT = Path(__file__).resolve().parents[1] / "src/newsledger/data/statements_speakers.json"


def synsets(root: Path, parts: tuple[str, ...] = ("noun",)) -> dict[str, dict]:
    """Every synset of the checkout ROOT of the parts of speech PARTS, by its id."""
    out: dict[str, dict] = {}
    for part in parts:
        for path in sorted((root / "src/yaml").glob(f"{part}.*.yaml")):
            out.update(yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader))
    return out


def below(syn: dict[str, dict], roots: list[str] | set[str], *, instances: bool = False) -> set[str]:
    """The synsets ROOTS and all their hyponyms (with INSTANCES, their instances too: named persons)."""
    links = ("hypernym", "instance_hypernym") if instances else ("hypernym",)
    hyponyms: dict[str, list[str]] = {}
    for key, entry in syn.items():
        for up in (u for link in links for u in entry.get(link, [])):
            hyponyms.setdefault(up, []).append(key)
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        key = todo.pop()
        if key not in seen:
            seen.add(key)
            todo += hyponyms.get(key, [])
    return seen


def first_senses(root: Path) -> dict[str, str]:
    """Each one-word common noun's first sense (its synset)."""
    out: dict[str, str] = {}
    for lemma, entry in entries(root / "src/yaml"):
        senses = (entry.get("n") or {}).get("sense") or []
        if senses and lemma.isalpha() and lemma.islower():
            out[lemma] = senses[0]["synset"]
    return out


def document_nouns(syn: dict[str, dict], first: dict[str, str]) -> list[str]:
    """The nouns of the root synsets themselves ('poll', 'paper', 'index', whose first senses are
    a vote's count, a material, a list), and the nouns whose first sense is one of the documents
    below them ('case study', 'yearbook'; not 'authority', 'lead' or 'mean', whose document or
    statistic senses come later)."""
    docs = below(syn, list(ROOTS))
    named = {m for k in ROOTS for m in syn[k]["members"] if m.isalpha() and m.islower()}
    return sorted(named | {lemma for lemma, synset in first.items() if synset in docs})


def document_kinds(syn: dict[str, dict], first: dict[str, str], nouns: list[str]) -> dict[str, list[str]]:
    """Each document noun -> the one-word members of the root synsets below which its first sense
    lies, or whose member it is (a later general word for the same document)."""
    out: dict[str, list[str]] = {}
    for key in ROOTS:
        below_key = below(syn, [key])
        general = sorted(m for m in syn[key]["members"] if m.isalpha() and m.islower())
        for noun in nouns:
            if noun in general or first.get(noun) in below_key:
                out[noun] = sorted(set(out.get(noun, [])) | set(general))
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wordnet", type=Path, required=True)
    a = ap.parse_args(argv)
    data = json.loads(OUT.read_text(encoding="utf-8"))
    data["_document_nouns"] = ("nouns of documents whose author speaks through them ('a study by BT found', 'the "
                               "Daily Telegraph poll suggests'): the hyponyms in WordNet of " + "; ".join(ROOTS.values())
                               + " (scripts/build_document_nouns.py, globalwordnet/english-wordnet, CC BY 4.0)")
    syn, first = synsets(a.wordnet), first_senses(a.wordnet)
    data["document_nouns"] = document_nouns(syn, first)
    data["_document_kinds"] = ("each document noun -> the general words of the WordNet documents it lies below "
                               "(a later 'the report' stands for an earlier document of the same noun or one of "
                               "these; scripts/build_document_nouns.py)")
    data["document_kinds"] = document_kinds(syn, first, data["document_nouns"])
    lines = [f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in data.items()]
    OUT.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")   # one key a line, as the file is
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
