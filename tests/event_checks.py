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


def casualty_variants(text: str) -> list[str]:
    """A sentence in several cases and with non-ASCII text, for the casualty patterns' shortcuts."""
    return [text, text.upper(), text.lower(), text.title(), text.swapcase(), text.replace(" ", " \u2019 ", 1) + " caf\u00e9"]


def assert_casualties_same_without_shortcuts(sentence: str, monkeypatch, offset: int) -> None:  # type: ignore[no-untyped-def]
    """``find_casualties`` finds the same figures with its shortcuts and with every pattern run as it is."""
    from dateline.extract import numbers

    texts = casualty_variants(sentence)
    fast = [numbers.find_casualties(t, offset=offset) for t in texts]
    monkeypatch.setattr(numbers, "_folded", lambda _text: None)  # every pattern run as it is
    assert fast == [numbers.find_casualties(t, offset=offset) for t in texts]
