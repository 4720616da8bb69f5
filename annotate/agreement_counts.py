"""Exact per-pair agreement counts, how one document adds to them, and their agreement.json
form (see `annotate.agreement`).

Everything is an integer count, so accumulators from several processes add up to exactly
the figures of one process; floats appear only in the JSON.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from annotate.labelstudio.config import ENTITY
from annotate.matching import MatchKey
from annotate.mentions import Mention
from annotate.reliability import cohen_kappa
from annotate.schema import EntityType

ORG = EntityType.ORG.value

Attrs = tuple[tuple[str, str | None], ...]
Shared = tuple[str, str, Attrs]
"""(control, label, attributes) that several annotations of one span share."""


def f1(matches: float, a: int, b: int) -> float | None:
    return None if a + b == 0 else round(2 * matches / (a + b), 4)


def compared_attributes(control: str, label: str, attrs: Attrs) -> Attrs:
    """The attributes agreement compares: an event's, or an ORG's subtype (links are ids)."""
    if control != ENTITY:
        return attrs
    return attrs[:1] if label == ORG else ()


@dataclass(slots=True)
class SpanCounts:
    """Spans of A, spans of B, and exact / tolerant / partial matches."""

    a: int = 0
    b: int = 0
    exact: int = 0
    tolerant: int = 0
    partial: int = 0

    def add(self, other: SpanCounts) -> None:
        self.a += other.a
        self.b += other.b
        self.exact += other.exact
        self.tolerant += other.tolerant
        self.partial += other.partial

    def to_json(self) -> dict[str, Any]:
        return {
            "spans_a": self.a,
            "spans_b": self.b,
            "exact_f1": f1(self.exact, self.a, self.b),
            "tolerant_f1": f1(self.tolerant, self.a, self.b),
            "partial_f1": f1(self.partial, self.a, self.b),
        }


@dataclass(slots=True)
class PairStats:
    """Everything accumulated for one annotator pair.

    Spans both annotators drew with equal attributes (the common case) are counted per
    (control, label, attributes) in `same` and expanded by `attributes()`: one dict update
    per span instead of one per attribute. The keys are bounded by the schema's attribute
    combinations, not by the export size; unequal ones go straight to `differing`.
    """

    documents: int = 0
    spans: dict[str, SpanCounts] = field(default_factory=dict)
    units: Counter[tuple[str, str]] = field(default_factory=Counter)
    relations: dict[str, list[int]] = field(default_factory=dict)  # role -> [a, b, matched]
    same: dict[Shared, int] = field(default_factory=dict)
    differing: dict[str, Counter[tuple[str, str]]] = field(default_factory=dict)

    def differ(self, control: str, lx: str, ax: Attrs, ly: str, ay: Attrs) -> None:
        """Count a span whose two annotations have different attributes."""
        cx = compared_attributes(control, lx, ax)
        cy = compared_attributes(control, ly, ay)
        for (name, value), (_, other) in zip(cx, cy, strict=False):
            confusion = self.differing.get(name)
            if confusion is None:
                confusion = self.differing[name] = Counter()
            key = (str(value), str(other))
            confusion[key] = confusion.get(key, 0) + 1

    def add(self, other: PairStats) -> None:
        """Add what `other` accumulated for the same pair."""
        self.documents += other.documents
        for label, span_counts in other.spans.items():
            self.spans.setdefault(label, SpanCounts()).add(span_counts)
        self.units.update(other.units)
        for role, triple in other.relations.items():
            held = self.relations.setdefault(role, [0, 0, 0])
            for i in range(3):
                held[i] += triple[i]
        add_counts(self.same, other.same)
        for name, confusion in other.differing.items():
            self.differing.setdefault(name, Counter()).update(confusion)

    def attributes(self) -> dict[str, Counter[tuple[str, str]]]:
        """Attribute name -> confusion matrix {(value of A, value of B): count}."""
        out = {name: Counter(confusion) for name, confusion in self.differing.items()}
        for (control, label, attrs), times in self.same.items():
            for name, value in compared_attributes(control, label, attrs):
                out.setdefault(name, Counter())[(str(value), str(value))] += times
        return out


def relations_json(relations: dict[str, list[int]]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    total = [0, 0, 0]
    for role in sorted(relations):
        a, b, matched = relations[role]
        out[role] = {"relations_a": a, "relations_b": b, "f1": f1(matched, a, b)}
        total = [total[0] + a, total[1] + b, total[2] + matched]
    out["all"] = {
        "relations_a": total[0],
        "relations_b": total[1],
        "f1": f1(total[2], total[0], total[1]),
    }
    return out


def attribute_json(confusion: Counter[tuple[str, str]]) -> dict[str, Any]:
    total = sum(confusion.values())
    same = sum(n for (a, b), n in confusion.items() if a == b)
    return {
        "compared": total,
        "agreement": None if total == 0 else round(same / total, 4),
        "kappa": cohen_kappa(confusion),
    }


def attributes_json(attributes: dict[str, Counter[tuple[str, str]]]) -> dict[str, Any]:
    return {name: attribute_json(attributes[name]) for name in sorted(attributes)}


def add_counts(into: dict[Any, int], other: dict[Any, int]) -> None:
    for key, n in other.items():
        into[key] = into.get(key, 0) + n


# --- one document, one pair --------------------------------------------------------


def partial_matches(xs: list[Mention], ys: list[Mention]) -> int:
    """One-to-one matches of overlapping spans: identical ones first, then largest overlap."""
    if len(xs) == 1 and len(ys) == 1:  # the common case
        x, y = xs[0], ys[0]
        return 1 if min(x.end, y.end) > max(x.start, y.start) else 0
    in_x = {(m.start, m.end) for m in xs}
    in_y = {(m.start, m.end) for m in ys}
    same = in_x & in_y
    if len(same) == len(in_x) or len(same) == len(in_y):
        return len(same)  # one side has nothing left to match
    if same:
        xs = [m for m in xs if (m.start, m.end) not in same]
        ys = [m for m in ys if (m.start, m.end) not in same]
    candidates = []
    for i, x in enumerate(xs):
        for j, y in enumerate(ys):
            overlap = min(x.end, y.end) - max(x.start, y.start)
            if overlap > 0:
                candidates.append((-overlap, i, j))
    candidates.sort()
    used_x: set[int] = set()
    used_y: set[int] = set()
    for _, i, j in candidates:
        if i not in used_x and j not in used_y:
            used_x.add(i)
            used_y.add(j)
    return len(same) + len(used_x)


def count_spans(
    stats: PairStats, xs: dict[str, list[Mention]], ys: dict[str, list[Mention]]
) -> None:
    """Spans of A and B per label, and their partial matches."""
    spans = stats.spans
    for label in xs.keys() | ys.keys():
        counts = spans.get(label)
        if counts is None:
            counts = spans[label] = SpanCounts()
        mx, my = xs.get(label), ys.get(label)
        if mx:
            counts.a += len(mx)
        if my:
            counts.b += len(my)
        if mx and my:
            counts.partial += partial_matches(mx, my)


def count_exact(stats: PairStats, xs: list[Mention], ys: list[Mention]) -> None:
    """Exact matches (same offsets and label) between two annotators' mentions of a group."""
    if len(xs) == 1 and len(ys) == 1:
        x, y = xs[0], ys[0]
        if x.start == y.start and x.end == y.end and x.label == y.label:
            stats.spans[x.label].exact += 1
        return
    same = {(m.start, m.end, m.label) for m in xs} & {(m.start, m.end, m.label) for m in ys}
    for _, _, label in same:
        stats.spans[label].exact += 1


def count_relations(
    stats: PairStats,
    tx: set[tuple[MatchKey, MatchKey, str]],
    ty: set[tuple[MatchKey, MatchKey, str]],
) -> None:
    relations = stats.relations
    for triple in tx | ty:
        counts = relations.get(triple[2])
        if counts is None:
            counts = relations[triple[2]] = [0, 0, 0]
        if triple in tx:
            counts[0] += 1
            if triple in ty:
                counts[1] += 1
                counts[2] += 1
        else:
            counts[1] += 1
