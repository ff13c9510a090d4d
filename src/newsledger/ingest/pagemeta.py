"""What a saved page says about itself: its schema.org items (JSON-LD and microdata), its <meta>
tags, and where a declared type sits in the schema.org hierarchy.

Publishers describe their pages for search engines and social sites in these standard forms, so
they are the first evidence of what a page is (kind.py), when it was published (published.py) and
who wrote it. JSON-LD blocks are often invalid JSON (raw newlines in strings, trailing commas):
they are read leniently, and a block that still cannot be read is skipped.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

from ..lexicons import view

_CONTROL = re.compile(r"[\x00-\x1f]+")
_TRAILING_COMMA = re.compile(r",\s*([\]}])")


@dataclass(frozen=True)
class SchemaTypes:
    """data/schemaorg_types.json: each schema.org type with its direct supertypes."""

    release: str
    parents: dict[str, tuple[str, ...]]


def ancestors(schema_type: str) -> tuple[str, ...]:
    """SCHEMA_TYPE and every type above it ("ReviewNewsArticle" -> ..., "NewsArticle", "Article", ...)."""
    return _ancestors(schema_type.rsplit("/", 1)[-1].rsplit(":", 1)[-1])


@lru_cache(maxsize=4096)
def _ancestors(name: str) -> tuple[str, ...]:
    parents = view(SchemaTypes, "schemaorg_types.json").parents
    seen, todo = [name], [name]
    while todo:
        for p in parents.get(todo.pop(), ()):
            if p not in seen:
                seen.append(p)
                todo.append(p)
    return tuple(seen)


def type_names(item: dict[str, Any]) -> list[str]:
    """The @type names of a JSON-LD item ("https://schema.org/NewsArticle" -> "NewsArticle")."""
    raw = item.get("@type")
    names = raw if isinstance(raw, list) else [raw]
    return [str(n).rsplit("/", 1)[-1] for n in names if isinstance(n, str) and n]


def jsonld_items(tree: HtmlElement) -> list[dict[str, Any]]:
    """The page's top-level JSON-LD items in document order: each block's objects, the members of an
    @graph, and the mainEntity of a page item (the thing the page is about)."""
    items: list[dict[str, Any]] = []
    for block in tree.xpath("//script[@type='application/ld+json']/text()"):
        for item in _top(_parse(block)):
            items.append(item)
            main = item.get("mainEntity")
            if isinstance(main, dict) and type_names(main):
                items.append(main)
    return items


def _top(data: Any) -> Iterator[dict[str, Any]]:
    for item in data if isinstance(data, list) else [data]:
        if isinstance(item, dict) and isinstance(item.get("@graph"), list):
            yield from (g for g in item["@graph"] if isinstance(g, dict))
        elif isinstance(item, dict):
            yield item


def _parse(block: str) -> Any:
    """A JSON-LD block as data; raw control characters and trailing commas forgiven; None if unreadable."""
    for text in (block, _TRAILING_COMMA.sub(r"\1", _CONTROL.sub(" ", block))):
        try:
            return json.loads(text)
        except ValueError:
            continue
    return None


def microdata_types(tree: HtmlElement) -> list[str]:
    """The types of the page's top-level microdata items (itemscope not inside another item's property)."""
    found = tree.xpath("//*[@itemscope and @itemtype and not(@itemprop)]/@itemtype")
    return [value.split()[0].rsplit("/", 1)[-1] for value in found if value.split()]


def declared_types(tree: HtmlElement) -> list[str]:
    """Every top-level schema.org type the page declares, JSON-LD first, in document order."""
    names = [n for item in jsonld_items(tree) for n in type_names(item)]
    return list(dict.fromkeys(names + microdata_types(tree)))


def metas(tree: HtmlElement, names: tuple[str, ...] | list[str]) -> list[str]:
    """Non-empty content of <meta property|name|itemprop=NAME>, in the order of NAMES."""
    found = []
    for name in names:
        for value in tree.xpath("//meta[@property=$n or @name=$n or @itemprop=$n]/@content", n=name):
            if value.strip():
                found.append(value.strip())
    return found


def visible_text(tree: HtmlElement, skip: frozenset[str], skip_roles: frozenset[str] = frozenset(),
                 headline: HtmlElement | None = None) -> tuple[str, int | None]:
    """The text a reader sees, in document order (a <time>'s datetime stands before its words), and
    where the headline starts in it (HEADLINE, else the first h1; None: not seen); elements tagged
    SKIP and all they hold left out, and those whose ARIA role is one of SKIP_ROLES ("banner": the
    site's header) unless they hold an h1 (a template that marks the article's own header as the banner).
    Walked without recursion: pages nest deeply."""
    body = tree.find(".//body")
    parts: list[str] = []
    heading: int | None = None
    size = 0
    walker = etree.iterwalk(tree if body is None else body, events=("start", "end", "comment"))
    for event, el in walker:
        if event == "start" and (el.tag in skip or _has_role(el, skip_roles)):
            walker.skip_subtree()
            continue
        if event == "start":
            is_headline = el is headline if headline is not None else el.tag == "h1"
            heading = size if heading is None and is_headline else heading
            stamp = f" {el.get('datetime', '')[:10]} " if el.tag == "time" and el.get("datetime") else ""
            piece = stamp + (el.text or "")
        else:
            piece = (" " if event == "end" else "") + (el.tail or "")
        parts.append(piece)
        size += len(piece)
    return "".join(parts), heading


def _has_role(el: HtmlElement, roles: frozenset[str]) -> bool:
    """EL's ARIA role is one of ROLES and it holds no h1."""
    return bool(roles) and el.get("role") in roles and el.find(".//h1") is None
