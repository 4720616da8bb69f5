"""Merge the annotations of one document into its gold record, and list what needs adjudication.

The rules, in order:

1. Cancelled annotations and drafts never reach this module (the caller drops them); copies
   of one annotation (same id, e.g. the same export merged twice) count once.
2. A ground-truth annotation wins outright: it is an adjudicated result that came back
   through Label Studio. With several, the most recently updated one wins and the others are
   listed as a `ground-truth` conflict.
3. Otherwise every decision is a vote among the document's n annotations: a span (matched
   across annotators with clitic and whitespace tolerance, see `annotate.matching`), its
   label, each attribute, and each argument (trigger, entity, role) enters the gold when
   more than `threshold * n` annotations agree (default 0.5: a strict majority). The gold
   span of a matched group is the innermost one drawn (proclitics outside).
4. An attribute without a majority takes its schema default; anything else without a
   majority stays out of the gold. Each such decision becomes a typed `Conflict`.

The result is deterministic: annotations are deduplicated and sorted, gold ids are given in
canonical span order (`e1`, `e2`, ... then `v1`, ...), and conflicts are sorted.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import orjson

from annotate.conflicts import Conflict, ConflictJSON, ConflictKind
from annotate.labelstudio.config import ENTITY
from annotate.matching import Group, MatchKey, group_mentions
from annotate.mentions import Judgement, from_record
from annotate.record_json import (
    EVENT_LABEL_CODES,
    ORG,
    SPAN_LABEL_CODES,
    DocumentText,
    GoldEntity,
    GoldEvent,
    argument_fits,
    provenance_json,
    record_json,
)
from annotate.schema import GoldRecord
from annotate.vote import Vote, Votes

DEFAULT_THRESHOLD = 0.5


@dataclass(frozen=True, slots=True)
class DocumentMerge:
    """The merge of one document: its gold record and its conflicts (as JSON objects)."""

    record: dict[str, Any]
    conflict_json: tuple[ConflictJSON, ...]
    judgements: tuple[Judgement, ...]
    groups: dict[MatchKey, Group]
    region_keys: tuple[dict[str, MatchKey], ...]

    def gold_record(self) -> GoldRecord:
        """The record as a validated `GoldRecord`."""
        return GoldRecord.model_validate(self.record)

    @property
    def conflicts(self) -> tuple[Conflict, ...]:
        """The conflicts as typed `Conflict`s."""
        return tuple(Conflict.from_json(c) for c in self.conflict_json)

    def conflict_lines(self) -> bytes:
        """The conflicts.jsonl lines of this document, written by one orjson call.

        In the array orjson writes, one conflict ends and the next starts exactly where
        `},{"doc":` appears: "doc" is every conflict's first key, no nested object has it,
        and a JSON string cannot hold an unescaped quote.
        """
        if not self.conflict_json:
            return b""
        array = orjson.dumps(self.conflict_json)
        return array[1:-1].replace(b'},{"doc":', b'}\n{"doc":') + b"\n"


def votes_needed(threshold: float, annotations: int) -> int:
    """Smallest vote count strictly above `threshold * annotations`."""
    if not 0.0 <= threshold < 1.0:
        raise ValueError(f"threshold {threshold} must be in [0, 1)")
    return math.floor(threshold * annotations + 1e-9) + 1


def dedupe(judgements: Iterable[Judgement]) -> tuple[Judgement, ...]:
    """One judgement per annotation id (the most recently updated copy), in canonical order.

    Two copies updated at the same time are ranked by content, so the choice never depends
    on the order they came in.
    """
    best: dict[str, Judgement] = {}
    for j in judgements:
        held = best.get(j.annotation_id)
        if held is None or _rank(j) > _rank(held):
            best[j.annotation_id] = j
    return tuple(sorted(best.values(), key=lambda j: (j.annotator, j.annotation_id)))


def _rank(j: Judgement) -> tuple[str, bytes]:
    return (j.updated_at, orjson.dumps(j.to_json()))


def _from_ground_truth(vote: Vote, chosen: Judgement) -> tuple[list[GoldEntity], list[GoldEvent]]:
    entities: dict[str, GoldEntity] = {}
    events: dict[str, GoldEvent] = {}
    for m in chosen.mentions:
        if m.control == ENTITY and m.label in SPAN_LABEL_CODES:
            subtype = m.attrs[0][1] if m.label == ORG else None
            entities[m.rid] = GoldEntity(m.rid, m.start, m.end, m.label, subtype, m.attrs[1][1])
        elif m.control != ENTITY and m.label in EVENT_LABEL_CODES:
            events[m.rid] = GoldEvent(m.rid, m.start, m.end, m.label, dict(m.attrs), [])
    for trigger, entity, role in chosen.arguments:
        event, target = events.get(trigger), entities.get(entity)
        if (
            event is not None
            and target is not None
            and argument_fits(event.label, role, target.label)
        ):
            event.arguments.append((role, entity))
    others = [j for j in vote.judgements if j.ground_truth and j is not chosen]
    if any((j.mentions, j.arguments) != (chosen.mentions, chosen.arguments) for j in others):
        votes: Votes = {}
        for i, j in enumerate(vote.judgements):
            if j.ground_truth:
                votes[j.annotation_id] = 1 << i
        vote.conflict(
            ConflictKind.GROUND_TRUTH.value,
            "annotation",
            vote.candidates(votes),
            f"annotation {chosen.annotation_id} (most recently updated)",
        )
    return list(entities.values()), list(events.values())


def merge_document(
    doc: DocumentText,
    judgements: Iterable[Judgement],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    source_exports: Iterable[str] = (),
    tool_version: str = "",
) -> DocumentMerge:
    """Merge the non-cancelled annotations of one document (see the module docstring).

    `judgements` may hold copies of an annotation and come in any order. Raises ValueError
    when there is no judgement or the threshold is outside [0, 1).
    """
    unique = dedupe(judgements)
    if not unique:
        raise ValueError(f"document {doc.id}: no annotation to merge")
    vote = Vote(doc, unique, votes_needed(threshold, len(unique)))
    groups, region_keys = group_mentions(doc.text, unique)
    truths = [j for j in unique if j.ground_truth]
    if truths:
        chosen = max(truths, key=lambda j: (j.updated_at, j.annotation_id))
        entity_list, event_list = _from_ground_truth(vote, chosen)
    else:
        entities, events = vote.spans(groups)
        vote.arguments(region_keys, entities, events)
        entity_list, event_list = list(entities.values()), list(events.values())
    provenance = provenance_json(
        (j.annotator for j in unique), source_exports, tool_version, bool(truths)
    )
    record = record_json(doc, entity_list, event_list, provenance)
    return DocumentMerge(
        record=record,
        conflict_json=tuple(vote.conflicts),
        judgements=unique,
        groups=groups,
        region_keys=tuple(region_keys),
    )


def merge_records(
    record_doc: GoldRecord | DocumentText,
    annotations: Iterable[tuple[str, GoldRecord, bool]],
    *,
    threshold: float = DEFAULT_THRESHOLD,
) -> tuple[GoldRecord, tuple[Conflict, ...]]:
    """Merge (annotator, record, ground_truth) triples of one document on schema objects."""
    doc = (
        DocumentText.of(record_doc.id, record_doc.text)
        if isinstance(record_doc, GoldRecord)
        else record_doc
    )
    judgements = [
        from_record(record, annotator, ground_truth=gt, annotation_id=f"{annotator}#{n}")
        for n, (annotator, record, gt) in enumerate(annotations)
    ]
    merged = merge_document(doc, judgements, threshold=threshold)
    return merged.gold_record(), merged.conflicts
