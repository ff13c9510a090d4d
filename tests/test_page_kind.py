"""Pages that are no news: stored as text with their kind, no events or forecasts, and statements
only where a named person or organisation is quoted."""
from __future__ import annotations

import pytest

from newsledger.extract.pipeline import analyze
from newsledger.model import Article

TEXT = ("The ministry said on Monday that troops will attack the border town next week. "
        "You should expect delays, the page says. "
        "\"We will sign the agreement in March,\" said Maria Lopez, the company's chief executive.\n")


def _analysis(kind):
    return next(analyze([Article(id="k", text=TEXT, published="2024-03-04", kind=kind)]))


def test_news_page_keeps_events_and_forecasts():
    a = _analysis("news")
    assert a.events and a.forecasts


@pytest.mark.parametrize("kind", ["howto", "article"])      # "article": an article with no evidence of news
def test_page_that_is_no_news_keeps_only_named_sources(kind):
    a = _analysis(kind)
    assert a.events == [] and a.forecasts == []
    speakers = {a.entity(s.speaker).name for s in a.statements if a.entity(s.speaker)}
    assert speakers == {"Maria Lopez"}


def test_a_page_that_says_nothing_of_itself_keeps_only_quoted_words_of_named_sources():
    text = TEXT + "Maria Lopez said on Tuesday that the plant in Leeds would close by the end of the year.\n"

    def said(kind: str) -> list[tuple[str, str]]:
        a = next(analyze([Article(id="k", text=text, published="2024-03-04", kind=kind)]))
        return sorted((a.entity(s.speaker).name, s.kind) for s in a.statements)
    assert said("article") == [("Maria Lopez", "direct"), ("Maria Lopez", "indirect")]
    assert said("other") == [("Maria Lopez", "direct")]


def test_a_page_that_is_no_article_yields_no_statements():
    a = _analysis("product")
    assert a.statements == [] and a.events == [] and a.forecasts == []


def test_a_review_keeps_named_sources_but_no_forecast_flags():
    a = _analysis("review")
    assert a.statements and not any(s.forecast for s in a.statements)


def test_a_thing_named_after_a_source_is_no_named_source_on_a_page_that_is_no_news():
    """'The SQL standard says', 'a Gartner survey found': on a how-to or review only a person or
    organisation quoted counts, not a document or product named after one; on news the report
    still speaks for its author."""
    text = ("The SQL standard says that every subquery in the FROM list must have an alias. "
            "A recent Gartner survey found that most firms already use cloud databases. "
            "Gartner said it expects spending on databases to grow.\n")

    def sources(kind: str) -> list[str]:
        a = next(analyze([Article(id="d", text=text, published="2024-03-04", kind=kind)]))
        return [text[slice(*s.speaker_span)] for s in a.statements if a.entity(s.speaker) and s.speaker_span]
    assert sources("howto") == ["Gartner"]
    assert len(sources("news")) > 1


def test_a_pronoun_for_a_group_named_after_a_source_is_no_named_source_on_a_page_that_is_no_news():
    """A course-platform review's 'Best for: WordPress users who want full control': the 'who'
    stands for the users, whom the page does not name, not for WordPress; 'he' standing for the
    person named before still speaks for him."""
    text = ("LearnDash – The Best WordPress LMS Plugin\n"
            "- Main features: Advanced quizzes, drip content, certificates, WordPress integration\n"
            "- Best for: WordPress users who want full control and flexibility\n"
            "- Starting price: $199/year\n\n"
            "I'll call him Bob simply because I'm not sure whether he would want his approach broadcast. "
            "Bob said the course was a mistake, and he added that it had cost him dearly.\n")

    def sources(kind: str) -> list[str]:
        a = next(analyze([Article(id="w", text=text, published="2024-03-04", kind=kind)]))
        return [a.entity(s.speaker).name for s in a.statements if a.entity(s.speaker)]
    assert sources("review") == ["Bob", "Bob", "Bob"]


def test_headings_and_features_are_no_people_on_a_page_that_is_no_news():
    """The small model takes a how-to's capitalised headings and features for people; a person's
    name holds a given name or a word that is no common noun, and on news the model's reading
    stands."""
    text = ("Pros:\n\n- Fast and cheap.\n\n"
            "Twitter Shops let brands sell directly, Anna Keller told us. Stitch Fix sends a Style Box monthly.\n")

    def people(kind: str) -> set[str]:
        a = next(analyze([Article(id="h", text=text, published="2024-03-04", kind=kind)]))
        return {e.name for e in a.entities if e.type == "PERSON"}
    assert people("howto") == {"Anna Keller"}
    assert people("news") > {"Anna Keller"}
