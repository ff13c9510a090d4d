"""Writes the verbs that ask a party to act and the nouns of agreements, from WordNet.

usage: python scripts/build_speech_acts.py --wordnet DIR [--out DIR]

Run by a developer when the source changes, never at run time. DIR is a checkout of
github.com/globalwordnet/english-wordnet (CC BY 4.0). PLOVER's REQUEST is 'all requests, demands
and orders ... all requests are verbal acts'; its SUPPORT signs 'an agreement or treaty'. Two lists
follow from WordNet, written to ``data/wordnet_speech_acts.json``:

- ``directives``: the one-word verbs with a sense filed in ``verb.communication`` that takes the
  frame 'Somebody ----s somebody to INFINITIVE' (the one spoken to is to do the act) and lies at or
  below one of ``DIRECTIVE_SEEDS``: asking for something ('request': ask, beg, petition, call on,
  order, command, demand), counselling ('advise': urge, press, exhort, push) or getting someone to
  act by words ('induce': encourage, persuade, prompt). Senses below ``NOT_DIRECTIVE`` are left out:
  compelling is coercion (WordNet files 'force' and 'pressure' so; CAMEO's 'impel' block codes them
  as coercion), and inviting is an offer (PLOVER codes invitations as AGREE). Said to a party with
  a 'to'-clause ('encouraged the central bank to cut rates'), such a verb asks it to act, whatever
  the CAMEO dictionary's block of the verb codes alone ('encourage': 051, praise).
- ``agreements``: the nouns with a sense at or below 'agreement' ('the statement (oral or written)
  of an exchange of promises': deal, treaty, contract, pact, accord, charter, understanding). A
  document of another kind ('decree', 'law', 'letter', 'petition', 'motion') records one party's
  act or words, no agreement between parties.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from build_document_nouns import below, synsets
from wordnet_entries import checkout_commit, entries

WORDNET_DIR = "src/yaml"
DIRECTIVE_SEEDS = ("request%2:32:01::", "advise%2:32:00::", "induce%2:32:00::")   # ask for; give advice; cause to act
NOT_DIRECTIVE = ("compel%2:41:00::", "invite%2:32:00::")   # force somebody to do; invite (an offer)
DIRECTIVE_FRAME = "vtaa-to-inf"      # 'Somebody ----s somebody to INFINITIVE'
COMMUNICATION = "32"                 # verb.communication's lexicographer file number
AGREEMENT = "agreement%1:10:01::"    # the statement (oral or written) of an exchange of promises


def _synsets(root: Path, part: str) -> dict[str, dict]:
    """Every synset of PART ('verb', 'noun') of the YAML directory ROOT (the checkout's src/yaml)."""
    return synsets(root.parents[1], (part,))


def _senses(root: Path, part: str) -> list[tuple[str, dict]]:
    """(lemma, sense) for the one-word lower-case lemmas of PART ('v', 'n')."""
    return [(lemma, s) for lemma, entry in entries(root) if lemma == lemma.lower() and " " not in lemma
            for s in entry.get(part, {}).get("sense", [])]


def _synset(root: Path, part: str, key: str) -> str:
    """The synset of the sense KEY of any lemma of PART ('legal_document%1:10:00::')."""
    return next(s["synset"] for _, entry in entries(root) for s in entry.get(part, {}).get("sense", []) if s["id"] == key)


def directive_verbs(root: Path) -> list[str]:
    """The verbs with a speech sense that asks the one spoken to to act (see the module's doc)."""
    senses = _senses(root, "v")
    synset_of = {s["id"]: s["synset"] for _, s in senses}
    verbs = _synsets(root, "verb")
    asking = below(verbs, {synset_of[k] for k in DIRECTIVE_SEEDS})
    other = below(verbs, {synset_of[k] for k in NOT_DIRECTIVE})
    return sorted({lemma for lemma, s in senses if s["synset"] in asking - other
                   and s["id"].split("%")[1].split(":")[1] == COMMUNICATION and DIRECTIVE_FRAME in s.get("subcat", [])})


def nouns_below(root: Path, key: str) -> list[str]:
    """The nouns with a sense at or below the sense KEY ('agreement%1:10:01::')."""
    under = below(_synsets(root, "noun"), {_synset(root, "n", key)})
    return sorted({lemma for lemma, s in _senses(root, "n") if s["synset"] in under})


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wordnet", type=Path, required=True)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "src/newsledger/data")
    a = ap.parse_args(argv)
    root = a.wordnet / WORDNET_DIR
    body = {"_doc": "Verbs whose speech sense asks the one spoken to to act ('directives': a sense in "
                    "verb.communication with the frame 'Somebody ----s somebody to INFINITIVE', at or below "
                    "request, advise or induce, not below compel or invite), and nouns with a sense at or below "
                    "an agreement between parties ('agreements'); see scripts/build_speech_acts.py.",
            "_source": f"globalwordnet/english-wordnet@{checkout_commit(a.wordnet)} (CC BY 4.0)",
            "directives": directive_verbs(root), "agreements": nouns_below(root, AGREEMENT)}
    (a.out / "wordnet_speech_acts.json").write_text(json.dumps(body, ensure_ascii=False, separators=(",", ":")) + "\n",
                                                    encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
