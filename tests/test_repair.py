"""Repair of scraped text: sentences rejoined, link lists cut, and every offset maps back exactly."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsledger.ingest.repair import repair

WHITE = " \t\n\r\xa0\u200b"


def test_seed_link_list_is_cut_at_read_also(seed_text):
    r = repair(seed_text)
    assert seed_text[r.body_end:].startswith("Read also:")
    assert "Zelensky was told" not in r.clean
    assert r.dropped[-1] == (r.body_end, len(seed_text))


def test_seed_broken_sentences_are_rejoined(seed_text):
    r = repair(seed_text)
    for joined in ("Dictator of Belarus Oleksandr is holding", "will come to Minsk for talks",
                   "believes that Putin will pressure", "could become a \"bargaining coin\""):
        assert joined in r.clean


def test_heading_keeps_its_own_paragraph(seed_text):
    r = repair(seed_text)
    assert "between Putin and Lukashenka\n\nOn December 19" in r.clean


def test_spans_map_back_to_the_original(seed_text):
    r = repair(seed_text)
    phrase = "Putin will come to Minsk for talks"
    i = r.clean.index(phrase)
    s, e = r.to_original((i, i + len(phrase)))
    assert seed_text[s:e] == "Putin will come to Minsk\xa0\n\nfor talks"


def test_inline_read_also_line_is_dropped():
    text = "The army moved north on Monday.\n\nREAD ALSO: Ten things about the front\n\nOfficials said more units would follow."
    r = repair(text)
    assert "Ten things" not in r.clean
    assert "Officials said more units would follow." in r.clean
    assert r.body_end == len(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["ab", "c", " ", "X", "Y.", ",", '"', "\n", "\n\n", "\xa0", "  ", "•", "Read also:"]),
                max_size=60).map("".join))
def test_every_clean_character_comes_from_the_original(text):
    r = repair(text)
    last = -1
    for i, ch in enumerate(r.clean):
        o = r.offset(i)
        assert o > last or ch in WHITE  # monotonic where text is copied
        assert ch == text[o] or (ch in WHITE and text[o] in WHITE)
        last = max(last, o)


def test_a_paragraph_break_over_a_dropped_line_maps_onto_whitespace():
    text = "ab\nRead also:ab\n•\nab"
    r = repair(text)
    assert all(text[r.offset(i)] in WHITE for i, ch in enumerate(r.clean) if ch in WHITE)


WIRE = ("WASHINGTON (Reuters) - The council agreed on Thursday to fund two night buses, its lead said.\n\n"
        "Image caption Nikki Haley: 'A proven dealmaker,' said Mr Trump\n"
        "Photo: Jane Roe/Reuters\n"
        "By Jane Doe\n\n"
        "The mayor said the plan would start in May.\n\n"
        "(Reporting by John Smith; Editing by Mary Roe)\n"
        "Try Acme Pro for free!\n"
        "Check out our full review of the Acme Pro.\n"
        "Sign up for our daily newsletter to get the news first.\n"
        "Disclosure: this post contains affiliate links.\n\n"
        "Forward-Looking Statements\n"
        "This release contains statements about plans, the company said.\n")


def test_captions_credits_bylines_and_promos_never_reach_the_parser():
    r = repair(WIRE)
    assert r.clean == ("WASHINGTON (Reuters) - The council agreed on Thursday to fund two night buses, its lead said.\n\n"
                       "The mayor said the plan would start in May.")


def test_a_forward_looking_statements_section_ends_the_body_and_offsets_still_map():
    r = repair(WIRE)
    assert WIRE[r.body_end:].startswith("Forward-Looking Statements")
    i = r.clean.index("The mayor said")
    s, e = r.to_original((i, i + len("The mayor said the plan")))
    assert WIRE[s:e] == "The mayor said the plan"


def test_a_sentence_starting_with_by_is_no_byline():
    text = "Prices rose again.\nBy comparison, wages stayed flat last year.\nBy Jane Doe"
    assert repair(text).clean == "Prices rose again.\nBy comparison, wages stayed flat last year."


PROMO = ("Get our weekly deals letter: our editor, Jane Roe, says the best offers go fast, and she picks the "
         "cheapest plans in your area every Monday.")
INJECTED = ("The council agreed on Thursday to fund two night buses, its leader said.\n\n"
            f"{PROMO}\n\n"
            "The mayor said the buses would start in May and run until dawn.\n\n"
            f"{PROMO}\n\n"
            "Drivers' unions welcomed the plan, a spokesman said.\n\n"
            f"{PROMO}")


def test_a_block_the_template_repeats_thrice_never_reaches_the_parser():
    r = repair(INJECTED)
    assert "Jane Roe" not in r.clean
    assert r.clean == ("The council agreed on Thursday to fund two night buses, its leader said.\n\n"
                       "The mayor said the buses would start in May and run until dawn.\n\n"
                       "Drivers' unions welcomed the plan, a spokesman said.")
    assert len(r.dropped) == 3 and all(INJECTED[s:e] == PROMO for s, e in r.dropped)
    i = r.clean.index("Drivers")
    assert INJECTED[r.offset(i):].startswith("Drivers' unions")


def test_a_paragraph_restated_once_and_short_repeated_lines_stay():
    twice = INJECTED.rsplit(f"\n\n{PROMO}", 1)[0]       # an article may restate a paragraph (a pull quote)
    assert repair(twice).clean.count("Jane Roe") == 2
    short = "\n\n".join(["Advertisement line", "The mayor said the buses would start in May."] * 3)
    assert repair(short).clean.count("The mayor said") == 3       # shorter than a block
