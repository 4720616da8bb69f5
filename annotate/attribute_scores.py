"""Event attributes scored on the events both sides found (exact trigger span and type).

Most gold events carry each attribute's default (POSITIVE, ASSERTED), so plain accuracy
flatters a predictor that never leaves the default: every attribute is reported with the
accuracy of always answering its default beside it, and each non-default value (NEGATIVE,
HYPOTHETICAL, FUTURE, signed, ...) with its own precision and recall, which is what an
annotator correcting the predictions feels.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from annotate.evaluate import Counts
from annotate.schema import ATTRIBUTES, EventType, GoldRecord, attributes_for


@dataclass(frozen=True)
class AttributeScore:
    """One attribute over the events found in both the prediction and the gold."""

    name: str
    default: str
    events: int = 0
    correct: int = 0
    gold_default: int = 0  # gold events with the default value: what the default alone gets
    per_value: dict[str, Counts] = field(default_factory=dict)  # non-default values

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.events if self.events else None

    @property
    def default_accuracy(self) -> float | None:
        return self.gold_default / self.events if self.events else None

    def to_json(self) -> dict[str, Any]:
        def ratio(value: float | None) -> float | None:
            return None if value is None else round(value, 4)

        return {
            "default": self.default,
            "events": self.events,
            "accuracy": ratio(self.accuracy),
            "default_accuracy": ratio(self.default_accuracy),
            "per_value": {
                v: {
                    "tp": c.tp,
                    "fp": c.fp,
                    "fn": c.fn,
                    "precision": round(c.precision, 4),
                    "recall": round(c.recall, 4),
                }
                for v, c in self.per_value.items()
            },
        }


def _value(event_attributes: Any, name: str) -> str:
    return str(getattr(event_attributes, name))


def _matched(
    predicted: Mapping[str, GoldRecord], gold: Mapping[str, GoldRecord]
) -> Iterator[tuple[EventType, Any, Any]]:
    """(event type, gold attributes, predicted attributes) of every event found in both."""
    for doc_id in sorted(gold):
        pred = predicted.get(doc_id)
        if pred is None or pred.text_sha256 != gold[doc_id].text_sha256:
            continue
        found = {(v.trigger.start, v.trigger.end, v.type): v for v in pred.events}
        for v in gold[doc_id].events:
            p = found.get((v.trigger.start, v.trigger.end, v.type))
            if p is not None:
                yield v.type, v.attributes, p.attributes


def attribute_scores(
    predicted: Mapping[str, GoldRecord], gold: Mapping[str, GoldRecord]
) -> tuple[AttributeScore, ...]:
    """Every schema attribute, in schema order, scored on the events found in both."""
    events: Counter[str] = Counter()
    correct: Counter[str] = Counter()
    gold_default: Counter[str] = Counter()
    tp: Counter[tuple[str, str]] = Counter()
    fp: Counter[tuple[str, str]] = Counter()
    fn: Counter[tuple[str, str]] = Counter()
    defaults = {spec.name: str(spec.default) for spec in ATTRIBUTES}
    for event_type, g_attrs, p_attrs in _matched(predicted, gold):
        for spec in attributes_for(event_type):
            name = spec.name
            g, p = _value(g_attrs, name), _value(p_attrs, name)
            events[name] += 1
            correct[name] += g == p
            gold_default[name] += g == defaults[name]
            if g == p:
                if g != defaults[name]:
                    tp[name, g] += 1
                continue
            if p != defaults[name]:
                fp[name, p] += 1
            if g != defaults[name]:
                fn[name, g] += 1
    out: list[AttributeScore] = []
    for spec in ATTRIBUTES:
        name = spec.name
        values = sorted({v for n, v in (*tp, *fp, *fn) if n == name})
        out.append(
            AttributeScore(
                name,
                defaults[name],
                events[name],
                correct[name],
                gold_default[name],
                {v: Counts(tp[name, v], fp[name, v], fn[name, v]) for v in values},
            )
        )
    return tuple(out)
