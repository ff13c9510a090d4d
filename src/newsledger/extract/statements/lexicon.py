"""The statement extractor's lexicons as typed views of the JSON files in ``newsledger/data``
(cues, hedges, forecast markers, channels, speakers), read once, so that users can extend them;
and the document text, read once per document."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from ...lexicons import view
from ...nlp.components import doc_text

text_of = doc_text   # the statement modules' name for it


@dataclass(frozen=True)
class Phrase:
    """A verb that is a cue only with one of these objects or particles ('expressed his view')."""

    verb: str
    certainty: str
    objects: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()


@dataclass(frozen=True)
class AsClause:
    marks: frozenset[str]
    verbs: frozenset[str]


@dataclass(frozen=True)
class AsPredicate:
    """Verbs that are cues only with an 'as' predicate ('sees him as a threat')."""

    preposition: str
    verbs: dict[str, str]


@dataclass(frozen=True)
class NounCues:
    lemmas: dict[str, str]
    preps: frozenset[str]
    source_preps: frozenset[str]
    owner_entities: frozenset[str]
    issuing_verbs: frozenset[str]
    not_content_entities: frozenset[str]
    min_tokens: int


@dataclass(frozen=True)
class InWords:
    preposition: str
    nouns: dict[str, str]


@dataclass(frozen=True)
class TailAdjuncts:
    advcl_marks: frozenset[str]
    lead_words: frozenset[str]


@dataclass(frozen=True)
class InferredByWriter:
    """Words by which the writer infers a mind ('is clearly hoping', 'seems to believe')."""

    adverbs: frozenset[str]
    raising_verbs: frozenset[str]


@dataclass(frozen=True)
class PolarityCues:
    denial_verbs: frozenset[str]
    denial_nouns: frozenset[str]
    denial_frames: tuple[re.Pattern[str], ...]


@dataclass(frozen=True)
class Cues:
    """data/cues.json: attribution cues and the layout rules around them."""

    verbs: dict[str, str]
    adjectives: dict[str, str]
    phrases: tuple[Phrase, ...]
    as_clause: AsClause
    as_predicate: AsPredicate
    according_to: dict[str, str]
    in_words: InWords
    object_content_verbs: frozenset[str]
    nouns: NounCues
    object_content_preps: frozenset[str]
    topic_prepositions: dict[str, frozenset[str]]
    setting_prepositions: frozenset[str]
    setting_entities: frozenset[str]
    object_content_marks: frozenset[str]
    complementizers: frozenset[str]
    continuing_marks: frozenset[str]
    infinitive_markers: frozenset[str]
    copulas: frozenset[str]
    clause_only_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    telling_verbs: frozenset[str]
    not_cues: tuple[str, ...]
    refusal_verbs: frozenset[str]
    question_verbs: frozenset[str]
    possession_verbs: frozenset[str]
    taken_object_classes: frozenset[str]
    kind_pronouns: frozenset[str]
    request_verbs: frozenset[str]
    inferred_by_writer: InferredByWriter
    possibility_when_negated: dict[str, str]
    anaphoric_objects: frozenset[str]
    expletive_subjects: frozenset[str]
    referential_pronouns: frozenset[str]
    extraposing_adjectives: frozenset[str]
    min_indirect_tokens: int
    min_direct_words: int
    min_partner_words: int
    max_scare_quote_words: int
    cue_window_tokens: int
    direct_share: float
    adverbs: dict[str, str]
    tail_adjuncts: TailAdjuncts
    polarity: PolarityCues
    lemma_fixes: dict[str, str]


@dataclass(frozen=True)
class Hedges:
    """data/hedges.json: what weakens a statement's content."""

    speculative_modals: frozenset[str]
    clause_negators: frozenset[str]
    speculative_adverbs: frozenset[str]
    speculative_adjectives: frozenset[str]
    likelihood_adjectives: frozenset[str]
    likelihood_superlatives: frozenset[str]
    negated_hedges: frozenset[str]
    felt_classes: frozenset[str]
    felt_clause_marks: tuple[tuple[str, ...], ...]
    belief_verbs: frozenset[str]
    belief_adverbs: frozenset[str]
    linking_verbs: frozenset[str]
    speculative_patterns: tuple[re.Pattern[str], ...]
    belief_patterns: tuple[re.Pattern[str], ...]


@dataclass(frozen=True)
class ForecastMarkers:
    """data/statements_forecast.json: what makes a statement's content a forecast."""

    future_modals: frozenset[str]
    backshifted_modals: frozenset[str]
    past_modals: frozenset[str]
    question_openers: frozenset[str]
    intention_verbs: frozenset[str]
    forecast_cues: frozenset[str]
    expectation_cues: frozenset[str]
    future_adjectives: frozenset[str]
    topic_prepositions: frozenset[str]
    time_topic_prepositions: frozenset[str]
    future_predicates: frozenset[str]
    future_phrases: tuple[re.Pattern[str], ...]
    desire_words: frozenset[str]
    expectant_desires: frozenset[str]
    particular_determiners: frozenset[str]
    particular_entities: frozenset[str]
    habitual_adverbs: frozenset[str]
    all_time_adverbs: frozenset[str]
    free_choice_pronouns: frozenset[str]
    proposal_cues: frozenset[str]
    proposal_modals: frozenset[str]
    acting_entities: frozenset[str]
    present_possibility_modals: frozenset[str]
    ability_modals: frozenset[str]
    believed_ability_modals: frozenset[str]
    negative_determiners: frozenset[str]
    indirect_question_words: frozenset[str]
    prospect_prepositions: frozenset[str]
    act_noun_classes: frozenset[str]
    likelihood_nouns: frozenset[str]
    norm_modals: frozenset[str]
    necessity_markers: frozenset[str]
    ahead_adverbs: frozenset[str]
    amount_entities: frozenset[str]
    condition_marks: frozenset[str]
    acting_pronouns: frozenset[str]
    occasion_nouns: frozenset[str]
    concessive_conjunctions: frozenset[str]
    concessive_modals: frozenset[str]
    course_nouns: frozenset[str]
    rate_comparisons: frozenset[str]
    group_pronouns: frozenset[str]
    be_to_idioms: frozenset[str]
    arrangement_pronouns: frozenset[str]
    future_auxiliaries: frozenset[str]
    neg_raising_minds: frozenset[str]
    future_perfect_modals: frozenset[str]
    deadline_prepositions: frozenset[str]
    passing_verb_states: frozenset[str]
    clause_noun_classes: frozenset[str]
    fused_relatives: frozenset[str]


@dataclass(frozen=True)
class Channels:
    """data/statements_channels.json: where a statement was made."""

    prepositions: frozenset[str]
    media_nouns: frozenset[str]
    named_platforms: frozenset[str]
    with_nouns: frozenset[str]
    with_prepositions: frozenset[str]
    tell_verbs: frozenset[str]
    outlet_entity_types: frozenset[str]
    strip_words: tuple[str, ...]
    framing_participles: frozenset[str]
    period_prepositions: frozenset[str]
    preceding_words: frozenset[str]
    stretches_before: dict[str, int]


@dataclass(frozen=True)
class Speakers:
    """data/statements_speakers.json: how speaker mentions are read."""

    person_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    person_nouns: frozenset[str]
    group_nouns: frozenset[str]
    group_prepositions: frozenset[str]
    body_only_prepositions: frozenset[str]
    name_entity_types: frozenset[str]
    agent_prepositions: frozenset[str]
    organisation_words: frozenset[str]
    addressee_verbs: frozenset[str]
    quoting_verbs: frozenset[str]
    antecedent_window_chars: int
    body_pronouns: frozenset[str]
    body_classes: frozenset[str]
    definite_determiners: frozenset[str]
    indefinite_determiners: frozenset[str]
    name_kind_classes: frozenset[str]
    misread_name_labels: frozenset[str]
    press_nouns: frozenset[str]
    press_name_words: frozenset[str]
    outlet_nouns: frozenset[str]
    outlet_words: frozenset[str]
    body_possessives: frozenset[str]
    party_heads: frozenset[str]
    male_words: frozenset[str]
    female_words: frozenset[str]
    body_window_chars: int
    data_nouns: frozenset[str]
    epithet_nouns: frozenset[str]
    state_bodies: frozenset[str]
    whole_state_bodies: frozenset[str]
    body_prepositions: frozenset[str]
    message_nouns: frozenset[str]
    issuer_prepositions: frozenset[str]
    reader_pronouns: frozenset[str]
    narrator_pronouns: frozenset[str]
    thing_classes: frozenset[str]
    agent_classes: frozenset[str]
    authored_kinds: tuple[str | None, ...]
    naming_verbs: frozenset[str]
    naming_adverbs: frozenset[str]
    member_nouns: frozenset[str]
    state_member_nouns: frozenset[str]
    voice_nouns: frozenset[str]
    staff_nouns: frozenset[str]
    pair_pronouns: frozenset[str]
    example_prepositions: frozenset[str]
    field_nouns: frozenset[str]
    set_numeral_determiners: frozenset[str]
    set_determiners: frozenset[str]
    set_generic_nouns: frozenset[str]
    association_words: frozenset[str]
    age_words: frozenset[str]
    collective_demonym_endings: frozenset[str]
    place_owner_classes: frozenset[str]
    body_like_persons: frozenset[str]
    lead_body_sentences: int
    document_nouns: frozenset[str]
    document_kinds: dict[str, frozenset[str]]
    share_nouns: frozenset[str]
    speaking_person_nouns: frozenset[str]


@dataclass(frozen=True)
class Lexicon:
    """Everything the rules look up."""

    cues: Cues
    hedges: Hedges
    forecast: ForecastMarkers
    channels: Channels
    speakers: Speakers

    def lemma(self, tok: Token) -> str:
        """TOK's lemma, lower-cased, with the tagger's known slips mended ('hopes' -> 'hop')."""
        return self.cues.lemma_fixes.get(tok.lower_) or tok.lemma_.lower()

    def verb_class(self, lemma: str) -> str | None:
        return self.cues.verbs.get(lemma.lower())

    def adjective_class(self, word: str) -> str | None:
        return self.cues.adjectives.get(word.lower())


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicons, loaded and checked on first use."""
    return Lexicon(cues=view(Cues, "cues.json"), hedges=view(Hedges, "hedges.json"),
                   forecast=view(ForecastMarkers, "statements_forecast.json"),
                   channels=view(Channels, "statements_channels.json"),
                   speakers=view(Speakers, "statements_speakers.json"))

