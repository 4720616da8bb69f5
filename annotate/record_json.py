"""Gold records as JSON, built directly (what `GoldRecord.model_dump(mode="json")` gives).

The merge assembles each record from plain values and writes it with orjson: validating
10k records with pydantic would cost more than the whole merge. The shapes and invariants
are the schema's (tests compare with `GoldRecord` on generated merges, and `annotate gold
verify` validates every released record); ids are given in canonical span order.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from annotate.schema import (
    ATTRIBUTES,
    ENTITY_ATTRIBUTES,
    EVENT_ROLES,
    SCHEMA_VERSION,
    SPAN_LABELS,
    EntityType,
    EventType,
)
from annotate.text import sha256_text


@dataclass(frozen=True, slots=True)
class DocumentText:
    """The identity of a document: id, exact text and its sha256."""

    id: str
    text: str
    sha256: str

    @classmethod
    def of(cls, doc_id: str, text: str) -> DocumentText:
        return cls(doc_id, text, sha256_text(text))


@dataclass(slots=True)
class GoldEntity:
    ref: object
    start: int
    end: int
    label: str
    subtype: str | None
    link: str | None


@dataclass(slots=True)
class GoldEvent:
    ref: object
    start: int
    end: int
    label: str
    attrs: dict[str, str | None]
    arguments: list[tuple[str, object]]


SPAN_LABEL_CODES = frozenset(label.value for label in SPAN_LABELS)
EVENT_LABEL_CODES = frozenset(t.value for t in EventType)
ALLOWED_ARGUMENTS: dict[tuple[str, str], frozenset[str]] = {
    (t.value, spec.role.value): frozenset(x.value for x in spec.allowed)
    for t, specs in EVENT_ROLES.items()
    for spec in specs
}
ORG = EntityType.ORG.value
ATTRIBUTE_VALUES = {
    a.name: frozenset(str(v) for v in a.values) for a in (*ATTRIBUTES, *ENTITY_ATTRIBUTES)
}
ATTRIBUTE_NAMES = tuple(a.name for a in ATTRIBUTES)
_SORTED_ATTRIBUTE_NAMES = tuple(sorted(ATTRIBUTE_NAMES))


def provenance_json(
    annotators: Iterable[str],
    source_exports: Iterable[str],
    tool_version: str,
    adjudicated: bool,
) -> dict[str, Any]:
    """Provenance JSON (as `Provenance.model_dump(mode="json")` gives it), sorted."""
    return {
        "adjudicated": adjudicated,
        "annotators": sorted(set(annotators)),
        "schema_version": SCHEMA_VERSION,
        "source_exports": sorted(set(source_exports)),
        "tool_version": tool_version,
    }


def record_json(
    doc: DocumentText,
    entities: list[GoldEntity],
    events: list[GoldEvent],
    provenance: dict[str, Any],
) -> dict[str, Any]:
    """GoldRecord JSON (what `model_dump(mode="json")` gives), ids in canonical order.

    Every object's keys are inserted in sorted order, so orjson writes the gold's line
    format without OPT_SORT_KEYS (which costs more than the rest of the serialization)."""
    text = doc.text
    entities.sort(key=lambda e: (e.start, e.end, e.label))
    ids: dict[object, str] = {}
    ent_out: list[dict[str, Any]] = []
    for i, e in enumerate(entities, start=1):
        ids[e.ref] = eid = f"e{i}"
        ent_out.append(
            {
                "end": e.end,
                "id": eid,
                "link": e.link,
                "start": e.start,
                "subtype": e.subtype,
                "surface": text[e.start : e.end],
                "type": e.label,
            }
        )
    events.sort(key=lambda v: (v.start, v.end, v.label))
    ev_out: list[dict[str, Any]] = []
    for i, v in enumerate(events, start=1):
        args = sorted({(role, ids[ref]) for role, ref in v.arguments if ref in ids})
        ev_out.append(
            {
                "arguments": [{"entity": e, "role": r} for r, e in args],
                "attributes": {name: v.attrs.get(name) for name in _SORTED_ATTRIBUTE_NAMES},
                "id": f"v{i}",
                "trigger": {"end": v.end, "start": v.start, "surface": text[v.start : v.end]},
                "type": v.label,
            }
        )
    return {
        "entities": ent_out,
        "events": ev_out,
        "id": doc.id,
        "provenance": provenance,
        "text": text,
        "text_sha256": doc.sha256,
    }


def valid_attributes(attrs: tuple[tuple[str, str | None], ...]) -> bool:
    """True when every attribute value is unset or one the schema allows."""
    for name, value in attrs:
        allowed = ATTRIBUTE_VALUES.get(name)
        if value is not None and allowed is not None and value not in allowed:
            return False
    return True


def argument_fits(event_label: str, role: str, entity_label: str) -> bool:
    """True when `role` is a role of the event type and allows the entity's type."""
    allowed = ALLOWED_ARGUMENTS.get((event_label, role))
    return allowed is not None and entity_label in allowed
