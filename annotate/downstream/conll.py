"""CoNLL (BIO) export of gold records: one token per line, entities and triggers in two columns.

Two tokenisations:

* **word** (default, as Wojood and CAMeL do): tokens are whole words and each punctuation
  mark; a span is widened to whole words (`annotate.text.word_bounds`), so a proclitic
  the gold keeps outside (و in وموسكو) sits inside the word's tag;
* **split**: words are also cut where a gold span starts or ends inside them and after a
  proclitic stack before the article (و+ب+ال...), so every gold span maps onto tokens exactly.

Unlike Label Studio's converter, which keeps only the first labels control, every control is
kept: column 2 holds entity/value tags, column 3 trigger (event type) tags. Nested spans are
written as layers joined by `|` (outermost first, `O` where a layer is empty), so that
`read_conll` + `decode_bio` give the spans back. Sentences are separated by a blank line,
documents start with `# doc_id = ...`.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from annotate.jsonl import atomic_write_bytes
from annotate.schema import GoldRecord
from annotate.text import PROCLITICS, Token, tokenize, word_bounds

Span = tuple[int, int, str]
"""(start, end, label): character offsets into the record's text."""

_SENTENCE_END = frozenset(".!?\N{ARABIC QUESTION MARK}\N{ARABIC FULL STOP}")
_ARTICLE = "\N{ARABIC LETTER ALEF}\N{ARABIC LETTER LAM}"
_OTHER_RE = re.compile(r"\S")


def conll_tokens(text: str) -> list[Token]:
    """Word tokens (as `annotate.text.tokenize`) plus one token per other visible character."""
    words = tokenize(text)
    out: list[Token] = []
    last = 0
    for w in [*words, Token(len(text), len(text), "")]:
        for m in _OTHER_RE.finditer(text, last, w.start):
            out.append(Token(m.start(), m.end(), m.group()))
        if w.surface:
            out.append(w)
        last = w.end
    return out


def split_tokens(text: str, tokens: list[Token], cuts: Iterable[int]) -> list[Token]:
    """`tokens` cut at `cuts` inside them and after a proclitic stack before the article."""
    at = set(cuts)
    out: list[Token] = []
    for tok in tokens:
        points = {c for c in at if tok.start < c < tok.end}
        # و / ب / ف / ك / ل (up to three) glued before ال: cut them off (the convention).
        i = tok.start
        while i < tok.end and text[i] in PROCLITICS and i - tok.start < 3:
            if text.startswith(_ARTICLE, i + 1):
                points.add(i + 1)
                break
            i += 1
        bounds = [tok.start, *sorted(points), tok.end]
        for s, e in pairwise(bounds):
            if e > s:
                out.append(Token(s, e, text[s:e]))
    return out


def layers(spans: list[Span]) -> list[list[Span]]:
    """Spans in non-overlapping layers, outermost first (greedy by start, longest first)."""
    out: list[list[Span]] = []
    for span in sorted(set(spans), key=lambda s: (s[0], -s[1], s[2])):
        for layer in out:
            if layer[-1][1] <= span[0]:
                layer.append(span)
                break
        else:
            out.append([span])
    return out


def bio_column(tokens: list[Token], spans: list[Span]) -> list[str]:
    """One tag string per token: layers joined by '|', trailing 'O' layers dropped."""
    cells: list[list[str]] = [[] for _ in tokens]
    starts = [t.start for t in tokens]
    for depth, layer in enumerate(layers(spans)):
        for start, end, label in layer:
            first = True
            for k in range(bisect_left(starts, start), len(tokens)):
                tok = tokens[k]
                if tok.end > end:
                    break
                cell = cells[k]
                cell.extend(["O"] * (depth - len(cell)))
                cell.append(("B-" if first else "I-") + label)
                first = False
    return ["|".join(c) if c else "O" for c in cells]


def decode_bio(tags: list[str]) -> list[tuple[int, int, str]]:
    """(first token, last token + 1, label) spans from a column written by `bio_column`."""
    depth = max((t.count("|") + 1 for t in tags), default=1)
    out: list[tuple[int, int, str]] = []
    for d in range(depth):
        open_: tuple[int, str] | None = None
        for k, cell in enumerate([*tags, "O"]):
            parts = cell.split("|")
            tag = parts[d] if d < len(parts) else "O"
            if open_ is not None and not (tag.startswith("I-") and tag[2:] == open_[1]):
                out.append((open_[0], k, open_[1]))
                open_ = None
            if tag.startswith("B-") or (tag.startswith("I-") and open_ is None):
                open_ = (k, tag[2:])
    return sorted(out)


def record_spans(record: GoldRecord) -> tuple[list[Span], list[Span]]:
    """(entity/value spans, trigger spans) of a record."""
    entities = [(e.start, e.end, e.type.value) for e in record.entities]
    triggers = [(v.trigger.start, v.trigger.end, v.type.value) for v in record.events]
    return entities, triggers


@dataclass(frozen=True)
class ConllDocument:
    """One document as CoNLL rows: tokens and the two tag columns."""

    id: str
    tokens: list[Token]
    entities: list[str]
    triggers: list[str]


def to_conll(record: GoldRecord, *, split: bool = False) -> ConllDocument:
    """The tokens and tag columns of `record` (word-level, or clitic-split with `split`)."""
    text = record.text
    entities, triggers = record_spans(record)
    tokens = conll_tokens(text)
    if split:
        cuts = [x for s in (*entities, *triggers) for x in s[:2]]
        tokens = split_tokens(text, tokens, cuts)
    else:
        entities = [(*word_bounds(text, s, e), label) for s, e, label in entities]
        triggers = [(*word_bounds(text, s, e), label) for s, e, label in triggers]
    return ConllDocument(
        record.id, tokens, bio_column(tokens, entities), bio_column(tokens, triggers)
    )


def conll_lines(doc: ConllDocument, text: str) -> Iterator[str]:
    """Lines of one document: a `# doc_id` comment, then token rows, sentences apart."""
    yield f"# doc_id = {doc.id}"
    prev_end: int | None = None
    ended = False  # a sentence end was seen: the break goes after the punctuation glued to it
    for k, tok in enumerate(doc.tokens):
        if prev_end is not None:
            glued = _closes(tok, prev_end)
            if ((ended and not glued) or "\n" in text[prev_end : tok.start]) and _free(doc, k):
                yield ""
                ended = False
            elif not glued:
                ended = False
        yield f"{tok.surface}\t{doc.entities[k]}\t{doc.triggers[k]}"
        prev_end = tok.end
        if tok.surface in _SENTENCE_END:
            ended = True
    yield ""


def _closes(tok: Token, after: int) -> bool:
    """True when `tok` still belongs to the sentence ending at `after`: punctuation glued to
    it (the second "." of "..", "؟!", a closing quote or bracket)."""
    return tok.start == after and all(unicodedata.category(c)[0] == "P" for c in tok.surface)


def _free(doc: ConllDocument, k: int) -> bool:
    """True when no span continues into token k (a sentence break may go before it)."""
    return not any("I-" in column[k] for column in (doc.entities, doc.triggers) if k < len(column))


def write_conll(records: Iterable[GoldRecord], out: Path, *, split: bool = False) -> int:
    """Write every record as CoNLL to `out` (UTF-8); returns the number of documents."""
    count = 0

    def chunks() -> Iterator[bytes]:
        nonlocal count
        for record in records:
            count += 1
            doc = to_conll(record, split=split)
            yield ("\n".join(conll_lines(doc, record.text)) + "\n").encode("utf-8")

    atomic_write_bytes(out, chunks())
    return count


def read_conll(lines: Iterable[str]) -> dict[str, tuple[list[str], list[str], list[str]]]:
    """doc id -> (token surfaces, entity tags, trigger tags), from lines `write_conll` wrote."""
    docs: dict[str, tuple[list[str], list[str], list[str]]] = {}
    current: tuple[list[str], list[str], list[str]] | None = None
    for line in lines:
        line = line.rstrip("\n")
        if line.startswith("# doc_id = "):
            current = docs[line[len("# doc_id = ") :]] = ([], [], [])
        elif line and current is not None:
            surface, ent, trig = line.split("\t")
            current[0].append(surface)
            current[1].append(ent)
            current[2].append(trig)
    return docs
