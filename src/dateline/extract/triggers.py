"""Event triggers: words that announce an event, typed with the ACLED sub-event taxonomy.

A trigger is found by lemma, then refined by what the sentence says around it (an air strike
needs aircraft or an aerial word; a territory change needs a capture verb, and who captures
decides between "Government regains territory" and "Non-state actor overtakes territory").
Each trigger keeps the word(s) that decided its type, so typing is explainable.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

# lemma -> (sub-event type, strength 0..1). Strength orders triggers competing in one sentence.
LEMMAS: dict[str, tuple[str, float]] = {
    # Battles
    "clash": ("Armed clash", 0.8), "fight": ("Armed clash", 0.6), "fighting": ("Armed clash", 0.6),
    "battle": ("Armed clash", 0.5), "firefight": ("Armed clash", 0.85), "gunfight": ("Armed clash", 0.85),
    "skirmish": ("Armed clash", 0.8), "repel": ("Armed clash", 0.85), "repulse": ("Armed clash", 0.85),
    "ambush": ("Armed clash", 0.8), "engage": ("Armed clash", 0.5), "offensive": ("Armed clash", 0.4),
    "retake": ("Government regains territory", 0.95), "recapture": ("Government regains territory", 0.95),
    "regain": ("Government regains territory", 0.9), "liberate": ("Government regains territory", 0.9),
    "capture": ("Non-state actor overtakes territory", 0.8), "seize": ("Non-state actor overtakes territory", 0.75),
    "overrun": ("Non-state actor overtakes territory", 0.9), "storm": ("Armed clash", 0.7),
    "besiege": ("Armed clash", 0.4), "siege": ("Armed clash", 0.4),
    "fire": ("Armed clash", 0.45), "gunfire": ("Armed clash", 0.55), "shooting": ("Armed clash", 0.5),
    "disperse": ("Protest with intervention", 0.7), "tear gas": ("Protest with intervention", 0.75),
    # Explosions/Remote violence
    "airstrike": ("Air/drone strike", 0.95), "air strike": ("Air/drone strike", 0.95),
    "air raid": ("Air/drone strike", 0.95), "bomb": ("Air/drone strike", 0.5), "bombing": ("Air/drone strike", 0.5),
    "bombard": ("Shelling/artillery/missile attack", 0.8), "bombardment": ("Shelling/artillery/missile attack", 0.8),
    "strike": ("Air/drone strike", 0.6), "raid": ("Armed clash", 0.5),
    "shell": ("Shelling/artillery/missile attack", 0.85), "shelling": ("Shelling/artillery/missile attack", 0.85),
    "mortar": ("Shelling/artillery/missile attack", 0.8), "rocket": ("Shelling/artillery/missile attack", 0.7),
    "missile": ("Shelling/artillery/missile attack", 0.7), "artillery": ("Shelling/artillery/missile attack", 0.7),
    "explosion": ("Remote explosive/landmine/IED", 0.7), "blast": ("Remote explosive/landmine/IED", 0.7),
    "explode": ("Remote explosive/landmine/IED", 0.7), "detonate": ("Remote explosive/landmine/IED", 0.75),
    "ied": ("Remote explosive/landmine/IED", 0.9), "landmine": ("Remote explosive/landmine/IED", 0.9),
    "mine": ("Remote explosive/landmine/IED", 0.5), "grenade": ("Grenade", 0.9),
    "bomber": ("Remote explosive/landmine/IED", 0.6), "car bomb": ("Remote explosive/landmine/IED", 0.9),
    "chlorine": ("Chemical weapon", 0.8), "sarin": ("Chemical weapon", 0.9),
    # Violence against civilians
    "massacre": ("Attack", 0.8), "slaughter": ("Attack", 0.7), "execute": ("Attack", 0.75),
    "behead": ("Attack", 0.85), "kill": ("Attack", 0.45), "murder": ("Attack", 0.6), "shoot": ("Attack", 0.5),
    "stab": ("Attack", 0.6), "attack": ("Armed clash", 0.55), "assault": ("Armed clash", 0.5),
    "abduct": ("Abduction/forced disappearance", 0.9), "kidnap": ("Abduction/forced disappearance", 0.9),
    "abduction": ("Abduction/forced disappearance", 0.9), "kidnapping": ("Abduction/forced disappearance", 0.9),
    "rape": ("Sexual violence", 0.9),
    # Protests and riots
    "protest": ("Peaceful protest", 0.7), "demonstrate": ("Peaceful protest", 0.7),
    "demonstration": ("Peaceful protest", 0.7), "rally": ("Peaceful protest", 0.5), "march": ("Peaceful protest", 0.3),
    "riot": ("Violent demonstration", 0.8), "lynch": ("Mob violence", 0.85),
    # Strategic developments
    "arrest": ("Arrests", 0.8), "detain": ("Arrests", 0.7),
    "ceasefire": ("Agreement", 0.6), "truce": ("Agreement", 0.6),
    "loot": ("Looting/property destruction", 0.8), "torch": ("Looting/property destruction", 0.6),
    "defuse": ("Disrupted weapons use", 0.85), "intercept": ("Disrupted weapons use", 0.6),
}

MONTH_LIKE = {"march", "may"}
NAME_ENTS = {"ORG", "PERSON", "GPE", "LOC", "FAC", "WORK_OF_ART", "PRODUCT", "DATE", "LAW"}
AIR_WORDS = {
    "air", "aerial", "aircraft", "jet", "jets", "warplane", "warplanes", "bomber", "bombers", "helicopter",
    "helicopters", "drone", "drones", "airstrike", "airstrikes", "sukhoi", "su-35s", "su-34", "gunship",
    "air force", "airforce", "plane", "planes", "fighter jet", "fighter jets", "warjets",
}
GROUND_BOMB_WORDS = {"car", "truck", "vehicle", "roadside", "planted", "ied", "ieds", "device", "motorcycle", "parked", "landmine", "booby", "magnetic", "sticky"}
SHELL_WORDS = {"artillery", "mortar", "mortars", "rocket", "rockets", "missile", "missiles", "shell", "shells", "howitzer"}
SUICIDE_WORDS = {"suicide"}
ANAPHORIC_HEADS = {"clash", "attack", "strike", "raid", "fighting", "battle", "blast", "explosion", "assault", "operation", "bombing", "ambush"}
CAPTURE_OBJECTS = {"control", "village", "town", "city", "area", "mountain", "hill", "district", "base", "checkpoint", "airport", "neighbourhood", "neighborhood", "road", "positions", "position"}
STRATEGIC_OBJECTS_NOT_PLACES = {"weapons", "arms", "ammunition", "drugs", "vehicle", "vehicles", "cash"}


@dataclass(frozen=True)
class Trigger:
    sub_event_type: str
    strength: float
    token: int  # index of the head token in the Doc
    start: int  # token span of the trigger words (Doc indices)
    end: int
    decided_by: str  # the word(s) that decided the sub-type
    anaphoric: bool  # "the clashes", "during the attack": refers back to an event already told
    casualty_only: bool  # a death/killing verb with no event noun of its own


# Past forms the small model's lemmatizer leaves alone (it has no entry for "retook").
IRREGULAR = {
    "retook": "retake", "retaken": "retake", "overran": "overrun", "fought": "fight", "shot": "shoot",
    "struck": "strike", "stricken": "strike", "slew": "slay", "slain": "slay", "blew": "blow",
    "took": "take", "besieged": "besiege", "ambushed": "ambush", "shelled": "shell",
}


def _lemma(tok: Token) -> str:
    low = tok.lower_
    return IRREGULAR.get(low) or tok.lemma_.lower()


def _window(sent: Span) -> set[str]:
    words = {t.lower_ for t in sent}
    lowered = sent.text.lower()
    for pair in ("air force", "fighter jet", "fighter jets"):
        if pair in lowered:
            words.add(pair)
    return words


def find_triggers(sent: Span) -> list[Trigger]:
    """Triggers in one sentence, each typed; the caller picks and groups them."""
    words = _window(sent)
    doc = sent.doc
    out: list[Trigger] = []
    skip: set[int] = set()
    for tok in sent:
        if tok.i in skip:
            continue
        lemma = _lemma(tok)
        nxt = doc[tok.i + 1] if tok.i + 1 < sent.end else None
        two = f"{lemma} {_lemma(nxt)}" if nxt is not None else ""
        key = two if two in LEMMAS else lemma
        if key not in LEMMAS:
            continue
        if tok.pos_ not in ("NOUN", "VERB", "PROPN") and key == lemma:
            continue
        # Words inside names and dates are not triggers ("On 2 March", "Strike Force Alpha").
        if key == lemma and (tok.ent_type_ in NAME_ENTS or (tok.is_title and tok.i > sent.start and key in MONTH_LIKE)):
            continue
        sub, strength = LEMMAS[key]
        end = tok.i + (2 if key == two else 1)
        if key == two:
            skip.add(tok.i + 1)
        decided = doc[tok.i : end].text
        sub, strength, decided = _refine(tok, key, sub, strength, decided, words, sent)
        if not sub:
            continue
        out.append(
            Trigger(
                sub_event_type=sub,
                strength=strength,
                token=tok.i,
                start=tok.i,
                end=end,
                decided_by=decided,
                anaphoric=_is_anaphoric(tok),
                casualty_only=lemma in {"kill", "die"},
            )
        )
    return out


def _refine(tok: Token, key: str, sub: str, strength: float, decided: str, words: set[str], sent: Span) -> tuple[str, float, str]:
    lemma = key
    if lemma in ("strike", "bomb", "bombing", "raid", "bomber"):
        if lemma == "strike" and words & {"workers", "worker", "general", "hunger", "union", "unions", "labour", "labor"}:
            return "Peaceful protest", 0.6, decided
        if lemma == "bomber" and not words & SUICIDE_WORDS:
            return "", 0.0, decided  # "strategic bombers" are aircraft, not an event
        # A suicide attack or a bomb on the ground outranks aircraft named elsewhere in the sentence.
        if words & SUICIDE_WORDS:
            return "Suicide bomb", 0.9, f"{decided} + suicide"
        ground = sorted(words & GROUND_BOMB_WORDS)
        if ground and lemma in ("bomb", "bombing", "bomber"):
            return "Remote explosive/landmine/IED", 0.85, f"{decided} + {ground[0]}"
        air = sorted(words & AIR_WORDS)
        if air:
            return "Air/drone strike", 0.9, f"{decided} + {air[0]}"
        shell = sorted(words & SHELL_WORDS)
        if shell and lemma == "strike":
            return "Shelling/artillery/missile attack", 0.8, f"{decided} + {shell[0]}"
        if lemma in ("bomb", "bombing"):
            return "Remote explosive/landmine/IED", 0.6, decided
        if lemma == "raid":
            return "Armed clash", 0.5, decided
        return "Air/drone strike", 0.5, decided
    if lemma in ("explosion", "blast", "explode", "detonate", "blow") and words & SUICIDE_WORDS:
        return "Suicide bomb", 0.9, f"{decided} + suicide"
    if lemma in ("capture", "seize", "retake", "recapture", "regain", "liberate", "overrun"):
        objects = {c.lower_ for c in tok.children if c.dep_ in ("dobj", "obj", "prep", "dative")}
        obj_words = {t.lower_ for c in tok.children if c.dep_ in ("dobj", "obj") for t in c.subtree}
        if obj_words & STRATEGIC_OBJECTS_NOT_PLACES and not (obj_words & CAPTURE_OBJECTS):
            return "Disrupted weapons use", 0.6, decided
        if lemma in ("capture", "seize") and not (obj_words & CAPTURE_OBJECTS) and not _has_propn(obj_words, tok):
            return "", 0.0, decided
        del objects
        # Who captures decides the sub-type; the caller re-types with the actor when it knows it.
        return sub, strength, decided
    if lemma == "attack":
        return "Armed clash", strength, decided
    if lemma == "fire":
        if tok.pos_ != "VERB" and not any(c.lower_ == "opened" for c in [tok.head]):
            return "", 0.0, decided  # "a fire broke out": not gunfire
        shell = sorted(words & SHELL_WORDS)
        if shell:
            return "Shelling/artillery/missile attack", 0.8, f"{decided} + {shell[0]}"
    return sub, strength, decided


def _has_propn(obj_words: set[str], tok: Token) -> bool:
    return any(t.pos_ == "PROPN" for c in tok.children if c.dep_ in ("dobj", "obj") for t in c.subtree)


def _is_anaphoric(tok: Token) -> bool:
    """A definite event noun ('the clashes', 'during the attack') points back to a told event."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in ANAPHORIC_HEADS:
        return False
    has_the = any(c.lower_ in ("the", "this", "that", "these", "those") for c in tok.lefts)
    under_during = tok.head.lower_ in ("during", "in", "after", "amid", "of", "since", "before") and tok.dep_ == "pobj"
    return has_the and (under_during or tok.dep_ in ("pobj", "nsubj", "dobj"))


STATE_REGAIN = "Government regains territory"
NONSTATE_TAKE = "Non-state actor overtakes territory"


def retype_territory(sub: str, actor1_inter: int | None) -> str:
    """Territory changes are typed by who takes the ground: state forces regain, others overtake."""
    if sub not in (STATE_REGAIN, NONSTATE_TAKE) or actor1_inter is None:
        return sub
    if actor1_inter == 1:
        return STATE_REGAIN
    # Foreign forces (8) keep the lexicon's reading: they may fight for or against the government.
    return NONSTATE_TAKE if actor1_inter in (2, 3, 4) else sub


LETHAL_WORDS = {"killed", "killing", "live", "ammunition", "dead", "died", "wounded", "injured"}
INTERVENTION_WORDS = {"tear", "teargas", "dispersed", "disperse", "cannon", "cannons", "rubber", "arrested", "detained", "batons", "beat", "clubs", "broke"}


def retype_by_actors(
    sub: str, inter1: int | None, inter2: int | None, civilian_victims: bool, words: set[str], *, crowd: bool = False
) -> str:
    """Refine a sub-type once the actors are known (ACLED's definitions turn on who is involved):
    force used by state forces on protesters makes a protest event; violence by an armed actor on
    civilians alone is an attack on civilians, not a battle; an 'attack' on an armed actor is a
    battle."""
    inters = {i for i in (inter1, inter2) if i is not None}
    if 6 in inters and inters & {1, 3, 8}:
        # Lethal or live fire is excessive force; tear gas and rubber bullets are an intervention.
        opened_fire = {"opened", "fire"} <= words or "shot" in words
        if words & LETHAL_WORDS or (opened_fire and not words & {"tear", "rubber", "teargas"}):
            return "Excessive force against protesters"
        if words & INTERVENTION_WORDS or sub in ("Peaceful protest", "Arrests"):
            return "Protest with intervention"
    if crowd and sub in ("Armed clash", "Attack"):
        # supporters, fans or rioters fighting: a riot, violent against police or troops, else mob violence
        return "Violent demonstration" if inters & {1, 8} else "Mob violence"
    if sub == "Attack" and inter2 is not None and inter2 != 7:
        return "Armed clash"
    if sub == "Armed clash" and inter1 not in (7, None) and (inter2 == 7 or (inter2 is None and civilian_victims)):
        return "Attack"
    return sub
