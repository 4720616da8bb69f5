"""Inter-annotator agreement, pairwise and overall, per label: what Label Studio Community lacks.

Measures (all computed on the same documents the merge sees, cancelled annotations out):

* **Span F1**, per annotator pair and per label, pooled over documents (micro): *exact*
  (same start, end and label), *tolerant* (the merge's clitic/whitespace-tolerant match,
  same label) and *partial* (overlapping spans with the same label, matched one to one,
  largest overlap first). F1 = 2 * matches / (spans of A + spans of B).
* **Cohen's kappa** per pair and **Krippendorff's alpha** (nominal) over all annotators, on
  *matched span units*, not tokens: a unit is a group of tolerant-matched spans that at least
  one annotator drew; each annotator's value is its label or "none". Token-level kappa would
  be dominated by the mass of tokens nobody labels; this variant only counts what someone
  marked, so it is lower and more telling. Per label: the same data collapsed to "this
  label or not".
* **Relations**: F1 per pair and per role over (trigger, argument, role) triples, matched
  through the tolerant span groups.
* **Attributes**: on events both annotators drew with the same type (and ORG entities for
  the subtype): the share of equal values and Cohen's kappa per pair; alpha overall.

Accumulation is per document and bounded by the number of labels and annotator pairs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from annotate.labelstudio.config import ENTITY
from annotate.matching import Group, MatchKey
from annotate.mentions import Judgement, Mention
from annotate.reliability import (
    PairCounts,
    add_unit,
    binary,
    binary_coincidence,
    cohen_kappa,
    coincidence,
    krippendorff_alpha,
    merge_counts,
)
from annotate.schema import EntityType

ORG = EntityType.ORG.value
NONE = "none"
"""The value of an annotator who drew nothing in a unit."""

Pair = tuple[str, str]


def _f1(matches: float, a: int, b: int) -> float | None:
    return None if a + b == 0 else round(2 * matches / (a + b), 4)


# --- per-pair accumulation --------------------------------------------------------------


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
            "exact_f1": _f1(self.exact, self.a, self.b),
            "tolerant_f1": _f1(self.tolerant, self.a, self.b),
            "partial_f1": _f1(self.partial, self.a, self.b),
        }


@dataclass(slots=True)
class PairStats:
    """Everything accumulated for one annotator pair."""

    documents: int = 0
    spans: dict[str, SpanCounts] = field(default_factory=dict)
    units: Counter[tuple[str, str]] = field(default_factory=Counter)
    relations: dict[str, list[int]] = field(default_factory=dict)  # role -> [a, b, matched]
    attributes: dict[str, Counter[tuple[str, str]]] = field(default_factory=dict)


def _partial_matches(xs: list[Mention], ys: list[Mention]) -> int:
    """One-to-one matches of overlapping spans: identical ones first, then largest overlap."""
    same = {(m.start, m.end) for m in xs} & {(m.start, m.end) for m in ys}
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


def _by_label(j: Judgement) -> dict[str, list[Mention]]:
    out: dict[str, list[Mention]] = {}
    for m in j.mentions:
        held = out.get(m.label)
        if held is None:
            out[m.label] = [m]
        else:
            held.append(m)
    return out


def _compared_attributes(m: Mention) -> tuple[tuple[str, str | None], ...]:
    """The attributes agreement compares: an event's, or an ORG's subtype (links are ids)."""
    if m.control != ENTITY:
        return m.attrs
    return m.attrs[:1] if m.label == ORG else ()


class AgreementAccumulator:
    """Feed it each merged document (`add`); `result()` gives the agreement.json content."""

    def __init__(self) -> None:
        self.pairs: dict[Pair, PairStats] = {}
        self.documents = 0
        self.annotators: set[str] = set()
        self.units: PairCounts = {}
        self.attribute_units: dict[str, PairCounts] = {}
        self.label_counts: Counter[str] = Counter()

    def add(
        self,
        judgements: Sequence[Judgement],
        groups: dict[MatchKey, Group],
        region_keys: Sequence[dict[str, MatchKey]],
    ) -> None:
        """Add one document: its deduplicated judgements and the merge's span groups."""
        self.documents += 1
        names = [j.annotator for j in judgements]
        self.annotators.update(names)
        by_label = [_by_label(j) for j in judgements]
        for labelled in by_label:
            for label, ms in labelled.items():
                self.label_counts[label] += len(ms)
        n = len(judgements)
        # One row per span group: each judgement's label there (or NONE) and its mention.
        rows: list[tuple[list[str], list[Mention | None]]] = []
        for group in groups.values():
            values = [NONE] * n
            firsts: list[Mention | None] = [None] * n
            for i, ms in group.members.items():
                firsts[i] = ms[0]
                values[i] = ms[0].label if len(ms) == 1 else min(m.label for m in ms)
            rows.append((values, firsts))
            add_unit(self.units, values)
            if len(group.members) > 1:
                self._attribute_units(firsts)
        if n < 2:
            return
        exact = [{(m.control, m.start, m.end, m.label) for m in j.mentions} for j in judgements]
        triples = [
            {(keys[t], keys[e], role) for t, e, role in j.arguments if t in keys and e in keys}
            for j, keys in zip(judgements, region_keys, strict=True)
        ]
        for x, y in combinations(range(n), 2):
            if names[x] == names[y]:
                continue
            if names[x] > names[y]:
                x, y = y, x
            stats = self.pairs.get((names[x], names[y]))
            if stats is None:
                stats = self.pairs[(names[x], names[y])] = PairStats()
            stats.documents += 1
            self._spans(stats, by_label[x], by_label[y], exact[x] & exact[y])
            self._units(stats, rows, x, y)
            self._relations(stats, triples[x], triples[y])

    @staticmethod
    def _spans(
        stats: PairStats,
        xs: dict[str, list[Mention]],
        ys: dict[str, list[Mention]],
        exact: set[tuple[str, int, int, str]],
    ) -> None:
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
                counts.partial += _partial_matches(mx, my)
        for _, _, _, label in exact:
            spans[label].exact += 1

    @staticmethod
    def _units(
        stats: PairStats, rows: list[tuple[list[str], list[Mention | None]]], x: int, y: int
    ) -> None:
        units = stats.units
        spans = stats.spans
        for values, firsts in rows:
            vx, vy = values[x], values[y]
            if vx is NONE and vy is NONE:
                continue
            units[(vx, vy)] += 1
            if vx != vy:
                continue
            spans[vx].tolerant += 1
            mx, my = firsts[x], firsts[y]
            assert mx is not None
            assert my is not None
            if mx.attrs == my.attrs:
                for name, value in _compared_attributes(mx):
                    confusion = stats.attributes.get(name)
                    if confusion is None:
                        confusion = stats.attributes[name] = Counter()
                    confusion[(str(value), str(value))] += 1
            else:
                for (name, value), (_, other) in zip(
                    _compared_attributes(mx), _compared_attributes(my), strict=False
                ):
                    stats.attributes.setdefault(name, Counter())[(str(value), str(other))] += 1

    def _attribute_units(self, firsts: list[Mention | None]) -> None:
        values: dict[str, list[str]] = {}
        for m in firsts:
            if m is not None:
                for name, value in _compared_attributes(m):
                    values.setdefault(name, []).append(str(value))
        for name, vs in values.items():
            add_unit(self.attribute_units.setdefault(name, {}), vs)

    @staticmethod
    def _relations(
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

    def merge(self, other: AgreementAccumulator) -> None:
        """Add what `other` accumulated (documents are disjoint: one process each)."""
        self.documents += other.documents
        self.annotators |= other.annotators
        self.label_counts.update(other.label_counts)
        merge_counts(self.units, other.units)
        for name, counts in other.attribute_units.items():
            merge_counts(self.attribute_units.setdefault(name, {}), counts)
        for pair, theirs in other.pairs.items():
            mine = self.pairs.setdefault(pair, PairStats())
            mine.documents += theirs.documents
            for label, span_counts in theirs.spans.items():
                mine.spans.setdefault(label, SpanCounts()).add(span_counts)
            mine.units.update(theirs.units)
            for role, triple in theirs.relations.items():
                held = mine.relations.setdefault(role, [0, 0, 0])
                for i in range(3):
                    held[i] += triple[i]
            for name, confusion in theirs.attributes.items():
                mine.attributes.setdefault(name, Counter()).update(confusion)

    # --- results -------------------------------------------------------------------------

    def result(self) -> dict[str, Any]:
        """The agreement.json content: deterministic (sorted keys and lists, 4 decimals)."""
        labels = sorted(self.label_counts)
        overall_spans: dict[str, SpanCounts] = {}
        overall_relations: dict[str, list[int]] = {}
        overall_attributes: dict[str, Counter[tuple[str, str]]] = {}
        pairs_out = []
        for pair in sorted(self.pairs):
            stats = self.pairs[pair]
            total = SpanCounts()
            for label, counts in stats.spans.items():
                total.add(counts)
                overall_spans.setdefault(label, SpanCounts()).add(counts)
            for role, triple in stats.relations.items():
                held = overall_relations.setdefault(role, [0, 0, 0])
                for i in range(3):
                    held[i] += triple[i]
            for name, confusion in stats.attributes.items():
                overall_attributes.setdefault(name, Counter()).update(confusion)
            pairs_out.append(
                {
                    "annotators": list(pair),
                    "documents": stats.documents,
                    "spans": {**total.to_json(), "kappa": cohen_kappa(stats.units)},
                    "per_label": {
                        label: {
                            **stats.spans[label].to_json(),
                            "kappa": cohen_kappa(binary(stats.units, label)),
                        }
                        for label in sorted(stats.spans)
                    },
                    "relations": _relations_json(stats.relations),
                    "attributes": _attributes_json(stats.attributes),
                }
            )
        units = coincidence(self.units)
        everything = SpanCounts()
        for counts in overall_spans.values():
            everything.add(counts)
        return {
            "documents": self.documents,
            "annotators": sorted(self.annotators),
            "method": {
                "span_f1": "micro over annotator pairs and documents: exact, tolerant "
                "(clitic/whitespace), partial (overlap, one to one)",
                "kappa": "Cohen's kappa per pair on matched span units (groups that at least "
                "one of the two annotators drew; 'none' when absent), not on tokens",
                "alpha": "Krippendorff's alpha, nominal, over all annotators on the same units",
                "relations": "F1 over (trigger, argument, role) through tolerant span matching",
                "attributes": "on spans both annotators drew with the same label",
            },
            "overall": {
                "spans": {**everything.to_json(), "alpha": krippendorff_alpha(units)},
                "relations": _relations_json(overall_relations)["all"],
                "attributes": {
                    name: {
                        **_attribute_json(overall_attributes.get(name, Counter())),
                        "alpha": krippendorff_alpha(coincidence(self.attribute_units[name])),
                    }
                    for name in sorted(self.attribute_units)
                },
            },
            "per_label": {
                label: {
                    "count": self.label_counts[label],
                    **overall_spans.get(label, SpanCounts()).to_json(),
                    "alpha": krippendorff_alpha(binary_coincidence(units, label)),
                }
                for label in labels
            },
            "per_role": {
                role: value
                for role, value in _relations_json(overall_relations).items()
                if role != "all"
            },
            "pairs": pairs_out,
        }


def _relations_json(relations: dict[str, list[int]]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    total = [0, 0, 0]
    for role in sorted(relations):
        a, b, matched = relations[role]
        out[role] = {"relations_a": a, "relations_b": b, "f1": _f1(matched, a, b)}
        total = [total[0] + a, total[1] + b, total[2] + matched]
    out["all"] = {
        "relations_a": total[0],
        "relations_b": total[1],
        "f1": _f1(total[2], total[0], total[1]),
    }
    return out


def _attribute_json(confusion: Counter[tuple[str, str]]) -> dict[str, Any]:
    total = sum(confusion.values())
    same = sum(n for (a, b), n in confusion.items() if a == b)
    return {
        "compared": total,
        "agreement": None if total == 0 else round(same / total, 4),
        "kappa": cohen_kappa(confusion),
    }


def _attributes_json(attributes: dict[str, Counter[tuple[str, str]]]) -> dict[str, Any]:
    return {name: _attribute_json(attributes[name]) for name in sorted(attributes)}
