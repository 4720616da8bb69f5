"""The held-out gold: five articles the heuristics were never tuned on (other conflicts,
other names), annotated under the seed gold's conventions. The fixture must resolve and obey
the schema and the span convention; the heuristics must stay above a low floor on it.

The floor is a regression guard, not a target: the honest held-out figure is whatever
`annotate evaluate` prints on these files (see tests/fixtures/heldout/README.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from annotate.evaluate import Scores, SpanGold, load_span_gold_files
from annotate.seeds import load_documents
from tests.gold_checks import (
    assert_arguments_respect_the_schema,
    assert_markers_in_zones,
    assert_nothing_inside_a_zone,
    assert_spans_carry_the_usual_noise,
    assert_spans_follow_the_span_convention,
    heuristic_scores,
)

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "tests" / "fixtures" / "heldout"
TEXTS = HELDOUT / "texts"
GOLD = HELDOUT / "gold"
SEEDS = ROOT / "seeds"
DOCS = {d.id: d for d in load_documents(TEXTS)}
SPAN_GOLD: dict[str, SpanGold] = load_span_gold_files(GOLD, DOCS)


# --- the fixture ----------------------------------------------------------------------


def test_every_text_has_a_gold_file_with_content() -> None:
    assert set(SPAN_GOLD) == set(DOCS)
    assert len(DOCS) == 5
    for sg in SPAN_GOLD.values():
        assert len(sg.record.entities) >= 30
        assert len(sg.record.events) >= 20
        assert sg.record.text_sha256 == DOCS[sg.record.id].sha256


def test_heldout_ids_are_not_seed_ids() -> None:
    assert not set(DOCS) & {d.id for d in load_documents(SEEDS)}


@pytest.mark.parametrize("doc_id", sorted(DOCS))
def test_gold_spans_follow_the_span_convention(doc_id: str) -> None:
    assert_spans_follow_the_span_convention(SPAN_GOLD[doc_id].record)


@pytest.mark.parametrize("doc_id", sorted(DOCS))
def test_gold_arguments_respect_the_schema(doc_id: str) -> None:
    assert_arguments_respect_the_schema(SPAN_GOLD[doc_id].record)


@pytest.mark.parametrize("doc_id", sorted(DOCS))
def test_nothing_is_annotated_inside_a_zone(doc_id: str) -> None:
    assert_nothing_inside_a_zone(SPAN_GOLD[doc_id])


def test_zones_cover_the_noise_markers() -> None:
    markers = (
        "(وكالة",
        "كتب:",
        "- إعلان -",
        "Advertisement",
        "اقرأ أيضا",
        "اقرأ المزيد:",
        "الكلمات المفتاحية:",
        "تابعوا آخر الأخبار",
        "شارك هذا الخبر:",
    )
    assert_markers_in_zones(SPAN_GOLD, markers)


def test_the_annotated_content_carries_the_usual_noise() -> None:
    assert_spans_carry_the_usual_noise(SPAN_GOLD)


# --- the heuristics on text they were not tuned on ------------------------------------


@pytest.fixture(scope="module")
def scores() -> Scores:
    return heuristic_scores(DOCS, SPAN_GOLD)


def test_every_heldout_document_is_predicted(scores: Scores) -> None:
    assert scores.missing == ()
    assert scores.documents == tuple(sorted(DOCS))


def test_heuristics_stay_above_a_low_floor(scores: Scores) -> None:
    assert scores.entities.micro.f1 >= 0.5, scores.entities.micro
    assert scores.triggers.micro.f1 >= 0.5, scores.triggers.micro
    assert scores.arguments.micro.f1 >= 0.2, scores.arguments.micro
