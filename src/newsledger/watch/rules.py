"""The watcher's rules as typed data: ``data/watch.json`` through the one loader."""
from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from functools import lru_cache

from ..lexicons import load, view

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@dataclass(frozen=True)
class Contradiction:
    """How close a later statement must be to a followed one to be about the same thing."""

    min_overlap: float
    min_shared_words: int


@dataclass(frozen=True)
class WatchRules:
    """Metadata endpoints refused whatever the policy, English negators, contradiction thresholds."""

    metadata_networks: tuple[str, ...]
    negations: frozenset[str]
    contradiction: Contradiction


def rules() -> WatchRules:
    return view(WatchRules, "watch.json")


@lru_cache(maxsize=1)
def metadata_networks() -> tuple[Network, ...]:
    return tuple(ipaddress.ip_network(n) for n in rules().metadata_networks)


@lru_cache(maxsize=1)
def plover_types() -> frozenset[str]:
    """The PLOVER event types newsledger codes (the keys of ``data/plover_types.json``)."""
    return frozenset(k for k in load("plover_types.json") if not k.startswith("_"))
