"""Build Label Studio snapshot exports from gold records, for merge, gold and CLI tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from annotate.labelstudio.results import record_results
from annotate.labelstudio.tasks import task_data
from annotate.schema import Document, GoldRecord


@dataclass(frozen=True)
class Ann:
    """One annotation to put in an export."""

    annotator: str
    record: GoldRecord
    id: int
    ground_truth: bool = False
    cancelled: bool = False
    updated_at: str = "2024-01-01T00:00:00Z"
    result: list[dict[str, Any]] | None = None  # overrides the record's results


def task(task_id: int, doc: Document, anns: list[Ann]) -> dict[str, Any]:
    return {
        "id": task_id,
        "data": task_data(doc),
        "annotations": [
            {
                "id": a.id,
                "completed_by": {"id": a.id, "email": a.annotator},
                "result": a.result if a.result is not None else record_results(a.record),
                "was_cancelled": a.cancelled,
                "ground_truth": a.ground_truth,
                "updated_at": a.updated_at,
            }
            for a in anns
        ],
        "predictions": [],
        "drafts": [],
    }


def write_export(path: Path, tasks: list[dict[str, Any]]) -> Path:
    path.write_bytes(orjson.dumps(tasks))
    return path


def document(record: GoldRecord) -> Document:
    return Document(id=record.id, text=record.text)
