"""Events only referred to: diplomacy about them, or blame for them.

"The UN condemned the bombing", "Pakistan summoned the envoy over the shelling", "ministers met to
discuss the ceasefire", "officials blamed the rebels for the attack", "X accused Y of attacking":
the event word is the object of a diplomatic act or of an accusation, so the sentence tells that
act, not a new event. ACLED codes neither diplomacy nor blame (CASE 2021 labels them DIPLO and
ATTRIB); the coder keeps them as mentions with the reason.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.nlp.model import span_words

# Diplomatic acts: statements, condemnations, talks, visits and summonses about an event.
DIPLOMACY = frozenset({
    "condemn", "denounce", "deplore", "decry", "criticise", "criticize", "censure", "mourn", "lament",
    "discuss", "negotiate", "debate", "summon", "welcome",
    "condemnation", "condolence", "talk", "negotiation", "summit",
})
# Accusations and claims of responsibility: blame laid on someone for an event, or taken.
BLAME = frozenset({"blame", "accuse", "attribute", "allegation", "accusation", "hold", "claim"})
# "hold X responsible", "claimed responsibility for": these verbs blame only with the word beside them.
_NEEDS = {"hold": ("responsible",), "claim": ("responsibility", "credit")}
# How the event word hangs from the act: as its object, a preposition's object or a complement.
_OBJECT_DEPS = frozenset({"dobj", "pobj", "prep", "pcomp", "xcomp", "nsubjpass", "appos", "compound", "amod", "conj"})
_MAX_STEPS = 5


def _act(tok: Token, sent: Span) -> Token | None:
    """The diplomatic act or accusation the event word hangs from, if any."""
    cur = tok
    for _ in range(_MAX_STEPS):
        if cur.dep_ not in _OBJECT_DEPS or cur.head.i == cur.i or not (sent.start <= cur.head.i < sent.end):
            return None
        cur = cur.head
        lemma = cur.lemma_.lower()
        if lemma in DIPLOMACY or (lemma in BLAME and _says_blame(lemma, sent)):
            return cur
        if cur.pos_ == "VERB" and cur.dep_ not in _OBJECT_DEPS:
            return None
    return None


def _says_blame(lemma: str, sent: Span) -> bool:
    needed = _NEEDS.get(lemma)
    return needed is None or any(t.lower_ in needed for t in sent)


def referred_reason(tok: Token, sent: Span) -> str | None:
    """Why the trigger at ``tok`` is only referred to, or None when the sentence tells it.
    "hold ... responsible for" counts only with "responsible" in the sentence, "claim" only with
    "responsibility" or "credit"."""
    act = _act(tok, sent)
    if act is None:
        return None
    if act.lemma_.lower() in DIPLOMACY:
        return f"diplomacy ({act.text.lower()})"
    if act.lemma_.lower() == "claim":
        return f"attribution of responsibility ({act.text.lower()})"
    return f"attribution of blame ({act.text.lower()})"


def blamed_party(tok: Token, sent: Span) -> tuple[int, int] | None:
    """Characters of whom the blame for the event at ``tok`` is laid on: the accusation's object
    ("blamed *the rebels* for", "accused *the army* of"), passive "was blamed on *X*", or who
    claims it ("*the group* claimed responsibility for")."""
    act = _act(tok, sent)
    if act is None or act.lemma_.lower() not in BLAME:
        return None
    if act.lemma_.lower() == "claim":
        subj = next((c for c in act.children if c.dep_ == "nsubj"), None)
        return (subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)) if subj is not None else None
    for c in act.children:
        if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "on" and any(g.dep_ == "pobj" for g in c.children)):
            return c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)
    return None


# Words that lay an act at someone's door without naming the act again: "Al Shabaab was believed
# responsible", "authorities suspect the LRA", "gunmen linked to the ADF", "the source attributes
# the attack to X". ACLED codes the group a source holds responsible as the perpetrator.
RESPONSIBILITY_WORDS = frozenset({
    "responsible", "responsibility", "suspected", "suspect", "blamed", "blame", "blames", "attributed",
    "attributes", "attribute", "linked", "believed", "claimed", "claims",
    # "the army suspects the rebels", "officers believe the ambush was the work of X"
    "suspects", "believe", "believes",
})


def lays_responsibility(sent: Span) -> bool:
    """True when the sentence holds someone responsible (see RESPONSIBILITY_WORDS). Not such words:
    "suspects" as a noun (people held), a modifier ("suspected supporters", "Qaeda-linked rebels":
    who someone is, not what they did) and a denial ("no claim of responsibility")."""
    if span_words(sent.doc, sent.start, sent.end).isdisjoint(RESPONSIBILITY_WORDS):
        return False  # (no such word: no walk over the sentence's tokens)
    return any(
        t.lower_ in RESPONSIBILITY_WORDS and not (t.lower_ in ("suspect", "suspects") and t.pos_ == "NOUN") and t.dep_ != "amod"
        and not _negated(t)
        for t in sent
    )


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("no", "never") for h in (tok, tok.head, tok.head.head) for c in h.children)


__all__ = ["BLAME", "DIPLOMACY", "RESPONSIBILITY_WORDS", "blamed_party", "lays_responsibility", "referred_reason"]
