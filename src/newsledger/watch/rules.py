"""The watcher's rules as typed data, read once from ``data/watch.json``."""
from __future__ import annotations

import ipaddress
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@dataclass(frozen=True)
class WatchRules:
    """Metadata endpoints refused whatever the policy, English negators, and how close two
    statements must be to be about the same thing."""

    metadata_networks: tuple[Network, ...]
    negations: frozenset[str]
    min_overlap: float
    min_shared_words: int


@lru_cache(maxsize=1)
def rules() -> WatchRules:
    raw = json.loads(resources.files("newsledger.data").joinpath("watch.json").read_text("utf-8"))
    return WatchRules(
        metadata_networks=tuple(ipaddress.ip_network(n) for n in raw["metadata_networks"]),
        negations=frozenset(raw["negations"]),
        min_overlap=float(raw["contradiction"]["min_overlap"]),
        min_shared_words=int(raw["contradiction"]["min_shared_words"]),
    )


@lru_cache(maxsize=1)
def plover_types() -> frozenset[str]:
    """The PLOVER event types newsledger codes (the keys of ``data/plover_types.json``)."""
    raw = json.loads(resources.files("newsledger.data").joinpath("plover_types.json").read_text("utf-8"))
    return frozenset(k for k in raw if not k.startswith("_"))
