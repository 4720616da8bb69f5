"""Heuristic pre-annotation of Arabic news: entities, values, event triggers, arguments and
attributes as Label Studio predictions (see `pipeline.py` for the steps)."""

from annotate.preannotate.lexicon import HEURISTICS_VERSION, Lexicon, default_lexicon
from annotate.preannotate.pipeline import Preannotator, Prediction
from annotate.preannotate.sources import iter_documents, source_size
from annotate.preannotate.stream import (
    auto_jobs,
    default_preannotator,
    preannotate,
    preannotate_document,
    preannotate_encoded,
    preannotate_tasks,
)

__all__ = [
    "HEURISTICS_VERSION",
    "Lexicon",
    "Preannotator",
    "Prediction",
    "auto_jobs",
    "default_lexicon",
    "default_preannotator",
    "iter_documents",
    "preannotate",
    "preannotate_document",
    "preannotate_encoded",
    "preannotate_tasks",
    "source_size",
]
