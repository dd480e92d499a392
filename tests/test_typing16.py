"""Round 16 typing rule: force that kills while dispersing a protest. Sentences are invented
for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from tests.event_checks import first_event

PUBLISHED = "2019-06-20"


_first = partial(first_event, published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Police lobbed teargas at residents protesting in Nyeri on Monday, and shot dead two of them.",
        "In Siaya on Monday, officers fired live rounds and teargas to scatter a crowd of protesters, and police shot and killed one youth.",
    ],
)
def test_force_that_kills_while_dispersing_a_protest_is_excessive(text: str) -> None:
    assert _first(text).sub_event_type == "Excessive force against protesters"


@pytest.mark.parametrize(
    "text",
    [
        # teargas and shots in the air: an intervention, no one killed by the force
        "Police lobbed teargas at residents protesting in Nyeri on Monday, and shot in the air to scare them.",
        # the killing is what the crowd protests, not what the police did to it
        "On Monday police fired teargas at traders protesting in Kisumu over the killing of a hawker.",
    ],
)
def test_dispersal_without_a_killing_by_the_force_stays_an_intervention(text: str) -> None:
    assert _first(text).sub_event_type == "Protest with intervention"
