"""Scores a prediction on the genre set per half (the split README.md lists) and on the whole.

usage: python3 bench/genre/halves.py PRED.jsonl [--gold bench/genre/gold.jsonl] [--score .../score.py] [--all]

PRED is newsledger's evaluation view of `articles.jsonl` (README.md gives the commands). Prints
one row per metric with half a, half b and both; `--all` prints every metric score.py reports,
otherwise the headline ones.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from check import HERE, half, read_jsonl

HEADLINE = ("events_f1", "events_p", "events_r", "attributed_f1", "statements_f1", "forecast_acc",
            "certainty_acc", "event_status_acc", "event_target_acc", "event_place_acc", "event_date_acc",
            "event_source_acc", "timex_value_f1", "entities_found", "coref_b3_f1", "geo_acc161",
            "invalid_records")


def score(score_py: str, gold: list[dict], pred: Path) -> dict:
    """score.py's figures for the given gold documents against PRED."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as f:
        f.writelines(json.dumps(g, ensure_ascii=False) + "\n" for g in gold)
    out = subprocess.run([sys.executable, score_py, f.name, str(pred), "--json"], capture_output=True, text=True,
                         check=True).stdout
    Path(f.name).unlink()
    return json.loads(out)


def cell(value: object) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("pred", type=Path)
    ap.add_argument("--gold", type=Path, default=HERE / "gold.jsonl")
    ap.add_argument("--score", default="/work/shared/eval/score.py")
    ap.add_argument("--all", action="store_true")
    args = ap.parse_args(argv)
    gold = read_jsonl(args.gold)
    cols = {"a": [g for g in gold if half(g["id"]) == "a"], "b": [g for g in gold if half(g["id"]) == "b"],
            "both": gold}
    results = {name: score(args.score, docs, args.pred) for name, docs in cols.items()}
    keys = list(results["both"]) if args.all else [k for k in HEADLINE if k in results["both"]]
    print(f"{'metric':<24}" + "".join(f"{f'{n} ({len(cols[n])})':>12}" for n in cols))
    for k in keys:
        print(f"{k:<24}" + "".join(f"{cell(results[n].get(k)):>12}" for n in cols))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
