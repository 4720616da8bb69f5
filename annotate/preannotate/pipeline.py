"""The pre-annotation pipeline: one document in, one prediction (a GoldRecord with scores) out.

normalise a copy -> zones -> one lexicon pass -> values, titles/persons, ORG heads, names ->
leftmost-longest resolution -> surname propagation -> triggers -> attributes and arguments ->
back to raw offsets. Only spans that satisfy the span convention on the *raw* text survive the
last step (exact surface, grapheme boundaries, no edge whitespace, no proclitic at the start,
no Persian/Urdu-only letters), so every prediction is one an annotator could have drawn.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.pool import AsyncResult

from annotate.labelstudio.tasks import Task
from annotate.preannotate.arguments import attach_all
from annotate.preannotate.assemble import EntityRow, EventRow, Plan
from annotate.preannotate.attributes import event_attributes
from annotate.preannotate.gazetteer import (
    ENTITY,
    FIRST_NAME,
    ORG_HEAD,
    TITLE,
    TRIGGER,
    VALUE,
    Hit,
    Matcher,
    boundary_copy,
)
from annotate.preannotate.lexicon import Lexicon, default_lexicon
from annotate.preannotate.orgs import find_groups, find_headed
from annotate.preannotate.people import find_first_names, find_people, propagate
from annotate.preannotate.resolve import (
    NAME_LABELS,
    NESTABLE,
    RawSpans,
    may_nest,
    overlapping,
    resolve,
)
from annotate.preannotate.spans import Candidate, Context, TriggerCandidate
from annotate.preannotate.triggers import find_triggers
from annotate.preannotate.values import ValueGrammar
from annotate.preannotate.zones import (
    ZoneIndex,
    find_zones,
    sentence_of,
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

_CONTEXT_WORDS = frozenset(
    [
        "في",
        "من",
        "الي",
        "الى",
        "دوله",
        "جمهوريه",
        "شمال",
        "جنوب",
        "شرق",
        "غرب",
        "وسط",
        "عاصمه",
        "مدينه",
        "حكومه",
        "رئيس",
        "ضد",
        "مع",
    ]
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
        ctx = Context(text, bnd, self.lexicon, hits_at, norm, wraps)

        entities = self._entities(ctx, hits, zones)
        names = [c for c in entities if c.label in NAME_LABELS]
        names.sort(key=lambda c: c.start)
        name_starts = [c.start for c in names]
        # A trigger inside a name (مركز مراقبة وقف إطلاق النار) is no event.
        triggers = [
            t
            for t in find_triggers(ctx, [h for h in hits if h.kinds & TRIGGER])
            if not any(
                e.start <= t.start and t.end <= e.end
                for e in overlapping(names, name_starts, t.start, t.end, nested=True)
            )
        ]
        return self._plan(doc, ctx, entities, triggers)

    # --- entities -------------------------------------------------------------------

    def _entities(self, ctx: Context, hits: list[Hit], zones: ZoneIndex) -> list[Candidate]:
        lex = self.lexicon
        cands: list[Candidate] = []
        titles: dict[int, tuple[int, int, str]] = {}
        heads: dict[int, tuple[int, int, str]] = {}
        first_names: list[int] = []
        anchors: list[int] = []
        for hit in hits:
            kinds = hit.kinds
            if kinds & VALUE:
                anchors.append(hit.start)
            if kinds & ENTITY:
                entry = lex.gazetteer[hit.key]
                if entry.needs_context and not _has_context(ctx, hit):
                    continue
                cands.append(
                    Candidate(
                        hit.start, hit.end, entry.label, entry.prior, "gazetteer", entry.subtype
                    )
                )
            if kinds & TITLE:
                _keep_longest(titles, hit)
            if kinds & ORG_HEAD:
                _keep_longest(heads, hit)
            if kinds & FIRST_NAME and hit.prefix in ("", "و"):
                first_names.append(hit.start)
        for v in self.values.find(ctx.text, anchors):
            if not zones or not zones.covers(v.start, v.end):
                cands.append(Candidate(v.start, v.end, v.type, v.score, "value"))
        title_spans = sorted(titles.values())
        # An ORG head inside a title (وزير الخارجية) belongs to the title.
        head_spans = [
            h
            for h in heads.values()
            if not any(ts <= h[0] < te and (ts, te) != h[:2] for ts, te, _ in title_spans)
        ]
        norp_hits = [
            (c.start, c.end, ctx.text[c.start : c.end])
            for c in cands
            if c.label is EntityType.NORP and c.source == "gazetteer"
        ]
        groups = find_groups(ctx, norp_hits)
        cands.extend(groups)
        headed = find_headed(ctx, head_spans, groups)
        cands.extend(headed)
        ends = {c.start: c.end for c in headed if c.label is EntityType.ORG}
        cands.extend(find_people(ctx, title_spans, ends))
        cands.extend(find_first_names(ctx, first_names))

        top = resolve([c for c in cands if c.label is not EntityType.OCC])
        people = [c for c in top if c.label is EntityType.PER]
        if people:
            more = [
                c for c in propagate(ctx, people) if not zones or not zones.covers(c.start, c.end)
            ]
            top = resolve(top + more)
        top_starts = [c.start for c in top]
        # An OCC is kept unless it overlaps a top-level mention it may not contain.
        occs = [
            o
            for o in resolve([c for c in cands if c.label is EntityType.OCC])
            if not any(
                not (c.label in NESTABLE[EntityType.OCC] and o.start <= c.start and c.end <= o.end)
                for c in overlapping(top, top_starts, o.start, o.end)
            )
        ]
        # Names inside a larger mention are annotated too (رئيس أذربيجان ⊃ أذربيجان).
        occ_starts = [o.start for o in occs]
        kept = {(c.start, c.end, c.label) for c in top}
        nested = [
            c
            for c in cands
            if c.label is not EntityType.OCC
            and (c.start, c.end, c.label) not in kept
            and (
                any(may_nest(o, c) for o in overlapping(top, top_starts, c.start, c.end))
                or any(may_nest(o, c) for o in overlapping(occs, occ_starts, c.start, c.end))
            )
        ]
        out = top + occs + resolve(nested)
        if zones:
            out = [c for c in out if not zones.covers(c.start, c.end)]
        return sorted(out, key=lambda c: (c.start, c.end))

    # --- the record -------------------------------------------------------------------

    def _plan(
        self,
        doc: Document,
        ctx: Context,
        cands: list[Candidate],
        triggers: list[TriggerCandidate],
    ) -> Plan:
        spans_of = RawSpans(ctx.norm).span
        plan = Plan(doc)
        kept: list[Candidate] = []
        for cand in sorted(cands, key=lambda c: (c.start, c.end, c.label.value)):
            span = spans_of(cand.start, cand.end)
            if span is None:
                continue
            subtype = cand.subtype if cand.label is EntityType.ORG else None
            eid = f"e{len(plan.entities) + 1}"
            plan.entities.append(
                EntityRow(eid, cand.label, span[0], span[1], subtype, round(cand.score, 4))
            )
            kept.append(cand)
        starts = sentence_starts(ctx.text, ctx.wraps)
        spans: list[tuple[int, int]] = []
        kept_triggers: list[TriggerCandidate] = []
        bounds: list[tuple[int, int]] = []
        for trig in sorted(triggers, key=lambda t: (t.start, t.end, t.event_type.value)):
            span = spans_of(trig.start, trig.end)
            if span is None:
                continue
            k = sentence_of(starts, trig.start)
            spans.append(span)
            kept_triggers.append(trig)
            bounds.append((starts[k], starts[k + 1] if k + 1 < len(starts) else len(ctx.text)))
        verbal = [self.lexicon.triggers[t.key].verbal for t in kept_triggers]
        attached = attach_all(ctx, kept_triggers, verbal, kept, bounds)
        for trig, (start, end), sentence, is_verbal, args in zip(
            kept_triggers, spans, bounds, verbal, attached, strict=True
        ):
            arguments = sorted(
                {(a.role, plan.entities[a.entity].id) for a in args},
                key=lambda r: (r[0].value, r[1]),
            )
            plan.events.append(
                EventRow(
                    f"v{len(plan.events) + 1}",
                    trig.event_type,
                    start,
                    end,
                    tuple(arguments),
                    event_attributes(ctx, trig, sentence[0], sentence[1], is_verbal),
                    round(trig.score, 4),
                )
            )
        return plan


def _keep_longest(best: dict[int, tuple[int, int, str]], hit: Hit) -> None:
    old = best.get(hit.start)
    if old is None or hit.end > old[1]:
        best[hit.start] = (hit.start, hit.end, hit.key)


def _has_context(ctx: Context, hit: Hit) -> bool:
    """An ambiguous name (مالي، القاعدة) needs a preposition or a state word before it."""
    if hit.prefix in ("ب", "ل", "وب", "ول"):
        return True
    before = ctx.word_before(hit.start - len(hit.prefix))
    return before is not None and before[2] in _CONTEXT_WORDS


_DEFAULT: list[Preannotator] = []
_WORKER: list[Preannotator] = []
_CHUNK = 16


def default_preannotator() -> Preannotator:
    """The preannotator of the packaged lexicons (built once per process)."""
    if not _DEFAULT:
        _DEFAULT.append(Preannotator())
    return _DEFAULT[0]


def preannotate_document(doc: Document, preannotator: Preannotator | None = None) -> Prediction:
    """The prediction for one document."""
    return (preannotator or default_preannotator()).predict(doc)


def preannotate(
    docs: Iterable[Document], preannotator: Preannotator | None = None
) -> Iterator[Prediction]:
    """Predictions for `docs`, one at a time, in order (streams: memory flat in corpus size)."""
    engine = preannotator or default_preannotator()
    for doc in docs:
        yield engine.predict(doc)


def _init_worker(engine: Preannotator) -> None:
    _WORKER[:] = [engine]


def _tasks_of(chunk: list[Document]) -> list[Task]:
    engine = _WORKER[0]
    return [engine.task(doc) for doc in chunk]


def _chunks(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    for doc in docs:
        chunk.append(doc)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def preannotate_tasks(
    docs: Iterable[Document], preannotator: Preannotator | None = None, jobs: int = 1
) -> Iterator[Task]:
    """Label Studio tasks for `docs`, in input order, spread over `jobs` processes.

    Streams with a bounded window (a few chunks per process in flight), so memory stays flat
    whatever the corpus size.
    """
    engine = preannotator or default_preannotator()
    if jobs <= 1:
        for doc in docs:
            yield engine.task(doc)
        return
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    with context.Pool(jobs, initializer=_init_worker, initargs=(engine,)) as pool:
        pending: deque[AsyncResult[list[Task]]] = deque()
        for chunk in _chunks(docs, _CHUNK):
            pending.append(pool.apply_async(_tasks_of, (chunk,)))
            if len(pending) >= 3 * jobs:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
