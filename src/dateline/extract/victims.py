"""Victim counts read from the parse when the casualty patterns found a death (or an injury)
without a number.

:func:`dateline.extract.numbers.find_casualties` is regular expressions only, so a numeral or a
singular noun that sits away from its verb ("two local leaders, a councillor and an aspirant,
were shot dead", "9 herders shot dead by police", "a priest dragged from his car and killed")
leaves it an unnumbered death, which the caller would impute by the codebook's convention (3).
The dependency parse names the victims of the verb: its passive subject, the subject of an
intransitive "died", or the object of an active "killed". When that phrase is numbered, or is
one person, the count is what the text says, not an imputed one. A plural without a number
("raiders killed civilians") stays unnumbered: that is what imputation is for. Injuries are read
the same way ("his assistant and a visitor were seriously wounded": two).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from spacy.tokens import Doc, Token

from dateline.extract.numbers import CasualtyFigure, Count, is_person_word, parse_count

__all__ = ["count_victims", "number_unnumbered"]

T = TypeVar("T")

# verbs (lemmas) whose passive subject or active object is the dead person
_KILL_LEMMAS = frozenset(
    {"kill", "murder", "slay", "execute", "behead", "decapitate", "lynch", "assassinate", "shoot", "gun", "stab", "hack", "stone", "burn", "find"}
)
# ... and the hurt one
_HURT_LEMMAS = frozenset({"wound", "injure", "hurt"})
_HARM_LEMMAS = _KILL_LEMMAS | _HURT_LEMMAS
# intransitive deaths: the subject is the dead person
_DIE_LEMMAS = frozenset({"die", "perish", "succumb"})
# passive reporting verbs whose subject is the subject of the verb under them ("were believed to
# have been killed")
_RAISING_LEMMAS = frozenset({"say", "allege", "believe", "report", "fear", "think", "know", "confirm", "understand"})
# pronouns that stand for one person
_ONE_PRONOUNS = frozenset({"he", "she", "him", "her"})
# the verbs' own words that may head the figure span ("shot dead", "found dead", "to death")
_DEATH_WORDS = frozenset({"dead", "death"})


def number_unnumbered(doc: Doc, figures: list[tuple[CasualtyFigure, T]]) -> list[tuple[CasualtyFigure, T]]:
    """One report's figures with its unnumbered deaths counted from the parse, when the report
    has no numbered death and the parse numbers every one of them. "Kills officers after a
    cleric was killed" keeps both unnumbered: one plural death left untold makes the imputed
    figure the report's, whatever the other says."""
    out = figures
    for kind in ("killed", "injured"):
        # (another source's count, "Conflicting reports hold 18 deaths", is no count of the report's own)
        of_kind = [f for f, _ in out if f.kind == kind and not f.other_source]
        if not of_kind or any(f.count is not None for f in of_kind):
            continue
        counted = [(count_victims(doc, f) if f.kind == kind else f, x) for f, x in out]
        left = [f for f, _ in counted if f.kind == kind and f.count is None]
        if not left or (len(left) < len(of_kind) and all(_told_again(doc, f) for f in left)):
            out = counted
    return out


# singular nouns of one death that a definite article points back to ("held responsible for the killing")
_DEATH_NOUNS = frozenset({"killing", "murder", "death", "assassination", "lynching"})
_BACK_DETS = frozenset({"the", "this", "that", "his", "her"})


def _told_again(doc: Doc, f: CasualtyFigure) -> bool:
    """Whether an unnumbered death is a definite noun for one death ("the killing", "his murder"),
    which points back to a death the report has told, not to one more."""
    span = doc.char_span(f.char_start, f.char_end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    return tok.lower_ in _DEATH_NOUNS and tok.i > 0 and doc[tok.i - 1].lower_ in _BACK_DETS


def count_victims(doc: Doc, f: CasualtyFigure) -> CasualtyFigure:
    """``f`` with a count read from the parse when it is an unnumbered death whose victims the
    parse numbers (or names as one person); else ``f`` unchanged."""
    if f.kind not in ("killed", "injured") or f.count is not None:
        return f
    span = doc.char_span(f.char_start, f.char_end, alignment_mode="expand")
    if span is None or not doc.has_annotation("DEP"):
        return f
    verb = _verb(span, _KILL_LEMMAS | _DIE_LEMMAS if f.kind == "killed" else _HURT_LEMMAS)
    victim = _victim(verb) if verb is not None else _left_so(span.root) if f.kind == "killed" else None
    if victim is None:
        return f
    # whoever died or was wounded is someone, whatever the noun
    n = _size(victim, dying=verb is not None and verb.lemma_.lower() in _DIE_LEMMAS | _HURT_LEMMAS)
    if n is None:
        return f
    count = Count(n, n, n, False, victim.text)
    return replace(f, count=count, unnumbered=False)


def _verb(span: object, lemmas: frozenset[str]) -> Token | None:
    """The verb of death (or harm) the figure's words hang on."""
    for tok in span:  # type: ignore[attr-defined]
        lemma = tok.lemma_.lower()
        if tok.pos_ in ("VERB", "AUX") and lemma in lemmas:
            return tok
        dying = bool(lemmas & _DIE_LEMMAS)
        if dying and tok.lower_ in _DEATH_WORDS and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in _KILL_LEMMAS | {"leave"}:
            return tok.head
    return None


def _left_so(tok: Token) -> Token | None:
    """The object of a "left" the figure hangs under ("left the son of a trader shot dead", where
    the parser may read "shot" as a noun)."""
    for _ in range(4):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.lemma_ == "leave" and tok.pos_ == "VERB":
            left = [c for c in tok.children if c.dep_ == "dobj"]
            return left[0] if left else None
    return None


def _victim(verb: Token) -> Token | None:
    """The head noun of the people the verb kills."""
    kids = list(verb.children)
    passive = [c for c in kids if c.dep_ == "nsubjpass"]
    if passive:
        return passive[0]
    lemma = verb.lemma_.lower()
    subj = [c for c in kids if c.dep_ == "nsubj"]
    if lemma in _DIE_LEMMAS and subj:
        return subj[0]
    # "9 herders shot dead by police": a reduced passive that the parser reads as active; the
    # agent says who shot, so the subject is who died
    if subj and any(c.dep_ == "agent" for c in kids) and lemma in _HARM_LEMMAS:
        return subj[0]
    # "... was killed and his brother wounded": a participle with its own subject, no object
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in kids)
    reduced = subj and verb.tag_ == "VBN" and verb.dep_ == "conj" and lemma in _HARM_LEMMAS and not perfect
    if reduced and not any(c.dep_ == "dobj" for c in kids):
        return subj[0]
    # "Local trader shot dead outside his shop", "two men hacked to death": a headline's reduced
    # passive read as active; a killing told to its end ("dead", "to death") with no object and no
    # perfect ("have shot dead ...") has its victim for subject
    if subj and lemma in _KILL_LEMMAS and not perfect and not any(c.dep_ == "dobj" for c in kids) and _to_death(verb):
        return subj[0]
    # "Man found killed": who was found so
    if verb.dep_ in ("ccomp", "xcomp", "oprd") and verb.head.lemma_.lower() == "find" and not (
        {c.dep_ for c in kids} & {"nsubj", "nsubjpass", "dobj"}
    ):
        found = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if found and not any(c.dep_ == "dobj" for c in verb.head.children):
            return found[0]
    # "9 herders shot dead": a participle on its noun
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head
    # "an operation left the son of a trader shot dead": who was left so
    if verb.dep_ in ("advcl", "xcomp", "ccomp", "oprd") and verb.head.lemma_ == "leave":
        left = [c for c in verb.head.children if c.dep_ == "dobj"]
        if left:
            return left[0]
    obj = [c for c in kids if c.dep_ == "dobj"]
    # (not under a numbered subject: "Two children killed 5 others injured" is a headline's
    # passive list, the number after the verb is the injured)
    numbered_subject = any(n.dep_ == "nummod" for c in subj for n in c.children)
    if obj and lemma in _HARM_LEMMAS and lemma != "find" and not numbered_subject:
        return obj[0]
    # "a priest dragged from his car and killed", "were detained and later found dead": the
    # second verb, with no subject or object of its own, shares the first one's victim
    own = {c.dep_ for c in kids} & {"nsubj", "nsubjpass", "dobj"}
    if verb.dep_ == "xcomp" and not own and verb.head.lemma_.lower() in _RAISING_LEMMAS:
        # "10 inmates were said to have been shot dead": the reporting verb carries the victims
        raised = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
        return raised[0] if raised else None
    if verb.dep_ == "conj" and not own and lemma in _DIE_LEMMAS and verb.head.pos_ in ("VERB", "AUX"):
        # "1 janitor was caught in the crossfire and died": coordinated verbs share their subject
        first = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return first[0] if first else None
    # "were driven from their home and hacked to death": the parser may tag the second participle
    # as a past tense; after a passive first verb it is a participle all the same
    passive_first = any(c.dep_ == "auxpass" for c in verb.head.children)
    if verb.dep_ == "conj" and not own and verb.head.pos_ == "VERB" and (
        verb.tag_ == "VBN" or lemma == "find" or (passive_first and lemma in _HARM_LEMMAS)
    ):
        return _shared_victim(verb.head)
    return None


def _to_death(verb: Token) -> bool:
    """Whether the verb is told to its end: "shot dead", "hacked to death"."""
    for c in verb.children:
        if c.lower_ == "dead" and c.dep_ in ("acomp", "oprd", "advmod", "xcomp"):
            return True
        if c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children):
            return True
    return False


def _shared_victim(first: Token) -> Token | None:
    kids = list(first.children)
    passive = [c for c in kids if c.dep_ == "nsubjpass"]
    if passive:
        return passive[0]
    if first.dep_ == "acl":
        return first.head
    # a headline's reduced passive ("1 priest dragged from his car and killed") reads as active
    # with no object; a perfect ("have stormed ... and killed") is active indeed
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in kids)
    subj = [c for c in kids if c.dep_ == "nsubj"]
    if subj and first.dep_ == "ROOT" and not perfect and not any(c.dep_ == "dobj" for c in kids):
        return subj[0]
    return None


def _size(head: Token, *, dying: bool = False) -> int | None:
    """How many people a noun phrase names: its numeral, or 1 for one person (and each
    coordinated member); None when it is plural without a number or not people."""
    found = [_one_size(member, dying=dying) for member in [head, *_conjuncts(head)]]
    sizes = [n for n in found if n is not None]
    if len(sizes) < len(found):
        return None
    total = sum(sizes)
    if len(sizes) > 2 and sizes[0] == total - sizes[0]:
        # "six people, two Turks and four Somalis": the members after the first break it down
        return sizes[0]
    return total or None


def _conjuncts(head: Token) -> list[Token]:
    return [t for t in head.conjuncts if t.i > head.i and t.pos_ in ("NOUN", "PROPN", "PRON")]


def _one_size(tok: Token, *, dying: bool = False) -> int | None:
    low = tok.lower_
    if tok.pos_ == "PRON":
        return 1 if low in _ONE_PRONOUNS else None
    nums = [c for c in tok.children if c.dep_ == "nummod"]
    if nums:
        c = parse_count(" ".join(t.text for t in nums[0].subtree))
        return c.best if c is not None and not c.vague and c.best > 0 else None
    if any(c.dep_ == "det" and c.lower_ in ("no", "some", "several", "many", "all", "both") for c in tok.children):
        return None
    if tok.tag_ == "NNP" and tok.is_sent_start and tok.ent_type_ != "PERSON" and is_person_word(low):
        # "Man found killed": a headline's capital on a common noun for one person
        return 1 if not any(c.dep_ == "nummod" or c.lower_ in ("no", "some") for c in tok.children) else None
    if tok.ent_type_ == "PERSON" or tok.tag_ == "NNP":
        return 1 if tok.ent_type_ == "PERSON" else None
    if tok.tag_ == "NN" and is_person_word(low):
        return 1
    # "the head of the village"; and whoever "died" is someone: a singular noun with its article
    # ("a rabbi died") is one person even when our list of people nouns lacks the word
    if tok.tag_ == "NN" and (low == "head" or dying) and any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("no", "every", "each") for c in tok.children
    ):
        return 1 if low != "head" or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) else None
    return None
