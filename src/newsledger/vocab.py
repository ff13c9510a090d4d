"""The vocabularies the data model and the typed query results share: spans and the closed sets of
values (Literal types) a field may take.

Apart from ``model`` so that a command that only reads (a dossier, a listing) types its results
without building the data model's classes (``model`` re-exports every name here).
"""
from __future__ import annotations

from typing import Literal

Span = tuple[int, int]
Kind = Literal["direct", "indirect"]
Certainty = Literal["asserted", "believed", "speculated"]
Status = Literal["occurred", "planned", "speculated", "denied"]
Polarity = Literal["affirmed", "denied"]
# a place's name written as no place is kept as such: a people's adjective ('Danish brewer', linked to
# Denmark) and a place's name inside another name ('Sheffield' of 'BBC Radio Sheffield')
MentionKind = Literal["name", "title", "description", "pronoun", "adjective", "part"]
NO_PLACE_USES = ("adjective", "part")   # the mention kinds that name a place without using it as one
# what a page is: news reporting and opinion about public affairs are read in full; other kinds are
# stored as text, yield no events or forecasts, and statements only where a named source is quoted
# ("article": an article with no evidence of news, such as a company's or a person's blog post)
ArticleKind = Literal["news", "opinion", "howto", "review", "article", "product", "service", "listing",
                      "documentation", "forum", "other"]
# where ``Article.published`` came from: the input record (JSONL field, feed entry, WARC header), the
# page's own metadata, its URL path, a dateline, or inferred from dates in the text
DateSource = Literal["given", "metadata", "url", "dateline", "text"]
