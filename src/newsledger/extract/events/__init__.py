"""Events: who did what to whom, where and when, coded in PLOVER: ``triggers`` finds the words
that state an act, ``arguments`` its actors, targets and place, ``status`` whether it occurred,
is planned, speculated or denied, and ``find`` codes each event with its date and source."""

# the spaCy component, the layer it fills and its version (stored with every derived row): here, not in
# ``component``, so that naming the pipeline (``extract.rooms``) loads no spaCy
NAME, LAYER, VERSION = "newsledger_events", "events", "newsledger.events.v1"
