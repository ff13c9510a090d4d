"""Entities: the people, organisations and places one article speaks of, each with all its
mentions (names, titles, descriptions, pronouns).

``candidates`` reads spaCy's entities and repairs them (``ner_repairs``), ``titles`` and
``toponyms`` add what NER missed, ``clusters`` groups mentions into entities, ``linking`` ties
statement speakers and channels to them, and ``find`` builds the article's entities.
"""

# the spaCy component, the layer it fills and its version (stored with every derived row): here, not in
# ``component``, so that naming the pipeline (``extract.rooms``) loads no spaCy
NAME, LAYER, VERSION = "newsledger_entities", "entities", "newsledger.entities.v1"
