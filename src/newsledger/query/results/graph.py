"""Who said what about whom."""
from __future__ import annotations

from ...record import Record


class GraphNode(Record):
    """An entity of the graph; ``speaker``: whether a link starts at it (it made those statements)."""

    id: int
    name: str
    type: str
    speaker: bool


class GraphEdge(Record):
    """SOURCE said something naming TARGET in WEIGHT statements (a claim counted once across outlets)."""

    source: int
    target: int
    weight: int


class Graph(Record):
    """Who said what about whom: the heaviest EDGES of EDGES_TOTAL that meet the filters."""

    nodes: list[GraphNode]
    edges: list[GraphEdge]
    edges_total: int
