"""Events: who did what to whom, where and when, coded in PLOVER: ``triggers`` finds the words
that state an act, ``arguments`` its actors, targets and place, ``status`` whether it occurred,
is planned, speculated or denied, and ``find`` codes each event with its date and source."""
