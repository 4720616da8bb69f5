"""Word-level view of one sentence for argument attachment: its outer mentions by position,
the mention right after or before an offset, coordinated mentions (X و Y، Z)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Final

from annotate.preannotate.spans import Candidate, Context, is_definite_nisba
from annotate.schema import Role, ValueType

Mention = tuple[int, Candidate]  # an entity's index in the document and its candidate
Proposal = tuple[Role, int, float]  # role, entity index, score

# Words that open a clause (أن / إن): a mention after them is not the verb's subject.
CLAUSE: Final = frozenset(["ان", "انه", "انها", "انهم", "بان", "بانه", "لان"])
# أن / إن with a pronoun or a glued و، ف، ب، ل (وأنه، فإن، بأن، لأنها): the word opens a
# subordinate clause, so what stands on its two sides belongs to two predicates.
_OPENERS: Final = frozenset(["ان", "انه", "انها", "انهم", "انهما", "اننا"])
_AN: Final = "\N{ARABIC LETTER ALEF}\N{ARABIC LETTER NOON}"  # in every word of _OPENERS
_OPENER_CLITICS: Final = (
    "\N{ARABIC LETTER WAW}\N{ARABIC LETTER FEH}\N{ARABIC LETTER BEH}\N{ARABIC LETTER LAM}"
)
# `فيما أعلن الجيش`, `بينما نفت الحركة`: a second report set against the first.
_CONTRAST: Final = frozenset(["فيما", "بينما", "وبينما"])
MEDIATOR_CUES: Final = (
    *("بوساطه", "برعايه", "وساطه", "اقترحته", "اقترحتها", "رعتها", "رعاها", "رعته"),
    *("وسطاء", "الوسطاء"),
    # sponsoring or overseeing it, told after the event: الحوار الذي يرعاه X، تبادل تشرف عليه X
    *("يرعاه", "ترعاه", "يرعاها", "ترعاها", "رعاه", "يشرف عليه", "تشرف عليه", "تشرف عليها"),
    "يشرف عليها",
)


class Sentence:
    """Word-level view of one sentence: outer mentions and triggers by position.

    Outer mentions do not nest, so sorted by start their ends increase too: the neighbours of
    an offset are found by bisection.
    """

    def __init__(
        self,
        ctx: Context,
        bounds: tuple[int, int],
        entities: list[tuple[int, Candidate]],
        titles: Sequence[Candidate] = (),
    ) -> None:
        self.ctx = ctx
        self.start, self.end = bounds
        self.entities = entities  # (index, candidate), outer mentions only, by start
        self.starts = [e.start for _, e in entities]
        self.ends = [e.end for _, e in entities]
        self._cues: list[tuple[str, int]] | None = None
        # where each title ends -> where it starts (الرئيس الأذربيجاني | إلهام علييف)
        self.titles = titles  # by start
        self.title_starts = [t.start for t in titles]
        self.title_at = {t.end: t.start for t in titles}
        self.title_from = {t.start: t.end for t in titles}

    def words(self, a: int, b: int) -> list[str]:
        return self.ctx.text[a:b].split() if b > a else []

    def across_clause(self, a: int, b: int) -> bool:
        """A clause opener (أن، إن، بأنه، فإن) or a contrast between two reports (فيما، بينما،
        في حين) between offsets `a` and `b`: `قال الجيش في X إن قواته قصفت`, `مؤكداً أن
        الهجوم`, `قُتل 3 فجر اليوم، فيما أعلن الجيش مقتل جنديين`: two predicates."""
        words = self.words(a, b)
        for n, w in enumerate(words):
            if w in _CONTRAST or (w == "حين" and n > 0 and words[n - 1] == "في"):
                return True
            if _AN in w and opens_clause(w):  # every opener holds أن/إن: most words need no strip
                return True
        return False

    def word_count(self, a: int, b: int, cap: int) -> int:
        """`min(len(self.words(a, b)), cap)`, without splitting past `cap` words."""
        return len(self.ctx.text[a:b].split(None, cap - 1)) if b > a else 0

    def mention_gap(self, a: int, b: int, cap: int = 8) -> int:
        """Words between offsets `a` and `b`, a mention or a title counting as one word (at
        most `cap`)."""
        n = self.word_count(a, b, 21)
        if n <= 1 or n > 20:
            return min(n, cap)  # nothing to fold, or too far for any mention to bring it near
        inside = [
            e for _, e in self.entities[bisect_left(self.starts, a) : bisect_right(self.ends, b)]
        ]
        if self.titles:
            first = bisect_left(self.title_starts, a)
            inside += [t for t in self.titles[first:] if t.end <= b]
        for e in inside:
            n -= len(self.ctx.text[e.start : e.end].split()) - 1
        return min(n, cap)

    def mediator_cues(self) -> list[tuple[str, int]]:
        """Each mediator cue and its first offset in the sentence (-1 when absent)."""
        if self._cues is None:
            find = self.ctx.text.find
            self._cues = [(cue, find(cue, self.start, self.end)) for cue in MEDIATOR_CUES]
        return self._cues

    def after(self, pos: int, max_gap: int = 0) -> tuple[int, Candidate] | None:
        """The first outer mention after `pos` with at most `max_gap` words in between."""
        j = bisect_left(self.starts, pos)
        if j == len(self.starts):
            return None
        found = self.entities[j]
        start = found[1].start
        if start == pos:
            return found
        # a quote mark is no word: أعلن "حزب الله"، اتهمت "هيئة تحرير الشام" الجيش
        gap = self.ctx.text[pos:start].replace('"', " ").split()
        return found if len(gap) <= max_gap and clean_gap(gap) else None

    def after_title(self, pos: int) -> tuple[int, Candidate] | None:
        """The mention right after `pos`, past a title (`وقع الرئيس الروسي فلاديمير بوتين`)."""
        word = self.ctx.word_at(pos)
        if word is not None and word[0] in self.title_from:
            pos = self.title_from[word[0]]
        return self.after(pos)

    def before(self, pos: int) -> tuple[int, Candidate] | None:
        """The outer mention that ends right before `pos` (nothing but spaces between)."""
        j = bisect_right(self.ends, pos) - 1
        if j < 0:
            return None
        best = self.entities[j]
        if self.ctx.text[best[1].end : pos].strip():
            return None
        return best

    def chain(self, first: tuple[int, Candidate]) -> list[tuple[int, Candidate]]:
        """`first` and the mentions coordinated after it (X و Y، Z)."""
        out = [first]
        pos = first[1].end
        text = self.ctx.text
        entities = self.entities
        for j in range(bisect_left(self.starts, pos), len(entities)):
            i, e = entities[j]
            if e.start < pos or e.start <= out[-1][1].start:
                continue
            if (e.label in _WHEN) != (first[1].label in _WHEN):
                break  # الجيش، مساء الأحد، …: a time after a comma is no coordinated name
            gap = text[pos : e.start].replace('"', " ").strip()
            if gap not in _AND and not _counterpart(gap):
                # the end of the word before the mention (not `len(text[:start].rstrip())`:
                # that copies the text up to here, quadratic on a long document)
                before = e.start
                while before > 0 and text[before - 1].isspace():
                    before -= 1
                title = self.title_at.get(before, -1)
                # X والرئيس الأذربيجاني Y: a title between the conjunction and the name
                if title < pos or text[pos:title].replace('"', " ").strip() not in _AND:
                    break
            out.append((i, e))
            pos = e.end
        return out

    def chain_before(self, last: tuple[int, Candidate]) -> list[tuple[int, Candidate]]:
        """`last` and the mentions coordinated before it (X و Y)."""
        out = [last]
        text = self.ctx.text
        entities = self.entities
        for j in range(bisect_right(self.ends, last[1].start) - 1, -1, -1):
            i, e = entities[j]
            if e.end > out[-1][1].start:
                continue
            gap = text[e.end : out[-1][1].start].strip()
            if gap not in ("و", ",") and not _counterpart(gap):
                break
            out.append((i, e))
        return out


# و + a counterpart word: X ونظيره الرواندي Y، X ونظيرتها Y (the partner of equal rank).
_COUNTERPARTS: Final = frozenset(["ونظيره", "ونظيرها", "ونظيرته", "ونظيرتها", "ونظيرهم", "ونظراوه"])


def _counterpart(gap: str) -> bool:
    """`gap` joins two mentions as a person and his counterpart: و + نظيره and nisbas."""
    words = gap.split()
    return bool(words) and words[0] in _COUNTERPARTS and all(map(is_definite_nisba, words[1:]))


_WHEN: Final = frozenset([ValueType.DATE, ValueType.TIME, ValueType.DURATION])
_AND: Final = frozenset(["و", ",", ", و", "و ", ", و "])


def headline_break(text: str, starts: list[int]) -> list[int]:
    """`starts` (sentence starts, sorted) with a start after the document's headline: a first
    line set off by a blank line is a sentence of its own, though it ends without a stop (as a
    long line it passes for a soft wrap): the lead's roles are not the headline's."""
    nl = text.find("\n")
    if nl < 0:
        return starts
    j = nl + 1
    while j < len(text) and text[j] in " \t":
        j += 1
    if j >= len(text) or text[j] != "\n":
        return starts
    while j < len(text) and text[j].isspace():
        j += 1
    k = bisect_right(starts, nl)
    if j >= len(text) or (k < len(starts) and starts[k] <= j):
        return starts  # already a sentence break there
    return [*starts[:k], j, *starts[k:]]


def opens_clause(word: str) -> bool:
    """`word` (quote marks and commas around it ignored) is أن or إن, bare, with a pronoun or
    after a glued conjunction or preposition."""
    w = word.strip('".,:()')
    if w in _OPENERS:
        return True
    return len(w) > 2 and w[0] in _OPENER_CLITICS and w[1:] in _OPENERS


def clean_gap(gap: list[str]) -> bool:
    """No clause opener or preposition between a word and the mention after it."""
    return _GAP_STOPS.isdisjoint(gap)


_GAP_STOPS: Final = CLAUSE | frozenset(["في", "من", "الي", "علي"])
