"""Every statement of an article: the layouts' drafts merged (one per content, a direct quote
before reported speech over the same words, nested reports dropped), speakers kept outside
the quoted words, antecedents resolved, and each finished with certainty, forecast flag,
channel and date."""
from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence

from spacy.tokens import Doc

from ...model import Span, Statement, Timex
from ...nlp.components import token_starts
from ..spans import chars, jaccard, union
from .antecedents import resolve_antecedents
from .certainty import certainty, content_tokens
from .content import Draft, content_span, in_quote
from .cues import asked_as_question, asks_only, describes_a_kind, foreseen, inferred, narrated_request, takes_a_thing, unsaid, wished_before
from .direct import join_continued_quotes, join_quotes_after_cue, quoted
from .forecast_flag import is_forecast
from .indirect import according, adverb_cues, denied_claims, noun_drafts, reported
from .lexicon import Lexicon, lexicon, text_of
from .polarity import polarity
from .quotes import Quote, find_quotes
from .setting import channel, said_on
from .sources import no_source
from .speakers import Speaker, mention_span
from .tense import dated_after

BLOCK = 64      # characters per stretch of the index that finds drafts over the same text


def find_statements(doc: Doc, timexes: Sequence[Timex] = ()) -> list[Statement]:
    """Every quote, reported claim and belief in DOC; spans index ``doc.text``."""
    lex = lexicon()
    quotes = find_quotes(text_of(doc))
    used: set[int] = set()
    drafts = reported(doc, quotes, used, lex)
    drafts += according(doc, quotes, used, lex)
    drafts += adverb_cues(doc, quotes, lex)
    drafts += noun_drafts(doc, quotes, lex)
    drafts += denied_claims(doc, quotes, lex)
    drafts += quoted(doc, quotes, used, lex)
    _cut_sources(drafts, lex)
    for d in drafts:
        _cut_own_cue(doc, d, lex)
    drafts = _dedupe(_one_per_cue(doc, [d for d in drafts if d.content]), lex)
    drafts = sorted(_drop_nested(_drop_run_on(drafts), lex), key=lambda d: d.start)
    join_continued_quotes(doc, quotes, drafts)
    join_quotes_after_cue(doc, quotes, drafts)
    for d in drafts:
        _speaker_outside_quotes(doc, d, quotes, lex)
    drafts = [d for d in drafts if not no_source(d, quotes, lex)]
    antecedents = resolve_antecedents(doc, drafts, lex, quotes)
    return [_finish(doc, d, antecedents.get(id(d)), list(timexes), lex) for d in drafts if not _no_claim(doc, d, lex)]


def _no_claim(doc: Doc, d: Draft, lex: Lexicon) -> bool:
    """A draft whose cue reports nothing claimed: a saying refused, a mind inferred by the writer,
    a wish held before and given up, a saying only requested ('asked to explain'), a question
    asked in reported speech (a quoted question stays the speaker's words), a request no one is
    named to have made, narrated, a mind the writer foresees under a modal ('fans can expect':
    ``foreseen``), a cue in the interrogative mood (``asked_as_question``), a want that only says which
    people are meant (``describes_a_kind``), and a verb of claiming or denying read in its sense of
    taking or withholding a thing ('claimed the top spot': ``takes_a_thing``)."""
    if d.cue is None:
        return False
    return asked_as_question(d.cue) or unsaid(d.cue, lex) or inferred(d.cue, lex) or foreseen(d.cue, lex) \
        or wished_before(d.cue, lex) \
        or d.kind == "indirect" and (asks_only(d.cue, content_tokens(doc, d.content), lex) or describes_a_kind(d.cue, lex)
                                     or _unspoken(d) and narrated_request(d.cue, lex) or takes_a_thing(d.cue, lex))


def _unspoken(d: Draft) -> bool:
    return d.speaker is None or d.speaker.token is None


def _speaker_outside_quotes(doc: Doc, d: Draft, quotes: list[Quote], lex: Lexicon) -> None:
    """'"... Ohio," Mr. Trump said': a speaker the parser found inside the quoted words is a
    misparse; the speaker is the first noun between the quote and the cue, or else the one
    right after the cue ('"...," said Cuban')."""
    spk = d.speaker
    if d.kind != "direct" or d.cue is None or spk is None or spk.token is None \
            or not in_quote(spk.token.idx, quotes):
        return
    head = d.cue.head
    since = _quote_end_before(head.idx, quotes)
    before = [t for t in doc[head.sent.start:head.i] if t.idx >= since and not in_quote(t.idx, quotes)]
    after = list(doc[head.i + 1:head.sent.end])
    after = after[:next((k for k, t in enumerate(after) if t.is_punct or in_quote(t.idx, quotes)), len(after))]
    tok = next((t for t in before + after if t.pos_ in ("PROPN", "NOUN", "PRON")), None)
    if tok is not None:
        while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i and tok.head.i < head.i:
            tok = tok.head
        d.speaker = Speaker(mention_span(tok, lex), tok)


def _quote_end_before(pos: int, quotes: list[Quote]) -> int:
    return max((q.end for q in quotes if q.end <= pos), default=0)


def _dedupe(drafts: list[Draft], lex: Lexicon) -> list[Draft]:
    """One statement per content: a direct quote beats reported speech over the same words, and a
    draft that names who speaks beats one that names no one ('X is expected to meet Y, a source
    told our agency': the source's, not an impersonal expectation). 'The witness said the order
    was to avoid X, according to the report' is two statements, not one: the source's (the
    whole sentence) and the witness's inside it, however few words the cue between them takes.
    Only drafts that share a stretch of text are compared (an article of 5,000 statements would
    otherwise take 12 million comparisons)."""
    ranked = sorted(drafts, key=lambda d: (d.kind != "direct", d.speaker is None or d.speaker.token is None))
    kept: list[Draft] = []
    near: dict[int, list[int]] = defaultdict(list)       # block of text -> kept drafts touching it
    for d in ranked:
        blocks = _blocks(d.content)
        if not any(jaccard(d.content, kept[i].content) >= 0.8 and not _source_and_speaker(d, kept[i], lex)
                   for i in {i for b in blocks for i in near[b]}):
            for b in blocks:
                near[b].append(len(kept))
            kept.append(d)
    return kept


def _one_per_cue(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """'The country "has made dramatic changes for the better," McConnell said': one cue says one
    thing, so of two drafts of one cue whose words overlap (the quote before its cue, and the
    reported clause the parser found around it) one is kept: the one that names its speaker, a
    quote before reported words, the longer first. The other gives it only the words of the
    quote's own clause before its opening mark ('The country'), the subject or the fronted phrase
    the quoted words go on from (PolNeAR's 'mixed' attributions: one source, one cue, the quoted
    and unquoted words one content); words past a colon or in another sentence are not its."""
    by_cue: dict[int, list[Draft]] = defaultdict(list)
    gone: set[int] = set()
    for d in sorted(drafts, key=lambda d: (_unspoken(d), d.kind != "direct", -len(chars(d.content)))):
        same = by_cue[d.cue.head.i] if d.cue is not None else []
        host = next((k for k in same if chars(k.content) & chars(d.content)), None)
        if host is None:
            same.append(d)
        else:
            host.content = union(_clause_words(doc, d, host), host.content)
            gone.add(id(d))
    return [d for d in drafts if id(d) not in gone]


def _clause_words(doc: Doc, d: Draft, host: Draft) -> list[Span]:
    """What of D's words HOST's quoted words take: the stretch of D's span that runs up to their
    start (the lead-in) and the one that runs on from their end up to the cue (the tail), each
    within their sentence and with no colon in it. A tail only where every word of it hangs from
    the quoted words ('"is a perfect example of adapting" to the changing economics of golf'); a
    lead-in also where the quoted words are no clause with a subject of their own ('The plan "has
    failed ..."'); a clause they hang from ('X was worth examining because "most people don't
    know ..."') says something else."""
    first, last = host.content[0], host.content[-1]
    stop = d.cue.span[0] if d.cue is not None and d.cue.span[0] >= last[1] else len(text_of(doc))
    lead = next(((s, first[0]) for s, e in d.content if s < first[0] <= e), None)
    tail = next(((last[1], min(e, stop)) for s, e in d.content if s <= last[1] < e), None)
    return [sp for sp, quote, open_ok in ((lead, first, True), (tail, last, False))
            if sp is not None and _in_clause(doc, sp, quote, open_ok)]


def _in_clause(doc: Doc, sp: Span, quote: Span, open_ok: bool) -> bool:
    """SP lies in QUOTE's sentence with no colon, and its words hang from the quoted words, or
    (OPEN_OK) the quoted words are no clause with a subject of their own."""
    words = doc.char_span(sp[0], sp[1], alignment_mode="contract")
    quoted = doc.char_span(quote[0], quote[1], alignment_mode="expand")
    if words is None or quoted is None or not len(words) or ":" in words.text:
        return False
    edge = quoted[0] if sp[1] <= quote[0] else quoted[-1]          # the quoted word next to SP
    if words[0].sent.start != edge.sent.start:
        return False
    heads = [t for t in quoted if not quoted.start <= t.head.i < quoted.end or t.head.i == t.i]
    own_clause = any(c.dep_ in ("nsubj", "nsubjpass", "expl") and quoted.start <= c.i < quoted.end
                     for h in heads for c in h.children)
    return (open_ok and not own_clause) or all(t.is_punct or any(h in t.ancestors for h in heads) for t in words)


def _source_and_speaker(a: Draft, b: Draft, lex: Lexicon) -> bool:
    """One of A and B names where its sentence comes from ('according to the report') and the
    other is someone speaking inside that sentence ('the witness said')."""
    return (_names_a_source(a, lex) and _speaks(b)) or (_names_a_source(b, lex) and _speaks(a))


def _drop_run_on(drafts: list[Draft]) -> list[Draft]:
    """'X is expected to meet Y on May 3, a source told our agency': a draft that names no one
    whose words run on past its cue over the speaker of an overlapping draft, whose own cue is outside
    them, is that draft's claim misread (the impersonal 'is expected'), not a second statement. ('Mr
    Clarke is expected to announce ...' keeps the expectation: what Clarke will announce is no
    statement he made.)"""
    named = [(chars(d.content), d.speaker.token.idx, d.cue.span[0]) for d in drafts
             if d.cue is not None and d.speaker is not None and d.speaker.token is not None]
    return [d for d in drafts if (d.speaker is not None and d.speaker.token is not None) or d.cue is None
            or not any(who in mine and who > d.cue.span[1] and cue_at not in mine and mine & theirs
                       for mine in [chars(d.content)] for theirs, who, cue_at in named)]


def _drop_nested(drafts: list[Draft], lex: Lexicon) -> list[Draft]:
    """'Trump said he wants a shutdown': the wish is part of what Trump said; a statement whose
    cue and content lie inside another's content is reported by that one, not beside it. Only
    drafts that share a stretch of text with it are looked at. 'Officials said the talks would
    resume, according to Reuters' keeps both: the source that carries a sentence does not take
    the words of the speaker the sentence names."""
    sets = [chars(d.content) for d in drafts]
    near: dict[int, list[int]] = defaultdict(list)
    for i, d in enumerate(drafts):
        for b in _blocks(d.content):
            near[b].append(i)
    keep = []
    for i, (d, mine) in enumerate(zip(drafts, sets)):
        cue_at = d.cue.span[0] if d.cue else -1
        rivals = {j for b in _blocks(d.content) or {cue_at // BLOCK} for j in near[b]} - {i}
        if not any(mine < sets[j] and cue_at in sets[j] and not (_speaks(d) and _names_a_source(drafts[j], lex))
                   for j in rivals):
            keep.append(d)
    return keep


def _cut_sources(drafts: list[Draft], lex: Lexicon) -> None:
    """'Officials said the talks would resume, according to Reuters': the speaker's words are
    without the 'according to X' phrase, which the source's own draft leaves out of its content."""
    for src in [d for d in drafts if _names_a_source(d, lex)]:
        phrase = src.cue.span if src.cue else (0, 0)
        for d in drafts:
            if d is not src and _speaks(d) and any(s < phrase[1] and phrase[0] < e for s, e in d.content):
                d.content = [(max(s, a), min(e, b)) for s, e in d.content for a, b in src.content if min(e, b) > max(s, a)]


def _cut_own_cue(doc: Doc, d: Draft, lex: Lexicon) -> None:
    """'In fiscal 2024, for example, Snowflake reported free cash flow of $778.9 million', 'On
    Monday school inspection chief David Bell, accused some Islamic schools of failing ...': a
    reported content is one stretch from its first word to its last, so when the parser hangs a
    fronted phrase on the reported words, the stretch takes in the speaker and the cue as well. What
    is reported comes after its cue: the stretch that holds the cue keeps only the words after it
    (and no complementizer), and a draft left with too few words there reports nothing. A
    wh-word that opens the stretch stands in the reported words ('what he says are "crippling
    skills shortages"', 'which he said the government needed to address'): it stays, as a
    stretch of its own before them (PolNeAR's 'what | was economic gerrymandering')."""
    if d.kind != "indirect" or d.cue is None:
        return
    at, end = d.cue.span
    holder = next((k for k, (s, e) in enumerate(d.content) if s <= at < e), None)
    if holder is None:
        return
    starts = token_starts(doc)
    words = list(doc[bisect_left(starts, end):bisect_left(starts, d.content[holder][1])])
    while words and words[0].lower_ in lex.cues.complementizers:
        words = words[1:]
    rest = content_span(doc, words, lex.cues.min_indirect_tokens)
    if rest is None:
        d.content = []
        return
    d.content = d.content[:holder] + _leading_wh(doc, d.content[holder][0]) + [rest] + d.content[holder + 1:]


def _leading_wh(doc: Doc, start: int) -> list[Span]:
    """[the span of the wh-word ('what', 'which') at START] when one opens the words there, else []."""
    i = bisect_left(token_starts(doc), start)
    first = doc[i] if i < len(doc) else None
    return [(first.idx, first.idx + len(first))] if first is not None and first.tag_ in ("WP", "WDT") else []


def _speaks(d: Draft) -> bool:
    """D's speaker is the subject of its cue ('Shoigu said'), not a passive's ('teenagers are
    thought to') nor a word the cue only names ('so-called')."""
    return d.speaker is not None and d.speaker.token is not None and d.speaker.token.dep_ == "nsubj"


def _names_a_source(d: Draft, lex: Lexicon) -> bool:
    """D is an 'according to X' draft: X is where its sentence comes from, not the one who speaks in it."""
    return d.cue is not None and d.cue.tokens[0].lower_ in lex.cues.according_to


def _blocks(spans: list[Span]) -> set[int]:
    """The BLOCK-character stretches of text SPANS cover: two drafts that share no stretch share
    no character."""
    return {b for s, e in spans if e > s for b in range(s // BLOCK, (e - 1) // BLOCK + 1)}


def _finish(doc: Doc, d: Draft, antecedent: Span | None, timexes: list[Timex], lex: Lexicon) -> Statement:
    cue_class = d.cue.certainty if d.cue else "asserted"
    spk = d.speaker.span if d.speaker else None
    stance = polarity(d.cue, doc, d.content, lex)
    said = said_on(d.cue, timexes, d.content, spk, lex) if d.cue else None
    ahead = is_forecast(doc, d.content, lex, d.cue, d.kind == "direct") or dated_after(doc, timexes, d.content, said or doc._.anchor, d.cue)
    return Statement(
        content_spans=[(s[0], s[1]) for s in d.content],
        kind=d.kind,  # type: ignore[arg-type]
        cue=d.cue.text if d.cue else None,
        cue_span=d.cue.span if d.cue else None,
        speaker_span=spk,
        speaker_antecedent=antecedent,
        certainty=certainty(cue_class, doc, d.content, lex),  # type: ignore[arg-type]
        forecast=stance == "affirmed" and ahead,
        channel=channel(d.cue, d.content, lex) if d.cue else None,
        said_on=said,
        polarity=stance,
    )
