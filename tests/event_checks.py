"""What the typing and place tests ask of the coder: the first report it makes of a text."""

from __future__ import annotations

import dateline


def first_event(text: str, published: str):  # type: ignore[no-untyped-def]
    """The first report ``dateline.code`` makes of ``text`` published on ``published`` (it must
    make one; the assertion shows the mentions it made instead)."""
    coded = dateline.code(text, published=published)
    assert coded.events, coded.mentions
    return coded.events[0]
