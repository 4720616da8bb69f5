"""Victims of a death or an injury the one-count rule of `arguments.py` misses: a count
before the verb past `على الأقل` (`١١ شخصاً على الأقل قُتلوا`), the counts coordinated after
the first (`قُتل ثلاثة جنود وأربعة مسلحين`, `مقتل جنديين ومسلح واحد`), and a count after a
passive verb past the phrase of where or how (`قُتل فيها أكثر من ألف شخص`, `قُتل في إحدى تلك
الغارات ثلاثة مقاتلين`)."""

from __future__ import annotations

from bisect import bisect_left
from typing import Final

from annotate.preannotate.labels import VALUE_NUM
from annotate.preannotate.sentence import Mention, Sentence

_AT_LEAST: Final = ("علي", "الاقل")


def count_before(sent: Sentence, verb_start: int) -> Mention | None:
    """The count right before a verb, past `على الأقل` (`١١ شخصاً على الأقل قُتلوا`)."""
    words = sent.ctx.text[max(sent.start, verb_start - 20) : verb_start].split()
    if tuple(w.strip(",") for w in words[-2:]) != _AT_LEAST:
        return None
    pos = sent.ctx.text.rfind("علي", sent.start, verb_start)
    found = sent.before(pos)
    return found if found is not None and found[1].label is VALUE_NUM else None


def coordinated_counts(sent: Sentence, first: Mention, trigger_starts: list[int]) -> list[int]:
    """The counts coordinated after the victim count `first` (`ثلاثة جنود وأربعة مسلحين`), up
    to one holding a trigger of its own (`ستة قتلى و١٨ جريحاً`: the injured are no dead)."""
    out: list[int] = []
    for i, e in sent.chain(first)[1:]:
        k = bisect_left(trigger_starts, e.start)
        if e.label is not VALUE_NUM or (k < len(trigger_starts) and trigger_starts[k] < e.end):
            break
        out.append(i)
    return out


# Prepositions (alone or with a pronoun) opening the phrase between a death verb and its count.
_PHRASE: Final = frozenset(["في", "فيها", "فيه", "خلال", "خلالها", "خلاله", "جراء", "اثر", "بسبب"])


def count_after_phrase(sent: Sentence, verb_end: int, trigger_starts: list[int]) -> Mention | None:
    """The count after a verb of dying past a prepositional phrase of at most five words
    (no comma, no other trigger in between): `قُتل فيها أكثر من ألف شخص`."""
    ctx = sent.ctx
    word = ctx.word_at(verb_end)
    if word is None or word[2] not in _PHRASE:
        return None
    j = bisect_left(sent.starts, word[1])
    if j == len(sent.starts):
        return None
    i, e = sent.entities[j]
    if e.label is not VALUE_NUM or sent.mention_gap(word[1], e.start) > 4:
        return None
    between = ctx.text[word[1] : e.start]
    if "," in between or "." in between:
        return None
    k = bisect_left(trigger_starts, verb_end)
    if k < len(trigger_starts) and trigger_starts[k] < e.start:
        return None  # قُتل في هجوم … 5: the count may be the attack's
    return i, e
