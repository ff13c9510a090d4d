"""Who wrote a saved page: the authors its schema.org item names, else its byline, cleaned.

A byline as trafilatura reads it often carries words that are no name around the names: a label
("Written by"), a date or an update note ("Luke Kim December 18", "Last updated"), a role ("Keith
Barry Senior Autos Reporter"). Those are cut (data/bylines.json), and a value that is only a label
or a placeholder ("Written By", "undefined") is no author. A schema.org author that is an
organisation (often the publisher itself) yields to a person's byline. Several authors are kept,
joined with ", ".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml.html import HtmlElement

from ..lexicons import view
from .pagemeta import ancestors, jsonld_items, type_names


@dataclass(frozen=True)
class BylineRules:
    """data/bylines.json."""

    role_words: frozenset[str]
    not_names: frozenset[str]
    organisation_types: frozenset[str]
    label: re.Pattern[str] = field(metadata={"flags": re.I})
    cut_at: re.Pattern[str] = field(metadata={"flags": re.I})


def _rules() -> BylineRules:
    return view(BylineRules, "bylines.json")


def page_author(tree: HtmlElement, byline: str | None) -> str | None:
    """The page's authors: the persons its schema.org item names, else the BYLINE's names, else
    the organisation its schema.org item names."""
    people, organisations = jsonld_authors(tree)
    return people or clean_byline(byline) or organisations


def jsonld_authors(tree: HtmlElement) -> tuple[str | None, str | None]:
    """(persons, organisations) named as author by the page's first schema.org creative work that
    names one, each joined with ", " (None when there is none)."""
    for item in jsonld_items(tree):
        if any("CreativeWork" in ancestors(t) for t in type_names(item)):
            values = item.get("author")
            values = values if isinstance(values, list) else [values]
            named = [(n, _is_organisation(v)) for v in values for n in [_name(v)] if n]
            if named:
                return _join([n for n, org in named if not org]), _join([n for n, org in named if org])
    return None, None


def _is_organisation(value: object) -> bool:
    return isinstance(value, dict) and any(t in _rules().organisation_types for t in type_names(value))


def _name(value: object) -> str | None:
    """The name of an author value (a string or a Person/Organization object), as declared: a
    placeholder ("undefined") is none."""
    name = value.get("name") if isinstance(value, dict) else value
    name = " ".join(name.split()).strip(" ,") if isinstance(name, str) else None
    return name if name and name.lower() not in _rules().not_names else None


def clean_byline(raw: str | None) -> str | None:
    """The names in a byline ("Author Isaiah Shelton", "Paul Frew; Home; Digital Security Expert"),
    joined with ", "; None when it names no one."""
    parts = re.split(r"\s*;\s*", raw or "")
    return _join([n for i, part in enumerate(parts) for n in [_one(part, later=i > 0)] if n])


def _one(part: str, later: bool) -> str | None:
    """One author's name without the label, date, note or role around it; an author after the
    first (LATER) that holds a role word is the first one's role ("Paul Frew; Security Expert")."""
    rules = _rules()
    part = rules.cut_at.split(rules.label.sub("", part.strip()), maxsplit=1)[0]
    words = part.split()
    roles = [i for i, w in enumerate(words) if w.lower().strip(".,") in rules.role_words]
    if roles and later:
        return None
    name = " ".join(words[:roles[0]] if roles and roles[0] >= 2 else words).strip(" -–—:,&")
    usable = name and "://" not in name and not all(w.lower() in rules.role_words for w in name.split())
    return name if usable and name.lower() not in rules.not_names else None


def _join(names: list[str]) -> str | None:
    return ", ".join(dict.fromkeys(names)) or None
