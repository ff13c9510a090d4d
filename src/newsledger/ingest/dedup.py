"""Near-duplicate and syndicated copies: MinHash signatures over word shingles, grouped with LSH.

The same wire story appears on many sites with small edits (a headline, a paragraph cut, a
credit line). Word 5-shingles survive such edits; MinHash LSH (datasketch) finds the copies in
sub-linear time. The index lives in memory and is rebuilt from stored signatures, never edited
apart from them.
"""
from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 64
SHINGLE = 5
THRESHOLD = 0.7
SCHEME = "affine32"   # stored signatures are only comparable under the scheme that made them
_WORD = re.compile(r"\w+")


def signature(text: str) -> np.ndarray:
    """MinHash signature of TEXT's word 5-shingles (lowercased)."""
    words = _WORD.findall(text.lower())
    grams = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    mh = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    mh.update_batch([g.encode("utf-8") for g in grams])
    return mh.hashvalues.astype(np.uint64)


class SyndicationIndex:
    """Assigns each article to the group of an earlier near-copy, or to a group of its own."""

    def __init__(self, threshold: float = THRESHOLD):
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.groups: dict[str, str] = {}

    def add(self, article_id: str, sig: np.ndarray, group: str | None = None) -> str:
        """Indexes ARTICLE_ID and returns its group: the given one (when rebuilding), the group of a
        near-copy already indexed, or the article's own id."""
        mh = MinHash(num_perm=NUM_PERM, hashvalues=sig, scheme=SCHEME)
        if group is None:
            near = [k for k in self.lsh.query(mh) if k != article_id]
            group = min((self.groups[k] for k in near), default=article_id)
        if article_id in self.groups:
            self.lsh.remove(article_id)
        self.lsh.insert(article_id, mh)
        self.groups[article_id] = group
        return group


def word_jaccard(a: str, b: str) -> float:
    """Share of distinct words two passages have in common: the same claim, lightly reworded."""
    wa, wb = set(_WORD.findall(a.lower())), set(_WORD.findall(b.lower()))
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0
