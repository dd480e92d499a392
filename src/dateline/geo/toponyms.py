"""Toponyms in a document: recognition (NER + patterns, with rejections) and resolution against the
gazetteer, ranked with the article's country focus.

Named places below town level ("X Mountain", "the Y Roundabout") are kept as *features*: they do
not resolve on their own and take the town that contains them (ACLED: a place inside a town is
the town, at geo_precision 1).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc

from dateline.extract.actors import _alias_patterns
from dateline.extract.attribution import match_source
from dateline.extract.countries import DEMONYMS
from dateline.geo.gazetteer import Gazetteer, Place
from dateline.nlp.model import doc_text

FEATURE_WORDS = {
    "mountain", "mount", "hill", "hills", "roundabout", "square", "street", "road", "bridge", "airport", "airbase",
    "base", "neighbourhood", "neighborhood", "district", "quarter", "camp", "dam", "checkpoint", "hospital",
    "market", "mosque", "church", "school", "university", "stadium", "prison", "field", "fields", "plain",
    "valley", "junction", "highway", "crossing", "port", "harbour", "station", "area", "village", "suburb",
}
ADMIN_WORDS = {"province", "governorate", "region", "state", "county", "district", "oblast", "prefecture", "department"}
TOWN_WORDS = {"city", "town", "village", "capital"}
NEAR_WORDS = ("around", "near", "outskirts", "outside", "vicinity", "environs", "countryside", "surrounding", "close to", "nearby", "suburbs")
# Words the gazetteer knows as places that, in news text, are nearly always something else.
NOT_PLACES = {"obama", "panorama", "airport", "university", "hospital", "centre", "center", "central", "police", "army"}


@dataclass
class Toponym:
    text: str
    start: int  # character offsets in the doc text
    end: int
    query: str  # the name looked up (modifiers stripped)
    hint: str | None  # "town" | "admin" | None, from "city of X" / "X province"
    feature: bool  # a named place below town level
    container: Toponym | None = None  # "X in the city of Y": Y
    place: Place | None = None
    score: float = 0.0
    near: bool = False


_CITY_OF = re.compile(r"\b(?:the\s+)?(city|town|village|province|governorate|region|district|capital)\s+of\s+((?:[A-Z][\w'’-]*\s?){1,4})")
_SUFFIX = re.compile(r"\b((?:[A-Z][\w'’-]*\s){0,3}[A-Z][\w'’-]*)\s+((?i:province|governorate|region|city|district|town))\b")
# Capitalised name words, then a feature word in any case ("Panorama roundabout", "Harabesh Mountain").
_FEATURE = re.compile(
    r"\b((?:[A-Z][\w'’-]*\s){1,3})((?i:" + "|".join(sorted(FEATURE_WORDS, key=len, reverse=True)) + r"))\b"
)


def _overlaps(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < e and b > s for s, e in spans)


LOCATIVE_PREPS = {"in", "at", "near", "around", "outside", "from", "to", "into", "towards", "toward", "of", "across", "inside"}


def recognise(
    doc: Doc, *, exclude: list[tuple[int, int]] | None = None, gazetteer: Gazetteer | None = None
) -> list[Toponym]:
    """Candidate toponyms in reading order, not overlapping actors, sources or each other.

    Beyond the NER model's GPE/LOC/FAC: "the city of X", "X province", named features, and
    capitalised names after a locative preposition ("in Daraa") that the gazetteer knows, since
    the small model often labels those ORG or PERSON."""
    text = doc_text(doc)
    blocked: list[tuple[int, int]] = list(exclude or [])
    for pattern, _g in _alias_patterns():
        blocked.extend((m.start(), m.end()) for m in pattern.finditer(text))
    out: list[Toponym] = []
    taken: list[tuple[int, int]] = []

    def add(t: Toponym) -> None:
        if _overlaps(t.start, t.end, taken) or _overlaps(t.start, t.end, blocked):
            return
        out.append(t)
        taken.append((t.start, t.end))

    for m in _CITY_OF.finditer(text):
        kind = m.group(1).lower()
        name = m.group(2).strip()
        s = m.start(2)
        add(Toponym(name, s, s + len(name), name, "admin" if kind in ADMIN_WORDS else "town", False))
    for m in _SUFFIX.finditer(text):
        name = m.group(1).strip()
        if name.split()[0].lower() in {"the", "a", "in", "of", "and", "at", "near"}:
            parts = name.split()[1:]
            if not parts:
                continue
            name = " ".join(parts)
        kind = m.group(2).lower()
        s = m.start(1) + m.group(1).find(name)
        # "X district" names a district after its main town: the town, near it (precision 2).
        hint = "district" if kind == "district" else ("admin" if kind in ADMIN_WORDS else "town")
        if gazetteer is not None and not gazetteer.lookup(name):
            continue  # an unknown district is left to the feature pass (contained in what follows)
        add(Toponym(name, s, s + len(name), name, hint, False))
    for m in _FEATURE.finditer(text):
        name = (m.group(1) + m.group(2)).strip()
        first = name.split()[0]
        if first.lower() in {"the", "a", "an", "this", "that"} or first.lower() in DEMONYMS:
            continue
        add(Toponym(name, m.start(), m.start() + len(name), name, None, True))
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "LOC", "FAC"):
            continue
        name = re.sub(r"^(the)\s+", "", ent.text, flags=re.IGNORECASE).strip()
        if not name or name.lower() in NOT_PLACES or match_source(ent.text):
            continue
        s = ent.start_char + ent.text.find(name)
        feature = name.split()[-1].lower() in FEATURE_WORDS and len(name.split()) > 1
        add(Toponym(name, s, s + len(name), name, None, feature))
    if gazetteer is not None:
        for t in _after_prepositions(doc, gazetteer):
            add(t)
    out.sort(key=lambda t: t.start)
    _link_containers(text, out)
    _mark_near(text, out)
    return out


def _after_prepositions(doc: Doc, gazetteer: Gazetteer) -> list[Toponym]:
    out: list[Toponym] = []
    for tok in doc:
        if tok.lower_ not in LOCATIVE_PREPS or tok.i + 1 >= len(doc):
            continue
        j = tok.i + 1
        if doc[j].lower_ == "the":
            j += 1
        k = j
        while k < len(doc) and k - j < 4 and (doc[k].is_title or doc[k].text in ("-", "al", "el", "ad", "as", "az")) and doc[k].pos_ in ("PROPN", "NOUN", "ADJ", "PUNCT", "X"):
            k += 1
        while k > j and not doc[k - 1].is_title:
            k -= 1
        if k == j:
            continue
        span = doc[j:k]
        if span.ents and any(e.label_ in ("PERSON", "NORP", "DATE", "TIME") for e in span.ents):
            continue
        name = span.text
        if name.lower() in NOT_PLACES or name.lower() in DEMONYMS or match_source(name):
            continue
        if gazetteer.lookup(name):
            out.append(Toponym(name, span.start_char, span.end_char, name, None, False))
    return out


def _link_containers(text: str, tops: list[Toponym]) -> None:
    """'X in the city of Y', 'X in Y', 'X, Y' : Y contains X when X is a feature or a small place."""
    for i, t in enumerate(tops[:-1]):
        nxt = tops[i + 1]
        between = text[t.end : nxt.start]
        if len(between) > 25:
            continue
        if re.fullmatch(r"\s*(,|in|in the|of|of the|in the (city|town|village|province|governorate) of|near|outside)\s*", between, flags=re.IGNORECASE):
            t.container = nxt


def _mark_near(text: str, tops: list[Toponym]) -> None:
    for t in tops:
        # Only the words just before the name, within its clause, can make it "near".
        tail = re.split(r"[.;:,]", text[max(0, t.start - 40) : t.start].lower())[-1]
        t.near = any(re.search(rf"\b{w}\b", tail) for w in NEAR_WORDS)


def _prior(place: Place, hint: str | None, query_key_exact: bool) -> float:
    score = 0.0
    if place.feature == "PCLI":
        score += 3.0
    elif place.feature == "ADM1":
        score += 1.2 if hint == "admin" else 0.6
    else:
        score += 1.0 if hint in ("town", "district") else 0.0
        score += min(math.log10(place.population + 1), 7.0) / 3.0
    if not query_key_exact:
        score -= 0.6
    return score


def country_votes(doc: Doc) -> Counter[str]:
    """Demonyms and country names in the text ("Syrian troops") point at the article's country."""
    from dateline.extract.countries import country_code

    votes: Counter[str] = Counter()
    for tok in doc:
        if tok.pos_ in ("ADJ", "PROPN") and tok.is_title:
            code = DEMONYMS.get(tok.lower_) or country_code(tok.text)
            if code:
                votes[code] += 1
    return votes


def resolve(
    tops: list[Toponym], gazetteer: Gazetteer, *, focus_hint: str | None = None, votes: Counter[str] | None = None
) -> str | None:
    """Resolve each toponym in place; returns the article's focus country (ISO3)."""
    from dateline.geo.names import key as name_key

    candidates: list[list[Place]] = []
    for t in tops:
        q = t.query
        cands = [] if t.feature else gazetteer.lookup(q)
        candidates.append(cands)
    votes = Counter(votes or {})
    if focus_hint:
        votes[focus_hint] += 2
    for t, cands in zip(tops, candidates, strict=True):
        if cands:
            best = max(cands, key=lambda p: _prior(p, t.hint, True))
            votes[best.country] += 2 if best.feature == "PCLI" else 1
    focus = votes.most_common(1)[0][0] if votes else None
    qkeys = [name_key(t.query) for t in tops]
    for t, cands, qk in zip(tops, candidates, qkeys, strict=True):
        if not cands:
            continue
        scored = []
        for p in cands:
            s = _prior(p, t.hint, name_key(p.name) == qk or True)
            if focus and p.country == focus:
                s += 1.5
            scored.append((s, p))
        scored.sort(key=lambda x: -x[0])
        s, p = scored[0]
        margin = s - scored[1][0] if len(scored) > 1 else 1.0
        t.place = p
        t.score = round(1 / (1 + math.exp(-(s - 0.5))) * (0.7 + 0.3 * min(margin, 1.0)), 3)
    return focus
