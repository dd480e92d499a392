"""Where a report's event happened when its own sentence is vague: a bare country yields to a
place inside it, named in the sentence or in the sentences after it; and romanisation variants
of Arabic names ("Hassakeh") reach the gazetteer. Every sentence here is written for the test."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from dateline.geo.names import spelling_keys
from dateline.record import Article, Location

pytestmark = pytest.mark.model


def place_of(coder: Any, text: str) -> Location | None:
    coded = coder.code(Article.from_text(text, published=date(2021, 5, 10)))
    assert coded.events, text
    return coded.events[0].location


def test_spelling_keys_cover_shadda_and_ta_marbuta() -> None:
    assert "hasakeh" in spelling_keys("Hassakeh") and "hasakah" in spelling_keys("Hassakeh")
    assert "raqa" in spelling_keys("Raqqa") and "raqqah" in spelling_keys("Raqqa")
    assert spelling_keys("Idlib") == [] and spelling_keys("Ham") == []  # nothing to vary, or too short


def test_a_doubled_spelling_still_finds_the_place(coder: Any) -> None:
    places, exact = coder.gazetteer.lookup_match("Hassakeh")
    assert not exact and any(p.country == "SYR" and p.admin1 == "Al Ḩasakah" for p in places)


def test_a_demonym_yields_to_the_province_it_qualifies(coder: Any) -> None:
    loc = place_of(coder, "Gunmen shot dead four farmers on Sunday in the eastern Syrian province of Hassakeh.")
    assert loc is not None and loc.country == "SYR" and loc.admin1 == "Al Ḩasakah"


def test_a_lead_naming_only_the_country_takes_the_town_named_next(coder: Any) -> None:
    loc = place_of(
        coder,
        "Air strikes killed 12 civilians in northern Syria on Sunday. "
        "The raids hit a vegetable market in the town of Saraqib, residents said.",
    )
    assert loc is not None and loc.name == "Saraqib" and loc.geo_precision == 2


def test_a_town_named_next_in_another_country_is_not_taken(coder: Any) -> None:
    loc = place_of(
        coder,
        "A car bomb killed seven soldiers in Syria on Sunday. "
        "Diplomats meeting in Geneva said talks would resume next week.",
    )
    assert loc is not None and loc.country == "SYR" and loc.admin1 is None and loc.geo_precision == 3
