"""Forecasts: forward-looking statements as records with a horizon by which they can be checked
(``find``), and whether a later event settles one (``matching``)."""
