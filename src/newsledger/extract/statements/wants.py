"""What a pronoun or description may stand for: a ``Want`` read from the mention's own words ('he' a
man named before, 'the Swedish firm' the one body named within reach, 'the home secretary' the holder
of that office, 'a spokesman' no one named at all).

Apart because it reads only the mention, never the discourse; ``referents`` matches a want against
the candidates of ``named_mentions``.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from ...nlp.wordnet import first_class, noun_classes
from .lexicon import Lexicon
from .name_kinds import GROUPLIKE, ORGS, PERSONLIKE, is_proper
from .peoples import people_of_description
from .speakers import people_description, proper_title


@dataclass(frozen=True)
class Want:
    labels: frozenset[str]
    head: str | None = None                 # a description's head noun, matched first
    head_only: bool = False                 # no fallback to the nearest compatible mention
    near: int | None = None                 # the fallback only within this many characters
    office: bool = False                    # a modified title ('the home secretary'): not someone of another title
    desc: frozenset[str] = frozenset()      # the description's words ('foreign', 'secretary')
    any_role: bool = False                  # also names in other roles ('Shares in UK Coal fell after it said')
    fresh: bool = False                     # someone not named before ('a spokesman'): no antecedent at all
    gender: str | None = None               # a gendered pronoun's or noun's ('he', 'the woman'): no one known to be of the other
    holder: bool = False                    # an office ('the home secretary'): its holder, first
    which: frozenset[str] = frozenset()     # the office's words that say which ('prime', 'home'), not whose ('French')
    sole: bool = False                      # 'the Swedish firm': else the one organisation named before, if only one
    lead: bool = False                      # 'the chancellor': else the untitled person the article leads with
    protagonist: bool = False               # 'the 30-year-old': else the one person the lead names as its subject
    else_body: Want | None = None          # 'the carrier': a person so titled, else the body named before
    press: bool = False                     # 'the paper': only an outlet's name (the Financial Times)
    people: str | None = None               # 'the Belarusian opposition figure': no one the text ties to another people


def head_known_as(want: Want | None) -> frozenset[str]:
    """'the environment select committee said ... the committee added': a body a description that
    says only what kind of body it is was resolved to is known by that head noun from then on, so
    that a later 'the committee' beyond the window of the nearest body finds it by name."""
    if want is None or want.head is None or want.head_only or not want.labels & ORGS:
        return frozenset()
    return frozenset({want.head})


def gendered_pronoun(want: Want) -> bool:
    """'he', 'she': a gender and no head noun ('the woman' has both, and is matched as a description)."""
    return want.gender is not None and want.head is None


def wanted(tok: Token, lex: Lexicon, speaks: bool = False) -> Want | None:
    """Which named mention a pronoun or description may stand for; a description of a person that
    names a people ('the Belarusian opposition figure', 'the Frenchman') wants one of that people.
    SPEAKS: TOK is a cue's speaker, so a noun that names a person in any sense names one here
    (``person_sense``)."""
    want = _wanted(tok, lex, speaks)
    if want is not None and want.labels == PERSONLIKE and want.head is not None:
        return replace(want, people=people_of_description(tok))
    return want


def _wanted(tok: Token, lex: Lexicon, speaks: bool) -> Want | None:
    sp, low, lemma = lex.speakers, tok.lower_, tok.lemma_.lower()
    if low in sp.person_pronouns:
        return Want(PERSONLIKE, gender=gender_of(frozenset({low}), lex))
    if low in sp.group_pronouns:
        return Want(GROUPLIKE)
    if low in sp.body_pronouns or low in sp.body_possessives:
        return Want(ORGS | {"NAME"}, near=sp.body_window_chars, any_role=True)   # a name nobody tagged too
    if proper_title(tok, lex):                  # 'the Salford MP', 'the Prime Minister': an office
        mods = _title_modifiers(tok)
        return Want(PERSONLIKE, lemma, office=True, desc=mods | {lemma}, holder=True, which=_which_office(tok))
    if age_description(tok, lex) or people_description(tok, lex):   # 'the 29-year-old', 'the Frenchman'
        return Want(PERSONLIKE, lemma, head_only=True, which=frozenset({lemma}), protagonist=True)
    if not (tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and not is_proper(tok)) or tok.tag_ == "NNS":
        return None
    if _narrators(tok, lex) and (lemma in sp.person_nouns or first_class(lemma) == "person"):
        return Want(PERSONLIKE, lemma, head_only=True, any_role=True)   # 'our correspondent'
    if indefinite(tok, lex) and (lemma in sp.person_nouns or first_class(lemma) == "person"):
        return Want(PERSONLIKE, lemma, head_only=True, fresh=True)
    if lemma in sp.person_nouns:
        mods = _title_modifiers(tok)
        holder = office_title(tok, lex) and not owned(tok)
        office = bool(mods) and lemma not in sp.epithet_nouns      # 'the opposition figure' names no office
        return Want(PERSONLIKE, lemma, head_only=owned(tok), office=office, desc=mods | {lemma}, holder=holder,
                    which=_which_office(tok) if holder else frozenset(), gender=gender_of(frozenset({lemma}), lex))
    if (first_class(lemma) == "person" or speaks and person_sense(lemma, lex)) and definite(tok, lex):   # 'the cardinal'
        if body_sense(tok, lex, person_first=True):              # 'the carrier', 'the distributor'
            return Want(PERSONLIKE, lemma, head_only=True, else_body=_body_want(tok, lex))
        which = _office_nouns(tok)              # 'the shadow chancellor': not the chancellor, nor the lead
        return Want(PERSONLIKE, lemma, head_only=True, lead=not owned(tok) and not which,
                    which=which | {lemma} if which else frozenset(), gender=gender_of(frozenset({lemma}), lex))
    if lemma in sp.press_nouns and definite(tok, lex):          # 'the paper', 'the newspaper'
        return Want(ORGS | {"NAME"}, lemma, head_only=False, any_role=True, press=True)
    if lemma in sp.message_nouns and definite(tok, lex):
        return Want(ORGS, lemma, head_only=True)       # 'the report': the one named with its issuer
    if lemma in sp.organisation_words or ((definite(tok, lex) or ranked_in_place(tok, lex)) and body_sense(tok, lex)):
        return _body_want(tok, lex)
    return None


def person_sense(lemma: str, lex: Lexicon) -> bool:
    """'the agent told', 'said the top seed', 'The marathon world record holder believes': a noun
    WordNet knows as a person only past its first sense ('agent' is first a cause, 'seed' a fruit,
    'holder' a device) names that person where it is a cue's speaker, since the cue wants one who can
    say: when its first sense that can speak is the person's (``speaking_person_nouns``; not 'the
    poster says', a notice first, nor 'the suit claims', a lawsuit first)."""
    return lemma in lex.speakers.speaking_person_nouns


def age_description(tok: Token, lex: Lexicon) -> bool:
    """'The 29-year-old would be a strong contender', 'the 47 year old said': a definite description
    of one by their age (the adjective 'old' measured in years by a number, ``age_words``; the parser
    hangs the unit on 'old' as a measure or as a compound, and the number on either) is a person's,
    as 'the former teacher' is: the one person the article names as a subject in its sentence or the
    one before (``referents._sole_person_before``), else the one person its lead names as its
    subject when no other person was a subject since (``referents._protagonist``), never a person
    the lead names among others ('The reported feud between Tony Blair and Gordon Brown has prompted
    a Labour donor ... The 52 year old' is the donor)."""
    ages = lex.speakers.age_words
    units = [c for c in tok.children if c.dep_ in ("npadvmod", "compound") and c.lemma_.lower() in ages]
    return tok.lower_ in ages and definite(tok, lex) and any(
        n.dep_ == "nummod" for u in units for n in (*u.children, *tok.children))


def _body_want(tok: Token, lex: Lexicon) -> Want:
    """Which organisation a description of a body ('the firm', 'the party', 'the Swedish firm') may stand for."""
    sp, lemma = lex.speakers, tok.lemma_.lower()
    labels = ORGS | {"NORP"} if lemma in sp.party_heads else ORGS
    return Want(labels | {"NAME"}, lemma, head_only=not _described_only_by_role(tok, lex),
                 near=sp.body_window_chars, any_role=True, sole=_described_by_origin(tok, lex))


def _narrators(tok: Token, lex: Lexicon) -> bool:
    """'our correspondent', 'our reporter': the outlet's own journalist, whom the article names with
    that title in any role ('speaking to the BBC's defence correspondent Paul Adams'), not a person
    of someone else's."""
    return any(c.dep_ == "poss" and c.lower_ in lex.speakers.narrator_pronouns for c in tok.children)


def indefinite(tok: Token, lex: Lexicon) -> bool:
    """'a spokesman', 'one analyst', 'another member': a description of someone not named before."""
    return any(c.dep_ in ("det", "nummod") and c.lower_ in lex.speakers.indefinite_determiners for c in tok.children)


def _described_only_by_role(tok: Token, lex: Lexicon) -> bool:
    """'the company', 'the committee': a definite description that says only what kind of body
    it is may stand for the organisation named just before; one that says whose or where it is
    ('the German firm', 'the Russian government') or that is a state's own ('the government')
    is matched by name only."""
    if ranked_in_place(tok, lex):
        return tok.lemma_.lower() not in lex.speakers.state_bodies
    if not definite(tok, lex) or tok.lemma_.lower() in lex.speakers.state_bodies:
        return False
    return not any(c.ent_type_ in ("NORP", "GPE") or c.dep_ == "poss" for c in tok.lefts)


def _described_by_origin(tok: Token, lex: Lexicon) -> bool:
    """'The Swedish firm', 'the South Yorkshire company': a definite description of a body that
    says where it is from and nothing else (not a state's own body, nor whose it is, nor a body of
    its own kind: 'the Belarusian presidential press service')."""
    words = [t for t in tok.doc[tok.left_edge.i:tok.i] if t.dep_ != "det"]
    return definite(tok, lex) and tok.lemma_.lower() not in lex.speakers.state_bodies and bool(words) \
        and all(t.ent_type_ in ("NORP", "GPE") for t in words)


def ranked_in_place(tok: Token, lex: Lexicon) -> bool:
    """'The world's second biggest insurer', "Britain's largest bank": a description ranked by a
    superlative and owned by a place (a place's name, or a noun whose first WordNet sense is a
    location or an object, ``place_owner_classes``) is one body, as definite as 'the insurer': the
    owner says where it ranks, not whose it is (not "Mr Smith's biggest client")."""
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None or not any(t.tag_ in ("JJS", "RBS") for c in tok.lefts if c.dep_ != "poss" for t in c.subtree):
        return False
    if owner.ent_type_ in ("GPE", "LOC"):
        return True
    return owner.pos_ == "NOUN" and first_class(owner.lemma_.lower()) in lex.speakers.place_owner_classes


def definite(tok: Token, lex: Lexicon) -> bool:
    """'the company', 'the Swedish firm': a description of one body the reader already knows."""
    return any(c.dep_ == "det" and c.lower_ in lex.speakers.definite_determiners for c in tok.children)


def body_sense(tok: Token, lex: Lexicon, person_first: bool = False) -> bool:
    """Whether a common noun can name an organisation: one of its WordNet senses is a group
    ('firm', 'committee', 'carrier' of airlines) and its first is not a person ('maker' is a
    person first), or, with PERSON_FIRST, is a person but the word is no listed person's noun
    ('the carrier', 'the distributor': a person only where the article gives someone that title)."""
    classes = noun_classes(tok)
    if not classes:
        return False
    first_ok = tok.lemma_.lower() not in lex.speakers.person_nouns if person_first else classes[0] != "person"
    return first_ok and bool(set(classes) & lex.speakers.body_classes)


def _which_office(tok: Token) -> frozenset[str]:
    """The words of a title that say which office it is: its head and each modifier that makes with
    the head a person's noun of WordNet ('prime minister', 'home secretary', 'finance minister'), not
    a word that says whose, where or when ('the French president' is President Chirac's office, 'the
    former Labour leader' Mr Kinnock's, though no one called them so)."""
    head = tok.lemma_.lower()
    return frozenset(m for m in _title_modifiers(tok) if first_class(f"{m} {head}") == "person") | {head}


def _office_nouns(tok: Token) -> frozenset[str]:
    """A common noun compounded to a title ('the shadow chancellor', 'the deputy leader') says
    which office as WordNet's compounds do: the shadow chancellor is not the chancellor the article
    named before. A name or a people's word there ('the Labour leader', 'the US president') says
    whose, not which, and a title that says whose ('the Metropolitan police chief') is not told by its
    common nouns ('Norfolk police chief Andy Hayman' holds another)."""
    mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound")]
    if any(c.ent_type_ or c.pos_ == "PROPN" for c in mods):
        return frozenset()
    return frozenset(c.lemma_.lower() for c in mods if c.dep_ == "compound" and c.tag_ == "NN")


def _title_modifiers(tok: Token) -> frozenset[str]:
    return frozenset(c.lemma_.lower() for c in tok.lefts if c.dep_ in ("amod", "compound"))


def office_title(tok: Token, lex: Lexicon) -> bool:
    """'the home secretary', 'the Tory leader': a definite title whose first WordNet sense is a
    person ('the Tory source' is no office) and that says which office; it
    stands for one the article gave that title, and where it gave it no one, for no one named (never
    the person who spoke last)."""
    lemma = tok.lemma_.lower()
    return lemma in lex.speakers.person_nouns and first_class(lemma) == "person" and definite(tok, lex) \
        and bool(_title_modifiers(tok))


def owned(tok: Token) -> bool:
    """Whether a description names whose it is ('Mr Putin's spokesman', 'his aide'): it is
    someone of that owner's, not the person named before. ('The CEO of Hewlett-Packard' is a
    title, often of the person just named: only a possessive owns.)"""
    return any(c.dep_ == "poss" for c in tok.children)


def gender_of(words: frozenset[str], lex: Lexicon) -> str | None:
    """'male' or 'female' when the words say one gender only (data/statements_speakers.json)."""
    male, female = bool(words & lex.speakers.male_words), bool(words & lex.speakers.female_words)
    return "male" if male and not female else "female" if female and not male else None
