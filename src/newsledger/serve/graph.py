"""The who-said-what graph: an edge from each speaker to every entity named inside their
statements, weighted by statements; as JSON for the UI and as GEXF for Gephi."""
from __future__ import annotations

import sqlite3
from typing import Any
from xml.etree import ElementTree as ET

from .queries import STATEMENT_DATE, Where, names_to_ids


def speech_graph(conn: sqlite3.Connection, *, speaker: str | None = None, date_from: str | None = None,
                 date_to: str | None = None, min_weight: int = 1, limit: int = 200) -> dict[str, Any]:
    """Who said what about whom: an edge from each speaker to every entity named inside their
    statements, weighted by the number of statements (each claim counted once across outlets)."""
    where = Where()
    where.add("s.speaker_id IS NOT NULL AND s.dup_of IS NULL AND m.entity_id != s.speaker_id")
    speakers = names_to_ids(conn, speaker)
    if speakers is not None:
        where.among("s.speaker_id", speakers)
    where.dates(STATEMENT_DATE, date_from, date_to)
    rows = conn.execute(
        "SELECT s.speaker_id AS source, m.entity_id AS target, count(DISTINCT s.id) AS weight FROM statements s"
        " JOIN articles a ON a.id=s.article_id JOIN mentions m ON m.article_id=s.article_id"
        f" AND m.start>=s.content_start AND m.\"end\"<=s.content_end WHERE {where.sql}"
        " GROUP BY 1, 2 HAVING weight >= ? ORDER BY weight DESC, 1, 2 LIMIT ?",
        (*where.params, min_weight, limit)).fetchall()
    edges = [dict(r) for r in rows]
    ids = sorted({e["source"] for e in edges} | {e["target"] for e in edges})
    nodes = []
    if ids:
        speaking = {e["source"] for e in edges}
        nodes = [dict(r, speaker=r["id"] in speaking) for r in conn.execute(
            f"SELECT id, name, type FROM entities WHERE id IN ({','.join('?' * len(ids))}) ORDER BY id", ids)]
    return {"nodes": nodes, "edges": edges}


def gexf(graph: dict[str, Any]) -> str:
    """The graph as GEXF 1.3 for Gephi: a directed edge speaker -> entity, weight = statements."""
    root = ET.Element("gexf", xmlns="http://gexf.net/1.3", version="1.3")
    ET.SubElement(ET.SubElement(root, "meta"), "creator").text = "newsledger"
    g = ET.SubElement(root, "graph", defaultedgetype="directed")
    attrs = ET.SubElement(g, "attributes", {"class": "node"})
    ET.SubElement(attrs, "attribute", id="type", title="type", type="string")
    ET.SubElement(attrs, "attribute", id="speaker", title="speaker", type="boolean")
    nodes = ET.SubElement(g, "nodes")
    for n in graph["nodes"]:
        node = ET.SubElement(nodes, "node", id=str(n["id"]), label=n["name"])
        values = ET.SubElement(node, "attvalues")
        ET.SubElement(values, "attvalue", {"for": "type", "value": n["type"]})
        ET.SubElement(values, "attvalue", {"for": "speaker", "value": str(n["speaker"]).lower()})
    edges = ET.SubElement(g, "edges")
    for i, e in enumerate(graph["edges"]):
        ET.SubElement(edges, "edge", id=str(i), source=str(e["source"]), target=str(e["target"]),
                      weight=str(e["weight"]))
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")
