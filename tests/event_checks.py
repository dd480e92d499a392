"""What the typing and place tests ask of the coder: the first report it makes of a text."""

from __future__ import annotations

import dateline


def first_event(text: str, published: str):  # type: ignore[no-untyped-def]
    """The first report ``dateline.code`` makes of ``text`` published on ``published`` (it must
    make one; the assertion shows the mentions it made instead)."""
    coded = dateline.code(text, published=published)
    assert coded.events, coded.mentions
    return coded.events[0]


def first_location(coder, text: str, published):  # type: ignore[no-untyped-def]
    """The place of the first report ``coder`` makes of ``text`` (it must make one)."""
    from dateline.record import Article

    coded = coder.code(Article.from_text(text, published=published))
    assert coded.events, "expected a report"
    return coded.events[0].location


def resolved(coder, text: str):  # type: ignore[no-untyped-def]
    """The toponyms ``coder`` recognises in ``text`` and the country they resolve to."""
    from dateline.geo.toponyms import recognise, resolve

    tops = recognise(coder.nlp(text), gazetteer=coder.gazetteer)
    return tops, resolve(tops, coder.gazetteer)


class SentenceStub:
    """The one field of the coder's sentence record (its span) that the sentence-walking helpers read."""

    def __init__(self, span) -> None:  # type: ignore[no-untyped-def]
        self.span = span
