"""How far a predicted region's score can be trusted: the precision of the predicted entity and
trigger regions per score band, against a gold (`annotate evaluate --by-score`).

A score is only useful to an annotator (hide what is below 0.7, accept what is above 0.9) if
higher bands are right more often; this measures that on whatever gold the user has, their
own released version included, instead of asking them to take the heuristics' priors on trust.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotate.evaluate import iter_tasks, task_record
from annotate.labelstudio.config import ENTITY, TRIGGER
from annotate.schema import GoldRecord

# Lower edges of the bands above the first: [0, 0.5), [0.5, 0.6), ..., [0.9, 1].
BAND_EDGES = (0.5, 0.6, 0.7, 0.8, 0.9)
LAYERS = {ENTITY: "entities", TRIGGER: "triggers"}


@dataclass(frozen=True)
class Band:
    """The predicted regions whose score lies in [low, high) (the last band includes 1)."""

    low: float
    high: float
    predicted: int
    correct: int

    @property
    def precision(self) -> float | None:
        return self.correct / self.predicted if self.predicted else None

    def to_json(self) -> dict[str, Any]:
        return {
            "low": self.low,
            "high": self.high,
            "predicted": self.predicted,
            "correct": self.correct,
            "precision": self.precision,
        }


@dataclass(frozen=True)
class ScoreBands:
    """Bands per layer ("entities", "triggers"), lowest first; regions with no score apart."""

    bands: dict[str, tuple[Band, ...]]
    unscored: int

    def to_json(self) -> dict[str, Any]:
        return {
            "bands": {layer: [b.to_json() for b in bands] for layer, bands in self.bands.items()},
            "unscored": self.unscored,
        }


def _gold_keys(rec: GoldRecord) -> dict[str, set[tuple[int, int, str]]]:
    return {
        "entities": {(e.start, e.end, e.type.value) for e in rec.entities},
        "triggers": {(v.trigger.start, v.trigger.end, v.type.value) for v in rec.events},
    }


def score_bands(
    predictions: Path, gold: Mapping[str, GoldRecord], edges: tuple[float, ...] = BAND_EDGES
) -> ScoreBands:
    """Precision per score band of the entity and trigger regions of the tasks in
    `predictions` (a JSON list or JSONL), on the documents of `gold` with the same text.

    A region is correct when the gold has its exact span and label, as in `evaluate.score`.
    """
    predicted = {layer: [0] * (len(edges) + 1) for layer in LAYERS.values()}
    correct = {layer: [0] * (len(edges) + 1) for layer in LAYERS.values()}
    unscored = 0
    for where, task in iter_tasks(predictions):
        rec = task_record(task, where)  # validates the task and its regions
        g = gold.get(rec.id)
        if g is None or g.text_sha256 != rec.text_sha256 or not task.get("predictions"):
            continue
        keys = _gold_keys(g)
        for item in task["predictions"][0]["result"]:
            layer = LAYERS.get(item.get("from_name", ""))
            if layer is None or item.get("type") != "labels":
                continue
            score = item.get("score")
            if not isinstance(score, int | float):
                unscored += 1
                continue
            value = item["value"]
            band = bisect_right(edges, score)
            predicted[layer][band] += 1
            correct[layer][band] += (value["start"], value["end"], value["labels"][0]) in keys[
                layer
            ]
    lows = (0.0, *edges)
    highs = (*edges, 1.0)
    return ScoreBands(
        {
            layer: tuple(
                Band(lo, hi, n, c)
                for lo, hi, n, c in zip(lows, highs, predicted[layer], correct[layer], strict=True)
            )
            for layer in LAYERS.values()
        },
        unscored,
    )
