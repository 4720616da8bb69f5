"""`annotate ls push/pull` against the real server: output, exit codes, one-line errors."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from typer.testing import CliRunner

from annotate.cli import app
from annotate.errors import LabelStudioError
from annotate.jsonl import write_jsonl
from annotate.labelstudio.client import Connection, connect, pull
from annotate.labelstudio.server import LocalServer, free_port
from annotate.labelstudio.tasks import Task

pytestmark = pytest.mark.server

WRONG_KEY = "0" * 40


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.delenv("LABEL_STUDIO_URL", raising=False)
    monkeypatch.delenv("LABEL_STUDIO_API_KEY", raising=False)
    return CliRunner()


@pytest.fixture
def tasks_file(tasks: list[Task], tmp_path: Path) -> Path:
    path = tmp_path / "tasks.jsonl"
    write_jsonl(path, tasks[:2])
    return path


def test_push_then_pull_through_the_cli(
    runner: CliRunner,
    ls_server: LocalServer,
    tasks_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LABEL_STUDIO_URL", ls_server.url)
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", ls_server.token)
    pushed = runner.invoke(app, ["ls", "push", str(tasks_file), "--project", "cli push"])
    assert pushed.exit_code == 0, pushed.output
    assert "project 'cli push' created" in pushed.stdout
    assert "tasks: 2 imported, 0 already there; predictions: 2 added" in pushed.stdout
    again = runner.invoke(app, ["ls", "push", str(tasks_file), "--project", "cli push"])
    assert again.exit_code == 0, again.output
    assert "tasks: 0 imported, 2 already there; predictions: 0 added" in again.stdout
    out = tmp_path / "export.json"
    pulled = runner.invoke(app, ["ls", "pull", "--project", "cli push", "-o", str(out)])
    assert pulled.exit_code == 0, pulled.output
    assert pulled.stdout == (
        f"{out}: 2 tasks, 0 annotations (0 skipped, 0 ground truth), 0 drafts, 2 predictions\n"
    )
    assert len(orjson.loads(out.read_bytes())) == 2
    assert ls_server.token not in pushed.output + again.output + pulled.output


def test_wrong_key_is_one_line_exit_2(runner: CliRunner, ls_server: LocalServer) -> None:
    result = runner.invoke(
        app,
        ["ls", "pull", "-p", "any", "-o", "x.json", "--url", ls_server.url, "--api-key", WRONG_KEY],
    )
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {ls_server.url}: the server refused the API key (HTTP 401); check --api-key "
        "or LABEL_STUDIO_API_KEY (Account & Settings > Legacy token)\n"
    )
    assert WRONG_KEY not in result.output


def test_server_down_is_one_line_exit_2(runner: CliRunner, tasks_file: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    result = runner.invoke(
        app, ["ls", "push", str(tasks_file), "-p", "any", "--url", url, "--api-key", WRONG_KEY]
    )
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {url}: cannot reach the server (ConnectError); is it running?\n"
    )


def test_missing_key_is_one_line_exit_2(runner: CliRunner, ls_server: LocalServer) -> None:
    result = runner.invoke(app, ["ls", "pull", "-p", "any", "-o", "x.json", "--url", ls_server.url])
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {ls_server.url}: no API key; pass --api-key or set LABEL_STUDIO_API_KEY\n"
    )


def test_unknown_project_is_one_line_exit_2(
    runner: CliRunner, ls_server: LocalServer, tmp_path: Path
) -> None:
    out = tmp_path / "export.json"
    result = runner.invoke(
        app,
        ["ls", "pull", "-p", "no such project", "-o", str(out)],
        env={"LABEL_STUDIO_URL": ls_server.url, "LABEL_STUDIO_API_KEY": ls_server.token},
    )
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {ls_server.url}: no project titled 'no such project'; "
        "check --project, or push first\n"
    )
    assert not out.exists()


def test_bad_tasks_file_is_refused_before_connecting(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "tasks.jsonl"
    path.write_text('{"data": {"text": "نص", "doc_id": "d1", "sha256": "abc"}}\n', "utf-8")
    result = runner.invoke(app, ["ls", "push", str(path), "-p", "any", "--api-key", WRONG_KEY])
    assert result.exit_code == 2
    assert result.stderr == f"Error: {path}:1: data.sha256 does not hash data.text (doc d1)\n"


def test_short_title_is_refused(admin: Connection, tasks: list[Task]) -> None:
    from annotate.labelstudio.client import push
    from annotate.labelstudio.config import labeling_config

    with pytest.raises(LabelStudioError, match="at least 3 characters"):
        push(admin, tasks, title="ab", config=labeling_config())


def test_connect_wrong_key_raises(ls_server: LocalServer) -> None:
    with pytest.raises(LabelStudioError, match=r"refused the API key \(HTTP 401\)"):
        connect(ls_server.url, WRONG_KEY)


def test_pull_unknown_project_raises(admin: Connection, tmp_path: Path) -> None:
    with pytest.raises(LabelStudioError, match="no project titled 'nope'"):
        pull(admin, "nope", tmp_path / "x.json")
