"""The target of an attack told from its side: `تعرّض X لهجوم`, `X قد تعرّضت لإطلاق نار`,
`تعرّض موقع لحرس الحدود لهجوم` (the owner of the place hit after a glued ل): the subject of
the verb of undergoing is what the attack hit."""

from __future__ import annotations

from bisect import bisect_left
from typing import Final

from annotate.preannotate.lexicon import norm_key
from annotate.preannotate.nominal_subjects import before_verb
from annotate.preannotate.sentence import Mention, Sentence
from annotate.preannotate.spans import TriggerCandidate
from annotate.schema import ValueType

_UNDERGO: Final = frozenset(
    norm_key(w) for w in ["تعرض", "تعرضت", "يتعرض", "تتعرض", "تعرضوا", "يتعرضون", "تعرضا"]
)
_LAM: Final = "\N{ARABIC LETTER LAM}"
_TO: Final = "الي"
_VALUES: Final = (ValueType.DATE, ValueType.TIME, ValueType.DURATION, ValueType.NUM)


def exposed_target(sent: Sentence, trig: TriggerCandidate) -> list[Mention]:
    """The subject of a verb of undergoing governing the attack noun (`لهجوم`, `إلى إطلاق
    نار`) within twelve words before it."""
    ctx = sent.ctx
    stop = trig.start - len(trig.prefix)
    if not trig.prefix.endswith(_LAM):
        word = ctx.word_before(stop)
        if word is None or word[2] != _TO:
            return []
    pos = stop
    for _ in range(12):
        word = ctx.word_before(pos)
        if word is None or word[0] < sent.start or word[2] == ".":
            return []
        bare = word[2][1:] if word[2][:1] in "وف" else word[2]
        if bare in _UNDERGO:
            return _subject(sent, word[0], word[1], stop)
        pos = word[0]
    return []


def _subject(sent: Sentence, verb_start: int, verb_end: int, stop: int) -> list[Mention]:
    """The subject of the verb at [verb_start, verb_end): the first mention after it (past
    a noun with the glued ل of its owner) before `stop`, else the mention before it."""
    j = bisect_left(sent.starts, verb_end)
    if j < len(sent.entities):
        i, e = sent.entities[j]
        if e.end <= stop and e.label not in _VALUES and sent.word_count(verb_end, e.start, 3) <= 2:
            return sent.chain((i, e))
    prev = sent.before(before_verb(sent.ctx, verb_start))
    return [prev] if prev is not None and prev[1].label not in _VALUES else []
