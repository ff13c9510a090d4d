"""Writes the kinds of the parties PLOVER codes, and of those it does not, from WordNet.

usage: python scripts/build_party_kinds.py --wordnet DIR

Run by a developer when the source changes, never at run time. DIR is a checkout of
github.com/globalwordnet/english-wordnet (CC BY 4.0). PLOVER codes political interactions: its
actors are states, governments and their officials, parties, legislatures, courts, police and
armed forces, international bodies, unions and other organisations acting in public affairs
(``POLITICAL_PEOPLE``, ``POLITICAL_GROUPS``); the people of a field of entertainment or sport — performers, entertainers,
musicians and bands, stars and celebrities, film companies, fans and audiences (``FIELD``; the
athletes, contestants, sports, contests and works are ``wordnet_nouns.json``'s own keys) — act in
their field's own business. A noun is of a kind when its first sense lies below one of the kind's
synsets (or is one): 'company' is first a firm, only later a unit of soldiers; a political person's noun
when one of its first two senses does ('minister' is first a clergyman, then an officer of state),
and a field's noun likewise ('fan' is first a device, then a devotee of sports; 'band' first an
association, then a group of musicians; 'player' first a contestant, then a musician: fieldcount36).
Written to ``data/event_parties.json``, keys
``political_nouns`` and ``field_nouns`` (a noun of both kinds is left out of both),
``body_nouns``: the nouns first an organisation and no field's ('association', 'federation', 'agency',
'league'; not a 'pair', a 'band' or a 'network', which are other groups, nor a 'combo'), the words a
governing body is named by (gateleaks35); ``group_leaders``: the political nouns with a sense, of no
political kind, of a leader or an officer of a group or an organisation ('captain', 'president':
fieldtitles38); and ``political_names``:
the one-word nouns WordNet writes with a capital whose sense lies below a political kind as a class, not
as one named instance ('Democrat', 'Labour', 'Republican', 'Congress'; not 'Lincoln'; WordNet's 'Tory'
is first a loyalist, its 'MP' a military policeman) — a party's name written as a person's description
('the Democrat senator', evgate35b); the file's other
keys, written by hand (the acts coded whatever the actors), are kept as they are.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml
from build_event_lexicon import WORDNET_DIR, _commit, _noun_senses
from wordnet_entries import entries

POLITICAL_PEOPLE = (   # secretary%1:18:01: the head of a department of government (gateleaks35)
    "politician%1:18:00::", "politician%1:18:01::",   # in party politics; in civil administration
    "head_of_state%1:18:00::", "sovereign%1:18:00::", "lawgiver%1:18:00::", "diplomat%1:18:00::",
    "judge%1:18:00::", "lawman%1:18:00::", "serviceman%1:18:00::", "military_officer%1:18:00::",
    "official%1:18:01::", "civil_servant%1:18:00::", "minister%1:18:02::", "secretary%1:18:01::", "authority%1:18:01::",
    "activist%1:18:00::",
)
POLITICAL_GROUPS = (
    "government%1:14:00::", "polity%1:14:00::", "political_party%1:14:00::", "legislature%1:14:00::",
    "court%1:14:00::", "police%1:14:00::", "armed_forces%1:14:00::", "military_unit%1:14:00::",
    "administrative_unit%1:14:00::", "international_organization%1:14:00::", "labor_union%1:14:00::",
    "nongovernmental_organization%1:14:00::",
)
GROUP_LEADERS = (   # a person in charge; the officer who presides at an organisation's meetings; the leader of a group of people
    "head%1:18:00::", "presiding_officer%1:18:00::", "captain%1:18:06::",
)
BODIES = ("organization%1:14:00::",)   # a body that can govern, rule or be sued: 'Association', 'Federation', 'Agency'
FIELD = (
    "performer%1:18:00::", "entertainer%1:18:00::", "musician%1:18:00::", "musician%1:18:01::",
    "musical_group%1:14:00::", "star%1:18:00::", "celebrity%1:18:00::", "film_company%1:14:00::",
    "fan%1:18:00::", "fan%1:18:01::", "audience%1:14:00::",
)


def nouns_below(root: Path, keys: tuple[str, ...], senses: int = 1) -> set[str]:
    """The lower-case nouns one of whose first SENSES senses lies below one of the senses KEYS (or is one)."""
    synset_of, senses_of = _noun_senses(root)
    tops = {synset_of[k] for k in keys}
    below = {s for s, ups in _hypernyms(root).items() if _reaches(s, ups, tops, _hypernyms(root))}
    return {w for w, synsets in senses_of.items() if (below | tops) & set(synsets[:senses])}


def group_leaders(root: Path, political: set[str]) -> set[str]:
    """The POLITICAL nouns one of whose senses (any) is a leader or an officer of a group or an
    organisation (``GROUP_LEADERS``) and lies below no political kind: 'captain' (first an army rank;
    also the leader of a group of people), 'president' (a head of state; also a firm's executive and
    the officer who presides at an organisation's meetings), fieldtitles38."""
    synset_of, senses_of = _noun_senses(root)
    hypernyms = _hypernyms(root)
    leaders = {synset_of[k] for k in GROUP_LEADERS}
    kinds = {synset_of[k] for k in (*POLITICAL_PEOPLE, *POLITICAL_GROUPS)}
    return {w for w in political for s in senses_of.get(w, [])
            if (s in leaders or _reaches(s, hypernyms.get(s, []), leaders, hypernyms))
            and not (s in kinds or _reaches(s, hypernyms.get(s, []), kinds, hypernyms))}


def names_below(root: Path, keys: tuple[str, ...], senses: int = 1) -> set[str]:
    """The one-word nouns written with a capital one of whose first SENSES senses is a class (a synset
    with a hypernym of its own, not only an instance's: 'Democrat', not 'Lincoln') below one of KEYS."""
    synset_of, _ = _noun_senses(root)
    hypernyms, classes = _hypernyms(root), _classes(root)
    tops = {synset_of[k] for k in keys}
    return {lemma for lemma, entry in entries(root)
            if lemma != lemma.lower() and " " not in lemma and "n" in entry
            and any(s in classes and _reaches(s, hypernyms[s], tops, hypernyms)
                    for s in [sense["synset"] for sense in entry["n"].get("sense", [])][:senses])}


def _classes(root: Path) -> set[str]:
    """The noun synsets with a hypernym of their own (classes, not named instances)."""
    return {s for path in sorted(root.glob("noun.*.yaml"))
            for s, e in yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader).items() if e.get("hypernym")}


_CACHE: dict[Path, dict[str, list[str]]] = {}


def _hypernyms(root: Path) -> dict[str, list[str]]:
    """Each noun synset's hypernyms (and instance hypernyms), read once."""
    if root not in _CACHE:
        _CACHE[root] = {s: [*e.get("hypernym", []), *e.get("instance_hypernym", [])]
                        for path in sorted(root.glob("noun.*.yaml"))
                        for s, e in yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader).items()}
    return _CACHE[root]


def _reaches(synset: str, ups: list[str], tops: set[str], hypernyms: dict[str, list[str]]) -> bool:
    """Whether a hypernym chain from SYNSET (whose hypernyms are UPS) reaches one of TOPS."""
    seen, todo = {synset}, list(ups)
    while todo:
        s = todo.pop()
        if s in tops:
            return True
        if s not in seen:
            seen.add(s)
            todo.extend(hypernyms.get(s, []))
    return False


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wordnet", type=Path, required=True)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "src/newsledger/data")
    a = ap.parse_args(argv)
    root = a.wordnet / WORDNET_DIR
    political = nouns_below(root, POLITICAL_PEOPLE, 2) | nouns_below(root, POLITICAL_GROUPS)
    field = nouns_below(root, FIELD, 2)   # a person's or a group's noun by one of its first two senses, as the political people
    names = names_below(root, POLITICAL_PEOPLE, 2) | names_below(root, POLITICAL_GROUPS)
    path = a.out / "event_parties.json"
    kept = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}   # the keys written by hand
    body = {**kept, "political_nouns": sorted(political - field), "field_nouns": sorted(field - political),
            "political_names": sorted(names), "body_nouns": sorted(nouns_below(root, BODIES) - field),
            "group_leaders": sorted(group_leaders(root, political - field))}
    body["_source"] = f"globalwordnet/english-wordnet@{_commit(a.wordnet)} (CC BY 4.0)"
    path.write_text(json.dumps(body, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
