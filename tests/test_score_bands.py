"""Precision per score band: the bands count every scored region once, agree with the exact
scores of `evaluate.score`, put each score in its half-open band, and `annotate evaluate
--by-score` prints and serialises them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from annotate.cli import app
from annotate.evaluate import load_span_gold, read_predictions, score
from annotate.preannotate import preannotate_tasks
from annotate.schema import GoldRecord
from annotate.score_bands import BAND_EDGES, score_bands
from annotate.seeds import load_documents

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "fixtures" / "seed_gold"
TASKS: list[dict[str, Any]] = [dict(t) for t in preannotate_tasks(load_documents(SEEDS))]
runner = CliRunner()


def _write(tmp_path: Path, tasks: list[dict[str, Any]]) -> Path:
    path = tmp_path / "tasks.json"
    path.write_bytes(orjson.dumps(tasks))
    return path


def _regions(tasks: list[dict[str, Any]], from_name: str) -> int:
    return sum(
        1
        for t in tasks
        for item in t["predictions"][0]["result"]
        if item.get("from_name") == from_name and item["type"] == "labels"
    )


def test_bands_agree_with_the_exact_scores(tmp_path: Path) -> None:
    path = _write(tmp_path, TASKS)
    gold = load_span_gold(GOLD, SEEDS)
    exact = score(read_predictions(path), gold)
    bands = score_bands(path, gold)
    for layer, name in (("entities", "entity"), ("triggers", "trigger")):
        counts = exact.layers()[layer].micro
        assert sum(b.correct for b in bands.bands[layer]) == counts.tp
        assert sum(b.predicted for b in bands.bands[layer]) == _regions(TASKS, name)
        assert counts.tp + counts.fp == _regions(TASKS, name)  # no region predicted twice
    assert bands.unscored == 0


def test_a_prediction_scored_against_itself_is_right_in_every_band(tmp_path: Path) -> None:
    path = _write(tmp_path, TASKS)
    itself: dict[str, GoldRecord] = read_predictions(path)
    for bands in score_bands(path, itself).bands.values():
        assert all(b.correct == b.predicted for b in bands)
        assert sum(b.predicted for b in bands) > 0


@settings(max_examples=25, deadline=None)
@given(st.floats(min_value=0.0, max_value=1.0))
def test_each_score_falls_in_its_half_open_band(tmp_path_factory: Any, value: float) -> None:
    tasks = json.loads(json.dumps(TASKS[:1]))
    for item in tasks[0]["predictions"][0]["result"]:
        if "score" in item:
            item["score"] = value
    path = _write(tmp_path_factory.mktemp("b"), tasks)
    bands = score_bands(path, read_predictions(path)).bands["entities"]
    (band,) = [b for b in bands if b.predicted]
    assert band.low <= value
    assert value < band.high or (band.high == 1.0 and value == 1.0)
    assert band.predicted == _regions(tasks, "entity")


def test_regions_without_a_score_are_counted_apart(tmp_path: Path) -> None:
    tasks = json.loads(json.dumps(TASKS[:1]))
    dropped = 0
    for item in tasks[0]["predictions"][0]["result"]:
        if item.get("from_name") == "trigger":
            del item["score"]
            dropped += 1
    path = _write(tmp_path, tasks)
    bands = score_bands(path, read_predictions(path))
    assert bands.unscored == dropped > 0
    assert sum(b.predicted for b in bands.bands["triggers"]) == 0


@pytest.mark.parametrize("as_json", [False, True])
def test_cli_by_score(tmp_path: Path, as_json: bool) -> None:
    path = _write(tmp_path, TASKS)
    args = ["evaluate", str(path), "--gold", str(GOLD), "--seeds", str(SEEDS), "--by-score"]
    result = runner.invoke(app, [*args, "--json"] if as_json else args)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    if as_json:
        data = json.loads(result.stdout)
        bands = data["by_score"]["bands"]
        assert [b["low"] for b in bands["entities"]] == [0.0, *BAND_EDGES]
        tp = data["entities"]["micro"]["tp"]
        assert sum(b["correct"] for b in bands["entities"]) == tp
    else:
        assert "precision per region score band" in result.stdout
        assert "0.9-1.0" in result.stdout
