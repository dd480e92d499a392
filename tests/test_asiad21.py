"""Round 21 (Asia, interaction and actor match): the country of the actors of a text whose place reads
abroad, more words of one country's public life, and Thailand's far-south insurgency named for its
unnamed fighters. Sentences are invented for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from dateline.extract.countries import usage_country
from tests.actor_checks import inter_pair
from tests.event_checks import first_event

_first = partial(first_event, published="2015-05-03")


def _names(report) -> set[str]:  # type: ignore[no-untyped-def]
    return {a.name for a in (report.actor1, report.actor2) if a is not None}


# --- a place read abroad does not make the actors foreign ------------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # "Chandra" is read as a town of the Comoros; the parties are Bangladesh's
        (
            "Two Jubo Dal men were hurt when Chhatra League activists attacked them at Chandra on Monday.",
            "Bangladesh",
        ),
        (
            "Awami League and BNP supporters clashed at Chandra bazar on Friday, leaving eight people injured.",
            "Bangladesh",
        ),
        # "Tala" is read as a town of Egypt; the parties are India's
        ("Trinamool supporters and CPI(M) workers clashed at Tala on Sunday, injuring five people.", "India"),
    ],
)
def test_actors_take_the_country_of_the_texts_parties_over_a_place_read_abroad(
    text: str, country: str
) -> None:
    report = _first(text)
    names = _names(report)
    assert names, report
    assert all(country in n or "Militia" in n for n in names), names


def test_a_place_abroad_the_text_points_at_keeps_its_country() -> None:
    # the text's own words name no other country: the place decides
    report = _first("Protesters blocked a road in Kathmandu on Friday over fuel shortages.")
    assert report.actor1 is not None and "Nepal" in report.actor1.name, report.actor1


# --- words of one country's public life -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Members of the Bus Drivers Sangharsh Samiti held a protest over unpaid wages.", "IND"),
        ("Students of an IIT staged a protest against a fee hike.", "IND"),
        ("Landless tribals sat on the road outside the district office.", "IND"),
        ("Teachers marched to the Punjab Assembly demanding permanent posts.", "PAK"),
        ("IJT activists protested outside the vice-chancellor's office.", "PAK"),
        ("Banda enforcers vandalised three motorcycles on the highway.", "NPL"),
        ("Farmers of the Tarai blocked the highway demanding fertiliser.", "NPL"),
        # Indian Punjab's bodies, Pakistan's Bhutto name
        ("Conductors of Punjab Roadways blocked the depot gate over unpaid salaries.", "IND"),
        ("SAD workers blocked the main road outside the tehsil office.", "IND"),
        ("Linemen protested outside the PSPCL office over the delayed promotions.", "IND"),
        ("Nurses protested outside the Benazir Bhutto Hospital over unpaid allowances.", "PAK"),
    ],
)
def test_public_life_words_place_the_text(text: str, iso3: str) -> None:
    assert usage_country(text) == iso3


@pytest.mark.parametrize(
    "text",
    [
        # words two countries' presses share stay out
        "Dalit families protested outside the municipal office.",
        "Sikh pilgrims gathered outside the shrine.",
        "A banda in the district closed the markets.",
        # Punjab is a province of Pakistan and a state of India
        "Teachers protested across Punjab over delayed salaries.",
        # "sad" in lower case is an English word
        "It was a sad day for the farmers who protested the new tax.",
    ],
)
def test_shared_words_place_no_text(text: str) -> None:
    assert usage_country(text) is None


def test_protesters_of_a_text_with_no_place_take_its_usage_country() -> None:
    report = _first("Members of the Malaria Workers Sangharsh Samiti protested against pay cuts.")
    assert report.actor1 is not None and report.actor1.name == "Protesters (India)", report.actor1


# --- Thailand's far-south insurgency -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen opened fire on a ranger base in Bannang Sata district of Yala province and fled when the rangers returned fire.",
        "A roadside bomb exploded as a police patrol passed in Rueso district of Narathiwat, injuring three officers.",
    ],
)
def test_unnamed_fighters_against_thai_forces_are_the_southern_separatists(text: str) -> None:
    report = _first(text)
    assert "Southern Muslim Separatists (Thailand)" in _names(report), _names(report)
    assert inter_pair(report) == (1, 2), (report.actor1, report.actor2)


@pytest.mark.parametrize(
    "text",
    [
        # the text keeps the doer open
        "A roadside bomb exploded as a police patrol passed in Rueso district of Narathiwat, injuring three officers. "
        "No group has claimed the attack.",
        "Unidentified gunmen shot at two rangers guarding a market in Nong Chik district of Pattani.",
    ],
)
def test_a_doer_the_text_keeps_open_stays_unidentified(text: str) -> None:
    report = _first(text)
    assert "Southern Muslim Separatists (Thailand)" not in _names(report), _names(report)
    assert any(n.startswith("Unidentified Armed Group") for n in _names(report)), _names(report)


def test_a_cell_of_the_insurgency_named_elsewhere_is_the_doer() -> None:
    report = _first(
        "Two gunmen fired on a checkpoint in Bacho district of Narathiwat and fled after soldiers shot back. "
        "Police believe RKK militants staged the attack."
    )
    assert "RKK: Runda Kumpulan Kecil" in _names(report), _names(report)


# --- a force told as a bomb's casualties is its target -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Three soldiers and a boy were wounded when a roadside bomb went off beside their patrol in Raman district of Yala.",
        "Two constables and a tea seller were injured when a grenade was thrown at a checkpoint in Quetta on Monday.",
    ],
)
def test_a_force_hit_by_a_bomb_is_its_target_not_its_doer(text: str) -> None:
    report = _first(text)
    assert report.event_type == "Explosions/Remote violence", (report.event_type, report.sub_event_type)
    assert report.actor2 is not None and report.actor2.inter == 1, (report.actor1, report.actor2)
    assert report.actor1 is not None and report.actor1.inter in (2, 3), report.actor1


def test_a_force_that_defuses_a_bomb_stays_the_doer() -> None:
    report = _first("Police defused a bomb planted near a school in Quetta on Monday.")
    assert report.actor1 is not None and report.actor1.name.startswith("Police Forces of Pakistan"), (
        report.actor1
    )
