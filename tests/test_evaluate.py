"""The seed gold and the evaluation: the fixture resolves and obeys the schema and the span
convention; scoring behaves like precision/recall; predictions are read from Label Studio
tasks; `annotate evaluate` prints a table and picks its exit codes."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from annotate.cli import app
from annotate.errors import InputError
from annotate.evaluate import (
    Counts,
    Located,
    SpanGold,
    load_span_gold,
    load_span_gold_files,
    parse_thresholds,
    read_predictions,
    resolve,
    score,
)
from annotate.labelstudio.tasks import to_task
from annotate.schema import Document, Entity, EntityType, GoldRecord
from annotate.seeds import load_documents
from tests.gold_checks import (
    assert_arguments_respect_the_schema,
    assert_markers_in_zones,
    assert_nothing_inside_a_zone,
    assert_spans_follow_the_span_convention,
)
from tests.strategies import gold_records

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "fixtures" / "seed_gold"
DOCS = {d.id: d for d in load_documents(SEEDS)}
SPAN_GOLD: dict[str, SpanGold] = load_span_gold_files(GOLD, DOCS)
runner = CliRunner()


# --- the fixture ----------------------------------------------------------------------


def test_every_seed_has_a_gold_file_with_content() -> None:
    assert set(SPAN_GOLD) == set(DOCS)
    for sg in SPAN_GOLD.values():
        assert len(sg.record.entities) >= 30
        assert len(sg.record.events) >= 20
        assert sg.record.text_sha256 == DOCS[sg.record.id].sha256


@pytest.mark.parametrize("doc_id", sorted(DOCS))
def test_gold_spans_follow_the_span_convention(doc_id: str) -> None:
    assert_spans_follow_the_span_convention(SPAN_GOLD[doc_id].record)


@pytest.mark.parametrize("doc_id", sorted(DOCS))
def test_gold_arguments_respect_the_schema(doc_id: str) -> None:
    assert_arguments_respect_the_schema(SPAN_GOLD[doc_id].record)


@pytest.mark.parametrize("doc_id", sorted(DOCS))
def test_nothing_is_annotated_inside_a_zone(doc_id: str) -> None:
    assert_nothing_inside_a_zone(SPAN_GOLD[doc_id])


def test_zones_cover_the_known_noise() -> None:
    markers = ("Elasimah AdPlace", "Powered by TCPDF", "كلمات دلالية:", "إقرأ أيضاً:", "اقرأ أيضا|")
    assert_markers_in_zones(SPAN_GOLD, markers)


def test_duplicated_headline_is_annotated_twice() -> None:
    rec = SPAN_GOLD["003_ea58c772fd8c07fa"].record
    headline = "روسيا وأذربيجان يبحثان الأوضاع في قرة باغ"
    first = rec.text.index(headline)
    second = rec.text.index(headline, first + 1)
    for at in (first, second):
        inside = {e.surface for e in rec.entities if at <= e.start < at + len(headline)}
        assert inside == {"روسيا", "أذربيجان", "قرة باغ"}


def test_lam_lam_span_starts_at_the_article() -> None:
    rec = SPAN_GOLD["001_a07504bb028cee06"].record
    un = [e for e in rec.entities if e.surface == "لأمم المتحدة"]
    assert len(un) == 1
    assert rec.text[un[0].start - 1 : un[0].end] == "للأمم المتحدة"


# --- the loader's errors ----------------------------------------------------------------


def write_gold(folder: Path, doc_id: str, data: Mapping[str, object]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{doc_id}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_resolve_counts_occurrences_and_contexts() -> None:
    text = "أرمينيا وأذربيجان، أذربيجان"
    where = Located(Path("x.json"), "entities[0]")
    second = text.index("أذربيجان", text.index("أذربيجان") + 1)
    assert resolve(text, {"s": "أذربيجان", "n": 2}, where) == (second, second + len("أذربيجان"))
    assert resolve(text, {"s": "أذربيجان", "left": "، "}, where)[0] == second
    assert resolve(text, {"s": "أذربيجان", "right": "،"}, where)[0] == text.index("أذربيجان")


def test_a_surface_that_is_not_found_names_file_and_entry(tmp_path: Path) -> None:
    doc = Document(id="d", text="أعلن الكرملين اليوم")
    path = write_gold(tmp_path, "d", {"entities": [{"type": "ORG", "s": "الكرملين", "n": 2}]})
    with pytest.raises(InputError) as info:
        load_span_gold(tmp_path, {"d": doc})
    assert str(info.value) == (
        f"{path}: entities[0]: 'الكرملين' occurs 1 time(s) in the text, not 2; "
        "copy the surface and its context exactly from the seed text"
    )


def test_an_argument_must_land_on_an_entity(tmp_path: Path) -> None:
    doc = Document(id="d", text="أعلن الكرملين اليوم")
    data = {
        "entities": [{"type": "ORG", "s": "الكرملين"}],
        "events": [{"type": "Statement", "s": "أعلن", "args": [{"role": "Speaker", "s": "اليوم"}]}],
    }
    path = write_gold(tmp_path, "d", data)
    with pytest.raises(InputError, match=r"events\[0\]\.args\[0\]: no entity annotated at 'اليوم'"):
        load_span_gold(tmp_path, {"d": doc})
    assert path.exists()


def test_a_role_the_schema_refuses_is_located(tmp_path: Path) -> None:
    doc = Document(id="d", text="أعلن الكرملين اليوم")
    data = {
        "entities": [{"type": "ORG", "s": "الكرملين"}],
        "events": [
            {"type": "Statement", "s": "أعلن", "args": [{"role": "Victim", "s": "الكرملين"}]}
        ],
    }
    path = write_gold(tmp_path, "d", data)
    with pytest.raises(InputError) as info:
        load_span_gold(tmp_path, {"d": doc})
    assert str(info.value).startswith(f"{path}: events[0]: ")
    assert "'Victim' is not a role of Statement" in str(info.value)


def test_a_gold_file_without_a_seed_is_refused(tmp_path: Path) -> None:
    path = write_gold(tmp_path, "nope", {"entities": []})
    with pytest.raises(InputError, match="no seed document 'nope'"):
        load_span_gold(tmp_path, DOCS)
    assert path.exists()


# --- scoring properties -------------------------------------------------------------------


def empty_like(rec: GoldRecord) -> GoldRecord:
    return GoldRecord(id=rec.id, text=rec.text, text_sha256=rec.text_sha256)


def all_layers(scores_: object) -> list[Counts]:
    from annotate.evaluate import Scores

    assert isinstance(scores_, Scores)
    return [layer.micro for layer in scores_.layers().values()]


@given(gold_records())
def test_a_perfect_prediction_scores_one(rec: GoldRecord) -> None:
    for c in all_layers(score({rec.id: rec}, {rec.id: rec})):
        assert (c.precision, c.recall, c.f1, c.fp, c.fn) == (1.0, 1.0, 1.0, 0, 0)


@given(gold_records())
def test_an_empty_prediction_recalls_nothing(rec: GoldRecord) -> None:
    result = score({rec.id: empty_like(rec)}, {rec.id: rec})
    assert result.entities.micro.tp == 0
    assert result.entities.micro.fn == len(rec.entities)
    if rec.entities:
        assert result.entities.micro.recall == 0.0
    missing = score({}, {rec.id: rec})
    assert missing.missing == (rec.id,)
    assert missing.entities.micro == result.entities.micro


@given(gold_records(), st.data())
def test_a_wrong_span_lowers_precision_only(rec: GoldRecord, data: st.DataObject) -> None:
    taken = {(e.start, e.end) for e in rec.entities}
    free = [
        (s, e) for s in range(len(rec.text)) for e in range(s + 1, min(len(rec.text), s + 4) + 1)
    ]
    free = [
        (s, e) for s, e in free if (s, e) not in taken and rec.text[s:e].strip() == rec.text[s:e]
    ]
    if not free:
        return
    start, end = data.draw(st.sampled_from(free))
    wrong = Entity(
        id="wrong", type=EntityType.WEA, start=start, end=end, surface=rec.text[start:end]
    )
    pred = rec.model_copy(update={"entities": (*rec.entities, wrong)})
    pred = GoldRecord.model_validate(pred.model_dump())
    before = score({rec.id: rec}, {rec.id: rec}).entities.micro
    after = score({rec.id: pred}, {rec.id: rec}).entities.micro
    assert after.fp == before.fp + 1
    assert after.recall == before.recall
    assert after.precision < before.precision


@given(st.lists(gold_records(), min_size=1, max_size=3), st.randoms())
def test_scores_do_not_depend_on_order(recs: list[GoldRecord], rnd: object) -> None:
    import random

    assert isinstance(rnd, random.Random)
    gold = {f"d{i}": r.model_copy(update={"id": f"d{i}"}) for i, r in enumerate(recs)}
    pred = {k: empty_like(v) if i % 2 else v for i, (k, v) in enumerate(gold.items())}
    keys = list(pred)
    rnd.shuffle(keys)
    shuffled_pred = {}
    for k in keys:
        r = pred[k]
        ents = list(r.entities)
        rnd.shuffle(ents)
        shuffled_pred[k] = GoldRecord.model_validate(
            {**r.model_dump(), "entities": [e.model_dump() for e in ents]}
        )
    assert score(shuffled_pred, gold) == score(pred, gold)


def test_counts_edge_cases() -> None:
    assert (Counts().precision, Counts().recall, Counts().f1) == (1.0, 1.0, 1.0)
    assert (Counts(fn=3).precision, Counts(fn=3).recall) == (0.0, 0.0)
    assert Counts(tp=1, fp=1, fn=2).f1 == pytest.approx(2 * 0.5 * (1 / 3) / (0.5 + 1 / 3))


def test_a_prediction_on_another_text_is_refused() -> None:
    rec = SPAN_GOLD["000_6ba63c199163af87"].record
    other = GoldRecord.for_document(Document(id=rec.id, text=rec.text + " "))
    with pytest.raises(InputError, match="the predicted text differs from the gold text"):
        score({rec.id: other}, {rec.id: rec})


def test_thresholds_parse_and_refuse_nonsense() -> None:
    parsed = parse_thresholds("entities.p=0.92, triggers=0.85,arguments.recall=0.5")
    assert [(t.layer, t.metric, t.minimum) for t in parsed] == [
        ("entities", "precision", 0.92),
        ("triggers", "f1", 0.85),
        ("arguments", "recall", 0.5),
    ]
    for bad in ("entities", "events=0.5", "entities.x=0.5", "entities=high", "entities=2"):
        with pytest.raises(InputError):
            parse_thresholds(bad)


# --- predictions from Label Studio tasks, and the CLI ---------------------------------------


def gold_tasks() -> list[dict[str, object]]:
    return [to_task(DOCS[k], sg.record, model_version="gold") for k, sg in SPAN_GOLD.items()]


def test_tasks_of_the_gold_read_back_as_the_gold(tmp_path: Path) -> None:
    tasks = gold_tasks()
    as_json = tmp_path / "tasks.json"
    as_json.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    as_jsonl = tmp_path / "tasks.jsonl"
    as_jsonl.write_text(
        "\n".join(json.dumps(t, ensure_ascii=False) for t in tasks) + "\n", encoding="utf-8"
    )
    gold = {k: sg.record for k, sg in SPAN_GOLD.items()}
    for path in (as_json, as_jsonl):
        pred = read_predictions(path)
        assert {k: (r.entities, r.events) for k, r in pred.items()} == {
            k: (r.entities, r.events) for k, r in gold.items()
        }
        result = score(pred, gold)
        assert all(c.f1 == 1.0 for c in all_layers(result))


def test_cli_prints_a_table_and_exits_zero(tmp_path: Path) -> None:
    path = tmp_path / "tasks.json"
    path.write_text(json.dumps(gold_tasks(), ensure_ascii=False), encoding="utf-8")
    args = ["evaluate", str(path), "--gold", str(GOLD), "--seeds", str(SEEDS)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "micro" in result.stdout
    assert "Statement" in result.stdout
    result = runner.invoke(app, [*args, "--json", "--fail-under", "entities.p=0.92"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["entities"]["micro"]["f1"] == 1.0
    assert data["triggers"]["micro"]["tp"] == sum(
        len(sg.record.events) for sg in SPAN_GOLD.values()
    )


def test_cli_exits_one_when_a_minimum_is_missed(tmp_path: Path) -> None:
    path = tmp_path / "tasks.jsonl"
    path.write_text(json.dumps(to_task(DOCS["000_6ba63c199163af87"])) + "\n", encoding="utf-8")
    args = ["evaluate", str(path), "--gold", str(GOLD), "--seeds", str(SEEDS), "--json"]
    result = runner.invoke(app, [*args, "--fail-under", "entities.recall=0.85"])
    assert result.exit_code == 1
    assert result.stderr == "entities recall 0.000 is below 0.850\n"


def test_cli_exits_two_on_a_file_that_is_not_tasks(tmp_path: Path) -> None:
    path = tmp_path / "tasks.jsonl"
    path.write_text('{"data": {"text": "نص"}}\n', encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(path), "--gold", str(GOLD), "--seeds", str(SEEDS)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {path}:1: task data needs 'doc_id' and 'text' strings; use to_task()\n"
    )


RELEASE = ROOT / "gold" / "v0001"


def test_cli_scores_against_a_released_gold_version(tmp_path: Path) -> None:
    from annotate.gold import load_gold

    records = list(load_gold(RELEASE))
    tasks = [to_task(Document(id=r.id, text=r.text), r) for r in records]
    # one document left unpredicted: its gold counts as missed
    path = tmp_path / "tasks.json"
    path.write_text(json.dumps(tasks[1:], ensure_ascii=False), encoding="utf-8")
    for gold in (RELEASE, RELEASE / "records.jsonl"):
        result = runner.invoke(app, ["evaluate", str(path), "--gold", str(gold), "--json"])
        assert result.exit_code == 0, result.output
        data = json.loads(result.stdout)
        assert data["entities"]["micro"]["tp"] == sum(len(r.entities) for r in records[1:])
        assert data["entities"]["micro"]["fn"] == len(records[0].entities)
        assert data["entities"]["micro"]["fp"] == 0


def test_cli_refuses_a_prediction_on_another_text_than_the_release(tmp_path: Path) -> None:
    from annotate.gold import load_gold

    record = next(iter(load_gold(RELEASE)))
    path = tmp_path / "tasks.jsonl"
    task = to_task(Document(id=record.id, text=record.text + "\n"))
    path.write_text(json.dumps(task) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(path), "--gold", str(RELEASE)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: document {record.id}: the predicted text differs from the gold text; "
        "predict on the same seed files the gold was made on\n"
    )
