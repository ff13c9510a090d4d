"""Readers: every kind of bad input gets a clear, coded skip, and good items around it are kept."""
from __future__ import annotations

import json

from newsledger.errors import BadInput, Codes
from newsledger.ingest.language import readable
from newsledger.ingest.readers import iter_paths
from newsledger.limits import DEFAULT
from newsledger.model import Article


def _split(items):
    arts = [i for i in items if isinstance(i, Article)]
    bad = [i for i in items if isinstance(i, BadInput)]
    return arts, bad


def test_folder_is_read_recursively_with_file_stems_as_ids(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text("First article text.", "utf-8")
    (tmp_path / "a" / "b" / "two.txt").write_text("Second article text.", "utf-8")
    (tmp_path / "notes.md").write_text("not an article", "utf-8")
    arts, bad = _split(list(iter_paths([tmp_path])))
    assert sorted(a.id for a in arts) == ["one", "two"] and not bad


def test_bad_files_are_skipped_with_codes(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"   \n")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG" * 100)
    latin = "Le président a déclaré à Minsk que l'armée était prête, écrit la presse française."
    (tmp_path / "latin.txt").write_bytes(latin.encode("latin-1"))
    arts, bad = _split(list(iter_paths([tmp_path, tmp_path / "missing.txt"])))
    codes = sorted(b.code for b in bad)
    assert codes == sorted([Codes.E001, Codes.E002, Codes.E003])
    assert [a.id for a in arts] == ["latin"] and "Minsk" in arts[0].text


def test_huge_file_is_refused_without_reading(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.truncate(DEFAULT.max_file_bytes + 1)
    _, bad = _split(list(iter_paths([big])))
    assert bad[0].code == Codes.E007


def test_malformed_jsonl_lines_are_skipped_and_the_rest_kept(tmp_path):
    p = tmp_path / "batch.jsonl"
    lines = [json.dumps({"id": "a1", "text": "One.", "published": "2022-12-18", "outlet": "X"}),
             "{broken json", json.dumps({"id": "a2"}), json.dumps(["not", "an", "object"]),
             json.dumps({"id": 7, "text": "Numeric id."})]
    p.write_text("\n".join(lines) + "\n", "utf-8")
    arts, bad = _split(list(iter_paths([p])))
    assert [a.id for a in arts] == ["a1", "7"]
    assert arts[0].published == "2022-12-18" and arts[0].outlet == "X"
    assert [b.code for b in bad] == [Codes.E005, Codes.E006, Codes.E005]
    assert "batch.jsonl:2" in bad[0].detail


def test_a_page_a_feed_entry_took_its_text_from_is_not_read_twice():
    from .conftest import ROOT
    items = list(iter_paths([ROOT / "tests" / "fixtures" / "web"]))
    sources = [a.source for a in items if isinstance(a, Article)]
    pages = [s for s in sources if s.endswith("ferry-timetable.html")]
    assert len(pages) == 1 and len(sources) == len(set(sources))


# Written for this test: the same news in German, and in damaged machine-translated English
# with names left in Cyrillic.
GERMAN = ("Der belarussische Oppositionspolitiker sagte am Mittwoch in einem Fernsehinterview, dass die "
          "Regierung in Minsk keine direkte Rolle im Krieg übernehmen wolle. Die Armee sei nicht bereit, "
          "und die Bevölkerung lehne einen Einsatz ab, erklärte er weiter vor Journalisten in Warschau.")
TRANSLATED = ("Oppositionist Павел Латушко said on Wednesday in TV interview that the regime of Лукашенко does "
              "not want a direct role in the war. According to him, the army of Беларусь is not ready and the "
              "people are against, he told to journalists in Варшава on the air of channel.")


def test_articles_are_tagged_with_the_language_their_text_is_in(tmp_path):
    rows = [{"id": "de", "text": GERMAN, "language": "en"}, {"id": "en", "text": TRANSLATED},
            {"id": "short-ru", "text": "Армия готова.", "language": "ru-RU"},
            {"id": "short-any", "text": "Армия готова.", "language": "utf-8"}]
    (tmp_path / "mixed.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), "utf-8")
    arts, bad = _split(list(iter_paths([tmp_path / "mixed.jsonl"])))
    assert not bad
    # the text outweighs a wrong tag; a short text keeps its tag; a tag that is no language code decides nothing
    assert [(a.id, readable(a)) for a in arts] == [("de", False), ("en", True), ("short-ru", False), ("short-any", True)]
    assert [a.language for a in arts[:2]] == ["de", "en"]
