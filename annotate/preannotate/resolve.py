"""Overlap resolution, nesting, and the last check of every span on the raw text.

Candidates of one layer are resolved leftmost-longest; names inside a larger mention are kept
as nested mentions where the nesting convention allows it; a span survives only if an
annotator could have drawn it under the span convention.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from annotate.preannotate.spans import Candidate
from annotate.schema import EntityType, SpanLabel
from annotate.text import has_edge_whitespace, is_grapheme_boundary, starts_with_proclitic

# Letters that only Persian/Urdu write: a name spelled with them (پاکستان) is not Arabic text.
_FOREIGN_LETTERS = frozenset(
    "\u067e\u0686\u0698\u06af\u06a9\u06cc\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2"
)
# Which names may nest inside a mention of each type (the gold's nesting convention).
NESTABLE: dict[SpanLabel, frozenset[SpanLabel]] = {
    EntityType.OCC: frozenset({EntityType.GPE, EntityType.LOC, EntityType.ORG, EntityType.NORP}),
    EntityType.ORG: frozenset(
        {EntityType.GPE, EntityType.LOC, EntityType.NORP, EntityType.ORG, EntityType.FAC}
    ),
    EntityType.NORP: frozenset({EntityType.GPE, EntityType.LOC}),
    EntityType.FAC: frozenset({EntityType.GPE, EntityType.LOC, EntityType.ORG}),
}
# Names inside which a trigger is no event (مركز مراقبة وقف إطلاق النار).
NAME_LABELS = (EntityType.ORG, EntityType.FAC, EntityType.PER, EntityType.WEA)
_SOURCE_RANK = {"gazetteer": 3, "title+name": 2, "org-head": 2, "value": 2, "apposition": 1}


def resolve(cands: list[Candidate]) -> list[Candidate]:
    """Leftmost-longest, non-overlapping; on equal spans the gazetteer beats patterns."""
    cands = sorted(
        cands, key=lambda c: (c.start, c.start - c.end, -_SOURCE_RANK.get(c.source, 0), -c.score)
    )
    kept: list[Candidate] = []
    last_end = -1
    for cand in cands:
        if cand.start >= last_end:
            kept.append(cand)
            last_end = cand.end
    return kept


def overlapping(
    spans: list[Candidate], starts: list[int], start: int, end: int, nested: bool = False
) -> Iterator[Candidate]:
    """The spans of a start-sorted list that overlap [start, end).

    Without `nested` the list holds non-overlapping spans, so the walk back from the first
    span starting at or after `end` stops at the first span that ends before `start`.
    """
    j = bisect_left(starts, end)
    while j > 0:
        j -= 1
        span = spans[j]
        if span.end > start:
            yield span
        elif not nested:
            return


def _boundary(raw: str, i: int) -> bool:
    """`is_grapheme_boundary`, with a fast path for the common case (a letter or a space)."""
    if i <= 0 or i >= len(raw):
        return True
    ch = raw[i]
    if ("\u0621" <= ch <= "\u063a" or "\u0641" <= ch <= "\u064a" or ch in " \n,.") and raw[
        i - 1
    ] not in "\u200d\r":
        return True
    return is_grapheme_boundary(raw, i)


def raw_span_ok(raw: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The raw span if it is one an annotator could draw under the span convention."""
    start, end = span
    surface = raw[start:end]
    if (
        not surface
        or has_edge_whitespace(surface)
        or not _boundary(raw, start)
        or not _boundary(raw, end)
        or starts_with_proclitic(raw, start, end)
        or not _FOREIGN_LETTERS.isdisjoint(surface)
    ):
        return None
    return start, end


def may_nest(outer: Candidate, inner: Candidate) -> bool:
    """May `inner` be annotated inside `outer` (the nesting convention)?"""
    if not (outer.start <= inner.start and inner.end <= outer.end):
        return False
    if outer.end - outer.start <= inner.end - inner.start:
        return False
    allowed = NESTABLE.get(outer.label)
    if allowed is None or inner.label not in allowed:
        return False
    if outer.label is EntityType.OCC:
        return True
    if outer.source == "gazetteer":
        # Inside a known name only well-known places are names of their own (مجلس أوروبا
        # ⊃ أوروبا), not city names that are part of the name (مجموعة مينسك).
        return inner.label in (EntityType.GPE, EntityType.LOC) and inner.score >= 0.85
    if inner.label is EntityType.ORG:
        if inner.source == "gazetteer":
            return False  # a media name inside وكالة X is the same organisation
        return inner.score >= 0.7 and inner.end == outer.end
    return True
