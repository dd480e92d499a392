"""Event triggers: words that announce an event, typed with the ACLED sub-event taxonomy.

A trigger is found by lemma, then refined by what the sentence says around it (an air strike
needs aircraft or an aerial word; a territory change needs a capture verb, and who captures
decides between "Government regains territory" and "Non-state actor overtakes territory").
Each trigger keeps the word(s) that decided its type, so typing is explainable.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import DEP, LEMMA, LOWER, POS
from spacy.parts_of_speech import AUX, VERB
from spacy.tokens import Doc, Span, Token

from dateline.nlp.model import (
    column,
    doc_ents,
    heads,
    lowers,
    per_token,
    span_text,
    span_words,
    subtree_ids,
    token_indices,
)

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
    "overtake": ("Non-state actor overtakes territory", 0.8),
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
    "behead": ("Attack", 0.85), "decapitate": ("Attack", 0.85), "kill": ("Attack", 0.45), "injure": ("Attack", 0.4), "wound": ("Attack", 0.4), "murder": ("Attack", 0.6), "shoot": ("Attack", 0.5),
    "stab": ("Attack", 0.6), "attack": ("Armed clash", 0.55), "assault": ("Armed clash", 0.5),
    "abduct": ("Abduction/forced disappearance", 0.9), "kidnap": ("Abduction/forced disappearance", 0.9),
    "abduction": ("Abduction/forced disappearance", 0.9), "kidnapping": ("Abduction/forced disappearance", 0.9),
    "rape": ("Sexual violence", 0.9),
    # Protests and riots
    "protest": ("Peaceful protest", 0.7), "demonstrate": ("Peaceful protest", 0.7),
    "demonstration": ("Peaceful protest", 0.7), "rally": ("Peaceful protest", 0.5), "march": ("Peaceful protest", 0.3),
    # the short word the press uses for a demonstration ("held their demos peacefully")
    "demo": ("Peaceful protest", 0.6),
    "riot": ("Violent demonstration", 0.8), "lynch": ("Mob violence", 0.85),
    # Strategic developments
    "arrest": ("Arrests", 0.8), "detain": ("Arrests", 0.7),
    "ceasefire": ("Agreement", 0.6), "truce": ("Agreement", 0.6),
    "loot": ("Looting/property destruction", 0.8), "torch": ("Looting/property destruction", 0.6),
    "defuse": ("Disrupted weapons use", 0.85), "intercept": ("Disrupted weapons use", 0.6),
    # Added lexicon (ACLED sub-type definitions, our word lists). Battles
    "shootout": ("Armed clash", 0.85), "crossfire": ("Armed clash", 0.7), "confront": ("Armed clash", 0.5),
    "confrontation": ("Armed clash", 0.5), "exchange fire": ("Armed clash", 0.85), "trade fire": ("Armed clash", 0.85),
    "counterattack": ("Armed clash", 0.7), "encounter": ("Armed clash", 0.6), "infighting": ("Armed clash", 0.7),
    "retreat": ("Non-violent transfer of territory", 0.35),
    # Violence against civilians
    "gun": ("Attack", 0.7), "torture": ("Attack", 0.8), "beat": ("Attack", 0.55), "assassinate": ("Attack", 0.85),
    "assassination": ("Attack", 0.85), "hack": ("Attack", 0.7), "maim": ("Attack", 0.6), "killing": ("Attack", 0.45),
    "harass": ("Attack", 0.4), "whip": ("Attack", 0.6), "flog": ("Attack", 0.6),
    # more English verbs of beating someone, and of blowing a thing up with explosives
    "clobber": ("Attack", 0.6), "bludgeon": ("Attack", 0.6), "manhandle": ("Attack", 0.45), "rough up": ("Attack", 0.5),
    "blow up": ("Remote explosive/landmine/IED", 0.6), "go off": ("Remote explosive/landmine/IED", 0.6),
    "hostage": ("Abduction/forced disappearance", 0.5), "disappear": ("Abduction/forced disappearance", 0.4),
    "defile": ("Sexual violence", 0.85), "sexual assault": ("Sexual violence", 0.9), "gang rape": ("Sexual violence", 0.95),
    "molest": ("Sexual violence", 0.8),
    # Protests (general strikes, shutdowns, sit-ins and blockades by civilians are demonstrations)
    "hartal": ("Peaceful protest", 0.75), "bandh": ("Peaceful protest", 0.75), "dharna": ("Peaceful protest", 0.75),
    "gherao": ("Peaceful protest", 0.75), "agitation": ("Peaceful protest", 0.55), "agitate": ("Peaceful protest", 0.55),
    "picket": ("Peaceful protest", 0.6), "boycott": ("Peaceful protest", 0.45), "blockade": ("Peaceful protest", 0.5),
    "sit": ("Peaceful protest", 0.0), "hunger strike": ("Peaceful protest", 0.8), "walkout": ("Peaceful protest", 0.5),
    "procession": ("Peaceful protest", 0.35), "shutdown": ("Peaceful protest", 0.45), "protester": ("Peaceful protest", 0.4),
    "demonstrator": ("Peaceful protest", 0.4), "protestor": ("Peaceful protest", 0.4),
    # a line of people holding hands in a public place: a common protest form in South Asia
    "human chain": ("Peaceful protest", 0.7), "sit-in": ("Peaceful protest", 0.7),
    # a public fast kept or observed: a protest form of the South Asian press ("observed a fast")
    "fast": ("Peaceful protest", 0.0),
    # forces on the move (ACLED: change to group/activity), only with an armed actor named
    "move": ("Change to group/activity", 0.0), "enter": ("Change to group/activity", 0.0),
    "spot": ("Change to group/activity", 0.0), "sight": ("Change to group/activity", 0.0), "infiltrate": ("Change to group/activity", 0.0),
    "amass": ("Change to group/activity", 0.0), "beef": ("Change to group/activity", 0.0),
    # forces changing sides: only when the subject is a force and (for "join") the object an armed group
    "switch side": ("Change to group/activity", 0.0), "join": ("Change to group/activity", 0.0),
    # armed men taking a place over with no fight told (ACLED: non-violent transfer of territory)
    "take over": ("Non-violent transfer of territory", 0.5),
    # words that need their context: "post-election violence", "speared a man", "sprayed a car with bullets"
    "violence": ("Violent demonstration", 0.0), "spear": ("Attack", 0.0), "spray": ("Attack", 0.0),
    # Round 21d (CASE): a war or feud of clans or tribes, only with its harm told ("a man died in a
    # clan war over pasture"); the words alone name a long conflict, the setting of other events
    "war": ("Armed clash", 0.0), "conflict": ("Armed clash", 0.0), "feud": ("Armed clash", 0.0),
    "warring": ("Armed clash", 0.0),
    # black flags shown to an official, slogans shouted, a fast kept in public: protest forms the
    # South Asian press reports on their own
    "black flag": ("Peaceful protest", 0.7), "shout slogan": ("Peaceful protest", 0.6),
    "raise slogan": ("Peaceful protest", 0.6), "fast unto death": ("Peaceful protest", 0.8),
    "fast-unto-death": ("Peaceful protest", 0.8), "relay fast": ("Peaceful protest", 0.75),
    # people in numbers demanding, or gathering to demand, something: a demonstration
    "demand": ("Peaceful protest", 0.0), "gather": ("Peaceful protest", 0.0), "flock": ("Peaceful protest", 0.0), "converge": ("Peaceful protest", 0.0),
    "throng": ("Peaceful protest", 0.0), "assemble": ("Peaceful protest", 0.0),
    "street": ("Peaceful protest", 0.0),  # "took to the streets"
    # a crowd breaking up a meeting, a training or a vote (with a crowd for its subject only)
    "disrupt": ("Mob violence", 0.0),
    "rioting": ("Violent demonstration", 0.8), "rioter": ("Violent demonstration", 0.4),
    "gunbattle": ("Armed clash", 0.85), "gun battle": ("Armed clash", 0.85),
    "explosive device": ("Remote explosive/landmine/IED", 0.8), "throw": ("Violent demonstration", 0.0),
    "hurl": ("Violent demonstration", 0.0), "lob": ("Violent demonstration", 0.0),
    # Riots
    "rampage": ("Violent demonstration", 0.7), "vandalise": ("Violent demonstration", 0.7),
    "vandalize": ("Violent demonstration", 0.7), "vandalism": ("Violent demonstration", 0.7),
    "ransack": ("Violent demonstration", 0.65), "pelt": ("Violent demonstration", 0.7), "stone": ("Mob violence", 0.0),
    "cocktail": ("Violent demonstration", 0.7), "petrol bomb": ("Violent demonstration", 0.75),
    "lathicharge": ("Protest with intervention", 0.8), "lathi": ("Protest with intervention", 0.0),
    "baton": ("Protest with intervention", 0.0), "water cannon": ("Protest with intervention", 0.75),
    "teargas": ("Protest with intervention", 0.75), "mob": ("Mob violence", 0.5), "vigilante": ("Mob violence", 0.5),
    # Strategic developments
    "burn": ("Looting/property destruction", 0.45), "set fire": ("Looting/property destruction", 0.6),
    "set ablaze": ("Looting/property destruction", 0.6), "set afire": ("Looting/property destruction", 0.6),
    "set alight": ("Looting/property destruction", 0.6), "raze": ("Looting/property destruction", 0.6),
    "demolish": ("Looting/property destruction", 0.5), "destroy": ("Looting/property destruction", 0.35),
    "damage": ("Looting/property destruction", 0.0),
    # windows and doors broken by a crowd; acid thrown or poured on people (an attack on civilians)
    "smash": ("Looting/property destruction", 0.5), "shatter": ("Looting/property destruction", 0.45),
    "acid": ("Attack", 0.6),
    # cattle rustling: a raid on herders for their livestock, an attack like livestock stolen (see _refine)
    "rustling": ("Attack", 0.5), "rustle": ("Attack", 0.5),
    "plunder": ("Looting/property destruction", 0.7), "steal": ("Looting/property destruction", 0.4),
    "arson": ("Looting/property destruction", 0.6),
    "apprehend": ("Arrests", 0.7), "round": ("Arrests", 0.0), "custody": ("Arrests", 0.3), "nab": ("Arrests", 0.6),
    "peace deal": ("Agreement", 0.8), "peace agreement": ("Agreement", 0.8), "peace accord": ("Agreement", 0.8),
    "prisoner exchange": ("Agreement", 0.8), "prisoner swap": ("Agreement", 0.8), "agreement": ("Agreement", 0.0),
    "accord": ("Agreement", 0.0), "sign": ("Agreement", 0.0), "agree": ("Agreement", 0.0),
    # Round 21: fighters who give themselves up to a force settle with it: ACLED's codebook lists
    # surrenders among agreements, not as a change of the group's activity
    "surrender": ("Agreement", 0.55), "deploy": ("Change to group/activity", 0.45),
    "deployment": ("Change to group/activity", 0.45), "recruit": ("Change to group/activity", 0.5),
    "recruitment": ("Change to group/activity", 0.5), "mobilize": ("Change to group/activity", 0.45),
    "mobilise": ("Change to group/activity", 0.45), "defect": ("Change to group/activity", 0.5),
    "disband": ("Change to group/activity", 0.5), "reinforcement": ("Change to group/activity", 0.45),
    "headquarters": ("Headquarters or base established", 0.0), "base": ("Headquarters or base established", 0.0),
    "withdraw": ("Non-violent transfer of territory", 0.4), "withdrawal": ("Non-violent transfer of territory", 0.4),
    "hand over": ("Non-violent transfer of territory", 0.0), "handover": ("Non-violent transfer of territory", 0.0),
    "foil": ("Disrupted weapons use", 0.6), "thwart": ("Disrupted weapons use", 0.6),
    "confiscate": ("Disrupted weapons use", 0.0), "recover": ("Disrupted weapons use", 0.0),
    "seizure": ("Disrupted weapons use", 0.0), "cache": ("Disrupted weapons use", 0.5),
    "curfew": ("Other", 0.4),
    # people arming themselves with no act of violence told: a development ACLED records (other)
    "arm themselves": ("Other", 0.35), "arm itself": ("Other", 0.35),
    # a road blocked by people is a demonstration (ACLED); a bomb found and made safe is disrupted use
    "block": ("Peaceful protest", 0.0), "barricade": ("Peaceful protest", 0.0),
    "dismantle": ("Disrupted weapons use", 0.0), "discover": ("Disrupted weapons use", 0.0),
    # a body found or dumped with no act told: ACLED codes a killing known only by its victim as an
    # attack by an unidentified group (accidents, disasters and plain crime still overrule it)
    "find dead": ("Attack", 0.4), "body": ("Attack", 0.0), "corpse": ("Attack", 0.0),
    # "troops targeted border posts", "an IED targets a convoy": an aim taken by an armed side or
    # a weapon (see _targeting); aimed by anyone else ("a campaign targeting voters") it is no event
    "target": ("Armed clash", 0.0),
    # "drove over a buried explosive", "an explosive planted on the road": see _laid_explosive
    "explosive": ("Remote explosive/landmine/IED", 0.0),
    # "thrashed the polling agents": the South Asian press's word for a beating
    "thrash": ("Attack", 0.55),
    # Round 20c: a crowd forcing its way into a building (see _refine)
    "force": ("Violent demonstration", 0.0),
    # Round 20c: a vehicle taken by armed men: an abduction when people are taken with it (see _refine)
    "hijack": ("Abduction/forced disappearance", 0.0),
}

# Words that make a trigger of strength 0 count (the word alone is too common to type an event).
ARMS_WORDS = {"weapons", "weapon", "arms", "ammunition", "explosives", "explosive", "rifles", "guns", "grenades", "bombs", "ieds", "mines", "rounds", "cache", "firearms", "pistols"}
PEACE_WORDS = {"peace", "ceasefire", "truce", "cease-fire", "hostilities", "prisoners", "disarmament", "demobilization"}
TERRITORY_WORDS = {"control", "territory", "area", "town", "village", "district", "region", "city", "positions", "base", "checkpoint"}
PROTEST_CONTEXT = {
    "protest", "protests", "protesters", "protestors", "demonstrators", "demonstration", "demonstrations", "protesting",
    "hartal", "bandh", "blockade", "rally", "marchers", "sit-in", "agitation", "agitators", "picketers",
    "blockaders", "protested", "demonstrated", "strikers",
    "picket", "picketing", "pickets", "dharna", "gherao", "procession", "marched", "demo", "demos",
}
RIOT_CUES = {
    "stones", "stone", "rocks", "pelted", "pelting", "stoned", "barricaded", "barricades", "barricade", "bonfires",
    "tyres", "tires", "torched", "vandalised", "vandalized", "looted", "burnt", "burned", "smashed", "violent",
    "violently", "rampage", "clashed", "clashes", "rioted", "rioting", "riot", "cocktails", "ransacked", "damaged",
    "destroyed", "blocked", "blocking", "block", "set", "petrol", "hostage", "attacked", "beat", "injuring",
}
ACCIDENT_WORDS = {
    "accident", "accidents", "crash", "crashed", "collision", "collided", "capsized", "capsize", "derailed",
    "stampede", "cylinder", "boiler", "leak", "short-circuit", "accidental", "accidentally", "fireworks", "firecracker",
    "firecrackers", "collapsed", "collapse", "blaze", "electrocuted", "drowned",
}
DISASTER_WORDS = {
    "earthquake", "quake", "flood", "floods", "flooding", "landslide", "landslides", "cyclone", "typhoon", "hurricane",
    "storm", "tornado", "drought", "tsunami", "avalanche", "lightning", "wildfire", "mudslide", "heatwave", "eruption",
}
CRIME_WORDS = {
    "robbery", "robbers", "robbed", "burglary", "burglars", "theft", "carjacking", "smuggling", "smugglers",
    "trafficking", "traffickers", "narcotics", "drug", "drugs", "heist", "fraud", "poachers", "poaching", "cartel",
    "extortion", "mugging", "muggers",
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
ANAPHORIC_HEADS = {
    "clash", "attack", "strike", "raid", "fighting", "battle", "blast", "explosion", "assault", "operation", "bombing", "ambush",
    # "the protesters lit bonfires": a crowd or protest already told, doing more
    "protest", "demonstration", "protester", "demonstrator", "protestor",
}
CAPTURE_OBJECTS = {"control", "village", "town", "city", "area", "mountain", "hill", "district", "base", "checkpoint", "airport", "neighbourhood", "neighborhood", "road", "positions", "position"}
#: armed people: a place they storm is attacked, whatever they demand
ARMED_GROUP_WORDS = {"gunmen", "militants", "militia", "fighters", "rebels", "insurgents", "bandits", "raiders", "armed", "attackers", "terrorists"}
#: herd animals: stolen, they make a raid on herders, not a theft of goods
LIVESTOCK_WORDS = {"cattle", "cows", "bulls", "goats", "sheep", "camels", "donkeys", "livestock", "herd", "herds", "shoats"}
STRATEGIC_OBJECTS_NOT_PLACES = {
    "weapons", "arms", "ammunition", "drugs", "vehicle", "vehicles", "cash", "explosive", "explosives", "bombs",
    "grenades", "ieds", "detonators",
}


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
    "raped": "rape", "rapes": "rape", "raping": "rape",
    "overtook": "overtake", "overtaken": "overtake",
    # the tagger may read "demos" as a name, which keeps the plural as its lemma
    "demos": "demo",
    # the gunfire noun ("resorted to unprovoked firing", "cross-border firing"): no blaze of its own
    "firing": "fire",
}


# Verbs that only tell a toll ("were killed", "were wounded"): the event itself may be named apart.
CASUALTY_LEMMAS = {"kill", "die", "injure", "wound"}
# a body found tells a death the same way: the event, when told, is named apart
BODY_KEYS = {"find dead", "body", "corpse"}


def _lemma(tok: Token) -> str:
    low = tok.lower_
    found = IRREGULAR.get(low) or tok.lemma_.lower()
    if found not in _FIRST_WORDS and (alt := written_for(low, written_lower=tok.text == low)) is not None:
        return alt  # "staged a protested", "demonstated": the trigger the word as written stands for
    return found


# --- words written for a trigger: a form the tagger misread, a misspelling -------------------
# A misspelt word is matched only when it is this long, is written in lower case (names are
# capitalised) and is no word of the model's lexicon: "protected" is one edit from "protested",
# "attached" from "attacked", and both are words of their own.
MISSPELT_MIN = 6


def _forms(lemma: str) -> set[str]:
    """Regular English forms of a one-word trigger lemma."""
    vowels = "aeiou"
    if lemma.endswith(("s", "x", "z", "ch", "sh", "o")):
        out = {lemma, lemma + "es", lemma + "ed", lemma + "ing"}
    elif len(lemma) > 1 and lemma[-1] == "y" and lemma[-2] not in vowels:
        out = {lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith("ee"):
        out = {lemma, lemma + "s", lemma + "d", lemma + "ing"}
    elif lemma.endswith("e"):
        out = {lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    else:
        out = {lemma, lemma + "s", lemma + "ed", lemma + "ing"}
    if len(lemma) > 2 and lemma[-1] not in vowels + "wxy" and lemma[-2] in vowels and lemma[-3] not in vowels:
        out |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # "shelled", "targetted"
    return out


@lru_cache(maxsize=1)
def _trigger_forms() -> tuple[dict[str, str], dict[str, set[str]]]:
    """form -> trigger lemma (forms of two lemmas left out), and the one-letter deletions of the
    forms long enough to be misspelt -> the forms they come from."""
    seen: dict[str, set[str]] = {}
    for key in LEMMAS:
        if " " not in key:
            for f in _forms(key):
                seen.setdefault(f, set()).add(key)
    for form, lem in IRREGULAR.items():
        seen.setdefault(form, set()).add(lem)
    forms = {f: next(iter(lems)) for f, lems in seen.items() if len(lems) == 1}
    deletions: dict[str, set[str]] = {}
    for f in forms:
        if len(f) >= MISSPELT_MIN - 1:
            for i in range(len(f)):
                deletions.setdefault(f[:i] + f[i + 1 :], set()).add(f)
    return forms, deletions


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], frozenset[str], tuple[tuple[str, str], ...]]:
    """(all lemmas, noun and adjective lemmas, noun and verb suffix rules) of the model's lemmatizer tables; empty when the
    model has none (then no word is read as a misspelling)."""
    try:
        from dateline.nlp.model import load_model

        lookups = load_model().get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
        index = lookups.get_table("lemma_index")
        rules = lookups.get_table("lemma_rules")
        exc = lookups.get_table("lemma_exc")
    except Exception:  # no lexicon: misspellings stay unread, nothing else changes
        return frozenset(), frozenset(), ()
    words: set[str] = set()
    for _pos, lemmas in index.items():
        words.update(str(x) for x in lemmas)
    # a verb form the tagger read as a noun is taken for the verb only when the lexicon has no
    # noun or adjective of that spelling ("the wounded", "the injured", "mining" are both)
    nouns = frozenset(str(x) for pos in ("noun", "adj") for x in index.get(pos, ()))
    for _pos, table in exc.items():
        for form, lems in table.items():
            words.add(str(form))
            words.update(str(x) for x in lems)
    # inflections only: the adjective rules would read "portest" as a superlative of "port"
    pairs = {(str(a), str(b)) for pos in ("noun", "verb") for a, b in rules.get(pos, ())}
    return frozenset(words), nouns, tuple(sorted(pairs))


def _known(word: str) -> bool:
    words, _nouns, rules = _lexicon()
    if word in words:
        return True
    return any(word.endswith(old) and word[: len(word) - len(old)] + new in words for old, new in rules if old)


def _one_edit(a: str, b: str) -> bool:
    """One insertion, deletion, substitution or swap of two neighbours turns ``a`` into ``b``."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


@lru_cache(maxsize=65536)
def written_for(low: str, written_lower: bool = True) -> str | None:
    """The trigger lemma a lower-cased word stands for when its own lemma is none: a regular form
    of a trigger verb the tagger read as a noun that is no noun of the lexicon ("staged a
    protested"), or, for an unknown word of MISSPELT_MIN+ letters written in lower case, the one
    trigger whose form is one edit away ("demonstated", "vandalsed")."""
    forms, deletions = _trigger_forms()
    if low in forms:
        lem = forms[low]
        return lem if lem != low and low not in _lexicon()[1] else None
    if not written_lower or len(low) < MISSPELT_MIN or not low.isalpha() or not _lexicon()[0] or _known(low):
        return None
    near: set[str] = set(deletions.get(low, ()))
    for i in range(len(low)):
        cut = low[:i] + low[i + 1 :]
        if cut in forms:
            near.add(cut)
        near.update(deletions.get(cut, ()))
    # only words that are triggers on their own: a context word ("violence") misread is too weak a cue
    lemmas = {forms[f] for f in near if _one_edit(low, f) and LEMMAS[forms[f]][1] > 0.0 and forms[f] not in CONTEXT_TRIGGERS}
    return lemmas.pop() if len(lemmas) == 1 else None


def _window(sent: Span) -> set[str]:
    words = span_words(sent.doc, sent.start, sent.end)
    lowered = span_text(sent).lower()
    for pair in ("air force", "fighter jet", "fighter jets"):
        if pair in lowered:
            words.add(pair)
    return words


_FIRST_WORDS = frozenset(k.split()[0] for k in LEMMAS)


def _opens_key(word: str) -> bool:
    """Can a token with this lemma or lower-case form open a trigger key (see :func:`_lemma`)?"""
    low = word.lower()
    return low in _FIRST_WORDS or IRREGULAR.get(low, "") in _FIRST_WORDS or written_for(low) is not None


def _opening_tokens(doc: Doc) -> list[int]:
    """Indices of the doc's tokens that can open a trigger key, by lemma or by an irregular past
    form, found once per doc: the per-token walk of :func:`find_triggers` visits only these."""
    found = doc.user_data.get("dateline_trigger_openers")
    if found is None:
        by_lemma = token_indices(doc, "trigger_lemma", LEMMA, _opens_key)
        by_form = token_indices(doc, "trigger_lower", LOWER, _opens_key)
        found = doc.user_data["dateline_trigger_openers"] = sorted(set(by_lemma) | set(by_form))
    return found


def find_triggers(sent: Span) -> list[Trigger]:
    """Triggers in one sentence, each typed; the caller picks and groups them."""
    doc = sent.doc
    openers = _opening_tokens(doc)
    lo, hi = bisect_left(openers, sent.start), bisect_left(openers, sent.end)
    if lo == hi:
        return []
    words = _window(sent)
    out: list[Trigger] = []
    skip: set[int] = set()
    for i in openers[lo:hi]:
        if i in skip:
            continue
        tok = doc[i]
        lemma = _lemma(tok)
        nxt = doc[tok.i + 1] if tok.i + 1 < sent.end else None
        two = f"{lemma} {_lemma(nxt)}" if nxt is not None else ""
        key = two if two in LEMMAS else lemma
        if key == "set" and _sets_fire(tok, sent):
            key = "set fire"  # "set an office ablaze", "set two buses on fire"
        if key == "go off" and not _device_goes_off(tok):
            continue  # "the lights went off", "he went off to work": only a device going off is a blast
        if key not in LEMMAS:
            continue
        if tok.pos_ not in ("NOUN", "VERB", "PROPN") and key == lemma and key != "fast":
            continue  # "fast" is checked on its own: the tagger often reads the protest fast as an adverb
        if key == lemma and (
            (tok.dep_ == "compound" and tok.head.lower_ in NOT_EVENT_HEADS and not _headline_verb(tok))
            or (key in ("riot", "bomb") and nxt is not None and nxt.lower_ in NOT_EVENT_HEADS)  # misparsed as a verb
        ):
            continue  # "riot police", "a bomb squad", "protest laws": the word names a kind of thing
        if key == "torch" and torch_march(tok):
            continue  # Round 20b: "a torch rally", "a torch procession": torches carried in a march burn nothing
        if tok.dep_ == "amod" and tok.tag_ == "VBN" and key == lemma and any(
            c.dep_ in ("det", "poss") and c.i < tok.i for c in tok.head.children
        ):
            continue  # "the detained journalists", "the abducted girls": a state of people, no event told
        # Words inside names and dates are not triggers ("On 2 March", "Strike Force Alpha").
        if key == lemma and key not in PROTEST_ONLY and ((tok.ent_type_ in NAME_ENTS and _in_name(tok, sent)) or (tok.is_title and tok.i > sent.start and key in MONTH_LIKE)):
            continue
        sub, strength = LEMMAS[key]
        end = tok.i + (2 if key == two else 1)
        if key == two:
            skip.add(tok.i + 1)
        else:
            end = tok.i + 1
        decided = doc[tok.i : end].text
        sub, strength, decided = _refine(tok, key, sub, strength, decided, words, sent)
        if not sub:
            continue
        if sub == "Arrests" and _courted(tok):
            # Round 20b: "party workers courted arrest": arrest offered as civil disobedience (a jail
            # bharo) is how the crowd protests, no force stepping in (ACLED: a peaceful protest)
            sub, decided = "Peaceful protest", f"{doc[tok.i - 1].text} {tok.text}"
        out.append(
            Trigger(
                sub_event_type=sub,
                strength=strength,
                token=tok.i,
                start=tok.i,
                end=end,
                decided_by=decided,
                anaphoric=_is_anaphoric(tok),
                casualty_only=lemma in CASUALTY_LEMMAS or key in BODY_KEYS,
            )
        )
    if len(out) > 1:
        # an act others are accused of is no event of the sentence when it tells another
        kept = [t for t in out if not _alleged(doc[t.token])]
        out = kept or out
    out = [t for t in out if not _spark(doc[t.token])]
    return _without_protest_causes(out, doc)


#: Round 20b: marches whose marchers carry torches ("a torch rally"): the torch names the march's kind
_TORCHLIT_MARCHES = frozenset({"rally", "procession", "march", "parade", "vigil", "walk"})

def torch_march(tok: Token) -> bool:
    """Is the torch word the kind of a march its marchers carry torches in ("a torch rally")?"""
    return tok.dep_ in ("compound", "amod", "nmod") and tok.head.lemma_.lower() in _TORCHLIT_MARCHES


#: Round 20b: the verb of offering oneself for arrest ("courted arrest", "protesters court arrest")
_COURT_WORDS = frozenset({"court", "courts", "courted", "courting"})


def _courted(tok: Token) -> bool:
    """Is the arrest word the thing courted: the word before it is a form of "court" (the parse
    reads "court" as a verb or, in a headline, as a noun)?"""
    return tok.i > tok.sent.start and tok.doc[tok.i - 1].lower_ in _COURT_WORDS


#: words that count the days of a strike or a blockade ("Day 5 of hartal", "the third day of the bandh")
_DAY_WORDS = {"day", "days", "week", "weeks"}


def day_of_strike(tok: Token, sent: Span) -> bool:
    """'On Saturday (Day 5 of hartal)': a hartal, bandh or blockade counted by its days in a
    fragment with no verb of its own dates what is told next; the fragment tells no event (read
    from the words, as the fast path may leave such a fragment unparsed). The caller drops it only
    when the next sentence tells an event of its own."""
    if tok.lower_ not in PERIOD_PROTESTS:
        return False
    doc = tok.doc
    j = tok.i - 1
    if j > sent.start and doc[j].lower_ in ("the", "a"):
        j -= 1
    if j <= sent.start or doc[j].lower_ != "of":
        return False
    before = [doc[k] for k in range(max(sent.start, j - 3), j)]
    if not any(t.lower_ in _DAY_WORDS for t in before):
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in sent)


#: verbs whose agent is what set an event off: "violence sparked by the arrest of a leader"
SPARK_LEMMAS = {"spark", "trigger", "cause", "provoke", "prompt", "fuel", "ignite"}


def _spark(tok: Token) -> bool:
    """'violence sparked by the arrest of the sect's leader', 'clashes triggered by the killing of
    an MP': the event named as what set another off came before it; it is its cause, not the event
    the sentence tells (its own report, if any, tells it)."""
    by = tok.head
    return (
        tok.dep_ == "pobj" and by.lower_ == "by" and by.dep_ == "agent"
        and by.head.lemma_.lower() in SPARK_LEMMAS and by.head.tag_ == "VBN"
    )


#: verbs and nouns of an accusation: an act named under them ("suspected of kidnapping a child",
#: "charged with attacking a chief") is alleged of someone, not the event told (blame is read apart,
#: see :mod:`dateline.extract.reference`)
ALLEGING_LEMMAS = {
    "suspect", "accuse", "charge", "want", "convict", "allege", "prosecute", "indict", "suspicion", "accusation",
}


def _in_name(tok: Token, sent: Span) -> bool:
    """Is this entity-tagged token really part of a name? The small model tags lone event words as
    names ("youths riot" as a PERSON, "Riot breaks out"): English writes names capitalised, so a
    lower-case word is none, and neither is a one-word entity that opens the sentence."""
    if not (tok.is_title or tok.is_upper):
        return False
    ent = next((e for e in doc_ents(tok.doc) if e.start <= tok.i < e.end), None)
    return not (ent is not None and len(ent) == 1 and tok.i == sent.start)


def _alleged(tok: Token) -> bool:
    """'a man suspected of kidnapping', 'accused of killing', 'charged with murder'."""
    head = tok.head
    return (
        tok.dep_ in ("pcomp", "pobj") and head.lower_ in ("of", "for", "with", "over")
        and head.head.lemma_.lower() in ALLEGING_LEMMAS and head.head.i != tok.i
    )


PROTEST_SUBS = {"Peaceful protest", "Protest with intervention"}
_CAUSE_PREPS = {"against", "over", "on", "about", "regarding", "for", "at", "after", "following"}
_CAUSE_MARKS = {"after", "because", "since", "as", "when"}


#: nouns of a reply: "in response to", "in retaliation for", "in reaction to"
REPLY_NOUNS = frozenset({"response", "retaliation", "reaction", "reprisal", "revenge"})


def _in_reply(prep: Token) -> bool:
    """Round 18b: "demonstrated in response to clashes between two clans": an "in response to"
    phrase tells what the crowd answers, its cause, not what it did."""
    return prep.lower_ == "in" and any(c.dep_ == "pobj" and c.lower_ in REPLY_NOUNS for c in prep.children)


def _without_protest_causes(found: list[Trigger], doc: Doc) -> list[Trigger]:
    """'students protested against the rape of a classmate', 'a hunger strike to protest police
    inaction over her rape': violence a protest is about is its cause, told as background."""
    found = _without_force_protested(found, doc)
    told = [t for t in found if t.sub_event_type in PROTEST_SUBS]
    protests = [t for t in told if t.strength >= 0.5]
    if not told or len(found) == len(told):
        return found
    causes: set[int] = set()
    claims: set[int] | None = None
    for p in protests:
        causes |= protest_cause(doc[p.token])
    # "marched to deliver a petition demanding justice after a girl was raped": a clause of its own
    # that says what came before or why is the cause, wherever the parse hangs it
    for t in found:
        tok = doc[t.token]
        if any(tok.left_edge.i <= p.token <= tok.right_edge.i for p in told):
            continue
        marked = any(c.dep_ == "mark" and c.lower_ in ("after", "because", "since") for c in tok.children)
        if marked or _demanded_or_opposed(tok) or (protests and _in_cause_clause(tok, {p.token for p in told})):
            causes.add(t.token)
        elif protests and claims is None:
            claims = crowd_claims(tok.sent)
        if protests and claims and t.token in claims:
            # "protested, alleging that the school is looting parents": what the crowd alleges is its grievance
            causes.add(t.token)
    return [t for t in found if t.token not in causes]


def _without_force_protested(found: list[Trigger], doc: Doc) -> list[Trigger]:
    """'observed a bandh protesting against the police lathicharge on party workers': force a
    protest is held against met an earlier crowd; the protest told is the event, and the force is
    its grievance, not an intervention in it."""
    peaceful = [t for t in found if t.sub_event_type == "Peaceful protest" and t.strength >= 0.5]
    met = [t for t in found if t.sub_event_type == "Protest with intervention"]
    if not peaceful or not met:
        return found
    about: set[int] = set()
    for p in peaceful:
        about |= protest_cause(doc[p.token])
    dropped = {t.token for t in met if t.token in about or _opposed(doc[t.token])}
    return [t for t in found if t.token not in dropped] if dropped else found


def _opposed(tok: Token, hops: int = 8) -> bool:
    """'protesting against the police lathicharge': climbing from the word, an 'against'/'over'
    phrase comes before a joined clause of its own ('protested and were dispersed with tear gas')
    or the sentence's root."""
    cur = tok
    for _ in range(hops):
        if cur.head.i == cur.i or (cur.dep_ == "conj" and cur.pos_ in ("VERB", "AUX")):
            return False
        cur = cur.head
        if cur.dep_ == "prep" and (cur.lower_ in _TOPIC_PREPS or _reason_for(cur)):
            return True
    return False


def _reason_for(prep: Token) -> bool:
    """Round 20b: 'staged a dharna against the government for the lathi charge on its workers': a
    'for' phrase beside an 'against' phrase on the same word gives the reason the crowd holds
    against someone, a grievance as much as the 'against' phrase itself."""
    if prep.lower_ != "for":
        return False
    # the 'against' phrase on the same word, or on its object ("registered their protest against
    # the government for the lathi charge")
    holders = [prep.head, *(c for c in prep.head.children if c.dep_ in ("dobj", "obj") and c.i < prep.i)]
    return any(c.dep_ == "prep" and c.lower_ == "against" and c.i < prep.i for h in holders for c in h.children)


#: what opens the reason or the antecedent of a clause ("as police failed to arrest the men",
#: "took place following the lynching of a man")
_REASON_MARKS = {"after", "because", "since", "as"}
_REASON_PREPS = {"after", "following"}


def _in_cause_clause(tok: Token, protest: set[int], hops: int = 10) -> bool:
    """'Protests continued ... as police failed to arrest the men behind the assault', 'protests
    took place following the lynching of a man': climbing from the event word, a clause marked as
    a reason or an 'after/following' phrase that does not hold the protest word makes the event
    what came before the protest, however deep the parse hangs it."""
    cur = tok
    for _ in range(hops):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        opens = (cur.dep_ == "prep" and cur.lower_ in _REASON_PREPS) or (
            cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _REASON_MARKS for c in cur.children)
        )
        if opens:
            return not _crowd_acts(cur) and not any(cur.left_edge.i <= i <= cur.right_edge.i for i in protest)
    return False


#: words above an event word that make it what a protest opposes or asks for
_TOPIC_PREPS = {"against", "over"}
_TOPIC_LEMMAS = {"demand", "condemn", "protest", "oppose", "seek", "urge"}


def _demanded_or_opposed(tok: Token, hops: int = 8) -> bool:
    """'a sit-in against the arrest of X', 'demanded the arrest of the killers', 'against the police
    for arresting their leader': climbing from the event word, an 'against'/'over' or a verb of
    demand comes before the sentence's root (the caller knows the sentence tells a protest)."""
    cur = tok
    for _ in range(hops):
        if cur.head.i == cur.i:
            return False
        if cur is tok and tok.dep_ in ("nsubj", "npadvmod") and tok.head.lemma_.lower() in _TOPIC_LEMMAS:
            # "Students riot, demanding the principal's removal": who demands (or the act told beside
            # the verb of demand) is no part of what is demanded
            return False
        cur = cur.head
        if (cur.dep_ == "prep" and cur.lower_ in _TOPIC_PREPS) or cur.lemma_.lower() in _TOPIC_LEMMAS:
            return True
    return False


@per_token
def protest_cause(head: Token) -> set[int]:
    """Token indices of what a protest word is about: its 'against/over/for...' phrase or, for a
    verb, its object ("protested the killing of a boy")."""
    causes: set[int] = set()
    for c in head.children:
        about = c.dep_ == "prep" and (c.lower_ in _CAUSE_PREPS or _in_reply(c))
        if about or (c.dep_ in ("dobj", "obj") and head.pos_ == "VERB"):
            causes |= subtree_ids(c)
    # "residents protested after a girl was raped", "protests started as police failed to arrest
    # the men behind the assault": the clause saying why, on the protest verb or on the verb a
    # protest noun is the subject of, tells the cause, not what the crowd did
    carried = head.dep_ in ("dobj", "obj", "xcomp", "advcl") and head.head.pos_ == "VERB" and head.head.i != head.i
    for h in (head, head.head) if (head.pos_ == "NOUN" and head.dep_ in ("nsubj", "nsubjpass")) or carried else (head,):
        for c in h.children:
            if c.i == head.i:
                continue
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CAUSE_MARKS for m in c.children) and not _crowd_acts(c):
                causes |= subtree_ids(c)
            elif h.i != head.i and c.dep_ == "prep" and (
                c.lower_ in _CAUSE_PREPS - {"on", "at", "for"} or _in_reply(c)
                or (c.lower_ == "for" and any(g.dep_ == "pcomp" for g in c.children))  # "for arresting their leader"
            ):
                # "staged a protest against the murder", "mobilised after the killing to protest it":
                # the verb that carries the protest holds its cause
                causes |= subtree_ids(c)
    if causes and head.pos_ == "VERB":
        causes |= _described_cause(head, max(causes))
    if causes:
        causes -= _tyres_burnt(head.doc, causes)
    return causes


#: tyres lit on a road: the codebook's own mark of a violent demonstration
_TYRE_WORDS = frozenset({"tyres", "tires", "tyre", "tire"})
_LIT_WORDS = frozenset({"burning", "burnt", "burned", "flaming", "lit"})


def _tyres_burnt(doc: Doc, causes: set[int]) -> set[int]:
    """Round 18b: "residents protested the state of the road, burning tyres": the parser may hang
    the burning tyres on what the crowd protests, but burning tyres are the crowd's own act
    (ACLED's codebook names them a violent demonstration's), never its grievance."""
    return {
        i for t in (doc[j] for j in causes if doc[j].lower_ in _TYRE_WORDS)
        if any(c.dep_ == "amod" and c.lower_ in _LIT_WORDS for c in t.children)
        for i in subtree_ids(t)
    }


def _described_cause(head: Token, after: int) -> set[int]:
    """'protested the death of a trader, allegedly killed by a motorist': a past participle with no
    subject or auxiliary of its own, after what the crowd protests, describes it (the small parser
    hangs it on the protest verb); the killing is the grievance, not a force meeting the crowd."""
    found: set[int] = set()
    for c in head.children:
        if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i > after and not any(
            g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for g in c.children
        ):
            found |= subtree_ids(c)
    return found


#: the crowd named back as a clause's doer: "after they blocked the highway" tells what it did
CROWD_DOERS = {"they", "protesters", "protestors", "demonstrators", "marchers", "rioters", "crowd", "mob"}


def _crowd_acts(clause: Token) -> bool:
    """'dispersed the protesters after they blocked the highway with burning tyres': a clause whose
    active subject is the crowd itself tells the crowd's own acts, not what it protests."""
    if clause.lemma_.lower() in _FINDING_LEMMAS:
        # "after they found their stalls destroyed": what the crowd found is what it protests
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in CROWD_DOERS for c in clause.children)


#: verbs of finding out: their clause tells what the crowd came upon, not what it did
_FINDING_LEMMAS = {"find", "discover", "learn", "realise", "realize", "notice", "wake"}


@per_token
def protest_topic(head: Token) -> set[int]:
    """Token indices of what a protest is about, without its place or day ('at the gate', 'on
    Monday'): violence named there ("protested the burning of stalls") is not the protesters'."""
    where = {t.i for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "at") for t in c.subtree}
    if head.lemma_.lower() not in ("protest", "demonstrate", "agitate", "condemn", "oppose"):
        # "burnt an effigy", "blocked the road": the object of any other verb is what the crowd did
        where |= {t.i for c in head.children if c.dep_ in ("dobj", "obj") for t in c.subtree}
    topic = protest_cause(head) - where
    # "continued their protest after bulls destroyed the crops": the clause saying why, on the
    # protest word or on the verb that carries it
    for h in (head, head.head) if head.pos_ == "NOUN" else (head,):
        for c in h.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CAUSE_MARKS for m in c.children) and not _crowd_acts(c):
                topic |= subtree_ids(c)
    # "stormed the offices to protest the destruction of his billboards": the purpose clause of
    # protest under the crowd's verb holds what the crowd is against
    for c in head.children:
        if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in _PROTEST_VERBS and c.i > head.i:
            topic |= protest_cause(c)
    return topic


_PROTEST_VERBS = {"protest", "demonstrate", "condemn", "oppose", "denounce"}


#: words that open what a crowd asks for or speaks against: a force named under them is the
#: grievance ("demanding action against the police"), not a side of the protest
GRIEVANCE_WORDS = {
    "against", "over", "demand", "demanding", "demanded", "demands", "seek", "seeking", "sought", "condemn",
    "condemning", "condemned", "denounce", "denouncing", "denounced", "resignation", "dismissal", "suspension",
    # what a crowd is stirred by: "outraged by the accident, locals blocked the highway"
    "outraged", "angered", "enraged", "incensed", "infuriated",
}


def grievance_of(tok: Token, stop: Token | None = None) -> bool:
    """True when a word sits under what a crowd demands or opposes: one of its heads, before the
    crowd's own verb (``stop``) or the sentence root, is a word of grievance."""
    seen = 0
    while tok.head.i != tok.i and seen < 12 and (stop is None or tok.i != stop.i):
        if tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX"):
            return False  # "demanded her arrest but were dispersed by police": a clause of its own
        tok = tok.head
        seen += 1
        if stop is not None and tok.i == stop.i:
            return False
        if tok.lower_ in GRIEVANCE_WORDS:
            return True
    return False


def _grievance_word(word: str) -> bool:
    return word in GRIEVANCE_WORDS


#: a disaster, an accident or a crime: what a crowd asks help against or redress for
_GRIEVED_TOPICS = frozenset(DISASTER_WORDS | ACCIDENT_WORDS | CRIME_WORDS)


def ungrieved_words(doc: Doc, spans: Iterable[Span]) -> set[str]:
    """Lower-case words of ``spans`` that :func:`grievance_of` does not put under a grievance. Read
    from the doc's LOWER column, and with no climb at all in a doc with no word of grievance
    (``grievance_of`` is True only under one): the same answer, without a Token per word."""
    spans = list(spans)
    if not token_indices(doc, "grievance_words", LOWER, _grievance_word):
        return set().union(*(lowers(doc, x.start, x.end) for x in spans))
    # grievance_of's climb, on the doc's columns
    head, low, dep, pos = heads(doc), column(doc, LOWER), column(doc, DEP), column(doc, POS)
    strings = doc.vocab.strings
    conj, grievance = strings["conj"], {strings[w] for w in GRIEVANCE_WORDS}
    out: set[str] = set()
    for x in spans:
        for i in range(x.start, x.end):
            j, seen, grieved = i, 0, False
            while head[j] != j and seen < 12:
                if dep[j] == conj and pos[j] in (VERB, AUX):
                    break
                j = head[j]
                seen += 1
                if low[j] in grievance:
                    grieved = True
                    break
            if not grieved:
                out.add(strings[low[i]])
    return out


#: acts no kind of police or troops is named after: before "police" they are a headline's verb
#: the tagger took for a noun ("Raiders attack police post", "residents battle police")
ACTS_ON_FORCES = {"attack", "battle", "fight", "ambush", "clash", "shoot", "beat", "stone", "pelt", "lynch", "kill", "assault"}


def _headline_verb(tok: Token) -> bool:
    """'raiders, believed to be OLF, attack police and army post': an act word with no article or
    adjective of its own, right before "police", after a noun or a comma."""
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i > 0 else None
    return (
        tok.lemma_.lower() in ACTS_ON_FORCES and tok.head.lower_ in ("police", "policemen") and tok.head.i == tok.i + 1
        and prev is not None
        # Round 20c: "Sungusungu sect battle police": the tagger made the subject's noun a present verb
        and (prev.pos_ in ("NOUN", "PROPN") or prev.text == "," or (prev.tag_, prev.dep_) == ("VBP", "ROOT"))
    )


#: people a hijacked vehicle carries, or who are hijacked themselves
HIJACKED_PEOPLE = frozenset({
    "passengers", "passenger", "driver", "drivers", "people", "travellers", "travelers", "voters",
    "occupants", "crew", "pupils", "students", "teachers", "workers", "carrying",
})


def _verb_read_as_noun(tok: Token) -> bool:
    """Round 20c: 'Herders spear trader who crossed their land': the tagger calls the word a noun
    but parses it as the sentence's head with a subject and an object of its own: a verb."""
    return (
        tok.pos_ == "NOUN" and tok.dep_ == "ROOT"
        and any(c.dep_ == "nsubj" for c in tok.children)
        and any(c.dep_ in ("dobj", "obj") for c in tok.children)
    )


#: words before "stone" that make it the thing, not the act ("with a stone", "the stone")
_STONE_THING_BEFORE = frozenset({
    "a", "the", "with", "of", "by", "one", "big", "large", "heavy", "this", "that",
})


def _stoned_to_death(tok: Token) -> bool:
    """Round 20c: 'Youths stone suspected robber to death': a headline's verb the tagger read as a
    noun; "stone ... to death" within a few words, with no article or preposition before "stone",
    names the act (a crowd's killing: ACLED's mob violence), never a stone as a thing."""
    doc = tok.doc
    if tok.i > 0 and doc[tok.i - 1].lower_ in _STONE_THING_BEFORE:
        return False
    ahead = " ".join(doc[j].lower_ for j in range(tok.i + 1, min(len(doc), tok.i + 7)))
    return " to death" in f" {ahead} "


# nouns that an event word only classifies when it modifies them
NOT_EVENT_HEADS = {
    "police", "policemen", "gear", "squad", "squads", "control", "unit", "units", "shield", "shields", "act", "law",
    "laws", "vehicle", "vehicles", "equipment", "disposal",
}
_FIRE_WORDS = {"ablaze", "afire", "alight", "aflame", "fire"}


def _sets_fire(tok: Token, sent: Span) -> bool:
    """'set X ablaze', 'set X on fire': the verb and its fire word apart (up to eight words)."""
    doc = tok.doc
    # a long object ("set the CPN-UML party office on fire") puts the fire word past eight words:
    # look to two words past the verb's object, up to sixteen words
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
    reach = max(tok.i + 9, obj.right_edge.i + 3) if obj is not None else tok.i + 9
    for j in range(tok.i + 1, min(reach, tok.i + 17, sent.end)):
        low = doc[j].lower_
        if low in _FIRE_WORDS and (low != "fire" or doc[j - 1].lower_ == "on"):
            return True
    return False


# people as the object of an arson verb
BURNT_PEOPLE = {
    "man", "men", "woman", "women", "person", "people", "suspect", "suspects", "boy", "boys", "girl", "girls",
    "child", "children", "driver", "drivers", "thief", "thieves", "youth", "youths", "villager", "villagers",
    "resident", "residents", "trader", "traders", "farmer", "farmers", "teacher", "teachers", "worker", "workers",
    "him", "her", "officer", "officers", "policeman", "policemen", "soldier", "soldiers", "victim", "victims",
    "witch", "witches", "wife", "husband", "son", "daughter", "mother", "father", "operator", "rider", "riders",
    # Round 20c: the suspects a crowd burns ("set a suspected robber alight")
    "robber", "robbers", "rustler", "rustlers", "criminal", "criminals", "burglar", "burglars",
}


def _people_burnt(tok: Token) -> bool:
    """The arson verb's object (or passive subject) names people, also through the verb it is
    joined to ("two officers were attacked and set ablaze"); with no parse of the sentence,
    people named between "set" and its fire word ("set a suspected thief alight")."""
    if any(c.dep_ in ("dobj", "obj", "nsubjpass") and c.lower_ in BURNT_PEOPLE for c in tok.children):
        return True
    # a passive shares its subject with the verb it is joined to; an active verb's object is its own
    shared = tok.dep_ == "conj" and tok.tag_ == "VBN" and not any(c.dep_ in ("dobj", "obj") for c in tok.children)
    if shared and any(c.dep_ == "nsubjpass" and c.lower_ in BURNT_PEOPLE for c in tok.head.children):
        return True
    if tok.dep_ or tok.lemma_.lower() != "set":
        return False
    doc = tok.doc
    between: set[str] = set()
    for j in range(tok.i + 1, min(tok.i + 9, len(doc))):
        if doc[j].lower_ in _FIRE_WORDS or doc[j].is_sent_start:
            break
        between.add(doc[j].lower_)
    return bool(between & BURNT_PEOPLE) and not between & PROPERTY_WORDS


#: things a crowd burns as a sign of what it opposes, besides effigies and mock coffins: copies of a
#: law or a report, a leader's portrait or photograph, a poster, a flag (burnt as its object only)
SYMBOLIC_OBJECTS = {
    "copy", "copies", "portrait", "portraits", "photo", "photos", "photograph", "photographs", "picture",
    "pictures", "poster", "posters", "flag", "flags", "replica", "replicas", "dummy", "dummies",
    # a party's membership cards, T-shirts and banners burnt to disown it
    "card", "cards", "shirts", "t-shirts", "banner", "banners", "regalia",
    # Round 21b (Asia sides): books, pamphlets or papers burnt to denounce what they say or stand for
    "book", "books", "textbook", "textbooks", "booklet", "booklets", "pamphlet", "pamphlets", "leaflet", "leaflets",
}
#: the verbs of burning a crowd's symbol
_SYMBOL_BURN_LEMMAS = {"burn", "torch", "set"}


def _symbolic(word: str) -> bool:
    # "effigy", "effigies" and their misspellings ("effigys", "effigiess")
    return word in SYMBOLS_BURNT or word in SYMBOLIC_OBJECTS or word.startswith("effig")


def _burnt_objects(tok: Token) -> list[Token]:
    """What a verb of burning burns: its object or passive subject, what "set fire to" names, or
    the noun the small parser hangs it on ("and burnt copies of the law", read as an adjective)."""
    if tok.dep_ == "amod" and tok.tag_ in ("VBD", "VBN"):
        return [tok.head]
    burnt = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if tok.lemma_.lower() == "set":
        # "set fire to the effigy": what fire is set to
        burnt += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
        burnt = [c for c in burnt if c.lower_ not in _FIRE_WORDS]
    return burnt


def burns_symbol(tok: Token) -> bool:
    """'burnt copies of the new law', 'set fire to an effigy of the minister', 'an effigy was
    torched': the burning verb's object (or passive subject, or what "set fire to" names) is a
    symbol, not anyone's property. Burning a symbol hurts no one and destroys nothing of value
    (ACLED: a protest, not a riot)."""
    if tok.lemma_.lower() not in _SYMBOL_BURN_LEMMAS:
        return False
    burnt = _burnt_objects(tok)
    return bool(burnt) and all(_symbolic(c.lower_) for c in burnt)


#: the cue word that stands for a symbolic burning among a report's words (no token reads so)
SYMBOLIC_BURNING = "symbolic-burning"


def symbolic_burning(tokens: Iterable[Token]) -> bool:
    """Among ``tokens``, a verb of burning burns a symbol (or, with no burnt thing parsed, an effigy
    or a mock coffin is named) and none burns anything else ("burnt an effigy and torched two
    buses" is no symbolic burning: the buses are property, and the crowd rioted)."""
    toks = list(tokens)
    burning = _burning_verbs(toks)
    if any(not burns_symbol(t) for t in burning):
        return False
    return bool(burning) or any(t.lower_ in SYMBOLS_BURNT or t.lower_.startswith("effig") for t in toks)


def _burning_verbs(toks: list[Token]) -> list[Token]:
    burning = [t for t in toks if t.pos_ == "VERB" and t.lemma_.lower() in _SYMBOL_BURN_LEMMAS and _burnt_objects(t)]
    # "set fire to", "set ablaze two vehicles" (the parser may hang "ablaze" on what was burnt)
    return [t for t in burning if t.lemma_.lower() != "set" or any(c.lower_ in _FIRE_WORDS for c in t.children) or _sets_fire(t, t.sent)]


def symbol_burning_words(tokens: Iterable[Token]) -> set[str]:
    """The words of the verbs that burn only a symbol, when no verb of the same word burns anything
    else: "burnt an effigy and torched two buses" gives {"burnt"}, which is no cue of the riot
    (the torching is)."""
    burning = _burning_verbs(list(tokens))
    symbols = {t.lower_ for t in burning if burns_symbol(t)}
    return symbols - {t.lower_ for t in burning if not burns_symbol(t)}


#: words for a device that explodes, and the verbs that find or take one before it does
DEVICE_LEMMAS = {"bomb", "ied", "landmine", "mine", "grenade", "explosive device", "car bomb"}
FOUND_LEMMAS = {
    "find", "discover", "uncover", "unearth", "recover", "seize", "remove", "defuse", "diffuse", "dismantle",
    "detect", "dispose", "confiscate", "retrieve", "deactivate", "neutralise", "neutralize",
    # "troops foiled an ambush by identifying the IEDs", "police located a bomb"
    "identify", "locate", "spot",
}


def _found_device(tok: Token) -> str | None:
    """The verb that finds or removes the device ("uncover and remove an IED", "bombs found near
    the camp", "an unexploded bomb"), or None."""
    if any(c.lower_ == "unexploded" for c in tok.children):
        return "unexploded"
    head = tok.head
    if tok.dep_ in ("dobj", "obj", "nsubjpass") and head.i != tok.i:
        for v in (head, *(c for c in head.children if c.dep_ == "conj"), *([head.head] if head.dep_ == "conj" else [])):
            if v.pos_ == "VERB" and v.lemma_.lower() in FOUND_LEMMAS:
                return v.text
    for c in tok.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in FOUND_LEMMAS:
            return c.text  # "bombs found near the camp"
    if (
        tok.dep_ == "nsubj" and head.pos_ == "VERB" and head.tag_ in ("VBD", "VBN") and head.lemma_.lower() in FOUND_LEMMAS
        and not any(c.dep_ in ("dobj", "obj") for c in head.children)
    ):
        return head.text  # "Bomb found near a church": a headline drops the passive's "was"
    return None


#: what people do with a device of their own before it is used ("the bomb they were planting")
HANDLING_LEMMAS = {"plant", "carry", "make", "assemble", "build", "handle", "transport", "fix", "prepare", "lay", "set"}
#: words of an explosion whose device may be named as the clause's subject
BLAST_LEMMAS = {"explosion", "blast", "explode", "detonate", "blow", "blow up", "go off"}


# what "goes off" as a blast
GOING_OFF = {"bomb", "bombs", "device", "devices", "explosive", "explosives", "grenade", "grenades", "ied", "ieds", "mine", "landmine", "charge", "charges"}


def _device_goes_off(tok: Token) -> bool:
    """'the explosives they were carrying went off': "go off" is a blast only with a device as its subject."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in GOING_OFF for c in tok.children)


def own_device(tok: Token) -> str | None:
    """'two fighters died as the device they were fixing exploded': a device that goes off in the
    hands of those who plant, carry or build it was never used on a target; ACLED codes its
    accidental detonation as disrupted weapons use. The handling verb, or None. ``tok`` is the
    device noun or the verb of the blast (whose subject is the device)."""
    devices = [tok, *(c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass"))] if tok.pos_ == "VERB" else [tok]
    for dev in devices:
        for c in dev.children:
            if c.dep_ == "relcl" and c.lemma_.lower() in HANDLING_LEMMAS and any(
                s.dep_ == "nsubj" and s.lower_ in ("they", "he", "she") for s in c.children
            ):
                return c.text
    return None


#: Round 21: fights of words only ("a shouting match", "a war of words", "a verbal exchange")
_VERBAL_FIGHT = {("shouting", "match"), ("shouting", "matches"), ("war", "words"), ("verbal", "exchange"), ("verbal", "exchanges"), ("verbal", "spat")}


def _verbal_fight(tok: Token) -> bool:
    """'engaged in a shouting match', 'engaged in a war of words': the next few words name a fight
    of words only (read from the tokens after the verb, no parse needed)."""
    after = [t.lower_ for t in tok.doc[tok.i + 1 : tok.i + 7]]
    return any((after[i], after[j]) in _VERBAL_FIGHT for i in range(len(after)) for j in (i + 1, i + 2) if j < len(after))


def _refine(tok: Token, key: str, sub: str, strength: float, decided: str, words: set[str], sent: Span) -> tuple[str, float, str]:
    lemma = key
    if key in ("set fire", "set ablaze", "set afire", "set alight", "torch", "burn") and _people_burnt(tok):
        # "set ablaze a suspected thief", "two men were set on fire": people burnt are attacked, not property
        # as strong as any word of violence: an accident or a crime it avenges is its cause, not its kind
        return "Attack", 0.75, f"{decided} + people"
    if key in ("set fire", "set ablaze", "set afire", "set alight", "torch") and burns_symbol(tok):
        # "set fire to an effigy of the minister": a symbol burnt in protest, no property destroyed
        return "Peaceful protest", 0.6, f"{decided} + symbol"
    if strength == 0.0 or key in CONTEXT_TRIGGERS:
        return _refine_contextual(tok, key, sub, decided, words)
    if lemma in DEVICE_LEMMAS and (found := _found_device(tok)):
        # "police uncover and remove an IED", "students find an unexploded bomb": a device found or
        # made safe is disrupted weapons use (ACLED), not an explosion
        return "Disrupted weapons use", 0.85, f"{found} {decided}"
    if (lemma in DEVICE_LEMMAS or lemma in BLAST_LEMMAS) and (handled := own_device(tok)):
        return "Disrupted weapons use", 0.85, f"{decided} + {handled}"
    if lemma in ("strike", "bomb", "bombing", "raid", "bomber"):
        labour = words & LABOUR_WORDS
        if lemma == "strike" and labour and not words & (AIR_WORDS | SHELL_WORDS):
            return "Peaceful protest", 0.7, f"{decided} + {sorted(labour)[0]}"
        if lemma == "strike" and not words & (AIR_WORDS | SHELL_WORDS) and (walkout := _work_stoppage(tok, words)):
            return "Peaceful protest", 0.6, f"{decided} + {walkout}"
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
        if lemma == "strike" and tok.pos_ == "VERB" and (charge := words & {"explosives", "explosive"}):
            # "militants struck the town and blew up a mast with explosives": the charge is the weapon
            return "Remote explosive/landmine/IED", 0.6, f"{decided} + {sorted(charge)[0]}"
        if lemma == "raid" or (lemma == "strike" and tok.pos_ == "VERB"):
            # "raiders struck the village at dawn": with nothing airborne or fired from afar told,
            # a verb of striking is a raid on the ground; its target decides clash or attack
            return "Armed clash", 0.5, decided
        return "Air/drone strike", 0.5, decided
    if lemma == "storm" and tok.pos_ == "NOUN" and tok.lower_ in ("storm", "storms") and (
        tok.dep_ in ("nsubj", "pobj", "dobj") or any(c.dep_ in ("det", "amod") for c in tok.children)
    ):
        # "a storm destroyed houses", "heavy storms": weather; a headline's "militants storm army camp"
        # is read as a bare noun heading the clause, and stays an assault
        return "", 0.0, decided
    if lemma == "storm" and not words & ARMED_GROUP_WORDS and _storming_people(tok) and (wrong := _wrong_avenged(tok)):
        # "residents stormed the hospital after the death of a patient": a crowd answering a death
        # or an arrest presses a grievance, a demonstration (ACLED); riot cues may make it violent
        return "Peaceful protest", 0.7, f"{decided} + {wrong}"
    if lemma == "storm" and (claim := words & (CLAIM_WORDS | PROTEST_CONTEXT)) and _storming_people(tok) and not words & ARMED_GROUP_WORDS:
        # "traders stormed the county offices demanding compensation": a crowd pressing a claim
        # demonstrates (ACLED); the riot cues of the report make it violent if it was
        return "Peaceful protest", 0.7, f"{decided} + {sorted(claim)[0]}"
    if lemma == "storm" and tok.pos_ == "VERB" and (people := _storming_people(tok)) and not words & ARMED_GROUP_WORDS:
        # "parents stormed the school", "youths stormed a farm": unarmed people forcing their way in
        # with no claim told are a mob (ACLED: rioters), not an armed assault
        return "Mob violence", 0.6, f"{decided} + {people}"
    if lemma in ("rustling", "rustle") and not words & (LIVESTOCK_WORDS | {"cattle", "rustlers", "raiders", "raid"}):
        return "", 0.0, decided  # leaves rustle too: only a herd or its raiders make it a raid
    if lemma == "steal" and (herd := words & LIVESTOCK_WORDS):
        # "raiders stole 300 goats": ACLED codes livestock raids on herders as attacks on civilians,
        # not as looting of property
        return "Attack", strength, f"{decided} + {sorted(herd)[0]}"
    if lemma in ("explosion", "blast", "explode", "detonate", "blow") and words & SUICIDE_WORDS:
        return "Suicide bomb", 0.9, f"{decided} + suicide"
    if lemma in ("capture", "seize", "retake", "recapture", "regain", "liberate", "overrun", "overtake"):
        objects = {c.lower_ for c in tok.children if c.dep_ in ("dobj", "obj", "prep", "dative")}
        obj_words = {t.lower_ for c in tok.children if c.dep_ in ("dobj", "obj") for t in c.subtree}
        if obj_words & STRATEGIC_OBJECTS_NOT_PLACES and not (obj_words & CAPTURE_OBJECTS):
            return "Disrupted weapons use", 0.6, decided
        if lemma in ("capture", "seize") and not (obj_words & CAPTURE_OBJECTS) and not _has_propn(obj_words, tok):
            return "", 0.0, decided
        if lemma == "overtake" and not _names_place(tok):
            return "", 0.0, decided  # "a lorry overtook a matatu": only a place overtaken is territory
        del objects
        # Who captures decides the sub-type; the caller re-types with the actor when it knows it.
        return sub, strength, decided
    if lemma == "take over":
        # a place or a post taken over; "took over the leadership" or "the company" is no territory
        obj_words = {t.lower_ for c in tok.children if c.dep_ in ("dobj", "obj") for t in c.subtree}
        if not obj_words & (CAPTURE_OBJECTS | {"station", "post", "posts", "camp", "barracks"}) and not _has_propn(obj_words, tok):
            return "", 0.0, decided
        if tok.dep_ in ("acl", "ccomp") and tok.head.lemma_.lower() in ALLEGING_LEMMAS | {"allegation", "claim", "rumour", "rumor"}:
            return "", 0.0, decided  # "an allegation that the rebels had taken over the city": a claim looked into
        return sub, strength, decided
    if lemma == "engage" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
        # "got engaged to a woman": a betrothal, no fight ("engaged in blows" stays one)
        return "", 0.0, decided
    if lemma == "engage" and _verbal_fight(tok):
        # Round 21: "the rival camps engaged in a shouting match": a fight of words, no violence
        # (ACLED's riot needs violence; the gathering itself is typed by its own words)
        return "", 0.0, decided
    if lemma in ("attack", "assault", "rough up") and tok.pos_ == "VERB" and (crowd := _mob_subject(tok)) and not words & (ARMED_GROUP_WORDS | ARMS_WORDS):
        # "youths attacked election officials", "villagers assaulted a chief": unarmed people in numbers
        # who set on someone are a mob (ACLED: mob violence), not an armed group
        return "Mob violence", 0.6, f"{crowd} {decided}"
    if lemma == "attack":
        return "Armed clash", strength, decided
    if lemma == "fire":
        aimed = tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in ("on", "at", "upon")  # "police fire on rioters"
        # "firing" is never a blaze ("a fire broke out"), but "the firing of the police chief" is a dismissal
        gunfire = tok.lower_ == "firing" and not _firing_of_someone(tok)
        if tok.pos_ != "VERB" and tok.head.lemma_.lower() not in ("open", "exchange", "trade", "return") and not aimed and not gunfire:
            return "", 0.0, decided  # "a fire broke out": not gunfire
        shell = sorted(words & SHELL_WORDS)
        if shell:
            return "Shelling/artillery/missile attack", 0.8, f"{decided} + {shell[0]}"
    return sub, strength, decided


# what a party or union does with a strike it calls; "launch" and "carry out" are left out, as
# armies launch strikes too
STRIKE_CALLS = {"call", "observe", "announce", "declare", "begin", "start", "continue", "enforce", "join", "hold", "extend", "stage"}
# what a walkout does or has done to it, told with the strike as subject (a blow is not imposed,
# does not enter its second day or cripple a town's business)
STRIKE_RUNS = {
    "enter", "impose", "call", "observe", "enforce", "declare", "announce", "withdraw", "extend", "cripple",
    "paralyse", "paralyze", "suspend", "lift",
}
STRIKE_SPANS = {"nationwide", "city-wide", "citywide", "statewide", "countrywide", "valley-wide", "indefinite", "general", "wheel-jam"}


#: what is fired when "the firing of" tells shooting ("the firing of rockets", "of tear gas")
_FIRED_THINGS = {"rockets", "rocket", "mortars", "mortar", "shells", "shell", "bullets", "gas", "teargas", "shots", "missiles", "guns", "weapons"}


def _firing_of_someone(tok: Token) -> bool:
    """'the firing of the police chief', 'against the firing of 50 workers': the noun "firing"
    whose "of" phrase names no thing shot is a dismissal, not gunfire."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "of":
        return False
    return not any(w.lower_ in _FIRED_THINGS for w in doc[tok.i + 1].subtree)


def _work_stoppage(tok: Token, words: set[str]) -> str | None:
    """'are on strike', 'called a strike', 'a city-wide strike', 'a strike protesting low pay': a
    walkout, not a blow, when nothing in the sentence flies or is fired. Returns the cue."""
    doc = tok.doc
    if tok.i > 0 and doc[tok.i - 1].lower_ == "on":
        return "on strike"
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "on" and head.head.pos_ in ("VERB", "AUX"):
        return "on strike"  # "has been on a food strike", "went on an indefinite strike": people stay out
    if tok.dep_ in ("dobj", "obj", "pobj") and (head.lemma_.lower() in STRIKE_CALLS or head.head.lemma_.lower() in STRIKE_CALLS):
        return head.text if head.lemma_.lower() in STRIKE_CALLS else head.head.text
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "NOUN" and head.lemma_.lower() in STRIKE_RUNS:
        # "the strike by bus owners entered its second day", "a strike was imposed by the council"
        return head.text
    span = {c.lower_ for c in tok.subtree if c.i < tok.i} & STRIKE_SPANS
    if span:
        return sorted(span)[0]
    protest = words & PROTEST_CONTEXT
    return sorted(protest)[0] if protest else None


LABOUR_WORDS = {
    "workers", "worker", "general", "hunger", "union", "unions", "labour", "labor", "employees", "staff", "drivers",
    "traders", "teachers", "doctors", "nurses", "lawyers", "transport", "hartal", "bandh", "shutdown", "strikers",
    "indefinite", "pen-down", "wage", "wages", "salaries", "salary", "pay", "porters", "transporters", "truckers",
}
PROPERTY_WORDS = {
    "house", "houses", "home", "homes", "shop", "shops", "property", "properties", "vehicles", "vehicle", "cars",
    "car", "buses", "bus", "crops", "church", "mosque", "temple", "school", "office", "offices", "huts", "granary",
    "stalls", "market", "kiosks", "businesses", "tower", "towers", "equipment", "mast", "masts", "pylon", "pylons",
    "bridge", "bridges", "station", "trucks",
    # Round 20b: buildings and campaign boards are property as much as a shop is ("destroyed a billboard")
    "building", "buildings", "billboard", "billboards", "structures", "premises", "hut", "kiosk", "stall", "store",
    "stores", "dormitory", "classrooms", "motorcycle", "motorcycles",
}
CROWD_ACTS = {"demand", "gather", "converge", "throng", "assemble", "flock"}
#: what a crowd gathers to do when it gathers to make a claim ("gathered at the embassy to ask for
#: help", "converged on parliament to press their case", "to show their support for the talks")
CLAIM_PURPOSES = {"ask", "press", "urge", "seek", "voice", "raise", "express", "denounce", "condemn", "oppose", "show", "petition", "submit"}
# what a crowd does when it demonstrates rather than meets
CLAIM_WORDS = {"demanding", "demand", "demanded", "slogans", "placards", "chanting", "petition", "protest", "protesting"}
# people in numbers: the subject that makes a demand a demonstration
CROWD_SUBJECTS = {
    "residents", "villagers", "farmers", "workers", "students", "traders", "members", "supporters", "activists",
    "people", "teachers", "employees", "drivers", "youths", "youth", "hundreds", "thousands", "dozens", "scores",
    "women", "families", "protesters", "demonstrators", "locals", "citizens", "parents", "nurses", "doctors",
    "hawkers", "vendors", "operators", "staff", "pensioners", "refugees", "fishermen", "motorists", "transporters",
    "tenants", "squatters", "labourers", "laborers", "miners", "widows", "crowd", "crowds",
}


#: crowds that break up other people's gatherings rather than demonstrate
DISRUPTERS = {"youths", "youth", "supporters", "residents", "villagers", "crowd", "crowds", "mob", "mobs", "voters", "locals"}
#: gatherings a crowd may break up
GATHERING_WORDS = {"meeting", "meetings", "training", "session", "sessions", "exercise", "voting", "polls", "service", "ceremony", "campaign", "launch"}


def _claim_purpose(tok: Token) -> str:
    """The verb of claiming a gathering is for ("gathered ... to ask for help"), or ""."""
    for c in tok.children:
        if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in CLAIM_PURPOSES and any(a.lower_ == "to" for a in c.children):
            return c.text
    return ""


def _crowd_subject(tok: Token) -> str:
    """The crowd noun heading the verb's subject ("residents demanded", "hundreds of villagers
    gathered"), or ""."""
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            for t in c.subtree:
                # "Citizens gathered": a crowd word opening the sentence may be tagged a name
                if t.lower_ in CROWD_SUBJECTS and t.pos_ in ("NOUN", "NUM", "PROPN"):
                    return t.lower_
    if tok.dep_ == "acl" and tok.head.lower_ in CROWD_SUBJECTS and tok.head.pos_ in ("NOUN", "PROPN"):
        # "About 100 villagers converged on ...", parsed as a noun its verb hangs from
        return tok.head.lower_
    if tok.dep_ in ("acl", "advcl", "xcomp") and tok.head.i != tok.i:
        # "farmers gathered at the factory, demanding ...": the governing verb's subject
        return _crowd_subject(tok.head) if tok.head.i != tok.i else ""
    return ""


#: unarmed people in numbers: when they are the ones who attack, the attack is a mob's
MOB_PEOPLE = {
    "youth", "youths", "residents", "villagers", "parents", "students", "pupils", "locals", "crowd", "crowds",
    "mob", "mobs", "traders", "squatters", "voters", "worshippers", "fans",
}


def _mob_subject(tok: Token) -> str:
    """The active subject of an attack verb when it is unarmed people in numbers ("youth attacked
    officials"), with no name or armed word of its own ("Al Shabaab youths"), or ""."""
    # Round 21 (Kenya types): the passive's agent is the doer as well ("a reporter was attacked by
    # angry youths", "guests were roughed up by residents")
    doers = [c for c in tok.children if c.dep_ == "nsubj"]
    doers += [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    for c in doers:
        if c.lower_ in MOB_PEOPLE:
            if any(t.pos_ == "PROPN" or t.lower_ in ARMED_GROUP_WORDS | {"unidentified", "unknown"} for t in c.subtree if t.i != c.i):
                return ""  # "unidentified youths" are an unidentified armed group (ACLED), as "armed youths" are
            return c.lower_
    return ""


#: people who storm with arms or a mandate: their storming is an assault or an operation
ARMED_STORMERS = ARMED_GROUP_WORDS | {
    "police", "officers", "soldiers", "troops", "army", "security", "askaris", "forces", "authorities", "men",
    "policemen", "commandos", "marines", "paratroopers", "jihadists", "militiamen", "guards", "units",
    "thugs", "gangsters", "gangs", "gang", "assailants", "robbers", "thieves", "criminals", "killers", "warriors",
}


#: wrongs a crowd answers: a death, a killing, an arrest
WRONG_WORDS = {
    "death", "deaths", "killing", "killings", "killed", "kill", "died", "murder", "murdered", "shooting", "disappearance",
    "arrest", "arrested",
}


def _wrong_avenged(tok: Token) -> str:
    """The wrong named in the verb's "after"/"following" phrase or clause ("stormed the station
    after the death of a detainee"), or ""."""
    for c in tok.children:
        after = (c.lower_ in BEFORE_WORDS and c.dep_ == "prep") or (
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in BEFORE_WORDS for m in c.children)
        )
        if not after:
            continue
        found = {t.lower_ for t in c.subtree} & WRONG_WORDS
        if found:
            return sorted(found)[0]
    return ""


def _storming_people(tok: Token) -> str:
    """The plural people noun heading the subject of a verb of storming when it names no armed or
    state force ("aspirants stormed the school", "veterans stormed the embassy"), or ""."""
    if crowd := _crowd_subject(tok):
        return crowd
    for c in tok.children:
        if c.dep_ == "nsubj" and c.tag_ == "NNS" and c.lower_ not in ARMED_STORMERS and not c.ent_type_:
            return c.lower_
    if tok.dep_ in ("xcomp", "conj") and tok.head.i != tok.i and tok.head.pos_ in ("VERB", "AUX"):
        return _storming_people(tok.head)  # "agents try to storm the centre"
    return ""


MOVE_VERBS = {"move", "enter", "spot", "sight", "infiltrate", "amass", "beef"}
#: verbs whose subject is the doer of the verb they govern ("were reported to have moved", "were seen entering")
RAISING_LEMMAS = {"report", "say", "believe", "see", "witness", "observe", "spot", "sight", "seem", "appear", "understand"}
#: verbs of seeing forces: who was seen may be their object ("residents spotted militants")
SEEN_VERBS = {"spot", "sight"}
#: who moves when a movement is a change of an armed group's or a force's activity
MOVING_FORCES = {
    "forces", "troops", "soldiers", "militants", "fighters", "rebels", "insurgents", "militia", "militiamen",
    "jihadists", "army", "military", "members", "security", "helicopters", "gunmen", "police", "units", "convoy",
}


def _movement(tok: Token, key: str, decided: str) -> tuple[str, float, str]:
    """'Al Shabaab fighters moved into Meru', '200 militants were spotted in the forest', 'security
    was beefed up along the border': forces on the move, a change to group activity (ACLED), when
    the mover is a force or armed group named as such (its subject, or its object when spotted)."""
    if tok.pos_ != "VERB" or (key == "beef" and not (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "up")):
        return "", 0.0, decided
    movers = [c for c in tok.children if c.dep_ in (("nsubj", "nsubjpass", "dobj") if key in SEEN_VERBS | {"beef"} else ("nsubj", "nsubjpass"))]
    if not movers and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in RAISING_LEMMAS:
        # "militia fighters were said to have moved into the district": the mover is the subject
        # of the verb of saying or seeing the movement hangs from
        movers = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    words = {t.lower_ for c in movers for t in c.subtree}
    found = words & MOVING_FORCES
    if not found or (tok.tag_ == "VBG" and key not in SEEN_VERBS):
        return "", 0.0, decided
    return "Change to group/activity", 0.4, f"{decided} + {sorted(found)[0]}"


#: members of a force who may go over to the other side
DEFECTORS = MOVING_FORCES | {"personnel", "policemen", "officers", "commander", "commanders", "soldier", "fighter", "militant"}
#: what soldiers join when they defect: an armed group, told by its name or as such
JOINED_GROUPS = {"militants", "insurgents", "rebels", "militia", "militias", "fighters", "ranks", "jihadists"}


def _defection(tok: Token, key: str, decided: str) -> tuple[str, float, str]:
    """'25 soldiers switched sides and joined the Taliban': a force's members going over to an armed
    group change its strength (ACLED: change to group/activity). A party's politicians switching
    sides, or police joining an operation, are no such change."""
    if tok.pos_ != "VERB":
        return "", 0.0, decided
    verb = tok.head if tok.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in tok.children) else tok
    subject = {t.lower_ for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
    found = subject & DEFECTORS
    if not found:
        return "", 0.0, decided
    if key == "join":
        objects = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
        if not any(o.pos_ == "PROPN" or o.lower_ in JOINED_GROUPS for o in objects):
            return "", 0.0, decided
    return "Change to group/activity", 0.6, f"{decided} + {sorted(found)[0]}"


#: works and services a crowd stops by standing in the way
#: ways in and rail lines a crowd may shut ("blocked the gates", "blocked the railway track")
PASSAGE_WORDS = {"railway", "railways", "rail", "track", "tracks", "train", "trains", "gate", "gates", "entrance", "entrances"}
WORKS_WORDS = {"construction", "work", "works", "project", "demolition", "eviction", "survey", "drilling", "mining", "excavation"}
#: words tying an act to a wider wave of violence ("linked to post-election violence")
LINKED_WORDS = {"linked", "related", "connected", "attributed", "tied"}
ELECTION_WORDS = {"election", "elections", "post-election", "poll", "polls", "electoral", "pre-election", "by-election"}
FAST_VERBS = {"observe", "keep", "hold", "stage", "begin", "start", "launch", "undertake", "continue", "sit"}
#: protest words no name or title uses: kept even where the tagger reads a name ("Dharnas were held")
PROTEST_ONLY = {"hartal", "bandh", "dharna", "gherao", "sit-in", "hunger strike"}
#: what is done with a body told in place of a killing: found, dumped, pulled from water
BODY_FOUND_LEMMAS = {"find", "discover", "dump", "recover", "retrieve", "pull", "exhume", "dig", "wash", "abandon", "dispose"}
CONTEXT_TRIGGERS = {"burn", "mob", "blockade", "withdraw", "withdrawal", "deploy", "deployment", "custody", "destroy"}
ESTABLISH_LEMMAS = {"establish", "set", "open", "build", "construct", "relocate", "move", "setup"}
MILITARY_WORDS = {"troops", "forces", "army", "navy", "military", "militants", "rebels", "siege", "naval", "soldiers"}
VIOLENCE_WORDS = {
    "killed", "lynched", "beat", "beaten", "attacked", "burnt", "burned", "stoned", "torched", "injured", "assaulted",
    "hacked", "kills", "kill", "beating", "lynching", "ablaze", "alight", "fire",
    # headline present tense ("mob beats robbery suspect")
    "beats", "lynch", "lynches", "attacks", "attack", "burn", "burns", "stones", "torch", "torches", "hack", "hacks",
    "stone", "disrupted", "disrupt", "disrupts",
    # blades and blows that maim ("a mob chopped off his hand", "stabbed the suspect")
    "chopped", "chop", "chops", "slashed", "slash", "stabbed", "stab", "stabs", "maimed", "clubbed", "flogged", "whipped",
}


#: prepositions that make "violence" the setting of an act ("killed in/during the violence")
SETTING_PREPS = frozenset({"in", "during", "of", "from", "amid", "amidst"})
#: words telling people were killed, whose killing is the act when violence is only its setting
#: (a death told alone, "died in hospital", is an aftermath the coder does not report by itself)
SETTING_DEATHS = frozenset({"killed", "murdered", "slain", "lynched", "hacked", "stabbed"})


#: Round 21d (CASE): nouns of a long conflict, a clash only as communities' fight with its harm told
COMMUNAL_WAR_KEYS = frozenset({"war", "conflict", "feud", "warring"})
#: who wages it: clans, tribes, ethnic groups or communities (armies' wars are told by their battles)
COMMUNAL_SIDES = frozenset({
    "clan", "clans", "tribal", "tribe", "tribes", "ethnic", "communal", "community", "communities",
    "inter-clan", "inter-tribal", "inter-ethnic", "inter-communal", "intercommunal", "interclan", "intertribal",
})
#: the harm that makes the conflict an event of the day: deaths, wounds, homes destroyed, people fleeing
COMMUNAL_HARM = frozenset({
    "dies", "died", "die", "dead", "killed", "kills", "death", "deaths", "injured", "wounded", "destruction",
    "destroyed", "displacement", "displaced", "torched", "burnt", "burned", "razed", "fled",
})


def _communal_war(tok: Token, decided: str, words: set[str]) -> tuple[str, float, str]:
    """'a man died in a clan war over land', 'four died following inter-tribal conflict', 'warring
    between two clans destroyed homes': communities fighting each other with a harm told is an armed
    clash of communal militias (ACLED); 'killings linked to the ethnic conflict' is its setting only."""
    doc = tok.doc
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ in LINKED_WORDS:
        return "", 0.0, decided
    near = {doc[j].lower_ for j in range(max(0, tok.i - 3), min(len(doc), tok.i + 5))}
    sides = near & COMMUNAL_SIDES
    # "Inter-Tribal" may come as three tokens ("inter", "-", "tribal"): the side word is then near too
    harm = words & COMMUNAL_HARM
    if not sides or not harm or words & {"ongoing", "linked", "related", "attributed"}:
        return "", 0.0, decided
    return "Armed clash", 0.7, f"{sorted(sides)[0]} {decided} + {sorted(harm)[0]}"


def _refine_contextual(tok: Token, key: str, sub: str, decided: str, words: set[str]) -> tuple[str, float, str]:
    """Words too common to type an event alone: each needs a context word, recorded in decided_by."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    nxt2 = doc[tok.i + 2] if tok.i + 2 < len(doc) else None

    def ctx(found: set[str]) -> str:
        return f"{decided} + {sorted(found)[0]}"

    if key == "sit":
        if nxt is not None and nxt2 is not None and nxt.text == "-" and nxt2.lower_ == "in":
            return "Peaceful protest", 0.75, "sit-in"
        if nxt is not None and nxt.lower_ == "in" and tok.pos_ == "NOUN":
            return "Peaceful protest", 0.75, "sit in"  # "held a two-hour sit in"
        return "", 0.0, decided
    if key in MOVE_VERBS:
        return _movement(tok, key, decided)
    if key in ("switch side", "join"):
        return _defection(tok, key, decided)
    if key == "violence":
        if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ in LINKED_WORDS:
            # "two bodies found, believed linked to post-election violence": the violence is what the
            # act told is tied to, not an act of its own
            return "", 0.0, decided
        if tok.dep_ == "pobj" and tok.head.lower_ in SETTING_PREPS and words & SETTING_DEATHS:
            # "a trader was killed in election violence", "two were slain during the violence":
            # the violence is the setting of the killing told, which types the event (ACLED: people
            # killed by unnamed hands are civilians attacked), not a riot of its own
            return "", 0.0, decided
        polls = words & ELECTION_WORDS
        # violence around an election with no act told is rioting (ACLED codes such reports as riots);
        # ethnic or armed violence is not a crowd's
        armed = words & {"ethnic", "tribal", "communal", "clan", "inter-ethnic", "gang", "gangs", "armed", "militia", "gunmen"}
        return ("Violent demonstration", 0.35, ctx(polls)) if polls and not armed and tok.pos_ == "NOUN" else ("", 0.0, decided)
    if key in COMMUNAL_WAR_KEYS:
        return _communal_war(tok, decided, words)
    if key == "spear":
        speared = tok.pos_ == "VERB" or _verb_read_as_noun(tok)
        return ("Attack", 0.6, decided) if speared else ("", 0.0, decided)
    if key == "spray":
        shot = words & {"bullets", "bullet", "gunfire"}
        return ("Attack", 0.6, ctx(shot)) if shot else ("", 0.0, decided)
    if key == "fast":
        # "observed a fast", "kept a day-long fast", "are on fast": a verb of keeping, then an
        # article or a length, right before the word
        lead = [doc[j] for j in range(max(0, tok.i - 6), tok.i)]
        prev = lead[-1] if lead else None
        kept = next((b for b in lead if b.lemma_.lower() in FAST_VERBS), None)
        if prev is not None and ((kept is not None and (prev.pos_ in ("DET", "ADJ") or prev.lower_.endswith("long"))) or prev.lower_ == "on"):
            return "Peaceful protest", 0.6, f"{kept.text if kept is not None else 'on'} {decided}"
        return "", 0.0, decided
    if key in ("lathi", "baton"):
        if nxt is not None and nxt.lemma_.lower() in ("charge", "-"):
            return "Protest with intervention", 0.8, f"{decided} charge"
        return "", 0.0, decided
    if key in CROWD_ACTS:
        crowd = _crowd_subject(tok)
        if key == "demand" and crowd:
            return "Peaceful protest", 0.5, f"{crowd} {decided}"
        claim = words & CLAIM_WORDS
        if key != "demand" and (crowd or claim) and (claim or words & {"streets", "street", "road"}):
            return "Peaceful protest", 0.5, ctx(claim or {crowd})
        if key != "demand" and crowd and (purpose := _claim_purpose(tok)):
            return "Peaceful protest", 0.45, f"{crowd} {decided} to {purpose}"
        return "", 0.0, decided
    if key == "street":
        before = [doc[j].lower_ for j in range(max(0, tok.i - 3), tok.i)]
        # "took to the streets", and crowds that "poured", "spilled" or "flooded" into them
        verb = doc[tok.i - 3] if tok.i >= 3 else tok
        took = verb.lemma_.lower() == "take" or (
            verb.lemma_.lower() in ("pour", "spill", "flood", "stream")
            and any(c.dep_ == "nsubj" and (c.tag_ == "NNS" or c.lower_ in CROWD_SUBJECTS) for c in verb.children)
        )  # people pour into the streets; water does too
        if tok.lower_ == "streets" and before[-2:] in (["to", "the"], ["into", "the"], ["onto", "the"]) and took:
            return "Peaceful protest", 0.6, f"{doc[tok.i - 3].text} {before[-2]} the streets"
        return "", 0.0, decided
    if key in ("throw", "hurl", "lob"):
        thrown = words & {"stones", "rocks", "stone", "rock", "bottles", "petrol", "missiles"}
        return ("Violent demonstration", 0.6, ctx(thrown)) if thrown else ("", 0.0, decided)
    if key == "stone":
        stoned = tok.pos_ == "VERB" or _stoned_to_death(tok) or _verb_read_as_noun(tok)
        return ("Mob violence", 0.65, decided) if stoned else ("", 0.0, decided)
    if key == "force":
        # "party youths forced their way into the tallying hall": a crowd breaking in where it is
        # kept out uses force (ACLED: a violent demonstration); gunmen or police forcing their way
        # in are told by the attack or the raid beside it
        doc = tok.doc
        way = [doc[j].lower_ for j in range(tok.i + 1, min(len(doc), tok.i + 4))]
        crowd = _crowd_subject(tok)
        if tok.pos_ == "VERB" and way[1:3] == ["way", "into"] and way[0] in ("their", "its") and crowd:
            return "Violent demonstration", 0.5, f"{crowd} {decided} {' '.join(way)}"
        return "", 0.0, decided
    if key == "hijack":
        # "gunmen hijacked a minibus with its passengers": the people carried are taken; a vehicle
        # alone taken is no act on civilians (ACLED codes it a development of the group, if at all)
        taken = words & HIJACKED_PEOPLE
        return ("Abduction/forced disappearance", 0.6, ctx(taken)) if taken else ("", 0.0, decided)
    if key == "mob":
        found = words & VIOLENCE_WORDS
        return ("Mob violence", 0.6, ctx(found)) if found else ("", 0.0, decided)
    if key == "burn":
        if words & {"alive", "death"}:
            return "Attack", 0.6, ctx(words & {"alive", "death"})
        if burns_symbol(tok) or (words & SYMBOLS_BURNT and not _burnt_objects(tok)):
            # burning an effigy is a symbolic act of protest, no violence (ACLED codes it a peaceful
            # protest); "burnt two buses" beside an effigy is still property burnt
            return "Peaceful protest", 0.6, ctx(words & SYMBOLS_BURNT) if words & SYMBOLS_BURNT else f"{decided} + symbol"
        if words & {"tyres", "tires", "tyre", "tire", "bonfires"}:
            return "Violent demonstration", 0.6, ctx(words & {"tyres", "tires", "tyre", "tire", "bonfires"})
        return sub, 0.45, decided
    if key == "destroy":
        found = words & PROPERTY_WORDS
        return (sub, 0.4, ctx(found)) if found else ("", 0.0, decided)
    if key == "damage":
        # "supporters damaged property": a crowd's own act; a building damaged by a blast or by
        # shelling is told by its own, stronger word
        obj = {t.lower_ for c in tok.children if c.dep_ in ("dobj", "obj") for t in c.subtree}
        crowd = _crowd_subject(tok) if tok.pos_ == "VERB" else ""
        return (sub, 0.4, f"{crowd} {decided}") if crowd and obj & PROPERTY_WORDS else ("", 0.0, decided)
    if key == "disrupt":
        crowd = _crowd_subject(tok) if tok.pos_ == "VERB" else ""
        aim = {t.lower_ for c in tok.children if c.dep_ in ("dobj", "obj") for t in c.subtree}
        if aim & {"rally", "rallies"}:
            # a rival's rally broken up is read from the rally's own words (a riot at a rally)
            return "", 0.0, decided
        gathering = aim & GATHERING_WORDS
        if crowd in DISRUPTERS or (tok.pos_ == "VERB" and gathering and any(c.dep_ == "nsubj" and c.lower_ in DISRUPTERS for c in tok.children)):
            # "angry youths disrupted a training for poll officials", "mobs disrupted the meeting": a crowd
            # breaking up others' gathering (ACLED: mob violence); protesters or workers who stop work
            # protest, and a crowd chanting its claims as it breaks the gathering up demonstrates violently
            if claim := words & CLAIM_WORDS:
                return "Violent demonstration", 0.5, f"{decided} + {sorted(claim)[0]}"
            return "Mob violence", 0.5, f"{crowd or 'crowd'} {decided}"
        return "", 0.0, decided
    if key in ("agreement", "accord", "sign", "agree"):
        if tok.lower_.startswith("accord") and tok.pos_ != "NOUN":
            return "", 0.0, decided  # "according to"
        found = words & PEACE_WORDS
        return ("Agreement", 0.6, ctx(found)) if found else ("", 0.0, decided)
    if key in ("headquarters", "base"):
        if tok.head.lemma_.lower() in ESTABLISH_LEMMAS and tok.dep_ in ("dobj", "obj", "nsubjpass"):
            return "Headquarters or base established", 0.6, f"{tok.head.text} {decided}"
        return "", 0.0, decided
    if key in ("hand over", "handover"):
        found = words & TERRITORY_WORDS
        return ("Non-violent transfer of territory", 0.6, ctx(found)) if found else ("", 0.0, decided)
    if key in ("withdraw", "withdrawal"):
        found = words & TERRITORY_WORDS
        frm = any(c.lower_ == "from" for c in tok.children)
        return (sub, 0.45, ctx(found)) if frm and found and words & MILITARY_WORDS else ("", 0.0, decided)
    if key in ("confiscate", "recover", "seizure"):
        found = words & ARMS_WORDS
        return ("Disrupted weapons use", 0.65, ctx(found)) if found else ("", 0.0, decided)
    if key == "round":
        return ("Arrests", 0.7, "rounded up") if nxt is not None and nxt.lower_ == "up" else ("", 0.0, decided)
    if key == "custody":
        return ("Arrests", 0.6, decided) if tok.head.lemma_.lower() in ("take", "into") else ("", 0.0, decided)
    if key == "blockade":
        return ("", 0.0, decided) if words & MILITARY_WORDS else (sub, 0.5, decided)
    if key in ("block", "barricade"):
        # "residents blocked the highway": a verb whose object is a road, with no troops about
        obj = {t.lower_ for c in tok.children if c.dep_ in ("dobj", "obj") for t in c.subtree}
        road = obj & ROAD_WORDS
        if tok.pos_ == "VERB" and road and not words & MILITARY_WORDS:
            return "Peaceful protest", 0.5, f"{decided} + {sorted(road)[0]}"
        crowd = _crowd_subject(tok)
        if tok.pos_ == "VERB" and crowd and obj & WORKS_WORDS and not words & MILITARY_WORDS:
            # "residents blocked construction of a landfill": people stopping works demonstrate
            return "Peaceful protest", 0.5, f"{crowd} {decided}"
        if key == "block" and tok.pos_ == "VERB" and crowd and obj & PASSAGE_WORDS and not words & MILITARY_WORDS:
            # Round 21d (Asia): "farmers blocked the railway track", "drivers blocked the gates of the
            # depot": people shutting a rail line or a site's way in demonstrate as on a road (ACLED)
            return "Peaceful protest", 0.5, f"{crowd} {decided} + {sorted(obj & PASSAGE_WORDS)[0]}"
        return "", 0.0, decided
    if key in ("dismantle", "discover"):
        # what was found or taken apart, its own object or a coordinated verb's ("discovered and
        # dismantled a bomb"): the bomb that was made safe is no explosion
        verbs = [tok, *(c for c in tok.children if c.dep_ == "conj"), *([tok.head] if tok.dep_ == "conj" else [])]
        obj = {t.lower_ for v in verbs for c in v.children if c.dep_ in ("dobj", "obj") for t in c.subtree}
        found = obj & (ARMS_WORDS | {"explosive", "explosives", "bomb", "ied", "device"})
        return ("Disrupted weapons use", 0.85, ctx(found)) if found else ("", 0.0, decided)
    if key in ("deploy", "deployment"):
        return sub, 0.4, decided
    if key == "target":
        return _targeting(tok, decided)
    if key == "explosive":
        return _laid_explosive(tok, decided)
    if key in ("body", "corpse"):
        # "the bodies of two men were found", "dumped the body in a river": the killing is told by its
        # victim; "body" in any other sense ("a local government body") is no event
        verb = tok.head
        if tok.dep_ in ("nsubjpass", "dobj", "obj", "nsubj") and _finding(verb):
            return "Attack", 0.4, f"{decided} {verb.text}"
        # a note's headline style, "11 bodies found near the river": the finding hangs on the noun
        told = next((c for c in tok.children if c.dep_ in ("acl", "relcl") and c.i > tok.i and _finding(c)), None)
        if told is not None:
            return "Attack", 0.4, f"{decided} {told.text}"
        return "", 0.0, decided
    return "", 0.0, decided


#: who or what takes aim in an act of war: armed men and forces, or the weapon itself
TARGETING_FORCES = MILITARY_WORDS | ARMED_GROUP_WORDS | {
    "police", "policemen", "officers", "force", "guards", "soldier", "militant", "jihadists", "maoists", "naxals", "naxalites",
}
#: a weapon that targets something, and the sub-event it tells
TARGETING_WEAPONS = {
    "ied": "Remote explosive/landmine/IED", "ieds": "Remote explosive/landmine/IED", "bomb": "Remote explosive/landmine/IED",
    "explosive": "Remote explosive/landmine/IED", "explosives": "Remote explosive/landmine/IED", "device": "Remote explosive/landmine/IED",
    "landmine": "Remote explosive/landmine/IED", "mine": "Remote explosive/landmine/IED", "grenade": "Grenade",
    "drone": "Air/drone strike", "drones": "Air/drone strike", "airstrike": "Air/drone strike", "jets": "Air/drone strike",
    "jet": "Air/drone strike", "warplane": "Air/drone strike", "helicopter": "Air/drone strike", "helicopters": "Air/drone strike",
    "gunships": "Air/drone strike", "gunship": "Air/drone strike", "planes": "Air/drone strike",
    "aircraft": "Air/drone strike", "warplanes": "Air/drone strike", "missile": "Shelling/artillery/missile attack",
    "missiles": "Shelling/artillery/missile attack", "rocket": "Shelling/artillery/missile attack",
    "rockets": "Shelling/artillery/missile attack", "mortar": "Shelling/artillery/missile attack",
    "mortars": "Shelling/artillery/missile attack", "artillery": "Shelling/artillery/missile attack",
}


#: an explosive laid in wait: planted, buried or hidden where its target will pass
LAID_LEMMAS = {"plant", "bury", "hide", "conceal", "attach", "lay", "place"}


def _laid_explosive(tok: Token, decided: str) -> tuple[str, float, str]:
    """'their vehicle drove over a buried explosive', 'an al Shabaab-planted explosive attached to a
    truck': the noun with a verb of laying it in wait for its modifier, its clause or the word
    before it. One found, removed or defused is no blast (disrupted weapons use is read elsewhere)."""
    if tok.pos_ != "NOUN" or _found_device(tok) or own_device(tok):
        return "", 0.0, decided
    doc = tok.doc
    laid = [c for c in tok.children if c.dep_ in ("amod", "acl", "compound") and c.lemma_.lower() in LAID_LEMMAS]
    if not laid and tok.i > 0 and doc[tok.i - 1].lemma_.lower() in LAID_LEMMAS and doc[tok.i - 1].tag_ == "VBN":
        laid = [doc[tok.i - 1]]  # "an al Shabaab-planted explosive": the parser may hang it elsewhere
    if not laid:
        return "", 0.0, decided
    return "Remote explosive/landmine/IED", 0.6, f"{laid[0].text} {decided}"


def _targeting(tok: Token, decided: str) -> tuple[str, float, str]:
    """'Pakistani troops targeted Indian posts', 'militants targeted by police', 'an IED targets a
    convoy': a verb of aiming whose doer (its subject, or the passive's "by" phrase) is an armed
    side or a weapon. Sanctions, campaigns and laws target people too: no event."""
    if tok.pos_ != "VERB":
        return "", 0.0, decided
    doers = [c for c in tok.children if c.dep_ == "nsubj"]
    doers += [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    for d in doers:
        low = d.lower_
        # "jet fighters", "army helicopters": the weapon named in the doer's words decides
        weapon = next((w for w in d.subtree if w.lower_ in TARGETING_WEAPONS), None)
        if weapon is not None:
            return TARGETING_WEAPONS[weapon.lower_], 0.6, f"{d.text} {decided}"
        if low in TARGETING_FORCES:
            return "Armed clash", 0.45, f"{d.text} {decided}"
    return "", 0.0, decided


def _finding(verb: Token) -> bool:
    """A verb of finding a body; "found" is the past of "find" whatever lemma the tagger gave it."""
    return verb.lemma_.lower() in BODY_FOUND_LEMMAS or verb.lower_ == "found"


def _names_place(tok: Token) -> bool:
    """The verb's object itself is a place ("overtook Milimani village", "overtook Kolbio"), not a
    thing that only stands in one ("overtook a matatu on the highway")."""
    return any(c.pos_ == "PROPN" or c.lower_ in CAPTURE_OBJECTS for c in tok.children if c.dep_ in ("dobj", "obj"))


def _has_propn(obj_words: set[str], tok: Token) -> bool:
    return any(t.pos_ == "PROPN" for c in tok.children if c.dep_ in ("dobj", "obj") for t in c.subtree)


def _is_anaphoric(tok: Token) -> bool:
    """A definite event noun ('the clashes', 'during the attack') points back to a told event."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in ANAPHORIC_HEADS:
        return False
    has_the = any(c.lower_ in ("the", "this", "that", "these", "those") for c in tok.lefts)
    under_during = tok.head.lower_ in ("during", "in", "after", "amid", "of", "since", "before") and tok.dep_ == "pobj"
    return has_the and (under_during or tok.dep_ in ("pobj", "nsubj", "dobj"))


#: a place taken with no fight told (ACLED: non-violent transfer of territory)
UNOPPOSED = re.compile(
    r"\b(?:no\s+(?:violence|fighting|resistance|clash(?:es)?|shots?)\s+(?:was|were)\s+(?:reported|fired|offered|met)"
    r"|without\s+(?:a\s+|any\s+)?(?:fight(?:ing)?|resistance|violence|a\s+shot(?:\s+(?:being\s+)?fired)?|bloodshed)"
    r"|unopposed|peacefully)\b",
    re.IGNORECASE,
)


def taken_unopposed(text: str) -> str:
    """'the rebels took the town without a fight', '... No violence was reported': the words that tell
    a territory changed hands with no fighting, or ""."""
    m = UNOPPOSED.search(text)
    return m.group(0) if m else ""


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


# Words of a fight both sides take part in: a crowd in one is rioting.
RECIPROCAL_WORDS = {
    "clash", "clashes", "clashed", "clashing", "battle", "battles", "battled", "fought", "fighting", "skirmishes",
    "gunfight", "gunbattle", "firefight", "encounter", "exchanged", "hurled",
}
LETHAL_WORDS = {"killed", "killing", "live", "ammunition", "dead", "died", "wounded", "injured"}
FORCE_WORDS = {"police", "policemen", "officers", "soldiers", "troops", "army", "gsu", "security", "askaris", "forces", "authorities"}
INTERVENTION_WORDS = {"arrests","tear", "teargas", "dispersed", "disperse", "cannon", "cannons", "rubber", "arrested", "detained", "batons", "beat", "clubs", "broke",
    # force stepping in, in the words the press uses for it ("lathicharged": beat with canes, South Asia)
    "intervened", "intervene", "repulsed", "lathicharged", "lathi-charged", "lathicharge", "baton-charged",
    "baton", "cane", "stopped", "foiled", "thwarted", "prevented",
    # "taken into custody", "halted by the police": held or stopped, an intervention like an arrest
    "custody", "halted", "barred", "cordoned",
    # the same acts told in the passive or as they go on ("were beaten by police", "detaining hundreds")
    "beaten", "detaining", "arresting", "scuffle", "scuffled", "scuffles",
    # tear gas told as a verb ("police teargassed the marchers"), and dispersal as it goes on
    "teargassed", "teargassing", "tear-gassed", "tear-gassing", "dispersing",
    # protesters thrown out or their gear taken by a force
    "ejected", "expelled", "confiscated"}


#: what a force does to a crowd beyond the intervention words: stop, push, hold or chase it
FORCE_ACTS = {
    "charged", "chased", "fired", "firing", "shot", "blocked", "halted", "arrest", "arresting", "detain",
    "detaining", "removed", "evicted", "cordoned", "barred", "scuffled", "scuffle", "pushed", "manhandled",
    "water", "clashed", "clash", "clashes", "scuffles", "held", "rounded", "forcibly", "assaulted", "injured",
    "attack", "attacked", "beaten", "beating", "lathi", "tear-gas", "stop", "stopping",
}


def retype_by_actors(
    sub: str, inter1: int | None, inter2: int | None, civilian_victims: bool, words: set[str], *, crowd: bool = False,
    reciprocal: bool = False,
) -> str:
    """Refine a sub-type once the actors are known (ACLED's definitions turn on who is involved):
    force used by state forces on protesters makes a protest event; violence by an armed actor on
    civilians alone is an attack on civilians, not a battle; an 'attack' on an armed actor is a
    battle."""
    inters = {i for i in (inter1, inter2) if i is not None}
    fought = sub == "Armed clash" and bool(words & (RECIPROCAL_WORDS | STRONG_RIOT_CUES))
    if 6 in inters and inters & {1, 3, 8} and sub not in RIOT_SUBS and not fought:
        # a crowd that fights back (riot cues, a clash) is rioting, whatever force the police use (ACLED)
        # Lethal or live fire is excessive force; tear gas and rubber bullets are an intervention.
        opened_fire = {"opened", "fire"} <= words or "shot" in words
        if words & LETHAL_WORDS or (opened_fire and not words & {"tear", "rubber", "teargas"}):
            # ACLED keeps excessive force for force used on peaceful protesters: a crowd that
            # stones, burns or clashes is rioting, however the police answer
            return "Violent demonstration" if words & STRONG_RIOT_CUES else "Excessive force against protesters"
        # arrests of activists with no protest told are arrests
        if (sub == "Peaceful protest" and words & (INTERVENTION_WORDS | FORCE_ACTS)) or (
            words & PROTEST_CONTEXT and (sub == "Arrests" or words & INTERVENTION_WORDS)
        ):
            # a force only named ("police were deployed", "against the police") did not step in
            return "Protest with intervention"
    if 6 in inters and not crowd and sub in ("Armed clash", "Violent demonstration") and not inters & {2, 3, 4}:
        # protesters fighting police or troops: a violent demonstration
        return "Violent demonstration"
    if crowd and sub in ("Armed clash", "Attack"):
        # supporters, fans or rioters fighting: a riot, violent against police or troops, else mob violence
        return "Violent demonstration" if inters & {1, 8} else "Mob violence"
    if sub == "Attack" and inter2 == 5 and inter1 in (1, 8):
        # rioters shot or beaten by police or troops: the riot is the event (ACLED: violent demonstration)
        return "Violent demonstration"
    if sub == "Attack" and inter2 is not None and inter2 not in (5, 6, 7) and inter1 not in (5, 6, 7):
        return "Armed clash"
    if sub == "Attack" and inter1 == 7 and inter2 in (1, 8):
        # people who attack police or troops fight them; civilians beside an armed group are its victims
        return "Armed clash"
    if reciprocal and sub == "Armed clash" and {inter1, inter2} == {1, 7}:
        # Round 18b: "police and traders clashed", "a running battle between police and residents":
        # people who fight a force are no victims of it but a crowd that riots (ACLED); the coder
        # reads the riot from the unarmed side below
        return sub
    if sub == "Armed clash" and inter1 not in (7, None) and (inter2 == 7 or (inter2 is None and civilian_victims and not reciprocal)):
        # "the Borana and Somalis clashed; two herders died": both sides fought, whoever the dead were
        return "Attack"
    return sub


ATTACK_LEMMAS = {"attack", "assault", "raid", "storm", "ambush"}
ARMED_TARGET_WORDS = {
    "checkpoint", "checkpoints", "post", "posts", "outpost", "outposts", "base", "bases", "convoy", "convoys", "camp",
    "patrol", "patrols", "garrison", "barracks", "positions", "position", "station", "headquarters", "troops",
    "soldiers", "forces", "police", "policemen", "army", "militants", "rebels", "fighters", "insurgents",
}
STRONG_RIOT_CUES = {
    "stones", "rocks", "pelted", "pelting", "stoned", "barricaded", "barricades", "barricade", "bonfires", "tyres",
    "tires", "torched", "vandalised", "vandalized", "vandalising", "vandalizing", "looted", "looting", "smashed",
    "violent", "violently", "rampage", "rioted", "rioting", "cocktails", "ransacked", "clashed", "clashes",
    "burnt", "burned", "burning", "damaged", "stone-throwing", "set", "battles",
    # destruction and fires lit by the crowd (ACLED: property destruction, burning tyres make a violent demonstration)
    "destroyed", "destroying", "shattered", "smashing", "lit", "hurled", "hurling", "barricading",
    "light", "lighting", "rowdy", "brickbats", "bricks",
    # the same acts in the present tense of headlines and summaries ("students burn offices")
    "burn", "burns", "torch", "torches", "destroy", "destroys", "smash", "smashes", "loot", "loots",
    "vandalise", "vandalises", "vandalize", "vandalizes", "pelt", "pelts", "hurl", "hurls", "ransack", "ransacks",
    # ACLED's codebook: road-blocking "using barricades, burning tires, or other material" is violent,
    # and so is holding people; a crowd that clashes or is called rioters is no peaceful one
    "dumped", "dumping", "dump", "dumps", "hostage", "hostages", "clash", "rioters",
    # fire set as it goes on ("protested by setting fire to stalls"), kiosks being pulled down by the crowd
    # ("demolished" is left out: "their homes were demolished" is what a crowd protests)
    "setting", "demolishing",
    # running battles fought with the police
    "battle", "battled", "battling",
    # a crowd in confrontations with the police, or a protest that turned chaotic, is no peaceful one
    "confrontation", "confrontations", "chaotic",
    # Round 21b (Asia sides): a crowd named by its stone throwing, and the press's "chase and
    # counter-chase" of a crowd and a force (set by the report's reader, ``CROWD_FRAY`` in events)
    "stone-pelting", "counter-chase",
    # a protest that "turned riotous" is told as a riot in so many words (ACLED: violent demonstration)
    "riotous",
    # damage told as a noun ("the demonstration led to destruction of property"), and premises
    # broken into by the crowd (a cue crowd_violence adds)
    "destruction", "vandalism", "break-in",
    # people attacked or hurt by the crowd itself (a cue crowd_violence adds)
    "crowd-attack", "forced-entry", "line-broken",
}

#: verbs of breaking that, with "into", tell a crowd forcing its way into premises
_BREAK_VERBS = {"broke", "break", "breaks", "breaking"}
#: what a crowd does to people or things when it turns violent
#: (a crowd that pulls down kiosks or stalls itself destroys property: "the traders demolished the
#: council's kiosks"; "their kiosks were demolished" has no crowd for its subject; Round 21: a crowd
#: that seizes an official and carries him off holds him by force)
_CROWD_HARM = {"attack", "assault", "injure", "beat", "stone", "demolish", "abduct", "kidnap"}


def crowd_violence(tokens: Iterable[Token], skip: set[int]) -> set[str]:
    """Riot cues that need the parse, outside ``skip`` (what the protest is about: 'protested after
    thieves broke into the school') and what the crowd demands: a crowd that forces its way into
    premises ('students broke into the staff room': "break-in") or attacks, beats or hurts people
    or things itself ('the youths attacked vehicles': "crowd-attack") uses violence (ACLED: a
    violent demonstration). Police or troops, and people told as unknown, are not the crowd."""
    for t in tokens:
        into = t.lower_ in _BREAK_VERBS and t.i not in skip and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "into"
        if into and not any(c.dep_ == "nsubj" and c.lower_ in FORCE_WORDS for c in t.children) and not grievance_of(t):
            return {"break-in"}
        if t.i not in skip and (forced := _forced_by_crowd(t)):
            return {forced}
        if t.lemma_.lower() in _CROWD_HARM and t.pos_ == "VERB" and t.i not in skip and not grievance_of(t):
            verb = t
            while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children) and verb.head.i != verb.i:
                verb = verb.head  # "blocked roads, attacked vehicles": the first verb's subject
            subj = [c for c in verb.children if c.dep_ == "nsubj"]
            if subj and subj[0].lower_ in CROWD_SUBJECTS | MOB_PEOPLE | CROWD_DOERS and not any(
                w.lower_ in FORCE_WORDS | ARMED_GROUP_WORDS | {"unknown", "unidentified"} for w in subj[0].subtree
            ):
                # "the youth blocked roads, attacked vehicles and injured passengers"
                return {"crowd-attack"}
    return set()


#: the lines a force holds against a crowd ("broke a police line", "breached the cordon")
_FORCE_LINES = {"line", "lines", "cordon", "cordons"}


def _forced_by_crowd(t: Token) -> str:
    """'tried to forcibly enter the offices', 'the protest broke a police line': a crowd that uses
    force to get in or through a force's line acts violently (ACLED: a violent demonstration).
    The cue word, or "" (also when the force is the doer: "police forcibly dispersed them")."""
    if t.lower_ == "forcibly" and t.dep_ == "advmod" and t.head.pos_ == "VERB":
        verb = t.head
    elif t.lemma_.lower() in ("break", "breach") and t.pos_ == "VERB" and any(
        c.dep_ in ("dobj", "obj") and c.lower_ in _FORCE_LINES for c in t.children
    ):
        verb = t
    else:
        return ""
    doer = verb
    while doer.dep_ in ("xcomp", "conj") and not any(c.dep_ == "nsubj" for c in doer.children) and doer.head.i != doer.i:
        doer = doer.head  # "attempted to forcibly enter": the subject of "attempted"
    subj = [c for c in doer.children if c.dep_ in ("nsubj", "nsubjpass")]
    if doer.dep_ == "relcl":
        subj.append(doer.head)  # "supporters who tried to forcibly enter"
    if not subj or any(w.lower_ in FORCE_WORDS | ARMED_GROUP_WORDS for s in subj for w in s.subtree):
        return ""
    return "forced-entry" if t.lower_ == "forcibly" else "line-broken"


#: what a crowd burns as a symbol, not as damage: an effigy, or a mock coffin bearing a name
SYMBOLS_BURNT = {"effigy", "effigies", "coffin", "coffins"}
#: what is lit at a vigil: with these and no fire told, "lit" is no violence
VIGIL_LIGHTS = {"candle", "candles", "lamp", "lamps", "lantern", "lanterns", "vigil", "torchlight"}
# Words that make a station, camp, post or convoy a civilian one: "a polling station", "a refugee
# camp", "a trading post", "a campaign convoy" are no armed target.
CIVIL_SITE_WORDS = {
    "polling", "bus", "petrol", "filling", "railway", "radio", "power", "refugee", "refugees", "idp", "idps",
    "displacement", "displaced", "campaign", "political", "wedding", "aid", "humanitarian", "medical", "trading",
}
SITE_WORDS = {"station", "post", "posts", "camp", "camps", "convoy", "convoys"}


def _armed_targets(hit: set[str]) -> set[str]:
    found = hit & ARMED_TARGET_WORDS
    return found - SITE_WORDS if hit & CIVIL_SITE_WORDS else found


#: people and places with no arms, named as what an attack was aimed at ("attacked a village",
#: "opened fire on students"): ACLED's codebook keeps violence against unarmed civilians apart from
#: battles, whoever the attackers are
UNARMED_TARGET_WORDS = {
    "civilian", "civilians", "village", "villages", "villagers", "residents", "students", "pupils", "school",
    "fisherman", "fishermen", "herder", "herders", "herdsmen", "farmer", "farmers", "worshippers", "church",
    "mosque", "market", "hotel", "passengers", "traders", "shoppers", "women", "children", "family", "families",
    "homestead", "homesteads", "teachers", "journalist", "journalists", "patients", "hospital", "travellers",
    "motorists", "pedestrians", "tourists", "refugees", "wedding", "mourners", "congregation", "bar", "restaurant",
}


#: armed people and posts an aim may name beside a village or a market ("a check point in the village")
GUARD_WORDS = {"check", "guards", "guard", "officers", "officer", "reservist", "reservists", "security", "military", "askaris"}


def unarmed_target(target: set[str]) -> str:
    """The word that names an attack's aim as unarmed people or a civilian place ("attack Kenyan
    villagers"), or "" when the aim names none or also names an armed one ("attacked a police post
    near the market")."""
    if not target or target & (ARMED_TARGET_WORDS | ARMED_GROUP_WORDS | GUARD_WORDS):
        return ""
    hit = target & UNARMED_TARGET_WORDS
    if not hit and target & PEOPLE_MEMBERS and target & COMMUNITY_WORDS:
        # "attacked members of the Garre clan": a people's members, not its militia, are civilians
        hit = target & PEOPLE_MEMBERS
    return sorted(hit)[0] if hit else ""


#: who belongs to a people ("members of the Turkana tribe") ...
PEOPLE_MEMBERS = {"members", "member"}
#: ... and the people they belong to (a militia of theirs is an armed group word and rules it out)
COMMUNITY_WORDS = {"clan", "clans", "tribe", "tribes", "community", "communities"}


ROAD_WORDS = {"road", "roads", "highway", "highways", "street", "streets", "traffic", "route", "bridge"}
RIOT_SUBS = {"Violent demonstration", "Mob violence"}
#: words that set violence in a demonstration: ACLED's codebook keeps "violent demonstration" for
#: demonstrators who turn violent (or block roads with barricades and burning tyres) and codes
#: rioters' violence outside any demonstration as "mob violence"
DEMONSTRATION_WORDS = PROTEST_CONTEXT | {
    "protesting", "protestors", "demonstrating", "demonstrate", "demonstrators", "demonstrations", "march",
    "marches", "marching", "rallies", "rallying", "strike", "strikes", "striking", "walkout", "riot", "riots",
    "rioted", "rioting", "rioters", "rampage", "barricades", "barricaded", "barricade", "barricading",
    "bonfires", "bonfire", "tyres", "tires", "block", "blocked", "blocking", "blocks", "roadblock", "roadblocks",
    "blockaded", "demand", "demanded", "demanding", "demands", "petition", "boycott", "unrest", "agitating",
    "agitated", "agitate", "chanted", "chanting", "slogans", "pickets", "obstructed", "blockage", "shutdown",
}
#: a device found or made safe before it went off (ACLED's codebook lists defusals under
#: disrupted weapons use)
DEFUSAL_WORDS = {
    "defused", "defuse", "defusing", "diffused", "dismantled", "dismantle", "deactivated",
    "disabled", "neutralised", "neutralized", "discovered", "uncovered", "unearthed",
    # headlines tell it in the present; a device told as unexploded never went off
    "uncover", "uncovers", "unearth", "unearths", "defuses", "dismantles", "deactivate", "deactivates", "unexploded",
}
#: a crowd out for blood: with no armed group named, its killings and beatings are mob violence (ACLED)
MOB_WORDS = {"mob", "mobs", "lynched", "lynch", "lynching", "irate", "rowdy", "vigilante", "vigilantes"}


#: road vehicles: burnt in the street they are the usual target of rioters
VEHICLE_WORDS = {
    "bus", "buses", "vehicle", "vehicles", "car", "cars", "truck", "trucks", "lorry", "lorries", "pickup", "van",
    "vans", "jeep", "motorcycle", "motorcycles", "motorbike", "motorbikes", "minibus", "rickshaw", "rickshaws",
    "tempo", "tanker", "matatu", "matatus", "coach",
}
ARSON_LEMMAS = {"set", "torch", "burn", "arson", "firebomb", "set fire", "set ablaze", "set afire", "set alight"}


#: protests that name a span of days (a general strike, a blockade) rather than a crowd in one place
PERIOD_PROTESTS = {"hartal", "bandh", "blockade", "blockades"}


#: strikes and blockades a crowd enforces on the street (a blockade is also misspelt "blockage")
ENFORCED_PROTESTS = PERIOD_PROTESTS | {"bandhs", "hartals", "blockage", "shutdown"}
#: the cue standing for an act the text makes part of a strike's enforcement (no token reads so)
SERVED_PROTEST = "served-protest"
_SERVING = re.compile(
    r"\b(?:as\s+(?:a\s+)?part\s+of|to\s+enforce|enforcing|to\s+impose|imposing)\s+(?:(?:the|a|an|their|its)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:hartals?|bandhs?|blockades?|blockage|shutdown)\b"
    r"|\bpro-(?:hartal|bandh|blockade|shutdown)\b",
    re.IGNORECASE,
)


def serves_protest(text: str) -> bool:
    """'as part of the nationwide blockade', 'to enforce the hartal', 'pro-shutdown activists': the
    text ties what is told to a strike's or blockade's enforcement."""
    return _SERVING.search(text) is not None


def blast_in_strike_time(doc: Doc, chosen: Trigger, others: list[Trigger]) -> Trigger | None:
    """'on the eighth day of the hartal, four bombs were hurled': a strike or blockade named in a
    phrase of time or place only dates the blast told beside it, which is the event (its actors then
    decide riot or explosion); a hartal that is the clause's own subject or object stays the event."""
    head = doc[chosen.token]
    if head.lower_ not in PERIOD_PROTESTS or head.dep_ != "pobj":
        return None
    blasts = [t for t in others if t.sub_event_type in ("Remote explosive/landmine/IED", "Grenade")]
    return max(blasts, key=lambda t: t.strength) if blasts else None


def retype_by_context(
    sub: str, trigger_lemma: str, words: set[str], inters: set[int], kinds: set[str], target: set[str] | None = None
) -> tuple[str, str]:
    """Sub-type refinements from the words of the whole report (ACLED definitions), with the cue that
    decided (or "" when nothing changed): a demonstration with destruction, stones, barricades or
    blocked roads is a violent demonstration; property destruction during a protest, strike or
    blockade is rioting; an attack with no armed target is violence against civilians."""
    protest_ctx = words & PROTEST_CONTEXT
    crowd_kinds = kinds & {"crowd", "protesters", "rioters"}
    if sub in ("Peaceful protest", "Protest with intervention"):
        cues = words & STRONG_RIOT_CUES
        if not words & {"fire", "ablaze", "afire", "alight"}:
            cues -= {"set", "setting"}
        if words & {"peaceful", "peacefully"}:
            # "traders held a peaceful demonstration against the demolishing of their kiosks": told
            # peaceful, the demolition is what they protest, not what they did
            cues -= {"setting", "demolishing"}
        if SYMBOLIC_BURNING in words:
            # only symbols were burnt (``symbolic_burning``): their burning words are no riot cue
            cues -= {"burnt", "burned", "burning", "burn", "burns", "set", "setting", "torched", "torch", "lit"}
        fire_told = words & {"fire", "fires", "bonfire", "bonfires", "tyres", "tires", "blaze"}
        if cues & {"light", "lighting"} and not fire_told:
            cues -= {"light", "lighting"}  # "light injuries", "street lighting": no fire lit
        if "lit" in cues and not fire_told and words & VIGIL_LIGHTS:
            cues.discard("lit")  # "lit candles" at a vigil is no violence; "lit twigs on the road" is
        # A road blocked by the crowd alone stays a protest: ACLED's codebook makes road-blocking violent
        # only with barricades, burning tyres or other material, which are cues of their own above.
        if cues:
            return "Violent demonstration", sorted(cues)[0]
        stopped = words & INTERVENTION_WORDS
        if "into" not in words:
            stopped.discard("custody")  # "died in police custody" is a grievance; "taken into custody" an arrest
        # "they were dispersed by police", "six arrests": the force may be named only in passing
        # arrests made at a protest are made by the police, named or not
        if sub == "Peaceful protest" and stopped and (inters & {1, 8} or words & FORCE_WORDS or stopped & {"arrests", "arrested", "detained", "custody"}):
            return "Protest with intervention", sorted(stopped)[0]
        return sub, ""
    if sub == "Looting/property destruction" and (protest_ctx or crowd_kinds) and not inters & {1, 2, 8}:
        if not protest_ctx and (mob := words & MOB_WORDS):
            # "a vigilante mob razed the suspect's home": a mob out of any demonstration (ACLED: mob violence)
            return "Mob violence", sorted(mob)[0]
        return "Violent demonstration", sorted(protest_ctx or crowd_kinds)[0]
    aimed = target or set()
    # a passive ("a bus was torched") leaves the parse no object: any vehicle named will do, unless
    # the object told is other property ("torched a house near the bus stop")
    burnt = aimed & VEHICLE_WORDS or (set() if aimed & (PROPERTY_WORDS - VEHICLE_WORDS) else words & VEHICLE_WORDS)
    if (
        sub == "Looting/property destruction" and trigger_lemma in ARSON_LEMMAS and burnt and kinds <= {"unidentified"}
        and not inters & {1, 2, 4, 7, 8}
        # "the militants burnt the station and a vehicle": an armed group's arson, not a riot
        and not words & ARMED_GROUP_WORDS - {"armed"}
    ):
        # "assailants torched a bus", "a bus was set on fire": vehicles burnt in the street by people
        # no armed group or force is named for are rioting (ACLED), not an armed group's act
        return "Violent demonstration", sorted(burnt)[0]
    if sub in ("Remote explosive/landmine/IED", "Grenade") and protest_ctx and not inters & {1, 2, 8} and (
        crowd_kinds or protest_ctx - PERIOD_PROTESTS
    ):
        # bombs a crowd throws riot (ACLED: violent demonstration); bombs set off on a day of a
        # hartal or a blockade, by no crowd the text names, are explosions: the strike is their time
        return "Violent demonstration", sorted(protest_ctx)[0]
    if (
        sub in ("Remote explosive/landmine/IED", "Grenade") and SERVED_PROTEST in words and words & ENFORCED_PROTESTS
        and not inters & {1, 2, 8}
    ):
        # "bombs were hurled at a bus as part of the nationwide blockade", "pro-shutdown activists
        # hurled bombs at a train": the text makes the blasts the strike's own enforcement, the acts
        # of its picketers (ACLED: a violent demonstration), not an armed group's bombing
        return "Violent demonstration", sorted(words & ENFORCED_PROTESTS)[0]
    if sub in ("Remote explosive/landmine/IED", "Grenade") and (made_safe := words & DEFUSAL_WORDS):
        # "police found the device and defused it": a bomb made safe is disrupted weapons use (ACLED)
        return "Disrupted weapons use", sorted(made_safe)[0]
    if sub == "Armed clash" and trigger_lemma in ATTACK_LEMMAS | {"fire", "strike"}:
        # "gunmen opened fire on a shop" is an attack like any other: its target decides
        armed = inters & {1, 2, 3, 4, 8}
        # what was attacked, when the parse says ("attacked a school"), else any word of the report
        # (the attackers' own "militants" must not count as an armed target)
        hit = target if target else words
        if len(armed) < 2 and not (_armed_targets(hit)) and (7 in inters or len(inters) <= 1):
            return "Attack", "no armed target"
    if sub == "Disrupted weapons use" and target and target & PROTEST_CONTEXT:
        # "police foiled the party's demonstration": a protest stopped, no weapon
        return "Protest with intervention", sorted(target & PROTEST_CONTEXT)[0]
    if sub == "Arrests" and protest_ctx and "Protest" not in sub:
        if cues := words & STRONG_RIOT_CUES - {"set", "setting"}:
            # "students arrested after they burned a dormitory in protest": the arrests end a riot
            return "Violent demonstration", sorted(cues)[0]
        return "Protest with intervention", sorted(protest_ctx)[0]
    return sub, ""


#: crowd event types whose grievance may name an accident, a disaster or a crime
GRIEVANCE_SUBS = PROTEST_SUBS | RIOT_SUBS


def non_event_words(sent: Span, triggers: list[Trigger]) -> set[str]:
    """The sentence's words the not-an-event test reads: what a crowd protests ("blocked the road in
    protest of an accidental killing", "burnt buses after a crash") is its grievance, not the kind
    of text, and "storm" as a verb is an assault, no weather."""
    doc = sent.doc
    drop: set[int] = set()
    for t in triggers:
        if t.sub_event_type not in GRIEVANCE_SUBS:
            continue
        head = doc[t.token]
        drop |= protest_cause(head)
        if head.pos_ == "NOUN":
            # "in protest of X": the noun's "of" phrase is what the crowd protests
            drop |= {x.i for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for x in c.subtree}
    if any(t.sub_event_type in GRIEVANCE_SUBS and doc[t.token].lower_ not in GRIEVANCE_WORDS for t in triggers):
        # "formed a human chain to demand help against the drought", "struck to press their demands
        # for accident cover": a disaster, an accident or a crime named in what the crowd asks for
        # is its grievance (only those words are climbed from, so the test stays cheap)
        # (the words read from the LOWER column: a Token only for a word of those kinds)
        lower_col, strings = column(doc, LOWER), doc.vocab.strings
        drop |= {
            i for i in range(sent.start, sent.end)
            if strings[lower_col[i]] in _GRIEVED_TOPICS and grievance_of(doc[i])
        }
    words = span_words(doc, sent.start, sent.end)
    # (each walk below only where the sentence holds a word it looks for)
    if any(w.startswith("storm") for w in words):
        drop |= {i for i in range(sent.start, sent.end) if doc[i].lower_.startswith("storm") and doc[i].pos_ == "VERB"}
    if not words.isdisjoint(BEFORE_WORDS):
        drop |= _prior_events(sent, triggers)
    if not words.isdisjoint(_NAME_EVENT_WORDS):
        drop |= _name_words(sent)
    if not words.isdisjoint(CRIME_WORDS):
        drop |= _crime_denied(sent)
    if not drop:
        return words
    return lowers(doc, sent.start, sent.end, drop)


def _name_words(sent: Span) -> set[int]:
    """'the Anti-Stock Theft Unit', 'the Flood Relief Fund': a word inside a capitalised name (not
    opening the sentence, next to another capitalised proper noun) names a body, not a crime or a
    disaster that happened."""
    doc = sent.doc
    return {
        t.i for t in sent
        if t.pos_ == "PROPN" and t.is_title and t.i > sent.start
        and any(0 <= j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].is_title for j in (t.i - 1, t.i + 1))
        and t.lower_ in CRIME_WORDS | DISASTER_WORDS | ACCIDENT_WORDS
    }


_NAME_EVENT_WORDS = CRIME_WORDS | DISASTER_WORDS | ACCIDENT_WORDS

#: words that set a motive aside: "unrelated to theft", "unconnected with a robbery"
_SET_ASIDE = {"unrelated", "unconnected"}


def _crime_denied(sent: Span) -> set[int]:
    """'the killing was not linked to robbery', 'police ruled out robbery', 'no theft was reported':
    a crime the text denies is not what happened, so it does not make the text a crime report (a
    killing with robbery ruled out is exactly the one ACLED keeps as violence against civilians)."""
    found: set[int] = set()
    for t in sent:
        if t.lower_ not in CRIME_WORDS:
            continue
        head = t.head.head if t.dep_ == "pobj" and t.head.dep_ == "prep" else t.head
        denied = (
            any(c.dep_ == "det" and c.lower_ == "no" for c in t.children)
            or (t.dep_ in ("pobj", "attr") and (head.lower_ in _SET_ASIDE or any(c.dep_ == "neg" for c in head.children)))
            or (t.dep_ == "dobj" and head.lemma_ == "rule" and any(c.lower_ == "out" for c in head.children))
        )
        if denied:
            found |= {x.i for x in t.subtree}
    return found

#: words opening what came before an act: "after an accident", "following a crash"
BEFORE_WORDS = {"after", "following"}


def _prior_events(sent: Span, triggers: list[Trigger]) -> set[int]:
    """'police shot a volunteer helping victims after a road accident', 'a mob stoned an officer
    clearing cars after a crash': what an act follows sets its time, not its kind. Only an act of
    its own counts (a shooting, a stoning): 'two died after a bus crashed' is still the accident."""
    doc = sent.doc
    acts = [doc[t.token] for t in triggers if not t.casualty_only]
    found: set[int] = set()
    # (the words read from the LOWER column: a Token only for "after" or "following")
    lower_col, strings = column(doc, LOWER), doc.vocab.strings
    for i in range(sent.start, sent.end):
        if strings[lower_col[i]] not in BEFORE_WORDS:
            continue
        tok = doc[i]
        scope = tok if tok.dep_ == "prep" else tok.head if tok.dep_ == "mark" else None
        if scope is None:
            continue
        inside = set(subtree_ids(scope))
        if any(a.i not in inside for a in acts):
            found |= inside
    return found


def non_event_reason(words: set[str], strongest: float, subs: set[str], armed_actor: bool = False) -> str | None:
    """Texts that are not political violence or demonstrations (ACLED codes neither): natural
    disasters, accidents, and crime with no political actor. Only weak triggers are overruled."""
    violent = subs - {"Looting/property destruction", "Attack", "Remote explosive/landmine/IED", "Other"}
    if "Peaceful protest" in subs and words & PROTEST_CONTEXT and strongest >= 0.7:
        # a protest over a leak, a flood or a crash is still a protest
        return None
    if words & DISASTER_WORDS and strongest < 0.8 and not violent & {"Armed clash", "Air/drone strike"}:
        return f"natural disaster ({sorted(words & DISASTER_WORDS)[0]})"
    if words & ACCIDENT_WORDS and strongest < 0.75 and not words & ARMED_TARGET_WORDS - {"police", "station", "post"}:
        return f"accident ({sorted(words & ACCIDENT_WORDS)[0]})"
    political = {"militants", "rebels", "insurgents", "militia", "terrorists", "jihadists", "bandits", "gunmen"}
    state_violence = words & {"police", "policemen", "officers", "soldiers", "troops", "army"} and subs & {"Attack", "Armed clash"}
    mob_justice = words & {"mob", "mobs", "villagers", "residents", "crowd", "youths", "locals", "vigilante", "vigilantes"} and words & VIOLENCE_WORDS
    if words & CRIME_WORDS and not armed_actor and not state_violence and not mob_justice and not subs & (RIOT_SUBS | {"Peaceful protest"}) and strongest < 0.8 and not words & political:
        return f"crime without a political actor ({sorted(words & CRIME_WORDS)[0]})"
    return None


#: verbs by which a crowd (or its leaders) alleges what it protests ("alleging that the school is
#: looting parents", "accused officials of harassing them", "complained of extortion") ...
CLAIM_LEMMAS = {"allege", "accuse", "complain", "claim"}
#: ... and verbs of saying, which tell a claim only when the crowd is the one who says it
#: ("the protesters said police had beaten their leader", "the organisers hold that ...")
SAYING_LEMMAS = {"say", "hold", "maintain", "insist", "state", "argue"}
#: who tells a claim of a crowd's: the crowd itself, its leaders and organisers
CLAIMANTS = CROWD_DOERS | CROWD_SUBJECTS | {"leaders", "leader", "organisers", "organizers", "protestor", "protester"}
#: tellers whose telling is a report of what happened, not a grievance
OFFICIAL_TELLERS = {"officials", "official", "government", "minister", "spokesman", "spokesperson", "commander", "chief"}


def crowd_claims(tokens: Iterable[Token]) -> set[int]:
    """Token indices of what a crowd alleges or says: the clause (or object) of "allege",
    "accuse ... of", "complain", "claim" told by anyone but police or officials, and the clause of
    a verb of saying whose subject is the crowd or its leaders. Violence, arrests or looting told
    there are the crowd's grievance, not its acts nor a force meeting it (ACLED types a protest by
    what the demonstrators did)."""
    found: set[int] = set()
    for v in tokens:
        lemma = v.lemma_.lower()
        if v.pos_ != "VERB" or lemma not in CLAIM_LEMMAS | SAYING_LEMMAS:
            continue
        subj = {w.lower_ for c in v.children if c.dep_ == "nsubj" for w in c.subtree}
        if subj & (FORCE_WORDS | OFFICIAL_TELLERS) or (lemma in SAYING_LEMMAS and not subj & CLAIMANTS):
            continue
        for c in v.children:
            told = c.dep_ == "ccomp" or (
                lemma in CLAIM_LEMMAS - {"claim"}
                and (c.dep_ in ("dobj", "obj") or (c.dep_ == "prep" and c.lower_ in ("of", "about")))
            )
            if told:
                found |= {t.i for t in c.subtree}
    return found
