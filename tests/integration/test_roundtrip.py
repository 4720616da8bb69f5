"""Push the seed tasks to a real Label Studio, annotate as two users, pull, check the export."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
import pytest
from typer.testing import CliRunner

from annotate.cli import app
from annotate.errors import LabelStudioError
from annotate.labelstudio.client import Connection, PullReport, PushReport, pull, push
from annotate.labelstudio.config import labeling_config
from annotate.labelstudio.server import LocalServer
from annotate.labelstudio.tasks import Task
from annotate.schema import Document
from annotate.text import sha256_text
from tests.integration.acting import save_draft, submit, without_region
from tests.integration.conftest import ANNOTATORS, Annotator
from tests.integration.seed_tasks import MODEL_VERSION, seed_tasks

pytestmark = pytest.mark.server

A1, A2 = ANNOTATORS


@dataclass(frozen=True)
class RoundTrip:
    pid: int
    first: PushReport
    second: PushReport
    report: PullReport
    export: list[dict[str, Any]]
    path: Path
    doc_ids: list[str]  # sorted; [0] both annotated, [1] skipped + submitted, [2] draft only


def _remote_tasks(admin: Connection, pid: int) -> dict[str, dict[str, Any]]:
    return {
        t.data["doc_id"]: t.dict()
        for t in admin.client.tasks.list(project=pid, fields="all")
        if t.data is not None
    }


@pytest.fixture(scope="module")
def round_trip(
    ls_server: LocalServer,
    admin: Connection,
    annotators: dict[str, Annotator],
    tasks: list[Task],
    tmp_path_factory: pytest.TempPathFactory,
) -> RoundTrip:
    config = labeling_config()
    first = push(admin, tasks, title="round trip", config=config, overlap=2)
    second = push(admin, tasks, title="round trip", config=config, overlap=2)
    remote = _remote_tasks(admin, first.project_id)
    doc_ids = sorted(remote)
    url, t1, t2 = ls_server.url, annotators[A1].token, annotators[A2].token

    both = remote[doc_ids[0]]
    prediction = both["predictions"][0]
    result = prediction["result"]
    labelled = [r["id"] for r in result if r["type"] == "labels"]
    gt = submit(url, t1, both["id"], result, parent_prediction=prediction["id"])
    # Annotator 2 disagrees a little: one region fewer.
    submit(url, t2, both["id"], without_region(result, labelled[-1]))
    admin.client.annotations.update(gt, ground_truth=True)

    skipped = remote[doc_ids[1]]
    submit(url, t2, skipped["id"], skipped["predictions"][0]["result"], cancelled=True)
    submit(url, t1, skipped["id"], skipped["predictions"][0]["result"])

    draft_only = remote[doc_ids[2]]
    save_draft(url, t1, draft_only["id"], draft_only["predictions"][0]["result"][:4])

    path = tmp_path_factory.mktemp("pull") / "export.json"
    report = pull(admin, "round trip", path)
    export = orjson.loads(path.read_bytes())
    return RoundTrip(first.project_id, first, second, report, export, path, doc_ids)


def test_push_imports_once_and_verifies(round_trip: RoundTrip, tasks: list[Task]) -> None:
    first, second = round_trip.first, round_trip.second
    assert (first.created_project, first.tasks_imported, first.tasks_present) == (True, 5, 0)
    assert (second.created_project, second.tasks_imported, second.tasks_present) == (False, 0, 5)
    assert not second.updated_config
    assert (second.server_tasks, second.server_predictions) == (len(tasks), len(tasks))
    assert first.predictions_added == len(tasks)
    assert second.predictions_added == 0


def test_project_settings(round_trip: RoundTrip, admin: Connection) -> None:
    project = admin.client.projects.get(round_trip.pid)
    assert project.maximum_annotations == 2
    assert project.show_skip_button
    assert (project.label_config or "").strip() == labeling_config().strip()


def test_pull_keeps_every_task_with_full_predictions(round_trip: RoundTrip) -> None:
    export = round_trip.export
    # Untouched and draft-only tasks are included.
    assert sorted(t["data"]["doc_id"] for t in export) == round_trip.doc_ids
    for task in export:
        [prediction] = task["predictions"]
        assert prediction["model_version"] == MODEL_VERSION
        assert prediction["result"], "full predictions, not ids"


def test_pull_counts_annotations_skips_ground_truth_and_drafts(round_trip: RoundTrip) -> None:
    r = round_trip.report
    assert (r.tasks, r.annotations, r.cancelled, r.ground_truth, r.drafts) == (5, 4, 1, 1, 1)
    assert r.predictions == 5
    assert r.mismatches == ()


def test_pull_expands_annotators_and_keeps_skips(round_trip: RoundTrip) -> None:
    by_doc = {t["data"]["doc_id"]: t for t in round_trip.export}
    both, skipped, draft_only = (by_doc[d] for d in round_trip.doc_ids[:3])
    emails = sorted(a["completed_by"]["email"] for a in both["annotations"])
    assert emails == [A1, A2]
    [truth] = [a for a in both["annotations"] if a["ground_truth"]]
    assert truth["completed_by"]["email"] == A1
    assert truth["parent_prediction"] == both["predictions"][0]["id"]
    [cancelled] = [a for a in skipped["annotations"] if a["was_cancelled"]]
    assert cancelled["completed_by"]["email"] == A2
    assert cancelled["result"], "a skipped annotation still carries its prefill"
    assert draft_only["annotations"] == []
    [draft] = draft_only["drafts"]
    assert draft["user"] == A1
    assert len(draft["result"]) == 4


def test_pull_offsets_are_code_points_of_the_exact_text(
    round_trip: RoundTrip, docs: list[Document]
) -> None:
    texts = {d.id: d.text for d in docs}
    spans = 0
    for task in round_trip.export:
        text = task["data"]["text"]
        assert text == texts[task["data"]["doc_id"]]
        assert sha256_text(text) == task["data"]["sha256"]
        holders = [*task["annotations"], *task["predictions"], *task["drafts"]]
        for item in (r for h in holders for r in h["result"]):
            if item["type"] == "labels":
                value = item["value"]
                assert text[value["start"] : value["end"]] == value["text"]
                spans += 1
    assert spans > 50


def test_pull_reports_a_text_edited_on_the_server(
    admin: Connection, tasks: list[Task], tmp_path: Path
) -> None:
    report = push(admin, tasks[:2], title="edited text", config=labeling_config())
    remote = _remote_tasks(admin, report.project_id)
    doc_id = sorted(remote)[0]
    data = dict(remote[doc_id]["data"])
    data["text"] = data["text"].replace(" ", "  ", 1)
    admin.client.tasks.update(str(remote[doc_id]["id"]), data=data)
    pulled = pull(admin, "edited text", tmp_path / "export.json")
    assert [(m.doc_id, m.reason) for m in pulled.mismatches] == [
        (doc_id, "data.text no longer matches data.sha256 (edited?)")
    ]


def test_push_skips_a_changed_text_instead_of_duplicating(
    admin: Connection, docs: list[Document]
) -> None:
    original = seed_tasks(docs[:1])
    push(admin, original, title="changed text", config=labeling_config())
    text = docs[0].text + "\n"
    task = {"data": {**original[0]["data"], "text": text, "sha256": sha256_text(text)}}
    report = push(admin, [task], title="changed text", config=labeling_config())
    assert report.changed_texts == (docs[0].id,)
    assert (report.tasks_imported, report.server_tasks) == (0, 1)


def test_push_adds_a_new_model_version_to_present_tasks(
    admin: Connection, docs: list[Document]
) -> None:
    push(admin, seed_tasks(docs[:2]), title="two versions", config=labeling_config())
    report = push(
        admin, seed_tasks(docs[:2], "seed-gold-2"), title="two versions", config=labeling_config()
    )
    assert (report.tasks_imported, report.tasks_present, report.predictions_added) == (0, 2, 2)
    assert report.server_predictions == 4


def test_config_dropping_used_labels_is_refused_before_the_server(
    round_trip: RoundTrip, admin: Connection, tasks: list[Task]
) -> None:
    config = labeling_config()
    used = {
        r["value"]["labels"][0]
        for t in round_trip.export
        for a in t["annotations"]
        for r in a["result"]
        if r.get("from_name") == "entity"
    }
    label = sorted(used)[0]
    narrowed = "\n".join(line for line in config.splitlines() if f'alias="{label}"' not in line)
    assert narrowed != config
    with pytest.raises(LabelStudioError, match=rf"entity:{label} \(\d+\)") as caught:
        push(admin, tasks, title="round trip", config=narrowed, overlap=2)
    assert "drops labels still used in annotations or drafts" in str(caught.value)
    project = admin.client.projects.get(round_trip.pid)
    assert (project.label_config or "").strip() == config.strip()


def test_validate_and_merge_accept_the_pull(round_trip: RoundTrip, tmp_path: Path) -> None:
    runner = CliRunner()
    validated = runner.invoke(app, ["validate", str(round_trip.path), "--overlap", "2"])
    assert validated.exit_code == 0, validated.output
    merged = runner.invoke(
        app, ["merge", str(round_trip.path), "--gold", str(tmp_path / "gold"), "--message", "it"]
    )
    assert merged.exit_code == 0, merged.output
    assert "2 documents" in merged.output
