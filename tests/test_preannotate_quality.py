"""Quality targets of the heuristics on the hand-checked seed gold (issue 4): a regression in
precision or recall fails here. Scored through the Label Studio tasks, as `annotate evaluate`
scores a tasks file."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotate.evaluate import Scores, load_span_gold, score, task_record
from annotate.preannotate import preannotate_tasks
from annotate.seeds import load_documents

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "fixtures" / "seed_gold"


@pytest.fixture(scope="module")
def scores() -> Scores:
    predicted = {}
    for task in preannotate_tasks(load_documents(SEEDS)):
        rec = task_record(task, task["data"]["doc_id"])
        predicted[rec.id] = rec
    return score(predicted, load_span_gold(GOLD, SEEDS))


def test_entity_targets(scores: Scores) -> None:
    micro = scores.entities.micro
    assert micro.precision >= 0.92, micro
    assert micro.recall >= 0.85, micro


def test_trigger_target(scores: Scores) -> None:
    assert scores.triggers.micro.precision >= 0.85, scores.triggers.micro


def test_argument_target(scores: Scores) -> None:
    assert scores.arguments.micro.precision >= 0.70, scores.arguments.micro


def test_every_gold_document_is_predicted(scores: Scores) -> None:
    assert scores.missing == ()
    assert len(scores.documents) == 5
