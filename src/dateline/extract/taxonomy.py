"""The ACLED event taxonomy (6 types, 25 sub-event types) and its PLOVER and CAMEO mappings.

Categories are facts from ACLED's public codebook (2019+ taxonomy); the PLOVER event/mode and the
CAMEO root code chosen for each sub-type are ours, picked as the nearest category in those schemes.
PLOVER events follow the category list of the PLOVER gold standard release, which keeps FIGHT
(armed conflict between organised forces: battles, shelling, air strikes) apart from ASSAULT
(violence by one side: bombs, attacks on civilians, abductions).
"""

from __future__ import annotations

from dataclasses import dataclass

BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VAC = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"


@dataclass(frozen=True)
class SubType:
    name: str
    event_type: str
    plover: str
    plover_mode: str | None
    cameo: str
    disorder: str


_PV = "Political violence"
_DEMO = "Demonstrations"
_SD = "Strategic developments"

SUB_TYPES: dict[str, SubType] = {
    s.name: s
    for s in (
        SubType("Armed clash", BATTLES, "FIGHT", "firearms", "190", _PV),
        SubType("Government regains territory", BATTLES, "FIGHT", "heavy-weapons", "190", _PV),
        SubType("Non-state actor overtakes territory", BATTLES, "FIGHT", "heavy-weapons", "190", _PV),
        SubType("Chemical weapon", EXPLOSIONS, "ASSAULT", "chemical", "200", _PV),
        SubType("Air/drone strike", EXPLOSIONS, "FIGHT", "aerial", "195", _PV),
        SubType("Suicide bomb", EXPLOSIONS, "ASSAULT", "suicide-attack", "183", _PV),
        SubType("Shelling/artillery/missile attack", EXPLOSIONS, "FIGHT", "heavy-weapons", "194", _PV),
        SubType("Remote explosive/landmine/IED", EXPLOSIONS, "ASSAULT", "explosives", "183", _PV),
        SubType("Grenade", EXPLOSIONS, "ASSAULT", "explosives", "183", _PV),
        SubType("Sexual violence", VAC, "ASSAULT", "sexual", "1823", _PV),
        SubType("Attack", VAC, "ASSAULT", "firearms", "180", _PV),
        SubType("Abduction/forced disappearance", VAC, "ASSAULT", "abduct", "181", _PV),
        SubType("Peaceful protest", PROTESTS, "PROTEST", "demo", "141", _DEMO),
        SubType("Protest with intervention", PROTESTS, "PROTEST", "demo", "141", _DEMO),
        SubType("Excessive force against protesters", PROTESTS, "COERCE", "firearms", "175", _DEMO),
        SubType("Violent demonstration", RIOTS, "PROTEST", "riot", "145", _DEMO),
        SubType("Mob violence", RIOTS, "ASSAULT", "beat", "145", _PV),
        SubType("Agreement", STRATEGIC, "AGREE", None, "057", _SD),
        SubType("Arrests", STRATEGIC, "COERCE", "arrest", "173", _SD),
        SubType("Change to group/activity", STRATEGIC, "MOBILIZE", None, "150", _SD),
        SubType("Disrupted weapons use", STRATEGIC, "COERCE", "seize", "176", _SD),
        SubType("Headquarters or base established", STRATEGIC, "MOBILIZE", None, "150", _SD),
        SubType("Looting/property destruction", STRATEGIC, "COERCE", "seize", "175", _SD),
        SubType("Non-violent transfer of territory", STRATEGIC, "RETREAT", None, "087", _SD),
        SubType("Other", STRATEGIC, "MOBILIZE", None, "150", _SD),
    )
}

EVENT_TYPES: tuple[str, ...] = (BATTLES, EXPLOSIONS, VAC, PROTESTS, RIOTS, STRATEGIC)


def sub_type(name: str) -> SubType:
    """Look up a sub-event type by its ACLED name; KeyError names the unknown type."""
    try:
        return SUB_TYPES[name]
    except KeyError:
        raise KeyError(f"unknown ACLED sub-event type {name!r}") from None
