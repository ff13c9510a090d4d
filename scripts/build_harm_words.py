"""Builds the words of bodily harm and armed force from the english-wordnet checkout.

usage: python scripts/build_harm_words.py --wordnet DIR [--out DIR]

Run by a developer when the source changes, never at run time. DIR is a checkout of
github.com/globalwordnet/english-wordnet (CC BY 4.0, from Princeton WordNet; attribution in
``data/LICENSES.md``). A word is written when its first sense (or its first two, for the lists a
word anywhere in a sentence is read by) lies below one of the roots below, hyponyms at any depth
(``build_document_nouns.below``): the verbs of killing, wounding, beating, shooting, armed attack, torture and
abduction, and the nouns of weapons, armed forces and fighters, military action, violence and
killings (not wounds or injuries: sport and medicine speak of them with no force in view). The
events room reads them to tell an assault from an attack in words, a beaten rival or a hit record
(``extract/events/harm.py``). Written to ``data/wordnet_harm.json``.
"""
from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterable
from pathlib import Path

from build_document_nouns import below, synsets
from wordnet_entries import checkout_commit, entries, senses_by_lemma

# (lemma, part of speech, the start of the sense's definition): a root and all below it
VERB_ROOTS = [
    ("kill", "v", "cause to die"),
    ("kill", "v", "deprive of life"),
    ("kill", "v", "cause the death of, without intention"),
    ("injure", "v", "cause injuries or bodily harm"),
    ("shoot", "v", "hit with a missile from a weapon"),
    ("fire", "v", "start firing a weapon"),
    ("attack", "v", "launch an attack or assault on"),
    ("assault", "v", "attack someone physically"),
    ("torture", "v", "subject to torture"),
    ("abduct", "v", "take away to an undisclosed location"),
    ("beat up", "v", "give a beating to"),
    ("ambush", "v", "wait in hiding to attack"),
]
# things and people there only for harm: a word whose first sense is one of them says so
ARMS_ROOTS = [
    ("weapon", "n", "any instrument or instrumentality used in fighting"),
    ("explosive device", "n", "device that bursts with sudden violence"),
    ("ammunition", "n", "projectiles to be fired from a gun"),
    ("military vehicle", "n", "vehicle used by the armed forces"),
    ("armored vehicle", "n", "a vehicle that is protected by armor plate"),
    ("violence", "n", "an act of aggression"),
    ("terrorist", "n", "a radical who employs terror"),
    ("murderer", "n", "a criminal who commits homicide"),
    ("gunman", "n", "a male professional killer"),
    ("casualty", "n", "someone injured or killed or captured"),
    ("hostage", "n", "a prisoner who is held by one party"),
    ("torture", "n", "the deliberate, systematic, or wanton infliction"),
    ("homicide", "n", "the killing of a human being"),
    ("killing", "n", "an event that causes someone to die"),
    ("massacre", "n", "the savage and excessive killing"),
    ("bombing", "n", "an attack by dropping bombs"),
    ("explosion", "n", "a violent release of energy"),
]
# the people who fight, whose antonyms ('civilian') are defined by the force they are not
FIGHTER_ROOTS = [
    ("serviceman", "n", "a man who serves in the armed forces"),
    ("soldier", "n", "an enlisted man or woman"),
    ("rebel", "n", "a person who takes part in an armed rebellion"),
    ("warrior", "n", "someone engaged in or experienced in warfare"),
    ("terrorist", "n", "a radical who employs terror"),
]
# armed forces and armed action, whose words also name teams, divisions, contests and shots at goal
# ('squad', 'division', 'fight', 'shot'): a word says so only when its first two senses are below them
FORCE_ROOTS = [
    ("military action", "n", "a military engagement"),
    ("military operation", "n", "activity by a military or naval force"),
    ("serviceman", "n", "a man who serves in the armed forces"),
    ("soldier", "n", "an enlisted man or woman"),
    ("military unit", "n", "a unit that is part of some military service"),
    ("armed forces", "n", "the military forces of a nation"),
    ("militia", "n", "civilians trained as soldiers"),
    ("military service", "n", "a force that is a branch of the armed forces"),
    ("rebel", "n", "a person who takes part in an armed rebellion"),
    ("warrior", "n", "someone engaged in or experienced in warfare"),
    ("war", "n", "the waging of armed conflict"),
    ("battle", "n", "a hostile meeting of opposing military forces"),
    ("attack", "n", "(military) an offensive against an enemy"),
    ("shooting", "n", "the act of firing a projectile"),
]


def root(senses: dict[tuple[str, str], list[str]], syn: dict[str, dict], spec: tuple[str, str, str]) -> str:
    """The synset of SPEC's lemma whose definition starts as SPEC says (sense numbers move between releases)."""
    lemma, pos, start = spec
    for sid in senses[(lemma, pos)]:
        if syn[sid]["definition"][0].startswith(start):
            return sid
    raise SystemExit(f"no sense of {lemma!r} ({pos}) defined as {start!r}")


def first_below(senses: dict[tuple[str, str], list[str]], pos: str, under: set[str], n: int = 1,
                quantifier: Callable[[Iterable[bool]], bool] = all) -> list[str]:
    """Lower-case lemmas of POS whose first N senses (or all, if fewer) are UNDER — all of them, or any
    with QUANTIFIER ``any``. Names of people, weapons' makes and units are left out: they are not
    read by lemma."""
    return sorted(lemma for (lemma, p), ids in senses.items()
                  if p == pos and ids and quantifier(i in under for i in ids[:n]) and lemma == lemma.lower())


def antonyms(yaml_dir: Path, under: set[str]) -> set[str]:
    """The nouns WordNet gives as antonyms of a sense UNDER (the fighters): people defined by the force
    they are not ('civilian', the antonym of 'serviceman'), who speak of it as much."""
    return {a.split("%")[0].replace("_", " ") for _, e in entries(yaml_dir) if "n" in e
            for sense in e["n"].get("sense", []) if sense["synset"] in under for a in sense.get("antonym", [])}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", type=Path, required=True)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "src/newsledger/data")
    args = ap.parse_args()
    yaml_dir = args.wordnet / "src" / "yaml"
    syn = synsets(args.wordnet, ("noun", "verb"))
    senses = senses_by_lemma(yaml_dir, ("n", "v"))
    commit = checkout_commit(args.wordnet)
    verbs = below(syn, [root(senses, syn, r) for r in VERB_ROOTS])
    arms = below(syn, [root(senses, syn, r) for r in ARMS_ROOTS])
    nouns = arms | below(syn, [root(senses, syn, r) for r in FORCE_ROOTS])
    fighters = below(syn, [root(senses, syn, r) for r in FIGHTER_ROOTS])
    data = {
        "_doc": "Words of bodily harm or armed force in WordNet (scripts/build_harm_words.py): 'verbs', one of whose "
                "first two senses is below killing, wounding, shooting, firing a weapon, armed attack, torture, "
                "abduction or beating; 'first_verbs', whose first sense is; 'nouns', whose first sense is below "
                "weapons, armed forces and fighters, military action and operations, violence and killings; "
                "'event_nouns', one of whose first two senses is; 'arms', whose first sense is below the things and "
                "people there only for harm (weapons, military vehicles, terrorists, killers, hostages, killings); "
                "'sure_nouns', whose first two senses (or only sense) are below any, and the antonyms of the fighters' "
                "nouns ('civilian', of 'serviceman').",
        "_source": f"globalwordnet/english-wordnet@{commit} (CC BY 4.0)",
        "_roots": [f"{lemma} ({pos}): {start}" for lemma, pos, start in VERB_ROOTS + ARMS_ROOTS + FORCE_ROOTS
                   + FIGHTER_ROOTS],
        "verbs": first_below(senses, "v", verbs, 2, any),
        "first_verbs": first_below(senses, "v", verbs),
        "nouns": first_below(senses, "n", nouns),
        "event_nouns": first_below(senses, "n", nouns, 2, any),
        "arms": first_below(senses, "n", arms),
        "sure_nouns": sorted({*first_below(senses, "n", nouns, 2), *antonyms(yaml_dir, fighters)}),
    }
    path = args.out / "wordnet_harm.json"
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    keys = ("verbs", "first_verbs", "nouns", "event_nouns", "arms", "sure_nouns")
    print(", ".join(f"{len(data[k])} {k}" for k in keys), "->", path)


if __name__ == "__main__":
    main()
