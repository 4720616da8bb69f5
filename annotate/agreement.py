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

Accumulation is per document and bounded by the number of labels, annotator pairs and
distinct value patterns (units and attribute comparisons are counted per pattern).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import combinations
from typing import Any

from annotate.agreement_counts import (
    Attrs,
    PairStats,
    SpanCounts,
    add_counts,
    attribute_json,
    attributes_json,
    compared_attributes,
    count_exact,
    count_relations,
    count_spans,
    relations_json,
)
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
)

NONE = "none"
"""The value of an annotator who drew nothing in a unit."""

Pair = tuple[str, str]


# --- per-pair accumulation --------------------------------------------------------------


def _by_label(j: Judgement) -> dict[str, list[Mention]]:
    out: dict[str, list[Mention]] = {}
    for m in j.mentions:
        held = out.get(m.label)
        if held is None:
            out[m.label] = [m]
        else:
            held.append(m)
    return out


class AgreementAccumulator:
    """Feed it each merged document (`add`); `result()` gives the agreement.json content.

    Span units are counted per (annotators, labels) pattern in `rows` and folded into the
    per-pair confusion counts and the alpha units by `_flush()`, in bulk: documents repeat
    the same few patterns, so this is much less work than counting every unit for every
    pair. Attribute units are counted per pattern too (`attribute_rows`: spans whose
    annotations share label and attributes; `attribute_mixed`: one attribute's values on
    the other spans). Keys are bounded by the schema (labels,
    attribute values) and the annotators; `rows` is flushed when it grows large anyway.
    """

    MAX_ROWS = 50_000

    def __init__(self) -> None:
        self.pairs: dict[Pair, PairStats] = {}
        self.documents = 0
        self.annotators: set[str] = set()
        self.rows: dict[tuple[str, ...], dict[tuple[str, ...], int]] = {}
        self.pending = 0
        """Annotators -> labels pattern -> count; `pending` counts the patterns."""
        self.unit_rows: dict[tuple[str, ...], int] = {}
        self.attribute_rows: dict[tuple[int, str, str, Attrs], int] = {}
        self.attribute_mixed: dict[tuple[str, tuple[str | None, ...]], int] = {}
        self.label_counts: Counter[str] = Counter()

    def add(
        self,
        judgements: Sequence[Judgement],
        groups: dict[MatchKey, Group],
        region_keys: Sequence[dict[str, MatchKey]],
    ) -> None:
        """Add one document: its deduplicated judgements and the merge's span groups."""
        self.documents += 1
        names = tuple([j.annotator for j in judgements])
        self.annotators.update(names)
        label_counts = self.label_counts
        by_label = [_by_label(j) for j in judgements]
        for labelled in by_label:
            for label, ms in labelled.items():
                label_counts[label] = label_counts.get(label, 0) + len(ms)
        n = len(judgements)
        if n < 2:
            return  # no pair, and a unit of one value adds nothing to alpha
        pairs: list[tuple[int, int, PairStats]] = []
        for x, y in _ordered_pairs(names):
            stats = self.pairs.get((names[x], names[y]))
            if stats is None:
                stats = self.pairs[(names[x], names[y])] = PairStats()
            stats.documents += 1
            count_spans(stats, by_label[x], by_label[y])
            pairs.append((x, y, stats))
        # Two mentions with the same control and offsets are in the same group, so exact
        # matches are found group by group, unless a mention is in no group (a blank span).
        grouped = all(
            len(k) == len(j.mentions) for j, k in zip(judgements, region_keys, strict=True)
        )
        rows = self.rows.get(names)
        if rows is None:
            rows = self.rows[names] = {}
        known = len(rows)
        for group in groups.values():
            members = group.members
            values = [NONE] * n
            if len(members) == 1:
                for i, ms in members.items():
                    values[i] = ms[0].label if len(ms) == 1 else min(m.label for m in ms)
                row = tuple(values)
                rows[row] = rows.get(row, 0) + 1
                continue
            firsts: list[Mention | None] = [None] * n
            for i, ms in members.items():
                m = firsts[i] = ms[0]
                values[i] = m.label if len(ms) == 1 else min(m.label for m in ms)
            row = tuple(values)
            rows[row] = rows.get(row, 0) + 1
            self._attribute_unit(firsts, len(members))
            for x, y, stats in pairs:
                mx, my = firsts[x], firsts[y]
                if mx is None or my is None:
                    continue
                if grouped:
                    count_exact(stats, members[x], members[y])
                if values[x] != values[y]:
                    continue
                if mx.attrs == my.attrs:
                    key = (mx.control, mx.label, mx.attrs)
                    stats.same[key] = stats.same.get(key, 0) + 1
                else:
                    stats.differ(mx.control, mx.label, mx.attrs, my.label, my.attrs)
        if not grouped:
            exact = [{(m.control, m.start, m.end, m.label) for m in j.mentions} for j in judgements]
            for x, y, stats in pairs:
                for _, _, _, label in exact[x] & exact[y]:
                    stats.spans[label].exact += 1
        triples = [
            {(keys[t], keys[e], role) for t, e, role in j.arguments if t in keys and e in keys}
            for j, keys in zip(judgements, region_keys, strict=True)
        ]
        for x, y, stats in pairs:
            count_relations(stats, triples[x], triples[y])
        self.pending += len(rows) - known
        if self.pending > self.MAX_ROWS:
            self._flush()

    def _attribute_unit(self, firsts: list[Mention | None], members: int) -> None:
        drawn = [m for m in firsts if m is not None]
        m = drawn[0]
        for o in drawn:
            if o.label != m.label or o.attrs != m.attrs:
                self._mixed_attributes(drawn)
                return
        shared = (members, m.control, m.label, m.attrs)
        self.attribute_rows[shared] = self.attribute_rows.get(shared, 0) + 1

    def _flush(self) -> None:
        """Fold the pending `rows` into the alpha units and each pair's span units."""
        unit_rows = self.unit_rows
        for names, rows in self.rows.items():
            pairs = [(x, y, self.pairs[(names[x], names[y])]) for x, y in _ordered_pairs(names)]
            for values, times in rows.items():
                unit_rows[values] = unit_rows.get(values, 0) + times
                for x, y, stats in pairs:
                    vx, vy = values[x], values[y]
                    if vx == NONE and vy == NONE:
                        continue
                    stats.units[(vx, vy)] += times
                    if vx == vy:
                        stats.spans[vx].tolerant += times
        self.rows.clear()
        self.pending = 0

    def merge(self, other: AgreementAccumulator) -> None:
        """Add what `other` accumulated (documents are disjoint: one process each)."""
        self._flush()
        other._flush()
        self.documents += other.documents
        self.annotators |= other.annotators
        self.label_counts.update(other.label_counts)
        add_counts(self.unit_rows, other.unit_rows)
        add_counts(self.attribute_rows, other.attribute_rows)
        add_counts(self.attribute_mixed, other.attribute_mixed)
        for pair, theirs in other.pairs.items():
            self.pairs.setdefault(pair, PairStats()).add(theirs)

    def units(self) -> PairCounts:
        """Exact coincidence counts of the span units (labels, 'none' when absent)."""
        self._flush()
        counts: PairCounts = {}
        for values, times in self.unit_rows.items():
            add_unit(counts, values, times)
        return counts

    def _mixed_attributes(self, drawn: list[Mention]) -> None:
        """Add the attribute units of a span whose annotations differ in label or attributes."""
        values: dict[str, list[str | None]] = {}
        for m in drawn:
            for name, value in compared_attributes(m.control, m.label, m.attrs):
                held = values.get(name)
                if held is None:
                    values[name] = [value]
                else:
                    held.append(value)
        mixed = self.attribute_mixed
        for name, vs in values.items():
            key = (name, tuple(vs))
            mixed[key] = mixed.get(key, 0) + 1

    def attribute_units(self) -> dict[str, PairCounts]:
        """Attribute name -> exact coincidence counts over spans several annotators drew."""
        out: dict[str, PairCounts] = {}
        for (name, values), times in self.attribute_mixed.items():
            add_unit(out.setdefault(name, {}), [str(v) for v in values], times)
        for (members, control, label, attrs), times in self.attribute_rows.items():
            for name, value in compared_attributes(control, label, attrs):
                add_unit(out.setdefault(name, {}), [str(value)] * members, times)
        return out

    # --- results -------------------------------------------------------------------------

    def result(self) -> dict[str, Any]:
        """The agreement.json content: deterministic (sorted keys and lists, 4 decimals)."""
        self._flush()
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
            attributes = stats.attributes()
            for name, confusion in attributes.items():
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
                    "relations": relations_json(stats.relations),
                    "attributes": attributes_json(attributes),
                }
            )
        units = coincidence(self.units())
        attribute_units = self.attribute_units()
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
                "relations": relations_json(overall_relations)["all"],
                "attributes": {
                    name: {
                        **attribute_json(overall_attributes.get(name, Counter())),
                        "alpha": krippendorff_alpha(coincidence(attribute_units[name])),
                    }
                    for name in sorted(attribute_units)
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
                for role, value in relations_json(overall_relations).items()
                if role != "all"
            },
            "pairs": pairs_out,
        }


def _ordered_pairs(names: Sequence[str]) -> list[tuple[int, int]]:
    """Index pairs of different annotators, the alphabetically first one first."""
    out = []
    for x, y in combinations(range(len(names)), 2):
        if names[x] == names[y]:
            continue
        out.append((y, x) if names[x] > names[y] else (x, y))
    return out
