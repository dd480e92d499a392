"""Modality: is the event told as having happened, or is it conditional, feared, planned, denied,
historical or an ongoing campaign? Only asserted and hedged events become reports.

Rules read the dependency parse around the trigger: a conditional marker ("if", "unless") on the
trigger's clause, a modal auxiliary, a governing verb or noun of fear or intent, negation, a
"used to" construction or an "earlier"/"previous" modifier.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from dateline.extract.triggers import LEMMAS
from dateline.nlp.model import heads

CONDITIONAL_MARKS = {"if", "unless", "whether", "lest"}
HYPOTHETICAL_AUX = {"could", "would", "should", "might", "may"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
FEAR_LEMMAS = {"fear", "warn", "worry", "risk", "danger", "concern", "threat", "possibility", "prospect", "avert", "prevent"}
# "try" and "attempt" are not here: an attempted attack or abduction took place (ACLED codes it).
INTENT_LEMMAS = {"plan", "intend", "aim", "prepare", "vow", "threaten", "seek", "want", "pledge", "promise", "hope", "goal", "objective", "order", "call", "urge", "demand", "strategy"}
# Demands a protest voices, and the protest words that voice them.
VOICE_LEMMAS = {"demand", "call", "urge", "seek"}
PROTEST_NOUNS = {"protest", "demonstration", "rally", "march", "sit-in", "dharna", "strike", "agitation", "picket"}
# General strikes a party or union calls (South Asian "bandh", "hartal"): the call is the protest.
CALLED_PROTESTS = {"bandh", "band", "hartal", "strike", "shutdown", "protest", "blockade"}
# Words that open a clause telling the cause or setting as fact: "feared dead after their
# vehicle hit a mine" fears the deaths, not the blast.
CAUSE_MARKS = {"after", "following", "when", "during", "as", "since", "because", "before"}
# Verbs whose negation denies a detail of the event, not the event: "details not specified",
# "the attack was not claimed", "the attackers were not identified".
DETAIL_VERBS = {"specify", "specified", "know", "disclose", "identify", "claim", "establish", "ascertain", "confirm", "reveal"}
DENY_LEMMAS = {"deny", "reject", "refute", "dismiss"}
NEGATIONS = {"not", "n't", "never", "no"}
PAST_MODIFIERS = {"earlier", "previous", "prior", "former", "past", "last", "historic"}
CAMPAIGN_LEMMAS = {"battle", "fight", "fighting", "offensive", "war", "campaign", "operation", "conflict", "siege"}
START_VERBS = {"begin", "start", "erupt", "resume"}
ONGOING_VERBS = {"rage", "continue", "begin", "start", "intensify", "escalate", "drag", "persist", "go"}
HEDGE_WORDS = ("reportedly", "allegedly", "purportedly", "apparently", "reported to", "said to", "believed to", "unconfirmed", "claimed", "may have", "might have", "possibly")


@dataclass(frozen=True)
class ModalityReading:
    modality: str  # asserted | hedged | denied | hypothetical | future | background
    reason: str
    cue: str | None = None


def _chain(tok: Token, sent: Span | None = None, limit: int = 6) -> list[Token]:
    """The trigger and its syntactic heads up to the clause root (bounded, inside the sentence).
    A joined verb with a subject of its own is a clause of its own: "one is feared dead and
    supporters clashed" does not fear the clash."""
    out = [tok]
    cur = tok
    doc = tok.doc
    head_of = heads(doc)  # (each head read from the HEAD column: one Token per step, not two)
    for _ in range(limit):
        up = head_of[cur.i]
        if up == cur.i:
            break
        if cur.dep_ == "conj" and cur.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
            break
        if sent is not None and not (sent.start <= up < sent.end):
            break
        cur = doc[up]
        out.append(cur)
    return out


#: marks that set a clause apart from the one before it: a bracketed aside, a label's colon, a semicolon
APART_MARKS = {"(", ")", "[", "]", ":", ";"}


def _set_apart(trigger: Token, other: Token) -> bool:
    """Is a bracket, colon or semicolon between the trigger and another word of its sentence? The
    small parser hangs an aside ("(could be linked to ...)", "ACTORS: may also involve ...") on
    the trigger's clause; what the aside says of itself is no modality of the event."""
    lo, hi = sorted((trigger.i, other.i))
    return any(t.text in APART_MARKS for t in trigger.doc[lo + 1 : hi])


def _cause_mark(c: Token) -> bool:
    """A word opening a cause or setting clause: the parser hangs "when" as an adverb of the
    clause's verb, not as its marker ("feared killed when gunmen attacked")."""
    return c.lower_ in CAUSE_MARKS and (c.dep_ == "mark" or (c.dep_ == "advmod" and c.lower_ == "when" and c.i < c.head.i))


#: words of a toll: the event they were "feared" in is told as having happened
TOLL_LEMMAS = {"kill", "dead", "die", "injure", "wound", "hurt", "missing"}


def _toll_setting(chain: list[Token], i: int) -> bool:
    """'feared killed in an attack': the event noun that sets the feared toll is told as fact."""
    t = chain[i]
    if not (i == 1 and t.lower_ == "in" and t.dep_ == "prep" and chain[0].dep_ == "pobj" and len(chain) > 2):
        return False
    # ("are feared dead in the raid": the parser hangs "in" on "feared", whose complement is the toll)
    return chain[2].lemma_.lower() in TOLL_LEMMAS or (
        chain[2].lower_ == "feared" and any(c.dep_ in ("oprd", "acomp", "xcomp") and c.lemma_.lower() in TOLL_LEMMAS for c in chain[2].children)
    )


def _feared_toll(chain: list[Token], i: int) -> bool:
    """'Ten people were feared killed': the passive "feared" right before the toll word is the
    press's hedge on reported deaths, which ACLED and PITF coders count; "they feared being
    killed" or "fears of a massacre" stay feared."""
    t, trig = chain[i], chain[0]
    passive = t.tag_ == "VBN" or any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children)
    return (
        i == 1 and t.lower_ == "feared" and passive and trig.i == t.i + 1
        and trig.lemma_.lower() in ("kill", "dead", "die")
    )


def read_modality(trigger: Token, sent: Span) -> ModalityReading:
    chain = _chain(trigger, sent)
    cause_at = next(
        (
            i for i, t in enumerate(chain[:-1])
            if t.lower_ in CAUSE_MARKS or any(_cause_mark(c) for c in t.children) or _toll_setting(chain, i)
        ),
        len(chain),
    )
    if (without := _done_without(trigger)) is not None:
        return ModalityReading("denied", "told as not done ('without')", without.text)
    for i, t in enumerate(chain):
        for c in t.children:
            low = c.lower_
            if c.dep_ == "mark" and low in CONDITIONAL_MARKS:
                return ModalityReading("hypothetical", "conditional", low)
            if c.dep_ == "aux" and low in HYPOTHETICAL_AUX | FUTURE_AUX and _set_apart(trigger, c):
                continue  # "kill 5 in a raid (could be linked to ...)": an aside's modal is not the event's
            if c.dep_ == "aux" and low in HYPOTHETICAL_AUX:
                if any(x.lower_ == "have" and x.dep_ == "aux" for x in t.children):
                    return ModalityReading("hedged", "possibility in the past", f"{low} have")
                return ModalityReading("hypothetical", "modal auxiliary", low)
            if c.dep_ == "aux" and low in FUTURE_AUX:
                return ModalityReading("future", "future tense", low)
            if c.dep_ == "neg" and low in NEGATIONS and i <= 1 and not _contrastive(c, t) and not (
                i == 1 and t.lemma_.lower() in DETAIL_VERBS
            ):
                return ModalityReading("denied", "negated", low)
        lemma = t.lemma_.lower()
        if i > cause_at:
            continue  # past a cause clause: the governing fear or intent is about something else
        if i > 0 and lemma in FEAR_LEMMAS:
            if _feared_toll(chain, i):
                return ModalityReading("hedged", "toll feared (deaths reported, number unsure)", t.text)
            return ModalityReading("hypothetical", "feared", t.text)
        if i > 0 and lemma in INTENT_LEMMAS and not _not_intent(t, trigger):
            return ModalityReading("future", "intended or planned", t.text)
        if i > 0 and lemma in DENY_LEMMAS and not _refused(t):
            return ModalityReading("denied", "denied by a source", t.text)
        # "the strategy used to liberate X", "they used to raid": past, whatever tag the parser gives.
        # "police used force to stop them" uses something: only "used" right before "to" is the past habit
        if (
            i > 0 and lemma == "use" and t.tag_ in ("VBN", "VBD") and chain[i - 1].dep_ == "xcomp"
            and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to"
        ):
            return ModalityReading("background", "earlier campaign ('used to')", t.text)
    # "Russia's aim is to degrade ... by destroying": an infinitive of purpose or aim ("threatened to
    # boycott taxes during a demonstration": past a setting clause, the aim is not the event's)
    for t in chain[: cause_at + 1]:
        if t.dep_ in ("xcomp", "advcl", "relcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            subj_lemmas = {s.lemma_.lower() for s in t.head.children if s.dep_ in ("nsubj", "nsubjpass")}
            if t.head.lemma_.lower() in INTENT_LEMMAS | FEAR_LEMMAS or subj_lemmas & (INTENT_LEMMAS | FEAR_LEMMAS):
                return ModalityReading("future", "intended or planned", t.head.text)
    for c in trigger.children:
        if c.dep_ in ("amod", "advmod") and c.lower_ in PAST_MODIFIERS and not _same_day(c):
            return ModalityReading("background", "an earlier event", c.text)
    if trigger.pos_ in ("NOUN", "PROPN") and (marked := _commemorated(trigger)) is not None:
        return ModalityReading("background", "an event commemorated", marked.text)
    if trigger.lemma_.lower() in CAMPAIGN_LEMMAS and _ongoing(trigger):
        return ModalityReading("background", "ongoing campaign, no discrete incident", trigger.text)
    return ModalityReading("asserted", "told as having happened")


#: "earlier in the day", "earlier today": earlier the same day is the day a note or report codes
SAME_DAY = re.compile(r"^earlier\s+(?:today|tonight|this\s+(?:morning|afternoon|evening)|(?:in|on)\s+the\s+(?:same\s+)?day|that\s+(?:same\s+)?day)\b", re.IGNORECASE)


def _same_day(modifier: Token) -> bool:
    doc = modifier.doc
    return SAME_DAY.match(doc[modifier.i : min(len(doc), modifier.i + 5)].text) is not None


#: nouns of remembering: the event named under them ("the anniversary of the massacre", "in memory
#: of those killed in the blast") happened long before the text's own events
COMMEMORATION_LEMMAS = {"anniversary", "commemoration", "remembrance", "memory", "memorial", "commemorate", "mark", "observance"}


def _commemorated(trigger: Token, hops: int = 4) -> Token | None:
    """The noun of remembering the event noun hangs from through "of" ("24th anniversary of the
    massacre"), or None."""
    cur = trigger
    for _ in range(hops):
        if cur.head.i == cur.i:
            return None
        if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lemma_.lower() in COMMEMORATION_LEMMAS - {"mark", "commemorate"}:
            return cur.head.head
        if cur.dep_ in ("dobj", "obj") and cur.head.lemma_.lower() in ("commemorate", "mark") and cur.lemma_.lower() not in PROTEST_NOUNS | CALLED_PROTESTS:
            return cur.head  # "marked the massacre", "commemorated the attack"
        if cur.dep_ not in ("pobj", "prep", "compound", "amod", "nmod", "poss"):
            return None
        cur = cur.head
    return None


def _refused(t: Token) -> bool:
    """'the candidate was denied a nomination', 'a preacher denied entry': a passive "deny" that
    keeps its object withholds a thing from someone; no source denies that an event happened."""
    if t.lemma_.lower() != "deny":
        return False
    objects = [c for c in t.children if c.dep_ in ("dobj", "obj")]
    if any(c.lemma_.lower() in WITHHELD for c in objects):
        return True  # "preacher denied entry to Kenya": a headline drops the passive's "was"
    passive = t.tag_ == "VBN" and (t.dep_ in ("acl", "relcl") or any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children))
    return passive and bool(objects)


#: what is denied to someone, not denied to have happened ("denied entry", "denied them access")
WITHHELD = {"entry", "access", "bail", "permission", "passage", "admission", "visa", "nomination", "ticket", "treatment", "burial"}


def _not_intent(t: Token, trigger: Token) -> bool:
    """Intent words that plan nothing here: a protest that demands or urges something does the
    demanding ("a protest demanding better prices"); a bandh or strike called is itself the protest
    ("called a bandh to protest"); "wanted for attacks" and "a protest aimed against" are no aims."""
    lemma = t.lemma_.lower()
    if lemma in VOICE_LEMMAS and trigger.lemma_.lower() in PROTEST_NOUNS:
        return True
    if lemma in VOICE_LEMMAS and trigger.head.i == t.i and trigger.dep_ in ("nsubj", "npadvmod"):
        return True  # "Students riot, demanding the principal's removal": the riot does the demanding
    if _plans_something_else(t, trigger):
        return True
    if _done_before(t, trigger):
        return True
    if lemma == "call" and any(c.dep_ in ("dobj", "obj", "oprd") and c.lemma_.lower() in CALLED_PROTESTS for c in t.children):
        return True
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    if lemma == "want" and (any(c.dep_ == "prep" and c.lower_ == "for" for c in t.children) or (nxt is not None and nxt.lower_ == "for")):
        return True  # "a suspect wanted for attacks": sought by the police, however the parse hangs "for"
    return lemma in ("want", "aim") and t.tag_ == "VBN"


#: auxiliaries of a clause told in the past ("was attacked", "had stormed")
PAST_AUX = {"was", "were", "had"}
#: marks that end a clause told on its own before the next ("..., the attackers demanded")
CLAUSE_BREAKS = {",", ";", "--", "\u2013", "\u2014"}


def _done_before(t: Token, trigger: Token) -> bool:
    """'A candidate was attacked at her home, the attackers demanded that she quit': the small
    parser hangs a finished clause told first as the complement of the demand that follows it.
    A clause in the past tense, ended by a comma or semicolon before the intent word, tells what
    happened; the demand is about something else ('that she quit'), not a plan of the event."""
    clause = next((c for c in t.children if c.dep_ in ("ccomp", "advcl", "parataxis") and c.i < t.i and c.left_edge.i <= trigger.i <= c.right_edge.i), None)
    if clause is None or not any(x.text in CLAUSE_BREAKS for x in t.doc[clause.right_edge.i + 1 : t.i]):
        return False
    return clause.tag_ == "VBD" or (clause.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lower_ in PAST_AUX for c in clause.children))


#: trigger words that, after an intent ("intended to target soldiers"), name its aim, not an act
AIM_LEMMAS = {"target"}


def _plans_something_else(t: Token, trigger: Token) -> bool:
    """'farmers protest plans to use machines', 'an IED intended to target soldiers exploded': the
    intent has its own infinitive, an act that is no event, so the plan is what the event opposes
    or what drove it, not the event's own intent ('protesters plan to march' plans the march)."""
    return any(
        c.dep_ in ("xcomp", "acl") and (c.lemma_.lower() not in LEMMAS or c.lemma_.lower() in AIM_LEMMAS)
        and all(x.i != trigger.i for x in c.subtree)  # "plans to hold a protest" plans the protest
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in t.children
    )


def denier(trigger: Token, sent: Span) -> Token | None:
    """Who denies the event at ``trigger``: the subject of the denial verb it hangs from ("the army
    denied killing civilians" -> army), so the denial is that party's claim, not the accuser's."""
    for t in _chain(trigger, sent)[1:]:
        if t.lemma_.lower() in DENY_LEMMAS:
            return next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def _contrastive(neg: Token, head: Token) -> bool:
    """'hit Myrnohrad, not Pokrovsk': a 'not' after its verb and before a noun phrase corrects a
    detail (place, actor, day); it does not negate the event."""
    if neg.i < head.i or neg.i + 1 >= len(neg.doc):
        return False
    nxt = neg.doc[neg.i + 1]
    return nxt.pos_ in ("PROPN", "NOUN", "DET", "NUM", "ADP", "ADJ", "ADV")


def _done_without(trigger: Token) -> Token | None:
    """Round 20c: 'helicopters flew over the town without engaging the militants', 'troops patrolled
    without firing a shot': an act under "without" is one that did not happen. The "without", when
    the trigger is the gerund under it or that gerund's object; else None."""
    verb = trigger.head if trigger.dep_ in ("dobj", "obj") and trigger.head.tag_ == "VBG" else trigger
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "without":
        return verb.head
    return None


def _ongoing(trigger: Token) -> bool:
    """'the battle for X rages', 'forces are battling', 'the battle began': a campaign, not an incident."""
    if trigger.pos_ == "VERB":
        progressive = trigger.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in trigger.children)
        # Round 20c: "villagers battle police in Kisii": a headline's present with the other side as
        # its object tells one encounter, as the simple past would; "rebels fight on" stays a campaign
        opponent = any(c.dep_ in ("dobj", "obj") for c in trigger.children)
        present = trigger.tag_ in ("VBP", "VBZ") and not opponent
        return progressive or present
    head = trigger.head
    if _broke_out(trigger, head) or _went_on_between(trigger, head):
        return False
    if trigger.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in ONGOING_VERBS:
        return True
    # "the battle for Mosul", "the war against the rebels" are campaigns; "a fight over water arose"
    # tells what one fight was about
    if any(c.dep_ == "prep" and c.lower_ in ("for", "against") for c in trigger.children) and trigger.dep_ in ("nsubj", "pobj", "dobj", "ROOT"):
        return True
    return head.lemma_.lower() in ONGOING_VERBS


def _went_on_between(trigger: Token, head: Token) -> bool:
    """'heavy fighting continued between the KIA and the army in Hpakant': fighting told in the
    simple past between two sides it names is that day's fight, wherever it began; "the battle
    for X continues" (no sides, or the present) stays a campaign."""
    return (
        trigger.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in ONGOING_VERBS and head.tag_ == "VBD"
        and any(c.dep_ == "prep" and c.lower_ == "between" for v in (trigger, head) for c in v.children)
    )


def _broke_out(trigger: Token, head: Token) -> bool:
    """'renewed fighting began on Monday': fighting that began, told in the simple past, is an
    incident starting, not a campaign going on; a battle for a place that began stays one."""
    return (
        trigger.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in START_VERBS and head.tag_ == "VBD"
        and not any(c.dep_ == "prep" and c.lower_ in ("for", "against", "over") for c in trigger.children)
    )


def find_hedge(text: str) -> str | None:
    """The first hedge word in a piece of text, as written, or None."""
    low = text.lower()
    best: tuple[int, str] | None = None
    for h in HEDGE_WORDS:
        i = low.find(h)
        if i >= 0 and (best is None or i < best[0]):
            best = (i, text[i : i + len(h)])
    return best[1] if best else None


#: verbs whose infinitive is only meant, not done ("prepared to burn tyres", "threatened to storm
#: the office"); "try" and "attempt" stay out: an attempt is an act
UNDONE_LEMMAS = {"plan", "intend", "prepare", "vow", "threaten", "want", "pledge", "promise", "hope"}


def unrealised(tokens: Iterable[Token]) -> set[int]:
    """Token indices of acts a text tells only as meant or open: the infinitive of a verb of intent
    ("the crowd prepared to burn tyres but was stopped") and a clause opened by "if" or "whether"
    ("nobody could say whether the crowd turned violent"). A riot cue there is no violence done
    (ACLED types a demonstration by what its people did)."""
    found: set[int] = set()
    for t in tokens:
        if t.pos_ == "VERB" and t.lemma_.lower() in UNDONE_LEMMAS:
            for c in t.children:
                if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                    found |= {x.i for x in c.subtree}
        elif t.dep_ == "mark" and t.lower_ in ("if", "whether") and t.head.i != t.i:
            found |= {x.i for x in t.head.subtree}
    return found
