"""`stats`: the counts of what the ledger holds. A module of its own, as the command most often run
to look at a ledger: it declares its two options, not the dozens of the listing commands in ``read``."""
from __future__ import annotations

from .common import command, db_option, emit, open_ledger, output_options, plain


@command(db_option, *output_options)
def stats(db: str | None, out: str) -> None:
    """Counts of what the ledger holds."""
    with open_ledger(db) as ledger:
        s = ledger.stats()
        path = ledger.store.path
    emit(out, [s], lambda s: "\n".join([f"store: {path}", *(f"{k:>10}: {v}" for k, v in plain(s).items())]))
