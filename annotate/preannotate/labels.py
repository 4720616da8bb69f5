"""The schema's enum members as module constants, for the compiled pre-annotator.

In a mypyc-compiled function, `EntityType.PER` is a dictionary lookup of the class and then
an attribute lookup through EnumType's `__getattr__` (a slow Python-level call) at every
read; a `Final` constant of a module compiled in the same build, imported by name, is read
as a C static. So the compiled modules' functions compare labels with these names
(`entity.type is PER`, `role is ROLE_TIME`, `value.type is VALUE_TIME`); tables built once at
import time keep the enum spelling. Entity types keep their bare codes; every other enum's
members carry its prefix, which also keeps apart members of the same name (Role.TIME and
ValueType.TIME, Modality.FUTURE and Tense.FUTURE; an org subtype is `SUBTYPE_GOV`, apart
from the lexicon kinds of `gazetteer` such as `ORG_HEAD`).
"""

from __future__ import annotations

from typing import Final

from annotate.schema import (
    AgreementKind,
    AgreementStage,
    ControlDirection,
    EntityType,
    EventType,
    Modality,
    OrgSubtype,
    Polarity,
    Role,
    Tense,
    ValueType,
)

PER: Final = EntityType.PER
ORG: Final = EntityType.ORG
GPE: Final = EntityType.GPE
LOC: Final = EntityType.LOC
FAC: Final = EntityType.FAC
NORP: Final = EntityType.NORP
WEA: Final = EntityType.WEA
OCC: Final = EntityType.OCC

VALUE_DATE: Final = ValueType.DATE
VALUE_TIME: Final = ValueType.TIME
VALUE_DURATION: Final = ValueType.DURATION
VALUE_NUM: Final = ValueType.NUM

EVENT_ATTACK: Final = EventType.ATTACK
EVENT_DIE: Final = EventType.DIE
EVENT_INJURE: Final = EventType.INJURE
EVENT_AGREEMENT: Final = EventType.AGREEMENT
EVENT_MEET: Final = EventType.MEET
EVENT_PHONE: Final = EventType.PHONE
EVENT_REQUEST: Final = EventType.REQUEST
EVENT_ACCUSE: Final = EventType.ACCUSE
EVENT_WITHDRAW: Final = EventType.WITHDRAW
EVENT_DISARM: Final = EventType.DISARM
EVENT_RELEASE: Final = EventType.RELEASE
EVENT_CONTROL: Final = EventType.CONTROL
EVENT_STATEMENT: Final = EventType.STATEMENT

ROLE_ATTACKER: Final = Role.ATTACKER
ROLE_TARGET: Final = Role.TARGET
ROLE_INSTRUMENT: Final = Role.INSTRUMENT
ROLE_PLACE: Final = Role.PLACE
ROLE_TIME: Final = Role.TIME
ROLE_VICTIM: Final = Role.VICTIM
ROLE_AGENT: Final = Role.AGENT
ROLE_PARTY: Final = Role.PARTY
ROLE_MEDIATOR: Final = Role.MEDIATOR
ROLE_PARTICIPANT: Final = Role.PARTICIPANT
ROLE_REQUESTER: Final = Role.REQUESTER
ROLE_ADDRESSEE: Final = Role.ADDRESSEE
ROLE_ACCUSER: Final = Role.ACCUSER
ROLE_ACCUSED: Final = Role.ACCUSED
ROLE_ORIGIN: Final = Role.ORIGIN
ROLE_ARTIFACT: Final = Role.ARTIFACT
ROLE_RECIPIENT: Final = Role.RECIPIENT
ROLE_PERSON: Final = Role.PERSON
ROLE_TERRITORY: Final = Role.TERRITORY
ROLE_LOSER: Final = Role.LOSER
ROLE_SPEAKER: Final = Role.SPEAKER

SUBTYPE_GOV: Final = OrgSubtype.GOV
SUBTYPE_MIL_STATE: Final = OrgSubtype.MIL_STATE
SUBTYPE_NONSTATE_ARMED: Final = OrgSubtype.NONSTATE_ARMED
SUBTYPE_IGO: Final = OrgSubtype.IGO
SUBTYPE_MEDIA: Final = OrgSubtype.MEDIA
SUBTYPE_NGO: Final = OrgSubtype.NGO
SUBTYPE_OTHER: Final = OrgSubtype.OTHER

POLARITY_POSITIVE: Final = Polarity.POSITIVE
POLARITY_NEGATIVE: Final = Polarity.NEGATIVE

MODALITY_ASSERTED: Final = Modality.ASSERTED
MODALITY_FUTURE: Final = Modality.FUTURE
MODALITY_HYPOTHETICAL: Final = Modality.HYPOTHETICAL
MODALITY_REQUESTED: Final = Modality.REQUESTED
MODALITY_PROPOSED: Final = Modality.PROPOSED

TENSE_PAST: Final = Tense.PAST
TENSE_PRESENT: Final = Tense.PRESENT
TENSE_FUTURE: Final = Tense.FUTURE
TENSE_UNSPECIFIED: Final = Tense.UNSPECIFIED

KIND_CEASEFIRE: Final = AgreementKind.CEASEFIRE
KIND_PEACE_TREATY: Final = AgreementKind.PEACE_TREATY
KIND_PRISONER_EXCHANGE: Final = AgreementKind.PRISONER_EXCHANGE
KIND_DISARMAMENT: Final = AgreementKind.DISARMAMENT
KIND_REINTEGRATION: Final = AgreementKind.REINTEGRATION
KIND_OTHER: Final = AgreementKind.OTHER

STAGE_PROPOSED: Final = AgreementStage.PROPOSED
STAGE_AGREED: Final = AgreementStage.AGREED
STAGE_SIGNED: Final = AgreementStage.SIGNED
STAGE_IN_FORCE: Final = AgreementStage.IN_FORCE
STAGE_HOLDING: Final = AgreementStage.HOLDING
STAGE_VIOLATED: Final = AgreementStage.VIOLATED
STAGE_COLLAPSED: Final = AgreementStage.COLLAPSED

DIRECTION_GAIN: Final = ControlDirection.GAIN
DIRECTION_REGAIN: Final = ControlDirection.REGAIN
DIRECTION_LOSE: Final = ControlDirection.LOSE
DIRECTION_OCCUPY: Final = ControlDirection.OCCUPY
