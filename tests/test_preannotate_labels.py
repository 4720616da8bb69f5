"""`annotate.preannotate.labels` names every member of the schema's enums, and the compiled
pre-annotator's module constants are `Final` (read as C statics by mypyc)."""

from __future__ import annotations

import ast
import re
from enum import StrEnum
from pathlib import Path

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

ROOT = Path(__file__).resolve().parent.parent
CONSTANT = re.compile(r"_?[A-Z][A-Z0-9_]*")

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


def test_module_constants_of_the_compiled_preannotator_are_final() -> None:
    """A module constant that is not `Final` is a globals-dict lookup at every read in a
    mypyc-compiled function; `Final` makes it a C static. A new rule module's word lists
    and regexes must keep that (`X: Final = ...`)."""
    setup = (ROOT / "setup.py").read_text(encoding="utf-8")
    compiled = re.findall(r'"(annotate/preannotate/\w+\.py)"', setup)
    assert len(compiled) > 40
    plain = [
        f"{path}:{node.lineno}: {target.id}"
        for path in compiled
        for node in ast.parse((ROOT / path).read_text(encoding="utf-8")).body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name) and CONSTANT.fullmatch(target.id)
    ]
    assert plain == []
