"""The who-said-what graph: an edge from each speaker to every entity named inside their
statements, weighted by statements (a claim several outlets carried counted once); as typed
nodes and edges, as GEXF for Gephi and as GraphML for networkx, yEd or Cytoscape."""
from __future__ import annotations

import sqlite3
from typing import Literal

from .entities import names_to_ids
from .results.graph import Graph, GraphEdge, GraphNode
from .sql import Where, marks
from .statements import STATEMENT_DATE

Direction = Literal["out", "in", "both"]
_EDGES = ("SELECT s.speaker_id, m.entity_id, count(DISTINCT s.id) AS weight FROM statements s"
          " JOIN articles a ON a.id=s.article_id JOIN mentions m ON m.article_id=s.article_id"
          ' AND m.start>=s.content_start AND m."end"<=s.content_end')


def speech_graph(conn: sqlite3.Connection, *, entity: str | None = None, direction: Direction = "both",
                 date_from: str | None = None, date_to: str | None = None, min_weight: int = 1,
                 limit: int = 200) -> Graph:
    """Who said what about whom, the heaviest LIMIT edges of at least MIN_WEIGHT statements said
    within [DATE_FROM, DATE_TO]. With ENTITY (any spelling, or an id), its ego network: the
    entities it named ('out'), the speakers who named it ('in'), or both."""
    ids = names_to_ids(conn, entity)
    sides = [None] if ids is None else [d for d in ("out", "in") if direction in (d, "both")]
    edges: list[GraphEdge] = []
    for side in sides:
        where = Where()
        where.add("s.speaker_id IS NOT NULL AND s.dup_of IS NULL AND m.entity_id != s.speaker_id")
        if side is not None:
            where.among("s.speaker_id" if side == "out" else "m.entity_id", ids or [])
        where.period(STATEMENT_DATE, date_from, date_to)
        edges += [GraphEdge(*r) for r in conn.execute(f"{_EDGES} WHERE {where.sql} GROUP BY 1, 2 HAVING weight >= ?",
                                                      (*where.params, min_weight))]
    edges.sort(key=lambda e: (-e.weight, e.source, e.target))
    return Graph(_nodes(conn, edges[:limit]), edges[:limit], len(edges))


def _nodes(conn: sqlite3.Connection, edges: list[GraphEdge]) -> list[GraphNode]:
    ids = sorted({e.source for e in edges} | {e.target for e in edges})
    speaking = {e.source for e in edges}
    rows = conn.execute(f"SELECT id, name, type FROM entities WHERE id IN ({marks(ids)}) ORDER BY id", ids)
    return [GraphNode(r[0], r[1], r[2], r[0] in speaking) for r in rows]


def to_gexf(graph: Graph) -> str:
    """The graph as GEXF 1.3 for Gephi: a directed edge speaker -> entity, weight = statements."""
    from xml.etree import ElementTree as ET
    root = ET.Element("gexf", xmlns="http://gexf.net/1.3", version="1.3")
    ET.SubElement(ET.SubElement(root, "meta"), "creator").text = "newsledger"
    g = ET.SubElement(root, "graph", defaultedgetype="directed")
    attrs = ET.SubElement(g, "attributes", {"class": "node"})
    ET.SubElement(attrs, "attribute", id="type", title="type", type="string")
    ET.SubElement(attrs, "attribute", id="speaker", title="speaker", type="boolean")
    nodes = ET.SubElement(g, "nodes")
    for n in graph.nodes:
        node = ET.SubElement(nodes, "node", id=str(n.id), label=n.name)
        values = ET.SubElement(node, "attvalues")
        ET.SubElement(values, "attvalue", {"for": "type", "value": n.type})
        ET.SubElement(values, "attvalue", {"for": "speaker", "value": str(n.speaker).lower()})
    edges = ET.SubElement(g, "edges")
    for i, e in enumerate(graph.edges):
        ET.SubElement(edges, "edge", id=str(i), source=str(e.source), target=str(e.target), weight=str(e.weight))
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")


def to_graphml(graph: Graph) -> str:
    """The graph as GraphML: directed edges speaker -> entity with a weight, nodes with name,
    type and whether they speak."""
    from xml.etree import ElementTree as ET
    root = ET.Element("graphml", xmlns="http://graphml.graphdrawing.org/xmlns")
    for key, on, kind in (("name", "node", "string"), ("type", "node", "string"), ("speaker", "node", "boolean"),
                          ("weight", "edge", "int")):
        ET.SubElement(root, "key", {"id": key, "for": on, "attr.name": key, "attr.type": kind})
    g = ET.SubElement(root, "graph", id="newsledger", edgedefault="directed")
    for n in graph.nodes:
        node = ET.SubElement(g, "node", id=str(n.id))
        for key, value in (("name", n.name), ("type", n.type), ("speaker", str(n.speaker).lower())):
            ET.SubElement(node, "data", key=key).text = value
    for e in graph.edges:
        ET.SubElement(ET.SubElement(g, "edge", source=str(e.source), target=str(e.target)), "data",
                      key="weight").text = str(e.weight)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")
