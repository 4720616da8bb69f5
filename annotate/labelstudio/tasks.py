"""Label Studio tasks: a document and, optionally, a prediction made from a record."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from annotate.labelstudio.results import record_results
from annotate.schema import Document, GoldRecord

Task = dict[str, Any]


def task_data(doc: Document) -> dict[str, str]:
    """The `data` of a task: the exact text, and what identifies it on the way back."""
    return {"text": doc.text, "title": doc.title or doc.id, "doc_id": doc.id, "sha256": doc.sha256}


def to_task(
    doc: Document,
    prediction: GoldRecord | None = None,
    *,
    model_version: str = "",
    score: float | None = None,
    region_scores: Mapping[str, float] | None = None,
) -> Task:
    """A Label Studio import task for `doc`, with `prediction` as its only prediction."""
    task: Task = {"data": task_data(doc)}
    if prediction is not None:
        pred: dict[str, Any] = {
            "model_version": model_version,
            "result": record_results(prediction, region_scores),
        }
        if score is not None:
            pred["score"] = round(score, 4)
        task["predictions"] = [pred]
    return task
