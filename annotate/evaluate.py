"""Measure predictions against a hand-checked gold: precision, recall and F1 per type.

Three layers are scored, each on exact matches:

- entities: (start, end, entity/value type);
- triggers: (start, end, event type);
- arguments: (trigger start, end, event type, role, argument start, end, argument type).

The span gold of the seed articles lives in `tests/fixtures/seed_gold/`, one JSON file per
document. Offsets are never written there: each mention is a surface string found in the
document text (see `load_span_gold`), so the files stay readable and survive review.
Predictions are read from Label Studio tasks (`to_task` output) as a JSON list or JSONL.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from annotate.errors import AnnotateError, InputError, located
from annotate.jsonl import pydantic_errors
from annotate.labelstudio.results import results_record
from annotate.schema import (
    Argument,
    Document,
    Entity,
    Event,
    EventAttributes,
    EventType,
    GoldRecord,
    OrgSubtype,
    Provenance,
    Role,
    Trigger,
    attributes_for,
    parse_span_label,
)
from annotate.seeds import load_documents

# --- the span gold: surfaces resolved against the document text ----------------------


@dataclass(frozen=True)
class Located:
    """Where a fixture entry is: its file and its path inside the JSON (for messages)."""

    path: Path
    entry: str

    def error(self, what: str, fix: str | None = None) -> InputError:
        return InputError(located(f"{self.path}: {self.entry}", what, fix))


def _field(obj: Mapping[str, Any], key: str, kind: type, where: Located) -> Any:
    value = obj.get(key)
    if not isinstance(value, kind) or isinstance(value, bool):
        raise where.error(f"{key!r} must be a {kind.__name__}, got {value!r}")
    return value


def resolve(text: str, ref: Mapping[str, Any], where: Located) -> tuple[int, int]:
    """The span of a mention given as surface `s`, optional `left`/`right` context and `n`.

    The mention is the `n`-th (1-based, default 1) occurrence of `left + s + right` in
    `text`, counting overlapping matches; its span covers `s` only.
    """
    surface = _field(ref, "s", str, where)
    left = ref.get("left", "")
    right = ref.get("right", "")
    n = ref.get("n", 1)
    if not isinstance(left, str) or not isinstance(right, str):
        raise where.error("'left' and 'right' must be strings")
    if not isinstance(n, int) or isinstance(n, bool) or n < 1:
        raise where.error(f"'n' must be an integer >= 1, got {n!r}")
    if not surface:
        raise where.error("'s' is empty")
    needle = left + surface + right
    pos = -1
    for _ in range(n):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            break
    if pos < 0:
        found = text.count(needle)
        shown = repr(needle) if needle == surface else f"{needle!r} (surface {surface!r})"
        raise where.error(
            f"{shown} occurs {found} time(s) in the text, not {n}",
            "copy the surface and its context exactly from the seed text",
        )
    start = pos + len(left)
    return start, start + len(surface)


def _subtype(obj: Mapping[str, Any], where: Located) -> OrgSubtype | None:
    raw = obj.get("subtype")
    if raw is None:
        return None
    try:
        return OrgSubtype(raw)
    except ValueError:
        allowed = ", ".join(s.value for s in OrgSubtype)
        raise where.error(f"unknown subtype {raw!r}", f"use one of {allowed}") from None


def _entities(
    text: str, items: list[Any], path: Path
) -> tuple[list[Entity], dict[tuple[int, int], list[Entity]]]:
    entities: list[Entity] = []
    by_span: dict[tuple[int, int], list[Entity]] = {}
    for i, item in enumerate(items):
        where = Located(path, f"entities[{i}]")
        if not isinstance(item, dict):
            raise where.error("expected an object")
        code = _field(item, "type", str, where)
        try:
            label = parse_span_label(code)
        except ValueError as err:
            raise where.error(str(err)) from None
        start, end = resolve(text, item, where)
        if any(e.type is label for e in by_span.get((start, end), ())):
            raise where.error(f"{item['s']!r} is annotated twice as {code}")
        try:
            ent = Entity(
                id=f"e{i + 1}",
                type=label,
                start=start,
                end=end,
                surface=text[start:end],
                subtype=_subtype(item, where),
            )
        except ValidationError as err:
            raise where.error(pydantic_errors(err)) from None
        entities.append(ent)
        by_span.setdefault((start, end), []).append(ent)
    return entities, by_span


def _argument(
    text: str, item: Any, by_span: Mapping[tuple[int, int], list[Entity]], where: Located
) -> Argument:
    if not isinstance(item, dict):
        raise where.error("expected an object")
    role_code = _field(item, "role", str, where)
    try:
        role = Role(role_code)
    except ValueError:
        raise where.error(f"unknown role {role_code!r}") from None
    span = resolve(text, item, where)
    candidates = by_span.get(span, [])
    wanted = item.get("type")
    if wanted is not None:
        candidates = [e for e in candidates if e.type.value == wanted]
    if len(candidates) != 1:
        what = "no entity" if not candidates else f"{len(candidates)} entities"
        raise where.error(
            f"{what} annotated at {item['s']!r}",
            "annotate the argument as an entity first (add 'type' when two share a span)",
        )
    return Argument(role=role, entity=candidates[0].id)


def _events(
    text: str, items: list[Any], by_span: Mapping[tuple[int, int], list[Entity]], path: Path
) -> list[Event]:
    events: list[Event] = []
    for i, item in enumerate(items):
        where = Located(path, f"events[{i}]")
        if not isinstance(item, dict):
            raise where.error("expected an object")
        start, end = resolve(text, item, where)
        args_raw = item.get("args", [])
        attrs = item.get("attrs", {})
        if not isinstance(args_raw, list) or not isinstance(attrs, dict):
            raise where.error("'args' must be a list and 'attrs' an object")
        args = [
            _argument(text, a, by_span, Located(path, f"events[{i}].args[{j}]"))
            for j, a in enumerate(args_raw)
        ]
        try:
            events.append(
                Event(
                    id=f"v{i + 1}",
                    type=_field(item, "type", str, where),
                    trigger=Trigger(start=start, end=end, surface=text[start:end]),
                    arguments=tuple(args),
                    attributes=EventAttributes(**_with_type_defaults(item["type"], attrs)),
                )
            )
        except (ValidationError, TypeError) as err:
            what = pydantic_errors(err) if isinstance(err, ValidationError) else str(err)
            raise where.error(what) from None
    return events


def _with_type_defaults(event_type: str, attrs: Mapping[str, Any]) -> dict[str, Any]:
    """Attributes as written, plus the schema defaults of the type's own attributes.

    Label Studio readers apply the same defaults (`results_record`), so a gold event
    and its round trip through a task compare equal.
    """
    try:
        specs = attributes_for(EventType(event_type))
    except ValueError:
        return dict(attrs)  # Event() reports the unknown type with its field name
    return {**{s.name: s.default for s in specs}, **attrs}


@dataclass(frozen=True)
class Zone:
    """A stretch of a seed that is not article content (ads, related links, footers)."""

    kind: str
    start: int
    end: int


def _zones(text: str, items: list[Any], path: Path) -> list[Zone]:
    zones: list[Zone] = []
    for i, item in enumerate(items):
        where = Located(path, f"zones[{i}]")
        if not isinstance(item, dict):
            raise where.error("expected an object")
        kind = _field(item, "kind", str, where)
        start, end = resolve(text, item, where)
        if "to" in item:
            to = {"s": item["to"], "n": item.get("to_n", 1)}
            tail = text[end:]
            _, to_end = resolve(tail, to, where)
            end += to_end
        elif item.get("to_end"):
            end = len(text)
        zones.append(Zone(kind, start, end))
    return zones


@dataclass(frozen=True)
class SpanGold:
    """One fixture file resolved: the gold record and the zones it leaves unannotated."""

    record: GoldRecord
    zones: tuple[Zone, ...]
    path: Path


def load_span_gold_file(path: Path, doc: Document) -> SpanGold:
    """Resolve one fixture file against the text of `doc`."""
    where = Located(path, "top level")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise InputError(located(str(path), f"cannot read: {err.strerror}")) from err
    except json.JSONDecodeError as err:
        raise InputError(located(f"{path}:{err.lineno}", f"not JSON: {err.msg}")) from err
    if not isinstance(data, dict):
        raise where.error("expected an object with 'entities' and 'events'")
    text = doc.text
    entities, by_span = _entities(text, _list(data, "entities", where), path)
    events = _events(text, _list(data, "events", where), by_span, path)
    zones = _zones(text, _list(data, "zones", where), path)
    try:
        record = GoldRecord.for_document(
            doc,
            entities=tuple(entities),
            events=tuple(events),
            provenance=Provenance(annotators=tuple(data.get("annotators", ()))),
        )
    except ValidationError as err:
        raise where.error(pydantic_errors(err)) from None
    return SpanGold(record=record, zones=tuple(zones), path=path)


def _list(data: Mapping[str, Any], key: str, where: Located) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise where.error(f"{key!r} must be a list")
    return value


def _documents(seeds: Path | Mapping[str, Document]) -> Mapping[str, Document]:
    if isinstance(seeds, Path):
        return {doc.id: doc for doc in load_documents(seeds)}
    return seeds


def load_span_gold_files(folder: Path, seeds: Path | Mapping[str, Document]) -> dict[str, SpanGold]:
    """Every `<doc_id>.json` of `folder`, resolved against the matching seed document."""
    if not folder.is_dir():
        raise InputError(located(str(folder), "not a folder of span-gold .json files"))
    docs = _documents(seeds)
    out: dict[str, SpanGold] = {}
    for path in sorted(folder.glob("*.json")):
        doc = docs.get(path.stem)
        if doc is None:
            raise InputError(
                located(str(path), f"no seed document {path.stem!r}", "pass the seeds folder")
            )
        out[path.stem] = load_span_gold_file(path, doc)
    if not out:
        raise InputError(located(str(folder), "no .json gold files"))
    return out


def load_span_gold(folder: Path, seeds: Path | Mapping[str, Document]) -> dict[str, GoldRecord]:
    """The gold records of `folder`, keyed by document id (see `load_span_gold_file`)."""
    return {doc_id: g.record for doc_id, g in load_span_gold_files(folder, seeds).items()}


# --- predictions: Label Studio tasks -------------------------------------------------


def iter_tasks(path: Path) -> Iterator[tuple[str, Any]]:
    """(where, task) of every task of a JSON list or a JSONL of tasks; `where` locates it."""
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as err:
        raise InputError(located(str(path), f"cannot read: {err.strerror}")) from err
    except UnicodeDecodeError as err:
        raise InputError(located(str(path), "not UTF-8")) from err
    stripped = raw.lstrip()
    if stripped.startswith("["):
        try:
            tasks = json.loads(raw)
        except json.JSONDecodeError as err:
            raise InputError(located(f"{path}:{err.lineno}", f"not JSON: {err.msg}")) from err
        for i, task in enumerate(tasks):
            yield f"{path}: task {i}", task
        return
    for lineno, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield f"{path}:{lineno}", json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(
                located(f"{path}:{lineno}", f"not JSON: {err.msg}", "one task object per line")
            ) from err


def task_record(task: Any, where: str) -> GoldRecord:
    """The record a Label Studio task predicts (no prediction: an empty record)."""
    if not isinstance(task, dict) or not isinstance(task.get("data"), dict):
        raise InputError(located(where, "not a Label Studio task (no 'data' object)"))
    data = task["data"]
    doc_id, text = data.get("doc_id"), data.get("text")
    if not isinstance(doc_id, str) or not isinstance(text, str):
        raise InputError(
            located(where, "task data needs 'doc_id' and 'text' strings", "use to_task()")
        )
    try:
        doc = Document(id=doc_id, text=text, sha256=data.get("sha256") or "")
    except ValidationError as err:
        raise InputError(located(where, pydantic_errors(err))) from None
    predictions = task.get("predictions") or []
    if not predictions:
        return GoldRecord.for_document(doc)
    first = predictions[0]
    results = first.get("result") if isinstance(first, dict) else None
    if not isinstance(results, list):
        raise InputError(located(where, "predictions[0].result must be a list"))
    try:
        return results_record(doc, results)
    except AnnotateError as err:
        raise InputError(located(where, str(err))) from err
    except (ValidationError, KeyError, TypeError, ValueError) as err:
        what = pydantic_errors(err) if isinstance(err, ValidationError) else repr(err)
        raise InputError(located(where, f"invalid prediction: {what}")) from err


def read_predictions(path: Path) -> dict[str, GoldRecord]:
    """Predicted records by document id, from a JSON list of tasks or a JSONL of tasks."""
    out: dict[str, GoldRecord] = {}
    for where, task in iter_tasks(path):
        rec = task_record(task, where)
        if rec.id in out:
            raise InputError(located(where, f"document {rec.id!r} has a second task"))
        out[rec.id] = rec
    return out


# --- scoring -------------------------------------------------------------------------


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives, with the usual ratios.

    With nothing expected, recall is 1 (nothing was missed). With nothing predicted,
    precision is 1 when nothing was expected either and 0 otherwise, so an empty
    prediction against a non-empty gold scores P = R = F1 = 0, empty against empty 1.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        if self.tp + self.fp:
            return self.tp / (self.tp + self.fp)
        return 1.0 if self.fn == 0 else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


@dataclass(frozen=True)
class LayerScores:
    """Counts per type (entity/value type, or event type) and micro-averaged over types."""

    per_type: dict[str, Counts] = field(default_factory=dict)

    @property
    def micro(self) -> Counts:
        return sum(self.per_type.values(), Counts())


@dataclass(frozen=True)
class Scores:
    """The three layers, over the documents of the gold."""

    entities: LayerScores
    triggers: LayerScores
    arguments: LayerScores
    documents: tuple[str, ...]
    missing: tuple[str, ...] = ()
    """Gold documents with no prediction (scored as empty predictions)."""
    extra: tuple[str, ...] = ()
    """Predicted documents that are not in the gold (ignored)."""

    def layers(self) -> dict[str, LayerScores]:
        return {"entities": self.entities, "triggers": self.triggers, "arguments": self.arguments}

    def to_json(self) -> dict[str, Any]:
        """Plain data: per layer, per type and micro counts with P/R/F1 rounded to 4 places."""

        def counts(c: Counts) -> dict[str, float | int]:
            return {
                "tp": c.tp,
                "fp": c.fp,
                "fn": c.fn,
                "precision": round(c.precision, 4),
                "recall": round(c.recall, 4),
                "f1": round(c.f1, 4),
            }

        out: dict[str, Any] = {
            "documents": list(self.documents),
            "missing": list(self.missing),
            "extra": list(self.extra),
        }
        for name, layer in self.layers().items():
            out[name] = {
                "micro": counts(layer.micro),
                "per_type": {t: counts(c) for t, c in layer.per_type.items()},
            }
        return out


METRICS = ("precision", "recall", "f1")


@dataclass(frozen=True)
class Threshold:
    """A minimum for one layer's micro metric, e.g. `entities.precision=0.92`."""

    layer: str
    metric: str
    minimum: float

    def check(self, scores: Scores) -> float | None:
        """The measured value when it is below the minimum, else None."""
        value = float(getattr(scores.layers()[self.layer].micro, self.metric))
        return value if value < self.minimum else None


def parse_thresholds(spec: str) -> list[Threshold]:
    """Parse `entities=0.9,triggers.precision=0.85` (metric defaults to f1; p/r accepted)."""
    short = {"p": "precision", "r": "recall", "f": "f1"}
    out: list[Threshold] = []
    for part in filter(None, (p.strip() for p in spec.split(","))):
        key, sep, raw = part.partition("=")
        layer, _, metric = key.strip().partition(".")
        metric = short.get(metric, metric) or "f1"
        try:
            minimum = float(raw)
        except ValueError:
            minimum = -1.0
        if not sep or layer not in ("entities", "triggers", "arguments") or metric not in METRICS:
            raise InputError(
                located(
                    f"--fail-under {part!r}",
                    "expected LAYER[.METRIC]=VALUE",
                    "e.g. entities.precision=0.92,triggers=0.85 (layers: entities, triggers, "
                    "arguments; metrics: precision, recall, f1)",
                )
            )
        if not 0.0 <= minimum <= 1.0:
            raise InputError(located(f"--fail-under {part!r}", "the value must be in [0, 1]"))
        out.append(Threshold(layer, metric, minimum))
    return out


Key = tuple[Any, ...]


def _entity_keys(rec: GoldRecord) -> Iterator[tuple[str, Key]]:
    for e in rec.entities:
        yield e.type.value, (e.start, e.end, e.type.value)


def _trigger_keys(rec: GoldRecord) -> Iterator[tuple[str, Key]]:
    for v in rec.events:
        yield v.type.value, (v.trigger.start, v.trigger.end, v.type.value)


def _argument_keys(rec: GoldRecord) -> Iterator[tuple[str, Key]]:
    ents = {e.id: e for e in rec.entities}
    for v in rec.events:
        for a in v.arguments:
            e = ents[a.entity]
            key = (v.trigger.start, v.trigger.end, v.type.value, a.role.value)
            yield v.type.value, (*key, e.start, e.end, e.type.value)


def _layer(
    pairs: Iterable[tuple[GoldRecord | None, GoldRecord]],
    keys: Any,
) -> LayerScores:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for pred, gold in pairs:
        # Sets: a region predicted twice is one prediction.
        g = set(keys(gold))
        p = set(keys(pred)) if pred is not None else set()
        for label, _ in g & p:
            tp[label] += 1
        for label, _ in p - g:
            fp[label] += 1
        for label, _ in g - p:
            fn[label] += 1
    labels = sorted(set(tp) | set(fp) | set(fn))
    return LayerScores({t: Counts(tp[t], fp[t], fn[t]) for t in labels})


def score(predicted: Mapping[str, GoldRecord], gold: Mapping[str, GoldRecord]) -> Scores:
    """Exact-match precision/recall/F1 of `predicted` against `gold`, per type and micro.

    Only documents of `gold` are scored; a prediction whose text differs from the gold
    text is refused (its offsets would point elsewhere).
    """
    pairs: list[tuple[GoldRecord | None, GoldRecord]] = []
    for doc_id in sorted(gold):
        g = gold[doc_id]
        p = predicted.get(doc_id)
        if p is not None and p.text_sha256 != g.text_sha256:
            raise InputError(
                located(
                    f"document {doc_id}",
                    "the predicted text differs from the gold text",
                    "predict on the same seed files the gold was made on",
                )
            )
        pairs.append((p, g))
    return Scores(
        entities=_layer(pairs, _entity_keys),
        triggers=_layer(pairs, _trigger_keys),
        arguments=_layer(pairs, _argument_keys),
        documents=tuple(sorted(gold)),
        missing=tuple(d for d in sorted(gold) if d not in predicted),
        extra=tuple(d for d in sorted(predicted) if d not in gold),
    )
