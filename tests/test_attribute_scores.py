"""Event attributes scored on the events found in both: a record against itself is right on
every attribute, one changed value is counted once as the right kind of error, the baseline
is the share of gold defaults, and `annotate evaluate` prints and serialises the figures."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from typer.testing import CliRunner

from annotate.attribute_scores import attribute_scores
from annotate.cli import app
from annotate.evaluate import load_span_gold
from annotate.labelstudio.tasks import to_task
from annotate.schema import ATTRIBUTES, GoldRecord, Polarity, attributes_for
from annotate.seeds import load_documents
from tests.strategies import gold_records

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD_DIR = ROOT / "tests" / "fixtures" / "seed_gold"
GOLD = load_span_gold(GOLD_DIR, SEEDS)
runner = CliRunner()


@settings(max_examples=30, deadline=None)
@given(gold_records())
def test_a_record_against_itself_is_right_on_every_attribute(record: GoldRecord) -> None:
    scores = {a.name: a for a in attribute_scores({record.id: record}, {record.id: record})}
    assert list(scores) == [spec.name for spec in ATTRIBUTES]
    for spec in ATTRIBUTES:
        a = scores[spec.name]
        assert a.events == sum(1 for v in record.events if spec in attributes_for(v.type))
        assert a.correct == a.events
        assert all(c.fp == c.fn == 0 for c in a.per_value.values())


def _with_polarity(record: GoldRecord, index: int, polarity: Polarity) -> GoldRecord:
    events = list(record.events)
    event = events[index]
    events[index] = event.model_copy(
        update={"attributes": event.attributes.model_copy(update={"polarity": polarity})}
    )
    return record.model_copy(update={"events": tuple(events)})


def test_one_wrong_negation_is_one_false_positive() -> None:
    doc_id = sorted(GOLD)[0]
    gold = GOLD[doc_id]
    index = next(i for i, v in enumerate(gold.events) if v.attributes.polarity is Polarity.POSITIVE)
    predicted = _with_polarity(gold, index, Polarity.NEGATIVE)
    (polarity,) = [
        a for a in attribute_scores({doc_id: predicted}, {doc_id: gold}) if a.name == "polarity"
    ]
    assert polarity.events == len(gold.events)
    assert polarity.correct == len(gold.events) - 1
    negative = polarity.per_value["NEGATIVE"]
    gold_negatives = sum(1 for v in gold.events if v.attributes.polarity is Polarity.NEGATIVE)
    assert (negative.tp, negative.fp, negative.fn) == (gold_negatives, 1, 0)
    # and the other way round: a gold negation predicted positive is a miss
    swapped = attribute_scores({doc_id: gold}, {doc_id: predicted})
    negative = next(a for a in swapped if a.name == "polarity").per_value["NEGATIVE"]
    assert (negative.fp, negative.fn) == (0, 1)


def test_the_baseline_is_the_share_of_gold_defaults() -> None:
    scores = {a.name: a for a in attribute_scores(GOLD, GOLD)}
    for spec in ATTRIBUTES:
        values = [
            str(getattr(v.attributes, spec.name))
            for rec in GOLD.values()
            for v in rec.events
            if spec in attributes_for(v.type)
        ]
        a = scores[spec.name]
        assert a.events == len(values)
        assert a.gold_default == values.count(str(spec.default))


def test_events_found_on_one_side_only_are_not_scored() -> None:
    doc_id = sorted(GOLD)[0]
    gold = GOLD[doc_id]
    fewer = gold.model_copy(update={"events": gold.events[1:]})
    scores = attribute_scores({doc_id: fewer}, {doc_id: gold})
    assert next(a for a in scores if a.name == "polarity").events == len(gold.events) - 1
    assert all(a.events == 0 for a in attribute_scores({}, {doc_id: gold}))


def test_cli_prints_and_serialises_the_attribute_scores(tmp_path: Path) -> None:
    docs = {d.id: d for d in load_documents(SEEDS)}
    tasks = [to_task(docs[doc_id], GOLD[doc_id]) for doc_id in sorted(GOLD)]
    path = tmp_path / "tasks.json"
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    args = ["evaluate", str(path), "--gold", str(GOLD_DIR), "--seeds", str(SEEDS)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "attributes (on the events found in both)" in result.stdout
    assert "tense=PAST" in result.stdout
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)["attributes"]
    assert list(data) == [spec.name for spec in ATTRIBUTES]
    assert all(a["accuracy"] in (1.0, None) for a in data.values())
