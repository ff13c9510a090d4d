"""Readers' comments under an article (ingest/comments.py): the section is cut from the analysis like a
trailing link list, its text kept after body_end; an article's own first-person essay is kept.
Sentences from BBC News 2004 (politics 290: Frederick Forsyth on control orders, and readers' replies)."""
from __future__ import annotations

from newsledger.extract.pipeline import analyze
from newsledger.ingest.comments import comments_start, is_header, is_personal, is_reaction
from newsledger.ingest.html import read_html
from newsledger.ingest.repair import repair
from newsledger.model import Article

INTRO = ("The Lord Chancellor has defended government plans to introduce control orders to keep foreign and "
         "British terrorist suspects under house arrest, where there isn't enough evidence to put them on trial.\n\n"
         "But thriller writer Frederick Forsyth tells BBC News of his personal response to the move.\n\n")
ESSAY = ("There is a mortal danger aimed at the heart of Britain. Or so says Home Secretary Charles Clarke. "
         "My reaction? So what? It is not that I am cynical or just do not care.\n\n"
         "I was born on 25 August, 1938. The mortal threat back then was a scruffy little Austrian called Adolf "
         "Hitler. We were at war. My father wore a uniform for five years.\n\n")
COMMENTS = ("An interesting article but I suggest we move one step further.\n\n"
            "I agree with Frederick Forsyth. We really can't deal with terrorism by turning Britain into a fascist state.\n\n"
            "The threat now is new. You cannot compare the threats of past years with now.\n\n"
            "I absolutely agree with Frederick Forsyth. Yes we have to defend ourselves against terrorism but "
            "existing laws seem to be more than adequate.\n\n"
            "An interesting view but missing two crucial facts of this new threat. These people will use "
            "devastating force against us without a second thought.\n\n"
            "How true. There are extremely worrying parallels between Britain now and Germany during the 30's.\n")


def test_readers_comments_end_the_body_and_offsets_still_map():
    text = INTRO + ESSAY + COMMENTS
    r = repair(text)
    assert text[r.body_end:].startswith("An interesting article")
    assert r.dropped[-1] == (r.body_end, len(text))
    assert "devastating force" not in r.clean and "My father wore a uniform" in r.clean
    i = r.clean.index("My father wore")
    s, e = r.to_original((i, i + len("My father wore")))
    assert text[s:e] == "My father wore"


def test_an_essay_in_the_first_person_alone_is_the_article():
    text = INTRO + ESSAY
    assert repair(text).body_end == len(text.rstrip())


def test_a_header_over_readers_views_opens_the_section():
    lines = ["The Lord Chancellor has defended government plans to introduce control orders.",
             "Your comments:",
             "I agree with Frederick Forsyth. We really can't deal with terrorism this way.",
             "The threat now is new. You cannot compare the threats of past years with now."]
    assert comments_start(lines) == 1


def test_a_header_over_the_articles_own_prose_is_no_section():
    lines = ["The Lord Chancellor has defended government plans to introduce control orders.",
             "Comments",
             "Lord Falconer insists that the proposals do not equate to a police state.",
             "The home secretary will publish the bill on Tuesday, officials said."]
    assert comments_start(lines) == len(lines)


def test_a_quoted_reaction_is_the_articles_own_report():
    assert not is_reaction('"I agree with the home secretary," Mr Howard said.')
    assert not is_personal('"We will not be bullied," Mr Howard said in a speech to party members.')
    assert is_reaction("Yes, I agree with Mr. Forsyth's views.")
    assert is_reaction("Of course Frederick is wrong about Britain winning the war against the IRA")
    assert is_header("Have your say") and is_header("12 Comments") and not is_header("Comments were closed by noon.")


def test_nothing_is_extracted_from_readers_comments():
    text = INTRO + ESSAY + COMMENTS
    analysis = next(iter(analyze([Article(id="bbc-politics-290", text=text)])))
    end = analysis.article.body_end
    assert end is not None and text[end:].startswith("An interesting article")
    spans = [s.content_span for s in analysis.statements] + [e.evidence_span for e in analysis.events] \
        + [m.span for e in analysis.entities for m in e.mentions] + [t.span for t in analysis.timexes]
    assert spans and all(s[1] <= end for s in spans)


PAGE = ("<html><head><title>Spending on schools to rise</title></head><body><article><h1>Spending on schools to rise</h1>"
        + "".join(f"<p>The chancellor said on Monday that spending on schools would rise by {n} per cent next year, "
                  "in a speech to the party's conference in Brighton.</p>" for n in range(2, 8))
        + "{tail}</article></body></html>")


def test_a_comment_container_is_left_to_trafilatura():
    """trafilatura's own comment rules (include_comments off) drop a container named for comments; the
    text rule is for sections that sit in the article's container unnamed."""
    tail = ('<section class="comment-list"><p>I agree with the chancellor. We need better schools in this country '
            "and I think he has got it right.</p></section>")
    assert "got it right" not in read_html(PAGE.replace("{tail}", tail), id="p").text


def test_readers_views_under_a_header_in_the_article_end_its_body():
    tail = ("<h3>Your comments</h3><p>I agree with the chancellor. We need better schools in this country and I think "
            "he has got it right.</p><p>An interesting article, but I think the money will be wasted.</p>")
    text = read_html(PAGE.replace("{tail}", tail), id="p").text
    assert text[repair(text).body_end:].startswith("Your comments")


SIGNED = ("The threat now is new. You cannot compare the threats of past years with now.\n\n"
          "Paul Davies, Swansea, Wales\n\n"
          "Another law that will be used against the innocent rather than the guilty.\n\n"
          "Margaret Hill, Leeds\n\n"
          "These people will use devastating force against us without a second thought. "
          "The home secretary is right to act now.\n\n"
          "Tom Walsh, London, UK\n\n"
          "There are extremely worrying parallels between Britain now and Germany during the 30's.\n\n"
          "Anne Kerr, Aberdeen\n")


def test_signed_comments_with_no_header_end_the_body():
    """BBC's 'Have your say' printed under a story with no header: a comment, then 'Name, Town', again and
    again to the end. The structure opens the section, though no comment reacts to the article."""
    text = INTRO + ESSAY + SIGNED
    r = repair(text)
    assert text[r.body_end:].startswith("The threat now is new")
    assert "devastating force" not in r.clean and "My father wore a uniform" in r.clean


def test_names_the_article_lists_are_no_signed_comments():
    """'Name, Place' lines in the article's own list, followed by more of its prose, open nothing."""
    lines = ["The party named its candidates for the four seats on Monday.",
             "Paul Davies, Swansea", "A former teacher, he stood in 2001.",
             "Margaret Hill, Leeds", "She runs a family business.",
             "Tom Walsh, London", "He is a councillor.",
             "The party's leader said the four would campaign on crime and on schools across the country.",
             "Polls give the party less than two per cent of the vote in each of the four seats.",
             "Its leader said he expected to do better than the polls suggest.",
             "The election is expected in May."]
    assert comments_start(lines) == len(lines)
