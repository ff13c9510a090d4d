"""What a person types into a search box, as an FTS5 query: words (all required), "an exact
phrase", word* for a prefix, AND / OR / NOT between terms and ( ) to group them. Everything else
is quoted, so no character can reach FTS5 as syntax; a query FTS5 would refuse is refused here
with a sentence saying how to write it (``SearchSyntaxError``), never the engine's message."""
from __future__ import annotations

import re

OPERATORS = ("AND", "OR", "NOT")
HELP = ('write words (all must appear), "an exact phrase", word* for words starting so, '
        "AND / OR / NOT between two terms, and ( ) to group them")
_TOKEN = re.compile(r'"(?P<phrase>[^"]*)"|(?P<open>\()|(?P<close>\))|(?P<word>[^\s()"]+)|(?P<quote>")')


class SearchSyntaxError(ValueError):
    """A search the FTS5 syntax cannot express; its message explains how to write one."""

    def __init__(self, problem: str):
        super().__init__(f"Search syntax: {problem}. To search, {HELP}.")


def _term(text: str, prefix: bool = False) -> str:
    return '"' + text.replace('"', '""') + '"' + (" *" if prefix else "")


def _tokens(text: str) -> list[tuple[str, str]]:
    """(kind, FTS5 text) for each piece of TEXT: term, op, open or close."""
    out = []
    for m in _TOKEN.finditer(text):
        if m["quote"]:
            raise SearchSyntaxError("a quotation mark is not closed")
        if m["phrase"] is not None:
            if m["phrase"].strip():
                out.append(("term", _term(m["phrase"].strip())))
        elif m["open"] or m["close"]:
            out.append(("open" if m["open"] else "close", m[0]))
        elif m["word"] in OPERATORS:
            out.append(("op", m["word"]))
        elif m["word"].strip("*"):
            out.append(("term", _term(m["word"].rstrip("*"), m["word"].endswith("*"))))
    return out


def _check(tokens: list[tuple[str, str]]) -> None:
    """Operators between two terms, parentheses balanced and never empty."""
    depth, before = 0, "start"
    for kind, text in tokens:
        if kind == "op" and before in ("start", "op", "open"):
            raise SearchSyntaxError(f"{text} needs a term before it")
        if kind == "close" and before in ("start", "op", "open"):
            raise SearchSyntaxError("a parenthesis holds nothing to search for" if before == "open"
                                    else "a closing parenthesis comes too early")
        depth += {"open": 1, "close": -1}.get(kind, 0)
        if depth < 0:
            raise SearchSyntaxError("a closing parenthesis has no opening one")
        before = kind
    if before == "op":
        raise SearchSyntaxError(f"{tokens[-1][1]} needs a term after it")
    if depth:
        raise SearchSyntaxError("a parenthesis is not closed")


def fts_syntax(text: str) -> str:
    """TEXT as a safe FTS5 query ('' when it holds no term); SearchSyntaxError when malformed."""
    tokens = _tokens(text)
    _check(tokens)
    return " ".join(t for _, t in tokens) if any(k == "term" for k, _ in tokens) else ""
