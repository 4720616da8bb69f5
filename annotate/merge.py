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
from enum import StrEnum
from typing import Any

import orjson

from annotate.labelstudio.config import ENTITY
from annotate.matching import Group, MatchKey, group_mentions, trim
from annotate.mentions import EVENT_ATTRS, LINK, SUBTYPE, Judgement, from_record
from annotate.schema import (
    ATTRIBUTES,
    ENTITY_ATTRIBUTES,
    EVENT_ROLES,
    SCHEMA_VERSION,
    SPAN_LABELS,
    EntityType,
    EventType,
    GoldRecord,
)
from annotate.text import sha256_text

DEFAULT_THRESHOLD = 0.5


class ConflictKind(StrEnum):
    """What kind of decision found no majority."""

    SPAN = "span"
    """A span too few annotators drew; it is not in the gold."""
    LABEL = "label"
    """A span enough annotators drew, but with no majority label; it is not in the gold."""
    ATTRIBUTE = "attribute"
    """An attribute (or ORG subtype, or link) with no majority; the gold has its default."""
    ARGUMENT = "argument"
    """An argument with no majority, or whose majority does not fit the gold's types."""
    GROUND_TRUTH = "ground-truth"
    """Several different ground-truth annotations; the most recently updated one is used."""


@dataclass(frozen=True, slots=True)
class Where:
    """A span of the document: half-open code-point offsets and the text they cover."""

    start: int
    end: int
    surface: str


@dataclass(frozen=True, slots=True)
class Candidate:
    """One answer annotators gave, and who gave it (value None: they marked nothing / unset)."""

    value: str | None
    annotators: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Conflict:
    """A decision the annotators did not settle, for an adjudicator (one line of conflicts.jsonl).

    `at` is the span (for an argument, its trigger), `argument` the argument's span;
    `target` says what is undecided (span, label, an attribute name, a role);
    `resolution` what the gold holds meanwhile. orjson serializes it as it is.
    """

    doc: str
    kind: ConflictKind
    target: str
    candidates: tuple[Candidate, ...]
    votes_needed: int
    annotations: int
    resolution: str
    control: str | None = None
    at: Where | None = None
    argument: Where | None = None

    def to_json(self) -> dict[str, Any]:
        """The JSON object of one conflicts.jsonl line."""
        out: dict[str, Any] = orjson.loads(orjson.dumps(self))
        return out

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> Conflict:
        """Read one conflicts.jsonl line back (KeyError/ValueError when it is not one)."""

        def where(w: dict[str, Any] | None) -> Where | None:
            return None if w is None else Where(int(w["start"]), int(w["end"]), str(w["surface"]))

        return cls(
            doc=str(obj["doc"]),
            kind=ConflictKind(obj["kind"]),
            target=str(obj["target"]),
            candidates=tuple(
                Candidate(c["value"], tuple(c["annotators"])) for c in obj["candidates"]
            ),
            votes_needed=int(obj["votes_needed"]),
            annotations=int(obj["annotations"]),
            resolution=str(obj["resolution"]),
            control=obj.get("control"),
            at=where(obj.get("at")),
            argument=where(obj.get("argument")),
        )


@dataclass(frozen=True, slots=True)
class DocumentMerge:
    """The merge of one document: its gold record (as GoldRecord JSON) and its conflicts."""

    record: dict[str, Any]
    conflicts: tuple[Conflict, ...]
    judgements: tuple[Judgement, ...]
    groups: dict[MatchKey, Group]
    region_keys: tuple[dict[str, MatchKey], ...]

    def gold_record(self) -> GoldRecord:
        """The record as a validated `GoldRecord`."""
        return GoldRecord.model_validate(self.record)


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


# --- the gold record as JSON ------------------------------------------------------------


@dataclass(slots=True)
class _GoldEntity:
    ref: object
    start: int
    end: int
    label: str
    subtype: str | None
    link: str | None


@dataclass(slots=True)
class _GoldEvent:
    ref: object
    start: int
    end: int
    label: str
    attrs: dict[str, str | None]
    arguments: list[tuple[str, object]]


_SPAN_LABELS = frozenset(label.value for label in SPAN_LABELS)
_EVENT_LABELS = frozenset(t.value for t in EventType)
_ALLOWED: dict[tuple[str, str], frozenset[str]] = {
    (t.value, spec.role.value): frozenset(x.value for x in spec.allowed)
    for t, specs in EVENT_ROLES.items()
    for spec in specs
}
_ORG = EntityType.ORG.value
_ATTR_VALUES = {
    a.name: frozenset(str(v) for v in a.values) for a in (*ATTRIBUTES, *ENTITY_ATTRIBUTES)
}
_ATTR_NAMES = tuple(a.name for a in ATTRIBUTES)


def provenance_json(
    annotators: Iterable[str],
    source_exports: Iterable[str],
    tool_version: str,
    adjudicated: bool,
) -> dict[str, Any]:
    """Provenance JSON (as `Provenance.model_dump(mode="json")` gives it), sorted."""
    return {
        "annotators": sorted(set(annotators)),
        "source_exports": sorted(set(source_exports)),
        "schema_version": SCHEMA_VERSION,
        "tool_version": tool_version,
        "adjudicated": adjudicated,
    }


def _record_json(
    doc: DocumentText,
    entities: list[_GoldEntity],
    events: list[_GoldEvent],
    provenance: dict[str, Any],
) -> dict[str, Any]:
    """GoldRecord JSON (what `model_dump(mode="json")` gives), ids in canonical order."""
    text = doc.text
    entities.sort(key=lambda e: (e.start, e.end, e.label))
    ids: dict[object, str] = {}
    ent_out: list[dict[str, Any]] = []
    for i, e in enumerate(entities, start=1):
        ids[e.ref] = eid = f"e{i}"
        ent_out.append(
            {
                "id": eid,
                "type": e.label,
                "start": e.start,
                "end": e.end,
                "surface": text[e.start : e.end],
                "subtype": e.subtype,
                "link": e.link,
            }
        )
    events.sort(key=lambda v: (v.start, v.end, v.label))
    ev_out: list[dict[str, Any]] = []
    for i, v in enumerate(events, start=1):
        args = sorted({(role, ids[ref]) for role, ref in v.arguments if ref in ids})
        ev_out.append(
            {
                "id": f"v{i}",
                "type": v.label,
                "trigger": {"start": v.start, "end": v.end, "surface": text[v.start : v.end]},
                "arguments": [{"role": r, "entity": e} for r, e in args],
                "attributes": {name: v.attrs.get(name) for name in _ATTR_NAMES},
            }
        )
    return {
        "id": doc.id,
        "text": text,
        "text_sha256": doc.sha256,
        "entities": ent_out,
        "events": ev_out,
        "provenance": provenance,
    }


def _candidate_order(item: tuple[str | None, set[int]]) -> tuple[bool, str]:
    return (item[0] is None, item[0] or "")


def _valid(attrs: tuple[tuple[str, str | None], ...]) -> bool:
    """True when every attribute value is unset or one the schema allows."""
    for name, value in attrs:
        allowed = _ATTR_VALUES.get(name)
        if value is not None and allowed is not None and value not in allowed:
            return False
    return True


def _fits(event_label: str, role: str, entity_label: str) -> bool:
    allowed = _ALLOWED.get((event_label, role))
    return allowed is not None and entity_label in allowed


@dataclass(frozen=True, slots=True)
class DocumentText:
    """The identity of a document: id, exact text and its sha256."""

    id: str
    text: str
    sha256: str

    @classmethod
    def of(cls, doc_id: str, text: str) -> DocumentText:
        return cls(doc_id, text, sha256_text(text))


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
        self.conflicts: list[Conflict] = []

    def where(self, start: int, end: int) -> Where:
        return Where(start=start, end=end, surface=self.doc.text[start:end])

    def candidates(self, votes: Votes, with_silent: bool = False) -> tuple[Candidate, ...]:
        """Candidates sorted by value; with `with_silent`, those who gave nothing are `None`."""
        if with_silent:
            voted = set().union(*votes.values())
            silent = set(range(len(self.judgements))) - voted
            if silent:
                votes = {**votes, None: votes.get(None, set()) | silent}
        names = self.names  # judgements are sorted by annotator: index order is name order
        return tuple(
            [
                Candidate(value, tuple([names[i] for i in sorted(who)]))
                for value, who in sorted(votes.items(), key=_candidate_order)
            ]
        )

    def conflict(self, kind: ConflictKind, target: str, **fields: Any) -> None:
        self.conflicts.append(
            Conflict(
                doc=self.doc.id,
                kind=kind,
                target=target,
                votes_needed=self.need,
                annotations=len(self.judgements),
                **fields,
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
        allowed = _ATTR_VALUES.get(name)
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
            control=group.key[0],
            at=self.where(*group.gold_span()),
            candidates=self.candidates(votes),
            resolution="unset" if default is None else f"default {default}",
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
        fast = supporters >= self.need and _valid(first)
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
    ) -> tuple[dict[MatchKey, _GoldEntity], dict[MatchKey, _GoldEvent]]:
        entities: dict[MatchKey, _GoldEntity] = {}
        events: dict[MatchKey, _GoldEvent] = {}
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
                if control == ENTITY and label in _SPAN_LABELS:
                    subtype, link = (
                        value for _, value in self.attributes(group, label, len(labels[label]))
                    )
                    if label != _ORG:
                        subtype = None
                    entities[key] = _GoldEntity(key, start, end, label, subtype, link)
                    continue
                if control != ENTITY and label in _EVENT_LABELS:
                    attrs = dict(self.attributes(group, label, len(labels[label])))
                    events[key] = _GoldEvent(key, start, end, label, attrs, [])
                    continue
            self.conflict(
                kind,
                kind.value,
                control=control,
                at=self.where(start, end),
                candidates=self.candidates(labels, with_silent=True),
                resolution="left out",
            )
        return entities, events

    def arguments(
        self,
        region_keys: Sequence[dict[str, MatchKey]],
        entities: dict[MatchKey, _GoldEntity],
        events: dict[MatchKey, _GoldEvent],
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
            for role in sorted(r for r in roles if r is not None):
                enough = len(roles[role]) >= self.need
                fits = (
                    event is not None
                    and entity is not None
                    and _fits(event.label, role, entity.label)
                )
                if enough and fits and event is not None:
                    event.arguments.append((role, ek))
                    continue
                self.conflict(
                    ConflictKind.ARGUMENT,
                    role,
                    at=self._where_of(tk, event),
                    argument=self._where_of(ek, entity),
                    candidates=self.candidates(roles, with_silent=True),
                    resolution="left out: does not fit the gold's event or entity"
                    if enough
                    else "left out",
                )

    def _where_of(self, key: MatchKey, gold: _GoldEntity | _GoldEvent | None) -> Where:
        if gold is not None:
            return self.where(gold.start, gold.end)
        return self.where(*trim(self.doc.text, key[1], key[2]))


def _from_ground_truth(
    vote: _Vote, chosen: Judgement
) -> tuple[list[_GoldEntity], list[_GoldEvent]]:
    entities: dict[str, _GoldEntity] = {}
    events: dict[str, _GoldEvent] = {}
    for m in chosen.mentions:
        if m.control == ENTITY and m.label in _SPAN_LABELS:
            subtype = m.attrs[0][1] if m.label == _ORG else None
            entities[m.rid] = _GoldEntity(m.rid, m.start, m.end, m.label, subtype, m.attrs[1][1])
        elif m.control != ENTITY and m.label in _EVENT_LABELS:
            events[m.rid] = _GoldEvent(m.rid, m.start, m.end, m.label, dict(m.attrs), [])
    for trigger, entity, role in chosen.arguments:
        event, target = events.get(trigger), entities.get(entity)
        if event is not None and target is not None and _fits(event.label, role, target.label):
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
            candidates=vote.candidates(votes),
            resolution=f"annotation {chosen.annotation_id} (most recently updated)",
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
    record = _record_json(doc, entity_list, event_list, provenance)
    return DocumentMerge(
        record=record,
        conflicts=tuple(vote.conflicts),
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
