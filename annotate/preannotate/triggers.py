"""Event triggers from the trigger lexicon (multiword expressions win over their parts).

Every surface form in `triggers.tsv` is a key of the one automaton, so `وقف إطلاق النار`
beats `إطلاق النار` by leftmost-longest resolution. Context rules drop what is not an event
mention, or retype it:
- an Attack noun that is the object of a stop/end word (وقف القتال is an agreement, not a
  fight) or part of an idiom (أرض المعركة = battlefield);
- `عملية` as the head of another trigger (عملية تطهير عرقي) or as an adjective (خطوات عملية);
- `توصلت` when `اتفاق` follows (the agreement noun is the trigger, the verb a light verb);
- `إعلان` naming a ceasefire document (إعلان وقف إطلاق النار);
- a purpose nominal (لبحث، لمناقشة) is no meeting;
- discussion verbs (بحث، ناقش، المحادثة) in a document about a phone call are the call.
Triggers inside an ORG/FAC/PER/WEA name (مركز مراقبة وقف إطلاق النار) are dropped by the
pipeline.
"""

from __future__ import annotations

from annotate.preannotate.gazetteer import Hit
from annotate.preannotate.spans import Context, TriggerCandidate
from annotate.schema import EventType

_STOP_WORDS = frozenset(
    [
        *("وقف", "لوقف", "ووقف", "بوقف", "وقفا", "انهاء", "لانهاء", "وانهاء"),
        *("تجنب", "لتجنب", "منع", "لمنع"),
        "ارض",  # أرض المعركة: the battlefield
    ]
)
_OPERATION = frozenset(["عمليه", "العمليه"])
_REACHED = frozenset(["توصلت", "توصلا", "توصلوا", "توصل"])
_DISCUSSION = frozenset(
    [
        "بحث",
        "بحثا",
        "يبحث",
        "يبحثان",
        "تبحث",
        "ناقش",
        "ناقشا",
        "ناقشت",
        "يناقش",
        "يناقشان",
        "المحادثه",
        "محادثه",
    ]
)


def find_triggers(ctx: Context, hits: list[Hit]) -> list[TriggerCandidate]:
    """Trigger candidates, leftmost-longest, with the context rules applied."""
    lex = ctx.lexicon
    cands: list[TriggerCandidate] = []
    for hit in hits:
        entry = lex.triggers[hit.key]
        end = hit.start + entry.span_len if entry.span_len else hit.end
        cands.append(
            TriggerCandidate(
                hit.start,
                end,
                entry.event_type,
                entry.prior,
                hit.key,
                hit.prefix,
                dict(entry.hints),
                hit.end,
            )
        )
    cands.sort(key=lambda c: (c.start, c.start - c.match_end, -c.score))
    kept: list[TriggerCandidate] = []
    last_end = -1
    for cand in cands:
        if cand.start >= last_end:
            kept.append(cand)
            last_end = cand.match_end
    starts = {c.start for c in kept}
    phone_doc = any(c.event_type is EventType.PHONE and " " in c.key for c in kept)
    out: list[TriggerCandidate] = []
    for cand in kept:
        if _dropped(ctx, cand, starts):
            continue
        if phone_doc and cand.event_type is EventType.MEET and cand.key in _DISCUSSION:
            cand.event_type = EventType.PHONE
        out.append(cand)
    return out


def _dropped(ctx: Context, cand: TriggerCandidate, starts: set[int]) -> bool:
    etype = cand.event_type
    before = ctx.word_before(cand.start - len(cand.prefix))
    after = ctx.word_at(cand.end)
    if etype is EventType.ATTACK:
        if before is not None and before[2] in _STOP_WORDS:
            return True
        if cand.key in _OPERATION:
            if after is not None and after[0] in starts:
                return True
            word = before[2] if before is not None else ""
            if len(word) >= 5 and word.endswith("ات") and not word.startswith("ال"):
                return True  # an adjective after a plural noun: خطوات عملية
    if etype is EventType.AGREEMENT and cand.key in _REACHED:
        window = ctx.text[cand.end : cand.end + 90].split(".")[0]
        if "الي اتفاق" in window or window.lstrip().startswith("اتفاق"):
            return True
    if (
        etype is EventType.STATEMENT
        and cand.key.endswith("اعلان")
        and after is not None
        and after[0] in starts
        and ctx.text[after[0] : after[0] + 3] == "وقف"
    ):
        return True  # إعلان وقف إطلاق النار names the ceasefire document
    return etype is EventType.MEET and cand.prefix.endswith("ل") and " " not in cand.key
