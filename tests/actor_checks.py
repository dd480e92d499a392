"""What the actor tests ask of the coder: the actors found in a text's first sentence, the first
report coded from a text, and a report's sides."""

from __future__ import annotations

from datetime import date

from dateline.extract.actors import find_actors


def sentence_actors(nlp, text: str, country: str | None, when: date) -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    """(name, inter) of every actor :func:`find_actors` reads in the first sentence of ``text``."""
    sent = next(iter(nlp(text).sents))
    return [(m.name, m.inter) for m in find_actors(sent, event_country=country, when=when)]


def first_report(coder, text: str, published: date):  # type: ignore[no-untyped-def]
    """The first report the coder makes of ``text`` published on ``published`` (it must make one)."""
    from dateline.record import Article

    events = coder.code(Article.from_text(text, id="t", published=published)).events
    assert events, text
    return events[0]


def sides(r) -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    """(name, inter) of the report's actors, actor1 first."""
    return [(a.name, a.inter) for a in (r.actor1, r.actor2) if a is not None]


def inter_pair(r) -> tuple[int, ...]:  # type: ignore[no-untyped-def]
    """The report's two inter codes, lower first, a missing actor 0 (as the eval compares them)."""
    return tuple(sorted(a.inter or 0 if a is not None else 0 for a in (r.actor1, r.actor2)))
