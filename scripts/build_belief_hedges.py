"""Writes the words by which a speaker states his own mind over a claim, from WordNet.

usage: python scripts/build_belief_hedges.py --wordnet DIR

Run by a developer when the source changes, never at run time. DIR is a checkout of
github.com/globalwordnet/english-wordnet (CC BY 4.0). Three lines of ``data/hedges.json``:

- ``belief_verbs``: the verbs of believing, supposing and expecting that take a clause: the
  verb.cognition synsets 'judge or regard' (think.v.01), 'accept as true' (believe.v.01),
  'expect, believe, or suppose' (imagine's sense of 'I imagine she earned a lot'; OEWN's first
  sense of 'imagine' is the mental image, verb.creation) and 'regard something as probable'
  (expect.v.01), and their hyponyms, each member whose sense has the frame 'Somebody ----s that
  CLAUSE' (``via-that``): 'I don't think they will', 'I'd imagine he'll play', 'I guess you are
  going to lie' state the speaker's mind over the claim (FORMAT.md: believed).
- ``belief_adverbs``: the adverbs WordNet glosses as an impersonal passive of a verb of belief
  ('it is hoped': 'hopefully the weather will be fine'), a verb the statements lexicon types as
  believed (``cues.json`` ``verbs``): the speaker's hope over the clause, as 'I hope it will'.
- ``likelihood_adjectives``: the adjectives of likely.a.01 and probable.a.01 and their similar-to
  sets, whose superlative ranks possibilities ('the likeliest outcome is a draw', 'were the most
  likely bidders'): a possibility, not a fact (FORMAT.md: speculated); ``likelihood_superlatives``
  their inflected superlatives.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import yaml
from json_lines import put_key_line
from wordnet_entries import entries

DATA = Path(__file__).resolve().parents[1] / "src/newsledger/data"
OUT = DATA / "hedges.json"
BELIEF_ROOTS = (("think", 0), ("believe", 0), ("imagine", 1), ("expect", 0))
LIKELIHOOD_ROOTS = ("likely", "probable")
CLAUSE_FRAME = "via-that"
IMPERSONAL_PASSIVE = re.compile(r"^it is (\w+ed)$")


def synsets(root: Path, name: str) -> dict[str, dict]:
    return yaml.load((root / f"{name}.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


def belief_verbs(root: Path, words: dict[str, dict]) -> list[str]:
    """The members of the belief synsets and their hyponyms whose sense takes a that-clause."""
    cognition = synsets(root, "verb.cognition")
    below: dict[str, list[str]] = defaultdict(list)
    for sid, syn in cognition.items():
        for up in syn.get("hypernym", []):
            below[up].append(sid)
    todo = [words[lemma]["v"]["sense"][n]["synset"] for lemma, n in BELIEF_ROOTS]
    seen: set[str] = set()
    while todo:
        sid = todo.pop()
        if sid not in seen and sid in cognition:
            seen.add(sid)
            todo.extend(below[sid])
    return sorted({lemma for lemma, entry in words.items() for s in (entry.get("v") or {}).get("sense", [])
                   if s["synset"] in seen and CLAUSE_FRAME in s.get("subcat", []) and " " not in lemma})


def belief_adverbs(root: Path, words: dict[str, dict], believed: set[str]) -> list[str]:
    """Adverbs glossed 'it is <participle>' of a verb typed believed ('it is hoped': 'hopefully')."""
    participles = {form: lemma for lemma in believed for form in _participles(lemma, words)}
    return sorted({m for syn in synsets(root, "adv.all").values() for d in syn.get("definition", [])[:1]
                   if (g := IMPERSONAL_PASSIVE.match(d)) and g.group(1) in participles
                   for m in syn["members"]})


def _participles(lemma: str, words: dict[str, dict]) -> set[str]:
    forms = set((words.get(lemma, {}).get("v") or {}).get("form", []))
    return forms | {lemma + "d" if lemma.endswith("e") else lemma + "ed"}


def likelihood_adjectives(root: Path, words: dict[str, dict]) -> list[str]:
    """The members of the first senses of 'likely' and 'probable' and of their similar-to satellites."""
    adjectives = synsets(root, "adj.all")
    heads = [words[lemma]["a"]["sense"][0]["synset"] for lemma in LIKELIHOOD_ROOTS]
    return sorted({m for h in heads for sid in [h, *adjectives[h].get("similar", [])]
                   for m in adjectives[sid]["members"] if " " not in m})


def superlatives(adjectives: list[str]) -> list[str]:
    """The inflected superlatives English gives the short ones ('likely' -> 'likeliest', 'apt' ->
    'aptest'; Quirk et al. 1985, 7.82: one syllable, or two ending in -y); the rest take 'most'."""
    out = []
    for a in adjectives:
        if a.endswith("ly") or a.endswith("y") and _syllables(a) <= 2:
            out.append(a[:-1] + "iest")
        elif _syllables(a) == 1:
            out.append(a + "st" if a.endswith("e") else a + "est")
    return sorted(out)


def _syllables(word: str) -> int:
    return len(re.findall(r"[aeiouy]+", word))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wordnet", type=Path, required=True)
    a = ap.parse_args(argv)
    root = a.wordnet / "src/yaml"
    words = dict(entries(root))
    cues = json.loads((DATA / "cues.json").read_text(encoding="utf-8"))["verbs"]
    believed = {v for v, cls in cues.items() if cls == "believed"}
    text = OUT.read_text(encoding="utf-8")
    text = put_key_line(text, "belief_verbs", belief_verbs(root, words), after="felt_clause_marks")
    text = put_key_line(text, "belief_adverbs", belief_adverbs(root, words, believed), after="belief_verbs")
    likelihood = likelihood_adjectives(root, words)
    text = put_key_line(text, "likelihood_adjectives", likelihood, after="speculative_adjectives")
    text = put_key_line(text, "likelihood_superlatives", superlatives(likelihood), after="likelihood_adjectives")
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
