"""An attached argument and the schema's role/type table every attachment is checked against."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from annotate.preannotate.spans import Candidate, TriggerCandidate
from annotate.schema import EVENT_ROLES, EventType, Role, RoleSpec, SpanLabel


@dataclass(slots=True)
class Attachment:
    """Entity number `entity` fills `role` of the event."""

    role: Role
    entity: int
    score: float


# The types allowed for each (event type, role) of the schema.
_ALLOWED: Final[dict[tuple[EventType, Role], frozenset[SpanLabel]]] = {}
_SPECS: Final[dict[tuple[EventType, Role], RoleSpec]] = {}
for _type in EventType:
    for _spec in EVENT_ROLES[_type]:
        _ALLOWED.setdefault((_type, _spec.role), _spec.allowed)  # the first, as `role_spec`
        _SPECS.setdefault((_type, _spec.role), _spec)


def allowed(event_type: EventType, role: Role, ent: Candidate) -> bool:
    allowed = _ALLOWED.get((event_type, role))
    return allowed is not None and ent.label in allowed


def propose(
    out: list[Attachment], etype: EventType, role: Role, i: int, score: float, ent: Candidate
) -> None:
    """Attach entity `i` unless it fills a role already or a single role is taken."""
    spec = _SPECS.get((etype, role))
    if spec is None or ent.label not in spec.allowed or any(a.entity == i for a in out):
        return
    if not spec.multiple and any(a.role is role for a in out):
        return
    out.append(Attachment(role, i, score))


def has_role(event_type: EventType, role: Role) -> bool:
    return (event_type, role) in _ALLOWED


def role_holders(
    ordered: list[int],
    triggers: list[TriggerCandidate],
    out: list[list[Attachment]],
    entities: list[Candidate],
    event_type: EventType,
    role: Role,
) -> list[tuple[int, list[int], int]]:
    """For each trigger of `event_type` (in sentence order) with entities in `role`: its index
    in `ordered`, those entities, and the end of the last of them, after which come the events
    it governs (the accused's deeds, what the addressee is asked to do)."""
    found: list[tuple[int, list[int], int]] = []
    for n, k in enumerate(ordered):
        if triggers[k].event_type is not event_type:
            continue
        holders = [a.entity for a in out[k] if a.role is role]
        if holders:
            found.append((n, holders, max(entities[i].end for i in holders)))
    return found
