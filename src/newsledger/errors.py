"""One catalogue of errors with stable codes, so logs, run reports and tests can name them.

A reader or stage raises ``BadInput`` for one item it cannot use; the ingest loop logs the
skip with its code and goes on. ``NewsledgerError`` is for failures of a whole command. Each
code has a hint, ``hint(code)``: what the user can do about it.
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
    E015 = "E015 analysis failed, stored as text only"
    E016 = "E016 analysis over its time budget, stored as text only"
    E017 = "E017 not a regular file"
    E018 = "E018 unreadable file or folder"
    E019 = "E019 text analysed in part"
    E020 = "E020 compressed input expands beyond its limit"
    E021 = "E021 the ledger cannot be written"
    E022 = "E022 the ledger is read-only"
    E023 = "E023 analysis process crashed, stored as text only"
    E024 = "E024 analysis over its memory budget, stored as text only"
    E025 = "E025 input could not be read"
    E026 = "E026 one extractor failed, its layer left empty"
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


HINTS = {
    "E001": "check the path",
    "E002": "nothing to do: the input holds no text",
    "E003": "pass text, JSONL, HTML, feeds or WARC archives",
    "E004": "re-save the file as UTF-8",
    "E005": "fix the line: one JSON object with a string 'id' and 'text' per line",
    "E006": "give the record a non-empty 'text'",
    "E007": "split the input, or raise the limit it names (ingest --limit NAME=VALUE)",
    "E008": "nothing to do when the page holds no article; else save the article page itself",
    "E009": "fetch the file again; what could be read before the damage was kept",
    "E010": "nothing to do: the text is stored and searchable; newsledger extracts from English only",
    "E011": "use a known suffix (.txt .jsonl .html .xml .rss .atom .warc .gz) or --format",
    "E012": "upgrade newsledger",
    "E013": "check the name (any spelling) or id",
    "E014": "check the id",
    "E015": "the text is stored and searchable; report the input (run with -v for the extractor and error)",
    "E016": "the text is stored; raise the budget (--limit seconds_per_article=N) to analyse it",
    "E017": "pass the file itself, not a fifo, device or socket",
    "E018": "check the file's permissions",
    "E019": "the whole text is stored; raise the limit it names (--limit NAME=VALUE) to analyse more",
    "E020": "decompress the file yourself if it is genuine, or raise --limit max_gzip_ratio",
    "E021": "free disk space (or fix the disk) and run the same command again: what is stored is intact",
    "E022": "copy the ledger somewhere writable, or read it without writing (every read command works)",
    "E023": "the text is stored and searchable; report the input (run with -v)",
    "E024": "the text is stored; raise --limit max_worker_mb, or split the input",
    "E025": "what came before the failure was kept; report the input (run with -v)",
    "E026": "the other layers are stored; report the input (run with -v for the extractor and error)",
    "E030": "watch an address on the public internet, or pass --allow-private for an intranet server",
    "E031": "check the address in a browser; the source is polled again at its next interval",
    "E032": "check the network; the source is polled again at its next interval (--timeout to wait longer)",
    "E033": "ask the site's owner, or pass --ignore-robots only for a site you may crawl",
    "E034": "give an http(s) address without credentials, of the feed or page itself rather than a redirect chain",
    "E035": "see `newsledger watchlist add --help` for each kind and the value it takes",
    "E036": "check the webhook or alerts file; the alert stays in the inbox (`newsledger alerts`)",
    "E037": "give feed URLs, OPML files or folders to `newsledger watch`",
    "E040": "check --db or $NEWSLEDGER_DB; `newsledger ingest` makes a new ledger",
    "E041": "point --db at a ledger newsledger made (a SQLite file with its tables)",
    "E042": "give a JSON file of entities, each with a 'name' (see the README's knowledge file)",
    "E043": "list the entity's names with `newsledger entity NAME` and pass one of them",
}


def code_of(reason: str) -> str:
    """"E007" of "E007 input too large: big.txt"."""
    return reason[:4]


def hint(code: str) -> str:
    """What the user can do about a skip or error with CODE ("E007" or a whole reason)."""
    return HINTS.get(code_of(code), "")


class NewsledgerError(Exception):
    """A failure of a whole command, shown to the user as one clear line."""

    def __init__(self, code: str, detail: str = ""):
        self.code = code
        self.detail = detail
        super().__init__(f"{code}: {detail}" if detail else code)


class BadInput(NewsledgerError):
    """One input item (file, line, record) cannot be used; the run skips it and goes on."""
