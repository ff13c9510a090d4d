"""What one ingest run did (``Ledger.ingest`` returns it). A module of its own, imported by the
ingest: a dataclass costs a compile at import, which the commands that only read do not pay."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..errors import Codes, code_of, hint

PARTIAL = {code_of(Codes.E019), code_of(Codes.E026)}   # analysed, with a part of the text or one layer left out


@dataclass
class IngestReport:
    """What one ingest run did: read, stored, already present, skipped, stored as text only or
    analysed in part; each reason names the input, its code (errors.Codes) and the detail."""

    read: int = 0
    stored: int = 0
    unchanged: int = 0
    skipped: list[str] = field(default_factory=list)       # inputs not stored
    text_only: list[str] = field(default_factory=list)     # stored without extraction (E010, E015, E016, E023, E024)
    partial: list[str] = field(default_factory=list)       # stored, analysed in part (E019, E026)
    codes: Counter[str] = field(default_factory=Counter)   # "E007" -> how many, over the three lists

    def skip(self, reason: str) -> None:
        self.skipped.append(reason)
        self._count(reason, "skipped")

    def note(self, reason: str) -> None:
        """A note of an Analysis: analysed in part, or stored as text only."""
        in_part = code_of(reason) in PARTIAL
        (self.partial if in_part else self.text_only).append(reason)
        self._count(reason, "analysed in part" if in_part else "stored as text only")

    def _count(self, reason: str, what: str) -> None:
        """Counts REASON by its code and logs it (logging imported here: commands that read skip it)."""
        import logging
        self.codes[code_of(reason)] += 1
        logging.getLogger("newsledger").info("%s: %s (%s)", what, reason, hint(reason))

    @property
    def exit_status(self) -> int:
        """0: everything read was stored in full; 1: nothing could be read; 3: some inputs were
        skipped, stored as text only after a failure, or analysed in part. (Text in a language
        newsledger does not read, E010, is stored as designed and does not count.)"""
        if self.skipped and not self.read:
            return 1
        failures = sum(n for code, n in self.codes.items() if code != code_of(Codes.E010))
        return 3 if failures else 0
