"""Quoted words: each pair of quotation marks with the cue after, before or around it; a quote
split by its cue is one statement; titles and scare quotes are no speech."""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from ...nlp.components import token_starts
from ..spans import line_at
from .content import SENT_END, Draft, in_quote, quote_words
from .cues import Cue, as_cue
from .lexicon import Lexicon, text_of
from .quotes import Quote
from .speakers import speaker_of

_CLOSING = " \t\xa0.,;:!?\"'”’»)"


def quoted(doc: Doc, quotes: list[Quote], used: set[int], lex: Lexicon) -> list[Draft]:
    out: list[Draft] = []
    for q in quotes:
        if id(q) in used:
            continue
        cue = _introduced_by(doc, q, quotes, lex) or _cue_after(doc, q, quotes, lex) or _cue_before(doc, q, quotes, lex)
        if cue is not None and not _title_like(doc, q, cue, lex) and not _scare_quote(doc, q, cue, lex):
            group = with_split_partner(doc, [q], quotes, cue, lex)
            used.update(id(x) for x in group)
            out.append(Draft([s for x in group for s in x.spans], "direct", cue, speaker_of(cue, lex)))
    return out


def join_continued_quotes(doc: Doc, quotes: list[Quote], drafts: list[Draft]) -> None:
    """A paragraph that is one quote and has no statement of its own, right after a paragraph
    whose last statement is a quote ending it with its cue ('"...," he said.'), goes on with that
    speaker's words: the news convention for a speaker's next paragraph, joined to that statement
    as a fragment (as a quote left open over paragraphs is). With any words between, it is left
    out. On PolNeAR train the joined paragraph had the gold speaker 18 times of 20 (8 of 10 on
    the half no rule was written on); naively attributing every such paragraph, 29 %."""
    text = text_of(doc)
    for q in quotes:
        lo, hi = line_at(text, q.open_at)
        if text[lo:q.open_at].strip() or (q.after is not None and text[q.after:hi].strip()) \
                or any(lo <= d.start < hi for d in drafts):
            continue
        prev = _last_in_line_before(text, lo, drafts)
        if prev is not None and prev.kind == "direct" and prev.cue is not None and _ends_paragraph(text, prev):
            prev.content.extend(q.spans)


def join_quotes_after_cue(doc: Doc, quotes: list[Quote], drafts: list[Draft]) -> None:
    """'The administration may be reluctant to act, Schiff said. "The other factor is ..."': a
    quote that opens the next sentence of the same paragraph right after a statement's cue
    sentence, ends that paragraph and is no statement of its own goes on with that statement."""
    text = text_of(doc)
    for q in quotes:
        lo, hi = line_at(text, q.open_at)
        if q.after is None or text[q.after:hi].strip(_CLOSING) or any(
                s < q.end and q.start < e for d in drafts for s, e in d.content):
            continue
        prev = [d for d in drafts if d.cue is not None and lo <= d.cue.span[0] and d.content[-1][1] <= q.open_at
                and not text[d.cue.head.sent.end_char:q.open_at].strip()]
        if prev:
            prev[-1].content.extend(q.spans)


def _ends_paragraph(text: str, d: Draft) -> bool:
    """The quote and its cue's sentence end the paragraph ('"...," he said.' / '... "...."')."""
    assert d.cue is not None
    end = line_at(text, d.content[-1][1])[1]
    tail = text[max(d.content[-1][1], d.cue.head.sent.end_char):end].strip(_CLOSING)
    return not tail and d.cue.span[0] < end


def _last_in_line_before(text: str, lo: int, drafts: list[Draft]) -> Draft | None:
    """The statement that ends last in the paragraph before offset LO (blank lines skipped)."""
    end = len(text[:lo].rstrip())
    start = line_at(text, max(0, end - 1))[0]
    inside = [d for d in drafts if start <= d.content[-1][1] <= end]
    return max(inside, key=lambda d: d.content[-1][1], default=None)


def _title_like(doc: Doc, q: Quote, cue: Cue, lex: Lexicon) -> bool:
    """'on MSNBC's "Morning Joe," calling it ...': fewer than ``min_direct_words`` quoted words
    that the parse reads as a noun phrase, inside the cue's own clause or beside a cue that has
    an object of its own, name a show or a slogan; what is said is elsewhere."""
    if quote_words(text_of(doc), q) >= lex.cues.min_direct_words:
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
    if quote_words(text_of(doc), q) > lex.cues.max_scare_quote_words \
            or lex.lemma(cue.head) in lex.cues.object_content_verbs:
        return False
    before = text_of(doc)[:q.open_at].rstrip()
    return bool(before) and before[-1].isalnum()


def _object_clause(cue: Cue) -> bool:
    return any(c.dep_ in ("dobj", "xcomp", "oprd") for c in cue.head.children)


def _introduced_by(doc: Doc, q: Quote, quotes: list[Quote], lex: Lexicon) -> Cue | None:
    """'He told the programme: "A. ¶ "B." Mr Wallace agreed and said ...': a quote a cue's colon opens
    is that cue's speaker's words, however far its closing mark comes; a cue after the close begins the
    next sentence (another speaker's)."""
    return _cue_before(doc, q, quotes, lex) if text_of(doc)[:q.open_at].rstrip().endswith(":") else None


def _cue_after(doc: Doc, q: Quote, quotes: list[Quote], lex: Lexicon) -> Cue | None:
    """A cue in the few words after the closing mark: '"...," he said' / '"...", said X'."""
    if q.after is None:
        return None
    for tok in _window(doc, q.after, lex.cues.cue_window_tokens, quotes, forward=True):
        cue = as_cue(tok, lex)
        if cue is not None and not _has_own_clause(cue, q) and not _opens_next_quote(doc, cue, q, quotes):
            return cue
    return None


def _opens_next_quote(doc: Doc, cue: Cue, q: Quote, quotes: list[Quote]) -> bool:
    """'"... pace." Tim Collins said: "This is ..."': a cue followed by a colon and a quote
    introduces that quote, not the one before it."""
    end = cue.span[1]
    colon = text_of(doc)[end:end + 3].lstrip()
    return colon.startswith(":") and any(x is not q and 0 <= x.open_at - end <= 4 for x in quotes)


def _cue_before(doc: Doc, q: Quote, quotes: list[Quote], lex: Lexicon) -> Cue | None:
    """A cue just before the opening mark: 'X said: "..."' / 'X added, "..."'."""
    toks = list(_window(doc, _colon_line_end(doc, q.open_at), lex.cues.cue_window_tokens, quotes, forward=False))
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


def _window(doc: Doc, at: int, n: int, quotes: list[Quote], forward: bool) -> Iterator[Token]:
    """Up to N tokens from offset AT, stopping at a sentence end, a line break or another quote."""
    first_at_or_after = bisect_left(token_starts(doc), at)
    i, step = (first_at_or_after, 1) if forward else (first_at_or_after - 1, -1)
    seen = 0
    while 0 <= i < len(doc) and seen < n:
        tok = doc[i]
        if "\n" in tok.text or in_quote(tok.idx, quotes) or tok.text in '"“”«»„':
            return
        if tok.text in SENT_END and (forward or seen > 0):
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


def with_split_partner(doc: Doc, group: list[Quote], quotes: list[Quote], cue: Cue,
                       lex: Lexicon) -> list[Quote]:
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
        if nxt.open_at < cue.span[1] or quote_words(text_of(doc), nxt) < lex.cues.min_partner_words and nxt.after is not None:
            continue
        if not _only_cue_clause(doc, last.after, nxt.open_at, cue, quotes) or _has_own_cue(doc, nxt, quotes, cue, lex):
            return group
        return group + [nxt]
    return group


def _has_own_cue(doc: Doc, nxt: Quote, quotes: list[Quote], cue: Cue, lex: Lexicon) -> bool:
    """'"X," she said. "Y," she said.', '"X," Bozell says. "Y," he notes.': a quote that a cue of its
    own follows is a second statement, not the second half of the first (each cue then reports
    its own quote; the second was already one, and the first ran over it). So is one inside the
    clause of a second cue hung on the first ('"X," she said, adding, "Y."', '..., adding that
    the plan was "Y"'): it is what the adding says. A quote after such a clause, in a sentence of
    its own, still resumes the first ('"X," he said, suggesting ... . "Y."')."""
    after = None if _ends_its_sentence(text_of(doc), nxt) else _cue_after(doc, nxt, quotes, lex)
    if after is not None and after.head.i != cue.head.i:
        return True
    return any(_holds(t, nxt) and as_cue(t, lex) is not None for t in cue.head.children)


def _ends_its_sentence(text: str, q: Quote) -> bool:
    """'"... Lebanese." Critics accused ...': a quote whose last word is followed by a stop and then
    a capital ends its sentence; a cue after it opens the next one and is not the quote's own
    ('"...?" she asked' and '"...," he said' are)."""
    if q.after is None:
        return True
    last = text[q.start:q.end].rstrip()[-1:]
    nxt = text[q.after:q.after + 40].lstrip()[:1]
    return last in SENT_END and nxt.isupper()


def _holds(clause: Token, q: Quote) -> bool:
    """Whether Q opens inside CLAUSE's words."""
    return clause.left_edge.idx < q.open_at <= clause.right_edge.idx


def with_leading_partner(doc: Doc, group: list[Quote], quotes: list[Quote], cue: Cue) -> list[Quote]:
    """'"If X," Robinson said, "Y."' parsed with Y as the complement: X joins in front; a quote that
    ends a sentence of its own ('"... pace." Tim Collins said: "Y."') is someone else's."""
    prev = [q for q in quotes if q.after is not None and q.after <= cue.span[0] and q.end <= group[0].open_at]
    if not prev or prev[-1] in group or text_of(doc)[:prev[-1].end].rstrip()[-1:] in SENT_END:
        return group
    p = prev[-1]
    after = p.after or p.end
    between = text_of(doc)[after:group[0].open_at]
    if "\n" in between or not _only_cue_clause(doc, after, group[0].open_at, cue, quotes):
        return group
    return [p] + group


def _only_cue_clause(doc: Doc, start: int, end: int, cue: Cue, quotes: list[Quote]) -> bool:
    """True when the words between two quotes all belong to the cue's clause."""
    clause = {t.i for t in cue.head.subtree}
    span = doc.char_span(start, end, alignment_mode="contract")
    words = [t for t in span or () if not (t.is_punct or t.is_space or in_quote(t.idx, quotes))]
    return bool(words) and all(t.i in clause for t in words)
