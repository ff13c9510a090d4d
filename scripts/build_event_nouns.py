"""Builds the event nouns of WordNet's derivational families from the english-wordnet checkout.

usage: python scripts/build_event_nouns.py --wordnet DIR [--out DIR]

Run by a developer when the source changes, never at run time. DIR is a checkout of
github.com/globalwordnet/english-wordnet (CC BY 4.0, from Princeton WordNet; attribution in
``data/LICENSES.md``). A noun is written with the verbs its FIRST sense is derivationally related
to, when that sense is an act or an event (``noun.act``, ``noun.event``): 'expulsion' -> 'expel',
'shelling' -> 'shell', 'invasion' -> 'invade'. Only the first sense counts: a noun whose act is a
later sense ('order', first a command; 'sanction', first an approval) names something else first.
The events room codes such a noun as the verb it derives from when the noun's own phrases name the
act's doer ('Moldova's expulsion of two diplomats'; ``extract/events/nominals.py``). Written to
``data/wordnet_event_nouns.json``.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from build_event_lexicon import _lexnames
from wordnet_entries import checkout_commit, entries

EVENT_CLASSES = ("act", "event")


def first_sense_verbs(yaml_dir: Path) -> dict[str, list[str]]:
    """Lower-case noun -> the verbs its first sense derives from, for a first sense of EVENT_CLASSES."""
    lexnames = _lexnames(yaml_dir)
    out: dict[str, list[str]] = {}
    for lemma, entry in entries(yaml_dir):
        senses = entry.get("n", {}).get("sense", [])
        if lemma != lemma.lower() or not senses:
            continue
        first = senses[0]
        if lexnames[first["id"].split("%")[1].split(":")[1]] not in EVENT_CLASSES:
            continue
        verbs = [d.split("%")[0].replace("_", " ") for d in first.get("derivation", []) if d.split("%")[1].startswith("2")]
        if verbs:
            out[lemma] = list(dict.fromkeys(verbs))
    return dict(sorted(out.items()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", type=Path, required=True)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "src/newsledger/data")
    args = ap.parse_args()
    nouns = first_sense_verbs(args.wordnet / "src" / "yaml")
    data = {
        "_doc": "Nouns whose first WordNet sense is an act or an event (noun.act, noun.event), with the verbs that "
                "sense is derivationally related to ('expulsion' -> 'expel'), by scripts/build_event_nouns.py: the "
                "event nouns of the families of the verbs the trigger lexicon codes.",
        "_source": f"globalwordnet/english-wordnet@{checkout_commit(args.wordnet)} (CC BY 4.0)",
        "nouns": nouns,
    }
    path = args.out / "wordnet_event_nouns.json"
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(len(nouns), "nouns ->", path)


if __name__ == "__main__":
    main()
