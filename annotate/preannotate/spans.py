"""The pre-annotator's working objects: candidate spans in normalised offsets, a per-document
context (normalised text, boundary copy, lexicon hits), and word-level helpers over them.

Everything here works on the normalised copy; `pipeline.py` maps the kept spans back to the
raw text at the very end.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Final

from annotate.preannotate.gazetteer import Hit
from annotate.preannotate.lexicon import Lexicon
from annotate.schema import EventType, OrgSubtype, SpanLabel
from annotate.text import Normalized

ARTICLE: Final = "\N{ARABIC LETTER ALEF}\N{ARABIC LETTER LAM}"


# The candidates write their own __init__ (init=False): the compiled module builds it as
# native code, where the one the dataclass decorator generates is a Python function that
# costs several times the construction itself (thousands of candidates per document).


@dataclass(slots=True, init=False)
class Candidate:
    """A proposed entity or value at normalised offsets [start, end)."""

    start: int
    end: int
    label: SpanLabel
    score: float
    source: str
    subtype: OrgSubtype | None = None

    def __init__(
        self,
        start: int,
        end: int,
        label: SpanLabel,
        score: float,
        source: str,
        subtype: OrgSubtype | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.label = label
        self.score = score
        self.source = source
        self.subtype = subtype


@dataclass(slots=True, init=False)
class TriggerCandidate:
    """A proposed event trigger at normalised offsets [start, end)."""

    start: int
    end: int
    event_type: EventType
    score: float
    key: str
    prefix: str
    hints: Mapping[str, str] = field(default_factory=dict)
    match_end: int = 0  # where the matched key ends (past a right context)

    def __init__(
        self,
        start: int,
        end: int,
        event_type: EventType,
        score: float,
        key: str,
        prefix: str,
        hints: Mapping[str, str] | None = None,
        match_end: int = 0,
    ) -> None:
        self.start = start
        self.end = end
        self.event_type = event_type
        self.score = score
        self.key = key
        self.prefix = prefix
        self.hints = {} if hints is None else hints
        self.match_end = match_end


# Code points compared as ints: `ord(text[i])` reads a character without making a string.
_SPACE: Final = 32
_TAB: Final = 9
_NEWLINE: Final = 10
_NBSP: Final = 0xA0


def _word_at(text: str, bnd: str, pos: int) -> tuple[int, int, str] | None:
    """What `[ \\t\\u00a0]*([^\\W_]+|[^\\w\\s])` matches at `pos` (its group): spaces skipped,
    then a run of letters and digits or one mark that is no word character and no space.
    `bnd` (the boundary copy) has a space exactly where `text` has no letter or digit, so a
    run's end is one `find` instead of a regex match."""
    n = len(text)
    i = pos
    while i < n:
        c = ord(text[i])
        if c in (_SPACE, _TAB, _NBSP):
            i += 1
        else:
            break
    if i >= n:
        return None
    if ord(bnd[i]) != _SPACE:
        end = bnd.find(" ", i)
        if end < 0:
            end = n
        return i, end, text[i:end]
    ch = text[i]
    if ch == "_" or ch.isspace():  # `_` is a word character, yet no letter or digit
        return None
    return i, i + 1, ch


@dataclass(slots=True)
class Context:
    """One document's normalised text and everything the lexicon found in it."""

    text: str
    bnd: str
    lexicon: Lexicon
    hits_at: dict[int, list[Hit]]
    norm: Normalized
    wraps: dict[int, int]  # soft line breaks: whitespace run start -> end

    def raw_char(self, pos: int) -> str:
        """The raw character behind normalised offset `pos`."""
        return self.norm.raw[self.norm.to_raw(pos)]

    def hit_in_word(self, word_start: int, kinds: int) -> Hit | None:
        """The longest hit of `kinds` inside the word at `word_start`, after its proclitics."""
        for offset in (0, 1, 2):
            hit = self.longest(word_start + offset, kinds)
            if hit is not None and len(hit.prefix) == offset:
                return hit
        return None

    def word_at(self, pos: int) -> tuple[int, int, str] | None:
        """The next word or punctuation mark at or after `pos` on the same line."""
        word = _word_at(self.text, self.bnd, pos)
        if word is None and self.wraps:
            # a PDF soft wrap (القوات\n\nالأذربيجانية) does not end the phrase
            i = pos
            while i < len(self.text) and self.text[i] in " \t":
                i += 1
            if i in self.wraps or pos in self.wraps:
                word = _word_at(self.text, self.bnd, self.wraps.get(i, self.wraps.get(pos, i)))
        return word

    def word_before(self, pos: int) -> tuple[int, int, str] | None:
        """The word or punctuation mark that ends at or before `pos` on the same line."""
        text = self.text
        i = pos
        while i > 0:
            c = ord(text[i - 1])
            if c in (_SPACE, _TAB):
                i -= 1
            else:
                break
        if i == 0 or ord(text[i - 1]) == _NEWLINE:
            return None
        j = i - 1
        bnd = self.bnd
        if ord(bnd[j]) != _SPACE:  # a letter or digit: back to the start of their run
            j = bnd.rfind(" ", 0, j) + 1
        return j, i, text[j:i]

    def mentions_of(self, form: str, clitics: frozenset[str]) -> Iterator[tuple[int, int, int]]:
        """(word start, start, end) of every occurrence of `form` that ends a word and starts
        one, or follows one of `clitics` (at most two letters) that starts it: the later
        mentions of a name found once (a person's surname, a village after its descriptor)."""
        text, bnd = self.text, self.bnd
        i = text.find(form)
        while i >= 0:
            j = i + len(form)
            if j >= len(bnd) or bnd[j] == " ":
                ws = i
                while ws > 0 and bnd[ws - 1] != " " and i - ws <= 2:
                    ws -= 1
                if (ws == 0 or bnd[ws - 1] == " ") and text[ws:i] in clitics:
                    yield ws, i, j
            i = text.find(form, j)

    def longest(self, pos: int, kinds: int) -> Hit | None:
        """The longest lexicon hit of one of `kinds` that starts a word at `pos` (any prefix)."""
        best: Hit | None = None
        for hit in self.hits_at.get(pos, ()):
            if hit.kinds & kinds and (best is None or hit.end > best.end):
                best = hit
        return best


def is_definite(word: str) -> bool:
    return word.startswith(ARTICLE) and len(word) > 3


def is_definite_nisba(word: str) -> bool:
    """A normalised word shaped like a definite nisba adjective (الليبيه، الروسي)."""
    return word.startswith(ARTICLE) and word.endswith(("يه", "ي"))
