"""The pre-annotation pipeline: one document in, one prediction (a GoldRecord with scores) out.

normalise a copy -> zones -> one lexicon pass -> values, titles/persons, ORG heads, names ->
leftmost-longest resolution -> surname propagation -> triggers -> attributes and arguments ->
back to raw offsets. Only spans that satisfy the span convention on the *raw* text survive the
last step (exact surface, grapheme boundaries, no edge whitespace, no proclitic at the start,
no Persian/Urdu-only letters), so every prediction is one an annotator could have drawn.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import accumulate
from operator import attrgetter

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
from annotate.preannotate.headed import GENERIC, find_headed
from annotate.preannotate.lexicon import Lexicon, default_lexicon
from annotate.preannotate.offices import holder_offices, quoted_groups
from annotate.preannotate.orgs import abbreviations, find_groups
from annotate.preannotate.people import find_first_names, find_kunyas, find_people, propagate
from annotate.preannotate.places import propagate_places
from annotate.preannotate.resolve import (
    NAME_LABELS,
    NESTABLE,
    RawSpans,
    may_nest,
    overlapping,
    resolve,
    whole_proclitic_words,
)
from annotate.preannotate.spans import Candidate, Context, TriggerCandidate, is_definite
from annotate.preannotate.triggers import find_triggers
from annotate.preannotate.values import ValueGrammar
from annotate.preannotate.weapons import find_weapons, trim_counts
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
        # place descriptors (مخيم جنين، محافظة حماة)
        *["مخيم", "محافظه", "ولايه", "بلده", "قريه", "منطقه", "اقليم", "ريف", "مقاطعه", "حي"],
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
        entities = self._entities(ctx, hits, zones)
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
                if entry.needs_context and not _has_context(ctx, hit, entry.label):
                    continue
                if entry.label in _PLACE_LABELS and _adverbial(ctx, hit.end):
                    continue  # قصفاً أوكرانياً: a place name never takes tanween
                end = hit.end
                if entry.label is EntityType.ORG and is_definite(hit.key.rsplit(" ", 1)[-1]):
                    end = _nisba_after(ctx, end)  # الدفاع المدني السوري: the same body
                cands.append(
                    Candidate(hit.start, end, entry.label, entry.prior, "gazetteer", entry.subtype)
                )
            if kinds & TITLE:
                _keep_longest(titles, hit)
            if kinds & ORG_HEAD:
                _keep_longest(heads, hit)
            if kinds & FIRST_NAME and hit.prefix in ("", "و"):
                first_names.append(hit.start)
        weapons = [c for c in cands if c.label is EntityType.WEA]
        more = find_weapons(ctx, weapons)
        cands.extend(more)
        weapons.extend(more)
        values = [
            Candidate(v.start, v.end, v.type, v.score, "value")
            for v in self.values.find(ctx.text, anchors)
            if not zones or not zones.covers(v.start, v.end)
        ]
        if weapons:
            trim_counts(ctx.text, values, weapons)
        cands.extend(values)
        title_spans = sorted(titles.values())
        # An ORG head inside a title (وزير الخارجية) belongs to the title, unless it ends it.
        title_starts = [t[0] for t in title_spans]
        title_reach = list(accumulate((t[1] for t in title_spans), max))
        head_spans = [
            h for h in heads.values() if not _inside_a_title(h, titles, title_starts, title_reach)
        ]
        norp_hits = [
            (c.start, c.end, ctx.text[c.start : c.end])
            for c in cands
            if c.label is EntityType.NORP and c.source == "gazetteer"
        ]
        groups = find_groups(ctx, norp_hits)
        cands.extend(groups)
        headed = find_headed(ctx, head_spans, groups)
        cands.extend(c for c in headed if c.source != GENERIC)
        ends = {c.start: c.end for c in headed if c.label is EntityType.ORG}
        cands.extend(find_people(ctx, title_spans, ends))
        cands.extend(find_first_names(ctx, first_names))
        if "ابو " in ctx.text or "ام " in ctx.text:
            cands.extend(find_kunyas(ctx))
        cands.extend(holder_offices(ctx, cands))
        if '"' in ctx.text:
            cands.extend(quoted_groups(ctx))

        top = resolve([c for c in cands if c.label is not EntityType.OCC])
        orgs = [c for c in top if c.label is EntityType.ORG]
        if orgs and "(" in ctx.text:
            more = [
                c for c in abbreviations(ctx, orgs) if not zones or not zones.covers(c.start, c.end)
            ]
            top = resolve(top + more)
        places = [c for c in top if c.source == "descriptor"]
        if places:
            # a word after a place descriptor that names a body elsewhere (ولاية يونيسفا:
            # a mandate) is no place; the other places are spread over the document
            bodies = {ctx.text[c.start : c.end] for c in top if c.label is EntityType.ORG}
            top = [
                c
                for c in top
                if c.source != "descriptor" or ctx.text[c.start : c.end] not in bodies
            ]
            places = [c for c in places if ctx.text[c.start : c.end] not in bodies]
            more = [
                c
                for c in propagate_places(ctx, places)
                if not zones or not zones.covers(c.start, c.end)
            ]
            top = resolve(top + more)
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
        inner = resolve(nested)
        if len(inner) < len(nested):
            # a second level: an IGO inside a mission named inside a post (المتحدث باسم
            # بعثة الأمم المتحدة ⊃ بعثة الأمم المتحدة ⊃ الأمم المتحدة)
            taken = {(c.start, c.end, c.label) for c in inner}
            inner += resolve(
                [
                    c
                    for c in nested
                    if (c.start, c.end, c.label) not in taken and any(may_nest(o, c) for o in inner)
                ]
            )
        out = top + occs + inner
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
                    cand.subtype if label is EntityType.ORG else None,
                    round(cand.score, 4),
                )
            )
            kept.append(cand)
        text_end = len(ctx.text)
        starts = sentence_starts(ctx.text, ctx.wraps)
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


# Labels and event types are str enums: they sort as their values.
_BY_SPAN_AND_LABEL = attrgetter("start", "end", "label")
_BY_SPAN_AND_TYPE = attrgetter("start", "end", "event_type")


def _inside_a_title(
    head: tuple[int, int, str],
    titles: dict[int, tuple[int, int, str]],
    title_starts: list[int],
    title_reach: list[int],
) -> bool:
    """Does `head` start inside a title other than itself? `title_starts` are the titles'
    sorted starts, `title_reach[k]` the furthest end of the first k + 1 of them: a bisect, not
    a scan of every title per head (a long document has thousands of both)."""
    start = head[0]
    same = titles.get(start)
    if same is not None and same[1] != head[1]:
        return True
    j = bisect_left(title_starts, start) - 1  # the titles starting before the head
    if j < 0 or title_reach[j] <= start:
        return False
    # an indefinite head that ends the nearest title takes a genitive of its own:
    # رئيس حكومة | إقليم كردستان (not وزير الخارجية: the office is the title's)
    nearest = titles[title_starts[j]]
    return not (
        nearest[1] == head[1] and not is_definite(head[2]) and nearest[2].endswith(" " + head[2])
    )


def _keep_longest(best: dict[int, tuple[int, int, str]], hit: Hit) -> None:
    old = best.get(hit.start)
    if old is None or hit.end > old[1]:
        best[hit.start] = (hit.start, hit.end, hit.key)


_PLACE_LABELS = frozenset([EntityType.GPE, EntityType.LOC])


def _adverbial(ctx: Context, end: int) -> bool:
    """Does the raw word ending at normalised `end` carry tanween fath (أوكرانياً, a nisba
    adjective in the accusative)?"""
    if ctx.text[end - 1] != "\N{ARABIC LETTER ALEF}":
        return False  # tanween fath sits on a final alef: the cheap test first
    norm = ctx.norm
    # tanween is written after the final alef (أوكرانياً) or on the letter before it (أوكرانيًا)
    lo = norm.to_raw(end - 2) if end >= 2 else 0
    return "\N{ARABIC FATHATAN}" in norm.raw[lo : norm.to_raw(end - 1) + 2]


def _has_context(ctx: Context, hit: Hit, label: object) -> bool:
    """An ambiguous name (مالي، القاعدة) needs a preposition or a state word before it; an
    ambiguous group name (الشباب) is a name in quotes or after its members (مقاتلي الشباب)."""
    if hit.prefix in ("ب", "ل", "وب", "ول"):
        return True
    if label in _PLACE_LABELS and _coordinated_place(ctx, hit):
        return True  # جنين وطولكرم، ودكا ونايبيداو: a list of places
    start = hit.start - len(hit.prefix)
    before = ctx.word_before(start)
    if before is None:
        return False
    if label is EntityType.ORG:
        if before[2] in _MEMBER_WORDS or before[2] == "منصه":
            return True  # مقاتلي الشباب؛ منصة إكس: a platform named after its cue
        if before[2] in _QUOTES and before[1] == start:
            return ctx.text[hit.end : hit.end + 1] == before[2] if before[2] == '"' else True
    return before[2] in _CONTEXT_WORDS


def _coordinated_place(ctx: Context, hit: Hit) -> bool:
    """Is the place `hit` joined by و to an unambiguous known place right after it, or
    right before it (عيتا الشعب والخيام)?"""
    nxt = ctx.word_at(hit.end)
    if nxt is not None and nxt[0] == hit.end + 1 and nxt[2].startswith("و"):
        other = ctx.hit_in_word(nxt[0], ENTITY)
        if other is not None and other.prefix == "و" and other.end == nxt[1]:
            return _unambiguous_place(ctx, other)
    if hit.prefix != "و":
        return False
    before = ctx.word_before(hit.start - 1)
    for _ in range(2):  # a one- or two-word place name ends right before
        if before is None:
            return False
        other = ctx.longest(before[0], ENTITY)
        if other is not None and not other.prefix and other.end == hit.start - 2:
            return _unambiguous_place(ctx, other)
        before = ctx.word_before(before[0])
    return False


def _unambiguous_place(ctx: Context, hit: Hit) -> bool:
    entry = ctx.lexicon.gazetteer.get(hit.key)
    return entry is not None and entry.label in _PLACE_LABELS and not entry.needs_context


def _nisba_after(ctx: Context, end: int) -> int:
    """The end of a definite nisba adjective right after `end`, else `end`."""
    word = ctx.word_at(end)
    if word is None or word[0] != end + 1 or not is_definite(word[2]):
        return end
    return word[1] if word[2] in ctx.lexicon.nisba else end


_QUOTES = frozenset(['"', "«", "“"])
# Members and strongholds of a group: مقاتلي الشباب، عناصر القاعدة، معاقل الشباب
_MEMBER_WORDS = frozenset(
    ["مقاتلي", "مقاتلو", "عناصر", "مسلحي", "مسلحو", "معاقل", "قاده", "انصار", "مسلحين"]
)


SCAN_BATCH = 8  # documents scanned in a row (see `Preannotator.plans`)


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
