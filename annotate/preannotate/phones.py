"""The two sides of a call someone received: `تلقى X اتصالاً هاتفياً من Y`, `في اتصال هاتفي
تلقاه X من Y`. The receiver is the subject of the receiving verb, the caller the mention after
من (past a title or a counterpart word and its nisba: `من نظيره الأردني Y`); both are the
call's participants. Calls someone made (`أجرى X اتصالاً بـY`) are read elsewhere
(`nominal_subjects`, the glued ب in `arguments`)."""

from __future__ import annotations

from typing import Final

from annotate.preannotate.nominal_subjects import before_verb
from annotate.preannotate.sentence import Mention, Sentence
from annotate.preannotate.spans import TriggerCandidate, is_definite_nisba
from annotate.preannotate.talks import past_titles
from annotate.schema import EntityType

# The forms of تلقّى "to receive" (the copy spells ى as ي): past, present, with و/ف.
_RECEIVE: Final = frozenset(["تلقي", "تلقت", "يتلقي", "تتلقي", "تلقيا", "تلقوا"])
# The receiving verb of a clause on the call noun: اتصال تلقاه X، مكالمة تلقتها X.
_RECEIVED_IT: Final = frozenset(["تلقاه", "تلقاها", "تلقته", "تلقتها"])
# Adjectives of a call noun: اتصالاً هاتفياً، اتصال هاتفي مطوّل.
_CALL_WORDS: Final = frozenset(
    ["هاتفي", "هاتفيا", "هاتفيه", "هاتفيين", "مرييا", "مريي", "مطولا", "مطول"]
)
_SIDES: Final = (EntityType.PER, EntityType.ORG, EntityType.GPE)
_FROM: Final = "من"
_COUNTERPART: Final = ("نظير", "نظيرت")


def received_call(sent: Sentence, trig: TriggerCandidate) -> list[int]:
    """Both sides of a call noun that is the object of a receiving verb (or has a clause on
    one after it): the receiver, then the caller after من."""
    ctx = sent.ctx
    receiver: list[Mention] = []
    pos = trig.end
    word = ctx.word_at(pos)
    while word is not None and word[2] in _CALL_WORDS:
        pos = word[1]
        word = ctx.word_at(pos)
    if word is not None and word[2] in _RECEIVED_IT:
        found = sent.after_title(word[1])  # اتصال هاتفي تلقاه الوزير X من Y
        if found is None or found[1].label not in _SIDES:
            return []
        receiver = sent.chain(found)
        pos = receiver[-1][1].end
    else:
        receiver = _subject_of_receiving(sent, trig)
        if not receiver:
            return []
    caller = _after_from(sent, pos)
    return [i for i, _ in receiver + caller]


def _subject_of_receiving(sent: Sentence, trig: TriggerCandidate) -> list[Mention]:
    """`تلقى (الرئيس) X اتصالاً`, `X تلقى اتصالاً`: the subject of a receiving verb whose object
    is the call noun (nothing but the subject between them)."""
    ctx = sent.ctx
    stop = trig.start - len(trig.prefix)
    verb = ctx.word_before(stop)
    found: Mention | None = None
    if verb is not None and _receiving(verb[2]):
        found = sent.before(before_verb(ctx, verb[0]))  # X تلقى اتصالاً
        return sent.chain_before(found) if found is not None else []
    prev = sent.before(stop)
    if prev is None or prev[1].label not in _SIDES:
        return []
    chain = sent.chain_before(prev)
    head = chain[-1][1].start
    title = sent.title_at.get(_word_end(sent, head), -1)
    verb = ctx.word_before(title if title >= 0 else head)
    if verb is None or not _receiving(verb[2]):
        return []
    return chain


def _receiving(word: str) -> bool:
    return word in _RECEIVE or (word[:1] in "وف" and word[1:] in _RECEIVE)


def _word_end(sent: Sentence, pos: int) -> int:
    """Where the word before `pos` ends (spaces skipped)."""
    text = sent.ctx.text
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


def _after_from(sent: Sentence, pos: int) -> list[Mention]:
    """`من (الرئيس) X`, `من نظيره الأردني X` right at `pos`: the caller."""
    ctx = sent.ctx
    word = ctx.word_at(pos)
    if word is None or word[2] != _FROM:
        return []
    pos = word[1]
    word = ctx.word_at(pos)
    if word is not None and word[2].startswith(_COUNTERPART):
        pos = word[1]
        word = ctx.word_at(pos)
        while word is not None and is_definite_nisba(word[2]):
            pos = word[1]  # من نظيره الأردني X
            word = ctx.word_at(pos)
    found = sent.after(past_titles(sent, pos))  # من وزير الخارجية السعودي الأمير X
    if found is None or found[1].label not in _SIDES:
        return []
    return sent.chain(found)
