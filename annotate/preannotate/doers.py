"""The weapons handed over in a disarmament (`handed_weapons`), and the doer of a withdrawal,
a disarmament or a release named by a genitive or by its
fighters: `انسحاب مسلحي «X»`, `انسحاب عناصر X`, `نزع سلاح مقاتلي X`, `نزع سلاح الانفصاليين`,
`حل قوات X`, `إفراج X عن 18 معتقلاً`; and the body of a counted subject, `سلّم ٢٣ مقاتلاً من X
أسلحتهم` (X laid the weapons down, the count is its fighters)."""

from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter
from typing import Final

from annotate.preannotate.labels import EVENT_RELEASE, EVENT_WITHDRAW, NORP, ORG, VALUE_NUM, WEA
from annotate.preannotate.lexicon import norm_key
from annotate.preannotate.sentence import Mention, Sentence
from annotate.preannotate.spans import Candidate, TriggerCandidate
from annotate.schema import EntityType, EventType

# Nouns of the members of a force (construct forms): the body named after them acts.
MEMBERS: Final = frozenset(
    ["مسلحي", "مقاتلي", "عناصر", "جنود", "افراد", "وحدات", "متمردي", "ميليشيات", "مليشيات"]
)
_BODIES: Final = (EntityType.ORG, EntityType.NORP, EntityType.GPE)
_GENITIVE_DOERS: Final = frozenset([EventType.WITHDRAW, EventType.DISARM, EventType.RELEASE])
_FROM: Final = "من"
_ABOUT: Final = "عن"


def genitive_doer(sent: Sentence, trig: TriggerCandidate) -> Mention | None:
    """The doer in the genitive of a withdrawal, disarmament or release noun, past a members
    noun; a release's genitive only when عن names the released after it (`إفراج X عن`: in
    `إطلاق سراح X` X is the one released)."""
    if trig.event_type not in _GENITIVE_DOERS:
        return None
    ctx = sent.ctx
    pos = trig.end
    word = ctx.word_at(pos)
    members = word is not None and word[2] in MEMBERS
    if members and word is not None:
        pos = word[1]
    elif trig.event_type is EVENT_WITHDRAW:
        return None  # a bare genitive: arguments.py has it
    found = sent.after(pos)
    if found is None or found[1].label not in _BODIES:
        return None
    if ctx.text[found[1].start - 1].isalpha():
        return None  # a glued preposition: لـ، بـ
    if trig.event_type is EVENT_RELEASE:
        after = ctx.word_at(sent.chain(found)[-1][1].end)
        if members or after is None or after[2] != _ABOUT:
            return None
    return found


def counted_body(sent: Sentence, count: Mention) -> Mention | None:
    """`٢٣ مقاتلاً من X`, `نحو 120 من عناصر X`: the body a counted subject belongs to."""
    ctx = sent.ctx
    word = ctx.word_at(count[1].end)
    if word is None or word[2] != _FROM:
        return None
    pos = word[1]
    nxt = ctx.word_at(pos)
    if nxt is not None and nxt[2] in MEMBERS:
        pos = nxt[1]
    found = sent.after(pos)
    if found is None or found[1].label not in (ORG, NORP):
        return None
    return found


# Fighters named by the body they belong to: متمردو X، مسلحون من X، مئات المسلحين من X.
_FIGHTERS: Final = frozenset(
    [
        *["مقاتلو", "مقاتلي", "مقاتلون", "مسلحو", "مسلحي", "مسلحون", "المسلحين", "مسلحين"],
        *["متمردو", "متمردي", "متمردون", "عناصر"],
    ]
)
_MANY: Final = frozenset(norm_key(w) for w in ["مئات", "عشرات", "آلاف", "نحو"])


def fighters_of(sent: Sentence, pos: int) -> Mention | None:
    """`أفرج متمردو X عن`, `سيطر مسلحون من "X" على`, `هاجم مئات المسلحين من X`: the body whose
    fighters are the verb's subject (a count word, a fighters word, then من or the name)."""
    ctx = sent.ctx
    word = ctx.word_at(pos)
    if word is not None and word[2] in _MANY:
        word = ctx.word_at(word[1])
    if word is None or word[2] not in _FIGHTERS:
        return None
    nxt = ctx.word_at(word[1])
    end = nxt[1] if nxt is not None and nxt[2] == "من" else word[1]
    found = sent.after(end)
    if found is None or found[1].label not in (ORG, NORP):
        return None
    return found


_START: Final = attrgetter("start")
_WEAPON_GAP: Final = frozenset(["خلال", "هذه", "المرحله", "اليوم", "امس", "نحو", "حوالي"])


def handed_weapons(sent: Sentence, pos: int, entities: list[Candidate]) -> list[int]:
    """`سلّموا خلال هذه المرحلة بنادق هجومية وقذائف هاون`, `سلّموا ٣١ بندقية رشاشة` (the
    weapon inside the count), `تسليم ١٢٠٠ قطعة من الأسلحة`: the weapons of a handing over,
    past a short time adjunct, a count or a partitive من."""
    ctx = sent.ctx
    j = bisect_left(sent.starts, pos)
    if j == len(sent.starts):
        return []
    i, e = sent.entities[j]
    if not all(w in _WEAPON_GAP for w in sent.words(pos, e.start)):
        return []
    if e.label is WEA:
        return [k for k, m in sent.chain((i, e)) if m.label is WEA]
    if e.label is not VALUE_NUM:
        return []
    # the weapon nested in the count (entities are sorted by start)
    inside = []
    for k in range(bisect_left(entities, e.start, key=_START), len(entities)):
        m = entities[k]
        if m.start >= e.end:
            break
        if m.label is WEA and m.end <= e.end:
            inside.append(k)
    if inside:
        return inside[:1]  # ٣١ بندقية رشاشة
    word = ctx.word_at(e.end)
    if word is not None and word[2] == "من":
        found = sent.after(word[1])
        if found is not None and found[1].label is WEA:
            return [found[0]]  # ١٢٠٠ قطعة من الأسلحة
    return []
