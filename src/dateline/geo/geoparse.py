"""Geoparsing: every toponym in an article with its span and resolution (``dateline geoparse``),
and the event-location choice for a marked event word (the event-location gold set).

Recognition and resolution are the same as the coder's (:mod:`dateline.geo.toponyms`), so what
``geoparse`` prints is what events are placed with.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from dateline.extract.countries import DEMONYMS
from dateline.geo.gazetteer import Gazetteer
from dateline.geo.names import key
from dateline.geo.toponyms import (
    COMMON_WORDS,
    DEMONYM_SCORE,
    LOCATIVE_PREPS,
    Toponym,
    country_votes,
    is_locative,
    recognise,
    resolve,
)
from dateline.nlp.model import doc_text
from dateline.record import Article, GeoToponym, GeoToponymArticle

# Below this resolution score a toponym is printed without a point (see toponyms()).
GEOPARSE_MIN_SCORE = 0.7
# A named feature ("X Mountain") prints its containing town's point when it has one.
FEATURE_LABEL = {
    "P": "populated place", "ADM1": "first-order admin region", "ADM2": "second-order admin region",
    "ADMX": "lower-order admin region", "PCLI": "country",
}  # fmt: skip


def toponyms(doc: Doc, gazetteer: Gazetteer) -> tuple[list[Toponym], str | None]:
    """All toponyms of a parsed text, resolved; and the text's focus country."""
    tops = recognise(doc, gazetteer=gazetteer)
    tops = sorted(tops + _org_places(doc, gazetteer, tops), key=lambda t: t.start)
    focus = resolve(tops, gazetteer, votes=country_votes(doc))
    for t in tops:
        if t.place is not None and t.score < (ORG_PLACE_MIN_SCORE if t.modifier else GEOPARSE_MIN_SCORE):
            # close rivals: on the dev sets fewer than half of these readings were right, so the
            # toponym is printed without a point rather than with a guess
            t.place, t.score = None, 0.0
    # A capitalised word only the gazetteer pass took ("Bryant", "Transit") that found no place
    # in the text's country is no toponym: nine in ten of these were not on the dev sets.
    tops = [t for t in tops if not (t.weak and t.place is None)]
    return sorted(tops + _demonyms(doc, gazetteer, tops), key=lambda t: t.start), focus


# Organisation-name heads that a leading place name qualifies are many; the place is taken only
# when the gazetteer knows it as a country, a first-order region or a town of this size.
ORG_PLACE_MIN_POPULATION = 100_000
# An organisation's place is printed with a point only on a clear reading: the text says little
# of it (six in seven such readings were right on the dev sets, against nineteen in twenty others).
ORG_PLACE_MIN_SCORE = 0.9


def _org_places(doc: Doc, gazetteer: Gazetteer, tops: list[Toponym]) -> list[Toponym]:
    """Place names that open an organisation's name ("Pakistan Army", "the Jamaica Cancer
    Society", "The Washington Post"): prominent places only, by their own name."""
    out: list[Toponym] = []
    for ent in doc.ents:
        if ent.label_ != "ORG" or len(ent) < 2:
            continue
        words = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
        for n in range(min(3, len(words) - 1), 0, -1):
            span = doc[words[0].i : words[0].i + n]
            name = span.text
            if not all(t.is_title or t.is_upper for t in span) or any(t.start < span.end_char and t.end > span.start_char for t in tops):
                continue
            if name.lower() in COMMON_WORDS or span[0].lower_ in COMMON_WORDS:
                continue  # "North American ...", "South Kilburn Estate": a direction word opens it
            places, exact = gazetteer.lookup_match(name)
            if not exact:
                continue
            k = key(name)
            own = [p for p in places if key(p.name) == k]
            if any(p.feature == "PCLI" for p in places) or any(p.feature == "P" and p.population >= ORG_PLACE_MIN_POPULATION for p in own):
                out.append(Toponym(name, span.start_char, span.end_char, name, None, False, modifier=True))
                break
            if any(p.feature == "ADM1" for p in own):
                # a region ("Ohio State University", "Manitoba Chambers of Commerce"): only one of
                # the text's own country, as for the other names only the gazetteer vouches for
                out.append(Toponym(name, span.start_char, span.end_char, name, None, False, weak=True, modifier=True))
                break
    return out


def _demonyms(doc: Doc, gazetteer: Gazetteer, tops: list[Toponym]) -> list[Toponym]:
    """Demonyms the NER model called nationalities ("Russian troops", "Palestinians"): they name
    their country (geoparsing corpora count them as its toponyms). The coder keeps them out of
    recognition, where they only vote for the article's country; they are never an event
    location (:func:`event_location` skips them)."""
    out: list[Toponym] = []
    for ent in doc.ents:
        if ent.label_ != "NORP":
            continue
        name = ent.text.strip()
        low = name.lower()
        code = DEMONYMS.get(low) or DEMONYMS.get(low.removesuffix("s"))
        if code is None or any(t.start < ent.end_char and t.end > ent.start_char for t in tops):
            continue
        country = gazetteer.country(code)
        if country is None:
            continue
        s = ent.start_char + ent.text.find(name)
        t = Toponym(name, s, s + len(name), name, None, False, demonym=code)
        t.place, t.score = country, DEMONYM_SCORE
        out.append(t)
    return out


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
    a feature; not a subject or possessor: "Russia said", "Syria's army"; not a source or a
    boundary: "fled from X", "between X and Y"); the verb's own clause first, then the nearest
    after it in the sentence, then the nearest before it; none when that place is far from the
    event word."""
    span = doc.char_span(verb_start, verb_end, alignment_mode="expand")
    if span is None:
        return None
    verb = span.root
    sent = verb.sent
    # a demonym ("Kurdish fighters") names who, not where
    in_sent = [
        t
        for t in tops
        if sent.start_char <= t.start < sent.end_char
        and not t.demonym
        and not t.modifier
        and (is_locative(t, doc) or _is_target(t, doc, verb) or _owns_place_phrase(t, doc))
        # "fled from X", "the border between X and Y": a source or a boundary, not the scene
        and _prep_of(t, doc) not in NOT_SCENE_PREPS
    ]
    if not in_sent:
        return None
    # Climb to the clause the event word heads, then take the places inside that clause.
    clause = verb
    while clause.dep_ in ("xcomp", "aux", "auxpass", "amod", "compound", "pobj", "dobj", "nsubjpass", "nsubj") and clause.head is not clause:
        clause = clause.head
    idx = {t.i for t in clause.subtree}
    own = [t for t in in_sent if (tok := doc.char_span(t.start, t.end, alignment_mode="expand")) is not None and tok.root.i in idx]
    pool = own or in_sent
    # "In Hilla, just south of Baghdad", "180 km from Mogadishu": a place named as a reference
    # point is not where the event was, when another is named.
    text = doc_text(doc)
    away = [t for t in pool if not _REFERENCE.search(text[max(0, t.start - 40) : t.start])]
    pool = away or pool
    after = [t for t in pool if t.start >= verb_start]
    before = [t for t in pool if t.start < verb_start]
    pick = min(after, key=lambda t: t.start - verb_end) if after else max(before, key=lambda t: t.start)
    ptok = doc.char_span(pick.start, pick.end, alignment_mode="expand")
    if ptok is not None and abs(ptok.root.i - verb.i) > MAX_WORDS_AWAY:
        # A place this far from the event word belongs to another statement of the sentence
        # more often than to the event (on the dev set abstaining here gained 1.1 points of
        # accuracy overall, at a cost of 2.9 points on the items that do name their place).
        return None
    # "in Saboti in the Mt. Elgon region", "the West Bank town of Tulkarm": of the places named
    # together, the event is at the most specific (ACLED codes the smallest known place).
    # A place named as the container of another ("X in northern Y", "the Y neighbourhood of X")
    # is the less specific of the two, whatever the gazetteer knows of each.
    holders = {id(t.container) for t in pool if t.container is not None}
    near = [t for t in pool if abs(t.start - pick.start) <= SAME_PHRASE and _spec(t, holders) < _spec(pick, holders)]
    return min(near, key=lambda t: (_spec(t, holders), abs(t.start - pick.start))) if near else pick


# Prepositions whose object is not where an event happened.
NOT_SCENE_PREPS = {"from", "between"}
# Tokens between the event word and its place beyond which the event location abstains.
MAX_WORDS_AWAY = 20


def _prep_of(t: Toponym, doc: Doc) -> str | None:
    """The preposition that governs a place ("in", "from"), through compounds and lists."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    for _ in range(4):
        if tok.dep_ in ("compound", "flat", "appos", "conj", "nmod", "amod") and tok.head is not tok:
            tok = tok.head
            continue
        break
    return tok.head.lower_ if tok.dep_ == "pobj" else None


# Event words whose object or passive subject is the place itself ("entered Syria", "Kisangani
# was captured").
PLACE_TAKING = {
    "capture", "seize", "take", "enter", "storm", "overrun", "attack", "shell", "bomb", "raid", "besiege",
    "destroy", "patrol", "invade", "occupy", "liberate", "recapture", "retake", "control", "hit", "strike",
    "target", "encircle", "surround", "blockade", "evacuate", "flood", "rock", "shake",
}  # fmt: skip


def _is_target(t: Toponym, doc: Doc, verb: Token) -> bool:
    """Is the toponym the object (or passive subject) of a place-taking event word?"""
    if verb.lemma_.lower() not in PLACE_TAKING:
        return False
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    # "patrolled Kabul's streets": the object's possessor too
    while tok.dep_ in ("compound", "flat", "conj", "appos", "poss", "amod") and tok.head is not tok and tok.head.i != verb.i:
        tok = tok.head
    return tok.head.i == verb.i and tok.dep_ in ("dobj", "nsubjpass", "obj")


def _owns_place_phrase(t: Toponym, doc: Doc) -> bool:
    """"in Baghdad's main market", "outside Jamaica's capital": the possessor of a place phrase
    is where that phrase is ("Syria's army" is not). Only for the event-location choice: the
    coder's article-level placing did better on PITF without it."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    while tok.dep_ in ("compound", "flat") and tok.head is not tok:
        tok = tok.head
    if tok.dep_ != "poss" or tok.head is tok:
        return False
    owner = tok.head
    while owner.dep_ in ("compound", "amod") and owner.head is not owner:
        owner = owner.head
    return owner.dep_ == "pobj" and owner.head.lower_ in LOCATIVE_PREPS


_REFERENCE = re.compile(
    r"(?:\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of"
    r"|\b(?:km|kilometers|kilometres|miles|mi)\)?\s+(?:\w+\s+)?(?:from|of))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# How far apart (characters) two places can be and still be one location phrase.
SAME_PHRASE = 40
_RANK = {"P": 1.0, "ADMX": 2.0, "ADM2": 2.0, "ADM1": 3.0, "PCLI": 4.0}


def _spec(t: Toponym, holders: set[int]) -> tuple[bool, float]:
    """Specificity order: a container of another named place after all that it contains."""
    return id(t) in holders, _rank(t)


def _rank(t: Toponym) -> float:
    """Smaller is more specific: a town, a district, a region, a country, a continent."""
    if t.feature:
        return 0.5  # a named feature ("al-Qanat Street") is the most specific of all
    if t.place is None:
        # a name the gazetteer lacks is most often a village or a quarter; "the town of X" is one
        return 1.0 if t.hint == "town" else 1.5
    return _RANK.get(t.place.feature, 5.0)
