"""The forecasts room's rules as a typed view of data/forecasts.json."""
from __future__ import annotations

from dataclasses import dataclass

from ...lexicons import view


@dataclass(frozen=True)
class ForecastRules:
    default_window_days: int
    vague_windows: dict[str, int]
    vague_duration_units: dict[str, str]
    horizon_duration_words: frozenset[str]
    wait_clause_marks: frozenset[str]
    frequency_types: frozenset[str]
    backward_time_words: frozenset[str]
    backshifted_clause_marks: frozenset[str]
    period_last_month: dict[str, int]
    noun_modifier_deps: frozenset[str]
    current_period_units: dict[str, str]
    deadline_prepositions: frozenset[str]
    period_start_prepositions: frozenset[str]
    judging_modals: frozenset[str]
    judgement_words: frozenset[str]
    judging_manner: frozenset[str]
    epistemic_modals: frozenset[str]
    backward_perfect_modals: frozenset[str]
    possibility_modals: frozenset[str]
    present_adverbs: frozenset[str]
    present_state_classes: frozenset[str]
    necessity_verbs: frozenset[str]
    necessity_modals: frozenset[str]
    linking_prepositions: frozenset[str]
    claim_connectives: frozenset[str]
    pro_forms: frozenset[str]
    present_or_past_values: frozenset[str]
    question_verbs: frozenset[str]
    question_marks: frozenset[str]
    purpose_marks: frozenset[str]
    comparison_marks: frozenset[str]
    question_ends: frozenset[str]
    duty_modals: frozenset[str]
    aspect_verbs: frozenset[str]
    preference_modals: frozenset[str]
    preference_adverbs: frozenset[str]
    preference_verbs: frozenset[str]
    reason_marks: frozenset[str]
    hypothetical_modals: frozenset[str]
    concessive_adverbs: frozenset[str]
    neg_raising_verbs: frozenset[str]
    doubt_verbs: frozenset[str]
    negative_pronouns: frozenset[str]
    occasion_verbs: frozenset[str]
    future_going: frozenset[str]
    product_kind: str
    time_clause_marks: frozenset[str]
    purpose_verbs: frozenset[str]
    enabling_verbs: frozenset[str]
    ranking_adjectives: frozenset[str]
    measure_ents: frozenset[str]
    meeting_type: str
    planned_status: str
    settled_status: str
    symmetric_types: frozenset[str]
    same_act: tuple[frozenset[str], ...]
    status_weights: dict[str, float]


def rules() -> ForecastRules:
    return view(ForecastRules, "forecasts.json")
