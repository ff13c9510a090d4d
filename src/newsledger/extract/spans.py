"""Span arithmetic every room needs: spans are ``(start, end)`` character offsets, ``[start, end)``."""
from __future__ import annotations

from ..model import Span


def overlaps(a: Span, b: Span) -> bool:
    """A and B share at least one character."""
    return a[0] < b[1] and b[0] < a[1]


def inside(a: Span, b: Span) -> bool:
    """A lies within B."""
    return b[0] <= a[0] and a[1] <= b[1]


def chars(spans: list[Span]) -> set[int]:
    """The offsets SPANS cover."""
    return {i for s, e in spans for i in range(s, e)}


def jaccard(a: list[Span], b: list[Span]) -> float:
    """Character overlap of two sets of spans, 0..1."""
    sa, sb = chars(a), chars(b)
    return len(sa & sb) / len(sa | sb) if sa or sb else 0.0


def union(a: list[Span], b: list[Span]) -> list[Span]:
    """The offsets A or B cover, as sorted spans (touching or overlapping spans made one)."""
    out: list[Span] = []
    for s, e in sorted(a + b):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def line_at(text: str, pos: int) -> Span:
    """The line around offset POS (a paragraph, once repair has joined broken lines)."""
    end = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, len(text) if end < 0 else end
