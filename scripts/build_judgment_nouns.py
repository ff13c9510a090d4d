"""Builds the nouns of a court's judgment, from the english-wordnet checkout.

usage: python scripts/build_judgment_nouns.py --wordnet DIR [--out DIR]

Run by a developer when the source changes, never at run time. DIR is a checkout of
github.com/globalwordnet/english-wordnet (CC BY 4.0, from Princeton WordNet; attribution in
``data/LICENSES.md``). A judgment states what it decides, as a declaration or a decree states its
content: 'upheld the verdict sentencing Milorad Dodik to one year in prison' states the sentence,
where a participle on another noun ('the men facing charges') names an act without stating it. The
events room reads these nouns beside the trigger lexicon's 'document_nouns' (``triggers._stated``).
Written to ``data/wordnet_judgments.json``: 'nouns', the one-word nouns whose first sense is WordNet's
judicial decision ('judgment': the determination by a court on matters submitted to it) or lies
below it ('verdict', 'ruling', 'conviction', 'acquittal'), hyponyms at any depth.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from build_document_nouns import below, synsets
from build_harm_words import first_below, root
from wordnet_entries import checkout_commit, senses_by_lemma

# (lemma, part of speech, the start of the sense's definition): a root and all below it
ROOTS = [
    ("judgment", "n", "(law) the determination by a court of competent jurisdiction"),
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", type=Path, required=True)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "src/newsledger/data")
    args = ap.parse_args()
    yaml_dir = args.wordnet / "src" / "yaml"
    syn = synsets(args.wordnet, ("noun",))
    senses = senses_by_lemma(yaml_dir, ("n",))
    judgments = below(syn, [root(senses, syn, r) for r in ROOTS])
    data = {
        "_doc": "Nouns of a court's judgment in WordNet (scripts/build_judgment_nouns.py): 'nouns', whose first sense is "
                "the judicial decision ('judgment') or lies below it ('verdict', 'ruling'); a participle on one states "
                "what the judgment decides ('the verdict sentencing him'), as one on a declaration states its content.",
        "_source": f"globalwordnet/english-wordnet@{checkout_commit(args.wordnet)} (CC BY 4.0)",
        "_roots": [f"{lemma} ({pos}): {start}" for lemma, pos, start in ROOTS],
        "nouns": [w for w in first_below(senses, "n", judgments) if " " not in w],
    }
    out = args.out / "wordnet_judgments.json"
    out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
