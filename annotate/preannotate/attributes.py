"""Event attributes from cues in the trigger's clause: polarity, modality, tense, and the
per-type agreement kind / stage and control direction.

Cues are read on the normalised text in a small window before (negation, future, hypothesis,
request) and after (proposal, entry into force, violation) the trigger, within its sentence.
"""

from __future__ import annotations

from annotate.preannotate.spans import Context, TriggerCandidate
from annotate.schema import (
    AgreementKind,
    AgreementStage,
    ControlDirection,
    EventAttributes,
    EventType,
    Modality,
    Polarity,
    Tense,
)

_NEGATION = frozenset(
    ["لم", "لن", "لا", "ما", "ليس", "ليست", "عدم", "دون", "بدون", "غير", "ولم", "ولن", "ولا"]
)
_FUTURE = frozenset(
    [
        "سوف",
        "سيتم",
        "ستتم",
        "سيجري",
        "ستجري",
        "تعتزم",
        "يعتزم",
        "تعتزمان",
        "المقرر",
        "المقبل",
        "المقبله",
    ]
)
_HYPOTHETICAL = frozenset(
    [
        *("اذا", "لو", "ربما", "يمكن", "يمكنه", "امكانيه", "محتمل", "احتمال", "حال"),
        *("بهدف", "تستهدف", "يستهدف", "قصدها", "قصده", "استعداده", "استعدادها"),
    ]
)
_REQUEST_VERBS = frozenset(
    [
        "دعا",
        "دعت",
        "دعوا",
        "يدعو",
        "تدعو",
        "حث",
        "حثت",
        "يحث",
        "تحث",
        "طالب",
        "طالبت",
        "يطالب",
        "تطالب",
        "ناشد",
        "ناشدت",
        "دعوه",
        "دعوات",
        "ضروره",
    ]
)
_PROPOSAL = ("اقترح", "اقتراح", "مقترح")
_NOT_REQUESTED = (EventType.REQUEST, EventType.STATEMENT)
_BEFORE = 5
_AFTER = 4


_STRIP = "\"'()[],.:;!?-"
_CONJ = "وف"
_CACHE: dict[tuple[object, ...], EventAttributes] = {}


def _words(words: list[str]) -> list[str]:
    """Words with punctuation stripped and a glued و / ف conjunction dropped."""
    stripped = [w.strip(_STRIP) for w in words]
    return [w[1:] if len(w) > 2 and w[0] in _CONJ else w for w in stripped]


def event_attributes(
    ctx: Context, trig: TriggerCandidate, sentence_start: int, sentence_end: int, verbal: bool
) -> EventAttributes:
    """The attributes of one event, from its trigger and its clause."""
    text = ctx.text
    left = text[max(sentence_start, trig.start - 50) : trig.start - len(trig.prefix)]
    right = text[trig.end : min(sentence_end, trig.end + 40)]
    prefix = trig.prefix
    tense = _verb_tense(trig.key) if verbal else Tense.UNSPECIFIED
    polarity = Polarity.POSITIVE
    modality = Modality.ASSERTED
    # (No shortcut for cue-free windows: short cues such as ما and قد are inside so many
    # words that nine windows in ten hold one.)
    before = _words(left.split()[-_BEFORE:])
    after = _words(right.split(None, _AFTER)[:_AFTER])
    near = before[-3:]
    if not _NEGATION.isdisjoint(near[-2:]):
        polarity = Polarity.NEGATIVE
    if "س" in prefix or not _FUTURE.isdisjoint(near) or not _FUTURE.isdisjoint(after[:2]):
        modality, tense = Modality.FUTURE, Tense.FUTURE
    if not _HYPOTHETICAL.isdisjoint(near) or ("قد" in near and tense is Tense.PRESENT):
        modality = Modality.HYPOTHETICAL  # قد + imperfect; قد + perfect asserts
    if not _REQUEST_VERBS.isdisjoint(before) and trig.event_type not in _NOT_REQUESTED:
        modality = Modality.REQUESTED
    for w in after[:3]:
        if w.startswith(_PROPOSAL):
            modality = Modality.PROPOSED
            break

    kind = stage = direction = None
    if trig.event_type is EventType.AGREEMENT:
        kind = _agreement_kind(trig)
        stage = _agreement_stage(trig, before, after, modality)
    elif trig.event_type is EventType.CONTROL:
        direction = ControlDirection(trig.hints.get("direction", "gain"))
    key = (polarity, modality, tense, kind, stage, direction)
    cached = _CACHE.get(key)
    if cached is None:
        cached = _CACHE[key] = EventAttributes(
            polarity=polarity,
            modality=modality,
            tense=tense,
            agreement_kind=kind,
            agreement_stage=stage,
            control_direction=direction,
        )
    return cached


_TENSES: dict[str, Tense] = {}


def _verb_tense(key: str) -> Tense:
    tense = _TENSES.get(key)
    if tense is None:
        tense = _TENSES[key] = _verb_tense_of(key)
    return tense


def _verb_tense_of(key: str) -> Tense:
    first = key.split(" ", 1)[0]
    if first.startswith("ي") or (first.startswith("ت") and not first.endswith(("ت", "وا", "ا"))):
        return Tense.PRESENT
    return Tense.PAST


def _agreement_kind(trig: TriggerCandidate) -> AgreementKind:
    if "kind" in trig.hints:
        return AgreementKind(trig.hints["kind"])
    key = trig.key
    if "اطلاق" in key or "هدنه" in key:
        return AgreementKind.CEASEFIRE
    if "سلام" in key:
        return AgreementKind.PEACE_TREATY
    return AgreementKind.OTHER


def _agreement_stage(
    trig: TriggerCandidate, before: list[str], after: list[str], modality: Modality
) -> AgreementStage:
    if "stage" in trig.hints:
        return AgreementStage(trig.hints["stage"])
    window = " ".join(before[-3:] + after)
    if "حيز" in window or "ابتداء" in window or "اعتبارا" in window:
        return AgreementStage.IN_FORCE
    if "خرق" in window or "انتهاك" in window or "خروقات" in window:
        return AgreementStage.VIOLATED
    if "انهيار" in window or "انهار" in window:
        return AgreementStage.COLLAPSED
    if "قائما" in window or "صامدا" in window or "صامد" in window:
        return AgreementStage.HOLDING
    if modality in (Modality.PROPOSED, Modality.REQUESTED):
        return AgreementStage.PROPOSED
    return AgreementStage.AGREED
