"""spaCy DocBin export (needs the optional extra: `pip install 'annotate[spacy]'`).

Each record becomes a `Doc` whose text is exactly the record's text: tokens are the
clitic-split CoNLL tokens (so every gold span is a token span), whitespace other than a
single space between tokens is kept as whitespace tokens. Entities and values go to
`doc.spans["entities"]` (nesting kept) and their outermost layer to `doc.ents`; triggers to
`doc.spans["triggers"]` labelled with the event type; events with attributes and arguments
(as character offsets) to `doc.user_data["events"]`, the document id to
`doc.user_data["id"]`. Save with `DocBin(store_user_data=True)`.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotate.downstream.conll import conll_tokens, layers, record_spans, split_tokens
from annotate.errors import AnnotateError
from annotate.jsonl import atomic_write_bytes
from annotate.schema import GoldRecord

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab


def _spacy() -> Any:
    try:
        import spacy
    except ImportError as error:
        raise AnnotateError(
            "spaCy is not installed; install the extra: pip install 'annotate[spacy]'"
        ) from error
    return spacy


def words_and_spaces(text: str, cuts: Iterable[int]) -> tuple[list[str], list[bool]]:
    """spaCy words and trailing-space flags whose concatenation is exactly `text`."""
    tokens = split_tokens(text, conll_tokens(text), cuts)
    words: list[str] = []
    spaces: list[bool] = []
    last = 0
    for tok in tokens:
        gap = text[last : tok.start]
        if gap:
            if gap == " " and words and not spaces[-1]:
                spaces[-1] = True
            else:
                words.append(gap)  # newlines, tabs, double spaces: whitespace tokens
                spaces.append(False)
        words.append(tok.surface)
        spaces.append(False)
        last = tok.end
    if last < len(text):
        words.append(text[last:])
        spaces.append(False)
    return words, spaces


def record_doc(record: GoldRecord, vocab: Vocab) -> Doc:
    """The spaCy Doc of one record (see the module docstring)."""
    from spacy.tokens import Doc, Span

    entities, triggers = record_spans(record)
    cuts = [x for s in (*entities, *triggers) for x in s[:2]]
    words, spaces = words_and_spaces(record.text, cuts)
    doc = Doc(vocab, words=words, spaces=spaces)

    def spans(items: list[tuple[int, int, str]]) -> list[Span]:
        out = []
        for start, end, label in items:
            span = doc.char_span(start, end, label=label)
            if span is None:  # cannot happen: tokens are cut at every span boundary
                raise AnnotateError(f"{record.id}: span [{start}, {end}) is not on token bounds")
            out.append(span)
        return out

    doc.spans["entities"] = spans(entities)
    doc.spans["triggers"] = spans(triggers)
    outer = layers(entities)
    doc.ents = spans(outer[0]) if outer else []
    by_id = {e.id: e for e in record.entities}
    doc.user_data["id"] = record.id
    doc.user_data["events"] = [
        {
            "type": v.type.value,
            "trigger": [v.trigger.start, v.trigger.end],
            "attributes": v.attributes.model_dump(mode="json"),
            "arguments": [
                {
                    "role": a.role.value,
                    "start": by_id[a.entity].start,
                    "end": by_id[a.entity].end,
                    "label": by_id[a.entity].type.value,
                }
                for a in v.arguments
            ],
        }
        for v in record.events
    ]
    return doc


def write_docbin(records: Iterable[GoldRecord], out: Path) -> int:
    """Write a `.spacy` DocBin of every record; returns the number of documents."""
    spacy = _spacy()
    from spacy.tokens import DocBin

    nlp = spacy.blank("ar")
    docbin = DocBin(store_user_data=True)
    count = 0
    for record in records:
        docbin.add(record_doc(record, nlp.vocab))
        count += 1
    atomic_write_bytes(out, [docbin.to_bytes()])
    return count
