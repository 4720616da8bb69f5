"""Downstream exports: CoNLL BIO (word-level and clitic-split), spaCy DocBin, flat JSONL."""

from __future__ import annotations

import orjson
import pytest
from hypothesis import given

from annotate.downstream.conll import (
    conll_lines,
    decode_bio,
    read_conll,
    record_spans,
    to_conll,
    write_conll,
)
from annotate.downstream.flat_jsonl import flat_record, write_flat_jsonl
from annotate.schema import Argument, EntityType, EventType, GoldRecord, Role
from annotate.text import word_bounds
from tests.merge_strategies import TEXT, entity, event, record, records


def _decoded(record: GoldRecord, split: bool) -> tuple[set[tuple[int, int, str]], ...]:
    doc = to_conll(record, split=split)
    out = []
    for column in (doc.entities, doc.triggers):
        out.append(
            {
                (doc.tokens[i].start, doc.tokens[j - 1].end, label)
                for i, j, label in decode_bio(column)
            }
        )
    return tuple(out)


@given(records())
def test_word_level_conll_round_trips_the_widened_spans(rec):
    entities, triggers = record_spans(rec)
    widened = tuple(
        {(*word_bounds(rec.text, s, e), label) for s, e, label in spans}
        for spans in (entities, triggers)
    )
    assert _decoded(rec, split=False) == widened


@given(records())
def test_clitic_split_conll_round_trips_the_exact_spans(rec):
    entities, triggers = record_spans(rec)
    assert _decoded(rec, split=True) == (set(entities), set(triggers))


def _nested() -> GoldRecord:
    forces = entity("f", "القوات الروسية", EntityType.ORG)
    russian = entity("r", "الروسية", EntityType.NORP)
    azer = entity("z", "أذربيجان", EntityType.GPE)
    attack = event("v", "قصفت", EventType.ATTACK, (Argument(role=Role.ATTACKER, entity="f"),))
    return record((forces, russian, azer), (attack,))


def _rows(rec: GoldRecord, split: bool) -> dict[str, tuple[str, str]]:
    doc = to_conll(rec, split=split)
    return {
        t.surface: (e, v) for t, e, v in zip(doc.tokens, doc.entities, doc.triggers, strict=True)
    }


def test_word_level_keeps_the_proclitic_inside_and_split_cuts_it_off():
    word = _rows(_nested(), split=False)
    assert word["وأذربيجان"] == ("B-GPE", "O")
    split = _rows(_nested(), split=True)
    assert split["و"] == ("O", "O")
    assert split["أذربيجان"] == ("B-GPE", "O")


def test_nested_entities_become_layers_and_triggers_have_their_own_column():
    rows = _rows(_nested(), split=False)
    assert rows["القوات"] == ("B-ORG", "O")
    assert rows["الروسية"] == ("I-ORG|B-NORP", "O")
    assert rows["قصفت"] == ("O", "B-Attack")
    assert _decoded(_nested(), split=False)[0] == {
        (*word_bounds(TEXT, s, e), label) for s, e, label in record_spans(_nested())[0]
    }


def test_conll_file_reads_back(tmp_path):
    out = tmp_path / "gold.conll"
    assert write_conll([_nested()], out) == 1
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# doc_id = doc1\n")
    assert "\n\n" in text  # sentences are separated
    (surfaces, ents, trigs) = read_conll(text.splitlines())["doc1"]
    doc = to_conll(_nested())
    assert surfaces == [t.surface for t in doc.tokens]
    assert (ents, trigs) == (doc.entities, doc.triggers)


def test_flat_jsonl_resolves_arguments_to_spans(tmp_path):
    flat = flat_record(_nested())
    (ev,) = flat["events"]
    assert ev["arguments"] == [
        {
            "role": "Attacker",
            "start": TEXT.index("القوات الروسية"),
            "end": TEXT.index("القوات الروسية") + len("القوات الروسية"),
            "label": "ORG",
            "surface": "القوات الروسية",
        }
    ]
    out = tmp_path / "flat.jsonl"
    assert write_flat_jsonl([_nested(), _nested()], out) == 2
    assert [orjson.loads(line)["id"] for line in out.read_bytes().splitlines()] == ["doc1"] * 2


# --- spaCy -----------------------------------------------------------------------------

spacy = pytest.importorskip("spacy")


@given(records())
def test_spacy_doc_keeps_the_exact_text_and_every_span(rec):
    from annotate.downstream.spacy_docbin import record_doc

    doc = record_doc(rec, spacy.blank("ar").vocab)
    assert doc.text == rec.text
    entities, triggers = record_spans(rec)
    assert {(s.start_char, s.end_char, s.label_) for s in doc.spans["entities"]} == set(entities)
    assert {(s.start_char, s.end_char, s.label_) for s in doc.spans["triggers"]} == set(triggers)


def test_docbin_round_trip(tmp_path):
    from spacy.tokens import DocBin

    from annotate.downstream.spacy_docbin import write_docbin

    out = tmp_path / "gold.spacy"
    assert write_docbin([_nested()], out) == 1
    nlp = spacy.blank("ar")
    (doc,) = DocBin().from_disk(out).get_docs(nlp.vocab)
    assert doc.text == TEXT
    assert doc.user_data["id"] == "doc1"
    # The outermost layer only: الروسية (NORP) nested in the ORG stays in doc.spans.
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("أذربيجان", "GPE"),
        ("القوات الروسية", "ORG"),
    ]
    assert len(doc.spans["entities"]) == 3
    (attack,) = doc.user_data["events"]
    assert attack["arguments"][0]["role"] == "Attacker"


def test_a_sentence_ends_after_its_whole_run_of_punctuation(tmp_path):
    text = 'قال الوزير: "انتهى الأمر.." ثم غادر؟! وعاد. ثم سكت.'
    rec = record(text=text)
    lines = list(conll_lines(to_conll(rec), text))
    rows = [line.split("\t")[0] for line in lines[1:]]
    sentences = " ".join(rows).split("  ")
    assert [s.strip() for s in sentences if s.strip()] == [
        'قال الوزير : " انتهى الأمر . . "',
        "ثم غادر ؟ !",
        "وعاد .",
        "ثم سكت .",
    ]
