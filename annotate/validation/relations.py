"""Checks of an annotation's relations: trigger -> argument, labelled with allowed roles."""

from __future__ import annotations

from typing import Any

from annotate.labelstudio.config import ENTITY, TRIGGER
from annotate.schema import EVENT_ROLES, EventType, Role
from annotate.validation.reporter import Reporter, Span

_ROLES = frozenset(r.value for r in Role)
# (event type, role) -> (allowed argument labels, several fillers allowed)
_ROLE_SPECS = {
    (event_type.value, spec.role.value): (frozenset(t.value for t in spec.allowed), spec.multiple)
    for event_type, specs in EVENT_ROLES.items()
    for spec in specs
}


def _relation(a: Any, b: Any) -> str:
    return f"relation {a!r} -> {b!r}"


def check_relations(
    relations: list[dict[str, Any]], spans: dict[str, Span], report: Reporter
) -> None:
    seen: set[tuple[str, str, str]] = set()
    fillers: dict[tuple[str, str], int] = {}
    for rel in relations:
        a, b = rel.get("from_id"), rel.get("to_id")
        direction = rel.get("direction", "right")
        if direction == "bi":
            report(
                "bidirectional-relation",
                f"{_relation(a, b)} is bidirectional; draw it trigger -> argument",
                a,
            )
            continue
        if direction == "left":
            a, b = b, a
        elif direction != "right":
            report("malformed-result", f"{_relation(a, b)}: unknown direction {direction!r}", a)
            continue
        sa = spans.get(a) if isinstance(a, str) else None
        sb = spans.get(b) if isinstance(b, str) else None
        if sa is None or sb is None:
            missing = a if sa is None else b
            report(
                "dangling-relation", f"{_relation(a, b)}: region {missing!r} is not a span", missing
            )
            continue
        if sa[0] == ENTITY and sb[0] == TRIGGER:  # drawn backwards: the trigger end decides
            a, b, sa, sb = b, a, sb, sa
        if sa[0] != TRIGGER or sb[0] != ENTITY:
            report(
                "relation-not-trigger-entity",
                f"{_relation(a, b)} links a {sa[0]} to a {sb[0]}; relations go trigger -> entity",
                a,
                (sa[2], sa[3]),
            )
            continue
        labels = rel.get("labels")
        if type(labels) is not list or not labels:
            report(
                "relation-without-role", f"{_relation(a, b)} has no role label", a, (sb[2], sb[3])
            )
            continue
        _check_roles(labels, str(a), str(b), sa, sb, seen, fillers, report)


def _check_roles(
    labels: list[Any],
    a: str,
    b: str,
    trigger: Span,
    argument: Span,
    seen: set[tuple[str, str, str]],
    fillers: dict[tuple[str, str], int],
    report: Reporter,
) -> None:
    event_type, arg_type = trigger[1], argument[1]
    at = (argument[2], argument[3])
    for role in labels:
        if role not in _ROLES:
            report("unknown-role", f"relation {a!r} -> {b!r}: {role!r} is not a role", a, at)
            continue
        if (a, b, role) in seen:
            report("duplicate-relation", f"{role} {a!r} -> {b!r} is given twice", a, at)
            continue
        seen.add((a, b, role))
        if event_type is None:
            continue
        spec = _ROLE_SPECS.get((event_type, role))
        if spec is None:
            roles = ", ".join(s.role.value for s in EVENT_ROLES[EventType(event_type)])
            report(
                "role-not-allowed",
                f"{role} is not a role of {event_type} (allowed: {roles})",
                a,
                at,
            )
            continue
        allowed, multiple = spec
        if arg_type is not None and arg_type not in allowed:
            report(
                "argument-type-not-allowed",
                f"a {arg_type} cannot fill {event_type}.{role} (allowed: {', '.join(sorted(allowed))})",
                a,
                at,
            )
        count = fillers[(a, role)] = fillers.get((a, role), 0) + 1
        if count == 2 and not multiple:
            report(
                "role-filled-twice", f"{event_type}.{role} takes one argument, got several", a, at
            )
