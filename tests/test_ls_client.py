"""The server-free parts of the Label Studio client: task files, label drops, text hashes."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotate.errors import InputError, LabelStudioError
from annotate.jsonl import write_jsonl
from annotate.labelstudio.client import (
    check_hashes,
    connect,
    dropped_labels,
    model_versions,
    used_labels,
)
from annotate.labelstudio.config import labeling_config
from annotate.labelstudio.task_files import read_tasks
from annotate.labelstudio.tasks import Task, to_task
from annotate.schema import SPAN_LABELS, Document
from annotate.text import sha256_text


def task(doc_id: str, text: str = "قال الوزير", **extra: Any) -> Task:
    return {**to_task(Document(id=doc_id, text=text)), **extra}


def test_reads_a_json_list_and_jsonl_alike(tmp_path: Path) -> None:
    tasks = [task("a"), task("b", predictions=[{"model_version": "v1", "result": []}])]
    listed, lines = tmp_path / "tasks.json", tmp_path / "tasks.jsonl"
    listed.write_bytes(orjson.dumps(tasks))
    write_jsonl(lines, tasks)
    assert read_tasks(listed) == read_tasks(lines) == tasks


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ({"text": "x"}, 'not a task; each task is {"data": {...}, ...}'),
        (
            {"data": {"text": "x", "doc_id": "d"}},
            "data.sha256 is missing; make tasks with `annotate preannotate`",
        ),
        (
            {"data": {"text": "x", "doc_id": "d", "sha256": sha256_text("y")}},
            "data.sha256 does not hash data.text (doc d)",
        ),
        (
            task("d", predictions=[{"result": []}]),
            "a prediction without model_version; name the heuristics version that made it",
        ),
    ],
)
def test_a_bad_task_is_located(tmp_path: Path, bad: Any, message: str) -> None:
    path = tmp_path / "tasks.jsonl"
    write_jsonl(path, [task("ok"), bad])
    with pytest.raises(InputError) as caught:
        read_tasks(path)
    assert str(caught.value) == f"{path}:2: {message}"


def test_a_doc_id_twice_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "tasks.json"
    path.write_bytes(orjson.dumps([task("a"), task("a", text="نص آخر")]))
    with pytest.raises(InputError) as caught:
        read_tasks(path)
    assert str(caught.value) == f"{path}: task 1: doc a is already at {path}: task 0; keep one"


def annotated(labels: list[tuple[str, str]]) -> dict[str, Any]:
    result = [
        {"from_name": name, "type": "labels", "value": {"labels": [label]}}
        for name, label in labels
    ]
    return {"annotations": [{"result": result}], "drafts": []}


@given(st.lists(st.sampled_from([str(label.value) for label in SPAN_LABELS]), max_size=6))
def test_the_current_config_drops_no_schema_label(labels: list[str]) -> None:
    used = used_labels([annotated([("entity", label) for label in labels])])
    assert dropped_labels(labeling_config(), used) == []


def test_dropped_labels_name_control_label_and_count() -> None:
    tasks = [
        annotated([("entity", "PER"), ("entity", "PERSON")]),
        {
            "annotations": [],
            "drafts": [
                {
                    "result": [
                        {"from_name": "entity", "type": "labels", "value": {"labels": ["PERSON"]}},
                        {
                            "from_name": "old_control",
                            "type": "choices",
                            "value": {"choices": ["x"]},
                        },
                        {"from_name": "entity_id", "type": "textarea", "value": {"text": ["q"]}},
                        {"from_id": "a", "to_id": "b", "type": "relation", "labels": ["Gone"]},
                    ]
                }
            ],
        },
    ]
    used = used_labels(tasks)
    assert used == {"entity": Counter({"PERSON": 2, "PER": 1}), "old_control": Counter({"x": 1})}
    assert dropped_labels(labeling_config(), used) == ["entity:PERSON (2)", "old_control:x (1)"]


def test_model_versions_from_sqlite_and_postgres_servers() -> None:
    assert model_versions({"predictions_model_versions": "v1,v2"}) == {"v1", "v2"}
    assert model_versions({"predictions_model_versions": ["v1"]}) == {"v1"}
    assert model_versions({"predictions_model_versions": ""}) == set()


def test_check_hashes_reports_edited_and_unhashed_texts() -> None:
    good = {"id": 1, "data": {"text": "نص", "doc_id": "a", "sha256": sha256_text("نص")}}
    edited = {"id": 2, "data": {"text": "نص ", "doc_id": "b", "sha256": sha256_text("نص")}}
    bare = {"id": 3, "data": {"text": "نص", "doc_id": "c"}}
    found = [(m.task_id, m.doc_id, m.reason) for m in check_hashes([good, edited, bare])]
    assert found == [
        (2, "b", "data.text no longer matches data.sha256 (edited?)"),
        (3, "c", "data.sha256 is missing"),
    ]


def test_connect_without_a_key_says_where_to_put_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LABEL_STUDIO_API_KEY", raising=False)
    monkeypatch.setenv("LABEL_STUDIO_URL", "http://127.0.0.1:9/")
    with pytest.raises(LabelStudioError) as caught:
        connect()
    assert str(caught.value) == (
        "http://127.0.0.1:9: no API key; pass --api-key or set LABEL_STUDIO_API_KEY"
    )
