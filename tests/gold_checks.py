"""Checks shared by the tests of every hand-made gold (seed gold, held-out gold)."""

from __future__ import annotations

from annotate.schema import GoldRecord, role_spec


def assert_arguments_respect_the_schema(rec: GoldRecord) -> None:
    """Each argument's role fits its event type and its entity type fits the role; a role that
    is not `multiple` is filled at most once per event."""
    ents = {e.id: e for e in rec.entities}
    for ev in rec.events:
        for arg in ev.arguments:
            spec = role_spec(ev.type, arg.role)
            assert spec is not None, (ev.trigger.surface, arg.role)
            assert ents[arg.entity].type in spec.allowed, (ev.trigger.surface, arg.role)
        roles = [a.role for a in ev.arguments]
        for role in set(roles):
            spec = role_spec(ev.type, role)
            assert spec is not None
            assert spec.multiple or roles.count(role) == 1, (ev.trigger.surface, role)
