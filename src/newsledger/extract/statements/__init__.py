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
     with no cue of its own goes on with the speaker of the paragraph before when that one
     ends with a quote and its cue, and is left out otherwise rather than guessed; a scare
     quote (a few words in marks inside a running sentence) is no speech; a speaker the parser found inside the quote
     is replaced by the noun beside the cue.
A statement whose cue and content lie inside another's content ('said he wants ...') is part of
that one and is dropped; words the writer adds after the reported clause (', who ...', ', while
...') are cut off.
A denial ("denied that ...", "rejected claims that ...") is the speaker's statement of the denied
claim with ``polarity="denied"``, and so is a statement under a negated cue ("did not say that");
a denied statement is never a forecast (``polarity.py``).
Pronoun and description speakers ("he", "the opposition figure") get the named mention they
stand for as ``speaker_antecedent`` (``antecedents.py``); certainty, the forecast flag, channel and date
come from ``certainty.py``, ``forecast_flag.py`` (reading ``main_clause.py`` and ``tense.py``) and
``setting.py``; every word list is in ``newsledger/data`` (cues.json, hedges.json, statements_*.json).
"""

# the spaCy component, the layer it fills and its version (stored with every derived row): here, not in
# ``component``, so that naming the pipeline (``extract.rooms``) loads no spaCy
NAME, LAYER, VERSION = "newsledger_statements", "statements", "newsledger.statements.v1"
