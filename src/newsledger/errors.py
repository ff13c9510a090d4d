"""One catalogue of errors with stable codes, so logs, run reports and tests can name them.

A reader or stage raises ``BadInput`` for one item it cannot use; the ingest loop logs the
skip with its code and goes on. ``NewsledgerError`` is for failures of a whole command.
"""
from __future__ import annotations


class Codes:
    """Stable codes: never renumber, only add."""

    E001 = "E001 path does not exist"
    E002 = "E002 empty input"
    E003 = "E003 binary content, not text"
    E004 = "E004 undecodable text encoding"
    E005 = "E005 malformed JSON line"
    E006 = "E006 record has no text"
    E007 = "E007 input too large"
    E008 = "E008 malformed HTML, no main text found"
    E009 = "E009 malformed or truncated feed/archive"
    E010 = "E010 unsupported language"
    E011 = "E011 unknown input format"
    E012 = "E012 store schema is newer than this newsledger"
    E013 = "E013 no such entity"
    E014 = "E014 no such record"
    # watching feeds and folders (newsledger watch); numbered from 30 to leave room for the readers
    E030 = "E030 address refused: not on the public internet"
    E031 = "E031 HTTP error status"
    E032 = "E032 network error or timeout"
    E033 = "E033 disallowed by robots.txt"
    E034 = "E034 unsupported URL or too many redirects"
    E035 = "E035 invalid watchlist"
    E036 = "E036 alert delivery failed"
    E037 = "E037 nothing to watch"
    # commands and requests (numbered from 40)
    E040 = "E040 no ledger at this path"
    E041 = "E041 not a newsledger ledger"
    E042 = "E042 invalid knowledge file"
    E043 = "E043 the entity has no such name"


class NewsledgerError(Exception):
    """A failure of a whole command, shown to the user as one clear line."""

    def __init__(self, code: str, detail: str = ""):
        self.code = code
        self.detail = detail
        super().__init__(f"{code}: {detail}" if detail else code)


class BadInput(NewsledgerError):
    """One input item (file, line, record) cannot be used; the run skips it and goes on."""
