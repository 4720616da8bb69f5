"""Label Studio result lists <-> schema records, in both directions.

`record_results` turns a `GoldRecord` (what pre-annotation predicts, or a gold record) into
the `result` list of a Label Studio prediction or annotation; `results_record` reads one
back. Region ids are the record's entity and event ids. The reader is strict: it expects a
result list the validator has passed and raises `SchemaError` otherwise.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from annotate.errors import SchemaError
from annotate.labelstudio.config import (
    DOC_STATUS,
    ENTITY,
    ENTITY_ID,
    TEXT,
    TRIGGER,
)
from annotate.schema import (
    Argument,
    Document,
    Entity,
    Event,
    EventAttributes,
    EventType,
    GoldRecord,
    OrgSubtype,
    Provenance,
    Role,
    Trigger,
    attributes_for,
    parse_span_label,
)

Result = dict[str, Any]


def _span_value(text: str, start: int, end: int) -> dict[str, Any]:
    return {"start": start, "end": end, "text": text[start:end]}


def _region(
    rid: str, control: str, kind: str, value: dict[str, Any], score: float | None
) -> Result:
    item: Result = {"id": rid, "from_name": control, "to_name": TEXT, "type": kind, "value": value}
    if score is not None:
        item["score"] = round(score, 4)
    return item


def record_results(record: GoldRecord, scores: Mapping[str, float] | None = None) -> list[Result]:
    """The Label Studio result list for `record`: spans, per-region attributes, relations.

    `scores` maps region ids to a confidence in [0, 1] shown per region (predictions only).
    Every attribute of an event is written explicitly, defaults included, so annotators see
    what the heuristics assumed.
    """
    text = record.text
    scores = scores or {}
    out: list[Result] = []
    for ent in record.entities:
        value = _span_value(text, ent.start, ent.end)
        out.append(
            _region(
                ent.id, ENTITY, "labels", {**value, "labels": [ent.type.value]}, scores.get(ent.id)
            )
        )
        if ent.subtype is not None:
            out.append(
                _region(
                    ent.id,
                    "org_subtype",
                    "choices",
                    {**value, "choices": [ent.subtype.value]},
                    None,
                )
            )
        if ent.link is not None:
            out.append(
                _region(
                    ent.id,
                    ENTITY_ID,
                    "textarea",
                    {"start": ent.start, "end": ent.end, "text": [ent.link]},
                    None,
                )
            )
    for ev in record.events:
        t = ev.trigger
        value = _span_value(text, t.start, t.end)
        out.append(
            _region(
                ev.id, TRIGGER, "labels", {**value, "labels": [ev.type.value]}, scores.get(ev.id)
            )
        )
        for spec in attributes_for(ev.type):
            chosen = getattr(ev.attributes, spec.name)
            if chosen is not None:
                out.append(
                    _region(ev.id, spec.name, "choices", {**value, "choices": [str(chosen)]}, None)
                )
    for ev in record.events:
        by_entity: dict[str, list[str]] = {}
        for arg in ev.arguments:
            by_entity.setdefault(arg.entity, []).append(arg.role.value)
        # Label Studio keeps one relation per ordered pair; several roles share its labels.
        for entity_id, roles in by_entity.items():
            out.append(
                {
                    "from_id": ev.id,
                    "to_id": entity_id,
                    "type": "relation",
                    "direction": "right",
                    "labels": roles,
                }
            )
    return out


def _one(values: Sequence[Any], where: str) -> str:
    if len(values) != 1 or not isinstance(values[0], str):
        raise SchemaError(f"{where}: expected exactly one value, got {list(values)!r}")
    return values[0]


def results_record(
    doc: Document, results: Sequence[Result], provenance: Provenance | None = None
) -> GoldRecord:
    """Read a validated Label Studio result list back into a `GoldRecord` for `doc`.

    Relations are normalised (a `left` relation is turned around; the trigger end is found
    from the regions' controls, not from `direction`); attributes left empty get the schema
    defaults; a document-level status is ignored here.
    """
    spans: dict[str, Result] = {}
    per_region: dict[str, dict[str, Any]] = {}
    relations: list[Result] = []
    for item in results:
        kind = item.get("type")
        if kind == "relation":
            relations.append(item)
        elif item.get("from_name") in (ENTITY, TRIGGER):
            spans[str(item["id"])] = item
        elif item.get("from_name") != DOC_STATUS:
            per_region.setdefault(str(item["id"]), {})[str(item["from_name"])] = item["value"]

    entities: list[Entity] = []
    events: dict[str, dict[str, Any]] = {}
    args: dict[str, list[Argument]] = {}
    for rid, item in spans.items():
        v = item["value"]
        start, end = int(v["start"]), int(v["end"])
        label = _one(v["labels"], f"region {rid}")
        extra = per_region.get(rid, {})
        surface = doc.text[start:end]
        if item["from_name"] == ENTITY:
            subtype = extra.get("org_subtype")
            link = extra.get(ENTITY_ID)
            entities.append(
                Entity(
                    id=rid,
                    type=parse_span_label(label),
                    start=start,
                    end=end,
                    surface=surface,
                    subtype=OrgSubtype(_one(subtype["choices"], f"region {rid}"))
                    if subtype
                    else None,
                    link=(_one(link["text"], f"region {rid}").strip() or None) if link else None,
                )
            )
        else:
            event_type = EventType(label)
            chosen: dict[str, Any] = {}
            for spec in attributes_for(event_type):
                picked = extra.get(spec.name)
                chosen[spec.name] = (
                    _one(picked["choices"], f"region {rid}") if picked else spec.default
                )
            events[rid] = {
                "id": rid,
                "type": event_type,
                "trigger": Trigger(start=start, end=end, surface=surface),
                "attributes": EventAttributes(**chosen),
            }
            args[rid] = []
    for rel in relations:
        a, b = str(rel["from_id"]), str(rel["to_id"])
        if rel.get("direction") == "left":
            a, b = b, a
        if a not in events and b in events:
            a, b = b, a
        if a not in events:
            raise SchemaError(f"relation {a} -> {b}: neither end is a trigger")
        for role in rel.get("labels") or []:
            args[a].append(Argument(role=Role(role), entity=b))
    return GoldRecord.for_document(
        doc,
        entities=tuple(entities),
        events=tuple(Event(**fields, arguments=tuple(args[rid])) for rid, fields in events.items()),
        provenance=provenance,
    )
