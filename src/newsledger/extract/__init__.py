"""The extractors, a room per layer, each registering its spaCy component (``component.py``):
``time`` (time expressions), ``statements`` (quotes, reported speech, beliefs), ``entities``
(people, organisations, places and their mentions), ``places`` (the gazetteer and geocoder the
entity stage uses), ``events`` (PLOVER events) and ``forecasts``. ``pipeline`` runs them in
that order over a repaired article; ``spans`` holds the span helpers they share."""
