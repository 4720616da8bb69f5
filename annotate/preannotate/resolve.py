"""Overlap resolution, nesting, and the last check of every span on the raw text.

Candidates of one layer are resolved leftmost-longest; names inside a larger mention are kept
as nested mentions where the nesting convention allows it; a span survives only if an
annotator could have drawn it under the span convention.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from typing import Final

from annotate.preannotate.labels import (
    GPE,
    LOC,
    NORP,
    OCC,
    ORG,
    PER,
    SUBTYPE_GOV,
    SUBTYPE_IGO,
    SUBTYPE_MIL_STATE,
    SUBTYPE_NONSTATE_ARMED,
)
from annotate.preannotate.spans import Candidate
from annotate.schema import EntityType, SpanLabel, ValueType
from annotate.text import (
    INVISIBLE,
    PROCLITICS,
    Normalized,
    is_combining,
    is_grapheme_boundary,
    starts_with_proclitic,
)

# Letters that only Persian/Urdu write: a name spelled with them (پاکستان) is not Arabic text.
_FOREIGN_LETTERS: Final = frozenset(
    "\u067e\u0686\u0698\u06af\u06a9\u06cc\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2"
)
_FOREIGN_RE: Final = re.compile("[" + "".join(sorted(_FOREIGN_LETTERS)) + "]")
_SLOW_BOUNDARY: Final = frozenset({"\r"} | {chr(c) for c in range(0x1F1E6, 0x1F200)})
# Which names may nest inside a mention of each type (the gold's nesting convention).
NESTABLE: Final[dict[SpanLabel, frozenset[SpanLabel]]] = {
    EntityType.OCC: frozenset({EntityType.GPE, EntityType.LOC, EntityType.ORG, EntityType.NORP}),
    EntityType.ORG: frozenset(
        {
            *[EntityType.GPE, EntityType.LOC, EntityType.NORP, EntityType.ORG, EntityType.FAC],
            EntityType.PER,  # only in an office named after its holder (see may_nest)
        }
    ),
    EntityType.NORP: frozenset({EntityType.GPE, EntityType.LOC}),
    EntityType.FAC: frozenset({EntityType.GPE, EntityType.LOC, EntityType.ORG}),
    ValueType.NUM: frozenset({EntityType.WEA}),  # ثلاث مسيرات ⊃ مسيرات: a counted weapon
}
# Names inside which a trigger is no event (مركز مراقبة وقف إطلاق النار).
NAME_LABELS: Final = (EntityType.ORG, EntityType.FAC, EntityType.PER, EntityType.WEA)
_SOURCE_RANK: Final = {"gazetteer": 3, "title+name": 2, "org-head": 2, "value": 2, "apposition": 1}


def resolve(cands: list[Candidate]) -> list[Candidate]:
    """Leftmost-longest, non-overlapping; on equal spans the gazetteer beats patterns."""
    # Sorted by keys built once (no key function called per candidate); the index last keeps
    # the order of equal keys, as a stable sort would.
    keyed = [
        (c.start, c.start - c.end, -_SOURCE_RANK.get(c.source, 0), -c.score, i)
        for i, c in enumerate(cands)
    ]
    keyed.sort()
    kept: list[Candidate] = []
    last_end = -1
    for key in keyed:
        cand = cands[key[4]]
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


# Characters that are never combining, invisible, Persian/Urdu-only, a regional indicator or a
# CR: only the others decide anything in the per-span checks, and a document holds few.
_PLAIN: Final = re.compile(
    r"[^\u0621-\u063a\u0641-\u064a\x20-\x7e\n\t\u060c\u061b\u061f\u0660-\u0669]"
)
_ZWJ: Final = "\N{ZERO WIDTH JOINER}"
_WORD_RE: Final = re.compile(r"[\u0621-\u063a\u0641-\u064a]+")


class RawSpans:
    """One document's map from normalised spans to the raw spans an annotator could draw.

    `span(ns, ne)` is `raw_span_ok(raw, norm.raw_span(ns, ne))` of the checks below. One scan
    of the document up front finds the rare characters those checks depend on (combining and
    invisible marks, foreign letters, CR, flags), so each span costs a few set lookups.
    """

    __slots__ = (
        "_collapsed",
        "_foreign",
        "_identity",
        "_invisible",
        "_marks",
        "_n",
        "_nonboundary",
        "_norm",
        "_norm_starts",
        "_raw",
        "_raw_starts",
        "_slow",
        "_whole_words",
    )

    def __init__(self, norm: Normalized, whole_words: frozenset[str] = frozenset()) -> None:
        raw = norm.raw
        # Lexicon words shaped like a proclitic + ال (والي، بالاو): their first letter is no
        # proclitic, so a span may start with them.
        self._whole_words = whole_words
        rare = frozenset(_PLAIN.findall(raw))
        self._raw = raw
        self._norm = norm
        self._n = len(norm.text)
        self._identity = len(norm.norm_starts) == 1
        self._norm_starts = norm.norm_starts
        self._raw_starts = norm.raw_starts
        self._collapsed = norm.collapsed
        combining = [c for c in rare if is_combining(c)]
        # offsets of combining characters (no grapheme boundary before them, a span's end
        # moves over them) and offsets right after a ZWJ
        marks: set[int] = set()
        if combining:
            rx = re.compile("[" + re.escape("".join(sorted(combining))) + "]")
            marks = {m.start() for m in rx.finditer(raw)}
        nonboundary = {i for i in marks if i > 0}
        if _ZWJ in rare:
            nonboundary.update(i + 1 for i in marks if raw[i] == _ZWJ and i + 1 < len(raw))
        self._marks = marks
        self._nonboundary = nonboundary
        self._slow = not rare.isdisjoint(_SLOW_BOUNDARY)  # CR LF, flags: the full rule
        self._invisible = not rare.isdisjoint(INVISIBLE)
        self._foreign = (
            [m.start() for m in _FOREIGN_RE.finditer(raw)]
            if not rare.isdisjoint(_FOREIGN_LETTERS)
            else []
        )

    def span(self, norm_start: int, norm_end: int) -> tuple[int, int] | None:
        """The raw span of a normalised one if it is one an annotator could draw, else None:
        no edge whitespace, grapheme boundaries at both ends, no proclitic at the start, no
        Persian/Urdu-only letter; the end moves over the marks of its last letter."""
        if not 0 <= norm_start < norm_end <= self._n:
            self._norm.raw_span(norm_start, norm_end)  # raises the usual ValueError
        if self._identity:
            start, end = norm_start, norm_end
        else:
            starts = self._norm_starts
            raws = self._raw_starts
            j = bisect_right(starts, norm_start) - 1
            start = raws[j] if j in self._collapsed else raws[j] + norm_start - starts[j]
            last = norm_end - 1
            j = bisect_right(starts, last) - 1
            end = (raws[j] if j in self._collapsed else raws[j] + last - starts[j]) + 1
        marks = self._marks
        if marks:
            while end in marks:
                end += 1
        raw = self._raw
        first, final = raw[start], raw[end - 1]
        if first.isspace() or final.isspace():
            return None
        if self._invisible and (first in INVISIBLE or final in INVISIBLE):
            return None
        if self._slow:
            if not is_grapheme_boundary(raw, start) or not is_grapheme_boundary(raw, end):
                return None
        elif start in self._nonboundary or end in self._nonboundary:
            return None
        if (
            first in PROCLITICS
            and starts_with_proclitic(raw, start, end)
            and not self._whole_word(norm_start)
        ):
            return None
        foreign = self._foreign
        if foreign:
            k = bisect_left(foreign, start)
            if k < len(foreign) and foreign[k] < end:
                return None
        return start, end

    def _whole_word(self, norm_start: int) -> bool:
        """Is the normalised word starting at `norm_start` one of the lexicon's whole words?"""
        if not self._whole_words:
            return False
        m = _WORD_RE.match(self._norm.text, norm_start)
        return m is not None and m.group() in self._whole_words


def whole_proclitic_words(words: Iterable[str]) -> frozenset[str]:
    """The one-word lexicon keys shaped like a proclitic + ال (والي، بالاو, not والرئيس)."""
    return frozenset(
        word
        for word in words
        if " " not in word
        and len(word) > 3
        and word[0] in PROCLITICS
        and starts_with_proclitic(word, 0, len(word))
    )


def may_nest(outer: Candidate, inner: Candidate) -> bool:
    """May `inner` be annotated inside `outer` (the nesting convention)?"""
    if not (outer.start <= inner.start and inner.end <= outer.end):
        return False
    if outer.end - outer.start <= inner.end - inner.start:
        return False
    allowed = NESTABLE.get(outer.label)
    if allowed is None or inner.label not in allowed:
        return False
    if outer.label is OCC:
        return True
    if inner.label is PER:
        return outer.source == "office"  # حكومة رئيس الوزراء X ⊃ X
    if _named_igo(outer, inner):
        return True  # قوة الأمم المتحدة المؤقتة في لبنان ⊃ الأمم المتحدة
    if outer.source == "gazetteer":
        # Inside a known name only well-known places are names of their own (مجلس أوروبا
        # ⊃ أوروبا), not city names that are part of the name (مجموعة مينسك).
        if inner.label is NORP:
            # a people named inside a known name that goes on after it (جبهة تحرير مورو
            # الإسلامية، جيش إنقاذ روهينغا أراكان), not a name's last word (…والمسلمين)
            return inner.source == "gazetteer" and inner.end < outer.end
        return inner.label in (GPE, LOC) and inner.score >= 0.85
    if inner.label is ORG:
        if outer.source == "quoted" and inner.start == outer.start:
            return inner.source == "gazetteer"  # "تنظيم الدولة – ولاية الساحل" ⊃ تنظيم الدولة
        if inner.source == "gazetteer":
            # a media name inside وكالة X is the same organisation; a known group is not the
            # government, authorities or guards it runs (حكومة طالبان، سلطات X، حرس "X")
            return _governed_by(outer, inner)
        return inner.score >= 0.7 and inner.end == outer.end
    return True


def part_of_a_name(cand: Candidate, top: list[Candidate], top_starts: list[int]) -> bool:
    """Is `cand` inside a kept top-level mention that may not contain it (غينيا، بيساو in
    رئيس غينيا بيساو, whose GPE غينيا بيساو is kept): a piece of that name, no mention."""
    return any(
        o.start <= cand.start
        and cand.end <= o.end
        and (o.start, o.end) != (cand.start, cand.end)
        and not may_nest(o, cand)
        for o in overlapping(top, top_starts, cand.start, cand.end)
    )


def _governed_by(outer: Candidate, inner: Candidate) -> bool:
    """Is `inner` a known armed group that names the state-like body `outer` ends with (its
    government or forces, not تنظيم X: the group itself)?"""
    return (
        inner.subtype is SUBTYPE_NONSTATE_ARMED
        and outer.subtype in (SUBTYPE_GOV, SUBTYPE_MIL_STATE)
        and inner.start > outer.start
        and outer.end - inner.end <= 1  # a closing quote: حرس "طالبان"
    )


def _named_igo(outer: Candidate, inner: Candidate) -> bool:
    """A known intergovernmental organisation named after the head of a body, a mission or a
    force (بعثة الاتحاد الأفريقي، قوات الأمم المتحدة): a mention of its own."""
    return (
        inner.label is ORG
        and inner.source == "gazetteer"
        and inner.subtype is SUBTYPE_IGO
        and inner.start > outer.start
    )
