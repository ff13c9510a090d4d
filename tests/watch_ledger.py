"""Hand-built analyses for the watchlist and alert tests: stored through the real store, so the
matching runs on real ledger rows without loading the model."""
from __future__ import annotations

from datetime import date, timedelta

from newsledger.model import Analysis, Article, Entity, Event, Forecast, Geo, Mention, Statement

T1 = ('Belarusian leader Alexander Lukashenko said on Thursday that Minsk "will not send troops to Ukraine". '
      "He added that joint exercises with Russia would take place near Brest in February.")
T2 = ("Ukrainian commander Serhiy Naev said that Russian troops had shelled Kharkiv overnight. "
      '"Belarus is not ready for war," Naev said, adding that Lukashenka might still change his mind.')
T3 = "Ukrainian commander Serhiy Naev said that Minsk will send troops to Ukraine within weeks."
T4 = "Analyst Jane Roe said that talks between Kyiv and Moscow would resume in ten days."


def soon(days: int) -> str:
    return (date.today() + timedelta(days=days)).isoformat()


def sp(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    """The span of the NTH occurrence of PART in TEXT."""
    i = -1
    for _ in range(nth + 1):
        i = text.index(part, i + 1)
    return (i, i + len(part))


def person(eid: str, text: str, name: str, *said: str, roles: tuple[str, ...] = ()) -> Entity:
    spellings = said or (name,)
    return Entity(eid, name, "PERSON", [Mention(sp(text, s), s) for s in spellings], aliases=list(spellings),
                  roles=list(roles))


def place(eid: str, text: str, name: str, lat: float, lon: float, cc: str) -> Entity:
    return Entity(eid, name, "GPE", [Mention(sp(text, name), name)], aliases=[name], geo=Geo(lat, lon, cc, "city"))


def lukashenko_rules_out_troops(aid: str = "art-1") -> Analysis:
    t = T1
    ents = [person("e1", t, "Alexander Lukashenko", roles=("Belarusian leader",)),
            place("e2", t, "Minsk", 53.9, 27.57, "BY"), place("e3", t, "Ukraine", 49.0, 32.0, "UA"),
            place("e4", t, "Russia", 61.5, 105.3, "RU"), place("e5", t, "Brest", 52.1, 23.7, "BY")]
    s1 = Statement([sp(t, "will not send troops to Ukraine")], "direct", "said", sp(t, "said"), "e1",
                   sp(t, "Alexander Lukashenko"))
    s2 = Statement([sp(t, "joint exercises with Russia would take place near Brest in February")], "indirect",
                   "added", sp(t, "added"), "e1", sp(t, "He"), forecast=True)
    events = [Event("MOBILIZE", sp(t, "will not send troops to Ukraine"), "send", ["e2"], ["e3"], None, None, "denied",
                    "e1", 0),
              Event("COOPERATE", sp(t, "joint exercises with Russia would take place near Brest in February"),
                    "exercises", ["e2", "e4"], [], soon(3), "e5", "planned", "e1", 1)]
    return Analysis(Article(aid, t, "Lukashenko rules out sending troops", published="2026-01-05", outlet="Baltic Wire"),
                    ents, [s1, s2], [], events, [Forecast(1, "e1", "2026-01-05", soon(3), "COOPERATE", ["e2", "e4"])])


def kharkiv_shelled() -> Analysis:
    t = T2
    naev = Entity("e1", "Serhiy Naev", "PERSON", [Mention(sp(t, "Serhiy Naev"), "Serhiy Naev"),
                                                 Mention(sp(t, "Naev", 1), "Naev")], aliases=["Serhiy Naev", "Naev"])
    ents = [naev, person("e2", t, "Alexander Lukashenko", "Lukashenka"), place("e3", t, "Kharkiv", 49.99, 36.23, "UA"),
            place("e4", t, "Belarus", 53.0, 28.0, "BY")]
    s1 = Statement([sp(t, "Russian troops had shelled Kharkiv overnight")], "indirect", "said", sp(t, "said"), "e1",
                   sp(t, "Serhiy Naev"))
    s2 = Statement([sp(t, "Belarus is not ready for war"), sp(t, "Lukashenka might still change his mind")], "direct",
                   "said", sp(t, "said", 1), "e1", sp(t, "Naev", 1), certainty="speculated")
    ev = Event("ASSAULT", sp(t, "Russian troops had shelled Kharkiv overnight"), "shelled", [], ["e3"], None, "e3",
               "occurred", "e1", 0)
    return Analysis(Article("art-2", t, "Kharkiv shelled overnight", published="2026-01-06", outlet="Kyiv Ledger"),
                    ents, [s1, s2], [], [ev], [])


def naev_expects_troops() -> Analysis:
    """Another speaker, the same subject as Lukashenko's first statement, the opposite stance."""
    t = T3
    ents = [person("e1", t, "Serhiy Naev"), place("e2", t, "Minsk", 53.9, 27.57, "BY"),
            place("e3", t, "Ukraine", 49.0, 32.0, "UA")]
    s1 = Statement([sp(t, "Minsk will send troops to Ukraine within weeks")], "indirect", "said", sp(t, "said"), "e1",
                   sp(t, "Serhiy Naev"), forecast=True)
    ev = Event("MOBILIZE", sp(t, "Minsk will send troops to Ukraine within weeks"), "send", ["e2"], ["e3"], None, None,
               "planned", "e1", 0)
    return Analysis(Article("art-3", t, "Naev expects Belarusian troops", published="2026-01-07", outlet="Kyiv Ledger"),
                    ents, [s1], [], [ev], [])


def talks_resume(days: int = 10) -> Analysis:
    t = T4
    ents = [person("e1", t, "Jane Roe", roles=("Analyst",)), place("e2", t, "Kyiv", 50.45, 30.52, "UA"),
            place("e3", t, "Moscow", 55.75, 37.62, "RU")]
    s1 = Statement([sp(t, "talks between Kyiv and Moscow would resume in ten days")], "indirect", "said",
                   sp(t, "said"), "e1", sp(t, "Jane Roe"), forecast=True)
    return Analysis(Article("art-4", t, "Talks to resume", published="2026-01-08", outlet="Baltic Wire"),
                    ents, [s1], [], [], [Forecast(0, "e1", "2026-01-08", soon(days), "CONSULT", ["e2", "e3"])])
