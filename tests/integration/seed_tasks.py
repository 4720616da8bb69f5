"""The seed articles as tasks, predicted with the hand-checked seed gold.

The hand gold (tests/fixtures/seed_gold) rather than the heuristics: the round trip must
not change whenever a lexicon does, and the predicted surfaces are known exactly.
"""

from __future__ import annotations

from pathlib import Path

from annotate.evaluate import load_span_gold
from annotate.labelstudio.tasks import Task, to_task
from annotate.schema import Document, GoldRecord
from annotate.seeds import load_documents

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
SEED_GOLD = ROOT / "tests" / "fixtures" / "seed_gold"
MODEL_VERSION = "seed-gold"


def seed_documents() -> list[Document]:
    return list(load_documents(SEEDS))


def seed_gold() -> dict[str, GoldRecord]:
    """The hand gold of every seed article, by doc id."""
    return load_span_gold(SEED_GOLD, {d.id: d for d in seed_documents()})


def seed_tasks(docs: list[Document], model_version: str = MODEL_VERSION) -> list[Task]:
    gold = seed_gold()
    return [to_task(d, gold[d.id], model_version=model_version, score=1.0) for d in docs]
