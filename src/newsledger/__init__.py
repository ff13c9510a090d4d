"""newsledger: reads the news for analysts and keeps a ledger of who said what, who did what, and who predicted what."""
from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["IngestReport", "Ledger", "__version__"]


def __getattr__(name: str) -> Any:
    """``Ledger`` is imported on first use, so light modules (repair, readers) load without the NLP stack."""
    if name == "Ledger":
        from .ledger import Ledger
        return Ledger
    if name == "IngestReport":
        from .ingest.report import IngestReport
        return IngestReport
    raise AttributeError(name)
