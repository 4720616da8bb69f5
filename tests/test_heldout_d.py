"""Held-out set D: six texts in genres other than wire news (a ministry statement, a live blog,
an opinion piece, a Security Council summary, a PDF report, a TV interview), written and
annotated without looking at the heuristics, their lexicons or their output.

Fixture checks only: the gold resolves, obeys the schema and the span convention, leaves the
genre's noise zones empty, and shares no id with the other gold sets. There is deliberately no
floor for the heuristics here: the set is blind (see tests/fixtures/heldout_d/README.md).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from annotate.evaluate import SpanGold, load_span_gold_files
from annotate.schema import EntityType, ValueType
from annotate.seeds import load_documents
from tests.gold_checks import (
    assert_arguments_respect_the_schema,
    assert_markers_in_zones,
    assert_nothing_inside_a_zone,
    assert_spans_carry_the_usual_noise,
    assert_spans_follow_the_span_convention,
)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
HELDOUT_D = FIXTURES / "heldout_d"
TEXTS = HELDOUT_D / "texts"
GOLD = HELDOUT_D / "gold"
DOCS = {d.id: d for d in load_documents(TEXTS)}
SPAN_GOLD: dict[str, SpanGold] = load_span_gold_files(GOLD, DOCS)
GENRES = {
    "d01": "ministry statement",
    "d02": "live blog",
    "d03": "opinion piece",
    "d04": "Security Council summary",
    "d05": "PDF report",
    "d06": "TV interview",
}


def _doc(prefix: str) -> SpanGold:
    (doc_id,) = [d for d in SPAN_GOLD if d.startswith(prefix + "_")]
    return SPAN_GOLD[doc_id]


def test_every_genre_has_one_text_with_a_gold_file_with_content() -> None:
    assert set(SPAN_GOLD) == set(DOCS)
    assert sorted(d.split("_")[0] for d in DOCS) == sorted(GENRES)
    for sg in SPAN_GOLD.values():
        assert len(sg.record.entities) >= 25, sg.record.id
        assert len(sg.record.events) >= 12, sg.record.id
        assert sg.record.text_sha256 == DOCS[sg.record.id].sha256


def test_texts_are_article_sized() -> None:
    for doc_id in DOCS:
        size = (TEXTS / f"{doc_id}.txt").stat().st_size
        assert 1800 <= size <= 4000, (doc_id, size)


def test_ids_are_not_those_of_the_other_gold_sets() -> None:
    others = {d.id for d in load_documents(ROOT / "seeds")}
    for folder in ("heldout", "heldout_b"):
        others |= {d.id for d in load_documents(FIXTURES / folder / "texts")}
    assert not set(DOCS) & others
    # Set C is blind to everyone but its author: compare id prefixes, never open it.
    for doc_id in DOCS:
        assert doc_id.startswith("d0"), doc_id
        assert not doc_id.startswith(("c0", "b0", "h0")), doc_id


@pytest.mark.parametrize("doc_id", sorted(DOCS))
def test_gold_spans_follow_the_span_convention(doc_id: str) -> None:
    assert_spans_follow_the_span_convention(SPAN_GOLD[doc_id].record)


@pytest.mark.parametrize("doc_id", sorted(DOCS))
def test_gold_arguments_respect_the_schema(doc_id: str) -> None:
    assert_arguments_respect_the_schema(SPAN_GOLD[doc_id].record)


@pytest.mark.parametrize("doc_id", sorted(DOCS))
def test_nothing_is_annotated_inside_a_zone(doc_id: str) -> None:
    assert_nothing_inside_a_zone(SPAN_GOLD[doc_id])


GENRE_MARKERS = (
    # ministry statement: site navigation, the reference line, the print/share footer
    "الرئيسية ›",
    "رقم البيان:",
    "طباعة |",
    "جميع الحقوق محفوظة",
    # live blog: the update banner, ads, the share line, the related block
    "آخر تحديث:",
    "تحديث تلقائي",
    "- إعلان -",
    "شارك التغطية:",
    "المزيد من التغطية:",
    # opinion piece: byline, reading time, the author note and disclaimer
    "بقلم:",
    "وقت القراءة:",
    "الآراء الواردة",
    # Security Council summary: the coverage header and the end mark
    "تغطية الاجتماعات",
    "* *** *",
    # PDF report: running headers and page footers
    "على حافة الحدود:",
    "الصفحة ",
    # TV interview: the programme header, the break, the follow line
    "برنامج «",
    "(فاصل)",
    "شاهد الحلقة",
)


def test_zones_cover_the_genre_markers() -> None:
    assert_markers_in_zones(SPAN_GOLD, GENRE_MARKERS)


TIMESTAMP = re.compile(r"^([0-9٠-٩]{2}:[0-9٠-٩]{2}) - ", re.MULTILINE)


def test_live_blog_timestamps_are_time_values_in_content() -> None:
    sg = _doc("d02")
    stamps = [(m.start(1), m.end(1)) for m in TIMESTAMP.finditer(sg.record.text)]
    assert len(stamps) >= 10
    times = {(e.start, e.end) for e in sg.record.entities if e.type is ValueType.TIME}
    assert set(stamps) <= times


def test_pdf_line_wraps_stay_inside_the_names_they_cut() -> None:
    sg = _doc("d05")
    wrapped = [e for e in sg.record.entities if "\n" in e.surface]
    assert {e.type for e in wrapped} >= {EntityType.ORG, EntityType.GPE}
    footers = re.findall(r"^الصفحة [٠-٩]+ من [٠-٩]+$", sg.record.text, re.MULTILINE)
    assert len(footers) >= 2


def test_interview_turns_are_labelled_and_the_labels_are_not_mentions() -> None:
    sg = _doc("d06")
    text = sg.record.text
    labels = [m.start() for m in re.finditer(r"^(?:سؤال|جواب):", text, re.MULTILINE)]
    assert len(labels) >= 8
    for start in labels:
        assert not any(e.start <= start < e.end for e in sg.record.entities), start


def test_the_annotated_content_carries_the_usual_noise() -> None:
    assert_spans_carry_the_usual_noise(SPAN_GOLD)
