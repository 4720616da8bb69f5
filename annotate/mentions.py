"""One annotator's annotation of one document, reduced to what merge and agreement compare.

A `Judgement` holds plain tuples (spans, labels, effective attribute values, arguments), so
that merging 10k tasks x 3 annotators stays cheap. It is built either from a `GoldRecord`
(`from_record`, the schema path) or straight from a validated Label Studio result list
(`from_results`, the fast path used on exports); both give equal judgements for equal
content, which the tests check. Attribute values are effective values: an attribute left
empty reads as its schema default, as `results_record` does.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple, cast

from annotate.labelstudio.config import DOC_STATUS, ENTITY, ENTITY_ID, TRIGGER
from annotate.schema import EventType, GoldRecord, attributes_for

SUBTYPE = "org_subtype"
LINK = "link"

# Effective attribute names per event type, and their defaults, computed once.
EVENT_ATTRS: dict[str, tuple[tuple[str, str | None], ...]] = {
    t.value: tuple(
        (a.name, None if a.default is None else str(a.default)) for a in attributes_for(t)
    )
    for t in EventType
}
"""Event type code -> its (attribute name, default) pairs in schema order."""


class Mention(NamedTuple):
    """A labelled span of one annotation: an entity/value (`entity`) or a trigger (`trigger`).

    `attrs` are (name, value) pairs: for triggers every attribute of the event type, defaults
    applied, in schema order; for entities the ORG subtype and the link (None when unset).
    A named tuple rather than a dataclass: a million of them are built per 10k tasks.
    """

    rid: str
    control: str
    start: int
    end: int
    label: str
    attrs: tuple[tuple[str, str | None], ...]


@dataclass(frozen=True, slots=True)
class Judgement:
    """One non-draft annotation of one document by one annotator.

    `arguments` are (trigger region id, entity region id, role) triples.
    `updated_at` (ISO time) only breaks ties between copies and between ground truths.
    """

    annotation_id: str
    annotator: str
    ground_truth: bool
    updated_at: str
    mentions: tuple[Mention, ...]
    arguments: tuple[tuple[str, str, str], ...]

    def to_json(self) -> list[Any]:
        """A compact JSON-ready form (lists), read back by `from_json`."""
        return [
            self.annotation_id,
            self.annotator,
            self.ground_truth,
            self.updated_at,
            list(map(tuple, self.mentions)),  # orjson writes tuples, not named tuples
            self.arguments,
        ]

    @classmethod
    def from_json(cls, obj: Sequence[Any]) -> Judgement:
        """Inverse of `to_json`."""
        aid, annotator, gt, updated, mentions, arguments = obj
        return cls(
            annotation_id=aid,
            annotator=annotator,
            ground_truth=gt,
            updated_at=updated,
            mentions=tuple(
                [
                    Mention(rid, control, start, end, label, tuple(map(tuple, attrs)))
                    for rid, control, start, end, label, attrs in mentions
                ]
            ),
            arguments=tuple(map(tuple, arguments)),
        )


def from_record(
    record: GoldRecord,
    annotator: str,
    *,
    ground_truth: bool = False,
    annotation_id: str = "",
    updated_at: str = "",
) -> Judgement:
    """The judgement that `record` expresses (ids of the record become region ids)."""
    mentions: list[Mention] = [
        Mention(
            e.id,
            ENTITY,
            e.start,
            e.end,
            e.type.value,
            ((SUBTYPE, e.subtype.value if e.subtype else None), (LINK, e.link)),
        )
        for e in record.entities
    ]
    arguments: list[tuple[str, str, str]] = []
    for ev in record.events:
        attrs = tuple(
            (name, None if (v := getattr(ev.attributes, name)) is None else str(v))
            for name, _ in EVENT_ATTRS[ev.type.value]
        )
        mentions.append(
            Mention(ev.id, TRIGGER, ev.trigger.start, ev.trigger.end, ev.type.value, attrs)
        )
        arguments.extend((ev.id, a.entity, a.role.value) for a in ev.arguments)
    return Judgement(
        annotation_id=annotation_id or f"{annotator}:{record.id}",
        annotator=annotator,
        ground_truth=ground_truth,
        updated_at=updated_at,
        mentions=tuple(mentions),
        arguments=tuple(sorted(set(arguments))),
    )


def from_results(
    results: Sequence[dict[str, Any]],
    annotator: str,
    *,
    ground_truth: bool = False,
    annotation_id: str = "",
    updated_at: str = "",
) -> Judgement:
    """The judgement of a validated Label Studio result list (same reading as `results_record`).

    Left relations are turned around and the trigger end is found from the controls, not
    from `direction`; a relation between two triggers or two entities is ignored (the
    validator reports it). Only `start`/`end` of a span are read, never `value.text`.
    """
    spans: dict[str, SpanParts] = {}
    regions: dict[str, dict[str, Any]] = {}
    relations: list[dict[str, Any]] = []
    for item in results:
        name = item.get("from_name")
        if name in (ENTITY, TRIGGER):
            v = item["value"]
            spans[str(item["id"])] = (name, v["labels"][0], int(v["start"]), int(v["end"]))
        elif item.get("type") == "relation":
            relations.append(item)
        elif name != DOC_STATUS and name is not None:
            regions.setdefault(str(item["id"]), {})[name] = item["value"]
    rows, arguments = judgement_rows(spans, regions, relations)
    return Judgement(
        annotation_id=annotation_id,
        annotator=annotator,
        ground_truth=ground_truth,
        updated_at=updated_at,
        mentions=tuple(
            [
                Mention(rid, c, s, e, label, cast(Attrs, attrs))
                for rid, c, s, e, label, attrs in rows
            ]
        ),  # no table: the attributes are in the rows
        arguments=arguments,
    )


SpanParts = tuple[str, str | None, int, int]
"""A span as the validator reads it: (control, label, start, end)."""
Attrs = tuple[tuple[str, str | None], ...]
MentionRow = tuple[str, str, int, int, str, Attrs | int]
"""The fields of a `Mention`, as a plain tuple (what the merge's spill files hold); the
attributes may be a code in an `AttrsTable`."""
_new_tuple = tuple.__new__


def _pairs(defaults: Attrs, values: tuple[str | None, ...]) -> Attrs:
    return tuple([(name, value) for (name, _), value in zip(defaults, values, strict=True)])


class AttrsTable:
    """The attribute tuples of one merge run's spill files, each written once, as a code.

    Annotations repeat a few thousand attribute combinations: coded, the spill is smaller,
    reading it back builds no attribute lists, and equal attributes are one object (so
    comparing them is an identity test). Beyond `LIMIT` combinations (free-text links)
    attributes are written as they are, so memory stays bounded.
    """

    LIMIT = 1 << 16

    def __init__(self) -> None:
        self.codes: dict[Attrs, int] = {}
        self.values: list[Attrs] = []
        self.aliases: dict[str, str] = {}
        """Annotator "user:<id>" (a legacy export's) -> the e-mail a snapshot export gave the
        same user id in this run: one person, one annotator, whichever layout they came in."""
        # Shortcuts from flat keys, cheaper to hash than the attribute pairs.
        self._entities: dict[tuple[str | None, str | None], int] = {}
        self._events: dict[tuple[str, tuple[str | None, ...] | None], int] = {}

    def code(self, attrs: Attrs) -> Attrs | int:
        code = self.codes.get(attrs)
        if code is None:
            if len(self.values) >= self.LIMIT:
                return attrs
            code = self.codes[attrs] = len(self.values)
            self.values.append(attrs)
        return code

    def entity(self, subtype: str | None, link: str | None) -> Attrs | int:
        """The code of an entity's attributes."""
        known = self._entities.get((subtype, link))
        if known is not None:
            return known
        code = self.code(((SUBTYPE, subtype), (LINK, link)))
        if isinstance(code, int):
            self._entities[(subtype, link)] = code
        return code

    def event(self, label: str, values: tuple[str | None, ...] | None) -> Attrs | int:
        """The code of an event's attributes: `values` in `EVENT_ATTRS[label]` order, None
        for all defaults."""
        known = self._events.get((label, values))
        if known is not None:
            return known
        defaults = EVENT_ATTRS[label]
        code = self.code(defaults if values is None else _pairs(defaults, values))
        if isinstance(code, int):
            self._events[(label, values)] = code
        return code

    def judgement(self, obj: Sequence[Any]) -> Judgement:
        """A judgement from its spill JSON (`Judgement.to_json` with coded attributes)."""
        aid, annotator, gt, updated, mentions, arguments = obj
        values = self.values
        return Judgement(
            annotation_id=aid,
            annotator=self.aliases.get(annotator, annotator) if self.aliases else annotator,
            ground_truth=gt,
            updated_at=updated,
            # tuple.__new__ skips Mention's Python-level constructor (a million calls).
            mentions=tuple(
                [
                    _new_tuple(
                        Mention,
                        (
                            rid,
                            control,
                            start,
                            end,
                            label,
                            values[a] if type(a) is int else tuple(map(tuple, a)),
                        ),
                    )
                    for rid, control, start, end, label, a in mentions
                ]
            ),
            arguments=tuple(map(tuple, arguments)),
        )


def judgement_rows(
    spans: Mapping[str, SpanParts],
    regions: Mapping[str, Mapping[str, Any]],
    relations: Iterable[dict[str, Any]],
    table: AttrsTable | None = None,
) -> tuple[list[MentionRow], tuple[tuple[str, str, str], ...]]:
    """Mentions (as rows) and sorted arguments of an annotation without errors, from the
    parts the validator has already separated: spans by region id, per-region results by
    region id and control (attributes, ORG subtype, entity id) and relation items. With
    `table`, the rows hold the attributes' codes in it (`AttrsTable.code`)."""
    rows: list[MentionRow] = []
    triggers: set[str] = set()
    for rid, (control, label, start, end) in spans.items():
        if label is None:
            continue  # an invalid label: the validator reports it
        got = regions.get(rid)
        if control == ENTITY:
            subtype = link = None
            if got:
                if (chosen := got.get(SUBTYPE)) and chosen.get("choices"):
                    subtype = chosen["choices"][0]
                if (typed := got.get(ENTITY_ID)) and typed.get("text"):
                    link = str(typed["text"][0]).strip() or None
            if table is not None:
                rows.append((rid, control, start, end, label, table.entity(subtype, link)))
                continue
            attrs: Attrs = ((SUBTYPE, subtype), (LINK, link))
        else:
            triggers.add(rid)
            defaults = EVENT_ATTRS.get(label)
            if defaults is None:
                continue  # an unknown event type: the validator reports it
            if got:
                values = tuple(
                    [
                        c["choices"][0] if (c := got.get(name)) and c.get("choices") else d
                        for name, d in defaults
                    ]
                )
            else:
                values = None
            if table is not None:
                rows.append((rid, control, start, end, label, table.event(label, values)))
                continue
            attrs = defaults if values is None else _pairs(defaults, values)
        rows.append((rid, control, start, end, label, attrs))
    arguments: set[tuple[str, str, str]] = set()
    for rel in relations:
        a, b = str(rel["from_id"]), str(rel["to_id"])
        if rel.get("direction") == "left":
            a, b = b, a
        if a not in triggers and b in triggers:
            a, b = b, a
        if a not in triggers or b in triggers or b not in spans:
            continue
        for role in rel.get("labels") or ():
            arguments.add((a, b, role))
    return rows, tuple(sorted(arguments))
