"""A four-digit number after a day and month that counts people is not the year of that day
(see dateline.time.anchor._mask_counts). Sentences are invented for these tests."""

from __future__ import annotations

from datetime import date

import dateline
from dateline.time.anchor import find_dates


def test_count_after_a_day_and_month_leaves_the_year_to_the_publication() -> None:
    coded = dateline.code(
        "On February 23rd, 2000 supporters of the opposition marched through Kisumu.", published="2009-02-25"
    )
    assert coded.events
    r = coded.events[0]
    assert r.event_type == "Protests"
    assert r.date.best == date(2009, 2, 23)


def test_this_years_number_after_a_day_and_month_stays_the_year() -> None:
    coded = dateline.code("On May 3, 2015 police arrested twelve protesters in Mombasa.", published="2015-05-06")
    assert coded.events
    assert coded.events[0].date.best == date(2015, 5, 3)


def test_counted_number_is_masked_only_where_the_caller_says() -> None:
    text = "On February 23rd, 2000 supporters marched."
    at = text.index("2000")
    plain = find_dates(text, date(2009, 2, 25))
    assert [x.best for x in plain] == [date(2000, 2, 23)]
    counted = find_dates(text, date(2009, 2, 25), offset=10, counts=frozenset({at + 10}))
    assert [(x.best, x.text) for x in counted] == [(date(2009, 2, 23), "February 23rd")]
    assert counted[0].char_start == text.index("February") + 10


def test_count_of_people_is_no_old_year_of_history() -> None:
    coded = dateline.code(
        "On 18 June, nurses in Kisumu protested over the sacking of 1900 ward clerks.", published="2019-06-20"
    )
    assert coded.events and coded.events[0].event_type == "Protests"
