"""Caches that make extraction cheaper must not change what it finds: the gazetteer's
remembered rows, the memoised name keys, and country votes that test the cheap condition first."""

from __future__ import annotations

from typing import Any

from dateline.geo import gazetteer as gz
from dateline.geo.gazetteer import Gazetteer
from dateline.geo.names import deglued_key, fold, key, skeleton
from dateline.geo.toponyms import country_votes


def _count_selects(gaz: Gazetteer) -> list[str]:
    seen: list[str] = []
    gaz._conn.set_trace_callback(lambda sql: seen.append(sql) if sql.lstrip().upper().startswith("SELECT") else None)
    return seen


def test_repeated_lookup_is_answered_from_memory_with_the_same_places() -> None:
    with Gazetteer.open() as gaz:
        first = gaz.lookup_match("Aleppo")
        seen = _count_selects(gaz)
        second = gaz.lookup_match("Aleppo")
        gaz._conn.set_trace_callback(None)
    assert first == second
    assert first[0], "the gazetteer knows Aleppo"
    assert seen == [], f"a repeated name went back to SQLite: {seen}"


def test_a_caller_trimming_its_answer_does_not_trim_the_next() -> None:
    with Gazetteer.open() as gaz:
        places, _exact = gaz.lookup_match("Springfield")
        n = len(places)
        assert n > 1, "many places are called Springfield"
        places.clear()
        assert len(gaz.lookup_match("Springfield")[0]) == n


def test_remembered_rows_match_a_fresh_gazetteer_and_stay_bounded(monkeypatch: Any) -> None:
    names = ["Deir Ezzor", "Hassakeh", "Mombasa", "Isiolo South", "Raqa", "Nowhereville Xq"]
    with Gazetteer.open() as fresh:
        expected = [fresh.lookup_match(n) for n in names]
    monkeypatch.setattr(gz, "_ROW_CACHE_SIZE", 3)
    with Gazetteer.open() as gaz:
        got = [gaz.lookup_match(n) for n in names] + [gaz.lookup_match(n) for n in names]
        assert len(gaz._rows) <= 3 and len(gaz._found) <= 3
    assert got == expected + expected


def test_memoised_name_keys_give_the_same_answer_each_time() -> None:
    for name in ("Deir ez-Zor", "Dayr az Zawr", "Ḩamāh", "The Hague", "Deir Ezzor"):
        once = (fold(name), key(name), deglued_key(name), skeleton(name))
        again = (fold(name), key(name), deglued_key(name), skeleton(name))
        assert once == again
    assert deglued_key("Deir Ezzor") == key("Deir ez-Zor") == "deirzor"
    assert skeleton("Dayr az Zawr") == skeleton("Deir Ezzor")


def test_country_votes_still_skip_hyphenated_compounds(nlp: Any) -> None:
    doc = nlp("Syrian troops guarded the China-Pakistan corridor while Kenyan police watched.")
    votes = country_votes(doc)
    assert votes["SY"] >= 1 or votes["SYR"] >= 1
    assert votes["KE"] >= 1 or votes["KEN"] >= 1
    assert not any(votes[c] for c in ("CN", "CHN", "PK", "PAK"))
