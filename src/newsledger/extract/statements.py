"""Statements: every quote, reported claim and belief in an article, with who made it.

Each layout is read by its own small rule over the dependency parse, then merged:
  1. reported speech and beliefs: a cue with a clausal complement ("said that ...", "is
     convinced that ...", "..., he said"); a cue set inside the clause it reports ("The plan,
     an aide said, is ..."); a passive cue with an infinitive ("is expected to ..."); a verb
     whose object is what is said ("called for a ban"); an anaphoric object ("said this on
     FREEDOM TV": the previous sentence); a cue in an 'as' clause ("As the paper noted, ...");
     a noun cue with what it holds ("his claim that ...", "her promise to ...");
  2. "according to X, ..." and adverbs such as "reportedly" (unattributed);
  3. quoted words: quotation marks paired on the raw text (``quotes.py``), attributed to a cue
     after the quote, before it, or around it (a quote split by its cue). A quote paragraph
     with no cue of its own is left out rather than guessed, and so is a scare quote (a few
     words in marks inside a running sentence); a speaker the parser found inside the quote
     is replaced by the noun beside the cue.
A statement whose cue and content lie inside another's content ('said he wants ...') is part of
that one and is dropped; words the writer adds after the reported clause (', who ...', ', while
...') are cut off.
Pronoun and description speakers ("he", "the opposition figure") get the named mention they
stand for as ``speaker_antecedent`` (``speakers.py``); certainty, forecast, channel and date
come from ``certainty.py``; every word list is in ``newsledger/data`` (cues.json, hedges.json,
statements_*.json).
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsledger.extract import certainty as cert
from newsledger.extract.attribution import Cue, Speaker, as_cue, mention_span, noun_speaker, speaker_of
from newsledger.extract.quotes import Quote, find_quotes
from newsledger.extract.speakers import resolve_antecedents
from newsledger.extract.statement_lexicon import Lexicon, lexicon, text_of
from newsledger.model import Span, Statement, Timex

_TRIM = " \t\n\r\xa0,.;:—–-\"'“”‘’«»„"
_SENT_END = {".", "!", "?"}
_DASHES = {"—", "–", "-", "--"}
_MIN_PARTNER_WORDS = 4          # shorter quotes inside a cue's clause are names, not speech


@dataclass
class Draft:
    """A statement before its speaker is resolved and its content classified."""

    content: list[Span]
    kind: str
    cue: Cue | None
    speaker: Speaker | None

    @property
    def start(self) -> int:
        return self.content[0][0]


def find_statements(doc: Doc, timexes: list[Timex] = ()) -> list[Statement]:
    """Every quote, reported claim and belief in DOC; spans index ``doc.text``."""
    lex = lexicon()
    quotes = find_quotes(text_of(doc))
    used: set[int] = set()
    drafts = _reported(doc, quotes, used, lex)
    drafts += _according(doc, quotes, used, lex)
    drafts += _adverb_cues(doc, quotes, lex)
    drafts += _noun_drafts(doc, quotes, lex)
    drafts += _quoted(doc, quotes, used, lex)
    drafts = sorted(_drop_nested(_dedupe(drafts)), key=lambda d: d.start)
    for d in drafts:
        _speaker_outside_quotes(doc, d, quotes, lex)
    antecedents = resolve_antecedents(doc, drafts, lex)
    return [_finish(doc, d, antecedents.get(id(d)), list(timexes), lex) for d in drafts]


# --- 1. reported speech and beliefs ------------------------------------------------------

def _reported(doc: Doc, quotes: list[Quote], used: set[int], lex: Lexicon) -> list[Draft]:
    out = []
    for tok in doc:
        cue = as_cue(tok, lex)
        if cue is None or _in_quote(tok.idx, quotes) or _idiom(tok, lex):
            continue
        comp = _complement(doc, cue)
        if comp is not None:
            draft = _clause_draft(doc, cue, comp, quotes, used, lex)
        else:
            draft = (_as_clause_draft(doc, cue, lex) or _anaphoric_draft(doc, cue, quotes, lex)
                     or _parenthetical_draft(doc, cue, quotes, used, lex)
                     or _raising_draft(doc, cue, lex) or _object_draft(doc, cue, quotes, lex))
        if draft is not None:
            out.append(draft)
    return out


def _complement(doc: Doc, cue: Cue) -> Token | None:
    """The cue's clausal complement in its own paragraph, the nearest one when there are several
    (the parser sometimes glues a sentence of the paragraph before onto the cue's)."""
    lo, hi = _paragraph(text_of(doc), cue.head.idx)
    comps = [c for c in cue.head.children if c.dep_ == "ccomp" and lo <= c.idx < hi]
    if comps:
        return min(comps, key=lambda c: abs(c.i - cue.head.i))
    return _message_clause(cue.head, lo, hi)


def _message_clause(head: Token, lo: int, hi: int) -> Token | None:
    """'X said in a statement that CLAUSE': the parser hangs the clause on the message noun."""
    for prep in (c for c in head.children if c.dep_ == "prep" and c.i > head.i):
        for noun in (g for g in prep.children if g.dep_ == "pobj"):
            for acl in noun.children:
                if acl.dep_ in ("acl", "ccomp", "relcl") and lo <= acl.idx < hi and \
                        any(m.dep_ == "mark" and m.lower_ == "that" for m in acl.children):
                    return acl
    return None


def _glued_clauses(cue: Cue, comp: Token) -> list[Token]:
    """'say they don't yet know ...' parsed as two complements, 'they do' and 'know ...': the
    other complements that touch COMP's words, on the same side of the cue, are one clause."""
    out, edge = [], comp.right_edge.i
    for c in sorted((c for c in cue.head.children if c.dep_ == "ccomp" and c.i > comp.i), key=lambda c: c.i):
        if (c.i > cue.head.i) != (comp.i > cue.head.i) or c.left_edge.i != edge + 1:
            break
        out.append(c)
        edge = c.right_edge.i
    return out


def _clause_draft(doc: Doc, cue: Cue, comp: Token, quotes: list[Quote], used: set[int],
                  lex: Lexicon) -> Draft | None:
    """'X said that CLAUSE' / 'CLAUSE, X said': the clause is the content."""
    lo, hi = _paragraph(text_of(doc), cue.head.idx)
    nested = {t.i for c in comp.subtree if _reports_itself(c, lex) for t in c.subtree}
    nested |= _tail_adjuncts(comp, cue, lex)
    glued = [t for c in _glued_clauses(cue, comp) for t in c.subtree]
    toks = _drop_tail([t for t in list(comp.subtree) + glued if lo <= t.idx < hi and t.i not in nested
                       and not (t.dep_ == "mark" and t.lower_ == "that" and t.head.i == comp.i and t.i < comp.i)])
    span = _content_span(doc, toks + _coordinated_clause(cue, comp, hi, lex), lex.cues["min_indirect_tokens"])
    if span is None:
        return None
    inside = [q for q in quotes if q.start < span[1] and span[0] < q.end]
    speaker = speaker_of(cue, lex)
    if _mostly_quoted([span], inside, lex):
        inside = _with_leading_partner(doc, _with_split_partner(doc, inside, quotes, cue), quotes, cue)
        used.update(id(q) for q in inside)
        return Draft([s for q in inside for s in q.spans], "direct", cue, speaker)
    used.update(id(q) for q in inside if span[0] <= q.start and q.end <= span[1])
    return Draft([span], "indirect", cue, speaker)


def _tail_adjuncts(comp: Token, cue: Cue, lex: Lexicon) -> set[int]:
    """Words after the reported clause proper that the writer adds, not the speaker: a
    comma-set relative clause ('..., who also held a rally'), a comma-set participle or
    contrast clause ('..., pointing to ...', '..., while others ...'), or a verb phrase in the
    cue's own tense coordinated after a clause in another ('said she admires X and
    highlighted Y'), a clause after a dash, a phrase led by a word in ``tail_adjuncts``
    ('..., despite ...'); the parser hangs them on the clause's last words."""
    rules = lex.cues["tail_adjuncts"]
    out: set[int] = set()
    for t in comp.subtree:
        if t.i <= comp.i or t.i in out:
            continue
        prev = t.doc[t.left_edge.i - 1]
        if prev.dep_ == "cc":
            prev = t.doc[max(0, prev.i - 1)]
        comma = prev.text == "," or prev.text in _DASHES
        mark = next((c for c in t.children if c.dep_ == "mark"), None)
        if comma and t.dep_ in ("relcl", "advcl", "prep", "acl"):
            tail = t.dep_ == "relcl" or t.lower_ in rules["lead_words"] or (t.dep_ == "advcl" and (
                (mark is None and t.tag_ == "VBG") or (mark is not None and mark.lower_ in rules["advcl_marks"])))
        elif t.dep_ == "conj" and t.head.i == comp.i:
            own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
            tail = (prev.text in _DASHES and own_subject) or \
                (t.tag_ == cue.head.tag_ != comp.tag_ and not own_subject)
        else:
            tail = False
        if tail:
            out.update(x.i for x in t.subtree)
            out.update(c.i for c in t.doc[prev.i:t.left_edge.i] if c.is_punct or c.dep_ == "cc")
    return out


def _reports_itself(tok: Token, lex: Lexicon) -> bool:
    """'..., and more than 4 in 10 said ...' / '... and says he ...': a coordinated clause with
    its own cue and subject or complement is another statement, not part of this one."""
    return tok.dep_ == "conj" and as_cue(tok, lex) is not None and \
        any(c.dep_ in ("nsubj", "ccomp") for c in tok.children)


def _coordinated_clause(cue: Cue, comp: Token, hi: int, lex: Lexicon) -> list[Token]:
    """'X explains that A, but B' / 'X said that A, and that B': a clause coordinated with the
    cue right after its complement, with its own subject or 'that' and no cue of its own, goes
    on with what X says."""
    end = comp.right_edge.i
    for conj in cue.head.children:
        if conj.dep_ != "conj" or conj.i <= end or conj.idx >= hi or as_cue(conj, lex) is not None:
            continue
        gap = conj.doc[end + 1:conj.left_edge.i]
        if any(t.text in _DASHES for t in gap):
            continue                  # '... — and the Senate is ...': the writer goes on
        if not any(c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ == "mark" and c.lower_ == "that") for c in conj.children):
            continue
        if all(t.is_punct or t.dep_ == "cc" for t in gap):
            return [t for t in conj.doc[end + 1:conj.right_edge.i + 1] if t.idx < hi]
    return []


def _parenthetical_draft(doc: Doc, cue: Cue, quotes: list[Quote], used: set[int],
                         lex: Lexicon) -> Draft | None:
    """'The plan, an inside source said, is to ...' / '..., police said.': the parser hangs the
    cue under the reported clause; the content is that clause without the cue's own words."""
    head = cue.head
    if not _parenthetical(head, lex):
        return None
    lo, hi = _paragraph(text_of(doc), head.idx)
    clause = [t for t in head.head.subtree if lo <= t.idx < hi]
    inner = {t.i for t in head.subtree} - _fronted(head)
    start = min(inner)
    before = [t for t in clause if t.i < start]
    after = [t for t in clause if t.i > head.right_edge.i and t.i not in inner]
    parts = [_trim(text_of(doc), (p[0].idx, p[-1].idx + len(p[-1]))) for p in (before, after) if p]
    parts = [p for p in parts if p[1] > p[0]]
    if sum(len(text_of(doc)[a:b].split()) for a, b in parts) < lex.cues["min_indirect_tokens"]:
        return None
    inside = [q for q in quotes if id(q) not in used and any(q.start < e and s < q.end for s, e in parts)]
    if _mostly_quoted(parts, inside, lex):
        used.update(id(q) for q in inside)
        return Draft([sp for q in inside for sp in q.spans], "direct", cue, speaker_of(cue, lex))
    return Draft(parts, "indirect", cue, speaker_of(cue, lex))


def _as_clause_draft(doc: Doc, cue: Cue, lex: Lexicon) -> Draft | None:
    """'As the paper noted, the deficit will grow' / '..., as Breitbart News reported': a cue in
    an 'as' clause with nothing of its own to report vouches for the clause it is set in."""
    head, rules = cue.head, lex.cues["as_clause"]
    if head.dep_ != "advcl" or head.head.pos_ not in ("VERB", "AUX") or lex.lemma(head) not in rules["verbs"] \
            or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in head.children):
        return None
    if not any(c.dep_ == "mark" and c.lower_ in rules["marks"] for c in head.children):
        return None
    lo, hi = _paragraph(text_of(doc), head.idx)
    inner = {t.i for t in head.subtree}
    clause = [t for t in head.head.subtree if lo <= t.idx < hi and t.i not in inner and t.dep_ != "cc"]
    before = [t for t in clause if t.i < head.left_edge.i]
    after = [t for t in clause if t.i > head.right_edge.i]
    parts = [_trim(text_of(doc), (p[0].idx, p[-1].idx + len(p[-1]))) for p in (before, after) if p]
    parts = [p for p in parts if p[1] > p[0]]
    if sum(len(text_of(doc)[a:b].split()) for a, b in parts) < lex.cues["min_indirect_tokens"]:
        return None
    return Draft(parts, "indirect", cue, speaker_of(cue, lex))


def _parenthetical(head: Token, lex: Lexicon) -> bool:
    """A cue inserted into the clause it reports: its own few words, with a subject, hung on
    that clause as parataxis (hung as a complement instead, it was mostly a misparse)."""
    fronted = _fronted(head)
    sub = [t for t in head.subtree if t.i not in fronted]
    if len(sub) > 10 or any(t.pos_ in ("VERB", "AUX") and t.i != head.i and t.dep_ not in ("aux", "auxpass") for t in sub):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return False
    outer = head.head
    if outer.pos_ not in ("VERB", "AUX") or as_cue(outer, lex) is not None:
        return False
    return head.dep_ == "parataxis"


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
    if subj is None or inf is None or subj.lower_ in lex.cues["expletive_subjects"]:
        return None
    lo, hi = _paragraph(text_of(doc), head.idx)
    parts = [_trim(text_of(doc), (max(lo, t.left_edge.idx), min(hi, t.right_edge.idx + len(t.right_edge)))) for t in (subj, inf)]
    speaker = speaker_of(cue, lex)
    if speaker.token is not None and speaker.token.i == subj.i:
        speaker = Speaker(None, None, unattributed=True)
    return Draft([p for p in parts if p[1] > p[0]], "indirect", cue, speaker)


def _adverb_cues(doc: Doc, quotes: list[Quote], lex: Lexicon) -> list[Draft]:
    """'Bloomberg is reportedly considering a run': the clause, unattributed."""
    out = []
    for tok in doc:
        cls = lex.cues["adverbs"].get(tok.lower_)
        if cls is None or tok.dep_ != "advmod" or _in_quote(tok.idx, quotes):
            continue
        lo, hi = _paragraph(text_of(doc), tok.idx)
        clause = [t for t in tok.head.subtree if lo <= t.idx < hi]
        parts = [_trim(text_of(doc), (p[0].idx, p[-1].idx + len(p[-1])))
                 for p in ([t for t in clause if t.i < tok.i], [t for t in clause if t.i > tok.i]) if p]
        parts = [p for p in parts if p[1] > p[0]]
        if sum(len(text_of(doc)[a:b].split()) for a, b in parts) >= lex.cues["min_indirect_tokens"]:
            out.append(Draft(parts, "indirect", Cue(tok, [tok], cls), Speaker(None, None, unattributed=True)))
    return out


def _object_draft(doc: Doc, cue: Cue, quotes: list[Quote], lex: Lexicon) -> Draft | None:
    """'Trump called the plan "a disaster"', 'announced the creation of a website', 'hopes to win',
    'called for the US to act', 'is worried about the deficit': for verbs (and the adjective cues
    listed with them) whose object is what is said, the content runs from the
    first complement to the last one's end (a participle 'calling him a loser' takes the subject
    of the clause it hangs on)."""
    head = cue.head
    lemma = lex.lemma(head)
    if lemma not in lex.cues["object_content_verbs"] or head.dep_ in ("amod", "acl"):
        return None
    comps = [c for c in head.children if c.dep_ in ("dobj", "xcomp", "oprd", "dative")
             or (c.dep_ in ("prep", "prt") and c.lower_ in lex.cues["object_content_preps"])
             or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children))]
    speaker = speaker_of(cue, lex)
    if not comps or (speaker.token is None and not speaker.unattributed):
        return None
    lo, hi = _paragraph(text_of(doc), head.idx)
    first = min(comps, key=lambda c: c.left_edge.i).left_edge
    last = max(c.right_edge.i for c in comps)
    tail = {i for c in comps for i in _tail_adjuncts(c, cue, lex)}
    toks = _drop_tail([t for t in doc[first.i:last + 1] if lo <= t.idx < hi and t.i not in tail])
    span = _content_span(doc, toks, lex.cues["min_indirect_tokens"] - 1)
    return Draft([span], "indirect", cue, speaker) if span is not None else None


def _anaphoric_draft(doc: Doc, cue: Cue, quotes: list[Quote], lex: Lexicon) -> Draft | None:
    """'X said this on Y': the content is the sentence before."""
    obj = next((c for c in cue.head.children if c.dep_ in ("dobj", "advmod") and c.lower_ in
                lex.cues["anaphoric_objects"] and c.i == cue.head.i + 1), None)
    if obj is None:
        return None
    sent = cue.head.sent
    if sent.start == 0 or any(sent.start_char <= q.start < sent.end_char for q in quotes):
        return None
    i = sent.start - 1
    while i > 0 and doc[i].is_space:   # a paragraph break may stand as a sentence of its own
        i -= 1
    prev = doc[i].sent
    span = _trim(text_of(doc), (prev.start_char, prev.end_char))
    if span[1] - span[0] < 10:
        return None
    return Draft([span], "indirect", cue, speaker_of(cue, lex))


def _idiom(tok: Token, lex: Lexicon) -> bool:
    """'That said, ...', 'needless to say': a cue word that attributes nothing."""
    doc = tok.doc
    for phrase in lex.cues["not_cues"]:
        words = phrase.split()
        for k, w in enumerate(words):
            start = tok.i - k
            if w == tok.lower_ and start >= 0 and [t.lower_ for t in doc[start:start + len(words)]] == words:
                return True
    return False


# --- 1b. noun cues -------------------------------------------------------------------------

def _noun_drafts(doc: Doc, quotes: list[Quote], lex: Lexicon) -> list[Draft]:
    """'Trump's claim that ...', 'his promise to ...', 'the pledge from 40 nations to ...', 'Their
    fear is that ...': a message or belief noun from ``nouns`` with what it holds (a that-clause, an
    infinitive, a prepositional object); the speaker is its owner (``noun_speaker``)."""
    rules = lex.cues["nouns"]
    out = []
    for tok in doc:
        cls = rules["lemmas"].get(tok.lemma_.lower())
        if cls is None or tok.pos_ != "NOUN" or _in_quote(tok.idx, quotes):
            continue
        comp = _noun_content(tok, rules)
        speaker = noun_speaker(tok, lex) if comp is not None else None
        if speaker is None:
            continue
        lo, hi = _paragraph(text_of(doc), tok.idx)
        cue = Cue(tok, [tok], cls)
        tail = _tail_adjuncts(comp, cue, lex)
        toks = _drop_tail([t for t in comp.subtree if lo <= t.idx < hi and t.i not in tail and t.i > tok.i
                           and not (t.dep_ == "mark" and t.lower_ == "that" and t.head.i == comp.i)])
        span = _content_span(doc, toks, rules["min_tokens"])
        if span is not None:
            out.append(Draft([span], "indirect", cue, speaker))
    return out


def _noun_content(noun: Token, rules: dict) -> Token | None:
    """What the cue noun holds: a clause ('the claim that ...', 'the fear is that ...'), an
    infinitive ('a promise to ...') or the object of a listed preposition ('doubts about ...')."""
    for c in noun.children:
        if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX") and any(
                (g.dep_ == "mark" and g.lower_ == "that") or (g.dep_ == "aux" and g.lower_ == "to") for g in c.children):
            return c
        if c.dep_ == "prep" and c.lower_ in rules["preps"] and any(
                g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in rules["not_content_entities"] and g.pos_ != "PRON"
                for g in c.children):
            return c
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_ == "be":
        return next((c for c in head.children if c.dep_ == "ccomp"), None)
    return None


# --- 2. according to X ------------------------------------------------------------------

def _according(doc: Doc, quotes: list[Quote], used: set[int], lex: Lexicon) -> list[Draft]:
    out = []
    for tok in doc:
        if tok.lower_ not in lex.cues["according_to"] or _in_quote(tok.idx, quotes):
            continue
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        src = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if src is None:
            continue
        cue = Cue(tok, [tok, to], "asserted")
        speaker = Speaker(mention_span(src, lex), src)
        lo, hi = _paragraph(text_of(doc), tok.idx)
        start, end = _brackets(text_of(doc), tok.idx, max(tok.sent.start_char, lo), min(tok.sent.end_char, hi))
        left, right = tok.left_edge, tok.right_edge
        parts = [_trim(text_of(doc), (start, left.idx)), _trim(text_of(doc), (right.idx + len(right), end))]
        parts = [p for p in parts if p[1] - p[0] > 3]
        inside = [q for q in quotes if id(q) not in used and any(q.start < e and s < q.end for s, e in parts)]
        if _mostly_quoted(parts, inside, lex):
            used.update(id(q) for q in inside)
            out.append(Draft([s for q in inside for s in q.spans], "direct", cue, speaker))
        elif parts:
            out.append(Draft(parts, "indirect", cue, speaker))
    return out


def _brackets(text: str, pos: int, start: int, end: int) -> Span:
    """'Iowa (93 percent were white, according to exit polls)': inside brackets the source
    vouches for the bracketed words only; else START..END unchanged."""
    open_at, close_at = text.rfind("(", start, pos), text.find(")", pos, end)
    if open_at < 0 or close_at < 0 or ")" in text[open_at:pos]:
        return start, end
    return open_at + 1, close_at


# --- 4. quoted words ----------------------------------------------------------------------

def _quoted(doc: Doc, quotes: list[Quote], used: set[int], lex: Lexicon) -> list[Draft]:
    out: list[Draft] = []
    for q in quotes:
        if id(q) in used:
            continue
        cue = _cue_after(doc, q, quotes, lex) or _cue_before(doc, q, quotes, lex)
        if cue is not None and not _title_like(doc, q, cue, lex) and not _scare_quote(doc, q, cue, lex):
            group = _with_split_partner(doc, [q], quotes, cue)
            used.update(id(x) for x in group)
            out.append(Draft([s for x in group for s in x.spans], "direct", cue, speaker_of(cue, lex)))
    return out


def _title_like(doc: Doc, q: Quote, cue: Cue, lex: Lexicon) -> bool:
    """'on MSNBC's "Morning Joe," calling it ...': fewer than ``min_direct_words`` quoted words
    that the parse reads as a noun phrase, inside the cue's own clause or beside a cue that has
    an object of its own, name a show or a slogan; what is said is elsewhere."""
    if _words(text_of(doc), q) >= lex.cues["min_direct_words"]:
        return False
    clause = range(cue.head.left_edge.idx, cue.head.right_edge.idx + len(cue.head.right_edge))
    at = doc.char_span(q.spans[0][0], q.spans[0][1], alignment_mode="expand")
    return at is not None and any(t.head.i != t.i and t.dep_ in ("pobj", "dobj", "appos", "compound") for t in at) \
        and (q.start in clause or _object_clause(cue))


def _scare_quote(doc: Doc, q: Quote, cue: Cue, lex: Lexicon) -> bool:
    """'the so-called "rebels"', 'he voted "uncommitted"': a few words in quotation marks set
    inside a running sentence (a word, not a stop, colon or comma, before the opening mark) is a
    phrase the writer marks, not what the cue's speaker said; unless the cue's object is what
    was said ('called Trump "unhinged"')."""
    if _words(text_of(doc), q) > lex.cues["max_scare_quote_words"] \
            or lex.lemma(cue.head) in lex.cues["object_content_verbs"]:
        return False
    before = text_of(doc)[:q.open_at].rstrip()
    return bool(before) and before[-1].isalnum()


def _object_clause(cue: Cue) -> bool:
    return any(c.dep_ in ("dobj", "xcomp", "oprd") for c in cue.head.children)


def _cue_after(doc: Doc, q: Quote, quotes: list[Quote], lex: Lexicon) -> Cue | None:
    """A cue in the few words after the closing mark: '"...," he said' / '"...", said X'."""
    if q.close_at is None:
        return None
    for tok in _window(doc, q.after, lex.cues["cue_window_tokens"], quotes, forward=True):
        cue = as_cue(tok, lex)
        if cue is not None and not _has_own_clause(cue, q):
            return cue
    return None


def _cue_before(doc: Doc, q: Quote, quotes: list[Quote], lex: Lexicon) -> Cue | None:
    """A cue just before the opening mark: 'X said: "..."' / 'X added, "..."'."""
    toks = list(_window(doc, _colon_line_end(doc, q.open_at), lex.cues["cue_window_tokens"], quotes, forward=False))
    if not toks or toks[0].text not in (":", ",") and toks[0].pos_ != "VERB":
        return None
    for tok in toks:
        cue = as_cue(tok, lex)
        if cue is not None and not _has_own_clause(cue, q):
            return cue
    return None


def _colon_line_end(doc: Doc, at: int) -> int:
    """'Schumer tweeted:' then the quote in a paragraph of its own: the cue is looked for before
    the colon that ends the line above; otherwise at AT itself."""
    text = text_of(doc)
    line_start = text.rfind("\n", 0, at) + 1
    if text[line_start:at].strip():
        return at
    above = text[:line_start].rstrip()
    return len(above) if above.endswith(":") else at


def _window(doc: Doc, at: int, n: int, quotes: list[Quote], forward: bool):
    """Up to N tokens from offset AT, stopping at a sentence end, a line break or another quote."""
    if forward:
        i = next((t.i for t in doc if t.idx >= at), len(doc))
        step = 1
    else:
        i = next((t.i for t in reversed(doc) if t.idx < at), -1)
        step = -1
    seen = 0
    while 0 <= i < len(doc) and seen < n:
        tok = doc[i]
        if "\n" in tok.text or _in_quote(tok.idx, quotes) or tok.text in '"“”«»„':
            return
        if tok.text in _SENT_END and (forward or seen > 0):
            return
        yield tok
        seen += 1
        i += step


def _has_own_clause(cue: Cue, q: Quote) -> bool:
    """True when the cue already reports another clause than this quote."""
    comp = next((c for c in cue.head.children if c.dep_ == "ccomp"), None)
    if comp is None:
        return False
    lo, hi = comp.left_edge.idx, comp.right_edge.idx
    return not (lo < q.end and q.start <= hi)


def _with_split_partner(doc: Doc, group: list[Quote], quotes: list[Quote], cue: Cue) -> list[Quote]:
    """'"X," he said, "Y."' or '"X," he said. "Y."': the quote that resumes right after the
    cue's own clause, in the same paragraph, joins the first (short quotes inside the cue's
    clause, such as a programme's name, are stepped over)."""
    last = group[-1]
    if last.after is None or not last.after <= cue.span[0]:
        return group
    for nxt in (x for x in quotes if x.open_at >= last.after):
        between = text_of(doc)[last.after:nxt.open_at]
        if "\n" in between or len(between) > 300:
            return group
        if nxt.open_at < cue.span[1] or _words(text_of(doc), nxt) < _MIN_PARTNER_WORDS and nxt.after is not None:
            continue
        return group + [nxt] if _only_cue_clause(doc, last.after, nxt.open_at, cue, quotes) else group
    return group


def _with_leading_partner(doc: Doc, group: list[Quote], quotes: list[Quote], cue: Cue) -> list[Quote]:
    """'"If X," Robinson said, "Y."' parsed with Y as the complement: X joins in front."""
    prev = [q for q in quotes if q.after is not None and q.after <= cue.span[0] and q.end <= group[0].open_at]
    if not prev or prev[-1] in group:
        return group
    p = prev[-1]
    between = text_of(doc)[p.after:group[0].open_at]
    if "\n" in between or not _only_cue_clause(doc, p.after, group[0].open_at, cue, quotes):
        return group
    return [p] + group


def _only_cue_clause(doc: Doc, start: int, end: int, cue: Cue, quotes: list[Quote]) -> bool:
    """True when the words between two quotes all belong to the cue's clause."""
    clause = {t.i for t in cue.head.subtree}
    span = doc.char_span(start, end, alignment_mode="contract")
    words = [t for t in span or () if not (t.is_punct or t.is_space or _in_quote(t.idx, quotes))]
    return bool(words) and all(t.i in clause for t in words)


def _speaker_outside_quotes(doc: Doc, d: Draft, quotes: list[Quote], lex: Lexicon) -> None:
    """'"... Ohio," Mr. Trump said': a speaker the parser found inside the quoted words is a
    misparse; the speaker is the first noun between the quote and the cue, or else the one
    right after the cue ('"...," said Cuban')."""
    spk = d.speaker
    if d.kind != "direct" or d.cue is None or spk is None or spk.token is None \
            or not _in_quote(spk.token.idx, quotes):
        return
    head = d.cue.head
    since = _quote_end_before(head.idx, quotes)
    before = [t for t in doc[head.sent.start:head.i] if t.idx >= since and not _in_quote(t.idx, quotes)]
    after = list(doc[head.i + 1:head.sent.end])
    after = after[:next((k for k, t in enumerate(after) if t.is_punct or _in_quote(t.idx, quotes)), len(after))]
    tok = next((t for t in before + after if t.pos_ in ("PROPN", "NOUN", "PRON")), None)
    if tok is not None:
        while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i and tok.head.i < head.i:
            tok = tok.head
        d.speaker = Speaker(mention_span(tok, lex), tok)


def _quote_end_before(pos: int, quotes: list[Quote]) -> int:
    return max((q.end for q in quotes if q.end <= pos), default=0)


# --- merging and finishing ----------------------------------------------------------------

def _dedupe(drafts: list[Draft]) -> list[Draft]:
    """One statement per content: a direct quote beats reported speech over the same words."""
    ranked = sorted(drafts, key=lambda d: d.kind != "direct")
    kept: list[Draft] = []
    for d in ranked:
        if not any(_jaccard(d.content, k.content) >= 0.8 for k in kept):
            kept.append(d)
    return kept


def _drop_nested(drafts: list[Draft]) -> list[Draft]:
    """'Trump said he wants a shutdown': the wish is part of what Trump said; a statement whose
    cue and content lie inside another's content is reported by that one, not beside it."""
    sets = [_chars(d.content) for d in drafts]
    keep = []
    for d, mine in zip(drafts, sets):
        cue_at = d.cue.span[0] if d.cue else -1
        if not any(o is not mine and mine < o and cue_at in o for o in sets):
            keep.append(d)
    return keep


def _finish(doc: Doc, d: Draft, antecedent: Span | None, timexes: list[Timex], lex: Lexicon) -> Statement:
    cue_class = d.cue.certainty if d.cue else "asserted"
    spk = d.speaker.span if d.speaker else None
    return Statement(
        content_spans=[tuple(s) for s in d.content],
        kind=d.kind,  # type: ignore[arg-type]
        cue=d.cue.text if d.cue else None,
        cue_span=d.cue.span if d.cue else None,
        speaker_span=spk,
        speaker_antecedent=antecedent,
        certainty=cert.certainty(cue_class, doc, d.content, lex),  # type: ignore[arg-type]
        forecast=cert.is_forecast(doc, d.content, lex),
        channel=cert.channel(d.cue, d.content, lex) if d.cue else None,
        said_on=cert.said_on(d.cue, timexes, d.content, spk) if d.cue else None,
    )


# --- small helpers ------------------------------------------------------------------------

def _paragraph(text: str, pos: int) -> Span:
    """The line around offset POS (a paragraph, once repair has joined broken lines)."""
    end = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, len(text) if end < 0 else end


def _in_quote(pos: int, quotes: list[Quote]) -> bool:
    return any(s <= pos < e for q in quotes for s, e in q.spans)


def _mostly_quoted(parts: list[Span], inside: list[Quote], lex: Lexicon) -> bool:
    """Quoted words, when quotes make up nearly all the content; else reported speech that
    merely quotes a phrase ('said the plan was "a disaster"')."""
    total = sum(e - s for s, e in parts)
    quoted = sum(_quoted_share(p, inside) * (p[1] - p[0]) for p in parts)
    return bool(inside) and quoted >= lex.cues["direct_share"] * total


def _quoted_share(span: Span, quotes: list[Quote]) -> float:
    inter = sum(max(0, min(e, span[1]) - max(s, span[0])) for q in quotes for s, e in q.spans)
    return inter / max(1, span[1] - span[0])


def _drop_tail(toks: list[Token]) -> list[Token]:
    """TOKS without the punctuation and dangling conjunction a clause's subtree ends with."""
    while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc"):
        toks.pop()
    return toks


def _content_span(doc: Doc, toks: list[Token], min_words: int) -> Span | None:
    """The trimmed text span TOKS cover, when they hold at least MIN_WORDS words (not punctuation)."""
    if not toks or len([t for t in toks if not t.is_punct]) < min_words:
        return None
    span = _trim(text_of(doc), (toks[0].idx, toks[-1].idx + len(toks[-1])))
    return span if span[1] > span[0] else None


def _trim(text: str, span: Span) -> Span:
    s, e = span
    while s < e and text[s] in _TRIM:
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    return s, e


def _words(text: str, q: Quote) -> int:
    return sum(len(text[s:e].split()) for s, e in q.spans)


def _chars(spans: list[Span]) -> set[int]:
    return {i for s, e in spans for i in range(s, e)}


def _jaccard(a: list[Span], b: list[Span]) -> float:
    sa, sb = _chars(a), _chars(b)
    return len(sa & sb) / len(sa | sb) if sa or sb else 0.0
