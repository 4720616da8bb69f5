"""Adjudication: conflicts -> Label Studio tasks -> an adjudicated export decides the gold."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest
from label_studio_sdk.label_interface import LabelInterface
from typer.testing import CliRunner

from annotate.adjudication import (
    CANDIDATE_SCORE,
    AdjudicationSummary,
    adjudication_tasks,
    read_conflicts,
)
from annotate.cli import app
from annotate.conflicts import ConflictKind
from annotate.errors import InputError
from annotate.gold import RECORDS
from annotate.labelstudio.config import CONFLICTS, labeling_config
from annotate.labelstudio.results import results_record
from annotate.schema import EntityType, GoldRecord
from tests.export_builder import Ann, document, task, write_export
from tests.merge_strategies import entity, record

ROOT = Path(__file__).resolve().parent.parent
RELEASE = ROOT / "gold" / "v0001"
runner = CliRunner()


def run(*args: str | Path) -> Any:
    return runner.invoke(app, [str(a) for a in args])


def spans_of(task: dict[str, Any]) -> dict[tuple[int, int], dict[str, Any]]:
    return {
        (r["value"]["start"], r["value"]["end"]): r
        for r in task["predictions"][0]["result"]
        if r["type"] == "labels"
    }


def test_committed_release_gives_a_task_per_conflicted_document() -> None:
    summary = AdjudicationSummary()
    tasks = list(adjudication_tasks(RELEASE, summary))
    conflicts = read_conflicts(RELEASE)
    assert [t["data"]["doc_id"] for t in tasks] == sorted(conflicts)
    assert summary.documents == len(tasks) > 0
    assert summary.conflicts == sum(map(len, conflicts.values()))
    interface = LabelInterface(labeling_config(adjudication=True))
    for t in tasks:
        text = t["data"]["text"]
        assert interface.validate_prediction(t["predictions"][0]), t["data"]["doc_id"]
        for (start, end), region in spans_of(t).items():
            assert region["value"]["text"] == text[start:end]
        lines = t["data"][CONFLICTS].splitlines()
        assert len(lines) == len(conflicts[t["data"]["doc_id"]])
        # Every span the merge left out is back in the proposal, at the candidate score.
        regions = spans_of(t)
        for c in conflicts[t["data"]["doc_id"]]:
            if c.kind in (ConflictKind.SPAN, ConflictKind.LABEL) and c.at is not None:
                region = regions[(c.at.start, c.at.end)]
                assert region["score"] == CANDIDATE_SCORE
                assert c.at.surface in lines[conflicts[t["data"]["doc_id"]].index(c)]


def test_the_proposal_is_the_gold_record_plus_the_candidates() -> None:
    summary = AdjudicationSummary()
    tasks = list(adjudication_tasks(RELEASE, summary))
    gold = {
        r["id"]: GoldRecord.model_validate(r)
        for r in map(orjson.loads, (RELEASE / RECORDS).read_bytes().splitlines())
    }
    added = 0
    for t in tasks:
        doc = document(gold[t["data"]["doc_id"]])
        proposal = results_record(doc, t["predictions"][0]["result"])
        kept = gold[doc.id]
        settled = {(e.start, e.end, e.type) for e in kept.entities}
        mine = {(e.start, e.end, e.type) for e in proposal.entities}
        assert settled <= mine
        assert len(proposal.events) >= len(kept.events)
        added += len(mine - settled) + len(proposal.events) - len(kept.events)
    assert added == summary.candidates > 0


def test_adjudication_config_only_adds_the_panel() -> None:
    plain, adjudication = (
        LabelInterface(labeling_config()),
        LabelInterface(labeling_config(adjudication=True)),
    )
    assert {c.name for c in plain.controls} == {c.name for c in adjudication.controls}
    assert CONFLICTS not in labeling_config()
    assert f'value="${CONFLICTS}"' in labeling_config(adjudication=True)


def _exports(tmp: Path) -> tuple[Path, GoldRecord]:
    """Two annotators agree on Moscow and split on Ankara's label; a judge decides LOC."""
    moscow = entity("m", "موسكو", EntityType.GPE)
    ankara_gpe = entity("a", "أنقرة", EntityType.GPE)
    ankara_loc = entity("a", "أنقرة", EntityType.LOC)
    ali, badr = record((moscow, ankara_gpe)), record((moscow, ankara_loc))
    export = write_export(
        tmp / "export.json", [task(1, document(ali), [Ann("ali", ali, 1), Ann("badr", badr, 2)])]
    )
    return export, record((moscow, ankara_loc, entity("l", "لافروف", EntityType.PER)))


def test_the_loop_closes_through_an_adjudicated_export(tmp_path: Path) -> None:
    export, judged = _exports(tmp_path)
    gold = tmp_path / "gold"
    assert run("merge", export, "--gold", gold).exit_code == 0
    out = tmp_path / "adjudication.json"
    result = run("adjudicate", "latest", "--gold", gold, "-o", out)
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        f"{out}: 1 documents to adjudicate, 1 open decisions, "
        "1 left-out spans put back for a decision\n"
    )
    (proposal,) = orjson.loads(out.read_bytes())
    assert "أنقرة" in proposal["data"][CONFLICTS]
    # The judge starts from the proposal in Label Studio, fixes it and submits.
    adjudicated = write_export(
        tmp_path / "adjudication_export.json",
        [task(7, document(judged), [Ann("judge", judged, 9)])],
    )
    result = run("merge", export, "--gold", gold, "--adjudicated", adjudicated)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"{gold / 'v0002'}: 1 documents (1 adjudicated)")
    (line,) = (gold / "v0002" / RECORDS).read_bytes().splitlines()
    merged = GoldRecord.model_validate(orjson.loads(line))
    key = [(e.start, e.end, e.type) for e in judged.entities]
    assert [(e.start, e.end, e.type) for e in merged.entities] == key
    assert merged.provenance.adjudicated
    manifest = orjson.loads((gold / "v0002" / "manifest.json").read_bytes())
    assert len(manifest["settings"]["adjudicated"]) == 1


def test_without_the_flag_the_judge_is_just_one_more_vote(tmp_path: Path) -> None:
    export, judged = _exports(tmp_path)
    gold = tmp_path / "gold"
    adjudicated = write_export(
        tmp_path / "adjudication_export.json",
        [task(7, document(judged), [Ann("judge", judged, 9)])],
    )
    assert run("merge", export, adjudicated, "--gold", gold).exit_code == 0
    (line,) = (gold / "v0001" / RECORDS).read_bytes().splitlines()
    merged = GoldRecord.model_validate(orjson.loads(line))
    assert not merged.provenance.adjudicated
    assert "لافروف" not in {e.surface for e in merged.entities}  # 1 vote of 3


def test_adjudicate_without_a_release_exits_2(tmp_path: Path) -> None:
    result = run("adjudicate", "v0001", "--gold", tmp_path, "-o", tmp_path / "x.json")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: ")
    assert not (tmp_path / "x.json").exists()


def test_the_conflict_index_reads_runs_and_locates_a_bad_line(tmp_path: Path) -> None:
    lines = (RELEASE / "conflicts.jsonl").read_bytes().splitlines(keepends=True)
    by_doc = read_conflicts(RELEASE)
    first, second = sorted(by_doc)[:2]
    a = [line for line in lines if orjson.loads(line)["doc"] == first]
    b = [line for line in lines if orjson.loads(line)["doc"] == second]
    version = tmp_path / "v0001"
    version.mkdir()
    (version / "conflicts.jsonl").write_bytes(b"".join([a[0], *b, *a[1:]]))
    assert read_conflicts(version) == {first: by_doc[first], second: by_doc[second]}
    (version / "conflicts.jsonl").write_bytes(b"".join([a[0], b'{"doc": "x"}\n']))
    with pytest.raises(InputError) as caught:
        read_conflicts(version)
    assert str(caught.value).startswith(f"{version / 'conflicts.jsonl'}:2: not a conflict line")
