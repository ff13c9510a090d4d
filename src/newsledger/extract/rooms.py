"""The extractors' rooms in the order they run, by their spaCy component names, and the versions
stored with every derived row.

Read from the rooms' packages, not their components: the process that stores the articles names
the pipeline that analysed them (``Ledger``'s ``pipeline_name``) without loading spaCy, which only
the analysis workers need."""
from __future__ import annotations

from ..nlp import MODEL
from . import entities, events, forecasts, statements, time

__all__ = ["EXTRACTORS", "LAYERS", "MODEL", "STAGES"]

ROOMS = (time, statements, entities, events, forecasts)   # in the order they run
STAGES = tuple(room.NAME for room in ROOMS)
EXTRACTORS = {room.LAYER: room.VERSION for room in ROOMS}
LAYERS = {room.NAME: room.LAYER for room in ROOMS}       # stage -> the ``doc._`` layer it writes
