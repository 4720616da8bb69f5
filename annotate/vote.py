"""The majority vote of one document's annotations: spans, labels, attributes, arguments.

`annotate.merge` states the rules; this is their hot loop (25 span groups and as many
conflicts per document on 10k-task exports), so votes are bit masks over the judgement
indexes (bit i: judgement i gave this value) rather than sets: counting is
`int.bit_count`, merging is `|`, and the annotators behind a mask are computed once per
document.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from annotate.conflicts import (
    ConflictJSON,
    ConflictKind,
    WhereJSON,
    candidate_json,
    conflict_json,
    where_json,
)
from annotate.labelstudio.config import ENTITY
from annotate.matching import Group, MatchKey, trim
from annotate.mentions import EVENT_ATTRS, LINK, SUBTYPE, Judgement
from annotate.record_json import (
    ATTRIBUTE_VALUES,
    EVENT_LABEL_CODES,
    ORG,
    SPAN_LABEL_CODES,
    DocumentText,
    GoldEntity,
    GoldEvent,
    argument_fits,
    valid_attributes,
)

Votes = dict[str | None, int]
"""Value -> bit mask of the judgements that gave it."""

# Conflict kinds as plain strings: an enum's `.value` is a Python-level property call.
_SPAN = ConflictKind.SPAN.value
_LABEL = ConflictKind.LABEL.value
_ATTRIBUTE = ConflictKind.ATTRIBUTE.value
_ARGUMENT = ConflictKind.ARGUMENT.value

_ENTITY_ATTRS: tuple[tuple[str, str | None], ...] = ((SUBTYPE, None), (LINK, None))


def _candidate_order(item: tuple[str | None, int]) -> tuple[bool, str]:
    return (item[0] is None, item[0] or "")


class Vote:
    """Per-document state of the vote: judgements, votes needed, conflicts found."""

    def __init__(self, doc: DocumentText, judgements: tuple[Judgement, ...], need: int):
        self.doc = doc
        self.judgements = judgements
        self.need = need
        # Judgements are sorted by annotator: bit order is name order.
        self.names = [j.annotator for j in judgements]
        self.everyone = (1 << len(judgements)) - 1
        self.conflicts: list[ConflictJSON] = []
        self._names_of: dict[int, list[str]] = {}

    def where(self, start: int, end: int) -> WhereJSON:
        return where_json(start, end, self.doc.text[start:end])

    def names_of(self, mask: int) -> list[str]:
        """The annotators of the judgements in `mask`, in index order (shared: never mutate)."""
        names = self._names_of.get(mask)
        if names is None:
            names = self._names_of[mask] = [
                name for i, name in enumerate(self.names) if mask >> i & 1
            ]
        return names

    def candidates(self, votes: Votes, with_silent: bool = False) -> list[dict[str, Any]]:
        """Candidates sorted by value; with `with_silent`, those who gave nothing are `None`."""
        if with_silent and len(votes) == 1:  # the common case: one value, and the silent
            ((value, mask),) = votes.items()
            silent = self.everyone & ~mask
            if value is not None and silent:
                return [
                    {"value": value, "annotators": self.names_of(mask)},
                    {"value": None, "annotators": self.names_of(silent)},
                ]
        if with_silent:
            voted = 0
            for mask in votes.values():
                voted |= mask
            silent = self.everyone & ~voted
            if silent:
                votes = {**votes, None: votes.get(None, 0) | silent}
        if len(votes) == 1:
            ((value, mask),) = votes.items()
            return [candidate_json(value, self.names_of(mask))]
        return [
            candidate_json(value, self.names_of(mask))
            for value, mask in sorted(votes.items(), key=_candidate_order)
        ]

    def conflict(
        self,
        kind: str,
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
        for value, mask in votes.items():
            n = mask.bit_count()
            if n > top:
                best, top, second = value, n, top
            elif n > second:
                second = n
        if top < self.need or second == top:
            return False, None
        return True, best

    def attributes(
        self, group: Group, label: str, supporters: int
    ) -> tuple[tuple[str, str | None], ...]:
        """The attributes of the group's members labelled `label`, voted one by one.

        Fast path: when enough supporters gave identical (valid) attributes, they are the
        answer without a vote per attribute. Without a majority, an attribute takes its
        default and becomes a conflict.
        """
        chosen = [(i, m.attrs) for i, ms in group.members.items() for m in ms if m.label == label]
        first = chosen[0][1]
        fast = supporters >= self.need and valid_attributes(first)
        if fast:
            for _, attrs in chosen:
                if attrs != first:
                    break
            else:
                return first
        defaults = EVENT_ATTRS.get(label, _ENTITY_ATTRS)
        out = []
        at: WhereJSON | None = None
        for index, (name, default) in enumerate(defaults):
            value = first[index][1] if index < len(first) else None
            if fast:
                for _, a in chosen:
                    if index >= len(a) or a[index][1] != value:
                        break
                else:
                    out.append((name, value))  # everyone agrees on this one
                    continue
            allowed = ATTRIBUTE_VALUES.get(name)
            votes: Votes = {}
            for i, attrs in chosen:
                if index < len(attrs):
                    given = attrs[index][1]
                    if allowed is None or given is None or given in allowed:
                        votes[given] = votes.get(given, 0) | 1 << i
            won, given = self.winner(votes)
            if won:
                out.append((name, given))
                continue
            if at is None:
                at = self.where(group.inner, group.key[2])
            self.conflict(
                _ATTRIBUTE,
                name,
                self.candidates(votes),
                "unset" if default is None else f"default {default}",
                group.key[0],
                at,
            )
            out.append((name, default))
        return tuple(out)

    def spans(
        self, groups: dict[MatchKey, Group]
    ) -> tuple[dict[MatchKey, GoldEntity], dict[MatchKey, GoldEvent]]:
        """The gold entities and events of the span groups that won their vote."""
        entities: dict[MatchKey, GoldEntity] = {}
        events: dict[MatchKey, GoldEvent] = {}
        need = self.need
        for key in sorted(groups):
            group = groups[key]
            members = group.members
            control = key[0]
            start, end = group.inner, key[2]  # group.gold_span()
            labels: Votes = {}
            for i, ms in members.items():
                for m in ms:
                    labels[m.label] = labels.get(m.label, 0) | 1 << i
            kind = _LABEL
            if len(members) < need:
                kind = _SPAN
            elif len(labels) == 1 or (won := self.winner(labels))[0]:
                label = next(iter(labels)) if len(labels) == 1 else won[1]
                assert label is not None
                supporters = labels[label].bit_count()
                if control == ENTITY and label in SPAN_LABEL_CODES:
                    subtype, link = (
                        value for _, value in self.attributes(group, label, supporters)
                    )
                    if label != ORG:
                        subtype = None
                    entities[key] = GoldEntity(key, start, end, label, subtype, link)
                    continue
                if control != ENTITY and label in EVENT_LABEL_CODES:
                    attrs = dict(self.attributes(group, label, supporters))
                    events[key] = GoldEvent(key, start, end, label, attrs, [])
                    continue
            self.conflict(
                kind,
                kind,
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
        """Vote every (trigger, argument, role) and attach the winners to the gold events."""
        pairs: dict[tuple[MatchKey, MatchKey], Votes] = {}
        for i, j in enumerate(self.judgements):
            keys = region_keys[i]
            bit = 1 << i
            for trigger_id, entity_id, role in j.arguments:
                tk, ek = keys.get(trigger_id), keys.get(entity_id)
                if tk is not None and ek is not None:
                    roles = pairs.get((tk, ek))
                    if roles is None:
                        pairs[(tk, ek)] = {role: bit}
                    else:
                        roles[role] = roles.get(role, 0) | bit
        need = self.need
        for (tk, ek), roles in sorted(pairs.items()):
            event, entity = events.get(tk), entities.get(ek)
            places: tuple[WhereJSON, WhereJSON] | None = None
            ordered = [r for r in roles if r is not None]
            if len(ordered) > 1:
                ordered.sort()
            for role in ordered:
                enough = roles[role].bit_count() >= need
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
                    _ARGUMENT,
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
