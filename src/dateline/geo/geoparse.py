"""Geoparsing: every toponym in an article with its span and resolution (``dateline geoparse``),
and the event-location choice for a marked event word (the event-location gold set).

Recognition and resolution are the same as the coder's (:mod:`dateline.geo.toponyms`), so what
``geoparse`` prints is what events are placed with.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.geo.gazetteer import Gazetteer
from dateline.geo.toponyms import Toponym, country_votes, is_locative, recognise, resolve
from dateline.record import Article, GeoToponym, GeoToponymArticle

# A named feature ("X Mountain") prints its containing town's point when it has one.
FEATURE_LABEL = {
    "P": "populated place", "ADM1": "first-order admin region", "ADM2": "second-order admin region",
    "ADMX": "lower-order admin region", "PCLI": "country",
}  # fmt: skip


def toponyms(doc: Doc, gazetteer: Gazetteer) -> tuple[list[Toponym], str | None]:
    """All toponyms of a parsed text, resolved; and the text's focus country."""
    tops = recognise(doc, gazetteer=gazetteer)
    focus = resolve(tops, gazetteer, votes=country_votes(doc))
    return tops, focus


def geoparse(article: Article, doc: Doc, gazetteer: Gazetteer) -> list[GeoToponym]:
    """One record per toponym, in reading order; unresolved toponyms keep their span with no point."""
    tops, _focus = toponyms(doc, gazetteer)
    out = []
    for t in tops:
        place, score = t.place, t.score
        if place is None and t.feature:
            container = t.container
            while container is not None and container.place is None:
                container = container.container
            if container is not None:
                place, score = container.place, container.score
        out.append(
            GeoToponym(
                article=GeoToponymArticle(id=article.id, url=article.url),
                text=t.text,
                start=t.start,
                end=t.end,
                name=place.name if place else None,
                geonames_id=place.geonameid if place else None,
                lat=place.lat if place else None,
                lon=place.lon if place else None,
                country=place.country if place else None,
                admin1=place.admin1 if place else None,
                feature=("named feature" if t.feature else FEATURE_LABEL.get(place.feature, place.feature)) if place else ("named feature" if t.feature else None),
                score=round(score, 3) if place is not None else 0.0,
                admin2=(place.name if place.feature == "ADM2" else place.admin2) if place else None,
                admin1_pcode=place.admin1_pcode if place else None,
                admin2_pcode=place.admin2_pcode if place else None,
                pcode=place.pcode if place else None,
            )
        )
    return out


def event_location(doc: Doc, tops: list[Toponym], verb_start: int, verb_end: int) -> Toponym | None:
    """The toponym where the event marked by the word at [verb_start, verb_end) happened, or None
    to abstain. Only places that can be locations count (a preposition's object, "the city of X",
    a feature; not a subject or possessor: "Russia said", "Syria's army"); the verb's own clause
    first, then the nearest after it in the sentence, then the nearest before it."""
    span = doc.char_span(verb_start, verb_end, alignment_mode="expand")
    if span is None:
        return None
    verb = span.root
    sent = verb.sent
    # a demonym ("Kurdish fighters") names who, not where
    in_sent = [t for t in tops if sent.start_char <= t.start < sent.end_char and not t.demonym and is_locative(t, doc)]
    if not in_sent:
        return None
    # Climb to the clause the event word heads, then take the places inside that clause.
    clause = verb
    while clause.dep_ in ("xcomp", "aux", "auxpass", "amod", "compound", "pobj", "dobj", "nsubjpass", "nsubj") and clause.head is not clause:
        clause = clause.head
    idx = {t.i for t in clause.subtree}
    own = [t for t in in_sent if (tok := doc.char_span(t.start, t.end, alignment_mode="expand")) is not None and tok.root.i in idx]
    pool = own or in_sent
    after = [t for t in pool if t.start >= verb_start]
    before = [t for t in pool if t.start < verb_start]
    if after:
        return min(after, key=lambda t: t.start - verb_end)
    return max(before, key=lambda t: t.start)
