"""The pre-annotation pipeline: one document in, one prediction (a GoldRecord with scores) out.

normalise a copy -> zones -> one lexicon pass -> values, titles/persons, ORG heads, names ->
leftmost-longest resolution -> surname propagation -> triggers -> attributes and arguments ->
back to raw offsets. Only spans that satisfy the span convention on the *raw* text survive the
last step (exact surface, grapheme boundaries, no edge whitespace, no proclitic at the start,
no Persian/Urdu-only letters), so every prediction is one an annotator could have drawn.
The entity stage is `entities.py`; this module runs the stages in order.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from operator import attrgetter
from typing import Final

from annotate.labelstudio.tasks import Task
from annotate.preannotate.arguments import attach_all
from annotate.preannotate.assemble import EntityRow, EventRow, Plan
from annotate.preannotate.attributes import event_attributes
from annotate.preannotate.entities import find_entities
from annotate.preannotate.gazetteer import (
    TRIGGER,
    Hit,
    Matcher,
    boundary_copy,
)
from annotate.preannotate.lexicon import Lexicon, default_lexicon
from annotate.preannotate.resolve import (
    NAME_LABELS,
    RawSpans,
    whole_proclitic_words,
)
from annotate.preannotate.sentence import headline_break
from annotate.preannotate.spans import Candidate, Context, TriggerCandidate
from annotate.preannotate.triggers import find_triggers
from annotate.preannotate.values import ValueGrammar
from annotate.preannotate.zones import (
    ZoneIndex,
    find_zones,
    sentence_starts,
    soft_wraps,
)
from annotate.schema import (
    Document,
    EntityType,
    GoldRecord,
)
from annotate.text import (
    normalize,
)


@dataclass(frozen=True, slots=True)
class Prediction:
    """A document's predicted record, a score per region id, and a document score."""

    record: GoldRecord
    region_scores: dict[str, float]
    score: float


class Preannotator:
    """The heuristics of one lexicon, compiled once and applied to any number of documents."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or default_lexicon()
        self.values = ValueGrammar(self.lexicon)
        self.matcher = Matcher(self.lexicon, self.values.anchor_words)
        lex = self.lexicon
        self.whole_words = whole_proclitic_words(
            [*lex.gazetteer, *lex.titles, *lex.heads, *lex.first_names]
        )

    @property
    def model_version(self) -> str:
        return self.lexicon.model_version

    def task(self, doc: Document) -> Task:
        """The Label Studio task of `doc` with its prediction (as `to_task` writes it)."""
        return self.plan(doc).task(self.model_version)

    def predict(self, doc: Document) -> Prediction:
        """Entities, values and events of one document."""
        plan = self.plan(doc)
        return Prediction(plan.record(), plan.scores(), plan.score())

    def plan(self, doc: Document) -> Plan:
        """The kept predictions of one document as rows (see `assemble.py`)."""
        return self._finish(doc, *self._scan(doc))

    def plans(self, docs: Iterable[Document]) -> Iterator[Plan]:
        """`plan` of each document, in order. Documents are scanned a few at a time before
        the rest of their analysis: the automaton of a big gazetteer stays in the CPU cache."""
        for batch in chunks(docs, SCAN_BATCH):
            for doc, scanned in zip(batch, [self._scan(doc) for doc in batch], strict=True):
                yield self._finish(doc, *scanned)

    def _scan(self, doc: Document) -> tuple[Context, list[Hit], ZoneIndex]:
        """Normalise, find the zones and every lexicon hit outside them."""
        norm = normalize(doc.text)
        text = norm.text
        bnd = boundary_copy(text)
        zones = ZoneIndex(find_zones(text))
        hits = self.matcher.scan(text, bnd, zones)
        wraps = soft_wraps(text)
        if wraps and zones:
            # no phrase runs from the article into a zone through a wrapped line
            wraps = {a: b for a, b in wraps.items() if not zones.covers(b, b + 1)}
        if wraps:
            hits.extend(
                h
                for h in self.matcher.scan_wraps(text, bnd, wraps)
                if not zones or not zones.covers(h.start, h.end)
            )
        hits_at: dict[int, list[Hit]] = {}
        for hit in hits:
            hits_at.setdefault(hit.start, []).append(hit)
        return Context(text, bnd, self.lexicon, hits_at, norm, wraps), hits, zones

    def _finish(self, doc: Document, ctx: Context, hits: list[Hit], zones: ZoneIndex) -> Plan:
        entities = find_entities(ctx, hits, zones, self.values)
        # A trigger inside a name (مركز مراقبة وقف إطلاق النار) is no event: for the names
        # by start, the furthest end of those starting at or before each name's start.
        name_starts: list[int] = []
        reach: list[int] = []
        for c in entities:  # sorted by start
            if c.label in NAME_LABELS:
                name_starts.append(c.start)
                reach.append(max(c.end, reach[-1]) if reach else c.end)
        triggers = find_triggers(ctx, [h for h in hits if h.kinds & TRIGGER])
        if reach:
            triggers = [
                t
                for t in triggers
                if (j := bisect_right(name_starts, t.start) - 1) < 0 or reach[j] < t.end
            ]
        return self._plan(doc, ctx, entities, triggers)

    # --- the record -------------------------------------------------------------------

    def _plan(
        self,
        doc: Document,
        ctx: Context,
        cands: list[Candidate],
        triggers: list[TriggerCandidate],
    ) -> Plan:
        spans_of = RawSpans(ctx.norm, self.whole_words).span
        plan = Plan(doc)
        rows = plan.entities
        kept: list[Candidate] = []
        for cand in sorted(cands, key=_BY_SPAN_AND_LABEL):
            span = spans_of(cand.start, cand.end)
            if span is None:
                continue
            label = cand.label
            rows.append(
                EntityRow(
                    f"e{len(rows) + 1}",
                    label,
                    span[0],
                    span[1],
                    cand.subtype if label is _ORG else None,
                    round(cand.score, 4),
                )
            )
            kept.append(cand)
        text_end = len(ctx.text)
        starts = headline_break(ctx.text, sentence_starts(ctx.text, ctx.wraps))
        last = len(starts) - 1
        spans: list[tuple[int, int]] = []
        kept_triggers: list[TriggerCandidate] = []
        bounds: list[tuple[int, int]] = []
        for trig in sorted(triggers, key=_BY_SPAN_AND_TYPE):
            span = spans_of(trig.start, trig.end)
            if span is None:
                continue
            k = bisect_right(starts, trig.start) - 1
            spans.append(span)
            kept_triggers.append(trig)
            bounds.append((starts[k], starts[k + 1] if k < last else text_end))
        lex_triggers = self.lexicon.triggers
        verbal = [lex_triggers[t.key].verbal for t in kept_triggers]
        attached = attach_all(ctx, kept_triggers, verbal, kept, bounds)
        events = plan.events
        for trig, (start, end), sentence, is_verbal, args in zip(
            kept_triggers, spans, bounds, verbal, attached, strict=True
        ):
            # (role, id) pairs sort as (role value, id): roles are str enums
            arguments = tuple(sorted({(a.role, rows[a.entity].id) for a in args})) if args else ()
            events.append(
                EventRow(
                    f"v{len(events) + 1}",
                    trig.event_type,
                    start,
                    end,
                    arguments,
                    event_attributes(ctx, trig, sentence[0], sentence[1], is_verbal),
                    round(trig.score, 4),
                )
            )
        return plan


# An enum member read in a loop: a Final constant is a static in the compiled module, where
# `EntityType.ORG` would go through EnumType.__getattr__ (about 70 ns a read).
_ORG: Final = EntityType.ORG
# Labels and event types are str enums: they sort as their values.
_BY_SPAN_AND_LABEL: Final = attrgetter("start", "end", "label")
_BY_SPAN_AND_TYPE: Final = attrgetter("start", "end", "event_type")

SCAN_BATCH: Final = 8  # documents scanned in a row (see `Preannotator.plans`)


def chunks(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    """`docs` in lists of `size` (the last may be shorter)."""
    chunk: list[Document] = []
    for doc in docs:
        chunk.append(doc)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
