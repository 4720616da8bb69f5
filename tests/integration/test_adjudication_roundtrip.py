"""The adjudication loop on a real Label Studio: disagree, merge, adjudicate, merge again."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from typer.testing import CliRunner

from annotate.cli import app
from annotate.gold import RECORDS
from annotate.labelstudio.client import Connection, pull, push
from annotate.labelstudio.config import CONFLICTS, labeling_config
from annotate.labelstudio.server import LocalServer
from annotate.labelstudio.tasks import Task
from annotate.schema import GoldRecord
from tests.integration.acting import submit, without_region
from tests.integration.conftest import ANNOTATORS, Annotator

pytestmark = pytest.mark.server

A1, A2 = ANNOTATORS


def test_an_adjudicated_export_decides_the_document(
    ls_server: LocalServer,
    admin: Connection,
    annotators: dict[str, Annotator],
    tasks: list[Task],
    tmp_path: Path,
) -> None:
    runner = CliRunner()
    url = ls_server.url
    one = [tasks[0]]
    source = push(admin, one, title="adjudication source", config=labeling_config(), overlap=2)
    (remote,) = admin.client.tasks.list(project=source.project_id, fields="all")
    task = remote.dict()
    result = task["predictions"][0]["result"]
    dropped = next(r for r in result if r["type"] == "labels" and r["from_name"] == "entity")
    submit(url, annotators[A1].token, task["id"], result)
    submit(url, annotators[A2].token, task["id"], without_region(result, dropped["id"]))
    export = tmp_path / "export.json"
    pull(admin, "adjudication source", export)

    gold = tmp_path / "gold"
    assert runner.invoke(app, ["merge", str(export), "--gold", str(gold)]).exit_code == 0
    first = GoldRecord.model_validate(orjson.loads((gold / "v0001" / RECORDS).read_bytes()))
    left_out = (dropped["value"]["start"], dropped["value"]["end"])
    assert left_out not in {(e.start, e.end) for e in first.entities}

    proposals = tmp_path / "adjudication.json"
    made = runner.invoke(app, ["adjudicate", "v0001", "--gold", str(gold), "-o", str(proposals)])
    assert made.exit_code == 0, made.output
    pushed = runner.invoke(
        app,
        [
            "ls", "push", str(proposals), "--project", "adjudication", "--adjudication",
            "--url", url, "--api-key", ls_server.token,
        ],
    )  # fmt: skip
    assert pushed.exit_code == 0, pushed.output
    project = next(p for p in admin.client.projects.list() if p.title == "adjudication")
    assert f'value="${CONFLICTS}"' in (project.label_config or "")
    (to_judge,) = admin.client.tasks.list(project=project.id, fields="all")
    judged = to_judge.dict()
    assert dropped["value"]["text"] in judged["data"][CONFLICTS]
    # The adjudicator keeps the proposal as it is: the left-out span goes back in.
    submit(url, annotators[A1].token, judged["id"], judged["predictions"][0]["result"])
    decided = tmp_path / "adjudicated.json"
    pull(admin, "adjudication", decided)

    merged = runner.invoke(
        app, ["merge", str(export), "--gold", str(gold), "--adjudicated", str(decided)]
    )
    assert merged.exit_code == 0, merged.output
    assert "1 documents (1 adjudicated)" in merged.output
    second = GoldRecord.model_validate(orjson.loads((gold / "v0002" / RECORDS).read_bytes()))
    assert left_out in {(e.start, e.end) for e in second.entities}
    assert second.provenance.adjudicated
