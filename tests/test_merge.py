"""Merge: majority votes, ground truth, clitic-tolerant matching, determinism."""

from __future__ import annotations

import dataclasses

import orjson
from hypothesis import given
from hypothesis import strategies as st

from annotate.conflicts import ConflictKind
from annotate.jsonl import dumps_line
from annotate.labelstudio.config import ENTITY, TRIGGER
from annotate.labelstudio.results import record_results
from annotate.matching import match_key
from annotate.mentions import Judgement, from_record, from_results
from annotate.merge import merge_document, merge_records, votes_needed
from annotate.merge_run import LINE
from annotate.record_json import DocumentText
from annotate.schema import (
    Argument,
    EntityType,
    EventType,
    GoldRecord,
    Polarity,
    Role,
)
from tests.merge_strategies import TEXT, at, entity, event, record, records

DOC = DocumentText.of("doc1", TEXT)


def judge(rec: GoldRecord, annotator: str, gt: bool = False, updated: str = "") -> Judgement:
    return from_record(
        rec, annotator, ground_truth=gt, annotation_id=f"id-{annotator}", updated_at=updated
    )


def spans(rec: GoldRecord) -> list[tuple[str, str]]:
    return [(e.surface, e.type.value) for e in rec.entities]


def gold_bytes(judgements: list[Judgement], threshold: float = 0.5) -> bytes:
    merged = merge_document(DOC, judgements, threshold=threshold, tool_version="t")
    return dumps_line(merged.record) + b"".join(dumps_line(c.to_json()) for c in merged.conflicts)


# --- votes ---------------------------------------------------------------------------


def test_votes_needed_is_a_strict_majority_by_default():
    assert [votes_needed(0.5, n) for n in (1, 2, 3, 4, 5)] == [1, 2, 2, 3, 3]
    assert votes_needed(0.0, 3) == 1
    assert votes_needed(0.66, 3) == 2


def test_majority_span_enters_and_minority_span_is_a_conflict():
    lavrov = entity("x", "لافروف", EntityType.PER)
    moscow = entity("y", "موسكو", EntityType.GPE)
    gold, conflicts = merge_records(
        DOC,
        [
            ("ali", record((lavrov, moscow)), False),
            ("badr", record((lavrov,)), False),
            ("chadi", record((lavrov,)), False),
        ],
    )
    assert spans(gold) == [("لافروف", "PER")]
    assert [(c.kind, c.at.surface if c.at else None) for c in conflicts] == [
        (ConflictKind.SPAN, "موسكو")
    ]
    (conflict,) = conflicts
    assert [(c.value, c.annotators) for c in conflict.candidates] == [
        ("GPE", ("ali",)),
        (None, ("badr", "chadi")),
    ]
    assert conflict.votes_needed == 2
    assert gold.provenance.annotators == ("ali", "badr", "chadi")
    assert not gold.provenance.adjudicated


def test_label_without_majority_is_left_out_as_a_label_conflict():
    gold, conflicts = merge_records(
        DOC,
        [
            ("ali", record((entity("x", "موسكو", EntityType.GPE),)), False),
            ("badr", record((entity("x", "موسكو", EntityType.LOC),)), False),
        ],
    )
    assert gold.entities == ()
    assert [c.kind for c in conflicts] == [ConflictKind.LABEL]


def test_two_of_three_labels_win():
    gold, conflicts = merge_records(
        DOC,
        [
            ("ali", record((entity("x", "موسكو", EntityType.GPE),)), False),
            ("badr", record((entity("x", "موسكو", EntityType.LOC),)), False),
            ("chadi", record((entity("x", "موسكو", EntityType.GPE),)), False),
        ],
    )
    assert spans(gold) == [("موسكو", "GPE")]
    assert conflicts == ()


def test_threshold_zero_keeps_every_span_drawn_once():
    gold, _ = merge_records(
        DOC,
        [
            ("ali", record((entity("x", "موسكو", EntityType.GPE),)), False),
            ("badr", record((entity("x", "لافروف", EntityType.PER),)), False),
            ("chadi", record(()), False),
        ],
        threshold=0.0,
    )
    assert spans(gold) == [("لافروف", "PER"), ("موسكو", "GPE")]


def test_ground_truth_wins_over_a_majority():
    lavrov = entity("x", "لافروف", EntityType.PER)
    adjudicated = record((entity("z", "لافروف", EntityType.ORG),))
    judgements = [
        judge(record((lavrov,)), "ali"),
        judge(record((lavrov,)), "badr"),
        judge(adjudicated, "lead", gt=True),
    ]
    merged = merge_document(DOC, judgements)
    gold = merged.gold_record()
    assert spans(gold) == [("لافروف", "ORG")]
    assert gold.provenance.adjudicated
    assert merged.conflicts == ()


def test_several_ground_truths_the_latest_wins_and_is_reported():
    first = judge(
        record((entity("x", "لافروف", EntityType.PER),)), "ali", gt=True, updated="2024-01-01"
    )
    later = judge(
        record((entity("x", "لافروف", EntityType.ORG),)), "lead", gt=True, updated="2024-02-01"
    )
    merged = merge_document(DOC, [later, first])
    assert spans(merged.gold_record()) == [("لافروف", "ORG")]
    assert [c.kind for c in merged.conflicts] == [ConflictKind.GROUND_TRUTH]
    assert "id-lead" in merged.conflicts[0].resolution


# --- clitic and whitespace tolerant matching ---------------------------------------------


def test_clitic_variants_match_and_gold_keeps_the_span_without_the_clitic():
    with_waw = entity("x", "وأذربيجان", EntityType.GPE)
    without = entity("y", "أذربيجان", EntityType.GPE)
    for order in ([with_waw, without], [without, with_waw]):
        gold, conflicts = merge_records(
            DOC, [("ali", record((order[0],)), False), ("badr", record((order[1],)), False)]
        )
        assert spans(gold) == [("أذربيجان", "GPE")]
        assert conflicts == ()


def test_proclitic_and_article_stack_matches_but_the_article_stays_in():
    start, end = at("بالقاهرة")
    for variant in (start, start + 1):  # بالقاهرة and القاهرة
        assert match_key(TEXT, ENTITY, variant, end) == (ENTITY, start, end)
    # Without its article (قاهرة) the span is another one.
    assert match_key(TEXT, ENTITY, start + 3, end) == (ENTITY, start + 3, end)


def test_lam_lam_variant_matches():
    start, end = at("للجيش")
    assert match_key(TEXT, ENTITY, start + 1, end) == match_key(TEXT, ENTITY, start, end)


def test_a_name_inside_a_word_does_not_match_the_word():
    # "إن" is not a clitic zone of "قال": spans inside other words keep their own key.
    start, end = at("أرمينيا")
    assert match_key(TEXT, ENTITY, start + 1, end) == (ENTITY, start + 1, end)


def test_trailing_space_matches_and_gold_is_trimmed():
    start, end = at("موسكو")
    assert TEXT[end] == " "

    def results(e: int) -> list[dict[str, object]]:
        return [
            {
                "id": "r1",
                "from_name": ENTITY,
                "to_name": "text",
                "type": "labels",
                "value": {"start": start, "end": e, "text": TEXT[start:e], "labels": ["GPE"]},
            }
        ]

    merged = merge_document(
        DOC,
        [
            from_results(results(end + 1), "ali", annotation_id="1"),
            from_results(results(end), "badr", annotation_id="2"),
        ],
    )
    assert [(e["surface"], e["type"]) for e in merged.record["entities"]] == [("موسكو", "GPE")]
    assert merged.conflicts == ()


# --- events: attributes and arguments ------------------------------------------------


def _statement(*, polarity: str = "POSITIVE", speaker: bool = True) -> GoldRecord:
    lavrov = entity("p", "لافروف", EntityType.PER)
    args = (Argument(role=Role.SPEAKER, entity="p"),) if speaker else ()
    return record((lavrov,), (event("s", "أعلن", EventType.STATEMENT, args, polarity=polarity),))


def test_attribute_majority_and_argument_majority():
    gold, conflicts = merge_records(
        DOC,
        [
            ("ali", _statement(polarity="NEGATIVE"), False),
            ("badr", _statement(polarity="NEGATIVE", speaker=False), False),
            ("chadi", _statement(), False),
        ],
    )
    (ev,) = gold.events
    assert ev.attributes.polarity is Polarity.NEGATIVE
    assert [(a.role, gold.entities[0].surface) for a in ev.arguments] == [(Role.SPEAKER, "لافروف")]
    assert conflicts == ()


def test_attribute_tie_takes_the_default_and_is_a_conflict():
    gold, conflicts = merge_records(
        DOC, [("ali", _statement(polarity="NEGATIVE"), False), ("badr", _statement(), False)]
    )
    assert gold.events[0].attributes.polarity is Polarity.POSITIVE
    assert [(c.kind, c.target, c.resolution) for c in conflicts] == [
        (ConflictKind.ATTRIBUTE, "polarity", "default POSITIVE")
    ]


def test_argument_without_majority_is_an_argument_conflict():
    gold, conflicts = merge_records(
        DOC,
        [
            ("ali", _statement(), False),
            ("badr", _statement(speaker=False), False),
            ("chadi", _statement(speaker=False), False),
        ],
    )
    assert gold.events[0].arguments == ()
    (conflict,) = conflicts
    assert conflict.kind is ConflictKind.ARGUMENT
    assert conflict.target == "Speaker"
    assert (
        conflict.at and conflict.at.surface,
        conflict.argument and conflict.argument.surface,
    ) == (
        "أعلن",
        "لافروف",
    )


def test_argument_whose_entity_lost_its_span_vote_is_left_out():
    gold, conflicts = merge_records(
        DOC,
        [
            ("ali", _statement(), False),
            ("badr", record((), (event("s", "أعلن", EventType.STATEMENT),)), False),
        ],
    )
    assert gold.entities == ()
    assert gold.events[0].arguments == ()
    assert sorted(c.kind.value for c in conflicts) == ["argument", "span"]


# --- properties ----------------------------------------------------------------------


@given(st.lists(records(), min_size=1, max_size=4), st.randoms())
def test_merge_is_independent_of_order(recs, rnd):
    judgements = [judge(r, f"ann{i}") for i, r in enumerate(recs)]
    shuffled = list(judgements)
    rnd.shuffle(shuffled)
    assert gold_bytes(judgements) == gold_bytes(shuffled)


@given(st.lists(records(), min_size=1, max_size=4))
def test_merging_copies_equals_merging_once(recs):
    judgements = [judge(r, f"ann{i}") for i, r in enumerate(recs)]
    assert gold_bytes(judgements + judgements[:2]) == gold_bytes(judgements)


@given(st.lists(records(), min_size=1, max_size=4), st.sampled_from([0.0, 0.5, 0.7]))
def test_merged_record_is_a_valid_gold_record_with_the_same_json(recs, threshold):
    judgements = [judge(r, f"ann{i}") for i, r in enumerate(recs)]
    merged = merge_document(DOC, judgements, threshold=threshold, tool_version="t")
    assert merged.gold_record().model_dump(mode="json") == merged.record


@given(st.lists(records(), min_size=1, max_size=4), st.booleans())
def test_record_json_is_written_in_the_gold_line_format_without_sorting(recs, truth):
    # The release writes records without OPT_SORT_KEYS: record_json must insert every
    # object's keys in sorted order.
    judgements = [judge(r, f"ann{i}", gt=truth and i == 0) for i, r in enumerate(recs)]
    merged = merge_document(DOC, judgements, tool_version="t")
    assert orjson.dumps(merged.record, option=LINE) == dumps_line(merged.record)


@given(records())
def test_a_single_annotator_is_the_gold(rec):
    gold, conflicts = merge_records(DOC, [("ali", rec, False)])
    assert conflicts == ()
    assert [(e.start, e.end, e.type) for e in gold.entities] == [
        (e.start, e.end, e.type) for e in rec.entities
    ]
    assert [(v.trigger, v.type, v.attributes, len(v.arguments)) for v in gold.events] == [
        (v.trigger, v.type, v.attributes, len(v.arguments)) for v in rec.events
    ]


@given(records())
def test_results_and_records_give_the_same_judgement(rec):
    from_ls = from_results(record_results(rec), "ali", annotation_id="id-ali")
    assert dataclasses.replace(from_ls, mentions=tuple(sorted(from_ls.mentions, key=repr))) == (
        dataclasses.replace(
            judge(rec, "ali"), mentions=tuple(sorted(judge(rec, "ali").mentions, key=repr))
        )
    )


@given(records())
def test_judgement_json_round_trip(rec):
    j = judge(rec, "ali", gt=True, updated="2024")
    assert Judgement.from_json(orjson.loads(orjson.dumps(j.to_json()))) == j


def test_unknown_labels_in_results_are_ignored():
    start, end = at("موسكو")
    results = [
        {
            "id": "t1",
            "from_name": TRIGGER,
            "type": "labels",
            "value": {"start": start, "end": end, "labels": ["Dance"]},
        }
    ]
    j = from_results(results, "ali", annotation_id="1")
    assert j.mentions == ()
