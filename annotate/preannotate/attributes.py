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
    ["اذا", "لو", "ربما", "قد", "يمكن", "يمكنه", "امكانيه", "محتمل", "احتمال", "حال"]
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
    ]
)
_PROPOSAL = ("اقترح", "اقتراح", "مقترح")
_BEFORE = 5
_AFTER = 4


def _words(text: str) -> list[str]:
    return [w.strip("\"'()[],.:;!?-") for w in text.split()]


def _strip_conj(word: str) -> str:
    return word[1:] if len(word) > 2 and word[0] in "وف" else word


def event_attributes(
    ctx: Context, trig: TriggerCandidate, sentence_start: int, sentence_end: int, verbal: bool
) -> EventAttributes:
    """The attributes of one event, from its trigger and its clause."""
    text = ctx.text
    before = _words(text[max(sentence_start, trig.start - 60) : trig.start - len(trig.prefix)])
    before = before[-_BEFORE:]
    after = _words(text[trig.end : min(sentence_end, trig.end + 50)])[:_AFTER]
    near_before = [_strip_conj(w) for w in before[-2:]]

    polarity = Polarity.NEGATIVE if any(w in _NEGATION for w in near_before) else Polarity.POSITIVE
    modality = Modality.ASSERTED
    tense = Tense.UNSPECIFIED
    if verbal:
        tense = _verb_tense(trig.key)
    if "س" in trig.prefix or any(_strip_conj(w) in _FUTURE for w in before[-3:] + after[:2]):
        modality, tense = Modality.FUTURE, Tense.FUTURE
    if any(_strip_conj(w) in _HYPOTHETICAL for w in before[-3:]):
        modality = Modality.HYPOTHETICAL
    if any(_strip_conj(w) in _REQUEST_VERBS for w in before) and trig.event_type not in (
        EventType.REQUEST,
        EventType.STATEMENT,
    ):
        modality = Modality.REQUESTED
    if any(w.startswith(_PROPOSAL) for w in after[:3]):
        modality = Modality.PROPOSED

    fields: dict[str, object] = {"polarity": polarity, "modality": modality, "tense": tense}
    if trig.event_type is EventType.AGREEMENT:
        fields["agreement_kind"] = _agreement_kind(trig)
        fields["agreement_stage"] = _agreement_stage(trig, before, after, modality)
    elif trig.event_type is EventType.CONTROL:
        fields["control_direction"] = ControlDirection(trig.hints.get("direction", "gain"))
    return EventAttributes.model_validate(fields)


def _verb_tense(key: str) -> Tense:
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
