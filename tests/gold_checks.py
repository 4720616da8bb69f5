"""Checks shared by the tests of every hand-made gold (seed gold, held-out gold)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from annotate.evaluate import Scores, SpanGold, score, task_record
from annotate.preannotate import preannotate_tasks
from annotate.schema import Document, GoldRecord, role_spec
from annotate.text import PROCLITICS, is_combining, is_grapheme_boundary, word_bounds


def assert_arguments_respect_the_schema(rec: GoldRecord) -> None:
    """Each argument's role fits its event type and its entity type fits the role; a role that
    is not `multiple` is filled at most once per event."""
    ents = {e.id: e for e in rec.entities}
    for ev in rec.events:
        for arg in ev.arguments:
            spec = role_spec(ev.type, arg.role)
            assert spec is not None, (ev.trigger.surface, arg.role)
            assert ents[arg.entity].type in spec.allowed, (ev.trigger.surface, arg.role)
        roles = [a.role for a in ev.arguments]
        for role in set(roles):
            spec = role_spec(ev.type, role)
            assert spec is not None
            assert spec.multiple or roles.count(role) == 1, (ev.trigger.surface, role)


def gold_spans(rec: GoldRecord) -> list[tuple[str, int, int, str]]:
    """(label, start, end, surface) of every entity/value mention and every trigger."""
    out = [(e.type.value, e.start, e.end, e.surface) for e in rec.entities]
    out += [(v.type.value, v.trigger.start, v.trigger.end, v.trigger.surface) for v in rec.events]
    return out


def assert_spans_follow_the_span_convention(rec: GoldRecord) -> None:
    """Every span is its surface, on grapheme bounds, ends where its last word ends, and only
    proclitics (at most three, the ل of لل included) precede it inside its first word; no span
    starts with لل or with a proclitic + ال."""
    text = rec.text
    lam = "\N{ARABIC LETTER LAM}"
    article = "\N{ARABIC LETTER ALEF}\N{ARABIC LETTER LAM}"
    for label, start, end, surface in gold_spans(rec):
        where = f"{rec.id} {label} {surface!r}"
        assert text[start:end] == surface, where
        assert surface == surface.strip(), where
        assert is_grapheme_boundary(text, start), where
        assert is_grapheme_boundary(text, end), where
        word_start, word_end = word_bounds(text, start, end)
        assert set(text[word_start:start]) <= PROCLITICS, where
        assert len(text[word_start:start]) <= 3, where
        assert word_end == end, where
        assert not surface.startswith(lam + lam), where
        assert not (surface[0] in PROCLITICS and surface[1:3] == article), where


def assert_nothing_inside_a_zone(sg: SpanGold) -> None:
    """No span of the gold overlaps one of its noise zones (and the document has zones)."""
    assert sg.zones, f"{sg.record.id}: every gold article carries noise"
    for zone in sg.zones:
        for label, start, end, surface in gold_spans(sg.record):
            assert end <= zone.start or start >= zone.end, (zone.kind, label, surface)


def assert_markers_in_zones(span_gold: Mapping[str, SpanGold], markers: Iterable[str]) -> None:
    """Each marker occurs in some document, and every occurrence lies inside a zone."""
    for marker in markers:
        hits = [
            (doc_id, i)
            for doc_id, sg in span_gold.items()
            for i in range(len(sg.record.text))
            if sg.record.text.startswith(marker, i)
        ]
        assert hits, marker
        for doc_id, i in hits:
            assert any(z.start <= i < z.end for z in span_gold[doc_id].zones), (doc_id, marker)


def assert_spans_carry_the_usual_noise(span_gold: Mapping[str, SpanGold]) -> None:
    """Tatweel, tashkeel and Arabic-Indic digits inside annotated spans, and a لل span."""
    surfaces = [s for sg in span_gold.values() for *_, s in gold_spans(sg.record)]
    assert any("\N{ARABIC TATWEEL}" in s for s in surfaces)
    assert any(any(is_combining(ch) for ch in s) for s in surfaces)
    assert any(
        any("\N{ARABIC-INDIC DIGIT ZERO}" <= ch <= "\N{ARABIC-INDIC DIGIT NINE}" for ch in s)
        for s in surfaces
    )
    lam = "\N{ARABIC LETTER LAM}"
    assert any(
        sg.record.text[e.start - 1] == lam and e.surface.startswith(lam)
        for sg in span_gold.values()
        for e in sg.record.entities
    )


def heuristic_scores(docs: Mapping[str, Document], span_gold: Mapping[str, SpanGold]) -> Scores:
    """The default pre-annotator's predictions on `docs`, scored against their gold."""
    predicted = {}
    for task in preannotate_tasks(list(docs.values())):
        rec = task_record(task, task["data"]["doc_id"])
        predicted[rec.id] = rec
    return score(predicted, {doc_id: sg.record for doc_id, sg in span_gold.items()})
