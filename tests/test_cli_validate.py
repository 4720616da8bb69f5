"""`annotate validate`: exit codes, the text and JSON reports, exact error lines."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from annotate.cli import app
from annotate.labelstudio.results import record_results
from annotate.labelstudio.tasks import to_task
from annotate.schema import Document
from tests.test_validate import RECORD, TEXT, raw_task

runner = CliRunner()
FIXTURE = Path(__file__).parent / "fixtures" / "ls_export_example.json"
FIX = "export the project again from Label Studio as JSON (Export > JSON, or `annotate ls pull`)"


def write(path: Path, tasks: list[dict[str, Any]]) -> Path:
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    return path


def run(*args: str | Path) -> Any:
    return runner.invoke(app, ["validate", *map(str, args)])


def test_a_valid_export_exits_0(tmp_path: Path) -> None:
    path = write(tmp_path / "export.json", [raw_task()])
    result = run(path)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == (
        "OK: 0 error(s), 0 warning(s), 0 info in 1 task(s), 1 annotation(s) (0 cancelled), "
        "0 draft(s), 9 region(s), 5 relation(s)"
    )
    assert result.stderr == ""


def test_findings_exit_1_grouped_by_code_with_arabic_excerpts() -> None:
    result = run(FIXTURE)
    assert result.exit_code == 1
    out = result.stdout
    assert "error   unknown-label: 7 (3 in drafts, as warnings)" in out
    assert "      …رغي لافروف في موسكو أنّ ⟦المحادثاتِ⟧ ستُعقد في جنيف. وقال ل…" in out
    assert out.index("unknown-label") < out.index("unknown-choice") < out.index("no-text-hash")
    assert out.rstrip().endswith("9 relation(s)")
    assert out.splitlines()[-1].startswith("FAILED: 12 error(s), 3 warning(s), 4 info")


def test_warnings_exit_1_only_with_strict(tmp_path: Path) -> None:
    path = write(tmp_path / "export.json", [raw_task()])
    assert run(path, "--overlap", "2").exit_code == 0
    result = run(path, "--overlap", "2", "--strict")
    assert result.exit_code == 1
    assert "warning too-few-annotations: 1" in result.stdout


def test_json_report(tmp_path: Path) -> None:
    result = run(FIXTURE, "--json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["summary"]["errors"] == 12
    assert report["counts"]["unknown-label"] == 7
    first = report["issues"][0]
    assert set(first) == {
        "code", "severity", "message", "source", "task_id", "doc_id", "annotation_id",
        "draft", "annotator", "region_id", "excerpt",
    }  # fmt: skip
    assert "⟦المحادثاتِ⟧" in result.stdout  # Arabic written as it is, not \u escapes


def test_tasks_file_catches_a_text_edited_in_label_studio(tmp_path: Path) -> None:
    doc = Document(id="doc-1", text=TEXT)
    tasks = write(tmp_path / "tasks.json", [to_task(doc)])
    edited = raw_task()
    edited["data"]["text"] = TEXT.replace("أنقرة", "انقرة")
    del edited["data"]["sha256"]
    path = write(tmp_path / "export.json", [edited])
    result = run(path, "--tasks", tasks)
    assert result.exit_code == 1
    assert "error   text-edited: 1" in result.stdout


def test_jsonl_tasks_file(tmp_path: Path) -> None:
    doc = Document(id="doc-1", text=TEXT)
    tasks = tmp_path / "tasks.jsonl"
    tasks.write_text(json.dumps(to_task(doc), ensure_ascii=False) + "\n", encoding="utf-8")
    path = write(tmp_path / "export.json", [raw_task(results=[record_results(RECORD)])])
    assert run(path, "--tasks", tasks).exit_code == 0


@pytest.mark.parametrize(
    ("content", "line"),
    [
        (b"", "{path}: empty file, not a Label Studio JSON export; " + FIX),
        (
            b'[{"id": 1, "data": {"text": "x"}, "annotations": []}, {"id": 2, "da',
            "{path}: truncated: the file ends inside the JSON array after 1 complete task(s); "
            "download the export again (it was cut off)",
        ),
        (
            '[{"id": 1, "data": {"text": "café"}, "annotations": []}]'.encode("latin-1"),
            "{path}:1: item 1: not UTF-8 (byte 0xe9 at file offset 32); Label Studio writes "
            "UTF-8, so this file was re-encoded or is not an export; " + FIX,
        ),
        (
            b'[{"id": 1, "text": "x", "annotator": "a@b.c", "annotation_id": 3, "entity": []}]',
            "{path}: item 1: a JSON-MIN export (flat records), not a Label Studio JSON export; "
            "export the project as JSON, not JSON-MIN/CSV/TSV: only JSON keeps annotators, "
            "cancelled annotations and relations (Export > JSON, or `annotate ls pull`)",
        ),
        (
            b"id,text,annotator\n1,x,a@b.c\n",
            "{path}:1: not JSON: this looks like a CSV/TSV export; " + FIX,
        ),
        (
            b'[{"id": 1, "data": {"text": "x"}, "annotations": [{"id": 1, "result": {}}]}]',
            "{path}: task 1 (item 1): annotations[0].result: expected list, got dict; " + FIX,
        ),
    ],
    ids=["empty", "truncated", "latin-1", "json-min", "csv", "wrong type"],
)
def test_bad_input_exits_2_with_one_located_line(tmp_path: Path, content: bytes, line: str) -> None:
    path = tmp_path / "export.json"
    path.write_bytes(content)
    result = run(path)
    assert result.exit_code == 2
    assert result.stderr == "Error: " + line.format(path=path) + "\n"
    assert result.stdout == ""


def test_missing_export_and_bad_tasks_file(tmp_path: Path) -> None:
    result = run(tmp_path / "nope.json")
    assert result.exit_code == 2
    assert (
        result.stderr
        == f"Error: {tmp_path / 'nope.json'}: cannot read (No such file or directory)\n"
    )
    tasks = write(tmp_path / "tasks.json", [{"data": {"title": "no text"}}])
    export = write(tmp_path / "export.json", [raw_task()])
    result = run(export, "--tasks", tasks)
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {tasks}: item 1: expected a task with data.text and data.doc_id; "
        "pass the tasks file `annotate preannotate` wrote\n"
    )


def test_overlap_must_be_positive(tmp_path: Path) -> None:
    path = write(tmp_path / "export.json", [raw_task()])
    assert run(path, "--overlap", "0").exit_code == 2
