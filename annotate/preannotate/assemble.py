"""A document's kept predictions as plain rows, turned into a `GoldRecord` (the library's
`Prediction`) or straight into a Label Studio task.

`Plan.task` writes exactly what `to_task(doc, plan.record(), ...)` writes (a test compares
them on the seeds and on generated text) without building and re-reading pydantic models:
on a dense corpus that is most of the cost of a task. Every row satisfies the record
invariants already (`pipeline._raw_span` checked each span), so `record()` uses
`model_construct`; the tests validate predicted records from scratch.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Final

from annotate.labelstudio.config import ENTITY, TEXT, TRIGGER
from annotate.labelstudio.tasks import Task, task_data
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
    SpanLabel,
    Trigger,
    attributes_for,
)

_PROVENANCE: Final = Provenance()
_ATTRIBUTE_NAMES: Final[dict[EventType, tuple[str, ...]]] = {
    t: tuple(a.name for a in attributes_for(t)) for t in EventType
}


# (event type, id of an attributes object) -> (that object, its per-region choices). The
# object is kept, so its id is never reused while the entry lives; the pipeline hands out a
# small set of shared attribute objects, so the cache stays small.
_CHOICES: Final[
    dict[tuple[EventType, int], tuple[EventAttributes, tuple[tuple[str, str], ...]]]
] = {}


def _choices(event_type: EventType, attributes: EventAttributes) -> tuple[tuple[str, str], ...]:
    """(attribute name, chosen value) of the attributes an event of this type carries."""
    hit = _CHOICES.get((event_type, id(attributes)))
    if hit is not None and hit[0] is attributes:
        return hit[1]
    choices = tuple(
        (name, str(chosen))
        for name in _ATTRIBUTE_NAMES[event_type]
        if (chosen := getattr(attributes, name)) is not None
    )
    if len(_CHOICES) < 10_000:
        _CHOICES[(event_type, id(attributes))] = (attributes, choices)
    return choices


@dataclass(slots=True)
class EntityRow:
    id: str
    label: SpanLabel
    start: int
    end: int
    subtype: OrgSubtype | None
    score: float  # rounded to 4 places


@dataclass(slots=True)
class EventRow:
    id: str
    type: EventType
    start: int
    end: int
    arguments: tuple[tuple[Role, str], ...]  # sorted by (role, entity id), no duplicates
    attributes: EventAttributes
    score: float  # rounded to 4 places


@dataclass(slots=True)
class Plan:
    """The rows of one document, in the record's canonical order."""

    doc: Document
    entities: list[EntityRow] = field(default_factory=list)
    events: list[EventRow] = field(default_factory=list)

    def scores(self) -> dict[str, float]:
        out = {e.id: e.score for e in self.entities}
        out.update((v.id, v.score) for v in self.events)
        return out

    def score(self) -> float:
        """The document score: the mean region score (0 when nothing was predicted)."""
        n = len(self.entities) + len(self.events)
        if not n:
            return 0.0
        # Float starts: the compiled build checks that a float annotation holds a float.
        entities = sum((e.score for e in self.entities), 0.0)
        return (entities + sum((v.score for v in self.events), 0.0)) / n

    def record(self) -> GoldRecord:
        raw = self.doc.text
        entities = tuple(
            Entity.model_construct(
                id=e.id,
                type=e.label,
                start=e.start,
                end=e.end,
                surface=raw[e.start : e.end],
                subtype=e.subtype,
                link=None,
            )
            for e in self.entities
        )
        events = tuple(
            Event.model_construct(
                id=v.id,
                type=v.type,
                trigger=Trigger.model_construct(
                    start=v.start, end=v.end, surface=raw[v.start : v.end]
                ),
                arguments=tuple(Argument.model_construct(role=r, entity=i) for r, i in v.arguments),
                attributes=v.attributes,
            )
            for v in self.events
        )
        return GoldRecord.model_construct(
            id=self.doc.id,
            text=raw,
            text_sha256=self.doc.sha256,
            entities=entities,
            events=events,
            provenance=_PROVENANCE,
        )

    def results(self) -> list[dict[str, Any]]:
        """The Label Studio result list, as `record_results(self.record(), self.scores())`.

        Every dict is built with its keys in sorted order, so `output.encode_built_task`
        writes a task without sorting (`test_encoded_tasks_are_the_tasks_as_written`).
        """
        raw = self.doc.text
        out: list[dict[str, Any]] = []
        append = out.append
        for e in self.entities:
            start, end = e.start, e.end
            text = raw[start:end]
            append(
                {
                    "from_name": ENTITY,
                    "id": e.id,
                    "score": e.score,
                    "to_name": TEXT,
                    "type": "labels",
                    "value": {"end": end, "labels": [e.label.value], "start": start, "text": text},
                }
            )
            if e.subtype is not None:
                append(
                    {
                        "from_name": "org_subtype",
                        "id": e.id,
                        "to_name": TEXT,
                        "type": "choices",
                        "value": {
                            "choices": [e.subtype.value],
                            "end": end,
                            "start": start,
                            "text": text,
                        },
                    }
                )
        for v in self.events:
            start, end = v.start, v.end
            text = raw[start:end]
            append(
                {
                    "from_name": TRIGGER,
                    "id": v.id,
                    "score": v.score,
                    "to_name": TEXT,
                    "type": "labels",
                    "value": {"end": end, "labels": [v.type.value], "start": start, "text": text},
                }
            )
            for name, chosen in _choices(v.type, v.attributes):
                append(
                    {
                        "from_name": name,
                        "id": v.id,
                        "to_name": TEXT,
                        "type": "choices",
                        "value": {"choices": [chosen], "end": end, "start": start, "text": text},
                    }
                )
        for v in self.events:
            if not v.arguments:
                continue
            by_entity: dict[str, list[str]] = {}
            for role, eid in v.arguments:
                by_entity.setdefault(eid, []).append(role.value)
            for eid, roles in by_entity.items():
                append(
                    {
                        "direction": "right",
                        "from_id": v.id,
                        "labels": roles,
                        "to_id": eid,
                        "type": "relation",
                    }
                )
        return out

    def task(self, model_version: str) -> Task:
        """The task, as `to_task(doc, record, model_version=..., score=..., region_scores=...)`."""
        return {
            "data": dict(sorted(task_data(self.doc).items())),
            "predictions": [
                {
                    "model_version": model_version,
                    "result": self.results(),
                    "score": round(self.score(), 4),
                }
            ],
        }
