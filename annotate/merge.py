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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import orjson

from annotate.conflicts import (
    Conflict,
    ConflictJSON,
    ConflictKind,
    WhereJSON,
    candidate_json,
    conflict_json,
    where_json,
)
from annotate.labelstudio.config import ENTITY
from annotate.matching import Group, MatchKey, group_mentions, trim
from annotate.mentions import EVENT_ATTRS, LINK, SUBTYPE, Judgement, from_record
from annotate.record_json import (
    ATTRIBUTE_VALUES,
    EVENT_LABEL_CODES,
    ORG,
    SPAN_LABEL_CODES,
    DocumentText,
    GoldEntity,
    GoldEvent,
    argument_fits,
    provenance_json,
    record_json,
    valid_attributes,
)
from annotate.schema import GoldRecord

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
        """The conflicts.jsonl lines of this document."""
        return b"".join(
            [orjson.dumps(c, option=orjson.OPT_APPEND_NEWLINE) for c in self.conflict_json]
        )


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


def _candidate_order(item: tuple[str | None, set[int]]) -> tuple[bool, str]:
    return (item[0] is None, item[0] or "")


# --- the vote ---------------------------------------------------------------------------

Votes = dict[str | None, set[int]]
"""Value -> indexes of the judgements that gave it."""


class _Vote:
    """Per-document state of the vote: judgements, votes needed, conflicts found."""

    def __init__(self, doc: DocumentText, judgements: tuple[Judgement, ...], need: int):
        self.doc = doc
        self.judgements = judgements
        self.need = need
        self.names = [j.annotator for j in judgements]
        self.conflicts: list[ConflictJSON] = []

    def where(self, start: int, end: int) -> WhereJSON:
        return where_json(start, end, self.doc.text[start:end])

    def candidates(self, votes: Votes, with_silent: bool = False) -> list[dict[str, Any]]:
        """Candidates sorted by value; with `with_silent`, those who gave nothing are `None`."""
        if with_silent:
            voted = set().union(*votes.values())
            silent = set(range(len(self.judgements))) - voted
            if silent:
                votes = {**votes, None: votes.get(None, set()) | silent}
        names = self.names  # judgements are sorted by annotator: index order is name order
        return [
            candidate_json(value, [names[i] for i in sorted(who)])
            for value, who in sorted(votes.items(), key=_candidate_order)
        ]

    def conflict(
        self,
        kind: ConflictKind,
        target: str,
        candidates: list[dict[str, Any]],
        resolution: str,
        control: str | None = None,
        at: WhereJSON | None = None,
        argument: WhereJSON | None = None,
    ) -> None:
        self.conflicts.append(
            conflict_json(
                self.doc.id,
                kind,
                target,
                candidates,
                self.need,
                len(self.judgements),
                resolution,
                control,
                at,
                argument,
            )
        )

    def winner(self, votes: Votes) -> tuple[bool, str | None]:
        """(True, value) when one value has enough votes and more than any other."""
        best: str | None = None
        top = second = 0
        for value, who in votes.items():
            n = len(who)
            if n > top:
                best, top, second = value, n, top
            elif n > second:
                second = n
        if top < self.need or second == top:
            return False, None
        return True, best

    def attribute(
        self, group: Group, label: str, index: int, name: str, default: str | None
    ) -> str | None:
        """Vote one attribute among the group's members labelled `label`."""
        allowed = ATTRIBUTE_VALUES.get(name)
        votes: Votes = {}
        for i, ms in group.members.items():
            for m in ms:
                if m.label == label and index < len(m.attrs):
                    value = m.attrs[index][1]
                    if allowed is None or value is None or value in allowed:
                        votes.setdefault(value, set()).add(i)
        won, value = self.winner(votes)
        if won:
            return value
        self.conflict(
            ConflictKind.ATTRIBUTE,
            name,
            self.candidates(votes),
            "unset" if default is None else f"default {default}",
            group.key[0],
            self.where(*group.gold_span()),
        )
        return default

    def attributes(
        self, group: Group, label: str, supporters: int
    ) -> tuple[tuple[str, str | None], ...]:
        """The attributes of the group's members labelled `label`, voted one by one.

        Fast path: when enough supporters gave identical (valid) attributes, they are the
        answer without a vote per attribute.
        """
        chosen = [m.attrs for ms in group.members.values() for m in ms if m.label == label]
        first = chosen[0]
        fast = supporters >= self.need and valid_attributes(first)
        if fast and all(a == first for a in chosen):
            return first
        defaults = EVENT_ATTRS.get(label, ((SUBTYPE, None), (LINK, None)))
        out = []
        for index, (name, default) in enumerate(defaults):
            value = first[index][1] if index < len(first) else None
            if fast and all(index < len(a) and a[index][1] == value for a in chosen):
                out.append((name, value))  # everyone agrees on this one
            else:
                out.append((name, self.attribute(group, label, index, name, default)))
        return tuple(out)

    def spans(
        self, groups: dict[MatchKey, Group]
    ) -> tuple[dict[MatchKey, GoldEntity], dict[MatchKey, GoldEvent]]:
        entities: dict[MatchKey, GoldEntity] = {}
        events: dict[MatchKey, GoldEvent] = {}
        need = self.need
        for key in sorted(groups):
            group = groups[key]
            members = group.members
            control = key[0]
            start, end = group.gold_span()
            labels: Votes = {}
            for i, ms in members.items():
                for m in ms:
                    held = labels.get(m.label)
                    if held is None:
                        labels[m.label] = {i}
                    else:
                        held.add(i)
            kind = ConflictKind.LABEL
            if len(members) < need:
                kind = ConflictKind.SPAN
            elif len(labels) == 1 or (won := self.winner(labels))[0]:
                label = next(iter(labels)) if len(labels) == 1 else won[1]
                assert label is not None
                if control == ENTITY and label in SPAN_LABEL_CODES:
                    subtype, link = (
                        value for _, value in self.attributes(group, label, len(labels[label]))
                    )
                    if label != ORG:
                        subtype = None
                    entities[key] = GoldEntity(key, start, end, label, subtype, link)
                    continue
                if control != ENTITY and label in EVENT_LABEL_CODES:
                    attrs = dict(self.attributes(group, label, len(labels[label])))
                    events[key] = GoldEvent(key, start, end, label, attrs, [])
                    continue
            self.conflict(
                kind,
                kind.value,
                self.candidates(labels, with_silent=True),
                "left out",
                control,
                self.where(start, end),
            )
        return entities, events

    def arguments(
        self,
        region_keys: Sequence[dict[str, MatchKey]],
        entities: dict[MatchKey, GoldEntity],
        events: dict[MatchKey, GoldEvent],
    ) -> None:
        pairs: dict[tuple[MatchKey, MatchKey], Votes] = {}
        for i, j in enumerate(self.judgements):
            keys = region_keys[i]
            for trigger_id, entity_id, role in j.arguments:
                tk, ek = keys.get(trigger_id), keys.get(entity_id)
                if tk is not None and ek is not None:
                    pairs.setdefault((tk, ek), {}).setdefault(role, set()).add(i)
        for (tk, ek), roles in sorted(pairs.items()):
            event, entity = events.get(tk), entities.get(ek)
            places: tuple[WhereJSON, WhereJSON] | None = None
            for role in sorted(r for r in roles if r is not None):
                enough = len(roles[role]) >= self.need
                fits = (
                    event is not None
                    and entity is not None
                    and argument_fits(event.label, role, entity.label)
                )
                if enough and fits and event is not None:
                    event.arguments.append((role, ek))
                    continue
                if places is None:
                    places = (self._where_of(tk, event), self._where_of(ek, entity))
                self.conflict(
                    ConflictKind.ARGUMENT,
                    role,
                    self.candidates(roles, with_silent=True),
                    "left out: does not fit the gold's event or entity" if enough else "left out",
                    None,
                    *places,
                )

    def _where_of(self, key: MatchKey, gold: GoldEntity | GoldEvent | None) -> WhereJSON:
        if gold is not None:
            return self.where(gold.start, gold.end)
        return self.where(*trim(self.doc.text, key[1], key[2]))


def _from_ground_truth(vote: _Vote, chosen: Judgement) -> tuple[list[GoldEntity], list[GoldEvent]]:
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
                votes[j.annotation_id] = {i}
        vote.conflict(
            ConflictKind.GROUND_TRUTH,
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
    vote = _Vote(doc, unique, votes_needed(threshold, len(unique)))
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
