"""Round 14b, notes that got no report: a trigger word misspelt in the note, and a verb form the
tagger read as a noun. Sentences are invented for these tests."""

from __future__ import annotations

from functools import partial

import pytest

import dateline
from dateline.extract.triggers import written_for
from tests.event_checks import first_event

PUBLISHED = "2019-06-20"


_first = partial(first_event, published=PUBLISHED)


def _trigger(report) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.text for e in report.evidence if e.field == "trigger"]


@pytest.mark.parametrize(
    ("text", "word", "event_type"),
    [
        ("On 18 June, teachers demonstated in Kisumu over unpaid salaries.", "demonstated", "Protests"),
        ("On 18 June, traders protestd in Eldoret against new market fees.", "protestd", "Protests"),
        ("On 18 June, a group of youths vandalsed two buses in Nakuru town.", "vandalsed", "Riots"),
    ],
)
def test_misspelt_trigger_is_read_and_named_as_written(text: str, word: str, event_type: str) -> None:
    r = _first(text)
    assert r.event_type == event_type
    assert word in _trigger(r)


def test_verb_form_tagged_as_noun_still_triggers() -> None:
    r = _first("On 18 June, nurses in Nyeri staged a protested against the county government.")
    assert r.event_type == "Protests"
    assert "protested" in _trigger(r)


@pytest.mark.parametrize("word", ["protected", "attached", "wounded", "injured", "mining", "picketers", "marching"])
def test_real_words_are_not_read_as_triggers(word: str) -> None:
    # one edit from a trigger form, or a form of one, but words of their own
    assert written_for(word) is None


def test_misspelling_needs_lower_case_and_length() -> None:
    assert written_for("demonstated") == "demonstrate"
    assert written_for("demonstated", written_lower=False) is None  # a capitalised word may be a name
    assert written_for("kiled") is None  # too short to tell from other words
    assert written_for("violecne") is None  # a context word misspelt is too weak a cue


def test_real_word_one_edit_away_codes_nothing() -> None:
    coded = dateline.code("On 18 June, police protected the tallying centre in Kisumu.", published=PUBLISHED)
    assert not coded.events


def test_four_digit_count_of_people_is_no_year() -> None:
    r = _first("On 18 June, 2000 members of the teachers' union protested outside parliament in Nairobi.")
    assert r.event_type == "Protests"
    r = _first("Nurses sat on a hospital roof in Kisumu, protesting the sacking of 1900 ward clerks.")
    assert r.event_type == "Protests"


def test_year_of_the_event_still_makes_history() -> None:
    coded = dateline.code("The 2007 clashes killed 1,100 people in Kisumu, residents said on 18 June.", published=PUBLISHED)
    assert not coded.events


def test_earlier_the_same_day_is_not_an_earlier_event() -> None:
    r = _first("Residents of Kibera protested outside the chief's office against the arrest of their leader earlier in the day.")
    assert r.event_type == "Protests"
    coded = dateline.code("Traders in Kisumu had protested earlier against market fees.", published=PUBLISHED)
    assert not coded.events


def test_headline_bodies_found_tell_a_killing() -> None:
    r = _first("Six bodies found in Mount Elgon on 18 June, believed linked to the land dispute.")
    assert r.event_type == "Violence against civilians"
    assert any(e.field == "trigger" and e.text.lower().startswith("bodies") for e in r.evidence)
    coded = dateline.code("A new oversight body was founded in Nairobi on 18 June.", published=PUBLISHED)
    assert not coded.events


def test_device_going_off_is_a_blast_and_other_things_going_off_are_not() -> None:
    r = _first("On 18 June, two militants died in Garissa when the explosives they were carrying went off.")
    assert r.sub_event_type == "Disrupted weapons use"
    assert "went off" in _trigger(r)
    for text in (
        "On 18 June, the alarm went off at a bank in Nairobi.",
        "On 18 June, the minister went off to a meeting in Mombasa.",
    ):
        assert not dateline.code(text, published=PUBLISHED).events
