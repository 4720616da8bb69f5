"""Pre-annotation tasks: the SDK accepts every seed prediction, sources, output formats, and
the `annotate preannotate` command's exit codes and error lines."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from label_studio_sdk.label_interface import LabelInterface
from typer.testing import CliRunner

from annotate.cli import app
from annotate.errors import InputError
from annotate.labelstudio.config import labeling_config
from annotate.preannotate import (
    auto_jobs,
    default_preannotator,
    iter_documents,
    preannotate_encoded,
    preannotate_tasks,
)
from annotate.preannotate.output import TaskSummary, encode_task
from annotate.seeds import load_documents

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
INTERFACE = LabelInterface(labeling_config())
runner = CliRunner()


def test_every_seed_task_passes_the_sdk_validator() -> None:
    tasks = list(preannotate_tasks(load_documents(SEEDS)))
    assert len(tasks) == 5
    for task in tasks:
        pred = task["predictions"][0]
        assert pred["model_version"].startswith("annotate-heuristics/")
        assert 0.0 <= pred["score"] <= 1.0
        assert INTERFACE.validate_prediction(pred, return_errors=True) == []
        text = task["data"]["text"]
        for item in pred["result"]:
            if item.get("type") == "labels":
                value = item["value"]
                assert text[value["start"] : value["end"]] == value["text"]
                assert 0.0 <= item["score"] <= 1.0


def test_jobs_keep_order_and_content() -> None:
    docs = list(load_documents(SEEDS)) * 3
    engine = default_preannotator()
    assert list(preannotate_tasks(docs, engine, jobs=2)) == list(preannotate_tasks(docs, engine))


@pytest.mark.parametrize("jobs", [1, 2])
def test_encoded_tasks_are_the_tasks_as_written(jobs: int) -> None:
    docs = list(load_documents(SEEDS)) * 3
    engine = default_preannotator()
    tasks = list(preannotate_tasks(docs, engine))
    expected = TaskSummary()
    for task in tasks:
        expected.add(task)
    shares = list(preannotate_encoded(docs, engine, jobs=jobs))
    summary = TaskSummary()
    for _, part in shares:
        summary.merge(part)
    assert [t for encoded, _ in shares for t in encoded] == [encode_task(t) for t in tasks]
    assert str(summary) == str(expected)
    assert summary.text_bytes == expected.text_bytes


def test_sources_read_folders_txt_and_jsonl(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        '{"id": "a", "text": "قصفت روسيا كييف"}\n\n{"id": 7, "text": "وصل لافروف\\r\\nإلى باكو"}\n',
        encoding="utf-8",
    )
    docs = list(iter_documents([corpus, SEEDS / "003_ea58c772fd8c07fa.txt", SEEDS]))
    assert [d.id for d in docs[:3]] == ["a", "7", "003_ea58c772fd8c07fa"]
    assert docs[1].text == "وصل لافروف\nإلى باكو"
    assert len(docs) == 8


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "a"}', 'missing or empty "text"'),
        ('{"text": "نص"}', 'missing "id"'),
        ("[1, 2]", "not a JSON object"),
    ],
)
def test_bad_jsonl_lines_are_located(tmp_path: Path, line: str, message: str) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "ok", "text": "نص"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=f"^{corpus}:2: {message}"):
        list(iter_documents([corpus]))


def test_cli_writes_a_json_array(tmp_path: Path) -> None:
    out = tmp_path / "tasks.json"
    result = runner.invoke(app, ["preannotate", str(SEEDS), "-o", str(out)])
    assert result.exit_code == 0, result.output
    tasks = orjson.loads(out.read_bytes())
    assert [t["data"]["doc_id"] for t in tasks] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert result.stderr.startswith(f"{out}: 5 documents; entities: ")


def test_cli_streams_jsonl(tmp_path: Path) -> None:
    out = tmp_path / "tasks.jsonl"
    result = runner.invoke(
        app, ["preannotate", str(SEEDS / "004_16547596d5c87a81.txt"), "-o", str(out), "--jobs", "2"]
    )
    assert result.exit_code == 0, result.output
    lines = out.read_bytes().splitlines()
    assert len(lines) == 1
    assert orjson.loads(lines[0])["data"]["doc_id"] == "004_16547596d5c87a81"


def test_auto_jobs_uses_every_allowed_core_only_for_big_inputs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import os

    from annotate.preannotate import stream

    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1, 2}, raising=False)
    assert auto_jobs(stream.AUTO_JOBS_BYTES - 1) == 1
    assert auto_jobs(stream.AUTO_JOBS_BYTES) == 3
    assert auto_jobs(0) == 1


def test_cli_jobs_default_to_auto_and_keep_the_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import annotate.preannotate

    asked: list[int] = []

    def two_workers(text_bytes: int) -> int:
        asked.append(text_bytes)
        return 2

    one = tmp_path / "one.json"
    result = runner.invoke(app, ["preannotate", str(SEEDS), "-o", str(one), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    monkeypatch.setattr(annotate.preannotate, "auto_jobs", two_workers)
    auto = tmp_path / "auto.json"
    result = runner.invoke(app, ["preannotate", str(SEEDS), "-o", str(auto)])
    assert result.exit_code == 0, result.output
    assert asked == [sum(p.stat().st_size for p in SEEDS.glob("*.txt"))]
    assert auto.read_bytes() == one.read_bytes()


def test_cli_bad_input_exits_2_with_a_located_message(tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    result = runner.invoke(app, ["preannotate", str(missing), "-o", str(tmp_path / "t.json")])
    assert result.exit_code == 2
    assert result.stderr == f"Error: {missing}: no such file or folder\n"
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    result = runner.invoke(app, ["preannotate", str(bad), "-o", str(tmp_path / "t.json")])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: {bad}:1: invalid JSON")
    assert not (tmp_path / "t.json").exists()
    empty = tmp_path / "empty"
    empty.mkdir()
    result = runner.invoke(app, ["preannotate", str(empty), "-o", str(tmp_path / "t.json")])
    assert result.exit_code == 2
    assert result.stderr == f"Error: {empty}: no articles found\n"


def test_fast_task_equals_to_task_on_the_seeds() -> None:
    from annotate.labelstudio.tasks import to_task
    from annotate.schema import GoldRecord

    engine = default_preannotator()
    for doc in load_documents(SEEDS):
        plan = engine.plan(doc)
        record = plan.record()
        assert GoldRecord.model_validate(record.model_dump()) == record
        expected = to_task(
            doc,
            record,
            model_version=engine.model_version,
            score=plan.score(),
            region_scores=plan.scores(),
        )
        assert engine.task(doc) == expected
