"""Forecasts: forward-looking statements as records with a horizon by which they can be checked
(``find``), and whether a later event settles one (``matching``)."""

# the spaCy component, the layer it fills and its version (stored with every derived row): here, not in
# ``component``, so that naming the pipeline (``extract.rooms``) loads no spaCy
NAME, LAYER, VERSION = "newsledger_forecasts", "forecasts", "newsledger.forecasts.v1"
