"""What pre-annotation produces passes the project's own validator, not only the SDK's:
every prediction, submitted unchanged as an annotation, is a clean Label Studio export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest

from annotate.labelstudio.results import results_record
from annotate.preannotate import iter_documents, preannotate_tasks
from annotate.schema import Document
from annotate.validate import validate_exports

ROOT = Path(__file__).resolve().parent.parent
SOURCES = {
    "seeds": ROOT / "seeds",
    "heldout": ROOT / "tests" / "fixtures" / "heldout" / "texts",
}


def as_export(tasks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A snapshot export in which one annotator accepted every prediction as it is."""
    out = []
    for i, task in enumerate(tasks, start=1):
        prediction = task["predictions"][0]
        out.append(
            {
                "id": i,
                "data": task["data"],
                "annotations": [
                    {
                        "id": i,
                        "completed_by": {"id": 1, "email": "annotator1@example.org"},
                        "result": prediction["result"],
                        "was_cancelled": False,
                        "ground_truth": False,
                    }
                ],
                "predictions": [{"id": i, **prediction}],
                "drafts": [],
            }
        )
    return out


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_predictions_validate_clean_and_convert(name: str, tmp_path: Path) -> None:
    docs = list(iter_documents([SOURCES[name]]))
    tasks = list(preannotate_tasks(docs))
    assert len(tasks) == len(docs) >= 5
    path = tmp_path / "export.json"
    path.write_bytes(orjson.dumps(as_export(tasks)))
    report = validate_exports([path])
    problems = [f"{i.code}: {i.message}" for i in report.issues if i.severity != "info"]
    assert problems == []
    for task in tasks:
        doc = Document(id=task["data"]["doc_id"], text=task["data"]["text"])
        record = results_record(doc, task["predictions"][0]["result"])
        assert record.text_sha256 == task["data"]["sha256"]
