"""A ledger at the size an analyst's workbench must hold: the sample corpus through the real
pipeline, then a few hundred hand-built articles through the real store (its resolver, dedup and
indexes), so the browser tests see hundreds of statements, events, forecasts and entities.

The built articles are shaped like news: a cast of thirty people, some speaking far more than
others; one statement per article by name and one by "He"; events on 18 months of dates, some
without a date, some with a day of the week and no year ("XXXX-WXX-7"), one in 1961; forecasts
that fall due, and later events that confirm them; articles naming the CIA, the Associated Press
and Italy (which substring search confused with "CIA" and "It")."""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from newsledger.model import Analysis, Article, Entity, Event, Forecast, Geo, Mention, Statement

N_ARTICLES = 300
PEOPLE = [f"{a} {b}" for a, b in zip(
    ["Olena", "Andriy", "Maria", "Viktor", "Iryna", "Pavel", "Anna", "Sergei", "Tomas", "Ewa", "Jonas", "Katarzyna",
     "Dmitry", "Natalia", "Oleksandr", "Lina", "Marek", "Svetlana", "Mykola", "Daria", "Petro", "Halyna", "Roman",
     "Zofia", "Ihor", "Vera", "Bohdan", "Alina", "Taras", "Nina"],
    ["Kovalenko", "Shevchuk", "Novak", "Melnyk", "Bondar", "Kowalski", "Ivanova", "Tkachenko", "Lysenko", "Sokolova",
     "Horvat", "Marchenko", "Zielinski", "Hrytsenko", "Volkov", "Kravets", "Savchenko", "Wojcik", "Orlov", "Petrenko",
     "Moroz", "Rudenko", "Kuzmenko", "Nowak", "Boyko", "Klymenko", "Pavlenko", "Polishchuk", "Levchenko", "Tymoshenko"])]
PLACES = [("Kyiv", 50.45, 30.52, "UA"), ("Kharkiv", 49.99, 36.23, "UA"), ("Warsaw", 52.23, 21.01, "PL"),
          ("Vilnius", 54.69, 25.28, "LT"), ("Riga", 56.95, 24.11, "LV"), ("Berlin", 52.52, 13.4, "DE"),
          ("Brussels", 50.85, 4.35, "BE"), ("Odesa", 46.48, 30.72, "UA"), ("Chisinau", 47.01, 28.86, "MD")]
TYPES = ["CONSULT", "AID", "ACCUSE", "SUPPORT", "REJECT", "MOBILIZE", "AGREE"]
STATUSES = ["occurred", "occurred", "planned", "speculated", "denied"]
WORDS = ["grain exports", "air defence", "the border", "energy supplies", "sanctions", "refugees", "the ceasefire"]
OUTLETS = ["Baltic Wire", "Kyiv Ledger", "Danube Daily", "Warsaw Courier", "Nordic Post"]
START = date(2023, 1, 2)


def day_of(i: int) -> date:
    return START + timedelta(days=(i * 37) % 540)


def speaker_of(i: int) -> int:
    """A heavy-tailed cast: a few people say most things."""
    return (i * i) % 5 if i % 3 else i % len(PEOPLE)


def target_of(i: int) -> int:
    if i % 10 == 4:                     # the person a forecast four articles back said would hold talks
        return target_of(i - 4)
    t = (i * 7 + 3) % len(PEOPLE)
    return t if t != speaker_of(i) else (t + 1) % len(PEOPLE)


def event_date(i: int) -> str | None:
    if i == 17:
        return "1961-04-17"             # a text recalling history: far from the rest
    if i % 40 == 5:
        return "XXXX-WXX-7"             # "on Sunday"
    if i % 9 == 0 or i % 50 == 49:
        return None
    return day_of(i).isoformat()


class Text:
    """An article's text built piece by piece, remembering where each piece went."""

    def __init__(self) -> None:
        self.text = ""

    def add(self, piece: str) -> tuple[int, int]:
        start = len(self.text)
        self.text += piece
        return (start, len(self.text))


def _person(eid: str, name: str, *mentions: Mention) -> Entity:
    return Entity(eid, name, "PERSON", list(mentions), aliases=[name])


def article(i: int) -> Analysis:
    """The I-th built article, with its entities, two statements, an event and maybe a forecast."""
    t, sp, tg = Text(), PEOPLE[speaker_of(i)], PEOPLE[target_of(i)]
    place = PLACES[i % len(PLACES)]
    s_name = t.add(sp)
    t.add(" said that ")
    c1_tg = t.add(tg)
    t.add(" would discuss ")
    t.add(f"{WORDS[i % len(WORDS)]} in ")
    c1_pl = t.add(place[0])
    c1 = (c1_tg[0], c1_pl[1])
    t.add(". ")
    he = t.add("He")
    t.add(" added that ")
    forecast = i % 10 == 0
    c2_tg = t.add(tg)
    c2_end = t.add(" will hold talks within ten days" if forecast else f" had spoken about {WORDS[(i + 3) % len(WORDS)]}")
    c2 = (c2_tg[0], c2_end[1])
    t.add(".")
    ents = [_person("e1", sp, Mention(s_name, sp), Mention(he, "He", "pronoun")),
            _person("e2", tg, Mention(c1_tg, tg), Mention(c2_tg, tg)),
            Entity("e3", place[0], "GPE", [Mention(c1_pl, place[0])], aliases=[place[0]],
                   geo=Geo(place[1], place[2], place[3], "city"))]
    if i % 25 == 0:
        t.add(" The ")
        cia = t.add("CIA")
        t.add(" and the ")
        ap = t.add("Associated Press")
        t.add(" reported it from ")
        it = t.add("Italy")
        t.add(".")
        ents += [Entity("e4", "CIA", "ORG", [Mention(cia, "CIA")], aliases=["CIA"]),
                 Entity("e5", "Associated Press", "ORG", [Mention(ap, "Associated Press")], aliases=["Associated Press"]),
                 Entity("e6", "Italy", "GPE", [Mention(it, "Italy")], aliases=["Italy"], geo=Geo(42.8, 12.8, "IT", "country"))]
    day = day_of(i).isoformat()
    statements = [Statement([c1], "indirect", "said", (s_name[1] + 1, s_name[1] + 5), "e1", s_name,
                            certainty="asserted" if i % 4 else "believed"),
                  Statement([c2], "indirect", "added", (he[1] + 1, he[1] + 6), "e1", he, speaker_antecedent=s_name,
                            forecast=forecast, certainty="speculated" if i % 7 == 0 else "asserted")]
    confirms = i % 10 == 4
    events = [Event("CONSULT" if confirms else TYPES[i % len(TYPES)], c1, "discuss", ["e1"], ["e2"], event_date(i), "e3",
                    "occurred" if confirms else STATUSES[i % len(STATUSES)], "e1", 0)]
    forecasts = [Forecast(1, "e1", day, (day_of(i) + timedelta(days=10)).isoformat(), "CONSULT", ["e2"])] if forecast else []
    published = None if i % 50 == 49 else day
    art = Article(f"wb-{i:04d}", t.text, f"{sp} on {WORDS[i % len(WORDS)]}", published=published,
                  outlet=OUTLETS[i % len(OUTLETS)])
    return Analysis(art, ents, statements, [], events, forecasts)


def build(path: Path, samples: Path) -> None:
    """The samples through the real pipeline, then N_ARTICLES built articles through the store."""
    from newsledger.ledger import Ledger
    from newsledger.store.sqlite import Store
    with Ledger(path) as ledger:
        assert ledger.ingest([samples]).stored >= 2
    with Store(path) as store:
        for i in range(N_ARTICLES):
            store.write(article(i), pipeline="workbench-fixture")
