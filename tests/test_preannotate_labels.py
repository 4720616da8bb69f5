"""`annotate.preannotate.labels` names every member of the schema's enums."""

from __future__ import annotations

from enum import StrEnum

from annotate.preannotate import labels
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

PREFIXES: list[tuple[type[StrEnum], str]] = [
    (EntityType, ""),
    (ValueType, "VALUE_"),
    (EventType, "EVENT_"),
    (Role, "ROLE_"),
    (OrgSubtype, "SUBTYPE_"),
    (Polarity, "POLARITY_"),
    (Modality, "MODALITY_"),
    (Tense, "TENSE_"),
    (AgreementKind, "KIND_"),
    (AgreementStage, "STAGE_"),
    (ControlDirection, "DIRECTION_"),
]


def test_every_member_has_its_constant() -> None:
    for enum, prefix in PREFIXES:
        for member in enum:
            assert getattr(labels, prefix + member.name, None) is member, (enum, member)


def test_the_constants_are_the_members_and_nothing_else() -> None:
    members = {id(m) for enum, _ in PREFIXES for m in enum}
    constants = [v for k, v in vars(labels).items() if k.isupper()]
    assert len(constants) == len(members)
    assert all(id(v) in members for v in constants)
