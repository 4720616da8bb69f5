"""Argument rules about places, read off Arabic clause syntax: the cue word before a place,
a place after a cue, the territory a control verb takes, the place that hosts a war, the
target of استهدف and the place of a meeting. Separate from `roles_syntax.py`, which keeps the
rules about sides, parties, agents and counts and calls these:

- a place after في within the clause of a meeting verb is the meeting's Place;
- `من X` after a withdrawal names its Origin; `على X` / `في X` after a control word its Territory;
- a place that hosts a war (`يشهد السودان … حرباً`, `يعاني اليمن من حرب`, `شهدت طرابلس
  مواجهات`) is its Place;
- `استهدف X` after an attack noun: X is the Target (`قصف … استهدف بلدة سودجا`).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Final

from annotate.preannotate.labels import GPE, NORP, ORG, ROLE_LOSER, ROLE_TERRITORY
from annotate.preannotate.sentence import Mention, Proposal, Sentence
from annotate.preannotate.spans import Candidate, TriggerCandidate, is_definite_nisba
from annotate.schema import EntityType, ValueType

PLACES: Final = (EntityType.GPE, EntityType.LOC, EntityType.FAC)
# Verbs whose subject is the place where a war or clashes happen.
_HOST_VERBS: Final = frozenset(
    ["يشهد", "تشهد", "شهد", "شهدت", "يعاني", "تعاني", "عاني", "عانت", "تعيش", "يعيش"]
)
_HOST_STEMS: Final = ("شهد", "عاني", "عانت", "عيش")
_TARGET_VERBS: Final = frozenset(["استهدف", "استهدفت", "يستهدف", "تستهدف", "طال", "طالت"])
_DESCRIPTORS: Final = frozenset(
    [
        *["اقليم", "منطقه", "مدينه", "بلده", "قريه", "محافظه", "ولايه", "العاصمه", "مخيم"],
        *["حي", "مقاطعه", "مناطق", "قطاع"],
        # duals and plurals: على مدينتي X وY، بلدات X وY
        *["مدينتي", "بلدتي", "قريتي", "مدن", "بلدات", "قري", "محافظتي", "ولايتي"],
    ]
)


def _skip_descriptors(sent: Sentence, pos: int) -> int:
    """`pos` past place descriptors and their nisba (العاصمة العمانية، بلدة)."""
    ctx = sent.ctx
    for _ in range(3):
        word = ctx.word_at(pos)
        if word is None or word[2] not in _DESCRIPTORS:
            break
        pos = word[1]
    return pos


def skip_descriptor_phrase(
    sent: Sentence, pos: int, descriptors: frozenset[str] = _DESCRIPTORS
) -> int:
    """`pos` past one place descriptor of `descriptors` and its nisba (`العاصمة الأرمينية`),
    else `pos`."""
    ctx = sent.ctx
    word = ctx.word_at(pos)
    if word is None or word[2] not in descriptors:
        return pos
    nisba = ctx.word_at(word[1])
    if nisba is not None and is_definite_nisba(nisba[2]):
        return nisba[1]
    return word[1]


def place_after(
    sent: Sentence, trig: TriggerCandidate, cues: tuple[str, ...], reach: int = 5
) -> Mention | None:
    """A place after one of `cues` within `reach` words after the trigger (descriptors
    skipped): `سيطرت على 60 موقعاً للقوات الأرمينية في إقليم X`."""
    ctx = sent.ctx
    pos = trig.end
    for _ in range(reach):
        word = ctx.word_at(pos)
        if word is None or word[0] >= sent.end or word[2] in (",", ".", ";"):
            return None
        if word[2] in cues:
            found = sent.after(_skip_descriptors(sent, word[1]))
            if found is not None and found[1].label in PLACES:
                return found
        pos = word[1]
    return None


def taken_object(sent: Sentence, trig: TriggerCandidate) -> list[Proposal]:
    """`استعاد (الجيش) قرية X من المسلحين`, `احتلت القوات مطار X`: the place right after a
    control verb (past its subject and a descriptor) is the territory taken, and `من Y`
    right after it the side that lost it."""
    start = _skip_descriptors(sent, trig.end)
    found = sent.after(start)
    if found is None:
        return []
    if found[1].label is GPE and start == trig.end:
        # سيطرت أرمينيا على X، استعاد الجيش قرية X: a bare state or any other mention
        # right after the verb is its subject; the object follows it
        found = sent.after(_skip_descriptors(sent, found[1].end))
    elif found[1].label not in PLACES:
        found = sent.after(_skip_descriptors(sent, found[1].end))
    if found is None or found[1].label not in PLACES:
        return []
    if sent.ctx.text[found[1].start - 1].isalpha():
        return []  # glued to a preposition: بالمدينة
    out: list[Proposal] = [(ROLE_TERRITORY, found[0], 0.6)]
    word = sent.ctx.word_at(found[1].end)
    if word is not None and word[2] == "من":
        loser = sent.after(word[1])
        if loser is not None and loser[1].label in (ORG, NORP):
            out.append((ROLE_LOSER, loser[0], 0.55))
    return out


def host_place(sent: Sentence, trig: TriggerCandidate) -> Mention | None:
    """`يشهد السودان منذ 2023 حرباً`, `يعاني اليمن من حرب`, `وكانت طرابلس قد شهدت مواجهات`:
    the subject of a host verb before the trigger, after the verb (VSO) or before it."""
    ctx = sent.ctx
    lo = max(sent.start, trig.start - 80)
    window = ctx.text[lo : trig.start]
    if not any(stem in window for stem in _HOST_STEMS):
        return None  # the cheap test first
    for w in window.split()[-10:]:
        bare = w[1:] if w[:1] in "وف" and w[1:] in _HOST_VERBS else w
        if bare not in _HOST_VERBS:
            continue
        verb_start = ctx.text.rfind(w, lo, trig.start)
        found = sent.after(verb_start + len(w))
        if found is None:
            prev = ctx.word_before(verb_start)
            pos = prev[0] if prev is not None and prev[2] == "قد" else verb_start
            found = sent.before(pos)
        if found is not None and found[1].label in PLACES and found[1].end <= trig.start:
            return found
        return None
    return None


def verb_target(sent: Sentence, trig: TriggerCandidate) -> Mention | None:
    """`قصفاً بالمدفعية استهدف بلدة سودجا`: the object of استهدف after an attack noun."""
    ctx = sent.ctx
    window = ctx.text[trig.end : min(sent.end, trig.end + 80)]
    if "تهدف" not in window and "طال" not in window:
        return None  # the cheap test first
    pos = trig.end
    for _ in range(5):
        word = ctx.word_at(pos)
        if word is None or word[0] >= sent.end or word[2] in (",", "."):
            return None
        if word[2] in _TARGET_VERBS:
            found = sent.after(_skip_descriptors(sent, word[1]))
            if found is not None and not ctx.text[found[1].start - 1].isalpha():
                return found
            return None
        pos = word[1]
    return None


def meeting_place(sent: Sentence, trig: TriggerCandidate) -> int | None:
    """The first place after في within twelve words after a meeting verb."""
    for i, e in sent.entities[bisect_left(sent.starts, trig.end) :]:
        if len(sent.words(trig.end, e.start)) > 12:
            return None
        if e.label in PLACES and cue_before(sent, e) == "في":
            return i
    return None


def cue_before(sent: Sentence, e: Candidate) -> str:
    """The word before a mention, past place descriptors and their nisba."""
    word = sent.ctx.word_before(_skip_back(sent, e.start))
    return word[2] if word is not None else ""


def _skip_back(sent: Sentence, pos: int) -> int:
    for _ in range(3):
        word = sent.ctx.word_before(pos)
        if word is None:
            break
        w = word[2]
        if w not in _DESCRIPTORS and not is_definite_nisba(w):
            break
        pos = word[0]
    return pos


# Where withdrawn forces stood: من مواقعه قرب X، من جزيرة في X، القوات المنتشرة في X.
_NEAR: Final = frozenset(["قرب", "في", "علي", "عند", "بمحيط", "داخل"])
_DEPLOYED: Final = frozenset(
    ["المنتشره", "المنتشرين", "المتمركزه", "المتمركزين", "المرابطه", "الموجوده", "الموجودين"]
)
_FROM: Final = "من"


def withdrawn_from(sent: Sentence, trig: TriggerCandidate) -> Mention | None:
    """The place forces withdraw from: after من (`place_after`), or past the unnamed spot
    after من or a deployed participle (`من مواقعه قرب قرية X`, `من جزيرة في نهر X`,
    `سحب الوحدات المنتشرة قرب X`): the place the spot is in."""
    found = place_after(sent, trig, (_FROM,))
    if found is not None:
        return found
    if _LEAVE in trig.key:
        return _left(sent, trig)
    ctx = sent.ctx
    pos = trig.end
    opened = False
    for _ in range(8):
        word = ctx.word_at(pos)
        if word is None or word[0] >= sent.end or word[2] in (",", ".", ";"):
            return None
        if word[2] == _FROM or word[2] in _DEPLOYED:
            opened = True
        elif opened and word[2] in _NEAR:
            found = sent.after(_skip_descriptors(sent, word[1]))
            return found if found is not None and found[1].label in PLACES else None
        pos = word[1]
    return None


_LEAVE: Final = "غادر"
_PLURAL_ENDINGS: Final = ("ون", "وا", "ان")
_WHEN: Final = (ValueType.DATE, ValueType.TIME)


def _left(sent: Sentence, trig: TriggerCandidate) -> Mention | None:
    """`غادروا أمس القاعدة الجوية X`, `سيغادرون هايتي`: the object of a verb of leaving, past
    dates and descriptors; a state only after a plural verb, whose subject stands before it
    (after a singular one it is the subject: غادرت فرنسا مالي)."""
    pos = trig.end
    found = sent.after(pos)
    while found is not None and found[1].label in _WHEN:
        pos = found[1].end
        found = sent.after(pos)
    if found is None:
        found = sent.after(_skip_descriptors(sent, pos))
    if found is None or found[1].label not in PLACES:
        return None
    if found[1].label is GPE and not trig.key.endswith(_PLURAL_ENDINGS):
        return None
    return found
