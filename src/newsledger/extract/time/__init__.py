"""Time: TIMEX3 expressions found by rules over the raw text and resolved against the
publication date (``patterns`` -> ``find``, with resolvers in ``calendar``, ``relative`` and
``durations``, and the anchor and tense in ``anchor``)."""
