"""GoldRecord -> Label Studio results -> GoldRecord, and what the SDK thinks of our results."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from label_studio_sdk.label_interface import LabelInterface

from annotate.labelstudio.config import labeling_config
from annotate.labelstudio.results import record_results, results_record
from annotate.labelstudio.tasks import to_task
from annotate.schema import Document, GoldRecord
from tests.strategies import gold_records

INTERFACE = LabelInterface(labeling_config())


def document_of(rec: GoldRecord) -> Document:
    return Document(id=rec.id, text=rec.text)


@given(gold_records())
def test_results_round_trip(rec: GoldRecord) -> None:
    assert results_record(document_of(rec), record_results(rec)) == rec


@given(gold_records())
def test_every_region_points_at_its_surface(rec: GoldRecord) -> None:
    for item in record_results(rec):
        value = item.get("value", {})
        if item.get("type") == "labels":
            assert rec.text[value["start"] : value["end"]] == value["text"]


@given(gold_records())
def test_tasks_pass_the_sdk_validator(rec: GoldRecord) -> None:
    task = to_task(document_of(rec), rec, model_version="test/1", score=0.5)
    assert task["data"]["sha256"] == rec.text_sha256
    assert INTERFACE.validate_prediction(task["predictions"][0], return_errors=True) == []


def test_left_relations_are_turned_around() -> None:
    text = "أعلن الكرملين"
    doc = Document(id="d", text=text)
    t0, e0 = text.index("أعلن"), text.index("الكرملين")
    results: list[dict[str, Any]] = [
        {
            "id": "t",
            "from_name": "trigger",
            "to_name": "text",
            "type": "labels",
            "value": {"start": t0, "end": t0 + len("أعلن"), "labels": ["Statement"]},
        },
        {
            "id": "k",
            "from_name": "entity",
            "to_name": "text",
            "type": "labels",
            "value": {"start": e0, "end": e0 + len("الكرملين"), "labels": ["ORG"]},
        },
        {
            "from_id": "k",
            "to_id": "t",
            "type": "relation",
            "direction": "left",
            "labels": ["Speaker"],
        },
    ]
    rec = results_record(doc, results)
    assert [(a.role.value, a.entity) for a in rec.events[0].arguments] == [("Speaker", "k")]
    assert rec.events[0].attributes.polarity == "POSITIVE"  # default applied
