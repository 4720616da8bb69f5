"""Event triggers from the trigger lexicon (multiword expressions win over their parts).

Every surface form in `triggers.tsv` is a key of the one automaton, so `وقف إطلاق النار`
beats `إطلاق النار` by leftmost-longest resolution. Context rules drop what is not an
event mention: an Attack noun that is the object of a stop/end word (وقف القتال is the
content of a request or an agreement, not a fight), and triggers inside an ORG or FAC name
(قوات حفظ السلام).
"""

from __future__ import annotations

from annotate.preannotate.gazetteer import Hit
from annotate.preannotate.spans import Context, TriggerCandidate
from annotate.schema import EventType

_STOP_WORDS = frozenset(
    ["وقف", "لوقف", "ووقف", "بوقف", "انهاء", "لانهاء", "وانهاء", "تجنب", "لتجنب", "منع", "لمنع"]
)


def find_triggers(ctx: Context, hits: list[Hit]) -> list[TriggerCandidate]:
    """Trigger candidates, leftmost-longest, with the context rules applied."""
    lex = ctx.lexicon
    cands: list[TriggerCandidate] = []
    for hit in hits:
        entry = lex.triggers[hit.key]
        score = entry.prior
        if entry.event_type is EventType.ATTACK:
            before = ctx.word_before(hit.start - len(hit.prefix))
            if before is not None and before[2] in _STOP_WORDS:
                continue
        cands.append(
            TriggerCandidate(
                hit.start, hit.end, entry.event_type, score, hit.key, hit.prefix, dict(entry.hints)
            )
        )
    cands.sort(key=lambda c: (c.start, c.start - c.end, -c.score))
    kept: list[TriggerCandidate] = []
    last_end = -1
    for cand in cands:
        if cand.start >= last_end:
            kept.append(cand)
            last_end = cand.end
    return kept
