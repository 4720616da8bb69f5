"""Chance-corrected agreement statistics: Cohen's kappa and nominal Krippendorff's alpha.

Standard library only. Alpha's coincidence data are kept as exact integer counts
(`PairCounts`) so that partial results from several processes add up to exactly the same
figure; floats appear only when a matrix is computed from them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

Coincidence = dict[tuple[str, str], float]
"""A Krippendorff coincidence matrix {(value, value): weight}."""
PairCounts = dict[tuple[str, str, int], int]
"""Coincidence data kept exact: {(value, value, values in the unit - 1): pairable count}.

Integers add up the same in any order, so accumulators merged from several processes give
exactly the figures one process gives."""


def cohen_kappa(confusion: Counter[tuple[str, str]]) -> float | None:
    """Cohen's kappa of a confusion matrix {(value of A, value of B): count}."""
    total = sum(confusion.values())
    if total == 0:
        return None
    rows: Counter[str] = Counter()
    cols: Counter[str] = Counter()
    agree = 0
    for (a, b), n in confusion.items():
        rows[a] += n
        cols[b] += n
        if a == b:
            agree += n
    p_o = agree / total
    p_e = sum(rows[v] * cols[v] for v in rows) / (total * total)
    if p_e == 1.0:
        return 1.0 if p_o == 1.0 else None
    return round((p_o - p_e) / (1 - p_e), 4)


def binary(confusion: Counter[tuple[str, str]], label: str) -> Counter[tuple[str, str]]:
    """The confusion matrix collapsed to `label` versus anything else."""
    out: Counter[tuple[str, str]] = Counter()
    for (a, b), n in confusion.items():
        out[(str(a == label), str(b == label))] += n
    return out


def add_unit(counts: PairCounts, values: Sequence[str], times: int = 1) -> None:
    """Add one unit's values (one per annotator) to exact coincidence counts, `times` times."""
    m = len(values)
    if m < 2:
        return
    first = values[0]
    if values.count(first) == m:  # everyone gave the same value: the common case
        key = (first, first, m - 1)
        counts[key] = counts.get(key, 0) + m * (m - 1) * times
        return
    per_value: dict[str, int] = {}
    for v in values:
        per_value[v] = per_value.get(v, 0) + 1
    for c, nc in per_value.items():
        for k, nk in per_value.items():
            pairs = nc * (nc - 1) if c == k else nc * nk
            if pairs:
                key = (c, k, m - 1)
                counts[key] = counts.get(key, 0) + pairs * times


def coincidence(counts: PairCounts) -> Coincidence:
    """The coincidence matrix of exact counts (summed in a fixed order)."""
    out: Coincidence = {}
    for (c, k, weight), n in sorted(counts.items()):
        out[(c, k)] = out.get((c, k), 0.0) + n / weight
    return out


def krippendorff_alpha(coincidence: Coincidence) -> float | None:
    """Nominal Krippendorff's alpha from a coincidence matrix."""
    totals: dict[str, float] = {}
    for (c, _), o in coincidence.items():
        totals[c] = totals.get(c, 0.0) + o
    n = sum(totals.values())
    if n <= 1:
        return None
    observed = sum(o for (c, k), o in coincidence.items() if c != k)
    expected = sum(totals[c] * totals[k] for c in totals for k in totals if c != k) / (n - 1)
    if expected == 0:
        return 1.0 if observed == 0 else None
    return round(1 - observed / expected, 4)


def binary_coincidence(coincidence: Coincidence, label: str) -> Coincidence:
    """The coincidence matrix collapsed to `label` versus anything else."""
    out: Coincidence = {}
    for (c, k), o in coincidence.items():
        key = (str(c == label), str(k == label))
        out[key] = out.get(key, 0.0) + o
    return out
