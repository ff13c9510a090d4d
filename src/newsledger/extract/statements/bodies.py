"""The bodies that speak through someone or something the article does not name as them: a body a
description names as a subject ('The commission ... had been asked'), the members of a body
('Ministers said'), a document ('The report said', 'a World Bank report'), a news outlet ('the Reuters
news agency'), a spokesperson for a body, initials spelled out before ('The CIPS').

Apart because only statements' speakers are resolved through them (``resolve_antecedents``), not the
other layers' mentions.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ...model import Span
from ...names import strip_the
from ...nlp.components import doc_ents
from ...nlp.wordnet import first_class, word_classes
from ..entities.evidence import initials, short_form
from ..entities.lexicon import lexicon as title_lexicon
from .lexicon import Lexicon, text_of
from .name_kinds import ORGS, PERSONLIKE, ROLES, entity_kind, is_proper, mention_label, phrase_head
from .named_mentions import Named, first_named_after_lead, span_words, surname
from .referents import Context, first_word, lead_names, office_holder, stands_for
from .speakers import mention_span, proper_title
from .wants import Want, definite, head_known_as, indefinite, wanted


def described_bodies(doc: Doc, speakers: set[int], words: list[Span], ctx: Context, lex: Lexicon) -> list[Named]:
    """'The commission, an independent body, had been asked to ... But it said': a body a
    description names as the subject of a clause outside anyone's WORDS is a mention of the body it
    stands for, there, which a later 'it' finds before a body named earlier (a body named before it,
    not the lead's body a speaker's description may fall back to). SPEAKERS: the tokens of
    statements' speakers, resolved with the statements. So is the holder of an office a capitalised
    title names as such a subject ('the Minister highlighted ... , he added': the minister named
    before, whom the 'he' stands for)."""
    out = []
    for tok in doc:
        if tok.dep_ not in ROLES or tok.i in speakers or any(s <= tok.idx < e for s, e in words):
            continue
        office = proper_title(tok, lex)
        if tok.pos_ != "NOUN" and not office:
            continue
        want = wanted(tok, lex)
        if want is None or want.head is None or want.fresh or not (office or want.labels & ORGS):
            continue
        ante = stands_for(doc, tok.idx, want, ctx, lex)
        if ante is not None:
            label = ante.label if office or ante.label != "NAME" else "ORG"    # a name a body description found is a body's
            out.append(Named(tok.idx, ante.span, label, ante.words | head_known_as(want), title=ante.title, key=ante.key))
    return out


def body_of_members(doc: Doc, tok: Token, ctx: Context, lex: Lexicon) -> Named | None:
    """'The joint committee on human rights found ... Members urged the government', 'the UK
    government had hoped ... Ministers had hoped': people named only as the holders of posts
    inside a body (``member_nouns``, plural, with nothing before them that says whose or which)
    speak for the organisation named last before them as a subject in their own sentence or the
    one before it (not one named only as an owner: 'Shares in Unilever rose. The ministers said'
    are no firm's); ministers only for a state's body ('the UK government', not a party named
    there); for no one when that stretch names none ('Officials said' opening a story).
    A body described after them ('Members of the committee') is the one that description stands
    for; any other phrase after them ('ministers from both countries') says they are not one body's."""
    if not _members(tok, lex):
        return None
    if any(c.dep_ in ("prep", "appos", "acl", "relcl") for c in tok.rights):
        return described_body_after(doc, tok, ctx, lex, kinds=True)
    return _body_in_reach(doc, tok, ctx.named, lex, state=tok.lemma_.lower() in lex.speakers.state_member_nouns)


def described_body_after(doc: Doc, tok: Token, ctx: Context, lex: Lexicon, kinds: bool = False) -> Named | None:
    """'A spokesman for the firm said', 'Members of the committee': people named by their post in a
    body (``group_nouns``) that a description of a body follows, right after one of
    ``group_prepositions``, speak for the organisation that description stands for (the firm named
    before, as 'the firm said' would be), or for the body whose name owns it ("the SEC's Boston
    office"); None when the first phrase after them is anything else ('ministers from both
    countries'), when the description says what kind of body it is ('the supporters club' after
    Manchester United; with KINDS, members of 'the joint committee' are its, as before) or stands
    for no body the article names."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lex.speakers.group_nouns:
        return None
    after = [c for c in tok.rights if c.dep_ in ("prep", "appos", "acl", "relcl")]
    body = next((g for c in after[:1] if c.dep_ == "prep" and c.lower_ in lex.speakers.group_prepositions
                 for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
    if body is None:
        return None
    owner = _named_owner(doc, body, lex)
    if owner is not None:
        return owner
    if not kinds and any(c.dep_ != "det" for c in body.lefts):
        return None         # 'the supporters club' is no 'the club': a kind the body named before may not be
    want = wanted(body, lex)
    return stands_for(doc, body.idx, want, ctx, lex) if want is not None and want.labels & ORGS else None


def _named_owner(doc: Doc, body: Token, lex: Lexicon) -> Named | None:
    """"a spokeswoman for the SEC's Boston office": a part of a body owned by the body's name
    speaks for that body (the part is no organisation the ledger names)."""
    owner = next((c for c in body.children if c.dep_ == "poss" and is_proper(c)), None)
    ent = next((e for e in doc_ents(doc) if owner is not None and e.start <= owner.i < e.end), None)
    if ent is None or entity_kind(ent, lex) != "ORG":
        return None
    span = (ent.start_char, ent.end_char)
    return Named(span[0], span, "ORG", span_words(doc, span), False)


def body_of_voice(doc: Doc, tok: Token, ctx: Context, lex: Lexicon) -> Named | None:
    """'The Justice Department refused to say if it would appeal. "...," a spokeswoman said': one
    whose post is to speak for someone (``voice_nouns``), introduced with nothing but 'a' and
    nothing after that says whose, speaks for the body whose name stands before it ('A Defra
    spokesman'), else for the organisation named last as the subject of a main
    clause in their sentence or the one before (``_body_in_reach``), when no person is named as
    such a subject after it (then the voice may be that person's: 'Mr Galloway ... A spokesman
    later said'); for no one when that stretch names no body so."""
    if tok.tag_ != "NN" or tok.lemma_.lower() not in lex.speakers.voice_nouns or not indefinite(tok, lex) \
            or any(c.dep_ in ("prep", "appos", "acl", "relcl", "poss") for c in tok.children):
        return None
    mods = [t for t in doc[tok.left_edge.i:tok.i] if t.dep_ != "det"]
    if mods:
        return _body_named_before_voice(doc, mods, lex) or _body_of_kind_before_voice(doc, tok, mods, ctx, lex)
    body = _body_in_reach(doc, tok, ctx.named, lex, main=True)
    if body is None or any(n.label in PERSONLIKE and n.salient and body.pos < n.pos < tok.idx and main_subject(doc, n)
                           for n in ctx.named):
        return _last_subject_body(doc, tok, ctx.named, lex)
    return body


def _last_subject_body(doc: Doc, tok: Token, named: list[Named], lex: Lexicon) -> Named | None:
    """'Cairn has also been granted approval. This approval has come from the Indian government. ¶ A
    spokesman said', 'Rival search engine Yahoo has been developing ... It offers ... A spokeswoman
    told': the voice of a body the article named as a main clause's subject two sentences before, with
    no name a main clause's subject since, is that body's (the nearest antecedent the description
    fits: a spokesperson speaks for a body). The name of the last such subject within
    ``body_window_chars`` before the voice decides: a body's (or an untyped name's: 'telecommunications
    firm NTL blames') is whom the voice speaks for; a person's ('Mr Galloway ... A spokesman later
    said') leaves it unnamed, as does a second body named so in the same sentence (either may be
    meant). Not a voice nouns's own unnamed mention ('a spokeswoman' before it, known as '@')."""
    window = lex.speakers.body_window_chars
    subjects = [n for n in named if n.salient and 0 < tok.idx - n.pos <= window and not n.key.startswith("@")
                and main_subject(doc, n)]
    last = max(subjects, key=lambda n: n.pos, default=None)
    if last is None or last.label not in ORGS | {"NAME"}:
        return None
    at = doc.char_span(last.pos, last.pos + 1, alignment_mode="expand")
    sent = at[0].sent if at else None
    rivals = {surname(doc, n.span) for n in subjects if n.label in ORGS | {"NAME"} and sent is not None
              and sent.start_char <= n.pos < sent.end_char}
    return last if len(rivals) == 1 else None


def _body_in_reach(doc: Doc, tok: Token, named: list[Named], lex: Lexicon, state: bool = False,
                   main: bool = False) -> Named | None:
    """The organisation named last before TOK as a subject in TOK's sentence or the one before it;
    with STATE, only a state's body (its words hold a ``state_bodies`` word: 'the UK government');
    with MAIN, only the subject of a main clause ('The NAO urged ...', not the CSA of 'five years
    before the CSA was fit for purpose')."""
    sent = tok.sent
    prev = next((doc[i].sent for i in range(sent.start - 1, -1, -1) if doc[i].is_alpha), None)
    start = prev.start_char if prev is not None else sent.start_char
    bodies = [n for n in named if n.label in ORGS and n.salient and start <= n.pos < tok.idx
              and (not state or bool(n.words & lex.speakers.state_bodies)) and (not main or main_subject(doc, n))]
    return max(bodies, key=lambda n: n.pos, default=None)


def main_subject(doc: Doc, n: Named) -> bool:
    """Whether N is named, where it is mentioned, as the subject of its sentence's main verb (or of a
    verb joined to it)."""
    at = doc.char_span(n.pos, n.pos + 1, alignment_mode="expand")
    if not at:
        return False
    word = at[0]
    while word.dep_ in ("det", "compound", "amod", "flat", "poss", "case") and word.head.i != word.i:
        word = word.head
    return main_clause_subject(phrase_head(word))


def main_clause_subject(word: Token) -> bool:
    """Whether WORD is the subject of its sentence's main verb (or of a verb joined to it), not of a
    clause below it ('this soap opera' of 'the dangers of allowing this soap opera to continue')."""
    if word.dep_ not in ROLES:
        return False
    verb = word.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def author_of_document(doc: Doc, tok: Token, ctx: Context, lex: Lexicon) -> Named | None:
    """'The National Institute ... published its forecasts. The report said', "the institute's
    study found": a document (``message_nouns``, the titles lexicon's ``document_nouns``) whose
    issuer is not named with it speaks for the body its owner's description stands for, else, when
    definite, for the organisation named last as the subject of a main clause in its sentence or the
    one before (``_body_in_reach``); an indefinite one ('a report says') only in the news lead, for
    the body the sentence after it names (``_body_after_lead``)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or lemma not in lex.speakers.message_nouns | title_lexicon().document_nouns:
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is not None:
        want = wanted(owner, lex) if owner.pos_ == "NOUN" else None
        return stands_for(doc, owner.idx, want, ctx, lex) if want is not None and want.labels & ORGS else None
    if any(c.dep_ in ("prep", "appos", "acl", "relcl") for c in tok.rights):
        return None
    if indefinite(tok, lex):
        return _body_after_lead(doc, tok, ctx.named)
    return _body_in_reach(doc, tok, ctx.named, lex, main=True) if definite(tok, lex) else None


def _body_after_lead(doc: Doc, tok: Token, named: list[Named]) -> Named | None:
    """'UK manufacturing slowed in January, according to a survey. ¶ The Chartered Institute of
    Purchasing and Supply said ...': a document the news lead cites without its issuer is the
    one of the organisation named as the subject of a main clause of the sentence after the lead
    (as a person the lead describes is the one named there, ``_named_after_lead`` in ``antecedents``; not a people
    named inside it: 'The eight central European states ..., the UNECE said'); no one's elsewhere."""
    first = first_named_after_lead(doc, tok.idx, named, lambda n: main_subject(doc, n))
    return first if first is not None and first.label in ORGS else None


def document_word(tok: Token, lex: Lexicon) -> frozenset[str]:
    """'report' of a document resolved to its issuer: a later 'the report' finds that issuer by it."""
    lemma = tok.lemma_.lower()
    return frozenset({lemma}) if lemma in lex.speakers.message_nouns | title_lexicon().document_nouns else frozenset()


def state_of_body(doc: Doc, tok: Token, ctx: Context, lex: Lexicon) -> Named | None:
    """'Venezuela has assured foreign firms that it respects contracts. However, the government
    insisted ...', 'Argentina is set to close its debt offer, with the government hopeful': a state's
    body it has one of (``whole_state_bodies``), with nothing before it but 'the' and no owner after
    it, is the state named last before it as a subject in its sentence or the one before, outside
    anyone's words, else the state the article's first sentence is about (``_lead_state``); for no
    one when neither names a state as a subject (a British article's 'the government' stays unnamed)."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.lemma_.lower() not in lex.speakers.whole_state_bodies \
            or not all(c.dep_ == "det" and c.lower_ in lex.speakers.definite_determiners for c in tok.lefts) \
            or any(c.dep_ in ("prep", "poss") for c in tok.children):
        return None
    prev = next((doc[i].sent for i in range(tok.sent.start - 1, -1, -1) if doc[i].is_alpha), None)
    start = prev.start_char if prev is not None else tok.sent.start_char
    states = [e for e in doc_ents(doc) if start <= e.start_char < tok.idx and entity_kind(e, lex) == "GPE"
              and phrase_head(e.root).dep_ in ROLES and not any(s <= e.start_char < end for s, end in ctx.contents)]
    state = states[-1] if states else _lead_state(doc, lex)
    if state is None:
        return None
    span = (state.start_char, state.end_char)
    return Named(span[0], span, "GPE", span_words(doc, span), True)


def _lead_state(doc: Doc, lex: Lexicon) -> SpacySpan | None:
    """'Turkey is to relaunch its currency ... The government hopes': a state that is the subject of
    the main clause of the article's first sentence is what the article is about (its protagonist,
    as the lead's one body is for 'the company', ``referents._lead_body``); a state's body with no
    state named as a subject within reach is that state's. None when the lead's main subject is no
    state (a British article's 'Tony Blair has ...': its 'the government' stays unnamed)."""
    states = [e for e in lead_names(doc, "GPE", lex) if main_subject(doc, Named(e.start_char, (e.start_char, e.end_char), "GPE"))]
    return states[0] if len(states) == 1 else None


def _body_named_before_voice(doc: Doc, mods: list[Token], lex: Lexicon) -> Named | None:
    """'A Defra spokesman', 'a South Wales Police spokeswoman': a voice whose only words before it
    are a proper name is that body's (not a place's or a people's name: 'a US spokesman' says
    whose country, not which body; nor a common noun: 'a police spokesman' names no one body)."""
    if not all(t.pos_ == "PROPN" and t.dep_ == "compound" and t.text[:1].isupper() for t in mods):
        return None
    span = (mods[0].idx, mods[-1].idx + len(mods[-1]))
    ents = [e for e in doc_ents(doc) if e.start_char == span[0] and e.end_char == span[1]]
    if any(entity_kind(e, lex) in ("GPE", "NORP", "PERSON") or e.label_ in ("GPE", "NORP", "LOC") for e in ents):
        return None
    return Named(span[0], span, "ORG", span_words(doc, span), False)


def _body_of_kind_before_voice(doc: Doc, tok: Token, mods: list[Token], ctx: Context, lex: Lexicon) -> Named | None:
    """'an executive spokeswoman' after the Scottish Executive was named, 'A party spokesman' after
    'the Liberal Party': a voice whose one word before it is a common noun for a kind of body (a noun
    with a group sense in WordNet, ``body_classes``, which the tagger may take for an adjective)
    speaks for the body named before it whose name holds that word, as 'the executive' would
    (``stands_for``), when the article names one such body within ``antecedent_window_chars``
    before it, in any role and in anyone's words ('a bank spokesman' after Commercial Bank and
    People's Bank were named: either; 'a police spokesman' with no police force named: no one)."""
    if len(mods) != 1 or mods[0].pos_ not in ("NOUN", "ADJ") or mods[0].dep_ not in ("compound", "amod") \
            or not set(word_classes(mods[0].lemma_.lower())) & lex.speakers.body_classes:
        return None
    kind, window = mods[0].lemma_.lower(), lex.speakers.antecedent_window_chars
    spans = [(e.start_char, e.end_char) for e in doc_ents(doc) if "ORG" in (e.label_, entity_kind(e, lex))] + \
        [n.span for n in ctx.named if n.label in ORGS | {"NAME"}]
    bodies = {first_word(doc, span) for span in spans if 0 < tok.idx - span[0] <= window and _named_kind(doc, span, kind)}
    body = stands_for(doc, tok.idx, Want(ORGS | {"NAME"}, kind, head_only=True, any_role=True), ctx, lex)
    return body if body is not None and bodies == {first_word(doc, body.span)} and _named_kind(doc, body.span, kind) \
        else None


def _named_kind(doc: Doc, span: Span, kind: str) -> bool:
    """Whether the name at SPAN holds the word KIND and more ('Scottish Executive'; not 'Party' of a
    sentence's first word the tagger took for a name: 'Party strategists believe')."""
    words = span_words(doc, span) - {"the"}
    return kind in words and len(words) > 1


def body_headed_by(doc: Doc, tok: Token, lex: Lexicon) -> Named | None:
    """'Police have said they have a duty ... Metropolitan Police Commissioner Sir John Stevens',
    'the lords ruled ... the House of Lords': a description with nothing before it but 'the' and
    nothing after it that says whose or which, whose head word is the last word of the name of an
    organisation the article names (before or after it, in any role: as a title's owner too), is that
    organisation, when the article names one such only ('the police' of an article naming West
    Yorkshire Police and Thames Valley Police is neither), the word written as in the name ('the
    parties' after 'Labour and the Conservatives' are both, not the Labour Party). A common noun before the head says what
    kind ('the law lords', 'the riot police'); a name or an adjective says whose or where ('the
    Kent police', 'local police'), and leaves it. Without 'the', only a body's own word ('Police
    said'): a bare plural of people ('lenders have said' beside the Council of Mortgage Lenders) is
    people of that kind, as 'analysts' is. A name whose last word is a place's or a
    building's ('Charing Cross Police Station') is no body's; one whose head word is another
    ('Association of Chief Police Officers') says nothing of 'the police'."""
    if tok.pos_ != "NOUN" or not all(_kind_word(c) or c.dep_ == "det" and c.lower_ in lex.speakers.definite_determiners
                                      for c in tok.lefts) \
            or any(c.dep_ in ("prep", "poss", "appos", "acl", "relcl") for c in tok.rights):
        return None
    if not any(c.dep_ == "det" for c in tok.lefts) \
            and tok.lower_ not in title_lexicon().org_heads | lex.speakers.organisation_words:
        return None             # 'lenders have said', 'analysts said': people of a kind, no one body
    bodies = {strip_the(text_of(doc)[e.start_char:e.end_char]).lower(): e for e in doc_ents(doc)
              if len(e) > 1 and e[-1].lower_ == tok.lower_ and entity_kind(e, lex) == "ORG"}
    if len(bodies) != 1:
        return None
    ent = next(iter(bodies.values()))
    span = (ent.start_char, ent.end_char)
    return Named(span[0], span, "ORG", span_words(doc, span), True)


def _kind_word(tok: Token) -> bool:
    """'law' of 'the law lords', 'riot' of 'the riot police': a common noun before a head that says
    what kind it is, not whose or where (a name, an adjective: 'Kent police', 'local police')."""
    return tok.dep_ == "compound" and tok.pos_ == "NOUN" and tok.is_lower


def _members(tok: Token, lex: Lexicon) -> bool:
    """'Ministers', 'the members', 'Officials': a plural common noun of a post inside a body with no
    word before it but 'the' ('senior officials', 'US officials', 'some members' are not one body's
    as such)."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.lemma_.lower() in lex.speakers.member_nouns \
        and all(c.dep_ == "det" and c.lower_ in lex.speakers.definite_determiners for c in tok.lefts)


def spelled_out(doc: Doc, span: Span, named: list[Named]) -> Named | None:
    """'The Chartered Institute of Purchasing and Supply (CIPS) said ... The CIPS said': a speaker
    written as initials the tagger left untyped stands for the organisation named before whose
    initials they are (the nearest, when several are)."""
    text = strip_the(text_of(doc)[span[0]:span[1]])
    if not short_form(text) or text.upper() != text:
        return None
    fits = [n for n in named if n.label == "ORG" and n.pos < span[0] and initials(text_of(doc)[n.span[0]:n.span[1]]) == text]
    return max(fits, key=lambda n: n.pos, default=None)


def speaks_for(doc: Doc, tok: Token, span: Span, lex: Lexicon) -> bool:
    """'A spokeswoman for the Electoral Commission said ... She added': a person who speaks for the
    body named after them; a later 'she' or 'the spokeswoman' is that body's voice too. The body's
    name ends in a common noun ('Commission', 'Council', 'Office'): a span the tagger ran on into
    the person's own name ('the head of the Regional Administration Oleh Kravets') is not one; a
    plural counts by its singular ('A spokesperson for Delta Airlines told ... She added'). So
    is one whose body's name stands before them ('A UKIP spokesman said ... He added')."""
    lemma = tok.lemma_.lower()
    if lemma not in lex.speakers.person_nouns or lemma not in lex.speakers.group_nouns or span[0] <= tok.idx < span[1]:
        return False
    if span[1] <= tok.idx:
        return True         # 'A UKIP spokesman said ... He added': the body's name before the voice
    words = text_of(doc)[span[0]:span[1]].split()
    return bool(words) and _common_noun(words[-1].lower())


def _common_noun(word: str) -> bool:
    """Whether WORD is a common noun WordNet knows, as written or as the singular of a plural
    ('Airlines' of 'Delta Airlines', which the tagger leaves unlemmatised in a name)."""
    return first_class(word) is not None or word.endswith("s") and len(word) > 3 and first_class(word[:-1]) is not None


def voice_of_owner(doc: Doc, tok: Token, ctx: Context, lex: Lexicon) -> Named | None:
    """"Mr Blair's spokesman said", 'his spokeswoman said', "the prime minister's official spokesman
    said": one whose post is to speak for someone (``voice_nouns``), singular and owned by a
    possessive, speaks for the owner: the person or body the possessive names, or the one it stands
    for (a pronoun; an office, only its holder the article titles so or leads with, never a guess
    from the persons named near it). None when the owner stands for no one the article names (then
    the voice stays someone unnamed, as 'a spokesman' is)."""
    if tok.tag_ != "NN" or tok.lemma_.lower() not in lex.speakers.voice_nouns:
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    if is_proper(owner):
        span = mention_span(owner, lex)
        span = (span[0], span[1] - 2) if text_of(doc)[span[0]:span[1]].endswith("'s") else span   # not its 's
        label = mention_label(doc, span, owner, lex)
        return Named(span[0], span, label, span_words(doc, span), key=surname(doc, span) if label in PERSONLIKE else "") \
            if label is not None else None
    want = wanted(owner, lex)
    if want is not None and want.holder:        # "the prime minister's spokesman": one the article gives the office
        return office_holder(ctx.named, owner.idx, want, ctx.lead)
    return stands_for(doc, owner.idx, want, ctx, lex) if want is not None else None


def body_of_staff(doc: Doc, tok: Token, ctx: Context, lex: Lexicon) -> Named | None:
    """'the site's controllers said', 'its operators said', "Argonaut's administrators told": people
    named only by a post in running a body (``staff_nouns``, ``member_nouns``, ``voice_nouns``; singular
    or plural) and owned by a possessive that names an organisation or stands for one (``_owning_body``)
    speak for that organisation, as its spokesman would: the article names no one of them. None when
    the owner is a person or stands for no organisation ('his agent', 'the men's solicitor'), or a
    phrase after the head says more of who they are ('the site's controllers in Sweden'); a state's
    ministers ("France's finance minister", 'Its ministers') are persons the article names elsewhere."""
    lemma = tok.lemma_.lower()
    sp = lex.speakers
    if tok.pos_ != "NOUN" or lemma not in sp.staff_nouns | sp.member_nouns | sp.voice_nouns \
            or lemma in sp.state_member_nouns or any(c.dep_ in ("appos", "acl", "relcl") for c in tok.children):
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    return _owning_body(doc, owner, ctx, lex) if owner is not None else None


def _owning_body(doc: Doc, owner: Token, ctx: Context, lex: Lexicon) -> Named | None:
    """The organisation a possessive names ("Argonaut's") or stands for ('its', "the charity's"):
    by name when it is one (typed an organisation, and no person's surname the article names: 'Mr
    Sigarchi's'), else through ``stands_for``; None for a person, a place or anything the article
    does not name as a body."""
    if is_proper(owner):
        span = mention_span(owner, lex)
        span = (span[0], span[1] - 2) if text_of(doc)[span[0]:span[1]].endswith("'s") else span
        persons = {n.key for n in ctx.named if n.label in PERSONLIKE and n.key}
        if mention_label(doc, span, owner, lex) != "ORG" or surname(doc, span) in persons:
            return None
        return Named(span[0], span, "ORG", span_words(doc, span))
    want = wanted(owner, lex)
    if want is None or not want.labels & ORGS or _a_state(owner, lex):
        return None
    ante = stands_for(doc, owner.idx, want, ctx, lex)
    return ante if ante is not None and ante.label in ORGS else None


def _a_state(owner: Token, lex: Lexicon) -> bool:
    """'the country's officials', 'the city's officials': a possessive that stands for a state or a
    place (a state's body, ``state_bodies``, or a noun one of whose WordNet senses is a place:
    'country', 'state', 'city') owns the state's people, whom the article names as persons or as the
    state elsewhere, not an organisation; read as one, 'the country' found the nearest name of any
    body or place."""
    lemma = owner.lemma_.lower()
    return lemma in lex.speakers.state_bodies or "location" in word_classes(lemma)


def body_introduced_as(doc: Doc, tok: Token, lex: Lexicon) -> Named | None:
    """'The performer's record label Sony BMG has withdrawn the video ... The label believed', 'rock
    band Keane ... the band said': a definite description with nothing before its head but 'the' and
    no owner stands for the organisation the article introduced with that noun, the nearest within
    ``antecedent_window_chars`` before it: a name the noun stands right before ('record label Sony
    BMG'), set beside ('Keane, the band'), or compounded to ('the Oxfam charity'). The article says
    what kind of body it is, whatever WordNet files the noun under ('label' is no group there); a noun
    with a group sense in WordNet ('band', 'charity') makes a body of a name the tagger typed as a person
    or a place ('Keane', 'Oxfam'). Not a state's body ('the Blair government' is no Blair). A person's
    noun ('administrator', 'retailer', 'broker': WordNet's first sense a person) stands only for an
    organisation's name it introduced ('called in administrators David Rubin & Partners ... The
    administrator told'): the body does what the noun's person does, and the article says so; never
    for a person's ('Home Office minister Hazel Blears': the minister is hers). Read only when the
    rules of the discourse (``stands_for``) found no one: a body named as a subject nearer ('the group
    announced ... The company reported') is more likely meant than one introduced so in passing."""
    lemma, window = tok.lemma_.lower(), lex.speakers.antecedent_window_chars
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or lemma in lex.speakers.state_bodies \
            or any(c.dep_ == "poss" for c in tok.children) \
            or not all(c.dep_ == "det" and c.lower_ in lex.speakers.definite_determiners for c in tok.lefts):
        return None
    kinds = ("ORG",) if _person_noun(lemma, lex) else \
        ("ORG", "PERSON", "GPE", "LOC") if set(word_classes(lemma)) & lex.speakers.body_classes else ("ORG",)
    bodies = [e for e in doc_ents(doc) if e.end_char <= tok.idx and tok.idx - e.start_char <= window
              and entity_kind(e, lex) in kinds and _introduced_as(e, lemma)]
    if not bodies:
        return None
    ent = bodies[-1]
    span = (ent.start_char, ent.end_char)
    return Named(span[0], span, "ORG", span_words(doc, span) | {lemma}, True)


def _person_noun(lemma: str, lex: Lexicon) -> bool:
    """A noun whose first WordNet sense is a person, or one of the speakers lexicon's person nouns."""
    return lemma in lex.speakers.person_nouns or first_class(lemma) == "person"


def _introduced_as(ent: SpacySpan, lemma: str) -> bool:
    """Whether the name ENT is written with the common noun LEMMA that says what it is: right before
    it ('record label Sony BMG'), beside it ('Keane, the band'), or after it as its head ('the Oxfam
    charity'; not 'the UN mission in Haiti (BINUH)': a phrase that goes on names another body)."""
    doc, root = ent.doc, ent.root
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.pos_ == "NOUN" and before.lemma_.lower() == lemma:
        return True
    if any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() == lemma for c in root.children):
        return True
    head = root.head
    return root.dep_ in ("compound", "appos") and head.pos_ == "NOUN" and head.lemma_.lower() == lemma \
        and head.i >= ent.end and not any(c.dep_ in ("prep", "appos") for c in head.children)


def named_issuer(doc: Doc, span: Span, tok: Token, lex: Lexicon) -> Named | None:
    """'a World Bank report', 'the FAO survey', 'a report by the Fraser of Allander Institute': a
    message whose issuer is named, before it or after one of ``issuer_prepositions``, speaks for
    it; a later 'the report' is that organisation's too (its head word is added to the name's)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lex.speakers.message_nouns:
        return None
    ent = next((e for e in doc_ents(doc) if span[0] <= e.start_char and e.end_char <= span[1]
                and e.end <= tok.i and entity_kind(e, lex) == "ORG"), None) or _issued_by(tok, lex)
    if ent is None:
        return None
    words = frozenset(t.lemma_.lower() for t in ent) | {tok.lemma_.lower()}
    return Named(span[0], (ent.start_char, ent.end_char), "ORG", words)


def outlet_name(tok: Token, lex: Lexicon) -> Named | None:
    """'the Reuters news agency', 'the Interfax agency', 'the Mirror newspaper': a description of a
    news outlet (``outlet_nouns``) whose first words after the article are a proper name, with only
    ``outlet_words`` ('news', 'television') between it and the head, is that outlet by name, not
    the body named before it. A place's or a people's name there says whose outlet it is, not
    which ('the Russian news agency', 'the BBC's website' is the BBC's by possession, not here)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lex.speakers.outlet_nouns:
        return None
    doc = tok.doc
    mods = [t for t in doc[tok.left_edge.i:tok.i] if t.dep_ != "det"]
    k = next((i for i, t in enumerate(mods) if not (t.pos_ == "PROPN" and t.text[:1].isupper())), len(mods))
    name, rest = mods[:k], mods[k:]
    if not name or any(t.lower_ not in lex.speakers.outlet_words for t in rest) \
            or any(t.ent_type_ in ("GPE", "NORP", "LOC") or t.dep_ == "poss" or t.tag_ == "POS" for t in name):
        return None
    span = (name[0].idx, name[-1].idx + len(name[-1]))
    return Named(span[0], span, "ORG", span_words(doc, span) | {tok.lemma_.lower()})


def message_owner(tok: Token, lex: Lexicon) -> Token | None:
    """'"...," says its report', 'its statement said': the possessive pronoun (``body_possessives``)
    that owns a message noun; the message is the body's that pronoun stands for."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lex.speakers.message_nouns:
        return None
    return next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in lex.speakers.body_possessives), None)


def _issued_by(tok: Token, lex: Lexicon) -> SpacySpan | None:
    """The organisation named after a message noun's 'by' or 'from' ('a report by the Audit
    Office'), its phrase's own (not one inside a clause that describes it)."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in lex.speakers.issuer_prepositions:
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            ent = next((e for e in doc_ents(tok.doc) if e.start <= pobj.i < e.end), None)
            if ent is not None and entity_kind(ent, lex) == "ORG":
                return ent
    return None
