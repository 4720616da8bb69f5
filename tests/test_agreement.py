"""Agreement: textbook values for kappa and alpha, span/relation/attribute agreement on merges."""

from __future__ import annotations

from collections import Counter
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from annotate.agreement import AgreementAccumulator
from annotate.mentions import from_record
from annotate.merge import merge_document
from annotate.record_json import DocumentText
from annotate.reliability import (
    add_unit,
    binary,
    cohen_kappa,
    coincidence,
    krippendorff_alpha,
)
from annotate.schema import Argument, EntityType, EventType, GoldRecord, Role
from tests.merge_strategies import TEXT, entity, event, record, records

DOC = DocumentText.of("doc1", TEXT)


def agreement(*recs: GoldRecord) -> dict[str, Any]:
    judgements = [from_record(r, f"ann{i}", annotation_id=str(i)) for i, r in enumerate(recs)]
    merged = merge_document(DOC, judgements)
    acc = AgreementAccumulator()
    acc.add(merged.judgements, merged.groups, merged.region_keys)
    return acc.result()


def test_cohen_kappa_textbook_example():
    # 50 items, yes/yes 20, yes/no 5, no/yes 10, no/no 15: p_o = 0.7, p_e = 0.5.
    confusion = Counter({("y", "y"): 20, ("y", "n"): 5, ("n", "y"): 10, ("n", "n"): 15})
    assert cohen_kappa(confusion) == 0.4
    assert cohen_kappa(binary(confusion, "y")) == 0.4


def test_krippendorff_alpha_reference_example():
    # Krippendorff (2011), "Computing Krippendorff's alpha-reliability", nominal data with
    # missing values: 4 coders, 12 units; published alpha = 0.743.
    units = [
        [1, 1, 1],
        [2, 2, 3, 2],
        [3, 3, 3, 3],
        [3, 3, 3, 3],
        [2, 2, 2, 2],
        [1, 2, 3, 4],
        [4, 4, 4, 4],
        [1, 1, 2, 1],
        [2, 2, 2, 2],
        [5, 5, 5],
        [1, 1],
        [3],
    ]
    counts: dict[tuple[str, str, int], int] = {}
    for unit in units:
        add_unit(counts, [str(v) for v in unit])
    assert krippendorff_alpha(coincidence(counts)) == 0.7434


def test_exact_tolerant_and_partial_span_f1():
    a = record((entity("x", "أذربيجان", EntityType.GPE), entity("y", "لافروف", EntityType.PER)))
    b = record((entity("x", "وأذربيجان", EntityType.GPE), entity("y", "لافروف", EntityType.PER)))
    result = agreement(a, b)
    (pair,) = result["pairs"]
    assert pair["annotators"] == ["ann0", "ann1"]
    assert pair["spans"]["exact_f1"] == 0.5
    assert pair["spans"]["tolerant_f1"] == 1.0
    assert pair["spans"]["partial_f1"] == 1.0
    assert pair["per_label"]["GPE"]["exact_f1"] == 0.0
    assert pair["per_label"]["PER"]["exact_f1"] == 1.0
    assert pair["spans"]["kappa"] == 1.0
    assert result["overall"]["spans"]["alpha"] == 1.0


def test_label_disagreement_lowers_kappa_and_alpha():
    a = record((entity("x", "موسكو", EntityType.GPE), entity("y", "لافروف", EntityType.PER)))
    b = record((entity("x", "موسكو", EntityType.LOC), entity("y", "لافروف", EntityType.PER)))
    result = agreement(a, b)
    assert result["pairs"][0]["spans"]["tolerant_f1"] == 0.5
    assert result["overall"]["spans"]["alpha"] is not None
    assert result["overall"]["spans"]["alpha"] < 1.0
    assert result["per_label"]["GPE"]["count"] == 1


def test_relation_and_attribute_agreement():
    lavrov = entity("p", "لافروف", EntityType.PER)
    speaker = (Argument(role=Role.SPEAKER, entity="p"),)
    a = record((lavrov,), (event("s", "أعلن", EventType.STATEMENT, speaker, polarity="NEGATIVE"),))
    b = record((lavrov,), (event("s", "أعلن", EventType.STATEMENT, (), polarity="NEGATIVE"),))
    result = agreement(a, b)
    pair = result["pairs"][0]
    assert pair["relations"]["Speaker"] == {"relations_a": 1, "relations_b": 0, "f1": 0.0}
    assert pair["attributes"]["polarity"]["agreement"] == 1.0
    assert result["overall"]["attributes"]["polarity"]["compared"] == 1


@given(records())
def test_an_annotator_agrees_with_a_copy_of_itself(rec):
    result = agreement(rec, rec)
    if rec.entities or rec.events:
        spans = result["overall"]["spans"]
        assert spans["exact_f1"] == spans["tolerant_f1"] == spans["partial_f1"] == 1.0
        assert spans["alpha"] in (1.0, None)
    if any(v.arguments for v in rec.events):
        assert result["overall"]["relations"]["f1"] == 1.0


@given(st.lists(records(), min_size=2, max_size=3))
def test_scores_are_in_range_and_symmetric_in_order(recs):
    forward = agreement(*recs)
    for pair in forward["pairs"]:
        for key in ("exact_f1", "tolerant_f1", "partial_f1"):
            value = pair["spans"][key]
            assert value is None or 0.0 <= value <= 1.0
        assert pair["spans"]["exact_f1"] is None or (
            pair["spans"]["exact_f1"] <= pair["spans"]["tolerant_f1"] <= pair["spans"]["partial_f1"]
        )
