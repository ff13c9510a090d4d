"""What one input may cost: size, time and memory limits, so no input can hang a run or exhaust
memory, and each is a coded skip (or a partial analysis) instead.

The defaults keep the peak memory of an ingest (the whole process tree: the reading and storing
process and its analysis workers, one worker) under 1.5 GB for any single input. They are set
from measurements (bench/README.md): spaCy's tok2vec holds ~15 KB per token of a batch while it
runs, its tokenizer is quadratic in runs of characters without white space, and its parse tree
recursion overflows the C stack on sentences of tens of thousands of tokens. Change any limit
with ``newsledger ingest --limit NAME=VALUE`` or ``Ledger.ingest(limits=Limits(...))``.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

MB = 1024 * 1024


def _limit(default: Any, doc: str) -> Any:
    """A field of Limits with its DEFAULT and what it limits (DOC, for the README and --help)."""
    return field(default=default, metadata={"doc": doc})


@dataclass(frozen=True)
class Limits:
    """Every limit on one input; ``Limits.parse(["NAME=VALUE", ...])`` changes some."""

    max_file_bytes: int = _limit(20 * MB, "a text file (after decompression): larger is E007")
    max_page_bytes: int = _limit(8 * MB, "a saved page, a feed, a page in an archive (parsed as markup): larger is E007")
    max_record_bytes: int = _limit(20 * MB, "one JSONL line, or the headers of one archive record: longer is E007")
    max_field_chars: int = _limit(2_000, "title, author, outlet, URL, date: cut to this; a longer id is E005")
    max_text_chars: int = _limit(1_000_000, "an article's text (spaCy's own max_length): longer is E007")
    max_analysed_chars: int = _limit(100_000, "characters analysed from the start; the rest is stored only (E019)")
    max_doc_tokens: int = _limit(15_000, "tokens parsed for one article; the rest is stored only (E019)")
    max_batch_tokens: int = _limit(15_000, "tokens parsed together (memory grows ~15 KB per token)")
    max_sentence_tokens: int = _limit(250, "a sentence break is forced past this (deep trees overflow the C stack)")
    max_run_chars: int = _limit(64, "characters without white space before one is read as a space (tokenizer time)")
    max_gzip_ratio: int = _limit(100, "decompressed bytes per compressed byte of a .gz input: more is E020")
    seconds_per_article: float = _limit(120.0, "CPU seconds analysing one article: more is E016, text stored (0: none)")
    max_worker_mb: int = _limit(1_000, "resident memory of one analysis process: more is E024, text stored (0: none)")

    @classmethod
    def parse(cls, settings: Iterable[str]) -> Limits:
        """Limits with each "NAME=VALUE" of SETTINGS applied to the defaults."""
        values: dict[str, Any] = {}
        names = {f.name: f.type for f in dataclasses.fields(cls)}
        for setting in settings:
            name, _, raw = setting.partition("=")
            name = name.strip().replace("-", "_")
            if name not in names:
                raise ValueError(f"unknown limit {name!r}; the limits are {', '.join(names)}")
            try:
                values[name] = float(raw) if names[name] == "float" else int(raw.replace("_", ""))
            except ValueError:
                raise ValueError(f"limit {name} needs a number, not {raw!r}") from None
            if values[name] < 0:
                raise ValueError(f"limit {name} cannot be negative")
        return cls(**values)

    @staticmethod
    def described() -> list[tuple[str, float, str]]:
        """(name, default, what it limits) of every limit, for the README and --help."""
        return [(f.name, float(f.default), f.metadata["doc"]) for f in dataclasses.fields(Limits)]  # type: ignore[arg-type]


DEFAULT = Limits()
