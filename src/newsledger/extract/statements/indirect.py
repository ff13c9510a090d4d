"""Reported speech and beliefs over the dependency parse: a cue with its clausal complement, a
cue set inside the clause it reports, passive and raising cues, objects that are what is said,
anaphoric objects, 'as' clauses, noun cues, 'according to' and reporting adverbs."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ...model import Span
from ...nlp.wordnet import party_word, spoken
from ..spans import line_at
from ..verbforms import tensed
from .content import (
    DASHES,
    Draft,
    content_span,
    drop_tail,
    in_quote,
    mostly_quoted,
    quote_closed,
    trim,
)
from .cues import Cue, as_clause, as_cue, as_predicate_class, foreseen, under_modal
from .direct import with_leading_partner, with_split_partner
from .lexicon import Lexicon, text_of
from .prospects import names_an_occasion
from .quotes import Quote
from .setting import names_a_medium
from .speakers import Speaker, mention_span, noun_speaker, speaker_of, swallowed_subject, trailing_subject


def reported(doc: Doc, quotes: list[Quote], used: set[int], lex: Lexicon) -> list[Draft]:
    out = []
    for tok in doc:
        cue = as_cue(tok, lex)
        if cue is None or in_quote(tok.idx, quotes) or _idiom(tok, lex) or _foreseen(cue, lex):
            continue                  # a mind foreseen claims no words: they stay free for a quote's own cue
        comp = _complement(doc, cue, lex)
        if lex.lemma(tok) in lex.cues.clause_only_verbs and (comp is None or under_modal(tok)):
            continue                  # 'agreed to buy Fiat', 'will agree that ...': an act, not a view shared
        if comp is not None:
            draft = _clause_draft(doc, cue, comp, quotes, used, lex)
        else:
            draft = (_as_clause_draft(doc, cue, lex) or _anaphoric_draft(doc, cue, quotes, lex)
                     or _parenthetical_draft(doc, cue, quotes, used, lex)
                     or _trailing_report_draft(doc, cue, quotes, used, lex)
                     or _raising_draft(doc, cue, lex) or _object_draft(doc, cue, quotes, used, lex))
        if draft is not None:
            out.append(draft)
    return out


def _foreseen(cue: Cue, lex: Lexicon) -> bool:
    """A mind the writer foresees (``cues.foreseen``), or a cue in the infinitive of one ('will hope to
    confirm his place': what is hoped, no saying of its own)."""
    outer = as_cue(cue.head.head, lex) if cue.head.dep_ == "xcomp" else None
    return foreseen(cue, lex) or outer is not None and foreseen(outer, lex)


def _complement(doc: Doc, cue: Cue, lex: Lexicon) -> Token | None:
    """The cue's clausal complement in its own paragraph: of several, the nearest one opened by
    'that' ('Should the company fail, environmentalists worry that the cost ...' hangs the fronted
    condition on the cue too), else the nearest one (the parser sometimes glues a sentence of the
    paragraph before onto the cue's)."""
    lo, hi = line_at(text_of(doc), cue.head.idx)
    comps = [c for c in cue.head.children if c.dep_ == "ccomp" and lo <= c.idx < hi and not _main_clause_before(cue, c, lex)]
    comps = comps or _copula_complement(cue, lo, hi)
    comps = _after_swallowed_subject(cue, comps)
    opened = [c for c in comps if any(_complementizer(m, lex) for m in c.children)]
    if comps:
        return min(opened or comps, key=lambda c: abs(c.i - cue.head.i))
    return (_message_clause(cue.head, lo, hi, lex) or _gerund_subject_clause(cue, lo, hi, lex)
            or _clause_after_setting(cue.head, lo, hi, lex))


def _copula_complement(cue: Cue, lo: int, hi: int) -> list[Token]:
    """'Trump allies were hopeful Tuesday that the opening day's problems would be forgotten': a
    word between an adjective cue and its clause (a day, an adverb) leads the parser to hang the
    clause on the copula rather than on the adjective; a clause after the adjective on the copula
    of an adjective cue with none of its own is the adjective's."""
    head = cue.head
    if head.pos_ != "ADJ" or head.dep_ != "acomp":
        return []
    return [c for c in head.head.children if c.dep_ == "ccomp" and c.i > head.i and lo <= c.idx < hi]


def _after_swallowed_subject(cue: Cue, comps: list[Token]) -> list[Token]:
    """'The figures were published as another survey by Rightmove said the average price fell',
    'The US is struggling with a deficit and analysts said one of the ways ... was': a cue left
    without a subject between a clause before it and one after has had its subject taken into the
    clause before (``speakers.swallowed_subject``: a noun that ends it, right before the cue);
    that clause is the writer's and the one after is what was said."""
    if swallowed_subject(cue.head) is None:
        return comps
    return [c for c in comps if c.i > cue.head.i]


def _main_clause_before(cue: Cue, comp: Token, lex: Lexicon) -> bool:
    """'Viguerie is upbeat about Cruz's chances, in part because he sees Cruz as a uniter': a cue that
    opens with a subordinator of its own ('because', 'when', 'although') is an adverbial clause
    the parser made the root; the clause before it, hung on it as its complement, is the sentence's
    main clause, not what the subordinate one reports."""
    return comp.i < cue.head.i and any(
        m.dep_ == "mark" and comp.i < m.i < cue.head.i and not _complementizer(m, lex) for m in cue.head.children)


def _message_clause(head: Token, lo: int, hi: int, lex: Lexicon) -> Token | None:
    """'X said in a statement that CLAUSE': the parser hangs the clause on the message noun."""
    for prep in (c for c in head.children if c.dep_ == "prep" and c.i > head.i):
        for noun in (g for g in prep.children if g.dep_ == "pobj"):
            for acl in noun.children:
                if acl.dep_ in ("acl", "ccomp", "relcl") and lo <= acl.idx < hi and \
                        any(_complementizer(m, lex) for m in acl.children):
                    return acl
    return None


def _clause_after_setting(head: Token, lo: int, hi: int, lex: Lexicon) -> Token | None:
    """'Trump said after the convention he would not accept ...', 'told reporters after the meeting
    he would resign': a phrase saying when or where it was said, between the cue and a tensed
    clause with no 'that', leads the parser to hang the clause on the cue as an adverbial clause or
    on the phrase's noun as a relative one. A clause of its own subject that starts right where the
    setting phrase ends, opened by no subordinator or relative word, is what was said."""
    for clause in (c for c in head.children if c.dep_ == "advcl" and c.i > head.i and lo <= c.idx < hi):
        lead = _leading_setting(head, clause, lex)
        if (lead or clause.left_edge.i == head.i + 1) and _bare_finite_clause(clause):
            return clause
    for prep in (c for c in head.children if c.dep_ == "prep" and c.i > head.i and lo <= c.idx < hi):
        for noun in (o for o in prep.children if o.dep_ == "pobj" and _names_a_setting(prep, lex)):
            relative = next((c for c in noun.children if c.dep_ in ("relcl", "acl") and c.left_edge.i == noun.i + 1), None)
            if relative is not None and _bare_finite_clause(relative):
                return relative
    return None


def _leading_setting(head: Token, clause: Token, lex: Lexicon) -> list[Token]:
    """'said after the convention he would not accept ...', 'said on Monday the plan would ...':
    a phrase of CLAUSE right after the cue, before the clause's subject, that says when, where or
    through what it was said; its words are the cue's setting, not what was said. A concession or
    a comparison ('says despite being an alumna, she ...': ``tail_adjuncts`` lead words) is the claim's."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    for prep in (c for c in clause.children if c.dep_ == "prep" and c.left_edge.i == head.i + 1):
        if subj is not None and prep.i < subj.i and _names_a_setting(prep, lex) and \
                prep.lower_ not in lex.cues.tail_adjuncts.lead_words:
            return list(prep.subtree)
    return []


def _bare_finite_clause(verb: Token) -> bool:
    """A tensed clause with its own subject, opened by no subordinator ('if', 'because') and no
    relative or question word ('which', 'who')."""
    return _finite_clause(verb) and not any(c.dep_ in ("mark", "advmod") and c.i < verb.i and c.tag_ in
                                            ("IN", "WRB", "WDT", "WP") for c in verb.children) and \
        not any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in verb.subtree if t.i <= verb.i)


def _gerund_subject_clause(cue: Cue, lo: int, hi: int, lex: Lexicon) -> Token | None:
    """'said seeing so many police officers at Pride was a welcome sight', 'said having Trump at the
    top of the ticket puts ...': a reported clause whose subject is a gerund phrase; the parser
    hangs the gerund on the cue as its complement and the finite verb under the gerund. The
    gerund, right after the cue, is then the clause's head. Not a gerund that is a cue itself
    ('denied saying he was there': the saying reports) nor one whose clause is opened by 'that'
    ('recalled hearing that ...': what was heard)."""
    head = cue.head
    for ger in (c for c in head.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i > head.i):
        if not lo <= ger.idx < hi or as_cue(ger, lex) is not None or ger.left_edge.i > head.i + 2:
            continue
        if any(_finite_clause(c) and not any(_complementizer(m, lex) for m in c.children)
               for c in ger.children if c.dep_ == "ccomp" and c.i > ger.i):
            return ger
    return None


def _finite_clause(verb: Token) -> bool:
    """A clause with its own subject and a tensed verb or a modal ('was', 'puts', 'could put')."""
    return _own_subject(verb) and tensed(verb)



def _complementizer(tok: Token, lex: Lexicon) -> bool:
    """'that' opening a reported clause ('said that ...')."""
    return tok.dep_ == "mark" and tok.lower_ in lex.cues.complementizers


def _glued_clauses(cue: Cue, comp: Token) -> list[Token]:
    """'say they don't yet know ...' parsed as two complements, 'they do' and 'know ...': the
    other complements that touch COMP's words, on the same side of the cue, are one clause."""
    out, edge = [], comp.right_edge.i
    for c in sorted((c for c in cue.head.children if c.dep_ == "ccomp" and c.i > comp.i), key=lambda c: c.i):
        if (c.i > cue.head.i) != (comp.i > cue.head.i) or c.left_edge.i != edge + 1 or swallowed_subject(c) is not None:
            break       # '... the investigation and Democrats accused the GOP': another speaker's cue
        out.append(c)
        edge = c.right_edge.i
    return out


def _clause_draft(doc: Doc, cue: Cue, comp: Token, quotes: list[Quote], used: set[int],
                  lex: Lexicon) -> Draft | None:
    """'X said that CLAUSE' / 'CLAUSE, X said': the clause is the content."""
    lo, hi = line_at(text_of(doc), cue.head.idx)
    nested = {t.i for c in comp.subtree if _reports_itself(c, lex) or _second_cue(c, cue, comp, lex) for t in c.subtree}
    nested |= _tail_adjuncts(comp, cue, lex, relatives=False)
    nested |= {t.i for t in _leading_setting(cue.head, comp, lex)} | _subjects_taken(cue, comp)
    glued = [t for c in _glued_clauses(cue, comp) for t in c.subtree]
    toks = drop_tail([t for t in _stolen_subject(cue, comp, lex) + list(comp.subtree) + glued if lo <= t.idx < hi and t.i not in nested
                       and not (_complementizer(t, lex) and t.head.i == comp.i and t.i < comp.i)])
    pronoun, antecedent = _relative_antecedent(cue, comp)
    toks = [t for t in toks if pronoun is None or t.i != pronoun.i]
    speaker = speaker_of(cue, lex)
    if speaker.token is not None and comp.is_ancestor(speaker.token):   # '..., the ministry said'
        own = {t.i for t in speaker.token.subtree}
        toks = drop_tail([t for t in toks if t.i not in own])
    reason = [] if in_quote(comp.idx, quotes) else _trailing_reason(cue, comp, hi, lex)
    coordinated = _coordinated_clause(cue, comp, hi, lex)
    if coordinated and toks and toks[-1].i < cue.head.i < coordinated[0].i:   # 'A, the ministry said, and B'
        first = content_span(doc, toks, lex.cues.min_indirect_tokens)
        rest = content_span(doc, coordinated, lex.cues.min_indirect_tokens)
        parts = [] if first is None else [first] + ([rest] if rest is not None else [])
    else:
        span = content_span(doc, toks + coordinated + reason, lex.cues.min_indirect_tokens)
        parts = [quote_closed(span, quotes, cue.head.idx)] if span is not None else []
    if not parts:
        return None
    if antecedent:
        head = content_span(doc, antecedent, 1)
        parts = ([head] if head is not None else []) + parts
    inside = [q for q in quotes if any(q.start < e and s < q.end for s, e in parts)]
    if mostly_quoted(parts, inside, lex):
        inside = with_leading_partner(doc, with_split_partner(doc, inside, quotes, cue, lex), quotes, cue)
        used.update(id(q) for q in inside)
        return Draft([s for q in inside for s in q.spans], "direct", cue, speaker)
    used.update(id(q) for q in inside if any(s <= q.start and q.end <= e for s, e in parts))
    return Draft(parts, "indirect", cue, speaker)


def _subjects_taken(cue: Cue, comp: Token) -> set[int]:
    """'... mishandled the investigation and Democrats accused the GOP': the subject of another
    cue beside COMP (or beside a clause COMP is in) that the parser coordinated into COMP's last
    phrase, with its conjunction, is that cue's speaker, not part of COMP's claim."""
    out: set[int] = set()
    for other in (c for h in (cue.head, *cue.head.ancestors) for c in h.children if c.dep_ == "ccomp" and c.i > comp.i):
        noun = swallowed_subject(other)
        if noun is not None and comp.is_ancestor(noun):
            out.update(t.i for t in noun.subtree)
            out.add(noun.i - 1)
    return out


def _stolen_subject(cue: Cue, comp: Token, lex: Lexicon) -> list[Token]:
    """'Hemsley said the days when the nation had "a somewhat unifying story" ... are gone': the
    parser hangs the reported clause's subject on the cue (a noun phrase read as its object or a
    time adverb) and leaves the clause after it with a tensed verb and no subject. The noun phrase
    that ends right where that clause begins is its subject, and part of what is said."""
    head = cue.head
    if comp.i < head.i or not tensed(comp) or any(c.dep_.startswith(("nsubj", "csubj", "expl")) for c in comp.children):
        return []
    for noun in (c for c in head.children if c.dep_ in ("dobj", "npadvmod") and head.i < c.i < comp.i):
        if noun.pos_ in ("NOUN", "PROPN") and noun.right_edge.i + 1 == comp.left_edge.i:
            return _without_addressee(list(noun.subtree), noun, cue, lex)
    return _broken_subject(cue, comp, lex)


def _broken_subject(cue: Cue, comp: Token, lex: Lexicon) -> list[Token]:
    """'said evidence obtained by MI5 while the four were in Cuba was inadmissible', 'said being
    "better prepared" would also help avoid ...', 'said around eight other members of London UKIP
    were also planning to jump ship': a subject the parser breaks over several dependents of the
    cue (its object with a clause or phrase hung beside it, a gerund read as its complement, a
    noun read as a preposition's object) before a tensed clause it leaves with no subject. When
    every word from right after the cue to where that clause begins is one of those dependents'
    and the first of them opens with a noun phrase or a gerund, the words are the clause's subject
    and part of what is said. Not after a verb of telling, whose first object is the one told
    ('told MPs on Tuesday care was needed' stays as it is), nor a stretch opened by a phrase of
    setting ('said on Monday ...': ``_names_a_setting``)."""
    head = cue.head
    first, end = max(t.i for t in cue.tokens) + 1, comp.left_edge.i
    if end <= first or lex.lemma(head) in lex.cues.telling_verbs:
        return []
    deps = [c for c in head.children if c.i != comp.i and first <= c.left_edge.i and c.right_edge.i < end]
    if {t.i for c in deps for t in c.subtree} != set(range(first, end)) or \
            any(c.dep_.startswith(("nsubj", "csubj", "ccomp", "expl")) for c in deps):
        return []
    lead = next(c for c in deps if c.left_edge.i == first)
    return list(head.doc[first:end]) if _opens_a_subject(lead, lex) else []


def _opens_a_subject(dep: Token, lex: Lexicon) -> bool:
    """DEP can open a clause's subject: a noun read as the cue's object, a gerund read as its
    complement (not a cue itself: 'denied saying ...'), or a word of approximation read as a
    preposition before an amount ('around eight other members', 'about a third of its customers');
    not another preposition ('The jubilation felt by "low paid" workers here will soon give way':
    the one who feels; 'said on Monday': a setting)."""
    if dep.dep_ in ("dobj", "npadvmod"):
        return dep.pos_ in ("NOUN", "PROPN", "NUM")
    if dep.dep_ == "xcomp":
        return dep.tag_ == "VBG" and as_cue(dep, lex) is None
    return dep.dep_ == "prep" and any(o.dep_ == "pobj" and _an_amount(o) for o in dep.children)


def _an_amount(noun: Token) -> bool:
    """A number or a fraction ('eight', 'a third'), or a noun counted by one ('eight other members')."""
    return noun.like_num or any(c.dep_ == "nummod" for c in noun.children)


def _without_addressee(toks: list[Token], noun: Token, cue: Cue, lex: Lexicon) -> list[Token]:
    """'told the BBC lessons were being learned', 'told BBC News Labour MPs would not get a free
    vote': after a verb of telling (``telling_verbs``) the parser may fuse the one told and the
    clause's subject into one noun phrase; a name (proper nouns the tagger marks as one entity,
    after an article) that opens it, apart from its head noun, is the one told, and the subject
    starts after it. Not a people's adjective ('warned Asian states could stop ...') nor a
    possessor ("told the BBC's programme ...")."""
    if lex.lemma(cue.head) not in lex.cues.telling_verbs:
        return toks
    start = k = 1 if toks and toks[0].dep_ == "det" else 0
    while k < len(toks) and toks[k].i != noun.i and toks[k].ent_type_ and toks[k].pos_ == "PROPN" \
            and (k == start or toks[k].ent_iob_ == "I"):
        k += 1
    return toks[k:] if start < k < len(toks) and toks[k].dep_ != "case" else toks


def _relative_antecedent(cue: Cue, comp: Token) -> tuple[Token | None, list[Token]]:
    """'the row, which they believe is a distraction': a cue in a relative clause whose reported
    clause has the relative pronoun for its subject says something of the pronoun's antecedent;
    the content is the antecedent's phrase (up to the relative clause) and the clause without the
    pronoun, so that it reads on its own (PolNeAR keeps the pronoun, 'which | is a distraction':
    the two score alike there). Else (None, [])."""
    head = cue.head
    pronoun = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP")), None)
    if head.dep_ != "relcl" or pronoun is None or head.head.pos_ not in ("NOUN", "PROPN"):
        return None, []
    noun = head.head
    words = list(head.doc[noun.left_edge.i:head.left_edge.i])
    while words and words[-1].i > noun.i and (words[-1].is_punct or words[-1].is_space):
        words.pop()
    return pronoun, words


def _tail_adjuncts(comp: Token, cue: Cue, lex: Lexicon, relatives: bool = True) -> set[int]:
    """Words after the reported clause proper that the writer adds, not the speaker: a
    comma-set relative clause ('..., who also held a rally'), a comma-set participle or
    contrast clause ('..., pointing to ...', '..., while others ...'), or a verb phrase in the
    cue's own tense coordinated after a clause in another ('said she admires X and
    highlighted Y'), a verb with a modal of its own on an infinitive ('asking the channel to pick it
    up and will stage a rally': ``_finite_beside_infinitive``), a clause after a dash, a phrase led by a word in ``tail_adjuncts``
    ('..., despite ...'); the parser hangs them on the clause's last words.
    Without RELATIVES, a comma-set relative clause inside a reported clause stays part of it
    ('warned the museum would not be a panacea for the nation's struggles, which even today
    inflame the streets': the claim goes on), unless it reports on its own ('..., the AP, which
    first reported the story'), is about a person ('..., who will start work'), narrates the past
    beside a present claim or follows a dash; after an object ('acknowledged the reality of
    climate change, which makes him an outlier') it is the writer's."""
    rules = lex.cues.tail_adjuncts
    out: set[int] = set()
    for t in comp.subtree:
        if t.i <= comp.i or t.i in out:
            continue
        prev = t.doc[t.left_edge.i - 1]
        if prev.dep_ == "cc":
            prev = t.doc[max(0, prev.i - 1)]
        comma = prev.text == "," or prev.text in DASHES
        mark = next((c for c in t.children if c.dep_ == "mark"), None)
        if comma and t.dep_ in ("relcl", "advcl", "prep", "acl"):
            tail = (t.dep_ == "relcl" and (relatives or prev.text in DASHES or _reports(t, lex) or _of_person(t)
                                           or _past_beside_present(t, comp))) or t.lower_ in rules.lead_words or (t.dep_ == "advcl" and (
                (mark is None and t.tag_ == "VBG") or (mark is not None and mark.lower_ in rules.advcl_marks
                                                      and _own_subject(t))))
        elif comma and t.dep_ in ("appos", "npadvmod") and _closing_gloss(t, comp):
            tail = True
        elif t.dep_ == "conj" and t.head.i == comp.i and not _second_complement(t, lex) and not _relative_clause_read_as(comp):
            own_subject = _own_subject(t)             # 'but there was now an agreement' has one
            tail = (prev.text in DASHES and own_subject) or \
                (t.tag_ == cue.head.tag_ != comp.tag_ and not own_subject) or _finite_beside_infinitive(t, comp)
        else:
            tail = False
        if tail:
            out.update(x.i for x in t.subtree)
            out.update(c.i for c in t.doc[prev.i:t.left_edge.i] if c.is_punct or c.dep_ == "cc")
    return out


def _finite_beside_infinitive(conj: Token, comp: Token) -> bool:
    """'are asking the channel to pick it up and will stage a rally on 25 February': a verb with a
    modal of its own (tag MD) cannot go on an infinitive ('to pick'), though the parser hangs it
    there: it is the subject's own next act, the writer's narration, not what was asked or hoped."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in comp.children) \
        and under_modal(conj)


def _closing_gloss(noun: Token, comp: Token) -> bool:
    """'vowed to repeal the Hyde Amendment, a longstanding provision that ...', 'said the rally
    would be calm, a swipe at ...': an indefinite noun phrase set off at the very end of the
    reported clause is the writer's gloss on it, not the speaker's words."""
    first = noun.doc[noun.left_edge.i]
    return first.dep_ == "det" and first.lower_ in ("a", "an") and noun.right_edge.i >= comp.right_edge.i - 1


def _relative_clause_read_as(comp: Token) -> bool:
    """'said its estimate of costs for the province - much of which was flattened by the quake -
    was 20 trillion rupiah': a clause whose subject is a relative phrase ('which', 'much of which',
    'some of whom') that opens after words of its own is a relative clause set inside the reported
    one, which the parser took for the complement; the verb it coordinates after the aside is the
    reported clause's own predicate, not the writer's addition."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and comp.left_edge.i < c.left_edge.i
               and any(t.tag_ in ("WDT", "WP") for t in c.subtree) for c in comp.children)


def _own_subject(clause: Token) -> bool:
    """'..., while others disagree': a contrast clause with a subject of its own is the writer's
    aside; one without ('..., while reducing its impact') is a participle of the same claim."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)


def _of_person(relative: Token) -> bool:
    """'..., who will start work in the spring': a relative clause about a person is the writer's
    account of who they are, not the speaker's claim."""
    return any(t.tag_ in ("WP", "WP$") for t in relative.subtree if t.i < relative.i)


def _past(verb: Token) -> bool:
    """A verb in a past tense: its own form ('ordered') or its auxiliary's ('had accepted', 'was doing')."""
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _past_beside_present(relative: Token, comp: Token) -> bool:
    """'Caracas does not recognize the ruling of December 1, which ordered Venezuela to ...': a
    relative clause in the past set after a reported clause that is not in the past narrates what
    happened before, the writer's background to a present claim (a speaker reporting the past
    backshifts both: 'the U.S. had accepted 11,491 refugees, over the limit, which was reached on ...')."""
    return _past(relative) and not _past(comp)


def _reports(clause: Token, lex: Lexicon) -> bool:
    """Whether CLAUSE holds a cue of its own ('which first reported the story')."""
    return any(as_cue(t, lex) is not None for t in clause.subtree)


def _reports_itself(tok: Token, lex: Lexicon) -> bool:
    """'..., and more than 4 in 10 said ...' / '... and says he ...': a coordinated clause with
    its own cue and subject or complement is another statement, not part of this one."""
    return tok.dep_ == "conj" and as_cue(tok, lex) is not None and not _second_complement(tok, lex) and \
        any(c.dep_ in ("nsubj", "ccomp") for c in tok.children)


def _second_cue(conj: Token, cue: Cue, comp: Token, lex: Lexicon) -> bool:
    """'said the plan was flawed and urged councils to reject it': a verb coordinated with the
    reported clause, in the cue's own form, with no subject of its own and a cue itself, is the
    speaker's second act of saying, parsed under the first one's clause; the first content ends
    where it begins and it reports on its own (its draft shares the speaker)."""
    return conj.dep_ == "conj" and conj.head.i == comp.i and conj.tag_ == cue.head.tag_ \
        and not _own_subject(conj) and not _second_complement(conj, lex) and as_cue(conj, lex) is not None


def _second_complement(conj: Token, lex: Lexicon) -> bool:
    """'said the expulsion was unjustified and that the EU would respond ...': a coordinated
    clause opened by its own 'that' is a second complement of the same cue, never the writer's
    addition nor a statement of its own (whatever its verb or tense)."""
    return any(_complementizer(c, lex) for c in conj.children)


def _coordinated_clause(cue: Cue, comp: Token, hi: int, lex: Lexicon) -> list[Token]:
    """'X explains that A, but B' / 'X said that A, and that B': a clause coordinated with the
    cue right after its complement, with its own subject or 'that' and no cue of its own, goes
    on with what X says. So does one after a cue set between the two ('Exports grew, the
    ministry said in a statement, and imports fell'): the words between are the cue's own,
    and the clause alone (from its first word) is returned."""
    end = comp.right_edge.i
    for conj in cue.head.children:
        if conj.dep_ != "conj" or conj.i <= end or conj.idx >= hi or as_cue(conj, lex) is not None:
            continue
        gap = conj.doc[end + 1:conj.left_edge.i]
        if any(t.text in DASHES for t in gap):
            continue                  # '... — and the Senate is ...': the writer goes on
        if not any(c.dep_ in ("nsubj", "nsubjpass") or _complementizer(c, lex) for c in conj.children):
            continue
        if all(t.is_punct or t.dep_ == "cc" for t in gap):
            return [t for t in conj.doc[end + 1:conj.right_edge.i + 1] if t.idx < hi]
        own = _cue_words(cue, (comp, conj))
        if comp.i < cue.head.i and all(t.is_punct or t.dep_ == "cc" or t.i in own for t in gap):
            return [t for t in conj.doc[conj.left_edge.i:conj.right_edge.i + 1] if t.idx < hi]
    return []


def _cue_words(cue: Cue, clauses: tuple[Token, ...]) -> set[int]:
    """The cue's own words ('the ministry said in a statement'): its head and what hangs on it
    other than CLAUSES, when they hold no verb of their own (a clause between is not the cue's)."""
    head = cue.head
    own = {head.i} | {t.i for c in head.children if c not in clauses and c.dep_ not in ("cc", "punct") for t in c.subtree}
    if any(head.doc[i].pos_ in ("VERB", "AUX") and head.doc[i].dep_ not in ("aux", "auxpass") and i != head.i for i in own):
        return set()
    return own


def _trailing_reason(cue: Cue, comp: Token, hi: int, lex: Lexicon) -> list[Token]:
    """'X said that claim smacked of hypocrisy, because Democrats have ...', 'said there remains a
    difference, when it comes to ...': an adverbial clause with its own subject, set after the
    complement by a comma and opened by one of ``continuing_marks``, that the parser hung on the
    cue goes on with what X says (not 'when asked', a participle about the saying; nor after quoted
    words: '"Don't you do it," until gunshots are heard' is the writer's)."""
    end = comp.right_edge.i
    for adv in cue.head.children:
        if adv.dep_ != "advcl" or adv.left_edge.i <= end or adv.idx >= hi:
            continue
        gap = adv.doc[end + 1:adv.left_edge.i]
        mark = next((c for c in adv.children if c.dep_ == "mark"), None)
        if gap and all(t.is_punct and t.text not in DASHES for t in gap) and mark is not None \
                and mark.lower_ in lex.cues.continuing_marks and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in adv.children):
            return [t for t in adv.doc[end + 1:adv.right_edge.i + 1] if t.idx < hi]
    return []


def _parenthetical_draft(doc: Doc, cue: Cue, quotes: list[Quote], used: set[int],
                         lex: Lexicon) -> Draft | None:
    """'The plan, an inside source said, is to ...' / '..., police said.': the parser hangs the
    cue under the reported clause; the content is that clause without the cue's own words. What
    the parser hangs on the cue after the comma that closes them is the clause going on ('Take
    action before the election, they said, and you risk ...'), but for the writer's own additions
    about the saying (``_spilled_aside``). The cue's own words start at its first word, not at a
    comma or an opening quote mark the parser hangs on it ('"At that point in time," Mr Sullivan said,
    ..., "I knew it was wrong ..."': the first quote is the speaker's too)."""
    head = cue.head
    if not _parenthetical(head, lex):
        return None
    lo, hi = line_at(text_of(doc), head.idx)
    clause = [t for t in head.head.subtree if lo <= t.idx < hi]
    fronted = _fronted(head)
    inner = _parenthetical_words(head) - fronted
    spill = _spilled(head)
    tail = _tail_adjuncts(head.head, cue, lex, relatives=False)  # '..., although X': the writer's
    tail -= {t.i for c in spill for t in c.subtree}
    tail |= fronted | {t.i for c in spill if _spilled_aside(c, lex) for t in c.subtree}
    start = min((i for i in inner if doc[i].text != "," and not doc[i].is_quote), default=min(inner))
    before = _after_last_dash([t for t in clause if t.i < start])
    after = drop_tail([t for t in clause if t.i > start and t.i not in inner and t.i not in tail])
    parts = [trim(text_of(doc), (p[0].idx, p[-1].idx + len(p[-1]))) for p in (before, after) if p]
    parts = [p for p in parts if p[1] > p[0]]
    if sum(len(text_of(doc)[a:b].split()) for a, b in parts) < lex.cues.min_indirect_tokens:
        return None
    inside = [q for q in quotes if id(q) not in used and any(q.start < e and s < q.end for s, e in parts)]
    if mostly_quoted(parts, inside, lex):
        used.update(id(q) for q in inside)
        return Draft([sp for q in inside for sp in q.spans], "direct", cue, speaker_of(cue, lex))
    return Draft(parts, "indirect", cue, speaker_of(cue, lex))


def _trailing_report_draft(doc: Doc, cue: Cue, quotes: list[Quote], used: set[int],
                           lex: Lexicon) -> Draft | None:
    """'X will meet Y on May 3, a source in the ministry told our agency.': after a date or a name
    the parser may take the trailing speaker for an apposition and hang the cue on the clause as a
    second verb with no subject and no 'and'. The cue's speaker is then the phrase between the
    last comma and the cue (``speakers.trailing_subject``) and what it reports is the clause
    before that comma, in the cue's line."""
    head = cue.head
    outer = head.head
    if head.dep_ != "conj" or outer.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ == "cc" and outer.i < c.i < head.i for c in outer.children):
        return None
    subj = trailing_subject(head)
    if subj is None:
        return None
    speaker = Speaker(mention_span(subj, lex), subj)
    comma = subj.left_edge.i - 1
    if comma <= outer.i or doc[comma].text != ",":
        return None
    lo, hi = line_at(text_of(doc), head.idx)
    clause = [t for t in doc[outer.left_edge.i:comma] if lo <= t.idx < hi]
    if len(clause) < lex.cues.min_indirect_tokens:
        return None
    parts = [trim(text_of(doc), (clause[0].idx, clause[-1].idx + len(clause[-1])))]
    inside = [q for q in quotes if id(q) not in used and any(q.start < e and s < q.end for s, e in parts)]
    if mostly_quoted(parts, inside, lex):
        used.update(id(q) for q in inside)
        return Draft([sp for q in inside for sp in q.spans], "direct", cue, speaker)
    return Draft(parts, "indirect", cue, speaker)


def _as_clause_draft(doc: Doc, cue: Cue, lex: Lexicon) -> Draft | None:
    """'As the paper noted, the deficit will grow' / '..., as Breitbart News reported': a cue in
    an 'as' clause with nothing of its own to report vouches for the clause it is set in."""
    head, rules = cue.head, lex.cues.as_clause
    if head.dep_ != "advcl" or head.head.pos_ not in ("VERB", "AUX") or lex.lemma(head) not in rules.verbs \
            or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in head.children):
        return None
    if not any(c.dep_ == "mark" and c.lower_ in rules.marks for c in head.children):
        return None
    lo, hi = line_at(text_of(doc), head.idx)
    inner = {t.i for t in head.subtree}
    clause = [t for t in head.head.subtree if lo <= t.idx < hi and t.i not in inner and t.dep_ != "cc"]
    before = [t for t in clause if t.i < head.left_edge.i]
    after = [t for t in clause if t.i > head.right_edge.i]
    parts = [trim(text_of(doc), (p[0].idx, p[-1].idx + len(p[-1]))) for p in (before, after) if p]
    parts = [p for p in parts if p[1] > p[0]]
    if sum(len(text_of(doc)[a:b].split()) for a, b in parts) < lex.cues.min_indirect_tokens:
        return None
    return Draft(parts, "indirect", cue, speaker_of(cue, lex))


def _parenthetical(head: Token, lex: Lexicon) -> bool:
    """A cue inserted into the clause it reports: its own few words, with a subject, hung on
    that clause as parataxis (hung as a complement instead, it was mostly a misparse)."""
    fronted = _fronted(head)
    sub = [head.doc[i] for i in sorted(_parenthetical_words(head) - fronted)]
    if len(sub) > 10 or any(t.pos_ in ("VERB", "AUX") and t.i != head.i and t.dep_ not in ("aux", "auxpass") for t in sub):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return False
    outer = head.head
    if (outer.pos_ not in ("VERB", "AUX") and not _root_noun(outer, lex)) or _reports_a_clause(outer, lex):
        return False
    return head.dep_ == "parataxis"


def _after_last_dash(toks: list[Token]) -> list[Token]:
    """'a judge kept him in jail after hearing clips of his radio show - proof, the government
    argued, of his participation': words before a parenthetical cue that follow a dash are a
    phrase set apart from the sentence, and only they are what the cue reports (a dash set off by
    spaces: a hyphen inside a word, 'short-lived', is one token of its own too)."""
    dash = max((k for k, t in enumerate(toks) if t.text in DASHES and t.i > 0 and t.doc[t.i - 1].whitespace_), default=-1)
    return toks[dash + 1:] if 0 <= dash < len(toks) - 1 else toks


def _root_noun(tok: Token, lex: Lexicon) -> bool:
    """'"A big truck" plowed through security barriers ..., he said', 'In both cases, X said, those
    donations paid for ...': a sentence the parser rooted in its subject noun, its verb read as a
    participle ('accompanied descriptions', 'plowed'); the clause the cue is set in is still the
    whole sentence. Not a phrase with no verb but the cue and a gerund-participle ('"Too much
    hate," she said, blaming ...': the writer's)."""
    return tok.dep_ == "ROOT" and tok.pos_ in ("NOUN", "PROPN") and any(
        t.pos_ == "VERB" and t.tag_ != "VBG" and as_cue(t, lex) is None for t in tok.subtree)


def _parenthetical_words(head: Token) -> set[int]:
    """A parenthetical cue's own words ('an inside source said', 'he told reporters on Monday'):
    its subtree up to the comma that closes it, its subject whole; what the parser hangs on it
    after that comma (``_spilled``) is not the cue's."""
    spill = {t.i for c in _spilled(head) for t in c.subtree}
    return {t.i for t in head.subtree} - spill


def _spilled(head: Token) -> list[Token]:
    """'He was unable to find a taker, he said, on condition of anonymity ...', 'She had struggled
    her whole life, Cruz explained, recalling the time ...', '..., they argue, perhaps by insisting
    ...': the phrases the parser hangs on a parenthetical cue after the comma that follows its own
    words (its subject, when after it, is its own however long)."""
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    after = max(head.i, subj.right_edge.i if subj is not None else head.i)
    comma = next((c for c in head.children if c.dep_ == "punct" and c.i > after and (c.text == "," or c.text in DASHES)), None)
    if comma is None:
        return []
    return [c for c in head.children if c.i > comma.i and c.dep_ not in ("punct", "cc") and c is not subj]


def _spilled_aside(phrase: Token, lex: Lexicon) -> bool:
    """A phrase after a parenthetical cue's comma that the writer adds about the saying, not what
    was said: a setting phrase or an adverbial clause on the saying verb (when, where or how it was
    said: '..., he said, on Monday', '..., he said, as the crowd cheered', '..., Cruz explained,
    recalling the time ...'), a second act of the speaker's ('..., he said, and walked off'). A
    prepositional phrase that says none of these may be the clause's own, which the parser hung
    on the cue ('..., experts say, including a provision ...', 'looked ashen, Mr. Arad said, from
    "the direct body blow"'), and so may a clause with its own subject ('..., they said, and you
    risk ...'). A participle is the speaker's only when it speaks or recalls (a cue, or a verb whose
    first WordNet sense is verb.communication: '..., he added, saying ...'); another is the claim's
    own ('The IMF has revised its forecasts, the paper said, taking into account high oil prices')."""
    if phrase.dep_ == "conj":
        return not _own_subject(phrase)
    if phrase.dep_ == "prep":
        return _names_a_setting(phrase, lex)
    if phrase.dep_ == "advcl" and phrase.tag_ == "VBG" and not any(c.dep_ == "mark" for c in phrase.children):
        return as_cue(phrase, lex) is not None or spoken(phrase)
    return phrase.dep_ in ("advcl", "relcl", "acl", "agent")


def _reports_a_clause(verb: Token, lex: Lexicon) -> bool:
    """VERB is a cue with a clause of its own to report ('He believes, she said, that ...'); a cue
    word with none ('if Clinton is the nominee, he said, he would consider a third-party
    candidate', 'Bringing the show back, he said, feels particularly appropriate') is the
    reported clause's own verb. A raising cue ('..., X said, most state laws were thought to be
    safe') counts as none: PolNeAR gives the whole to the parenthetical speaker."""
    return as_cue(verb, lex) is not None and any(c.dep_ == "ccomp" for c in verb.children)


def _fronted(head: Token) -> set[int]:
    """'At times last year, people close to him said, ...': a phrase before the cue's subject
    and set off by a comma opens the reported clause; the parser may hang it on the cue."""
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return set()
    out: set[int] = set()
    for c in head.children:
        if c.i < subj.left_edge.i and c.dep_ in ("prep", "advmod", "npadvmod", "advcl") and \
                c.right_edge.i + 1 < len(head.doc) and head.doc[c.right_edge.i + 1].text == ",":
            out.update(t.i for t in c.subtree)
            out.add(c.right_edge.i + 1)
    return out


def _raising_draft(doc: Doc, cue: Cue, lex: Lexicon) -> Draft | None:
    """'Trump is expected to win', 'he is said to have left': a passive cue with an infinitive;
    the content is the subject and the infinitive, unattributed unless an agent is named."""
    head = cue.head
    subj = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    inf = next((c for c in head.children if c.dep_ == "xcomp"), None)
    if subj is None or inf is None or subj.lower_ in lex.cues.expletive_subjects:
        return None
    lo, hi = line_at(text_of(doc), head.idx)
    ends = (subj.right_edge, doc[_contact_relative(head, inf.right_edge.i)])
    parts = [trim(text_of(doc), (max(lo, t.left_edge.idx), min(hi, e.idx + len(e)))) for t, e in zip((subj, inf), ends)]
    speaker = speaker_of(cue, lex)
    if speaker.token is not None and speaker.token.i == subj.i:
        speaker = Speaker(None, None, unattributed=True)
    return Draft([p for p in parts if p[1] > p[0]], "indirect", cue, speaker)


def adverb_cues(doc: Doc, quotes: list[Quote], lex: Lexicon) -> list[Draft]:
    """'Bloomberg is reportedly considering a run': the clause, unattributed."""
    out = []
    for tok in doc:
        cls = lex.cues.adverbs.get(tok.lower_)
        if cls is None or tok.dep_ != "advmod" or in_quote(tok.idx, quotes):
            continue
        lo, hi = line_at(text_of(doc), tok.idx)
        clause = [t for t in tok.head.subtree if lo <= t.idx < hi]
        parts = [trim(text_of(doc), (p[0].idx, p[-1].idx + len(p[-1])))
                 for p in ([t for t in clause if t.i < tok.i], [t for t in clause if t.i > tok.i]) if p]
        parts = [p for p in parts if p[1] > p[0]]
        if sum(len(text_of(doc)[a:b].split()) for a, b in parts) >= lex.cues.min_indirect_tokens:
            out.append(Draft(parts, "indirect", Cue(tok, [tok], cls), Speaker(None, None, unattributed=True)))
    return out


def _object_draft(doc: Doc, cue: Cue, quotes: list[Quote], used: set[int], lex: Lexicon) -> Draft | None:
    """'Trump called the plan "a disaster"', 'announced the creation of a website', 'hopes to win',
    'called for the US to act', 'is worried about the deficit': for verbs (and the adjective cues
    listed with them) whose object is what is said, the content runs from the
    first complement to the last one's end (a participle 'calling him a loser' takes the subject
    of the clause it hangs on). A quote inside that content is part of it ('accused Belgrade of
    "openly supporting ..." and called on ...'), not the words of a cue nearby."""
    head = cue.head
    lemma = lex.lemma(head)
    as_predicate = as_predicate_class(head, lex) is not None
    topics = _topic_phrases(head, lex)
    own_frame = lemma in lex.cues.object_content_verbs or as_predicate
    if (not own_frame and not topics) or head.dep_ in ("amod", "acl") and not _main_verb_as_participle(head):
        return None
    if any(denied_claim(c, lex) for c in head.children):
        return None                   # 'denied reports that ...': the claim's clause is the content
    comps = [c for c in head.children if c.dep_ in ("dobj", "xcomp", "oprd", "dative")
             or (c.dep_ in ("prep", "prt") and c.lower_ in lex.cues.object_content_preps and not names_a_medium(c, lex)
                 and not (cue.certainty == "asserted" and _names_a_time(c)))
             or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in lex.cues.object_content_marks for m in c.children))
             or (as_predicate and c == as_clause(head, lex))] \
        if own_frame else [o for t in topics for o in t.children if o.dep_ in ("pobj", "pcomp")]
    if any(c.dep_ == "prep" for c in comps):       # 'called on both sides to refrain from ...'
        comps += [c for c in head.children if c.dep_ == "advcl" and c.i > head.i and any(
            g.dep_ == "aux" and g.lower_ in lex.cues.infinitive_markers for g in c.children)]
    else:
        comps += _split_object(head, comps, lex)
    comps = _named_by_relative(head, comps)
    speaker = speaker_of(cue, lex)
    if not comps or (speaker.token is None and not speaker.unattributed) or _bare_naming_object(head, comps, lex) \
            or _only_the_one_asked(head, comps, lex):
        return None
    lo, hi = line_at(text_of(doc), head.idx)
    first = min(comps, key=lambda c: c.left_edge.i).left_edge
    last = _contact_relative(head, _object_modifiers(head, comps, max(c.right_edge.i for c in comps), lex))
    tail = {i for c in comps for i in _tail_adjuncts(c, cue, lex)} | _agent_phrase(speaker, first.i, last, lex)
    toks = drop_tail([t for t in doc[first.i:last + 1] if lo <= t.idx < hi and t.i not in tail])
    span = content_span(doc, toks, lex.cues.min_indirect_tokens - 1)
    if span is None:
        return None
    span = quote_closed(span, quotes, head.idx)
    used.update(id(q) for q in quotes if span[0] <= q.start and q.end <= span[1])
    theme = _passive_theme(head, lex)
    if theme is None:
        return Draft([span], "indirect", cue, speaker)
    if speaker.token is not None and speaker.token.i == theme.i:
        speaker = Speaker(None, None, unattributed=True)
    subject = trim(text_of(doc), (max(lo, theme.left_edge.idx), min(hi, theme.right_edge.idx + len(theme.right_edge))))
    return Draft([subject, span] if subject[1] > subject[0] else [span], "indirect", cue, speaker)


def _passive_theme(head: Token, lex: Lexicon) -> Token | None:
    """'Mr Ebbers is accused of being the mastermind ...', 'Yanukovych was declared the winner',
    'he was described as newly serious': the subject of a passive cue whose active object is part
    of what is said ('accused Mr Ebbers of ...' holds him), so the claim is about it and the content
    takes it, as ``_raising_draft`` takes the subject of 'is expected to win' (PolNeAR's annotators
    do: 'Dylann Roof is accused of killing nine people'). Not the party asked, urged or told, whose
    passive object is the one addressed ('was asked about the loan', data/cues.json
    ``request_verbs``, ``telling_verbs``), nor one given to, whose passive keeps the thing given as
    its object ('Pensioners are being promised energy savings'), nor a relative pronoun or an
    expletive."""
    if lex.lemma(head) in lex.cues.request_verbs | lex.cues.telling_verbs and not _names_its_subject(head, lex):
        return None
    if any(c.dep_ in ("dobj", "dative") for c in head.children):
        return None
    subj = next((c for c in head.children if c.dep_ == "nsubjpass" and c.i < head.i), None)
    if subj is None or subj.tag_ in ("WP", "WDT") or subj.lower_ in lex.cues.expletive_subjects:
        return None
    return subj


def _names_its_subject(head: Token, lex: Lexicon) -> bool:
    """'has been called a charlatan': a naming verb that is also one of request ('was called on to
    resign') names its subject when no preposition of a request hangs on it."""
    return lex.lemma(head) in lex.cues.naming_verbs and not any(
        c.dep_ in ("prep", "prt") and c.lower_ in lex.cues.object_content_preps for c in head.children)


def _agent_phrase(speaker: Speaker, first: int, last: int, lex: Lexicon) -> set[int]:
    """The 'by' phrase of a passive's agent the parser hung inside the object ('promised energy savings
    by the Liberal Democrats': ``speakers._stray_agent``): the speaker's words, not what was said."""
    tok = speaker.token
    if tok is None or not first <= tok.i <= last or tok.head.lower_ not in lex.speakers.agent_prepositions:
        return set()
    return {t.i for t in tok.head.subtree}


def _named_by_relative(head: Token, comps: list[Token]) -> list[Token]:
    """'condemned what he called a "brazen breach" of U.N. resolutions', 'the attack, which he
    called "an evil, hateful act"', 'what analysts described as age-old tactics': a relative or
    question pronoun before the cue is its object, and the words after the cue are what the
    thing was called; the content is those (its referent lies outside the clause), not the
    relative clause with its speaker and cue inside. With nothing after the cue but the
    person addressed ('what Clinton is promising them') nothing is said."""
    if not any(c.dep_ == "dobj" and c.tag_ in ("WP", "WDT") and c.i < head.i for c in comps):
        return comps
    return [c for c in comps if c.i > head.i and c.dep_ != "dative"]


def _bare_naming_object(head: Token, comps: list[Token], lex: Lexicon) -> bool:
    """'called an emergency meeting', 'called the president', 'called a halt': a verb that says
    something only by naming its object ('called the plan "a disaster"': VerbNet dub-29.3's frame
    NP V NP NP, data/cues.json ``naming_verbs``) or through a preposition ('called for', 'called on')
    says nothing with a bare object: it convenes, phones or orders."""
    return lex.lemma(head) in lex.cues.naming_verbs and len(comps) == 1 and comps[0].dep_ == "dobj" and \
        _plain_noun_phrase(comps[0])


def _only_the_one_asked(head: Token, comps: list[Token], lex: Lexicon) -> bool:
    """'Mr. Rubin asked the students if they were always so pretentious', 'Hannity asked Trump
    Wednesday if ...': a verb of asking (data/cues.json ``question_verbs``) whose only objects are
    plain noun phrases naming parties (a name, a pronoun, a noun whose first WordNet sense is a
    person or a group) names the ones asked, not anything said; the question, when reported, is a
    clause the parser hung apart. 'asked Admiral Harris just that question' keeps the question
    (PolNeAR's content), and 'asked the crowd to welcome him', a request, its infinitive."""
    return lex.lemma(head) in lex.cues.question_verbs and all(
        c.dep_ in ("dobj", "dative") and _plain_noun_phrase(c) and _a_party(c) for c in comps)


def _a_party(noun: Token) -> bool:
    return noun.pos_ in ("PROPN", "PRON") or noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") \
        or party_word(noun.lemma_.lower())


def _plain_noun_phrase(noun: Token) -> bool:
    """A noun with only its determiners, modifiers and compounds ('an emergency meeting', 'half a
    dozen HP directors'): no second noun phrase, clause or quote that would be what it was called."""
    return all(t.i == noun.i or (t.dep_ in ("det", "amod", "compound", "nummod", "poss", "case", "quantmod", "advmod")
                                 and not t.is_quote) for t in noun.subtree)


def _topic_phrases(head: Token, lex: Lexicon) -> list[Token]:
    """'commented on proposed market regulations', 'is even thinking about using the stadium': the
    prepositional phrases on a cue verb that name the matter it speaks or thinks of (data/cues.json
    ``topic_prepositions``, VerbNet's 'NP V about NP' frames), not a medium or a time; the content is
    their object, without the preposition (PolNeAR marks 'the reason for canceling the interview'
    after 'has not commented on')."""
    preps = lex.cues.topic_prepositions.get(lex.lemma(head), frozenset())
    if not preps or _unrealised(head) or _framing_another_cue(head, lex):
        return []
    return [c for c in head.children if c.dep_ == "prep" and c.lower_ in preps and c.i > head.i
            and any(o.dep_ in ("pobj", "pcomp") for o in c.children)
            and not names_a_medium(c, lex) and not _names_a_time(c)]


def _unrealised(verb: Token) -> bool:
    """'did not comment on the reported changes', 'Neither Rover nor Shanghai Automotive commented
    on the reports', 'has yet to comment on the matter', 'wished to comment on', 'would comment on':
    a verb negated (on itself or its subject), an infinitive another verb governs, or under a
    modal says nothing was said."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return verb.dep_ == "xcomp" or under_modal(verb) or any(c.dep_ == "neg" for c in verb.children) \
        or any(g.dep_ in ("preconj", "neg") or (g.dep_ == "det" and g.lower_ in ("no", "neither"))
               for s in subjects for g in s.children)


def _framing_another_cue(verb: Token, lex: Lexicon) -> bool:
    """'Commenting on Mr McLetchie's decision, a spokesman said: ...', 'said Howard Archer,
    commenting on the figures': a participle hung on another cue names the topic of that cue's
    statement, not a statement of its own."""
    return verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl", "xcomp", "conj") and as_cue(verb.head, lex) is not None


def _object_modifiers(head: Token, comps: list[Token], last: int, lex: Lexicon) -> int:
    """'notes her summer job after college in Alaska', 'recalled her opposition to the
    administration's efforts', 'reported at least 20 victims at a nonprofit center': the parser
    hangs a noun object's own prepositional phrases on the cue; those that follow the object
    with nothing between belong to what is said, and the content runs to their end. Not one that
    says when, where or through whom it was said (``setting_prepositions``, a medium, a date,
    ``setting_entities``, an occasion: 'announced the plan on Monday', 'on Twitter', 'after an
    event in Iowa', 'in Paris'); only after an object noun, not a clause or an
    infinitive."""
    if not any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "NUM") for c in comps):
        return last
    for prep in sorted((c for c in head.children if c.dep_ == "prep" and c.i > last), key=lambda c: c.i):
        if prep.left_edge.i != last + 1 or _names_a_setting(prep, lex):
            break
        last = prep.right_edge.i
    return last


def _contact_relative(head: Token, last: int) -> int:
    """'are warned never to open attachments from people they do not know': a relative clause with
    no relative word ('they do not know' of 'people') that the parser hangs on the cue as an
    adverbial clause. A tensed clause on the cue that starts right after the content's last word, a
    noun, with nothing between, no subordinator and a pronoun for its subject, modifies that noun:
    the content runs to its end. Else LAST."""
    noun = head.doc[last]
    for clause in (c for c in head.children if c.dep_ == "advcl" and c.left_edge.i == last + 1):
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if noun.pos_ in ("NOUN", "PROPN") and subj is not None and subj.i == clause.left_edge.i \
                and subj.pos_ == "PRON" and tensed(clause) and not any(c.dep_ == "mark" for c in clause.children):
            return clause.right_edge.i
    return last


def _names_a_setting(prep: Token, lex: Lexicon) -> bool:
    """PREP's phrase says when, where, how or through whom something was said, not what."""
    objs = [o for o in prep.children if o.dep_ == "pobj"]
    return not objs or prep.lower_ in lex.cues.setting_prepositions or names_a_medium(prep, lex) \
        or _names_a_time(prep) or any(o.ent_type_ in lex.cues.setting_entities or names_an_occasion(o) for o in objs)


def _names_a_time(prep: Token) -> bool:
    """'announced its support on Thursday', 'called on Monday for a delay': after a cue of saying, a
    preposition whose object is a date or a time says when it was said, not what (after one of
    expecting, 'expecting an election on 5 May', it dates what is expected and stays)."""
    return any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in prep.children)


def _split_object(head: Token, comps: list[Token], lex: Lexicon) -> list[Token]:
    """'accused the army and allied "joint forces" of using ...': the parser may read the second
    object as a verb coordinated with the cue ('allied') and hang the cue's own preposition ('of')
    under it. A conjunct right after the object (only 'and' between), with no subject and no cue
    of its own, whose object (or itself) holds one of ``object_content_preps`` the cue itself lacks,
    is the rest of the object and what it is accused of ('promised a veto and attempted to make the
    case to members of both parties' is another act: its 'of' is deeper)."""
    objs = [c for c in comps if c.dep_ == "dobj"]
    if not objs:
        return []
    end = max(o.right_edge.i for o in objs)
    return [c for c in head.children if c.dep_ == "conj" and c.left_edge.i > end
            and all(t.dep_ == "cc" for t in head.doc[end + 1:c.left_edge.i])
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) and as_cue(c, lex) is None
            and any(t.dep_ == "prep" and t.lower_ in lex.cues.object_content_preps
                    for o in [c, *(g for g in c.children if g.dep_ == "dobj")] for t in o.children)][:1]


def _main_verb_as_participle(verb: Token) -> bool:
    """'The commander of the mission, General X, called on both sides to ...' parsed with the
    sentence's subject as its root and the verb as a participle hung on it: a sentence with no
    other verb has this one as its main verb, whatever the parser made of it ('a feature called
    "super mic"' is a participle of a noun that is not the sentence's root)."""
    return verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN") \
        and verb.tag_ in ("VBD", "VBN") and verb.i > 0 and verb.doc[verb.i - 1].text == ","


def _anaphoric_draft(doc: Doc, cue: Cue, quotes: list[Quote], lex: Lexicon) -> Draft | None:
    """'X said this on Y': the content is the sentence before."""
    obj = next((c for c in cue.head.children if c.dep_ in ("dobj", "advmod") and c.lower_ in
                lex.cues.anaphoric_objects and c.i == cue.head.i + 1), None)
    if obj is None:
        return None
    sent = cue.head.sent
    if sent.start == 0 or any(sent.start_char <= q.start < sent.end_char for q in quotes):
        return None
    i = sent.start - 1
    while i > 0 and doc[i].is_space:   # a paragraph break may stand as a sentence of its own
        i -= 1
    prev = doc[i].sent
    span = trim(text_of(doc), (prev.start_char, prev.end_char))
    if span[1] - span[0] < 10:
        return None
    return Draft([span], "indirect", cue, speaker_of(cue, lex))


def _idiom(tok: Token, lex: Lexicon) -> bool:
    """'That said, ...', 'needless to say': a cue word that attributes nothing."""
    doc = tok.doc
    for phrase in lex.cues.not_cues:
        words = phrase.split()
        for k, w in enumerate(words):
            start = tok.i - k
            if w == tok.lower_ and start >= 0 and [t.lower_ for t in doc[start:start + len(words)]] == words:
                return True
    return False


def noun_drafts(doc: Doc, quotes: list[Quote], lex: Lexicon) -> list[Draft]:
    """'Trump's claim that ...', 'his promise to ...', 'the pledge from 40 nations to ...', 'Their
    fear is that ...': a message or belief noun from ``nouns`` with what it holds (a that-clause, an
    infinitive, a prepositional object); the speaker is its owner (``noun_speaker``)."""
    rules = lex.cues.nouns
    out = []
    for tok in doc:
        cls = rules.lemmas.get(tok.lemma_.lower())
        if cls is None or tok.pos_ != "NOUN" or in_quote(tok.idx, quotes):
            continue
        comp = noun_content(tok, lex)
        speaker = noun_speaker(tok, lex) if comp is not None else None
        if comp is None or speaker is None:
            continue
        lo, hi = line_at(text_of(doc), tok.idx)
        cue = Cue(tok, [tok], cls)
        tail = _tail_adjuncts(comp, cue, lex)
        toks = drop_tail([t for t in comp.subtree if lo <= t.idx < hi and t.i not in tail and t.i > tok.i
                           and not (_complementizer(t, lex) and t.head.i == comp.i)])
        span = content_span(doc, toks, rules.min_tokens)
        if span is not None:
            out.append(Draft([span], "indirect", cue, speaker))
    return out


def noun_content(noun: Token, lex: Lexicon) -> Token | None:
    """What the cue noun holds: a clause ('the claim that ...', 'the fear is that ...'), an
    infinitive ('a promise to ...') or the object of a listed preposition ('doubts about ...')."""
    for c in noun.children:
        if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX") and any(
                _complementizer(g, lex) or (g.dep_ == "aux" and g.lower_ in lex.cues.infinitive_markers) for g in c.children):
            return c
        if c.dep_ == "prep" and c.lower_ in lex.cues.nouns.preps and any(
                g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in lex.cues.nouns.not_content_entities and g.pos_ != "PRON"
                for g in c.children):
            return c
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_ in lex.cues.copulas:
        return next((c for c in head.children if c.dep_ == "ccomp"), None)
    return None


def denied_claims(doc: Doc, quotes: list[Quote], lex: Lexicon) -> list[Draft]:
    """'The Kremlin rejected claims that Russia was preparing ...', 'dismissed reports that ...':
    a denial verb whose object is a claim holding a that-clause; the clause is what the verb's
    subject denies (the polarity follows from the cue, ``polarity.py``)."""
    out = []
    for noun in doc:
        if not denied_claim(noun, lex) or in_quote(noun.idx, quotes):
            continue
        verb, comp = noun.head, noun_content(noun, lex)
        cue = Cue(verb, list(doc[verb.i:noun.i + 1]), lex.verb_class(lex.lemma(verb)) or "asserted")
        lo, hi = line_at(text_of(doc), noun.idx)
        toks = drop_tail([t for t in comp.subtree if lo <= t.idx < hi and t.i > noun.i
                           and not (_complementizer(t, lex) and t.head.i == comp.i)]) if comp is not None else []
        span = content_span(doc, toks, lex.cues.min_indirect_tokens)
        if span is not None:
            out.append(Draft([span], "indirect", cue, speaker_of(cue, lex)))
    return out


def denied_claim(tok: Token, lex: Lexicon) -> bool:
    """TOK is a claim ('reports', 'allegations') that a denial verb takes as its object, with a clause."""
    pol = lex.cues.polarity
    return tok.dep_ == "dobj" and tok.lemma_.lower() in pol.denial_nouns and \
        lex.lemma(tok.head) in pol.denial_verbs and noun_content(tok, lex) is not None


def according(doc: Doc, quotes: list[Quote], used: set[int], lex: Lexicon) -> list[Draft]:
    """'According to X, ...' and 'In X's words, ...': a phrase that names the source of the
    sentence around it."""
    out = []
    for tok in doc:
        found = _source_phrase(tok, lex)
        if found is None or in_quote(tok.idx, quotes):
            continue
        cue, src = found
        speaker = Speaker(mention_span(src, lex), src)
        lo, hi = line_at(text_of(doc), tok.idx)
        start, end = _brackets(text_of(doc), tok.idx, max(tok.sent.start_char, lo), min(tok.sent.end_char, hi))
        left, right = tok.left_edge, max(tok.right_edge, src, key=lambda t: t.i)
        subject = _conjunct_subject(doc, left, tok.head)
        parts = [trim(text_of(doc), subject or (start, left.idx)), trim(text_of(doc), (right.idx + len(right), end))]
        parts = [p for k, p in enumerate(parts) if p[1] - p[0] > (0 if k == 0 and subject else 3)]
        inside = [q for q in quotes if id(q) not in used and any(q.start < e and s < q.end for s, e in parts)]
        if mostly_quoted(parts, inside, lex):
            used.update(id(q) for q in inside)
            out.append(Draft([s for q in inside for s in q.spans], "direct", cue, speaker))
        elif parts:
            out.append(Draft(parts, "indirect", cue, speaker))
    return out


def _conjunct_subject(doc: Doc, left: Token, verb: Token) -> Span | None:
    """'He had promised not to let the company get fat, and, according to Reuters, once told
    analysts that ...': a source phrase right after a coordinating conjunction opens the second
    conjunct and is the source of that conjunct only; the first is the writer's narration. What it
    says is the conjunct with the subject the two share (the nearest subject up the first
    conjunct's chain of heads: 'subsidies ... estimated to exceed 16.5bn euros and, according to
    some predictions, balloon to ...'), an empty span when there is none or when the conjunct
    has a subject of its own ('That's a big deal, and, in Mr. Allen's view, it shows ...', VERB the
    phrase hangs on); None when no conjunction comes before the phrase."""
    k = left.i - 1
    while k >= 0 and doc[k].is_punct:
        k -= 1
    if k < 0 or doc[k].dep_ != "cc" or not doc[k].head.i < k:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > k for c in verb.children):
        return (left.idx, left.idx)
    head: Token | None = doc[k].head
    while head is not None:
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < k), None)
        if subj is not None:
            return (subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge))
        head = head.head if head.dep_ in ("xcomp", "conj", "advcl", "acl") and head.head is not head else None
    return (left.idx, left.idx)


def _source_phrase(tok: Token, lex: Lexicon) -> tuple[Cue, Token] | None:
    """The cue and the source of 'according to X' or 'in X's words' at TOK, or None."""
    prep = lex.cues.according_to.get(tok.lower_)
    if prep is not None:
        to = next((c for c in tok.children if c.lower_ == prep), None)
        src = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        src = src if src is not None or to is None else _source_before_comma(to)
        src = _issuer_of(src, lex) if src is not None else None
        return (Cue(tok, [tok, to], "asserted"), src) if to is not None and src is not None else None
    words = lex.cues.in_words
    if tok.lower_ != words.preposition:
        return None
    noun = next((c for c in tok.children if c.dep_ == "pobj" and c.lower_ in words.nouns), None)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None) if noun is not None else None
    return (Cue(tok, [tok, noun], words.nouns[noun.lower_]), owner) if noun is not None and owner is not None else None


def _issuer_of(src: Token, lex: Lexicon) -> Token:
    """'according to an analysis by the Pew Research Center', 'according to figures from the
    Treasury': a common noun for a document or a finding whose author is named after one of
    ``issuer_prepositions`` stands for that author, the source PolNeAR and the reader name;
    a name ('according to Reuters') or a noun with no author named stays."""
    if src.pos_ != "NOUN":
        return src
    authors = [o for p in src.children if p.dep_ == "prep" and p.lower_ in lex.speakers.issuer_prepositions
               for o in p.children if o.dep_ == "pobj" and (o.pos_ == "PROPN" or o.ent_type_ in ("PERSON", "ORG"))]
    return authors[0] if authors else src


def _source_before_comma(to: Token) -> Token | None:
    """'According to Defence Minister Andriy Savchuk, the Netherlands will ...' parsed with the
    name as the subject of the clause after it: the source is the noun that ends the phrase at
    its comma."""
    doc = to.doc
    end = next((t.i for t in doc[to.i + 1:to.sent.end] if t.is_punct), None)
    if end is None or end == to.i + 1 or doc[end].text != ",":
        return None
    last = doc[end - 1]
    return last if last.pos_ in ("PROPN", "NOUN") else None


def _brackets(text: str, pos: int, start: int, end: int) -> Span:
    """'Iowa (93 percent were white, according to exit polls)': inside brackets the source
    vouches for the bracketed words only; else START..END unchanged."""
    open_at, close_at = text.rfind("(", start, pos), text.find(")", pos, end)
    if open_at < 0 or close_at < 0 or ")" in text[open_at:pos]:
        return start, end
    return open_at + 1, close_at
