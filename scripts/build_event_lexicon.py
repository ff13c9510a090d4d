"""Builds the event coder's broad lexicons from the field's published resources.

usage: python scripts/build_event_lexicon.py --petrarch DIR --plover DIR --wordnet DIR [--out DIR]

Run by a developer when a source changes, never at run time. Each DIR is a checkout of:

- ``--petrarch``: github.com/openeventdata/petrarch2 (MIT). Its CAMEO verb dictionary
  (``petrarch2/data/dictionaries/CAMEO.2.0.txt``) gives verb synonym blocks and the patterns
  that code them: nouns before the verb (the subject), after it (the object) and prepositional
  phrases, with a CAMEO code, ``[A:B]`` for a pair of events (A from the subject to the object,
  B back; ``[:B]`` only the reverse) and ``$`` / ``+`` marking where the source or target sits.
  Written to ``data/cameo_verbs.json``.
- ``--plover``: github.com/openeventdata/PLOVER (CC BY-SA 4.0). Its CAMEO -> PLOVER crosswalk
  (``CAMEO2PLOVER-2021.txt``) gives each CAMEO code's PLOVER type and mode. Written to
  ``data/cameo_plover.json``. (Its gold-standard records are never read.)
- ``--wordnet``: github.com/globalwordnet/english-wordnet (CC BY 4.0, from Princeton WordNet).
  Every common noun's lexicographer classes in sense order (``noun.person``, ``noun.phenomenon``
  ...), which tell what kind of thing an argument is, and the verbs that event nouns derive from
  ('bombardment' -> 'bombard'), and the nouns of contests, votes, games and markets ('election',
  'race', 'market': where a party is beaten or overtaken without force). Written to
  ``data/wordnet_nouns.json``. Its multi-word verbs
  made of a verb and a noun phrase ('take place', 'pull the plug', 'make sense'), whose meaning is
  not the verb's, are written to ``data/wordnet_idioms.json``. The verbs whose first sense is in
  ``verb.communication`` ('say', 'discuss', 'warn', 'comment'), the class of speech verbs, are
  written to ``data/wordnet_verbs.json``, with the verbs that have a sense of criticising (the
  synset of 'criticize' and its troponyms: 'attack', 'blast', 'lash out'), which name words where
  their first sense names a deed, and the verbs whose first sense is a state, a thought, a
  perception or a feeling ('be', 'need', 'realize', 'fear'), by class: they name no act; and the
  verbs whose first sense is winning or overtaking in a contest (in ``verb.competition``, the
  synsets of 'win' and 'overtake' and their troponyms: 'beat', 'defeat', 'outsell'), which a
  contest among their arguments reads in that sense; and the verbs whose first sense's class is none
  of the classes of their senses that take a person as object (the frames 'Somebody ----s somebody
  ...'), with those classes ('fire', first to shoot: a person fired is dismissed). The verbs over a
  'to'-complement whose
  first sense with a 'to'-infinitive frame ('Somebody ----s (somebody) to INFINITIVE') lies below a
  sense of a verb PLOVER's manual defines a verbal type with ('swear', 'undertake' -> 'promise';
  'implore' -> 'request'; 'decline' -> 'refuse') or of 'intend' or 'try' are written to
  ``data/wordnet_control.json``.

From the same PETRARCH checkout, its agents dictionary (``Phoenix.agents.txt``) gives the common
nouns that name a state's police (``[~COP]``) and armed forces (``[~MIL]``): 'riot police',
'border guard', 'troops', and its government's bodies and officials (``[~GOV]`` and its sectors):
'government', 'ministry', 'cabinet'; and the groups it codes as parties of their own with no state:
armed rebels (``[~REB]``: 'rebel', 'insurgent', 'guerrilla', 'separatist') and the opposition in
the street (``[~OPP]``: 'protester', 'demonstrator', 'dissident'). Written to ``data/force_agents.json``.

Attribution for all three is in ``data/LICENSES.md``.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

import yaml
from wordnet_entries import entries

CAMEO_FILE = "petrarch2/data/dictionaries/CAMEO.2.0.txt"
AGENTS_FILE = "petrarch2/data/dictionaries/Phoenix.agents.txt"
AGENT = re.compile(r"^([A-Z0-9][A-Z0-9_'.-]*)\s*(\{[^}]*\})?\s*\[~(COP|MIL|GOV[A-Z]*|REB|OPP|JUD)\]")
CROSSWALK_FILE = "CAMEO2PLOVER-2021.txt"
WORDNET_DIR = "src/yaml"
AWARDS = ("prize%1:21:00::", "accolade%1:10:00::")  # a prize given for victory; a symbol of distinction
WORKS = ("literary_composition%1:10:00::", "movie%1:10:00::", "musical_composition%1:10:00::",
         "dramatic_composition%1:10:00::", "drama%1:10:00::")   # books, films, songs, plays
ILL_HEALTH = "ill_health%1:26:00::"    # the synset below which every disease and infection lies
MARKERS = {"$": "source", "+": "target", "^": None, "%": None}
COMMUNICATION_VERBS = "32"          # verb.communication's lexicographer file number
CONSUMPTION_VERBS = "34"            # verb.consumption's: 'take' (ingest), 'eat', 'use', 'inject'
CREATION_VERBS = "36"               # verb.creation's: making, directing or performing a work
CRITICISE = "criticize%2:32:00::"      # the sense whose synset and troponyms are verbs of criticism
STATE_VERBS = {"31": "cognition", "37": "emotion", "39": "perception", "42": "stative"}   # verb.* files of no act
VERB_FILES = {"29": "body", "30": "change", "31": "cognition", "32": "communication", "33": "competition",
              "34": "consumption", "35": "contact", "36": "creation", "37": "emotion", "38": "motion",
              "39": "perception", "40": "possession", "41": "social", "42": "stative", "43": "weather"}
HAVING = ("have%2:40:00::", "have%2:40:04::")   # 'have, have got, hold' and 'have, own, possess': to have, no act
CONTEST_VERBS = ("win%2:33:00::", "overtake%2:33:00::")  # the senses of winning and of gaining on a rival
CONTENDING_VERBS = ("compete%2:33:00::", "overtake%2:33:00::")  # taking part in a contest; gaining on a rival
EXPEL = "expel%2:41:00::"       # 'force to leave or move out': its own sense, not its troponyms of a place or a country
EXCLUDING_VERBS = ("suspend%2:41:00::", "bar%2:41:00::", "ban%2:41:01::")   # barred from school or office; expelled
                                # as by decree; expelled from a community or group (and their troponyms)
PENALTIES = ("punishment%1:04:00::", "conviction%1:04:00::", "penalty%1:21:00::")   # the infliction of a penalty; a
                                # judgment of guilty; money extracted as a penalty (PLOVER's SANCTION 'convict')
CONTESTS = ("contest%1:11:00::", "vote%1:04:01::", "game%1:04:00::", "market%1:04:00::", "polls%1:15:00::")
GAMES = ("contest%1:11:00::", "game%1:04:00::")   # a competition; a contest with rules to decide a winner
TITLES = "championship%1:26:00::"    # the status of being a champion: 'title', 'championship'
SPORT = "sport%1:04:00::"      # an active diversion requiring physical exertion and competition: 'athletics', 'rugby'
POLITICAL_CONTESTS = ("campaign%1:11:00::", "election%1:04:01::", "vote%1:04:01::")  # a race for office, a vote
CONTESTANTS = ("contestant%1:18:00::", "team%1:14:00::")   # a person who competes; a side of players
ATHLETE = "athlete%1:18:00::"   # a person trained to compete in sports: 'sprinter', 'goalkeeper', 'winger'
SPORTING_TOPICS = ("sport%1:04:00::", "contest%1:11:00::", "game%1:04:00::")   # topics of a sport's officials
MILITARY_ACTION = "military_action%1:04:00::"  # a battle is a contest fought with force: no contest noun
EVENT_LEXFILES = {"act", "event", "communication", "phenomenon", "process"}
PARTICLES = {"about", "across", "ahead", "along", "apart", "around", "aside", "at", "away", "back", "by", "down",
             "for", "forth", "from", "in", "into", "of", "off", "on", "out", "over", "round", "through", "to",
             "together", "up", "with"}
CONTROL_SEEDS = {"agree": "AGREE", "offer": "AGREE", "promise": "AGREE", "request": "REQUEST", "demand": "REQUEST",
                 "order": "REQUEST", "reject": "REJECT", "refuse": "REJECT", "threaten": "THREATEN", "warn": "THREATEN",
                 "intend": "passes", "try": "passes"}   # PLOVER's manual's verbs (plover_definitions.json), intent, attempt
TO_FRAMES = {"via-to-inf": "subject", "vtaa-to-inf": "object"}   # 'Somebody ----s (somebody) to INFINITIVE'
UNDONE_SEEDS = ("refuse%2:32:00::", "fail%2:41:02::", "fail%2:41:08::", "neglect%2:31:00::", "avoid%2:41:03::")
                                # show unwillingness towards; fail to do, leave undone; be unable; leave undone
                                # or leave out; refrain from doing (and their troponyms)
ACT_FRAMES = {"to": "via-to-inf", "ing": "via-ger"}   # 'Somebody ----s to INFINITIVE', '... VERB-ing'
PERSON_OBJECT_FRAMES = "vtaa"       # 'Somebody ----s somebody' and its variants ('vtaa-pp', 'vtaa-to-inf' ...)
TOKEN = re.compile(r"\([^)]*\)|\{[^}]*\}|\S+")


def _word(raw: str) -> str:
    """A dictionary word as text: lower case, '_' joins words, a trailing '_' (no plural) dropped."""
    return raw.strip("_").replace("_", " ").lower()


def _noun(raw: str) -> list[str]:
    """A pattern noun as its words, head last: ['troop'], ['&military'] (a noun set), ['arms', 'shipment']."""
    return [_word(w) for w in raw.strip("{}").split()]


def _code(raw: str) -> tuple[str | None, str | None]:
    """'[190]' -> ('190', None); '[042:043]' -> ('042', '043'); '[:173]' -> (None, '173'); '[---]' -> no code."""
    parts = [re.sub(r"[^0-9]", "", p) or None for p in raw.strip("[]").split(":")]
    return parts[0], parts[1] if len(parts) > 1 else None


def _segment(tokens: list[str], pattern: dict, where: str) -> None:
    """Fills a pattern's nouns, prepositional phrases and role markers for one side of the verb."""
    for tok in tokens:
        if tok in MARKERS:
            if MARKERS[tok]:
                pattern[MARKERS[tok]] = where
        elif tok.startswith("("):
            inner = TOKEN.findall(tok[1:-1])
            prep, nouns = _word(inner[0]), [x for x in inner[1:] if x not in MARKERS]
            pattern.setdefault("preps", []).append({"prep": prep, "nouns": [_noun(x) for x in nouns], "side": where})
            role = next((MARKERS[x] for x in inner[1:] if MARKERS.get(x)), None)
            if role:
                pattern[role] = f"prep:{prep}"
        else:
            pattern.setdefault(where, []).append(_noun(tok))


def parse_pattern(line: str) -> dict | None:
    """One '- PRE * POST [CODE]' line as a dict (None when it has no verb slot or no code)."""
    body = line[1:].split("#")[0]
    codes = re.findall(r"\[[^\]]*\]", body)
    if "*" not in body or not codes:
        return None
    code, reverse = _code(codes[-1])
    pre, post = re.sub(r"\[[^\]]*\]", "", body).split("*", 1)
    pattern: dict = {"code": code, "reverse": reverse} if reverse else {"code": code}
    _segment(TOKEN.findall(pre), pattern, "subject")
    _segment(TOKEN.findall(post), pattern, "object")
    return pattern


def parse_verb(line: str) -> tuple[str, str | None] | None:
    """A verb line of a block: its key ('set up', 'wire tap') and its own code, if any."""
    body = line.split("#")[0]
    codes = re.findall(r"\[([^\]]*)\]", body)
    words = re.sub(r"\{[^}]*\}|\[[^\]]*\]", "", body).split()
    if not words:
        return None
    key = _word(words[0].replace("+", ""))
    return key, (_code(f"[{codes[0]}]")[0] if codes else None)


def cameo_verbs(path: Path) -> dict:
    """Noun sets, verbs (each in its synonym block) and each block's default code and patterns."""
    sets: dict[str, list[str]] = {}
    verbs: dict[str, dict] = {}
    blocks: dict[str, dict] = {}
    current, section = "", "header"
    for raw in path.read_text(encoding="latin-1").splitlines():
        line = raw.rstrip()
        if line.startswith("####### SYNONYM SETS"):
            section = "sets"
        elif line.startswith("####### VERB PATTERNS"):
            section = "verbs"
        elif line.startswith("######## TRANSFORMATIONS"):
            break
        elif not line.strip() or line.startswith("#"):
            continue
        elif section == "sets" and line.startswith("&"):
            current = _word(line.strip()[1:])
            sets[current] = []
        elif section == "sets" and line.startswith("+"):
            sets[current].append(_word(line.split("#")[0].strip()[1:]))
        elif section == "verbs":
            current = _verb_line(line, current, verbs, blocks)
    return {"noun_sets": sets, "verbs": verbs, "blocks": blocks}


def _verb_line(line: str, block: str, verbs: dict, blocks: dict) -> str:
    """Reads one line of the verb section into VERBS/BLOCKS; returns the current block name."""
    if line.startswith("---"):
        name = line.split()[1].lower()
        blocks[name] = {"code": _code(line.split()[2])[0], "patterns": []}
        return name
    if line.startswith("-"):
        if (pattern := parse_pattern(line)) is not None:
            blocks[block]["patterns"].append(pattern)
    elif (verb := parse_verb(line)) is not None and verb[0] not in verbs:
        key, code = verb
        verbs[key] = {"block": block, "code": code} if code else {"block": block}
    return block


def crosswalk(path: Path) -> dict:
    """CAMEO code -> {type, mode}; the first line for a code wins."""
    out: dict[str, dict[str, str | None]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*,\s*([^,#]*)", line)
        if m and m.group(1) not in out:
            out[m.group(1)] = {"type": m.group(2), "mode": m.group(3).strip() or None}
    return out


def wordnet_nouns(root: Path) -> dict:
    """Common nouns' lexicographer classes in sense order, and the verbs event nouns derive from."""
    lexnames = _lexnames(root)
    classes: dict[str, list[str]] = {}
    verbs_of: dict[str, list[str]] = {}
    for lemma, entry in entries(root):
        if lemma != lemma.lower() or "n" not in entry:
            continue
        senses = entry["n"].get("sense", [])
        names = list(dict.fromkeys(lexnames[s["id"].split("%")[1].split(":")[1]] for s in senses))
        classes[lemma] = names
        derived = [d.split("%")[0].replace("_", " ") for s in senses for d in s.get("derivation", [])
                   if ":" in d and d.split("%")[1].startswith("2") and lexnames[s["id"].split("%")[1].split(":")[1]]
                   in EVENT_LEXFILES]
        if derived:
            verbs_of[lemma] = list(dict.fromkeys(derived))
    return {"classes": _by_class(classes), "verbs": verbs_of, "contests": contest_nouns(root),
            "diseases": disease_names(root), "awards": award_nouns(root),
            "later_awards": later_award_nouns(root), "works": work_nouns(root),
            "titles": title_nouns(root), "sports": sport_nouns(root), "games": game_nouns(root),
            "matches": match_nouns(root), "contestants": contestant_nouns(root), "athletes": athlete_nouns(root),
            "named_contests": named_contests(root)}


def disease_names(root: Path) -> list[str]:
    """The one-word names WordNet files first below ill health ('ILL_HEALTH': 'HIV', 'AIDS', 'SARS',
    'Ebola'), in lower case. The common nouns above skip every capitalised lemma, so a disease known
    by its initials or a proper name had no class at all."""
    synset_of: dict[str, str] = {}
    first: dict[str, str] = {}
    for lemma, entry in entries(root):
        senses = entry.get("n", {}).get("sense", [])
        synset_of.update((sense["id"], sense["synset"]) for sense in senses)
        if senses and lemma != lemma.lower() and " " not in lemma:
            first[lemma] = senses[0]["synset"]
    ill = _troponyms(root, synset_of[ILL_HEALTH], "noun")
    return sorted({lemma.lower() for lemma, synset in first.items() if synset in ill})


def _noun_senses(root: Path) -> tuple[dict[str, str], dict[str, list[str]]]:
    """WordNet's noun senses of lower-case lemmas: each sense id's synset, and each lemma's synsets
    in sense order."""
    synset_of: dict[str, str] = {}
    synsets_of: dict[str, list[str]] = {}
    for lemma, entry in entries(root):
        if lemma != lemma.lower() or "n" not in entry:
            continue
        for sense in entry["n"].get("sense", []):
            synset_of[sense["id"]] = sense["synset"]
            synsets_of.setdefault(lemma, []).append(sense["synset"])
    return synset_of, synsets_of


def award_nouns(root: Path) -> list[str]:
    """Nouns whose first or second sense lies below a prize or an accolade ('AWARDS': 'award',
    'prize', 'trophy', 'medal', 'honour', 'laurels'): what a contest for a prize is fought for and
    a jury gives. Later senses are left out ('degree', 'letter', 'cup', 'first' are first other
    things)."""
    synset_of, senses_of = _noun_senses(root)
    awards = set().union(*(_troponyms(root, synset_of[key], "noun") for key in AWARDS))
    return sorted(w for w, synsets in senses_of.items() if awards & set(synsets[:2]))


def later_award_nouns(root: Path) -> list[str]:
    """Nouns with a sense below a prize or an accolade past their first two ('AWARDS': 'crown', the
    award given to the champion; 'cup', 'palm', 'medallion'): first other things (a king's crown, a
    vessel), a prize only where the text around them is about prizes."""
    synset_of, senses_of = _noun_senses(root)
    awards = set().union(*(_troponyms(root, synset_of[key], "noun") for key in AWARDS))
    return sorted(w for w, synsets in senses_of.items() if awards & set(synsets[2:]) and not awards & set(synsets[:2]))


def work_nouns(root: Path) -> list[str]:
    """Nouns whose first sense lies below a literary, musical or dramatic composition, a movie or a
    drama ('WORKS': 'novel', 'thriller', 'film', 'documentary', 'song', 'play', 'comedy', 'sitcom'):
    the kinds of created work a title is written after ('her novel Small Island'). The press and the
    web lie elsewhere ('newspaper' below the print media, 'website' below a computer, 'channel' below
    a transmission): they name bodies that act. A show is left out: WordNet's is a social event
    ('exhibition', 'fair', 'demonstration'), no work."""
    synset_of, senses_of = _noun_senses(root)
    works = set().union(*(_troponyms(root, synset_of[key], "noun") for key in WORKS))
    return sorted(w for w, synsets in senses_of.items() if synsets[0] in works)


def title_nouns(root: Path) -> list[str]:
    """Nouns with a sense below the status of being a champion ('TITLES': 'title', 'championship',
    'triple crown'): what a champion defends, keeps or loses in a contest, no party's property."""
    synset_of, synsets_of = _noun_senses(root)
    titles = _troponyms(root, synset_of[TITLES], "noun")
    return sorted(w for w, synsets in synsets_of.items() if titles & set(synsets))


def sport_nouns(root: Path) -> list[str]:
    """Nouns whose first sense lies below a sport ('SPORT': 'athletics', 'football', 'rugby',
    'swimming', 'cycling'): the word a national sports body is named by ('Athletics Kenya', 'UK
    Athletics', 'Swimming Australia') and a governing body described by ('Kenya's athletics body')."""
    synset_of, senses_of = _noun_senses(root)
    sports = _troponyms(root, synset_of[SPORT], "noun")
    return sorted(w for w, synsets in senses_of.items() if synsets[0] in sports)


def game_nouns(root: Path) -> list[str]:
    """Nouns whose first or second sense lies below a contest or a game ('GAMES': 'race', 'final',
    'tournament', 'match', 'championship'): where a rival is beaten with no force. Narrower than
    'contests', which takes any sense ('trial', 'contract', 'rally' are first other things)."""
    synset_of, senses_of = _noun_senses(root)
    games = set().union(*(_troponyms(root, synset_of[key], "noun") for key in GAMES))
    return sorted(w for w, synsets in senses_of.items() if games & set(synsets[:2]))


def named_contests(root: Path) -> list[str]:
    """The capitalised nouns whose first sense lies below a contest ('GAMES' first root: 'Olympics',
    'Grand Prix', 'World Cup', 'Tour de France'), as WordNet writes them: a name ending in one is the
    contest, held where the words before it say ('the Sydney Olympics', 'the Birmingham Grand Prix').
    Not below a game with rules ('Monopoly'; 'Chicago', 'Newmarket': card games named like towns).
    The common nouns above skip every capitalised lemma."""
    synset_of, _ = _noun_senses(root)
    contests = _troponyms(root, synset_of[GAMES[0]], "noun")
    return sorted(lemma for lemma, entry in entries(root) if lemma != lemma.lower() and "n" in entry
                  and (senses := entry["n"].get("sense", [])) and senses[0]["synset"] in contests)


def match_nouns(root: Path) -> list[str]:
    """The 'games' nouns with no sense below a race for office or a vote ('POLITICAL_CONTESTS':
    'campaign', 'senate race'): the contests that are played or run ('match', 'final', 'race',
    'tournament'), whose own moves no interaction between parties is."""
    synset_of, senses_of = _noun_senses(root)
    political = set().union(*(_troponyms(root, synset_of[key], "noun") for key in POLITICAL_CONTESTS))
    return sorted(w for w in game_nouns(root) if not political & set(senses_of.get(w, [])))


def contestant_nouns(root: Path) -> list[str]:
    """Nouns whose first or second sense lies below a contestant or a team ('CONTESTANTS': 'player',
    'sprinter', 'goalkeeper', 'rival', 'team', 'club'), or is a person's sense whose WordNet topic
    lies below a sport, a contest or a game ('SPORTING_TOPICS': 'coach', 'manager', 'referee'): who
    takes part in a contest or runs it, where a fan, a court or the police do not. Later senses are
    left out ('opposition', 'enemy', 'fireman' are first other things)."""
    synset_of, senses_of = _noun_senses(root)
    sides = set().union(*(_troponyms(root, synset_of[key], "noun") for key in CONTESTANTS))
    topics = set().union(*(_troponyms(root, synset_of[key], "noun") for key in SPORTING_TOPICS))
    persons = yaml.load((root / "noun.person.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    officials = {s for s, entry in persons.items() if topics & set(entry.get("domain_topic", []))}
    return sorted(w for w, synsets in senses_of.items() if (sides | officials) & set(synsets[:2]))


def athlete_nouns(root: Path) -> list[str]:
    """Nouns whose first sense lies below an athlete ('ATHLETE': 'sprinter', 'hurdler', 'goalkeeper',
    'footballer') or is a person's sense whose WordNet topic lies below a sport ('SPORT': 'referee',
    'coach', 'winger'): a mark only sport has, where 'contestants' holds a bidder, a rival or a card
    player too."""
    synset_of, senses_of = _noun_senses(root)
    athletes = _troponyms(root, synset_of[ATHLETE], "noun")
    sports = _troponyms(root, synset_of[SPORT], "noun")
    persons = yaml.load((root / "noun.person.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    officials = {s for s, entry in persons.items() if sports & set(entry.get("domain_topic", []))}
    return sorted(w for w, synsets in senses_of.items() if synsets[0] in athletes | officials)


def contest_nouns(root: Path) -> list[str]:
    """Nouns with a sense below a contest, a vote, a game, a market or the polls ('CONTESTS':
    'election', 'race', 'final', 'market') and none below military action ('battle', 'war'): where
    parties are beaten or overtaken without force."""
    synset_of, synsets_of = _noun_senses(root)
    contests = set().union(*(_troponyms(root, synset_of[key], "noun") for key in CONTESTS))
    force = _troponyms(root, synset_of[MILITARY_ACTION], "noun")
    return sorted(w for w, synsets in synsets_of.items() if contests & set(synsets) and not force & set(synsets))


def wordnet_verbs(root: Path) -> dict:
    """{'communication': [verbs whose first sense is in verb.communication], 'critical': [verbs with
    a sense of criticising], 'states': {class: [verbs whose first sense is a state, thought,
    perception or feeling]}, 'competition': [verbs whose first sense is winning or overtaking],
    'contending': [verbs with any sense of taking part in a contest or gaining on a rival],
    'having': [the verbs of WordNet's synsets of having: 'have', 'hold', 'own', 'possess'],
    'consumption': [verbs with a sense in verb.consumption: 'take', 'eat', 'use', 'inject'],
    'creation': [verbs with any sense in verb.creation: 'direct' (a film), 'conduct' (a performance)],
    'excluding': [verbs with a sense of putting a person out of a group: 'ban', 'bar', 'suspend', 'expel'],
    'penalizing': [verbs whose first sense inflicts a penalty: 'jail', 'fine', 'imprison', 'punish']}:
    one-word lower-case lemmas; the class of a sense is the lexicographer file number in its key
    ('say%2:32:00::')."""
    speech: list[str] = []
    creation: list[str] = []
    states: dict[str, list[str]] = {name: [] for name in STATE_VERBS.values()}
    synset_of: dict[str, str] = {}
    lemmas_of: dict[str, list[str]] = {}
    first_of: dict[str, str] = {}
    consumption: list[str] = []
    for lemma, entry in entries(root):
        senses = entry.get("v", {}).get("sense", []) if lemma == lemma.lower() and " " not in lemma else []
        for sense in senses:
            synset_of[sense["id"]] = sense["synset"]
            lemmas_of.setdefault(sense["synset"], []).append(lemma)
        if senses:
            first_of[lemma] = senses[0]["synset"]
        files = [s["id"].split("%")[1].split(":")[1] for s in senses]
        if files and files[0] == COMMUNICATION_VERBS:
            speech.append(lemma)
        if files and files[0] in STATE_VERBS:
            states[STATE_VERBS[files[0]]].append(lemma)
        if CONSUMPTION_VERBS in files:
            consumption.append(lemma)
        if CREATION_VERBS in files:
            creation.append(lemma)
    critical = {w for synset in _troponyms(root, synset_of[CRITICISE]) for w in lemmas_of.get(synset, [])}
    winning = set().union(*(_troponyms(root, synset_of[key]) for key in CONTEST_VERBS))
    competition = {w for synset in winning for w in lemmas_of.get(synset, []) if first_of[w] == synset}
    contending = set().union(*(_troponyms(root, synset_of[key]) for key in CONTENDING_VERBS))
    having = {w for key in HAVING for w in lemmas_of.get(synset_of[key], [])}
    return {"communication": sorted(speech), "critical": sorted(critical),
            "states": {name: sorted(verbs) for name, verbs in sorted(states.items())},
            "competition": sorted(competition),
            "contending": sorted({w for synset in contending for w in lemmas_of.get(synset, [])}),
            "having": sorted(having), "consumption": sorted(consumption), "phrasal": phrasal_verbs(root),
            "person_objects": person_object_classes(root), "creation": sorted(creation),
            "excluding": excluding_verbs(root), "penalizing": penalizing_verbs(root)}


def excluding_verbs(root: Path) -> list[str]:
    """The one-word lower-case verbs with a sense of putting a person out of a group that takes a
    person as object (a frame 'Somebody ----s somebody'): expel's own sense ('force to leave'), and
    the senses below suspend ('bar temporarily; from school, office'), bar ('expel, as if by official
    decree') and ban ('expel from a community or group': 'ostracize', 'blackball'). Expel's other
    troponyms put one out of a place or a country ('evict', 'deport', 'extradite'): not a group."""
    senses = [(lemma, s) for lemma, entry in entries(root) if lemma == lemma.lower() and " " not in lemma
              for s in entry.get("v", {}).get("sense", [])]
    synset_of = {s["id"]: s["synset"] for _, s in senses}
    groups = {synset_of[EXPEL]}.union(*(_troponyms(root, synset_of[key]) for key in EXCLUDING_VERBS))
    return sorted({lemma for lemma, s in senses if s["synset"] in groups
                   and any(frame.startswith(PERSON_OBJECT_FRAMES) for frame in s.get("subcat", []))})


def penalizing_verbs(root: Path) -> list[str]:
    """The one-word lower-case verbs whose first sense is the synset of a verb sense that a noun whose
    first sense is a penalty derives from (a noun at or below 'punishment', 'conviction' or 'penalty',
    ``PENALTIES``): 'imprisonment' (first 'putting someone in prison as lawful punishment') gives the
    synset of 'imprison', 'jail', 'incarcerate'; 'fine' (first 'money extracted as a penalty') gives
    'fine'; 'penalty' gives 'punish', 'penalize'. A noun whose first sense is no penalty is left out:
    'detention' is first a state of custody ('detain' stays an arrest), 'conviction' first a belief."""
    found = list(entries(root))
    synset_of = {s["id"]: s["synset"] for _, e in found for s in e.get("n", {}).get("sense", [])}
    penalties = set().union(*(_troponyms(root, synset_of[key], "noun") for key in PENALTIES))
    derived = {d for lemma, e in found if lemma == lemma.lower() and (first := e.get("n", {}).get("sense", [])[:1])
               and first[0]["synset"] in penalties for d in first[0].get("derivation", [])}
    synsets = {s["synset"] for _, e in found for s in e.get("v", {}).get("sense", []) if s["id"] in derived}
    return sorted(lemma for lemma, e in found if lemma == lemma.lower() and " " not in lemma
                  and e.get("v", {}).get("sense") and e["v"]["sense"][0]["synset"] in synsets)


def person_object_classes(root: Path) -> dict[str, list[str]]:
    """{verb: [the classes of its senses that take a person as object]} for the one-word lower-case
    verbs whose first sense's class is none of them: the senses with a frame 'Somebody ----s
    somebody' (and its variants) are of other classes than the first sense ('fire' is first to
    shoot, verb.competition, whose senses take things; to dismiss, to drive out, to arouse take a
    person: social, motion, change). Done to a person, such a verb is in one of those senses."""
    out: dict[str, list[str]] = {}
    for lemma, entry in entries(root):
        senses = entry.get("v", {}).get("sense", []) if lemma == lemma.lower() and " " not in lemma else []
        files = [VERB_FILES[s["id"].split("%")[1].split(":")[1]] for s in senses]
        person = {f for f, s in zip(files, senses)
                  if any(frame.startswith(PERSON_OBJECT_FRAMES) for frame in s.get("subcat", []))}
        if person and files[0] not in person:
            out[lemma] = sorted(person)
    return dict(sorted(out.items()))


def phrasal_verbs(root: Path) -> dict[str, list[str]]:
    """{class: [phrasal verbs whose first sense is in verb.<class>]}: the multi-word verbs of a verb
    and a particle ('take on' -> change: 'take on a new meaning'; 'round up' -> contact), whose sense
    is the phrasal verb's own, not the bare verb's; and those of a verb, a preposition and a noun
    phrase ('take to heart', 'take into account' -> cognition; 'put to death' -> social), whose
    preposition's object may stand after the verb's own ('took the warning to heart')."""
    out: dict[str, list[str]] = {}
    nouns: set[str] = set()
    found: list[tuple[str, str]] = []
    for lemma, entry in entries(root):
        words = lemma.split(" ")
        senses = entry.get("v", {}).get("sense", [])
        if lemma == lemma.lower() and "n" in entry:
            nouns.add(lemma)
        if lemma != lemma.lower() or len(words) < 2 or words[1] not in PARTICLES or not senses:
            continue
        found.append((lemma, VERB_FILES[senses[0]["id"].split("%")[1].split(":")[1]]))
    for lemma, cls in found:
        words = lemma.split(" ")
        if len(words) == 2 or words[-1] in nouns:
            out.setdefault(cls, []).append(lemma)
    return {name: sorted(verbs) for name, verbs in sorted(out.items())}


def _troponyms(root: Path, top: str, part: str = "verb") -> set[str]:
    """A synset of PART ('verb', 'noun') and every synset below it (its hypernym chain reaches it)."""
    hypernyms: dict[str, list[str]] = {}
    for path in sorted(root.glob(f"{part}.*.yaml")):
        for synset, entry in yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader).items():
            hypernyms[synset] = entry.get("hypernym", [])
    below = {top}
    grew = True
    while grew:
        new = {s for s, ups in hypernyms.items() if s not in below and below & set(ups)}
        below |= new
        grew = bool(new)
    return below


def control_verbs(root: Path) -> dict[str, dict[str, str]]:
    """Verb -> {'type': a PLOVER type or 'passes', 'frame': 'subject' or 'object'}: one-word verbs
    whose first sense with a 'to'-infinitive frame (WordNet's 'Somebody ----s to INFINITIVE' or
    'Somebody ----s somebody to INFINITIVE') lies below a sense of a verb PLOVER's manual defines a
    verbal type with ('swear' -> 'promise' AGREE, 'beg' -> 'request' REQUEST) or of 'intend' or 'try'
    ('strive', 'endeavour': the complement's act, attempted or intended). That sense is the one
    the verb has when it governs a 'to'-complement, whatever its first sense ('swear' at someone).
    A verb whose frame sense reaches seeds of two types is left out."""
    hypernyms: dict[str, list[str]] = {}
    for path in sorted(root.glob("verb.*.yaml")):
        for synset, entry in yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader).items():
            hypernyms[synset] = entry.get("hypernym", [])
    seeds: dict[str, str] = {}
    framed: dict[str, tuple[str, str]] = {}
    for lemma, entry in entries(root):
        senses = entry.get("v", {}).get("sense", []) if lemma == lemma.lower() and " " not in lemma else []
        for sense in senses:
            if lemma in CONTROL_SEEDS:
                seeds.setdefault(sense["synset"], CONTROL_SEEDS[lemma])
        frame = next(((s["synset"], TO_FRAMES[f]) for s in senses for f in s.get("subcat", []) if f in TO_FRAMES), None)
        if frame:
            framed[lemma] = frame
    out = {}
    for lemma, (synset, frame) in sorted(framed.items()):
        kinds = {seeds[s] for s in _hypernym_chain(hypernyms, synset) if s in seeds}
        if len(kinds) == 1:
            out[lemma] = {"type": kinds.pop(), "frame": frame}
    return out


def undone_verbs(root: Path) -> dict[str, list[str]]:
    """The one-word lower-case verbs with a sense at or below refusing ('refuse', 'decline'), failing
    to do or leaving undone ('fail', 'neglect', 'omit', 'forget'), being unable ('fail') or refraining
    from doing ('avoid'), by the frame of an act that sense takes: 'to' ('Somebody ----s to
    INFINITIVE') and 'ing' ('Somebody ----s VERB-ing'). The act of such a complement is one not done;
    'regret' declines formally only with 'to' ('regretted sending troops' sent them)."""
    senses = [(lemma, s) for lemma, entry in entries(root) if lemma == lemma.lower() and " " not in lemma
              for s in entry.get("v", {}).get("sense", [])]
    synset_of = {s["id"]: s["synset"] for _, s in senses}
    below = set().union(*(_troponyms(root, synset_of[key]) for key in UNDONE_SEEDS))
    return {form: sorted({lemma for lemma, s in senses if s["synset"] in below and frame in s.get("subcat", [])})
            for form, frame in ACT_FRAMES.items()}


def _hypernym_chain(hypernyms: dict[str, list[str]], synset: str) -> set[str]:
    """A synset and every synset above it."""
    seen, todo = {synset}, [synset]
    while todo:
        for up in hypernyms.get(todo.pop(), []):
            if up not in seen:
                seen.add(up)
                todo.append(up)
    return seen


def wordnet_idioms(root: Path) -> dict:
    """Verb -> the noun phrases it makes an idiom with: the multi-word verbs whose last word is a
    noun and whose second is no particle ('take' -> 'place', 'part'; 'pull' -> 'the plug')."""
    verbs: dict[str, list[str]] = {}
    nouns: set[str] = set()
    for lemma, entry in entries(root):
        if lemma == lemma.lower() and "n" in entry:
            nouns.add(lemma)
        if lemma == lemma.lower() and "v" in entry and " " in lemma:
            head, rest = lemma.split(" ", 1)
            verbs.setdefault(head, []).append(rest)
    return {"idioms": {v: sorted(r for r in rests if r.split()[0] not in PARTICLES and r.split()[-1] in nouns)
                       for v, rests in sorted(verbs.items())
                       if any(r.split()[0] not in PARTICLES and r.split()[-1] in nouns for r in rests)}}


def _lexnames(root: Path) -> dict[str, str]:
    """Lexicographer file numbers ('04') -> short class names ('act'), from the file list in
    WordNet's standard order."""
    order = ["adj.all", "adj.pert", "adv.all", "noun.Tops", "noun.act", "noun.animal", "noun.artifact",
             "noun.attribute", "noun.body", "noun.cognition", "noun.communication", "noun.event", "noun.feeling",
             "noun.food", "noun.group", "noun.location", "noun.motive", "noun.object", "noun.person",
             "noun.phenomenon", "noun.plant", "noun.possession", "noun.process", "noun.quantity", "noun.relation",
             "noun.shape", "noun.state", "noun.substance", "noun.time"]
    missing = [n for n in order if not (root / f"{n}.yaml").exists()]
    if missing:
        raise SystemExit(f"not an english-wordnet checkout: {missing[:3]} missing under {root}")
    return {f"{i:02d}": n.split(".")[1] for i, n in enumerate(order)}


def _by_class(classes: dict[str, list[str]]) -> dict:
    """{'first': {class: [nouns whose first sense is of it]}, 'other': {class: [nouns with a later sense in it]}}."""
    out: dict[str, dict[str, list[str]]] = {"first": {}, "other": {}}
    for lemma, names in sorted(classes.items()):
        out["first"].setdefault(names[0], []).append(lemma)
        for n in names[1:]:
            out["other"].setdefault(n, []).append(lemma)
    return out


def force_agents(path: Path) -> dict:
    """{'police': [...], 'military': [...], 'government': [...], 'rebels': [...], 'opposition': [...],
    'judiciary': [...]}: the agents coded ~COP, ~MIL, ~GOV (with its sectors: ~GOVBUS, ~GOVAGR ...), ~REB, ~OPP
    and ~JUD (courts, judges, prosecutors: 'high court', 'tribunal', 'magistrate'), lower
    case, with the irregular plurals the dictionary spells out ('lawman {LAWMEN}'); regular plurals
    are the reader's."""
    out: dict[str, set[str]] = {"police": set(), "military": set(), "government": set(), "rebels": set(),
                                "opposition": set(), "judiciary": set()}
    keys = {"COP": "police", "MIL": "military", "REB": "rebels", "OPP": "opposition", "JUD": "judiciary"}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        m = AGENT.match(line.strip())
        if m is None:
            continue
        key = keys.get(m.group(3), "government")
        out[key].add(_word(m.group(1)))
        out[key].update(_word(w) for w in (m.group(2) or "").strip("{}").split())
    return {k: sorted(v) for k, v in out.items()}


def _commit(repo: Path) -> str:
    done = subprocess.run(["git", "-C", str(repo), "rev-parse", "HEAD"], capture_output=True, text=True)
    return done.stdout.strip() or "unknown"


def _write(path: Path, doc: str, source: str, body: dict) -> None:
    path.write_text(json.dumps({"_doc": doc, "_source": source, **body}, ensure_ascii=False, separators=(",", ":"))
                    + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--petrarch", type=Path, required=True)
    ap.add_argument("--plover", type=Path, required=True)
    ap.add_argument("--wordnet", type=Path, required=True)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "src/newsledger/data")
    a = ap.parse_args(argv)
    _write(a.out / "cameo_verbs.json", "CAMEO verb patterns (see scripts/build_event_lexicon.py for the fields).",
           f"openeventdata/petrarch2@{_commit(a.petrarch)}:{CAMEO_FILE} (MIT)", cameo_verbs(a.petrarch / CAMEO_FILE))
    _write(a.out / "cameo_plover.json", "CAMEO code -> PLOVER type and mode; CAMEO 01 and 02 are dropped in PLOVER.",
           f"openeventdata/PLOVER@{_commit(a.plover)}:{CROSSWALK_FILE} (CC BY-SA 4.0)",
           {"codes": crosswalk(a.plover / CROSSWALK_FILE)})
    _write(a.out / "wordnet_nouns.json", "Noun lexicographer classes (first sense / later senses), the verbs "
           "event nouns derive from, and the nouns of contests, votes, games and markets ('contests'), the one-word "
           "names WordNet files first below ill health ('diseases': 'HIV', 'AIDS'), and the nouns whose first or second "
           "sense is below a prize or an accolade ('awards': 'award', 'prize', 'trophy', 'medal'), and those with only a later "
           "sense below one ('later_awards': 'crown', 'cup', 'palm'), and the nouns whose first "
           "sense is below a literary, musical or dramatic composition, a movie or a drama ('works': 'novel', "
           "'film', 'song', 'play'), and the nouns with a sense of the status of being a champion ('titles': 'title', "
           "'championship'), and the nouns whose first sense is below a sport ('sports': 'athletics', 'football'), and the "
           "nouns whose first or second sense is below a contest or a game ('games': 'race', 'final', 'match'), and those "
           "of them with no sense below a race for office or a vote ('matches': not 'campaign'), and the nouns with a "
           "sense below a contestant or a team or a person's sense on a sport's topic ('contestants': 'player', "
           "'club', 'referee'), and the nouns first an athlete or a person on a sport's topic ('athletes': 'sprinter', 'winger', "
           "'referee'), and the capitalised nouns first below a contest ('named_contests': 'Olympics', 'Grand Prix').",
           f"globalwordnet/english-wordnet@{_commit(a.wordnet)} (CC BY 4.0)", wordnet_nouns(a.wordnet / WORDNET_DIR))
    _write(a.out / "wordnet_idioms.json", "Verb -> the noun phrases it makes a multi-word verb of in WordNet "
           "('take' -> 'place'): an idiom whose sense is not the verb's.",
           f"globalwordnet/english-wordnet@{_commit(a.wordnet)} (CC BY 4.0)", wordnet_idioms(a.wordnet / WORDNET_DIR))
    _write(a.out / "wordnet_verbs.json", "Verbs whose first sense is in WordNet's verb.communication: the "
           "class of speech verbs ('communication'); verbs with a sense of criticising ('critical': the synset of "
           "'criticize' and its troponyms); verbs whose first sense "
           "is in verb.stative, verb.cognition, verb.perception or verb.emotion, by class: they name no act "
           "('states'); verbs whose first sense is winning or overtaking in a contest ('competition': the synsets of "
           "'win' and 'overtake' in verb.competition and their troponyms); verbs with any sense of taking part in a "
           "contest or of gaining on a rival ('contending': the synsets of 'compete' and 'overtake' in verb.competition "
           "and their troponyms: 'meet', 'face', 'play', 'race'); the verbs of the two synsets of having in "
           "verb.possession ('having': 'have', 'hold', 'own', 'possess': a state, where the file's other verbs are "
           "transfers); verbs with a sense in verb.consumption ('consumption': 'take', 'eat', 'use', 'inject'); "
           "verbs of a verb and a particle by the class "
           "of their first sense, and of a verb, a particle or preposition and a noun phrase ('phrasal': 'take on' -> change, "
           "'take to heart' -> cognition); verbs whose first sense's class is none of the classes of "
           "their senses that take a person as object, with those classes ('person_objects': frames 'Somebody ----s "
           "somebody ...'; 'fire', first to shoot, -> change, motion, social); verbs with any sense in verb.creation "
           "('creation': 'direct' a film, 'conduct' a performance, 'lead' one); verbs with a sense of putting a person out "
           "of a group, taking a person as object ('excluding': expel's own sense and the synsets of suspend, bar and "
           "ban below it, with their troponyms: 'ban', 'bar', 'suspend', 'blackball'; not those of a place or a country); "
           "verbs whose first sense inflicts a penalty ('penalizing': the synsets of the verbs that a noun whose first "
           "sense is at or below 'punishment', 'conviction' or 'penalty' derives from: 'jail', 'imprison', 'fine', "
           "'punish'; not 'detain', whose 'detention' is first a state of custody).",
           f"globalwordnet/english-wordnet@{_commit(a.wordnet)} (CC BY 4.0)", wordnet_verbs(a.wordnet / WORDNET_DIR))
    _write(a.out / "wordnet_control.json", "Verbs over a 'to'-complement by the sense WordNet gives them with "
           "a 'to'-infinitive frame, below a verb PLOVER's manual defines a verbal type with, or 'intend' or 'try' "
           "('passes': the complement's act): read by the events room where the hand-written control lexicon "
           "(plover_triggers.json 'control') has no entry. 'frame': 'subject' ('vowed to fight') or 'object' "
           "('begged them to stay': the object is to act). 'undone': by the frame of an act ('to': 'to' "
           "INFINITIVE; 'ing': VERB-ing), the verbs whose sense with that frame is at or below refusing, failing to do, "
           "leaving undone, being unable or refraining from doing ('refused to apologise', 'avoided paying'): the act "
           "of such a complement is not done.",
           f"globalwordnet/english-wordnet@{_commit(a.wordnet)} (CC BY 4.0)",
           {"verbs": control_verbs(a.wordnet / WORDNET_DIR), "undone": undone_verbs(a.wordnet / WORDNET_DIR)})
    _write(a.out / "force_agents.json", "Common nouns for a state's police and armed forces (PETRARCH agents "
           "[~COP] and [~MIL]), for its government's bodies and officials ([~GOV] and its sectors), for the "
           "groups coded as parties with no state: armed rebels ([~REB]) and the opposition ([~OPP]), and for its "
           "courts, judges and prosecutors ([~JUD]).",
           f"openeventdata/petrarch2@{_commit(a.petrarch)}:{AGENTS_FILE} (MIT)",
           force_agents(a.petrarch / AGENTS_FILE))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
