"""Held-out set E: seven wire-news articles (Cabo Delgado, Burkina Faso, Niger, the Central
African Republic, the Iran nuclear talks, the South China Sea, Colombia's ELN) written and
annotated without looking at the heuristics, their lexicons or their output: a blind wire-news
yardstick once sets B and C became development sets.

Fixture checks only: the gold resolves, obeys the schema and the span convention, leaves the
noise zones empty, and shares no id with the other gold sets. There is no heuristic floor:
this set is scored, never tuned on (see tests/fixtures/heldout_e/README.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from annotate.evaluate import SpanGold, load_span_gold_files
from annotate.schema import EventType
from annotate.seeds import load_documents
from tests.gold_checks import (
    assert_arguments_respect_the_schema,
    assert_nothing_inside_a_zone,
    assert_spans_carry_the_usual_noise,
    assert_spans_follow_the_span_convention,
)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
HELDOUT_E = FIXTURES / "heldout_e"
TEXTS = HELDOUT_E / "texts"
GOLD = HELDOUT_E / "gold"
DOCS = {d.id: d for d in load_documents(TEXTS)}
SPAN_GOLD: dict[str, SpanGold] = load_span_gold_files(GOLD, DOCS)
ARTICLES = 7


def test_every_text_has_a_gold_file_with_content() -> None:
    assert set(SPAN_GOLD) == set(DOCS)
    assert len(DOCS) == ARTICLES
    for sg in SPAN_GOLD.values():
        assert len(sg.record.entities) >= 30, sg.record.id
        assert len(sg.record.events) >= 15, sg.record.id
        assert sg.record.text_sha256 == DOCS[sg.record.id].sha256


def test_texts_are_wire_sized() -> None:
    for doc_id in DOCS:
        size = (TEXTS / f"{doc_id}.txt").stat().st_size
        assert 1800 <= size <= 3500, (doc_id, size)


def test_ids_are_new_and_prefixed() -> None:
    # Set D is blind to everyone but its writer: its ids are kept apart by prefix only.
    others = {d.id for d in load_documents(ROOT / "seeds")}
    for folder in ("heldout", "heldout_b", "heldout_c"):
        others |= {d.id for d in load_documents(FIXTURES / folder / "texts")}
    assert not set(DOCS) & others
    assert not any(doc_id.startswith("d0") for doc_id in DOCS)
    assert sorted(doc_id[:3] for doc_id in DOCS) == [f"e{i:02d}" for i in range(1, 8)]


@pytest.mark.parametrize("doc_id", sorted(DOCS))
def test_gold_spans_follow_the_span_convention(doc_id: str) -> None:
    assert_spans_follow_the_span_convention(SPAN_GOLD[doc_id].record)


@pytest.mark.parametrize("doc_id", sorted(DOCS))
def test_gold_arguments_respect_the_schema(doc_id: str) -> None:
    assert_arguments_respect_the_schema(SPAN_GOLD[doc_id].record)


@pytest.mark.parametrize("doc_id", sorted(DOCS))
def test_nothing_is_annotated_inside_a_zone(doc_id: str) -> None:
    assert_nothing_inside_a_zone(SPAN_GOLD[doc_id])


NOISE_MARKERS = (
    "كتب:",
    "- إعلان -",
    "Advertisement",
    "اقرأ أيضاً:",
    "اقرأ المزيد:",
    "الوسوم:",
    "الكلمات الدلالية:",
    "تابعونا",
    "تابعوا",
    "شارك الخبر:",
    "للاشتراك",
)


@pytest.mark.parametrize("doc_id", sorted(DOCS))
def test_zones_cover_the_noise_markers_and_the_dateline(doc_id: str) -> None:
    sg = SPAN_GOLD[doc_id]
    text = sg.record.text
    starts = [i for m in NOISE_MARKERS for i in range(len(text)) if text.startswith(m, i)]
    # The dateline is the first parenthesised line: (source - date).
    starts.append(text.index("\n(") + 1)
    assert len(starts) >= 2, doc_id
    for i in starts:
        assert any(z.start <= i < z.end for z in sg.zones), (doc_id, text[i : i + 20])


def test_the_annotated_content_carries_the_usual_noise() -> None:
    assert_spans_carry_the_usual_noise(SPAN_GOLD)


def test_every_event_type_occurs() -> None:
    """The set exercises the whole event inventory, not only attacks and statements."""
    types = {ev.type for sg in SPAN_GOLD.values() for ev in sg.record.events}
    assert types == set(EventType)
