"""Builds the words that label an act a wrong, from the english-wordnet checkout.

usage: python scripts/build_wrong_words.py --wordnet DIR [--out DIR]

Run by a developer when the source changes, never at run time. DIR is a checkout of
github.com/globalwordnet/english-wordnet (CC BY 4.0, from Princeton WordNet; attribution in
``data/LICENSES.md``). A party that says an act of another 'was unjustified', 'is illegal' or 'is a
violation of' a treaty accuses its doer (PLOVER's ACCUSE: disapprove, allege); the events room reads
these words to know such a label (``extract/events/labels.py``). Written to ``data/wordnet_wrongs.json``:
'nouns', whose first sense lies below a wrong done (a crime, a violation of an agreement or a right,
a trespass, a fraud, an injustice, hostile violence, interference in another country's affairs),
hyponyms at any depth, but not a wrong only by a game's rules ('foul': WordNet's domain sport);
'adjectives', whose first sense is one of the adjective synsets that say an act breaks a law or a
principle of justice, fairness or morality (not their satellites: 'banned' or 'hot', beside
'illegal', say no wrong of a deed).
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from build_document_nouns import below, synsets
from build_harm_words import first_below, root
from wordnet_entries import checkout_commit, senses_by_lemma

# (lemma, part of speech, the start of the sense's definition): a root and all below it
NOUN_ROOTS = [
    ("crime", "n", "(criminal law) an act punishable by law"),
    ("crime", "n", "an evil act not necessarily punishable by law"),
    ("violation", "n", "an act that disregards an agreement or a right"),
    ("trespass", "n", "entry to another's property without right"),
    ("fraud", "n", "something intended to deceive"),
    ("injustice", "n", "an unjust act"),
    ("aggression", "n", "violent action that is hostile"),
    ("interference", "n", "a policy of intervening in the affairs of other countries"),
]
# (lemma, part of speech, the start of the definition): the synset itself, no satellite
ADJECTIVE_ROOTS = [
    ("illegal", "a", "prohibited by law"),
    ("unlawful", "a", "contrary to or prohibited by or defiant of law"),
    ("unlawful", "a", "contrary to or forbidden by law"),
    ("unfair", "a", "not fair; marked by injustice"),
    ("unjust", "a", "violating principles of justice"),
    ("wrongful", "a", "not just or fair"),
    ("unjustified", "a", "lacking justification or authorization"),
    ("wrong", "a", "contrary to conscience or morality or law"),
    ("condemnable", "a", "bringing or deserving severe rebuke or censure"),
    ("immoral", "a", "deliberately violating accepted principles"),
    ("immoral", "a", "not adhering to ethical or moral principles"),
    ("unethical", "a", "not conforming to approved standards"),
    ("unlawful", "a", "not conforming to legality, moral law"),
]
# a wrong only by a game's rules ('foul'): no party accuses another of it
GAMES = ("sport", "n", "an active diversion requiring physical exertion and competition")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", type=Path, required=True)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "src/newsledger/data")
    args = ap.parse_args()
    yaml_dir = args.wordnet / "src" / "yaml"
    syn = synsets(args.wordnet, ("noun", "adj"))
    senses = senses_by_lemma(yaml_dir, ("n", "a"))
    commit = checkout_commit(args.wordnet)
    wrongs = below(syn, [root(senses, syn, r) for r in NOUN_ROOTS])
    games = below(syn, [root(senses, syn, GAMES)])
    wrongs = {w for w in wrongs if not set(syn[w].get("domain_topic", [])) & games}
    labels = {root(senses, syn, r) for r in ADJECTIVE_ROOTS}
    data = {
        "_doc": "Words that label an act a wrong, in WordNet (scripts/build_wrong_words.py): 'nouns', whose first sense "
                "is below a crime, a violation of an agreement or a right, a trespass, a fraud, an injustice, hostile "
                "violence or interference in another country's affairs (not a wrong in a sport's rules, 'foul'); "
                "'adjectives', whose first sense says an act "
                "breaks a law or a principle of justice, fairness or morality (the root synsets only, no satellite).",
        "_source": f"globalwordnet/english-wordnet@{commit} (CC BY 4.0)",
        "_roots": [f"{lemma} ({pos}): {start}" for lemma, pos, start in NOUN_ROOTS + ADJECTIVE_ROOTS],
        "nouns": [w for w in first_below(senses, "n", wrongs) if " " not in w],
        "adjectives": [w for w in first_below(senses, "a", labels) if " " not in w],
    }
    out = args.out / "wordnet_wrongs.json"
    out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
