"""Round 21: a crowd's size before a grievance's death word is no death toll."""

from __future__ import annotations

import pytest

from dateline.extract.numbers import find_casualties


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of boda boda riders protested in Eldoret town over the death of a colleague.",
        "Dozens of traders marched in Kitale over the death of a hawker.",
        "About 300 students demonstrated in Nyeri against the death of a classmate in custody.",
    ],
)
def test_the_crowd_is_not_the_grievance_toll(text: str) -> None:
    assert [f for f in find_casualties(text) if f.kind == "killed"] == []


def test_a_toll_told_beside_a_grievance_stays() -> None:
    figs = find_casualties("Three people died in fighting over the death of a herder in Isiolo.")
    assert [(f.kind, f.count.best if f.count else None) for f in figs] == [("killed", 3)]
