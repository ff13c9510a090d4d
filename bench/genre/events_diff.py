"""The events a prediction misses and the ones it adds, each with the reason the scorer gives.

usage: python3 bench/genre/events_diff.py GOLD PRED [--score /work/shared/eval/score.py] [--table] [--causes [--drops]]

GOLD and PRED as ``score.py`` reads them (``events_halves.py --keep DIR`` leaves both per half).
A gold event is matched as the scorer matches it (same type, gold actors among the predicted ones,
evidence overlapping); one that is not is classed by the nearest prediction over its evidence:
``no trigger`` (none), ``wrong type`` (one of another type), ``actor`` (right type, actors not the
gold's). A prediction left unmatched is classed the same way against the gold over its evidence:
``no gold event`` (none), ``wrong type``, ``actor``, or ``twice`` (the gold event is matched by
another prediction: the same event stated twice). ``--table`` prints the counts by PLOVER type only.

``--causes`` (with newsledger importable: ``PYTHONPATH=src``) splits each ``no trigger`` miss by
what the coder's own parts do on its evidence, so a half never read can be classed by counts:
``trigger, no event`` (a trigger is found there but its event was dropped: no actor attached, a
sense or speech check, one party only), ``event noun`` (a noun of the trigger lexicon, no trigger
made of it), ``CAMEO default, no party`` (a verb whose CAMEO entry has a default code, which
stands only for 'X verb Y' with Y a party), ``CAMEO block, no code`` (a verb of a PETRARCH synonym
block that codes by patterns only, none matching), ``CAMEO pattern`` (a pattern matched, no
trigger made), ``hand verb`` (a verb of the hand lexicon, not coded), ``no lexicon`` (a verb no
lexicon holds) and ``no verb`` (no verb, no event noun of the lexicon).

``--drops`` (with ``--causes``) names, for each ``trigger, no event`` miss, the check of the coder
that dropped the trigger there (``extract/events/drops.py``: the article is analysed again in
this process with the drops recorded; several checks, joined by '+', when several triggers of the
evidence were dropped), e.g. ``no trigger: trigger, no event: toward_no_party (cost)``, with what lifting
that check alone would give (``_cost``).
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
from collections import Counter
from typing import Any


def scorer(path: str) -> Any:
    spec = importlib.util.spec_from_file_location("score", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def overlapping(x: dict[str, Any], others: list[dict[str, Any]], S: Any) -> list[dict[str, Any]]:
    sp = x.get("evidence_span")
    return [o for o in others if sp and o.get("evidence_span") and S.overlap(sp, o["evidence_span"]) > 0]


def reason(x: dict[str, Any], near: list[dict[str, Any]], S: Any, gold_side: bool) -> str:
    """Why X (gold when GOLD_SIDE, else predicted) found no partner among NEAR."""
    if not near:
        return "no trigger" if gold_side else "no gold event"
    same = [o for o in near if (S.same_type(x, o) if gold_side else S.same_type(o, x))]
    return "actor" if same else "wrong type"


class Coder:
    """The event coder's own parts, loaded only for ``--causes``."""

    def __init__(self, drops: bool = False) -> None:
        from newsledger.extract.events import cameo, lexicon, triggers
        from newsledger.nlp.pipeline import load_base
        self.nlp, self.triggers, self.cameo, self.lexicon = load_base(), triggers, cameo, lexicon
        self.docs: dict[str, tuple[Any, list[Any]]] = {}
        self.drops = drops
        self.dropped: dict[str, list[Any]] = {}

    def dropped_by(self, x: dict[str, Any], g: dict[str, Any]) -> str:
        """The checks that dropped a trigger whose words start in gold event X's evidence, the
        article G analysed once with its drops recorded."""
        from newsledger.extract.events.drops import recording
        from newsledger.extract.pipeline import analyze
        from newsledger.model import Article
        key = str(g.get("id"))
        if key not in self.dropped:
            fields = {k: g[k] for k in ("title", "url", "published", "outlet", "language") if g.get(k)}
            art = Article(id=key, text=g["text"], date_source="given" if "published" in fields else None, **fields)
            with recording() as kept:
                list(analyze([art]))
            self.dropped[key] = list(kept)
        a, b = x["evidence_span"]
        checks = dict.fromkeys(f"{d.check} ({_cost(d, x)})" for d in self.dropped[key] if any(a <= i < b for i in d.starts))
        return "+".join(checks) or "(none recorded)"

    def parsed(self, text: str) -> tuple[Any, list[Any]]:
        """The parse of TEXT and its triggers, once per text."""
        if text not in self.docs:
            doc = self.nlp(text)
            self.docs[text] = (doc, self.triggers.find_triggers(doc))
        return self.docs[text]

    def cause(self, x: dict[str, Any], text: str) -> str:
        """Why no prediction stands over gold event X's evidence, by what the coder does there."""
        a, b = x["evidence_span"]
        doc, found = self.parsed(text)
        if any(a <= w.idx < b for t in found for w in [t.event, *t.words]):
            return "trigger, no event"
        span = doc.char_span(a, b, alignment_mode="expand") or []
        if any(t.pos_ == "NOUN" and self.triggers.noun_spec(t) for t in span):
            return "event noun"
        verbs = [t for t in span if t.pos_ == "VERB"]
        coded = [m for v in verbs if self.cameo.verb_entry(v) and (m := self.cameo.cameo_match(v)) is not None]
        if any(m.by_pattern for m in coded):
            return "CAMEO pattern"
        if coded:
            return "CAMEO default, no party"
        if any(self.cameo.verb_entry(v) for v in verbs):
            return "CAMEO block, no code"
        if any(v.lemma_.lower() in self.lexicon.TRIGGERS.verbs for v in verbs):
            return "hand verb"
        return "no lexicon" if verbs else "no verb"


def _cost(d: Any, x: dict[str, Any]) -> str:
    """What lifting drop D's check alone would give for gold event X: 'cost' when the trigger had
    X's type and an actor, or X has none (the check alone lost it, unless the actor is another),
    'no actor' when it had none and X has one (the actor filter drops it all the same; None:
    dropped before actors were sought), 'other type' when its type was another."""
    if d.type != x.get("type"):
        return "other type"
    return "cost" if d.actors or not x.get("actors") else "no actor"


def describe(x: dict[str, Any], text: str) -> str:
    s, e = x.get("evidence_span") or (0, 0)
    return (f"{x.get('type')}/{x.get('status')} {x.get('actors')} -> {x.get('targets')}  "
            f"«{text[s:e][:110]}»")


def diff_doc(g: dict[str, Any], p: dict[str, Any], S: Any,
             coder: Coder | None = None) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """(misses, false positives) of one document, each (type, reason, line); with CODER, a miss
    with no trigger says what the coder does on its evidence."""
    text = g.get("text", "")
    idx = S.alias_index(g)
    golds, preds = g.get("events", []), [x for x in p.get("events") or [] if isinstance(x, dict)]
    T = S.Tally()
    pairs = match(g, golds, preds, text, idx, S, T)
    got_g, got_p = {gi for gi, _ in pairs}, {pi for _, pi in pairs}
    misses = []
    for i, x in enumerate(golds):
        if i in got_g or x.get("optional"):
            continue
        why = reason(x, overlapping(x, preds, S), S, True)
        if why == "no trigger" and coder is not None:
            why = f"no trigger: {coder.cause(x, text)}"
            if coder.drops and why.endswith("trigger, no event"):
                why += f": {coder.dropped_by(x, g)}"
        misses.append((x["type"], why, describe(x, text)))
    fps = []
    for i, x in enumerate(preds):
        if i in got_p:
            continue
        near = overlapping(x, golds, S)
        why = reason(x, near, S, False)
        if near and any(golds.index(o) in got_g and S.same_type(o, x) for o in near):
            why = "twice"
        fps.append((str(x.get("type")), why, describe(x, text)))
    return misses, fps


def match(g: dict[str, Any], golds: list[dict[str, Any]], preds: list[dict[str, Any]], text: str, idx: Any,
          S: Any, T: Any) -> list[tuple[int, int]]:
    """The scorer's own matching, read back from a one-document run of score_events."""
    found: list[list[tuple[int, int]]] = []
    real = S.greedy_match

    def spy(gs: Any, ps: Any, fn: Any, th: Any) -> Any:
        out = real(gs, ps, fn, th)
        found.append(out)
        return out
    S.greedy_match = spy
    try:
        S.score_events({**g, "events": golds}, {"events": preds}, text, idx, T)
    finally:
        S.greedy_match = real
    return found[0] if found else []


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--score", default="/work/shared/eval/score.py")
    ap.add_argument("--table", action="store_true")
    ap.add_argument("--causes", action="store_true")
    ap.add_argument("--drops", action="store_true")
    a = ap.parse_args(argv)
    S = scorer(a.score)
    coder = Coder(a.drops) if a.causes or a.drops else None
    gold, pred = S.load(a.gold), S.load(a.pred)
    counts: Counter[tuple[str, str, str]] = Counter()
    for did, g in gold.items():
        misses, fps = diff_doc(g, pred.get(did, {}), S, coder)
        for side, rows in (("miss", misses), ("fp", fps)):
            for kind, why, desc in rows:
                counts[(side, kind, why)] += 1
                if not a.table:
                    print(f"{did}\t{side}\t{why}\t{desc}")
    for (side, kind, why), n in sorted(counts.items()):
        print(f"{side:5} {kind:10} {why:12} {n}")
    totals: Counter[tuple[str, str]] = Counter()
    for (side, _, why), n in counts.items():
        totals[(side, why)] += n
    for (side, why), n in sorted(totals.items()):
        print(f"{side:5} {'(all)':10} {why:12} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
