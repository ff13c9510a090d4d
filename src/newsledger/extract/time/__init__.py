"""Time: TIMEX3 expressions found by rules over the raw text and resolved against the
publication date (``patterns`` -> ``find``, with resolvers in ``calendar``, ``relative`` and
``durations``, and the anchor and tense in ``anchor``; the tense of the verb an expression modifies,
read from the parse, in ``clause``)."""

# the spaCy component, the layer it fills and its version (stored with every derived row): here, not in
# ``component``, so that naming the pipeline (``extract.rooms``) loads no spaCy
NAME, LAYER, VERSION = "newsledger_timexes", "timexes", "newsledger.timexes.v1"
